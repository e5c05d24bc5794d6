export const id = 297;
export const ids = [297];
export const modules = {

/***/ 12833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ buildPackage)
});

// UNUSED EXPORTS: checkBuildRequest

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/git/commit-info.ts


const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function git(cwd, args) {
    try {
        const { stdout } = await run('git', args, { cwd, timeout: 10_000 });
        return stdout.trim() || undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The commit and branch a build comes from: the Actions variables when they are set (the runner's
 * checkout may be detached), else the git repository around `cwd`, else unknown.
 */
async function commitInfo(cwd, env) {
    const head = await git(cwd, ['log', '-1', '--format=%H %ct']);
    const [gitCommit, gitTime] = head ? head.split(' ') : [];
    const commit = env['GITHUB_SHA'] || gitCommit || null;
    const branch = env['GITHUB_HEAD_REF'] ||
        env['GITHUB_REF_NAME'] ||
        (await git(cwd, ['symbolic-ref', '--short', '-q', 'HEAD'])) ||
        null;
    const time = gitTime && commit === gitCommit ? new Date(Number(gitTime) * 1000) : null;
    return { commit, branch, time };
}

// EXTERNAL MODULE: ./src/mda/deployment-folder.ts
var deployment_folder = __webpack_require__(65518);
// EXTERNAL MODULE: ./src/mda/metadata.ts
var mda_metadata = __webpack_require__(1143);
// EXTERNAL MODULE: ./src/mda/pack.ts + 2 modules
var pack = __webpack_require__(4626);
// EXTERNAL MODULE: ./src/mda/version.ts
var mda_version = __webpack_require__(52084);
;// CONCATENATED MODULE: ./src/source-date.ts

/** The DOS epoch: the earliest time a ZIP entry can carry. */
const ZIP_EPOCH = new Date(Date.UTC(1980, 0, 1));
/** `SOURCE_DATE_EPOCH` (reproducible-builds.org) as a date, or undefined when it is not set. */
function sourceDateEpoch(env) {
    const value = env['SOURCE_DATE_EPOCH']?.trim();
    if (!value)
        return undefined;
    if (!/^\d{1,12}$/.test(value)) {
        throw new errors/* ConfigurationError */.j1(`SOURCE_DATE_EPOCH "${value}" is not a number of seconds since 1970`);
    }
    return new Date(Number(value) * 1000);
}

// EXTERNAL MODULE: ./src/version.ts
var src_version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/build/build-package.ts










/** Checks the request's shape before anything is read or written. */
function checkBuildRequest(request) {
    if (request.deploymentDir && request.project) {
        throw new errors/* ConfigurationError */.j1('give either a deployment folder or a .mpr project to build, not both');
    }
    if (!request.deploymentDir && !request.project) {
        throw new errors/* ConfigurationError */.j1('nothing to build: give a deployment folder (--deployment-dir, input deployment-dir) or a Mendix app file (--project App.mpr)');
    }
    if (!request.version) {
        throw new errors/* ConfigurationError */.j1('a package needs a version: give --version 1.2.0 (input version)');
    }
}
function appName(request, projectName, folder) {
    const name = request.app ?? projectName ?? (0,external_node_path_.basename)((0,external_node_path_.resolve)(folder));
    return name.trim() || 'app';
}
/**
 * Builds a package: the four-part version, the commit it comes from, a reproducible timestamp,
 * then the MDA with its manifest and `.sha256`.
 */
async function buildPackage(request) {
    checkBuildRequest(request);
    const version = (0,mda_version/* modelVersion */.C5)(request.version, request.buildNumber, request.env['GITHUB_RUN_NUMBER'] || undefined);
    const sourceDate = sourceDateEpoch(request.env);
    if (request.project) {
        throw new errors/* ConfigurationError */.j1('building from a .mpr needs MxBuild, which this build of mxdeploy does not include yet');
    }
    const deploymentDir = (0,external_node_path_.resolve)(request.cwd, request.deploymentDir);
    const commit = await commitInfo(deploymentDir, request.env);
    await (0,deployment_folder/* checkDeploymentFolder */.c$)(deploymentDir);
    const metadataPath = (0,external_node_path_.join)(deploymentDir, mda_metadata/* METADATA_PATH */.GN);
    const metadata = (0,mda_metadata/* parseMetadata */.jR)(await (0,promises_.readFile)(metadataPath), metadataPath);
    const app = appName(request, metadata.projectName, deploymentDir);
    const out = (0,external_node_path_.resolve)(request.cwd, request.out ?? (0,external_node_path_.join)(request.cwd, `${app}_${version}.mda`));
    request.log.info(`building ${app} ${version} from ${deploymentDir}`);
    const result = await (0,pack/* packDeploymentFolder */.Bn)({
        deploymentDir,
        out,
        version,
        app,
        commit: commit.commit,
        branch: commit.branch,
        builtAt: sourceDate ?? commit.time ?? ZIP_EPOCH,
        entryDate: sourceDate ?? ZIP_EPOCH,
        builder: src_version/* BUILDER */.i,
        stories: request.stories ?? []
    });
    return { ...result, version };
}


/***/ }),

/***/ 85297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pipelineCommand: () => (/* binding */ pipelineCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/build/build-package.ts + 2 modules
var build_package = __webpack_require__(12833);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/mda/inspect.ts
var inspect = __webpack_require__(77700);
// EXTERNAL MODULE: ./src/repository/publish-package.ts
var publish_package = __webpack_require__(21726);
;// CONCATENATED MODULE: ./src/stage/environment-order.ts
/**
 * Environments in promotion order: each after the one its `after:` names, otherwise in the
 * order of the file. The configuration loader has already refused unknown names and cycles.
 */
function promotionSequence(environments) {
    const placed = new Set();
    const sequence = [];
    while (sequence.length < environments.length) {
        const next = environments.find((env) => !placed.has(env.name) && (!env.after || placed.has(env.after)));
        if (!next)
            break;
        placed.add(next.name);
        sequence.push(next);
    }
    return sequence;
}
/** Whether staging to the environment needs a person: approval or a second factor. */
function isProtected(environment) {
    return environment.protection.reviewers === 'required' || environment.protection.mfa === 'totp';
}

// EXTERNAL MODULE: ./src/stage/stage-service.ts + 6 modules
var stage_service = __webpack_require__(13137);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/format.ts
var format = __webpack_require__(96719);
// EXTERNAL MODULE: ./src/cli/workspace.ts + 7 modules
var workspace = __webpack_require__(54709);
;// CONCATENATED MODULE: ./src/cli/commands/pipeline.ts










const pipelineCommand = {
    name: 'pipeline',
    summary: 'The main job on the app of mxdeploy.yml: build the package once, publish it, and stage it through every environment in promotion order, stopping before a protected one.',
    usage: 'pipeline [--config mxdeploy.yml] [--build-number N]',
    options: {
        ...workspace/* WORKSPACE_OPTIONS */.n,
        'build-number': {
            type: 'string',
            value: 'N',
            description: 'build number (default: GITHUB_RUN_NUMBER, else 0)'
        }
    },
    async run(context) {
        const { config, stateDir, repository, activity } = await (0,workspace/* openWorkspace */.O)(context);
        const { build } = config;
        if (!build.version) {
            throw new errors/* ConfigurationError */.j1(`${config.file}: build.version is not set; add it, such as "build: { version: 1.0.0 }"`);
        }
        const built = await (0,build_package/* buildPackage */.P)({
            deploymentDir: build.deploymentDir,
            project: build.project,
            version: build.version,
            buildNumber: (0,command/* stringValue */.r)(context, 'build-number'),
            out: build.output,
            app: config.app,
            cwd: (0,external_node_path_.join)(stateDir, 'build'),
            env: context.io.env,
            log: context.log
        });
        context.log.info(`built ${built.path} (${(0,format/* formatBytes */.z3)(built.size)}, ${built.entries} entries)`);
        const facts = await (0,inspect/* inspectPackage */.H)(built.path);
        const published = await (0,publish_package/* publishPackage */.e)(repository, built.path, {
            app: config.app,
            env: context.io.env,
            log: context.log
        });
        const stages = [];
        for (const environment of promotionSequence(config.environments)) {
            if (isProtected(environment)) {
                const command = `mxdeploy stage --config ${config.file} --environment ${environment.name} --package ${built.version}`;
                context.log.info(`stopping before ${environment.name}: it is protected (approval and/or a second factor); deploy it with: ${command} (plus --otp CODE --user NAME for TOTP)`);
                stages.push({
                    environment: environment.name,
                    status: 'stopped',
                    detail: `protected: run ${command}`
                });
                break;
            }
            const result = await (0,stage_service/* stagePackage */.n)({
                config,
                environment: environment.name,
                package: built.version,
                repository,
                activity,
                actor: (0,publish_package/* currentActor */.H)(context.io.env),
                runUrl: null,
                stateDir,
                log: context.log
            });
            stages.push({
                environment: environment.name,
                status: result.changed ? 'deployed' : 'unchanged',
                detail: `${result.package.version}${result.url ? ` at ${result.url}` : ''}`
            });
        }
        const json = {
            app: config.app,
            package: {
                ...published.record,
                path: built.path,
                entries: built.entries,
                created: published.created
            },
            runtimeVersion: facts.metadata.runtimeVersion,
            stages
        };
        const text = [
            `pipeline for ${config.app}`,
            (0,format/* keyValues */.K7)([
                ['package', built.path],
                ['version', built.version],
                ['runtime', facts.metadata.runtimeVersion],
                ['sha256', built.sha256],
                ['repository', `${repository.uri} (${published.created ? 'published' : 'already there'})`]
            ]),
            'stages:',
            ...stages.map((s) => `  ${s.environment.padEnd(12)} ${s.status.padEnd(9)} ${s.detail}`)
        ].join('\n');
        return { json, text };
    }
};


/***/ })

};
