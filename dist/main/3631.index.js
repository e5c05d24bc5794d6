export const id = 3631;
export const ids = [3631,2822,6340];
export const modules = {

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ booleanValue),
/* harmony export */   r: () => (/* binding */ stringValue)
/* harmony export */ });
/** A string flag's value, or undefined when it was not given (never ''). */
function stringValue(context, name) {
    const value = context.values[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function booleanValue(context, name) {
    return context.values[name] === true;
}


/***/ }),

/***/ 87344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initCommand: () => (/* binding */ initCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/config/load.ts + 4 modules
var load = __webpack_require__(33198);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/fs/atomic-write.ts
var atomic_write = __webpack_require__(27768);
// EXTERNAL MODULE: ./src/fs/path-kind.ts
var path_kind = __webpack_require__(33515);
// EXTERNAL MODULE: ./src/stage/promotion-sequence.ts
var promotion_sequence = __webpack_require__(72285);
// EXTERNAL MODULE: ./src/mda/metadata.ts
var mda_metadata = __webpack_require__(1143);
// EXTERNAL MODULE: ./src/mxbuild/project-facts.ts
var project_facts = __webpack_require__(76340);
;// CONCATENATED MODULE: ./src/init/app-source.ts






function inside(dir, path, flag) {
    const rel = (0,external_node_path_.relative)(dir, path);
    if (rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel)) {
        throw new errors/* ConfigurationError */.j1(`${flag} ${path} is not inside ${dir}: mxdeploy.yml names it relative to itself, so give one inside the app's folder`);
    }
}
async function projectSource(path, env) {
    if ((await (0,path_kind/* pathKind */.g)(path)) !== 'file') {
        throw new errors/* ConfigurationError */.j1(`Mendix app file ${path} does not exist: give the .mpr in the app's folder`);
    }
    const facts = await (0,project_facts.inspectProject)(path, env);
    return {
        kind: 'project',
        path,
        mendixVersion: facts.mendixVersion,
        javaMajor: facts.java.major,
        warnings: facts.warnings
    };
}
async function deploymentSource(path) {
    const file = (0,external_node_path_.join)(path, mda_metadata/* METADATA_PATH */.GN);
    if ((await (0,path_kind/* pathKind */.g)(file)) !== 'file') {
        throw new errors/* ConfigurationError */.j1(`${path} is not a Mendix deployment folder: it has no ${mda_metadata/* METADATA_PATH */.GN} (Studio Pro and MxBuild write one)`);
    }
    const metadata = (0,mda_metadata/* readMetadata */._6)((0,mda_metadata/* parseMetadataDocument */.In)(await (0,promises_.readFile)(file), file), file);
    return {
        kind: 'deployment-dir',
        path,
        runtimeVersion: metadata.runtimeVersion,
        projectName: metadata.projectName,
        warnings: metadata.warnings
    };
}
/** The .mpr files at the top of `dir`, and its sub-folders that hold model/metadata.json. */
async function candidates(dir) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    const projects = [];
    const folders = [];
    for (const entry of entries) {
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isFile() && (0,external_node_path_.extname)(entry.name).toLowerCase() === '.mpr')
            projects.push(path);
        else if (entry.isDirectory() && !entry.name.startsWith('.')) {
            if ((await (0,path_kind/* pathKind */.g)((0,external_node_path_.join)(path, mda_metadata/* METADATA_PATH */.GN))) === 'file')
                folders.push(path);
        }
    }
    return { projects: projects.sort(), folders: folders.sort() };
}
function names(dir, paths) {
    return paths.map((path) => (0,external_node_path_.relative)(dir, path)).join(', ');
}
/**
 * The app's source: the .mpr or deployment folder given, else the one .mpr at the top of `dir`
 * (a deployment folder beside it is Studio Pro's output, so the .mpr wins), else the one folder
 * holding model/metadata.json. None, or two of a kind, is the user's to settle.
 */
async function findAppSource(dir, choice, env) {
    if (choice.project && choice.deploymentDir) {
        throw new errors/* ConfigurationError */.j1('give either --project or --deployment-dir, not both: the app is built from one of them');
    }
    if (choice.project) {
        const path = (0,external_node_path_.resolve)(dir, choice.project);
        inside(dir, path, '--project');
        return projectSource(path, env);
    }
    if (choice.deploymentDir) {
        const path = (0,external_node_path_.resolve)(dir, choice.deploymentDir);
        inside(dir, path, '--deployment-dir');
        return deploymentSource(path);
    }
    const { projects, folders } = await candidates(dir);
    if (projects.length > 1) {
        throw new errors/* ConfigurationError */.j1(`${dir} holds ${projects.length} Mendix app files (${names(dir, projects)}): give the one to build with --project FILE`);
    }
    if (projects[0])
        return projectSource(projects[0], env);
    if (folders.length > 1) {
        throw new errors/* ConfigurationError */.j1(`${dir} holds ${folders.length} deployment folders (${names(dir, folders)}): give the one to package with --deployment-dir DIR`);
    }
    if (folders[0])
        return deploymentSource(folders[0]);
    throw new errors/* ConfigurationError */.j1(`${dir} holds no Mendix app file (.mpr) and no deployment folder (a folder with ${mda_metadata/* METADATA_PATH */.GN}): run mxdeploy init in the app's folder, or give --project FILE or --deployment-dir DIR`);
}

;// CONCATENATED MODULE: ./src/init/config-text.ts
/** Where mxdeploy's documents and schema are published, at the ref the workflow uses. */
const DOCS_BASE = 'https://github.com/mxdeploy/mxdeploy/blob/v0/docs';
const SCHEMA_URL = 'https://raw.githubusercontent.com/mxdeploy/mxdeploy/v0/schema/mxdeploy.schema.json';
/** A YAML scalar: plain when it is safe in a flow mapping, else double-quoted (JSON is YAML). */
function yamlScalar(value) {
    return /^[A-Za-z0-9_./][A-Za-z0-9_./-]*$/.test(value) && !/^[0-9.]+$/.test(value)
        ? value
        : JSON.stringify(value);
}
function sourceLine(plan) {
    const { source } = plan;
    const key = source.kind === 'project' ? 'project' : 'deployment-dir';
    const note = source.kind === 'project'
        ? `Mendix ${source.mendixVersion}, built with MxBuild ${source.mendixVersion}`
        : `runtime ${source.runtimeVersion}`;
    return `build: { ${key}: ${yamlScalar(plan.sourcePath)}, version: ${plan.version} } # ${note}`;
}
function environmentLines(environments) {
    const lines = [];
    environments.forEach((name, index) => {
        const after = index > 0 ? environments[index - 1] : undefined;
        const last = index === environments.length - 1 && environments.length > 1;
        if (last) {
            lines.push(`  ${name}:`, `    after: ${after}`);
            lines.push('    # Deployed only after a required reviewer approves the job in GitHub, with a code from', '    # their authenticator app (mxdeploy mfa enroll) in the comment.', '    protection: { reviewers: required, mfa: totp, session-hours: 8 }');
        }
        else {
            lines.push(after ? `  ${name}: { after: ${after} }` : `  ${name}: {}`);
        }
    });
    return lines;
}
/** The text of mxdeploy.yml for the plan: small, commented, and valid against the schema. */
function configText(plan) {
    const repository = plan.repository
        ? [`repository: ${yamlScalar(plan.repository)}`]
        : [
            '# repository: not set, so the CLI keeps packages in .mxdeploy/packages and GitHub Actions',
            '# jobs keep them as GitHub releases (or set oci://ghcr.io/OWNER/APP).'
        ];
    return [
        `# yaml-language-server: $schema=${SCHEMA_URL}`,
        `# How ${plan.app} is built once and staged through its environments; written by mxdeploy init.`,
        `# Every key: ${DOCS_BASE}/configuration.md`,
        `app: ${yamlScalar(plan.app)}`,
        sourceLine(plan),
        ...repository,
        'traceability: { require-story: warn }',
        'environments:',
        '  # No target yet: each environment is a local folder (.mxdeploy/envs/NAME). Give each a',
        '  # target (mendix-cloud, cloudfoundry, kubernetes, m2ee, image, command) to deploy for real.',
        ...environmentLines(plan.environments),
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/init/github-setup.ts
/**
 * The `gh` commands that create each environment (the protected one with the person who runs them
 * as its required reviewer: PUT /repos/{owner}/{repo}/environments/{name} takes reviewers by
 * numeric ID) and store the TOTP secrets of its approvers as an environment secret.
 */
function githubSetup(environments) {
    const protectedOne = environments.length > 1 ? environments[environments.length - 1] : undefined;
    const endpoint = (name) => `'repos/{owner}/{repo}/environments/${name}'`;
    const steps = [
        {
            why: 'Create the environments (gh fills in {owner}/{repo} from this repository):',
            commands: environments
                .filter((name) => name !== protectedOne)
                .map((name) => `gh api -X PUT ${endpoint(name)}`)
        }
    ];
    if (protectedOne) {
        steps.push({
            why: `Create ${protectedOne} with you as its required reviewer (add others under Settings → Environments → ${protectedOne}; required reviewers need a public repository, or GitHub Enterprise for a private one):`,
            commands: [
                `printf '{"reviewers":[{"type":"User","id":%s}]}' "$(gh api user --jq .id)" | gh api -X PUT ${endpoint(protectedOne)} --input -`
            ]
        }, {
            why: `Enrol each reviewer of ${protectedOne} for two-factor codes (scan the QR code; add a "LOGIN: SECRET" line per reviewer to totp-secrets.yml), then store the file as ${protectedOne}'s environment secret and delete it:`,
            commands: [
                'login=$(gh api user --jq .login)',
                'mxdeploy mfa enroll --user "$login"',
                `gh secret set MXDEPLOY_TOTP_SECRETS --env ${protectedOne} < totp-secrets.yml`,
                'rm totp-secrets.yml'
            ]
        });
    }
    return steps;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/init/workflow-text.ts



/** The reusable workflow the caller calls, at the major tag its inner actions run at. */
const REUSABLE_WORKFLOW = 'mxdeploy/mxdeploy/.github/workflows/mendix-pipeline.yml@v0';
/** The permissions the calling job grants, each with why; publish receives exactly these. */
function callerPermissions(repository) {
    const ghcr = repository?.startsWith('oci://ghcr.io/') ?? false;
    const releases = repository === undefined || repository === 'github-release';
    return [
        releases
            ? ['contents', 'write', 'check out; publish keeps each package as a GitHub release']
            : ['contents', 'read', 'check out the app and mxdeploy.yml'],
        ghcr
            ? ['packages', 'write', 'publish pushes each package to GHCR']
            : ['packages', 'read', 'stage asks for it (it reads GHCR packages); write only for ghcr.io'],
        ['deployments', 'write', 'each stage is a GitHub deployment'],
        ['id-token', 'write', 'stage jobs prove their environment with OIDC'],
        ['actions', 'read', "stage jobs read the environment's rules and the run's approvals"],
        ['pull-requests', 'write', 'deployment summaries on the pull requests a package brings']
    ];
}
/** The caller workflow's text: one job that calls the reusable workflow. */
function workflowText(plan) {
    const permissions = callerPermissions(plan.repository).map(([name, level, why]) => `      ${name}: ${level} # ${why}`);
    const inputs = [
        `      environments: '${JSON.stringify(plan.environments)}'`,
        `      config: ${yamlScalar(plan.config)}`,
        ...(plan.project
            ? [`      project: ${yamlScalar(plan.project)} # the JDK and MxBuild of its Mendix version`]
            : [])
    ];
    return [
        `# Builds ${plan.app} once on every push to ${plan.branch}, publishes the package and stages it`,
        `# through ${plan.environments.join(' → ')}; written by mxdeploy init.`,
        `# What each line is for: ${DOCS_BASE}/reusable-workflow.md`,
        `name: Deploy ${plan.app}`,
        '',
        'on:',
        '  push:',
        `    branches: [${yamlScalar(plan.branch)}]`,
        '  workflow_dispatch:',
        '',
        '# Nothing by default; the calling job grants what the reusable workflow asks for.',
        'permissions: {}',
        '',
        'jobs:',
        '  pipeline:',
        `    uses: ${REUSABLE_WORKFLOW}`,
        '    permissions:',
        ...permissions,
        '    with:',
        ...inputs,
        '    # No secrets: here. Environment secrets (MXDEPLOY_TOTP_SECRETS of a protected environment)',
        '    # reach the stage job that runs in that environment; repository secrets are passed by name:',
        '    #   secrets:',
        '    #     MENDIX_API_KEY: ${{ secrets.MENDIX_API_KEY }}',
        ''
    ].join('\n');
}
function record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : {};
}
/**
 * Checks the written workflow against what it must say: one job calling the reusable workflow,
 * with the environments of mxdeploy.yml in promotion order and mxdeploy.yml's path. A mismatch
 * is a defect of init, reported before anything is written.
 */
function checkWorkflow(text, plan) {
    const problems = [];
    let doc = {};
    try {
        doc = record((0,dist/* parse */.qg)(text));
    }
    catch (error) {
        problems.push(`not YAML: ${error.message}`);
    }
    const job = record(record(doc['jobs'])['pipeline']);
    const withs = record(job['with']);
    if (!('on' in doc))
        problems.push('no on: triggers');
    if (job['uses'] !== REUSABLE_WORKFLOW)
        problems.push(`jobs.pipeline.uses is not ${REUSABLE_WORKFLOW}`);
    let environments;
    try {
        environments = JSON.parse(String(withs['environments']));
    }
    catch {
        environments = undefined;
    }
    if (JSON.stringify(environments) !== JSON.stringify(plan.environments)) {
        problems.push(`with.environments is not ${JSON.stringify(plan.environments)}`);
    }
    if (withs['config'] !== plan.config)
        problems.push(`with.config is not ${plan.config}`);
    if ((withs['project'] ?? undefined) !== plan.project)
        problems.push('with.project is wrong');
    if (problems.length > 0) {
        throw new Error(`mxdeploy init wrote a workflow it cannot use: ${problems.join('; ')}`);
    }
}
/** A branch name the workflow can trigger on. */
function checkBranch(branch) {
    if (!/^[A-Za-z0-9._/-]+$/.test(branch)) {
        throw new errors/* ConfigurationError */.j1(`branch ${JSON.stringify(branch)} cannot be written into the workflow: give --branch NAME`);
    }
    return branch;
}

// EXTERNAL MODULE: ./src/git/git-output.ts
var git_output = __webpack_require__(5764);
;// CONCATENATED MODULE: ./src/init/init-repository.ts












/** The environments a new app goes through, as in the Mendix Cloud. */
const DEFAULT_ENVIRONMENTS = ['test', 'acceptance', 'production'];
/** Where the caller workflow goes, under the repository root. */
const WORKFLOW_FILE = '.github/workflows/mendix.yml';
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
const slashes = (path) => path.split(external_node_path_.sep).join('/');
function appName(request, source) {
    if (request.app !== undefined) {
        if (!NAME.test(request.app)) {
            throw new errors/* ConfigurationError */.j1(`app name ${JSON.stringify(request.app)} is not allowed: letters, digits, ".", "_" and "-", starting with a letter or digit, at most 63`);
        }
        return request.app;
    }
    const base = source.kind === 'project'
        ? (0,external_node_path_.basename)(source.path, (0,external_node_path_.extname)(source.path))
        : (source.projectName ?? (0,external_node_path_.basename)(request.dir));
    const name = base
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^[^A-Za-z0-9]+/, '')
        .slice(0, 63);
    if (!NAME.test(name)) {
        throw new errors/* ConfigurationError */.j1(`no app name can be made of ${JSON.stringify(base)}: give one with --app NAME`);
    }
    return name;
}
function environmentNames(given) {
    const names = [...(given ?? DEFAULT_ENVIRONMENTS)];
    const bad = names.find((name) => !NAME.test(name));
    if (names.length === 0 || bad !== undefined) {
        throw new errors/* ConfigurationError */.j1(`environment name ${JSON.stringify(bad ?? '')} is not allowed: give --environments as names separated by commas, such as test,acceptance,production`);
    }
    const twice = names.find((name, index) => names.indexOf(name) !== index);
    if (twice)
        throw new errors/* ConfigurationError */.j1(`environment ${twice} is given twice in --environments`);
    return names;
}
function checkRepository(repository) {
    if (repository === undefined)
        return undefined;
    if (repository.startsWith('file:')) {
        throw new errors/* ConfigurationError */.j1(`repository ${repository} is a folder, which does not outlive a GitHub Actions job: leave --repository out (the CLI keeps packages in .mxdeploy/packages, jobs in GitHub releases) or give github-release, artifact or oci://HOST/REPO`);
    }
    if (!/^(github-release|artifact(:[A-Za-z0-9._-]+)?|oci:\/\/[^\s/]+\/\S+)$/.test(repository)) {
        throw new errors/* ConfigurationError */.j1(`repository ${repository} is not one mxdeploy knows: give github-release, artifact or oci://HOST/REPO (such as oci://ghcr.io/OWNER/APP)`);
    }
    return repository;
}
async function refuseExisting(paths, force) {
    const kinds = await Promise.all(paths.map((path) => (0,path_kind/* pathKind */.g)(path)));
    paths.forEach((path, index) => {
        const kind = kinds[index];
        if (kind === 'directory') {
            throw new errors/* ConfigurationError */.j1(`${path} is a folder: move it away, then run mxdeploy init again`);
        }
        if (kind === 'file' && !force) {
            throw new errors/* ConfigurationError */.j1(`${path} already exists: nothing was written; give --force to replace it`);
        }
    });
    return kinds.map((kind) => kind === 'file');
}
async function writeNew(path, text, force) {
    if (force)
        return (0,atomic_write/* writeFileAtomic */.Z)(path, text);
    try {
        await (0,promises_.writeFile)(path, text, { flag: 'wx' });
    }
    catch (error) {
        if ((0,errors/* errnoCode */.UK)(error) !== 'EEXIST')
            throw error;
        throw new errors/* ConfigurationError */.j1(`${path} appeared while init ran: give --force to replace it`);
    }
}
/**
 * Scaffolds an app's repository: finds what to build, writes mxdeploy.yml beside it and a caller
 * of mxdeploy's reusable workflow at the repository root, both checked before either is written,
 * and says how to set up GitHub. Existing files are replaced only with `force`.
 */
async function initRepository(request) {
    const { dir } = request;
    if ((await (0,path_kind/* pathKind */.g)(dir)) !== 'directory') {
        throw new errors/* ConfigurationError */.j1(`${dir} is not a folder: give the app's folder with --dir DIR`);
    }
    const repositoryRoot = await (0,git_output/* gitOutput */.o)(dir, ['rev-parse', '--show-toplevel']);
    const root = repositoryRoot ?? dir;
    const source = await findAppSource(dir, request, request.env);
    for (const warning of source.warnings)
        request.log.warning(warning);
    const app = appName(request, source);
    const environments = environmentNames(request.environments);
    const repository = checkRepository(request.repository);
    const branch = checkBranch(request.branch ?? (await (0,git_output/* gitOutput */.o)(dir, ['symbolic-ref', '--short', '-q', 'HEAD'])) ?? 'main');
    const configPath = (0,external_node_path_.join)(dir, load.CONFIG_FILE);
    const workflowPath = (0,external_node_path_.join)(root, WORKFLOW_FILE);
    const replaced = await refuseExisting([configPath, workflowPath], request.force);
    const config = configText({
        app,
        source,
        sourcePath: slashes((0,external_node_path_.relative)(dir, source.path)),
        version: '1.0.0',
        environments,
        repository
    });
    const order = (0,promotion_sequence/* promotionSequence */.F)((0,load.parseConfig)(config, configPath).environments).map((e) => e.name);
    if (order.join() !== environments.join()) {
        throw new Error(`mxdeploy init wrote environments ${order.join(', ')} out of order`);
    }
    const plan = {
        app,
        branch,
        environments,
        config: slashes((0,external_node_path_.relative)(root, configPath)),
        project: source.kind === 'project' ? slashes((0,external_node_path_.relative)(root, source.path)) : undefined,
        repository
    };
    const workflow = workflowText(plan);
    checkWorkflow(workflow, plan);
    await writeNew(configPath, config, request.force);
    try {
        await (0,promises_.mkdir)((0,external_node_path_.join)(root, '.github', 'workflows'), { recursive: true });
        await writeNew(workflowPath, workflow, request.force);
    }
    catch (error) {
        // Both or neither: a half-scaffolded repository would be committed by mistake.
        if (!replaced[0])
            await (0,promises_.rm)(configPath, { force: true });
        throw error;
    }
    if (!repositoryRoot) {
        request.log.warning(`${dir} is not in a git repository: the workflow went to ${workflowPath}; commit both files to the app's repository`);
    }
    return {
        app,
        source,
        environments,
        repositoryRoot,
        files: [
            { path: configPath, text: config, replaced: replaced[0] ?? false },
            { path: workflowPath, text: workflow, replaced: replaced[1] ?? false }
        ],
        setup: githubSetup(environments)
    };
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/format.ts
var format = __webpack_require__(96719);
;// CONCATENATED MODULE: ./src/cli/commands/init.ts




function describe(result, cwd, dir) {
    const { source } = result;
    // Paths as seen from the app's folder, where the commands below are run.
    const shown = (path) => (0,external_node_path_.relative)(dir, path) || '.';
    const built = source.kind === 'project'
        ? `${shown(source.path)} (Mendix ${source.mendixVersion}, Java ${source.javaMajor})`
        : `deployment folder ${shown(source.path)} (runtime ${source.runtimeVersion})`;
    const lines = [
        `scaffolded ${result.app} in ${dir}`,
        (0,format/* keyValues */.K7)([
            ['builds', built],
            ['environments', result.environments.join(' → ')],
            ...result.files.map((file) => [file.replaced ? 'replaced' : 'wrote', shown(file.path)])
        ]),
        '',
        'Next:',
        ...(dir === cwd ? [] : [`  cd ${dir}`]),
        '  Try it on this machine (local environments; it stops before the protected one):',
        '    mxdeploy pipeline',
        '  Keep its local state out of git, and commit both files:',
        '    echo .mxdeploy/ >> .gitignore',
        `    git add .gitignore ${result.files.map((f) => shown(f.path)).join(' ')}`,
        '    git commit -m "Deploy with mxdeploy"'
    ];
    for (const step of result.setup) {
        if (step.commands.length === 0)
            continue;
        lines.push(`  ${step.why}`, ...step.commands.map((command) => `    ${command}`));
    }
    return lines.join('\n');
}
function listValue(text) {
    return text === undefined ? undefined : text.split(',').map((name) => name.trim());
}
const initCommand = {
    name: 'init',
    summary: "Scaffold a Mendix app's repository: find the .mpr (and its Mendix version) or the deployment folder, write mxdeploy.yml and a GitHub Actions workflow that calls mxdeploy's reusable workflow, and print the gh commands that create the environments and their secrets. Never replaces a file without --force.",
    usage: 'init [--dir DIR] [--project App.mpr | --deployment-dir DIR] [--app NAME] [--environments LIST] [--repository URI] [--branch NAME] [--force]',
    options: {
        dir: {
            type: 'string',
            value: 'DIR',
            description: "the app's folder, where mxdeploy.yml goes (default: the current folder)"
        },
        project: {
            type: 'string',
            value: 'FILE',
            description: 'the .mpr to build, when the folder holds more than one'
        },
        'deployment-dir': {
            type: 'string',
            value: 'DIR',
            description: 'the deployment folder to package, instead of a .mpr'
        },
        app: {
            type: 'string',
            value: 'NAME',
            description: "the app's name (default: the .mpr's name, else the project's)"
        },
        environments: {
            type: 'string',
            value: 'LIST',
            description: 'environments in promotion order, separated by commas; the last is protected (default: test,acceptance,production)'
        },
        repository: {
            type: 'string',
            value: 'URI',
            description: 'package repository for mxdeploy.yml: github-release, artifact or oci://HOST/REPO (default: none, so the CLI keeps packages in a folder and jobs in GitHub releases)'
        },
        branch: {
            type: 'string',
            value: 'NAME',
            description: "the branch whose pushes deploy (default: the repository's current branch)"
        },
        force: {
            type: 'boolean',
            description: 'replace mxdeploy.yml and the workflow when they exist'
        }
    },
    async run(context) {
        const cwd = context.io.cwd;
        const dir = (0,external_node_path_.resolve)(cwd, (0,command/* stringValue */.r)(context, 'dir') ?? '.');
        const result = await initRepository({
            dir,
            env: context.io.env,
            log: context.log,
            project: (0,command/* stringValue */.r)(context, 'project'),
            deploymentDir: (0,command/* stringValue */.r)(context, 'deployment-dir'),
            app: (0,command/* stringValue */.r)(context, 'app'),
            environments: listValue((0,command/* stringValue */.r)(context, 'environments')),
            repository: (0,command/* stringValue */.r)(context, 'repository'),
            branch: (0,command/* stringValue */.r)(context, 'branch'),
            force: (0,command/* booleanValue */.e)(context, 'force')
        });
        const json = {
            app: result.app,
            source: result.source,
            environments: result.environments,
            repositoryRoot: result.repositoryRoot ?? null,
            files: result.files.map(({ path, replaced }) => ({ path, replaced })),
            github: result.setup
        };
        return { json, text: describe(result, cwd, dir) };
    }
};


/***/ }),

/***/ 96719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ keyValues),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });

/** Aligned `label  value` lines. */
function keyValues(rows, indent = '  ') {
    const width = Math.max(...rows.map(([key]) => key.length));
    return rows.map(([key, value]) => `${indent}${key.padEnd(width)}  ${value}`).join('\n');
}
/** A plain-text table with a header row. */
function table(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
    const line = (cells) => cells
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    return [line(header), ...rows.map(line)].join('\n');
}


/***/ }),

/***/ 63797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ CONFIG_FILE)
/* harmony export */ });
/** The configuration file a command reads when --config is not given, in the current folder. */
const CONFIG_FILE = 'mxdeploy.yml';


/***/ }),

/***/ 27768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Writes a file so readers see the old content or the new, never a mix: a temp file beside it,
 * fsynced, renamed over it.
 */
async function writeFileAtomic(path, data, mode = 0o644) {
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'w', mode);
    try {
        await handle.writeFile(data);
        await handle.sync();
    }
    catch (error) {
        await handle.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
    await handle.close();
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
}


/***/ }),

/***/ 5764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ gitOutput)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);


const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/**
 * What a git command prints, trimmed; undefined when git fails, is missing or prints nothing.
 * For questions whose answer may be "not a repository" (the current branch, the top folder).
 */
async function gitOutput(cwd, args) {
    try {
        const { stdout } = await run('git', args, { cwd, timeout: 10_000 });
        return stdout.trim() || undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 1143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ METADATA_PATH),
/* harmony export */   In: () => (/* binding */ parseMetadataDocument),
/* harmony export */   _6: () => (/* binding */ readMetadata),
/* harmony export */   jR: () => (/* binding */ parseMetadata)
/* harmony export */ });
/* unused harmony export CONSTANT_TYPES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

const METADATA_PATH = 'model/metadata.json';
/**
 * Constant types of Mendix's data types that a constant can have. Real metadata.json files (5.6
 * to 10.24) hold String, Integer and Boolean; the others are Mendix data types a constant may
 * take. Any other type is passed through with a warning, so a type a future Mendix adds does not
 * stop a deploy.
 */
const CONSTANT_TYPES = [
    'String',
    'Integer',
    'Long',
    'Decimal',
    'Boolean',
    'DateTime'
];
const RUNTIME_VERSION = /^\d{1,4}\.\d{1,4}\.\d{1,4}(\.\d{1,10})?$/;
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function optionalString(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
/** A scalar as Mendix means it; DefaultValue is always a string in real files, numbers are tolerated. */
function scalarText(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return '';
}
/** The items of a list mxdeploy uses; anything but a list of objects is refused with the key. */
function usedList(document, key, label) {
    const value = document[key];
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value) || !value.every(isObject)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label}: "${key}" must be a list of objects with a "Name", as MxBuild writes it; rebuild the deployment package`);
    }
    return value;
}
function itemName(item, key, index, label) {
    const name = item['Name'];
    if (typeof name !== 'string' || name.trim() === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label}: ${key}[${index}] has no "Name"; rebuild the deployment package`);
    }
    return name;
}
/**
 * Role names: Mendix keeps roles as an object keyed by role ID (`{"<id>": {"Name": …}}`); older
 * tools wrote a list. mxdeploy only shows them, so any other shape gives no names, never an error.
 */
function roleNames(value) {
    const items = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : [];
    return items.flatMap((item) => isObject(item) && typeof item['Name'] === 'string' ? [item['Name']] : []);
}
/** Request handler paths (`/api/`), absent before Mendix 7; shown only, so tolerated in any shape. */
function handlerNames(value) {
    if (!Array.isArray(value))
        return [];
    return value.flatMap((item) => isObject(item) && typeof item['Name'] === 'string' ? [item['Name']] : []);
}
/** JavaVersion is a JSON number (11, 21) in real files; anything else is not ours to judge. */
function javaMajor(value) {
    const number = typeof value === 'string' ? Number(value) : value;
    return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : undefined;
}
function readConstants(document, label, warnings) {
    const seen = new Set();
    return usedList(document, 'Constants', label).map((item, index) => {
        const name = itemName(item, 'Constants', index, label);
        if (seen.has(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label}: constant ${name} is listed twice; MxBuild writes each constant once, so the file was edited or damaged: rebuild the deployment package`);
        }
        seen.add(name);
        const type = typeof item['Type'] === 'string' && item['Type'] !== '' ? item['Type'] : 'String';
        if (!CONSTANT_TYPES.includes(type)) {
            warnings.push(`constant ${name} has type ${JSON.stringify(type)}, which mxdeploy does not know; its value is passed on unchecked`);
        }
        return {
            name,
            type,
            description: scalarText(item['Description']),
            defaultValue: scalarText(item['DefaultValue'])
        };
    });
}
function readScheduledEvents(document, label) {
    const seen = new Set();
    return usedList(document, 'ScheduledEvents', label).map((item, index) => {
        const name = itemName(item, 'ScheduledEvents', index, label);
        if (seen.has(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label}: scheduled event ${name} is listed twice; rebuild the deployment package`);
        }
        seen.add(name);
        return { name, description: scalarText(item['Description']) };
    });
}
/** Parses the JSON document of a `metadata.json`; MxBuild writes no BOM, but one is tolerated. */
function parseMetadataDocument(source, label) {
    const textSource = (typeof source === 'string' ? source : source.toString('utf8')).replace(/^\uFEFF/, '');
    let document;
    try {
        document = JSON.parse(textSource);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} is not valid JSON (${error.message}); it must be the metadata.json that MxBuild writes`);
    }
    if (!isObject(document)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} must hold a JSON object, as MxBuild writes it`);
    }
    return document;
}
/**
 * Reads the facts mxdeploy uses from a `metadata.json` document: versions, project, constants and
 * scheduled events are checked; every other key (Roles, Configuration, DataBrokerConfiguration,
 * JavaVersion, Languages, and whatever a later Mendix adds) is tolerated in any shape.
 */
function readMetadata(document, label) {
    const runtimeVersion = document['RuntimeVersion'];
    if (typeof runtimeVersion !== 'string' || !RUNTIME_VERSION.test(runtimeVersion)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} has no valid "RuntimeVersion" (such as "10.24.8.80126" or "7.15.1"); MxBuild writes it into every deployment folder`);
    }
    const warnings = [];
    return {
        runtimeVersion,
        modelVersion: optionalString(document['ModelVersion']),
        projectId: optionalString(document['ProjectID']),
        projectName: optionalString(document['ProjectName']),
        constants: readConstants(document, label, warnings),
        scheduledEvents: readScheduledEvents(document, label),
        roles: roleNames(document['Roles']),
        requestHandlers: handlerNames(document['RequestHandlers']),
        javaVersion: javaMajor(document['JavaVersion']),
        warnings
    };
}
/** Parses and reads `metadata.json` in one step. */
function parseMetadata(source, label) {
    return readMetadata(parseMetadataDocument(source, label), label);
}


/***/ }),

/***/ 52084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ modelVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   y3: () => (/* binding */ isModelVersion)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

const PART = '(0|[1-9][0-9]{0,9})';
const THREE = new RegExp(`^${PART}\\.${PART}\\.${PART}$`);
const FOUR = new RegExp(`^${PART}\\.${PART}\\.${PART}\\.${PART}$`);
const INT_MAX = 2 ** 31 - 1;
function checkRange(version) {
    if (version.split('.').some((part) => Number(part) > INT_MAX)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`version "${version}" has a part larger than ${INT_MAX}`);
    }
}
/** Whether `version` is a four-part Mendix model version such as 1.2.0.15. */
function isModelVersion(version) {
    return FOUR.test(version);
}
/**
 * The four-part Mendix model version (major.minor.patch.build) for a `--version` and build number:
 * `1.2.0` with build 15 gives `1.2.0.15`; a four-part version is taken as it is. `fallback` (the
 * run number) applies to three-part versions only; an explicit build number that contradicts a
 * four-part version is refused.
 */
function modelVersion(version, buildNumber, fallback) {
    const trimmed = version.trim();
    if (FOUR.test(trimmed)) {
        if (buildNumber !== undefined && buildNumber !== trimmed.split('.')[3]) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`version "${trimmed}" already has a build number; give a three-part version with --build-number, or drop --build-number`);
        }
        checkRange(trimmed);
        return trimmed;
    }
    if (!THREE.test(trimmed)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`version "${version}" is not a Mendix version: use major.minor.patch (1.2.0) or major.minor.patch.build (1.2.0.15)`);
    }
    const build = (buildNumber ?? fallback ?? '0').trim();
    if (!/^(0|[1-9][0-9]{0,9})$/.test(build)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`build number "${build}" is not a non-negative whole number`);
    }
    const full = `${trimmed}.${build}`;
    checkRange(full);
    return full;
}
/** Compares two four-part versions numerically. */
function compareVersions(a, b) {
    const pa = a.split('.').map(Number);
    const pb = b.split('.').map(Number);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}


/***/ }),

/***/ 98305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ mxbuildJavaFor),
/* harmony export */   W: () => (/* binding */ javaFor)
/* harmony export */ });
/* harmony import */ var _mda_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52084);

/**
 * The JDK Mendix's Cloud Foundry buildpack gives a Mendix version: Java 8 before Mendix 8; from
 * Mendix 8 the app's own setting (metadata.json's JavaVersion: 17 or 21), else 11. A .mpr does
 * not show the setting without MxBuild, so the rule is reported with it.
 */
function javaFor(mendixVersion, javaVersion) {
    if ((0,_mda_version_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(mendixVersion.replace(/-.*$/, ''), '8') < 0) {
        return { major: 8, rule: 'Mendix 7 and earlier run on Java 8' };
    }
    if (javaVersion === 17 || javaVersion === 21) {
        return { major: javaVersion, rule: "the app's Java version setting" };
    }
    return {
        major: 11,
        rule: "Java 11 unless the app's settings choose 17 or 21 (Mendix 9.24 and later); the built package's metadata.json says which (JavaVersion)"
    };
}
/**
 * The JDK to run MxBuild of a Mendix version with, for a .mpr whose Java setting is unknown:
 * Studio Pro installs JDK 21 from Mendix 10.11 on (mendix/docs, refguide/installation/install.md),
 * and every 10.11+ package seen in public projects says JavaVersion 21; a newer JDK compiles an
 * app set to 11 or 17 as well. Before 10.11 the buildpack's rule holds (8, else 11).
 */
function mxbuildJavaFor(mendixVersion) {
    if ((0,_mda_version_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(mendixVersion.replace(/-.*$/, ''), '10.11') >= 0) {
        return {
            major: 21,
            rule: 'Studio Pro installs JDK 21 from Mendix 10.11 on; it also builds apps set to Java 11 or 17'
        };
    }
    return javaFor(mendixVersion);
}


/***/ }),

/***/ 76340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspectProject: () => (/* binding */ inspectProject)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _fs_path_kind_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33515);
/* harmony import */ var _installer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66911);
/* harmony import */ var _jdk_version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98305);
/* harmony import */ var _mpr_version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31202);





/** Reads a .mpr's facts without MxBuild: one SQLite row and a look beside the file. */
async function inspectProject(path, env, platform = process.platform) {
    const { mendixVersion, formatVersion } = await (0,_mpr_version_js__WEBPACK_IMPORTED_MODULE_4__/* .readMprFacts */ .XL)(path);
    const warnings = [];
    let mprcontents = null;
    if (formatVersion >= 2) {
        const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(path), 'mprcontents');
        const present = (await (0,_fs_path_kind_js__WEBPACK_IMPORTED_MODULE_1__/* .pathKind */ .g)(folder)) === 'directory';
        mprcontents = { path: folder, present };
        if (!present) {
            warnings.push(`${path} is a format-2 app file, whose documents live in ${folder}, which is missing: check out the whole app folder (MxBuild cannot build the .mpr alone)`);
        }
    }
    if (mendixVersion.includes('-')) {
        warnings.push(`Mendix ${mendixVersion} is a pre-release: Mendix publishes no MxBuild for it, so give --mxbuild PATH to build`);
    }
    const base = env[_installer_js__WEBPACK_IMPORTED_MODULE_2__/* .BASE_URL_VARIABLE */ .V1] || _installer_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_BASE_URL */ .Ql;
    return {
        kind: 'mpr',
        path,
        mendixVersion,
        formatVersion,
        mprcontents,
        mxbuild: {
            version: mendixVersion,
            url: (0,_installer_js__WEBPACK_IMPORTED_MODULE_2__/* .mxbuildUrl */ .tG)(mendixVersion, platform === 'win32' ? 'win32' : 'linux', base)
        },
        java: (0,_jdk_version_js__WEBPACK_IMPORTED_MODULE_3__/* .mxbuildJavaFor */ .V)(mendixVersion),
        warnings
    };
}


/***/ }),

/***/ 72285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ promotionSequence),
/* harmony export */   b: () => (/* binding */ isProtected)
/* harmony export */ });
/** A binary min-heap of positions in the file. */
class PositionHeap {
    items = [];
    get size() {
        return this.items.length;
    }
    push(value) {
        const items = this.items;
        let at = items.push(value) - 1;
        while (at > 0) {
            const parent = (at - 1) >> 1;
            if (items[parent] <= value)
                break;
            items[at] = items[parent];
            at = parent;
        }
        items[at] = value;
    }
    pop() {
        const items = this.items;
        const top = items[0];
        const last = items.pop();
        if (items.length === 0)
            return top;
        let at = 0;
        for (;;) {
            const left = 2 * at + 1;
            if (left >= items.length)
                break;
            const right = left + 1;
            const child = right < items.length && items[right] < items[left] ? right : left;
            if (items[child] >= last)
                break;
            items[at] = items[child];
            at = child;
        }
        items[at] = last;
        return top;
    }
}
/**
 * Environments in promotion order: each after the one its `after:` names, otherwise in the
 * order of the file (of those that may go next, the first in the file goes). The configuration
 * loader has already refused unknown names and cycles.
 *
 * One pass down the file places each environment whose predecessor is placed; one whose
 * predecessor comes later in the file is placed as soon as that predecessor is, ahead of the
 * rest of the file, through a heap. Linear when `after:` points back up the file, n log n at
 * worst.
 */
function promotionSequence(environments) {
    const followers = new Map();
    environments.forEach((env, index) => {
        if (env.after === undefined)
            return;
        const list = followers.get(env.after);
        if (list)
            list.push(index);
        else
            followers.set(env.after, [index]);
    });
    const placed = new Set();
    const waiting = new PositionHeap();
    const sequence = [];
    let next = 0;
    for (;;) {
        let index;
        if (waiting.size > 0)
            index = waiting.pop();
        else {
            while (next < environments.length) {
                const env = environments[next];
                if (!placed.has(env.name) && (!env.after || placed.has(env.after)))
                    break;
                next++;
            }
            if (next === environments.length)
                break;
            index = next++;
        }
        const env = environments[index];
        placed.add(env.name);
        sequence.push(env);
        // Followers further down are reached by the pass; those above it were passed over.
        for (const follower of followers.get(env.name) ?? []) {
            if (follower < next)
                waiting.push(follower);
        }
    }
    return sequence;
}
/** Whether staging to the environment needs a person: approval or a second factor. */
function isProtected(environment) {
    return environment.protection.reviewers === 'required' || environment.protection.mfa === 'totp';
}


/***/ }),

/***/ 10970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tg: () => (/* binding */ storyUrl),
/* harmony export */   Y9: () => (/* binding */ compileStoryPatterns),
/* harmony export */   ye: () => (/* binding */ NOT_JIRA_KEYS)
/* harmony export */ });
/* unused harmony export DEFAULT_STORY_PATTERNS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/**
 * Prefixes of well-known standards and encodings that look like Jira keys but are not stories:
 * UTF-8, SHA-256, CRC-32, ISO-8601, RFC-7231, CVE-2024-1234, UTC-5, COVID-19...
 */
const NOT_JIRA_KEYS = [
    'AES',
    'CP',
    'CRC',
    'CVE',
    'CWE',
    'COVID',
    'ECMA',
    'GMT',
    'HTTP',
    'IEC',
    'ISO',
    'JSR',
    'MD',
    'PEP',
    'RFC',
    'RSA',
    'SHA',
    'SSL',
    'TLS',
    'UCS',
    'UTC',
    'UTF',
    'WIN'
];
/** The patterns used when mxdeploy.yml lists none, in the order their IDs are reported. */
const DEFAULT_STORY_PATTERNS = [
    {
        // PROJ-123: a letter, then letters, digits or "_" (2+ in all), a dash and a number that does
        // not start with 0. Not inside a word or a longer dashed token (CVE-2024-1234), not a version.
        name: 'jira',
        requires: '-',
        regex: `(?<![\\w-])(?!(?:${NOT_JIRA_KEYS.join('|')})-)[A-Z][A-Z0-9_]+-[1-9][0-9]*(?![\\w]|-[0-9]|\\.[0-9])`
    },
    {
        name: 'azure-boards',
        requires: 'AB#',
        regex: '(?<![\\w-])(?<id>AB#(?<number>[1-9][0-9]*))(?!\\w)'
    },
    {
        // #123 and owner/repo#123, as GitHub links them; not foo#123 or &#123;.
        name: 'github',
        requires: '#',
        regex: '(?<![\\w.\\-/#&])(?<id>(?<repository>[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+)?#(?<number>[1-9][0-9]*))(?!\\w)',
        url: '{server}/{repository}/issues/{number}'
    },
    {
        // Trailer lines: "Story: 123", "Stories: 12, 34", "Related stories: ABC-1 ABC-2".
        name: 'trailer',
        requires: 'tor',
        regex: '^[ \\t]*(?:[Ss]tor(?:y|ies)|[Rr]elated[ -][Ss]tor(?:y|ies))[ \\t]*:[ \\t]*(?<ids>.*)$'
    }
];
const CONTEXT_KEYS = new Set(['server', 'repository']);
function describe(index, name) {
    return `traceability.patterns[${index}]${name ? ` ("${name}")` : ''}`;
}
function checkUrl(template, regex, where) {
    if (!/^(https?:\/\/|\{server\})/.test(template)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: url "${template}" must start with http:// or https:// (or {server}), such as https://jira.example.com/browse/{id}`);
    }
    const groups = new Set([...regex.source.matchAll(/\(\?<([A-Za-z_$][\w$]*)>/g)].map((match) => match[1]));
    for (const [, name] of template.matchAll(/\{([^}]*)\}/g)) {
        if (name === 'id' || CONTEXT_KEYS.has(name) || groups.has(name))
            continue;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: url "${template}" uses {${name}}, which is neither {id}, {server}, {repository} nor a named group of the regex`);
    }
}
function compile(config, index, source) {
    const fallback = DEFAULT_STORY_PATTERNS.find((p) => p.name === config.name);
    const where = `${source}${describe(index, config.name)}`;
    const text = config.regex ?? fallback?.regex;
    if (text === undefined) {
        const names = DEFAULT_STORY_PATTERNS.map((p) => p.name).join(', ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where} has no regex: add one, or name a default pattern (${names}) to use its regex`);
    }
    let regex;
    try {
        regex = new RegExp(text, 'gm');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: regex ${JSON.stringify(text)} is not valid: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error).replace(/^Invalid regular expression: /, '')}`);
    }
    if (regex.test('')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: regex ${JSON.stringify(text)} matches the empty string, so it would find an ID everywhere; make it match at least one character`);
    }
    regex.lastIndex = 0;
    const url = config.url ?? (config.regex === undefined ? fallback?.url : undefined);
    if (url !== undefined)
        checkUrl(url, regex, where);
    const builtin = config.regex === undefined ? fallback : undefined;
    return {
        name: config.name ?? `pattern-${index + 1}`,
        regex,
        url,
        ...(builtin ? { requires: builtin.requires, builtin: builtin.name } : {})
    };
}
/**
 * Compiles the patterns of `traceability.patterns` (or the defaults when undefined). A bad regex
 * or link template is a ConfigurationError that names the pattern; `source` prefixes messages.
 */
function compileStoryPatterns(configured, source = '') {
    const list = configured ?? DEFAULT_STORY_PATTERNS.map(({ name }) => ({ name }));
    const prefix = source ? `${source}: ` : '';
    return list.map((config, index) => compile(config, index, prefix));
}
const templates = new Map();
// Templates are split into parts once: links are built for every ID of every commit.
function templateParts(template) {
    let parts = templates.get(template);
    if (parts === undefined) {
        parts = template
            .split(/(\{[^}]*\})/)
            .filter((part) => part !== '')
            .map((part) => (/^\{[^}]*\}$/.test(part) ? { name: part.slice(1, -1) } : part));
        templates.set(template, parts);
    }
    return parts;
}
function placeholder(name, id, groups, context) {
    if (name === 'id')
        return id;
    const value = groups?.[name];
    if (value !== undefined)
        return value;
    if (name === 'server')
        return context.server ?? 'https://github.com';
    return name === 'repository' ? context.repository : undefined;
}
/** The link of one ID, or undefined when the pattern has no url or a placeholder has no value. */
function storyUrl(template, id, groups, context) {
    if (template === undefined)
        return undefined;
    let url = '';
    for (const part of templateParts(template)) {
        if (typeof part === 'string') {
            url += part;
            continue;
        }
        const value = placeholder(part.name, id, groups, context);
        if (value === undefined || value === '')
            return undefined;
        // server is a URL prefix; every other value is one path part (owner/repo keeps its slash).
        url +=
            part.name === 'server' && groups?.['server'] === undefined
                ? value.replace(/\/+$/, '')
                : encodeURIComponent(value).replace(/%2F/g, '/');
    }
    return /^https?:\/\/[^\s]+$/.test(url) ? url : undefined;
}


/***/ })

};
