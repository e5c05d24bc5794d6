export const id = 4935;
export const ids = [4935];
export const modules = {

/***/ 84995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/app/build.ts + 3 modules
var build = __webpack_require__(75648);
// EXTERNAL MODULE: ./src/github/access.ts
var access = __webpack_require__(38261);
// EXTERNAL MODULE: ./src/mda/sha256-file.ts
var sha256_file = __webpack_require__(89180);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/repository/artifact/artifact-client.ts
var artifact_client = __webpack_require__(15937);
;// CONCATENATED MODULE: ./src/actions/shared/artifact.ts


/**
 * Uploads files as one workflow artifact. `@actions/artifact` is loaded only here: it adds
 * 150–270 ms to start-up, which actions that don't upload should not pay.
 */
async function uploadFiles(name, files, env) {
    (0,artifact_client/* requireArtifactRuntime */._n)(env, 'set upload-artifact to false');
    return (0,artifact_client/* withArtifactClient */.kj)(env, 'stdout', async (lib) => {
        const client = new lib.DefaultArtifactClient();
        try {
            const result = await client.uploadArtifact(name, files, (0,external_node_path_.dirname)(files[0]), {});
            return { id: result.id, size: result.size };
        }
        catch (error) {
            throw (0,artifact_client/* artifactFailure */.DQ)(lib, error, `uploading artifact ${name}`);
        }
    });
}

// EXTERNAL MODULE: ./src/actions/shared/config.ts
var config = __webpack_require__(58735);
// EXTERNAL MODULE: ./src/actions/shared/logger.ts
var logger = __webpack_require__(79453);
;// CONCATENATED MODULE: ./src/actions/build/constants.ts
/** Names of the build action's inputs and outputs, as action.yml declares them. */
const Inputs = {
    Project: 'project',
    DeploymentDir: 'deployment-dir',
    Version: 'version',
    BuildNumber: 'build-number',
    Output: 'output',
    App: 'app',
    UploadArtifact: 'upload-artifact',
    ArtifactName: 'artifact-name',
    Config: 'config',
    Repository: 'repository',
    GitHubToken: 'github-token'
};
const Outputs = {
    MdaPath: 'mda-path',
    PackageVersion: 'package-version',
    Sha256: 'sha256',
    RuntimeVersion: 'runtime-version',
    ArtifactId: 'artifact-id',
    Stories: 'stories'
};

// EXTERNAL MODULE: ./src/actions/shared/inputs.ts
var inputs = __webpack_require__(86612);
;// CONCATENATED MODULE: ./src/actions/build/inputs.ts



/** The build action's inputs; throws ConfigurationError on a bad value. */
function getInputs() {
    const githubToken = core/* getInput */.V4(Inputs.GitHubToken);
    if (githubToken)
        core/* setSecret */.Pq(githubToken);
    return {
        project: (0,inputs/* getOptionalInput */.l)(Inputs.Project),
        deploymentDir: (0,inputs/* getOptionalInput */.l)(Inputs.DeploymentDir),
        version: core/* getInput */.V4(Inputs.Version),
        buildNumber: (0,inputs/* getOptionalInput */.l)(Inputs.BuildNumber),
        output: (0,inputs/* getOptionalInput */.l)(Inputs.Output),
        app: (0,inputs/* getOptionalInput */.l)(Inputs.App),
        uploadArtifact: (0,inputs/* getBooleanInput */.V)(Inputs.UploadArtifact),
        artifactName: core/* getInput */.V4(Inputs.ArtifactName) || 'mxdeploy-package',
        config: core/* getInput */.V4(Inputs.Config) || 'mxdeploy.yml',
        repository: (0,inputs/* getOptionalInput */.l)(Inputs.Repository),
        githubToken
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/mxbuild/installer.ts
var installer = __webpack_require__(66911);
;// CONCATENATED MODULE: ./src/actions/build/tool-cache-installer.ts



const TOOL = 'mxbuild';
/** Loaded on first use: folder builds never pay for it. */
const toolCache = () => __webpack_require__.e(/* import() */ 9805).then(__webpack_require__.bind(__webpack_require__, 59805));
/**
 * The tool cache files tools under semver versions: Mendix's 10.6.1.12345 becomes 10.6.1-12345,
 * which is explicit, so `find` looks it up directly instead of matching a range.
 */
function toolCacheVersion(version) {
    const [major, minor, patch, ...build] = version.split('.');
    return build.length ? `${major}.${minor}.${patch}-${build.join('.')}` : version;
}
/** MxBuild from the runner's tool cache (RUNNER_TOOL_CACHE), downloaded with @actions/tool-cache. */
const toolCacheInstaller = {
    describe: "the runner's tool cache",
    async find(version) {
        const tc = await toolCache();
        return tc.find(TOOL, toolCacheVersion(version)) || undefined;
    },
    async install(version, url, log) {
        const tc = await toolCache();
        log.info(`downloading MxBuild ${version} from ${url}`);
        let archive;
        try {
            archive = await tc.downloadTool(url);
        }
        catch (error) {
            if (error instanceof tc.HTTPError) {
                throw new installer/* DownloadFailed */.Qv(`HTTP ${error.httpStatusCode}`, error.httpStatusCode);
            }
            throw new installer/* DownloadFailed */.Qv((0,errors/* errorMessage */.gJ)(error));
        }
        let unpacked;
        try {
            unpacked = await tc.extractTar(archive);
            return await tc.cacheDir(unpacked, TOOL, toolCacheVersion(version));
        }
        finally {
            await (0,promises_.rm)(archive, { force: true });
            if (unpacked)
                await (0,promises_.rm)(unpacked, { recursive: true, force: true });
        }
    }
};

;// CONCATENATED MODULE: ./src/actions/build/main.ts










/** The build action: inputs → MDA (+ .sha256) → outputs, artifact and job summary. */
async function run() {
    core/* setOutput */.uH(Outputs.ArtifactId, '');
    try {
        const inputs = getInputs();
        const workspace = (0,config/* actionWorkspace */.W)();
        const result = await (0,build.buildApp)({
            face: 'action',
            cwd: workspace,
            env: process.env,
            github: (0,access/* githubAccess */.Y)(process.env, inputs.githubToken),
            log: logger/* actionLogger */.v,
            config: await (0,config/* optionalConfig */.p)(workspace, inputs.config),
            project: inputs.project,
            deploymentDir: inputs.deploymentDir,
            version: inputs.version || undefined,
            buildNumber: inputs.buildNumber,
            out: inputs.output,
            app: inputs.app,
            repository: inputs.repository,
            // .mpr builds keep MxBuild in the runner's tool cache; the JDK comes from JAVA_HOME (setup-java).
            mxbuild: { installer: toolCacheInstaller }
        });
        core/* setOutput */.uH(Outputs.MdaPath, result.path);
        core/* setOutput */.uH(Outputs.PackageVersion, result.version);
        core/* setOutput */.uH(Outputs.Sha256, result.sha256);
        core/* setOutput */.uH(Outputs.RuntimeVersion, result.metadata.runtimeVersion);
        core/* setOutput */.uH(Outputs.Stories, JSON.stringify(result.manifest.stories));
        core/* info */.pq(`built ${result.path} (${result.entries} entries, sha256 ${result.sha256})`);
        if (inputs.uploadArtifact) {
            const artifact = await uploadFiles(inputs.artifactName, [result.path, (0,sha256_file/* sidecarPath */.n8)(result.path)], process.env);
            core/* setOutput */.uH(Outputs.ArtifactId, String(artifact.id ?? ''));
            core/* info */.pq(`uploaded artifact ${inputs.artifactName} (id ${artifact.id ?? 'unknown'})`);
        }
        core/* summary */.z.addHeading(`Package ${result.manifest.app} ${result.version}`, 3).addTable([
            [
                { data: 'Fact', header: true },
                { data: 'Value', header: true }
            ],
            ['Version', result.version],
            ['Runtime', result.metadata.runtimeVersion],
            ['SHA-256', `<code>${result.sha256}</code>`],
            ['Size', `${result.size} bytes, ${result.entries} entries`],
            ['Commit', result.manifest.commit ?? 'unknown'],
            ['Constants', String(result.metadata.constants.length)],
            ['Scheduled events', String(result.metadata.scheduledEvents.length)]
        ]);
        await core/* summary */.z.write();
    }
    catch (error) {
        (0,logger/* failStep */.O)(error);
    }
}


/***/ }),

/***/ 58735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ actionWorkspace),
/* harmony export */   p: () => (/* binding */ optionalConfig)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65525);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);




/**
 * mxdeploy.yml for actions that work without one (build, publish): the default name may be
 * missing; a file named on purpose must exist, and a wrong one fails the step.
 */
async function optionalConfig(cwd, file, options = {}) {
    if (!file)
        return undefined;
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, file);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
        if (file === _config_load_js__WEBPACK_IMPORTED_MODULE_2__.CONFIG_FILE)
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`config ${file} does not exist (looked for ${path}): fix the config input, or leave it at ${_config_load_js__WEBPACK_IMPORTED_MODULE_2__.CONFIG_FILE}`);
    }
    return (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__.loadConfig)(path, options);
}
/** The folder an action works in: the workflow's workspace (the checkout). */
function actionWorkspace() {
    return process.env['GITHUB_WORKSPACE'] || process.cwd();
}


/***/ }),

/***/ 86612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ getBooleanInput),
/* harmony export */   l: () => (/* binding */ getOptionalInput)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


/** An input's value, or undefined when it is empty or not given (never ''). */
function getOptionalInput(name) {
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
    return value === '' ? undefined : value;
}
/** A boolean input, strict as core.getBooleanInput, but failing as a configuration error. */
function getBooleanInput(name) {
    try {
        return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getBooleanInput */ .Vt(name);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input ${name} is "${_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name)}"; use true or false`);
    }
}


/***/ }),

/***/ 75648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildApp: () => (/* binding */ buildApp),
  buildSourceDir: () => (/* binding */ buildSourceDir)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/git/commit-info.ts
var commit_info = __webpack_require__(51176);
// EXTERNAL MODULE: ./src/mda/deployment-folder.ts
var deployment_folder = __webpack_require__(65518);
// EXTERNAL MODULE: ./src/mda/metadata.ts
var mda_metadata = __webpack_require__(1143);
// EXTERNAL MODULE: ./src/mda/pack.ts + 4 modules
var pack = __webpack_require__(34722);
// EXTERNAL MODULE: ./src/mda/package-identity.ts
var package_identity = __webpack_require__(3767);
// EXTERNAL MODULE: ./src/mda/version.ts
var mda_version = __webpack_require__(52084);
// EXTERNAL MODULE: ./src/source-date.ts
var source_date = __webpack_require__(9515);
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
    if (request.app !== undefined)
        (0,package_identity/* checkAppName */.XF)(request.app.trim(), '--app, input app or mxdeploy.yml');
}
/**
 * Builds a package: the four-part version, the commit it comes from, a reproducible timestamp,
 * then the MDA with its manifest and `.sha256`.
 */
async function buildPackage(request) {
    checkBuildRequest(request);
    const version = (0,mda_version/* modelVersion */.C5)(request.version, request.buildNumber, request.env['GITHUB_RUN_NUMBER'] || undefined);
    const sourceDate = (0,source_date/* sourceDateEpoch */.p)(request.env);
    if (request.project) {
        // Loaded only for .mpr builds: folder builds never pay for the MxBuild runner.
        const { buildProject } = await Promise.all(/* import() */[__webpack_require__.e(7445), __webpack_require__.e(5686), __webpack_require__.e(6915)]).then(__webpack_require__.bind(__webpack_require__, 56915));
        return buildProject({
            project: request.project,
            version,
            out: request.out,
            app: request.app,
            stories: request.stories,
            sourceDate,
            mxbuild: request.mxbuild,
            cwd: request.cwd,
            env: request.env,
            log: request.log
        });
    }
    const deploymentDir = (0,external_node_path_.resolve)(request.cwd, request.deploymentDir);
    const commit = await (0,commit_info/* commitInfo */.o)(deploymentDir, request.env);
    await (0,deployment_folder/* checkDeploymentFolder */.c$)(deploymentDir);
    const metadataPath = (0,external_node_path_.join)(deploymentDir, mda_metadata/* METADATA_PATH */.GN);
    const metadata = (0,mda_metadata/* parseMetadata */.jR)(await (0,promises_.readFile)(metadataPath), metadataPath);
    const app = (0,package_identity/* buildAppName */.RU)(request.app, metadata.projectName, (0,external_node_path_.basename)(deploymentDir));
    for (const warning of metadata.warnings)
        request.log.warning(warning);
    const out = (0,external_node_path_.resolve)(request.cwd, request.out ?? (0,external_node_path_.join)(request.cwd, `${app}_${version}.mda`));
    request.log.info(`building ${app} ${version} from ${deploymentDir}`);
    const result = await (0,pack/* packDeploymentFolder */.Bn)({
        deploymentDir,
        out,
        version,
        app,
        commit: commit.commit,
        branch: commit.branch,
        builtAt: sourceDate ?? commit.time ?? source_date/* ZIP_EPOCH */.q,
        entryDate: sourceDate ?? source_date/* ZIP_EPOCH */.q,
        builder: src_version/* BUILDER */.i,
        stories: request.stories ?? [],
        progress: request.log.progress
    });
    return { ...result, version };
}

// EXTERNAL MODULE: ./src/repository/open-repository.ts + 3 modules
var open_repository = __webpack_require__(1673);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/trace/previous-tag.ts

/** Tags such as `hello-v1.2.0.15`: what the github-release repository tags each package with. */
function packageTagPattern(app) {
    return `refs/tags/${app}-v*`;
}
/**
 * The newest (by version) package tag `<app>-v*` in the history of `commit` that is not on
 * `commit` itself, or null: the previous package when the repository is github-release and the
 * checkout holds its tags (actions/checkout with fetch-depth: 0). Null, too, outside a checkout.
 */
function previousPackageTag(dir, app, commit) {
    const args = [
        'for-each-ref',
        `--merged=${commit}`,
        '--sort=-v:refname',
        '--format=%(refname:strip=2) %(objectname) %(*objectname)',
        packageTagPattern(app)
    ];
    return new Promise((done) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd: dir, encoding: 'utf8' }, (error, stdout) => {
            if (error)
                return done(null);
            for (const line of stdout.split('\n')) {
                const [name, object, peeled] = line.split(' ');
                const target = peeled || object;
                if (name && target && target !== commit)
                    return done({ name, commit: target });
            }
            done(null);
        });
    });
}

// EXTERNAL MODULE: ./src/trace/trace-sources.ts
var trace_sources = __webpack_require__(44983);
;// CONCATENATED MODULE: ./src/trace/package-stories.ts




/**
 * The newest package of the app built from another commit (a rebuild of one commit is skipped):
 * from the repository, else (none there, or no repository) from the package tags in the checkout.
 */
async function previousPackage(request, commit) {
    if (!request.app)
        return null;
    const fromRepository = request.repository ? await listedPackage(request, commit) : null;
    if (fromRepository || !request.tagDir)
        return fromRepository;
    // No package of the app in the repository (or none given): its release tags, if any.
    const tag = await previousPackageTag(request.tagDir, request.app, commit);
    return tag ? { label: `tag ${tag.name}`, commit: tag.commit } : null;
}
async function listedPackage(request, commit) {
    const repository = request.repository;
    try {
        const packages = await repository.list(request.app);
        const found = packages.find((p) => p.commit !== null && p.commit !== commit);
        return found ? { label: `${found.app} ${found.version}`, commit: found.commit } : null;
    }
    catch (error) {
        request.log.warning(`could not list the packages of ${request.app} in ${repository.uri} to find the previous one: ${(0,errors/* errorMessage */.gJ)(error)}; looking at the package tags of the checkout instead`);
        return null;
    }
}
/**
 * The stories a new package carries in its manifest: those of the commits since the previous
 * package published to the repository, or tagged `<app>-v*` in the checkout without one
 * (reachable from this build's commit and not from that package's). The first package reads the
 * whole history up to the limit. Never fails a build:
 * when the commits cannot be read, a warning says why and the manifest lists none.
 */
async function storiesSincePreviousPackage(request) {
    const none = (previous = null) => ({
        stories: [],
        previous,
        trace: null
    });
    const { commit, log } = request;
    if (!commit) {
        log.info('the build has no commit (no git checkout, no GITHUB_SHA), so its manifest lists no stories');
        return none();
    }
    const previous = await previousPackage(request, commit);
    try {
        const outcome = await (0,trace_sources/* traceFromSources */.M)(request.sources, { from: previous?.commit, to: commit, limit: request.limit }, request.patterns, { log, ...(request.links ? { links: request.links } : {}) });
        if (outcome.status !== 'complete') {
            log.warning(`the stories of this package could not be read, so its manifest lists none: ${outcome.message}`);
            return none(previous);
        }
        const { trace } = outcome;
        const stories = trace.stories.map((story) => story.id);
        log.info(previous
            ? `stories since ${(0,text_escape/* logText */.kc)(previous.label)} (${previous.commit.slice(0, 12)}): ${trace.commits.length} commits, ${(0,text_escape/* logText */.kc)(stories.join(', ')) || 'none'}`
            : `first package${request.app ? ` of ${request.app}` : ''}: ${trace.truncated ? `the newest ${request.limit} commits (traceability.limit)` : `the whole history, ${trace.commits.length} commits`}, ${stories.length} stories`);
        return { stories, previous, trace };
    }
    catch (error) {
        log.warning(`the stories of this package could not be read, so its manifest lists none: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return none(previous);
    }
}

// EXTERNAL MODULE: ./src/app/repository-choice.ts
var repository_choice = __webpack_require__(67311);
// EXTERNAL MODULE: ./src/app/trace-context.ts
var trace_context = __webpack_require__(12368);
;// CONCATENATED MODULE: ./src/app/build.ts








/**
 * Builds a package for either face: flags win, mxdeploy.yml's `build:` fills in (a deployment
 * folder or a .mpr, the version, the output), and the manifest lists the stories of the commits
 * since the previous package. Reading stories never fails a build: a repository that cannot be
 * opened or a history that cannot be read is a warning, and the manifest lists what was found.
 */
async function buildApp(request) {
    const { config } = request;
    const given = request.deploymentDir ?? request.project;
    const fromConfig = given ? undefined : config?.build;
    const deploymentDir = request.deploymentDir ?? fromConfig?.deploymentDir;
    const project = request.project ?? fromConfig?.project;
    const app = request.app ?? config?.app;
    const stories = await buildStories(request, { deploymentDir, project, app });
    return buildPackage({
        deploymentDir,
        project,
        version: request.version ?? config?.build.version ?? '',
        buildNumber: request.buildNumber,
        out: request.out ?? config?.build.output,
        app,
        stories,
        ...(request.mxbuild ? { mxbuild: request.mxbuild } : {}),
        cwd: request.cwd,
        env: request.env,
        log: request.log
    });
}
/** The folder whose git history a build comes from. */
function buildSourceDir(cwd, source) {
    if (source.project)
        return (0,external_node_path_.dirname)((0,external_node_path_.resolve)(cwd, source.project));
    return source.deploymentDir ? (0,external_node_path_.resolve)(cwd, source.deploymentDir) : undefined;
}
async function buildStories(request, source) {
    const { log, config } = request;
    const dir = buildSourceDir(request.cwd, source);
    if (!dir)
        return []; // the build says what is missing
    try {
        // The commit is GITHUB_SHA or the checkout's HEAD; without either there are no stories. A
        // shallow or missing checkout is completed from GitHub's compare API when there is a token.
        const { commit } = await (0,commit_info/* commitInfo */.o)(dir, request.env);
        const found = await storiesSincePreviousPackage({
            app: source.app,
            commit,
            repository: request.openedRepository ?? (await previousPackages(request)),
            tagDir: dir,
            ...(await (0,trace_context/* traceContext */.D)({
                traceability: config?.traceability ?? {},
                file: config?.file,
                dir,
                github: request.github,
                log
            }))
        });
        return found.stories;
    }
    catch (error) {
        log.warning(`the stories of this package could not be read, so its manifest lists none: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return [];
    }
}
/** The repository the previous package is looked for in; undefined: the tags of the checkout. */
async function previousPackages(request) {
    const uri = (0,repository_choice/* chooseRepository */.Q)({
        given: request.repository,
        config: request.config,
        face: request.face
    });
    try {
        return await (0,open_repository.openRepository)(uri, {
            cwd: request.config?.dir ?? request.cwd,
            env: request.env,
            github: request.github,
            log: request.log
        });
    }
    catch (error) {
        request.log.warning(`cannot open the package repository ${uri} to find the previous package: ${(0,errors/* errorMessage */.gJ)(error)}; the stories are read since the newest package tag instead`);
        return undefined;
    }
}


/***/ }),

/***/ 12368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ traceContext)
/* harmony export */ });
/* harmony import */ var _stories_story_patterns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10970);
/* harmony import */ var _trace_commit_sources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5931);
/* harmony import */ var _trace_trace_range_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91656);



/**
 * The one trace context of both faces: commits from the checkout at `dir`, and from GitHub's
 * compare API when `github` has a token and a repository (a shallow clone lacks history);
 * patterns and limit from mxdeploy.yml (`file` names it in messages; none: the defaults).
 */
async function traceContext(options) {
    const { traceability, github, log } = options;
    return {
        sources: await (0,_trace_commit_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .commitSources */ .G)(options.dir, github, log),
        patterns: (0,_stories_story_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .compileStoryPatterns */ .Y9)(traceability.patterns, options.file ?? ''),
        limit: traceability.limit ?? _trace_trace_range_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_TRACE_LIMIT */ .CO,
        links: {
            ...(github.repository ? { server: github.serverUrl, repository: github.repository } : {})
        },
        log
    };
}


/***/ }),

/***/ 51176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ commitInfo)
/* harmony export */ });
/* harmony import */ var _git_output_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5764);

/**
 * The commit and branch a build comes from: the Actions variables when they are set (the runner's
 * checkout may be detached), else the git repository around `cwd`, else unknown.
 */
async function commitInfo(cwd, env) {
    const head = await (0,_git_output_js__WEBPACK_IMPORTED_MODULE_0__/* .gitOutput */ .o)(cwd, ['log', '-1', '--format=%H %ct']);
    const [gitCommit, gitTime] = head ? head.split(' ') : [];
    const commit = env['GITHUB_SHA'] || gitCommit || null;
    const branch = env['GITHUB_HEAD_REF'] ||
        env['GITHUB_REF_NAME'] ||
        (await (0,_git_output_js__WEBPACK_IMPORTED_MODULE_0__/* .gitOutput */ .o)(cwd, ['symbolic-ref', '--short', '-q', 'HEAD'])) ||
        null;
    const time = gitTime && commit === gitCommit ? new Date(Number(gitTime) * 1000) : null;
    return { commit, branch, time };
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

/***/ 66911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ql: () => (/* binding */ DEFAULT_BASE_URL),
/* harmony export */   Qv: () => (/* binding */ DownloadFailed),
/* harmony export */   V1: () => (/* binding */ BASE_URL_VARIABLE),
/* harmony export */   tG: () => (/* binding */ mxbuildUrl)
/* harmony export */ });
/** A download that did not succeed; `status` is the HTTP status when the server answered. */
class DownloadFailed extends Error {
    status;
    name = 'DownloadFailed';
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
const DEFAULT_BASE_URL = 'https://cdn.mendix.com/runtime/';
/** Overrides DEFAULT_BASE_URL, for mirrors and tests. */
const BASE_URL_VARIABLE = 'MXDEPLOY_MXBUILD_BASE_URL';
/** The download address Mendix documents for an MxBuild version on this platform. */
function mxbuildUrl(version, platform, baseUrl) {
    const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
    return `${base}${platform === 'win32' ? 'win-' : ''}mxbuild-${version}.tar.gz`;
}


/***/ }),

/***/ 15937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ artifactFailure),
/* harmony export */   _n: () => (/* binding */ requireArtifactRuntime),
/* harmony export */   kj: () => (/* binding */ withArtifactClient)
/* harmony export */ });
/* unused harmony export loadArtifactLibrary */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

let library;
/**
 * @actions/artifact, imported on first use only: it pulls in the Azure storage SDK and octokit
 * and adds 150–270 ms to start-up, which commands that don't touch artifacts should not pay.
 */
function loadArtifactLibrary() {
    library ??= Promise.all(/* import() */[__webpack_require__.e(4101), __webpack_require__.e(7824), __webpack_require__.e(3838), __webpack_require__.e(4337)]).then(__webpack_require__.bind(__webpack_require__, 24337));
    return library;
}
/**
 * The variables @actions/artifact reads from `process.env` itself (it takes no configuration
 * object): the runtime token and service URL, the GHES check, retention and upload tuning.
 */
const CLIENT_VARIABLES = [
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RESULTS_URL',
    'GITHUB_SERVER_URL',
    'GITHUB_WORKSPACE',
    'GITHUB_RETENTION_DAYS',
    'ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY',
    'ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS',
    'ACTIONS_ARTIFACT_MAX_ARTIFACT_COUNT'
];
/** Whether GITHUB_SERVER_URL is GitHub Enterprise Server, where artifacts v4 do not exist. */
function isEnterpriseServer(env) {
    let host;
    try {
        host = new URL(env['GITHUB_SERVER_URL'] || 'https://github.com').hostname.toLowerCase();
    }
    catch {
        return false;
    }
    return host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost');
}
/**
 * Refuses, before anything loads, to use artifacts outside a GitHub Actions job: the runner gives
 * ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL to actions only (not to `run:` steps).
 */
function requireArtifactRuntime(env, fix) {
    if (!env['ACTIONS_RUNTIME_TOKEN'] || !env['ACTIONS_RESULTS_URL']) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`workflow artifacts need a GitHub Actions job (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set; the runner gives them to actions, not to run: steps): ${fix}`);
    }
    if (isEnterpriseServer(env)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`workflow artifacts v4 are not available on GitHub Enterprise Server (${env['GITHUB_SERVER_URL']}): ${fix}`);
    }
}
let depth = 0;
let saved;
let activeEnv;
let redirected = 0;
let ownWrite;
function enter(env, output) {
    if (depth > 0 && env !== activeEnv) {
        throw new Error('two artifact clients with different environments cannot run at once');
    }
    if (depth++ === 0) {
        activeEnv = env;
        if (env !== process.env) {
            saved = new Map(CLIENT_VARIABLES.map((name) => [name, process.env[name]]));
            for (const name of CLIENT_VARIABLES) {
                if (env[name] === undefined)
                    delete process.env[name];
                else
                    process.env[name] = env[name];
            }
        }
    }
    if (output === 'stderr' && redirected++ === 0) {
        ownWrite = Object.getOwnPropertyDescriptor(process.stdout, 'write');
        // The runner reads workflow commands (masks included) from stderr as from stdout.
        process.stdout.write = process.stderr.write.bind(process.stderr);
    }
}
function leave(output) {
    if (output === 'stderr' && --redirected === 0) {
        if (ownWrite)
            Object.defineProperty(process.stdout, 'write', ownWrite);
        else
            delete process.stdout.write;
        ownWrite = undefined;
    }
    if (--depth === 0) {
        if (saved) {
            for (const [name, value] of saved) {
                if (value === undefined)
                    delete process.env[name];
                else
                    process.env[name] = value;
            }
        }
        saved = undefined;
        activeEnv = undefined;
    }
}
/**
 * Runs `work` with the client library while its variables come from `env` and, with `stderr`,
 * its log lines go to stderr: the CLI keeps stdout for the `--json` document.
 */
async function withArtifactClient(env, output, work) {
    enter(env, output);
    try {
        return await work(await loadArtifactLibrary());
    }
    finally {
        leave(output);
    }
}
/** A signed storage URL's signature never reaches a message. */
function scrub(text) {
    return text.replace(/([?&]sig=)[^&\s"']+/gi, '$1***');
}
/**
 * What a failure of the artifact client means for the user: the service's answer kept, with what
 * to do. Everything here is a failure (exit 1) except the ones the user's setup causes.
 */
function artifactFailure(lib, error, doing) {
    const message = scrub((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error));
    if (error instanceof lib.GHESNotSupportedError) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${doing}: ${message}: use the github-release or oci repository`);
    }
    if (error instanceof lib.UsageError) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`${doing}: the account's artifact storage quota is used up: delete old artifacts or raise the limit under Settings → Billing`);
    }
    // The Twirp client wraps NetworkError in a plain Error; its message keeps the code.
    const network = error instanceof lib.NetworkError
        ? error.code
        : /Unable to make request: ([A-Z]+)/.exec(message)?.[1];
    if (network) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`${doing}: the artifact service could not be reached (${network}): check the runner's network access to GitHub`);
    }
    if (/Invalid token specified|Failed to get backend IDs/.test(message)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`${doing}: ACTIONS_RUNTIME_TOKEN is not the runner's runtime token (a JWT with an Actions.Results scope): run this inside a GitHub Actions job, as an action step (${message})`);
    }
    const code = error.statusCode;
    const status = typeof code === 'number' ? String(code) : /\((\d{3})\)/.exec(message)?.[1];
    if (status === '401' || status === '403') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`${doing}: the artifact service refused the job's runtime token (${status}): it expired or belongs to another run, so rerun the job (${message})`);
    }
    const attempts = /after (\d+) (?:attempts|retries)/.exec(message)?.[1];
    if (attempts) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`${doing}: the artifact service kept failing (${attempts} attempts): ${message}; GitHub's service may be degraded (https://www.githubstatus.com): rerun the job later`);
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`${doing}: ${message}`);
}


/***/ }),

/***/ 9515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ sourceDateEpoch),
/* harmony export */   q: () => (/* binding */ ZIP_EPOCH)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** The DOS epoch: the earliest time a ZIP entry can carry. */
const ZIP_EPOCH = new Date(Date.UTC(1980, 0, 1));
/** `SOURCE_DATE_EPOCH` (reproducible-builds.org) as a date, or undefined when it is not set. */
function sourceDateEpoch(env) {
    const value = env['SOURCE_DATE_EPOCH']?.trim();
    if (!value)
        return undefined;
    if (!/^\d{1,12}$/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`SOURCE_DATE_EPOCH "${value}" is not a number of seconds since 1970`);
    }
    return new Date(Number(value) * 1000);
}


/***/ }),

/***/ 67388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   kc: () => (/* binding */ logText),
/* harmony export */   p7: () => (/* binding */ markdownText),
/* harmony export */   wh: () => (/* binding */ plainText)
/* harmony export */ });
/* unused harmony export truncate */
/**
 * Untrusted text (commit messages, story IDs, names) made safe for logs and for GitHub-flavoured
 * markdown: no HTML, no markdown structure, no @mentions, issue references or autolinks.
 */
const ZWSP = '\u200b';
// C0/C1 controls (terminal escapes among them) and the bidirectional overrides and isolates
// that make text read differently from what it is ("Trojan Source").
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /[\t\n\r\u2028\u2029\u0085]+/g;
/** Cuts text to at most `max` characters (code points), ending in "…" when cut. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    // Walk code points (a surrogate pair is one character) to where the cut goes.
    let index = 0;
    let points = 0;
    let cutAt = 0;
    while (index < text.length) {
        if (points === max - 1)
            cutAt = index;
        const code = text.charCodeAt(index);
        index += code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1;
        points++;
        if (points > max)
            return `${text.slice(0, cutAt)}…`;
    }
    return text;
}
/** One line of plain text: controls removed, line breaks and tabs as spaces, at most `max` characters. */
function plainText(text, max = Infinity) {
    const line = text.replace(CONTROLS, '').replace(LINE_BREAKS, ' ').replace(/ {2,}/g, ' ').trim();
    return max === Infinity ? line : truncate(line, max);
}
/**
 * Untrusted text for a log line (plainText) that a runner cannot read as a workflow command:
 * `::` at the start of the line and the older `##[command]` form anywhere get a zero-width space.
 */
function logText(text, max = Infinity) {
    return plainText(text, max).replace(/##\[/g, `#${ZWSP}#[`).replace(/^::/, `:${ZWSP}:`);
}
// Every ASCII punctuation character that starts markdown structure is backslash-escaped (GFM
// honours `\|` inside table cells too); `<`, `>` and `&` become entities, so no HTML and no
// entity reaches the renderer. GitHub links @user, @org/team, #123, GH-123 and bare URLs after
// rendering, on the text itself, so escapes don't stop those: a zero-width space breaks them.
const SPECIAL = /[\\`*_{}[\]()+\-.!|~^=$&<>@]|#(\d)?|\bGH-(?=\d)|:\/\/|\bwww\./gi;
const REPLACEMENT = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '@': `@${ZWSP}`,
    '#': '\\#',
    '://': `:${ZWSP}//`
};
function escapeMatch(match, digit) {
    if (digit !== undefined)
        return `\\#${ZWSP}${digit}`;
    const fixed = REPLACEMENT[match];
    if (fixed !== undefined)
        return fixed;
    if (match.length === 3)
        return `${match.slice(0, 2)}\\-${ZWSP}`; // GH-
    if (match.length === 4)
        return `${match.slice(0, 3)}${ZWSP}\\.`; // www.
    return `\\${match}`;
}
/**
 * Untrusted text as one line of markdown that renders as exactly that text, also inside a table
 * cell: nothing in it can format, link, embed HTML, mention (`@user`) or reference (`#123`).
 */
function markdownText(text, max = Infinity) {
    return plainText(text, max).replace(SPECIAL, escapeMatch);
}
/** A URL that is safe in a markdown link target: http(s) only, with no blanks, quotes or brackets. */
function safeUrl(url) {
    if (!url || !/^https?:\/\/[^\s]+$/i.test(url))
        return undefined;
    return url.replace(/[()<>"'`\\[\]|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** A markdown link whose text is escaped; plain escaped text when the URL is not safe. */
function markdownLink(text, url, max = Infinity) {
    const label = markdownText(text, max);
    const target = safeUrl(url);
    return target ? `[${label}](${target})` : label;
}


/***/ }),

/***/ 5931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ commitSources)
/* harmony export */ });
/* harmony import */ var _github_access_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38261);
/* harmony import */ var _git_commit_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87108);


/**
 * Where commits are read: the git checkout at `dir`, then, when `github` has a repository and a
 * token, GitHub's compare API for what a shallow clone lacks. The GitHub client loads only then.
 */
async function commitSources(dir, github, log) {
    const sources = [new _git_commit_source_js__WEBPACK_IMPORTED_MODULE_0__/* .GitCommitSource */ .P(dir)];
    const repository = (0,_github_access_js__WEBPACK_IMPORTED_MODULE_1__/* .ownerAndRepo */ .H)(github);
    const { token } = github;
    if (repository && token) {
        log.secret(token);
        const [{ createOctokit }, { GitHubCompareSource }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(4101), __webpack_require__.e(7617)]).then(__webpack_require__.bind(__webpack_require__, 77617)),
            __webpack_require__.e(/* import() */ 5308).then(__webpack_require__.bind(__webpack_require__, 95308))
        ]);
        const octokit = createOctokit({ token, logger: log, baseUrl: github.apiUrl });
        sources.push(new GitHubCompareSource({ octokit, ...repository }));
    }
    return sources;
}


/***/ }),

/***/ 44983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ traceFromSources),
/* harmony export */   g: () => (/* binding */ containsFromSources)
/* harmony export */ });
/* harmony import */ var _trace_range_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91656);

/**
 * Traces a range from the first source that holds it: local git first, then GitHub's compare
 * API when the checkout lacks the history. Each fallback is logged with the reason; when no
 * source holds the range, the outcome's message gives every source's reason.
 */
async function traceFromSources(sources, request, patterns, options = {}) {
    const missed = [];
    for (let i = 0; i < sources.length; i++) {
        const source = sources[i];
        const outcome = await (0,_trace_range_js__WEBPACK_IMPORTED_MODULE_0__/* .traceRange */ .xx)(source, request, patterns, options);
        if (outcome.status === 'complete')
            return outcome;
        missed.push(outcome);
        const next = sources[i + 1];
        if (next)
            options.log?.info(`${outcome.message}; reading the commits from ${next.name} instead`);
    }
    const last = missed.at(-1);
    if (last === undefined) {
        return {
            status: 'history-missing',
            reason: 'unavailable',
            message: 'no source of commits is available'
        };
    }
    if (missed.length === 1)
        return last;
    return { ...last, message: missed.map((m) => m.message).join('; and ') };
}
/** Whether `ancestor` is in the history of `descendant`, from the first source that knows. */
async function containsFromSources(sources, ancestor, descendant) {
    for (const source of sources) {
        const answer = await source.contains(ancestor, descendant);
        if (answer !== undefined)
            return answer;
    }
    return undefined;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ BUILDER),
/* harmony export */   u: () => (/* binding */ MXDEPLOY_VERSION)
/* harmony export */ });
/** mxdeploy's own version, recorded in every package it builds. Kept equal to package.json's. */
const MXDEPLOY_VERSION = '0.1.0';
const BUILDER = `mxdeploy ${MXDEPLOY_VERSION}`;


/***/ }),

/***/ 93513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YF: () => (/* binding */ directoryProblems),
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   wd: () => (/* binding */ isDirectory),
/* harmony export */   y$: () => (/* binding */ listRuleBreaches)
/* harmony export */ });
/* unused harmony export unsafeName */
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88269);

const DEFAULT_LIMITS = {
    maxTotalBytes: 16 * 1024 ** 3,
    maxEntries: 1_000_000
};
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const UNIX_HOST = 3;
/** Whether the entry is a directory marker (a name ending in `/`). */
function isDirectory(entry) {
    return entry.name.endsWith('/');
}
/** Why a name can't be extracted safely, or undefined when it can. */
function unsafeName(name) {
    if (name.length === 0)
        return 'an empty name';
    if (name.includes('\0'))
        return 'a NUL character in its name';
    if (name.includes('\\'))
        return 'a backslash in its name (ZIP paths use "/")';
    if (name.startsWith('/'))
        return 'an absolute path';
    if (/^[A-Za-z]:/.test(name))
        return 'a drive letter';
    const segments = name.replace(/\/$/, '').split('/');
    if (segments.includes('..'))
        return 'a ".." segment that escapes the extraction folder';
    if (segments.some((s) => s === '' || s === '.'))
        return 'an empty or "." path segment';
    return undefined;
}
/**
 * The rules on a package's list of entries, which build checks before it writes a package and
 * verify, publish and extraction check on every archive: safe names, no name twice, the number of
 * entries and their total size.
 */
function listRuleBreaches(entries, limits = DEFAULT_LIMITS) {
    const breaches = [];
    if (entries.length > limits.maxEntries) {
        breaches.push({ why: `it has ${entries.length} entries; the limit is ${limits.maxEntries}` });
    }
    const seen = new Set();
    let total = 0;
    for (const { name, size } of entries) {
        const unsafe = unsafeName(name);
        if (unsafe)
            breaches.push({ entry: name, why: `has ${unsafe}` });
        const key = name.normalize('NFC');
        if (seen.has(key))
            breaches.push({ entry: name, why: 'appears more than once' });
        seen.add(key);
        total += size;
    }
    if (total > limits.maxTotalBytes) {
        breaches.push({
            why: `its entries expand to ${total} bytes, past the ${limits.maxTotalBytes}-byte limit (a zip bomb?)`
        });
    }
    return breaches;
}
/**
 * Everything wrong with an archive that its central directory alone shows: the list rules, then
 * symlinks, encryption, unknown methods and overlapping entries. Returns one message per problem.
 */
function directoryProblems(directory, limits = DEFAULT_LIMITS) {
    const problems = listRuleBreaches(directory.entries, limits).map(({ entry, why }) => entry === undefined ? why : `entry ${JSON.stringify(entry)} ${why}`);
    for (const entry of directory.entries) {
        const label = JSON.stringify(entry.name);
        if (entry.versionMadeBy >> 8 === UNIX_HOST &&
            ((entry.externalAttributes >>> 16) & S_IFMT) === S_IFLNK) {
            problems.push(`entry ${label} is a symbolic link; an MDA holds only files`);
        }
        if (entry.flags & _records_js__WEBPACK_IMPORTED_MODULE_0__/* .FLAG_ENCRYPTED */ .uM)
            problems.push(`entry ${label} is encrypted`);
        if (entry.method !== _records_js__WEBPACK_IMPORTED_MODULE_0__/* .METHOD_STORED */ .y$ && entry.method !== _records_js__WEBPACK_IMPORTED_MODULE_0__/* .METHOD_DEFLATED */ .oT) {
            problems.push(`entry ${label} uses compression method ${entry.method}; only stored (0) and deflated (8) are allowed`);
        }
        if (entry.method === _records_js__WEBPACK_IMPORTED_MODULE_0__/* .METHOD_STORED */ .y$ && entry.size !== entry.compressedSize) {
            problems.push(`entry ${label} is stored but its sizes differ (${entry.compressedSize} vs ${entry.size})`);
        }
    }
    problems.push(...overlapProblems(directory));
    return problems;
}
/** Entries whose data overlaps another's, or the central directory: the overlapping-file bomb. */
function overlapProblems(directory) {
    const sorted = [...directory.entries].sort((a, b) => a.localOffset - b.localOffset);
    const problems = [];
    for (let i = 0; i < sorted.length; i++) {
        const entry = sorted[i];
        const end = entry.localOffset + _records_js__WEBPACK_IMPORTED_MODULE_0__/* .LOCAL_HEADER_SIZE */ ._0 + entry.rawName.length + entry.compressedSize;
        const next = sorted[i + 1]?.localOffset ?? directory.directoryOffset;
        if (end > next) {
            problems.push(`entry ${JSON.stringify(entry.name)} overlaps the data that follows it`);
        }
    }
    return problems;
}


/***/ })

};
