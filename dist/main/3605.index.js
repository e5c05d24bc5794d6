export const id = 3605;
export const ids = [3605];
export const modules = {

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

/***/ 3605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPipeline: () => (/* binding */ runPipeline)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _repository_publish_package_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21726);
/* harmony import */ var _stage_promotion_sequence_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(72285);
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75648);
/* harmony import */ var _stage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70503);






/** What a person does to deploy a protected environment the pipeline stopped before. */
function nextStep(config, environment, version) {
    return environment.protection.reviewers === 'required'
        ? `approve the ${environment.name} job of the workflow (GitHub environment reviewers)`
        : `run mxdeploy stage --config ${config.file} --environment ${environment.name} --package ${version} --otp CODE --user NAME`;
}
/**
 * The main job on the app of mxdeploy.yml: build the package once, publish it, and stage it
 * through every environment in promotion order, stopping before the first protected one.
 * A failure after something changed is an OperationError (exit 1) that says what was done.
 */
async function runPipeline(request) {
    const { config, log } = request;
    if (!config.build.version) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${config.file}: build.version is not set; add it, such as "build: { version: 1.0.0 }"`);
    }
    const built = await (0,_build_js__WEBPACK_IMPORTED_MODULE_2__.buildApp)({
        face: 'cli',
        cwd: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(request.stateDir, 'build'),
        env: request.env,
        github: request.github,
        log,
        config,
        buildNumber: request.buildNumber,
        openedRepository: request.repository
    });
    log.info(`built ${built.path} (${built.size} bytes, ${built.entries} entries)`);
    const published = await (0,_repository_publish_package_js__WEBPACK_IMPORTED_MODULE_1__.publishPackage)(request.repository, built.path, {
        app: config.app,
        env: request.env,
        log
    });
    const stages = await stageAll(request, built.version, published);
    return { built, published, stages };
}
async function stageAll(request, version, published) {
    const { config, log } = request;
    const stages = [];
    // What this run changed: once anything has, a later refusal is no longer "nothing changed".
    const done = published.created ? [`published ${version}`] : [];
    for (const environment of (0,_stage_promotion_sequence_js__WEBPACK_IMPORTED_MODULE_5__/* .promotionSequence */ .F)(config.environments)) {
        if ((0,_stage_promotion_sequence_js__WEBPACK_IMPORTED_MODULE_5__/* .isProtected */ .b)(environment)) {
            const next = nextStep(config, environment, version);
            log.info(`stopping before ${environment.name}: it is protected; to deploy it, ${next}`);
            stages.push({
                environment: environment.name,
                status: 'stopped',
                detail: `protected: ${next}`
            });
            break;
        }
        let staged;
        try {
            staged = await (0,_stage_js__WEBPACK_IMPORTED_MODULE_3__.stageApp)({
                config,
                environment: environment.name,
                package: version,
                repository: request.repository,
                activity: request.activity,
                actor: (0,_repository_publish_package_js__WEBPACK_IMPORTED_MODULE_1__.currentActor)(request.env),
                runUrl: null,
                stateDir: request.stateDir,
                env: request.env,
                github: request.github,
                log
            });
        }
        catch (error) {
            throw stoppedAfterChanges(error, environment.name, done);
        }
        const { result } = staged;
        if (result.changed)
            done.push(`deployed to ${environment.name}`);
        stages.push({
            environment: environment.name,
            status: result.changed ? 'deployed' : 'unchanged',
            detail: `${result.package.version}${result.url ? ` at ${result.url}` : ''}`,
            version: result.package.version,
            url: result.url ?? null
        });
    }
    return stages;
}
/**
 * A stage that failed after this run had already changed something: exit 1 with what was done,
 * never exit 2, whose promise is that nothing was changed.
 */
function stoppedAfterChanges(error, environment, done) {
    if (done.length === 0)
        return error;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OperationError */ .OK(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}\nthe pipeline stopped at ${environment}; before that it ${done.join(', ')}: fix the problem and run it again (it publishes nothing twice and skips what already runs)`, { cause: error });
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

/***/ 82485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyPackage: () => (/* binding */ verifyPackage)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/zip/safety.ts
var safety = __webpack_require__(93513);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/async-pool.ts
var async_pool = __webpack_require__(43998);
// EXTERNAL MODULE: ./src/fs/open-input.ts
var open_input = __webpack_require__(56318);
// EXTERNAL MODULE: ./src/zip/central-directory.ts
var central_directory = __webpack_require__(81752);
// EXTERNAL MODULE: ./src/zip/entry-data.ts + 1 modules
var entry_data = __webpack_require__(73452);
;// CONCATENATED MODULE: ./src/zip/verify.ts







const IN_MEMORY_LIMIT = 8 << 20;
const MAX_REPORTED = 50;
/**
 * Checks an archive completely: the central directory's safety rules, then every entry's data
 * decompressed and compared with its size and CRC-32. Reads run in parallel, in offset order;
 * large entries stream, so memory stays bounded.
 */
async function verifyZip(path, label = path, limits = safety/* DEFAULT_LIMITS */.dR) {
    const handle = await (0,open_input/* openInputFile */.H)(path, 'archive');
    try {
        const { size } = await handle.stat();
        const directory = await (0,central_directory/* readCentralDirectory */.H)(handle, size, label);
        const problems = (0,safety/* directoryProblems */.YF)(directory, limits);
        if (problems.length > 0)
            return { directory, problems };
        const entries = [...directory.entries].sort((a, b) => a.localOffset - b.localOffset);
        await (0,async_pool/* mapPool */.P)(entries, 8, async (entry) => {
            if (problems.length >= MAX_REPORTED || (0,safety/* isDirectory */.wd)(entry))
                return;
            try {
                if (entry.compressedSize <= IN_MEMORY_LIMIT && entry.size <= IN_MEMORY_LIMIT) {
                    await (0,entry_data/* readEntry */.h)(handle, entry, label);
                }
                else {
                    const stream = await (0,entry_data/* entryStream */.v)(handle, entry, label);
                    stream.resume();
                    await (0,promises_.finished)(stream);
                }
            }
            catch (error) {
                if (!(error instanceof errors/* ConfigurationError */.j1))
                    throw error;
                problems.push((0,errors/* errorMessage */.gJ)(error).replace(`${label}: `, ''));
            }
        });
        return { directory, problems };
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./src/mda/inspect.ts
var inspect = __webpack_require__(77700);
// EXTERNAL MODULE: ./src/mda/package-identity.ts
var package_identity = __webpack_require__(3767);
// EXTERNAL MODULE: ./src/mda/sha256-file.ts
var sha256_file = __webpack_require__(89180);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/hash/background-sha256.ts


// The worker's code is a string run with `eval`: a file of its own would have to be shipped next
// to the ncc bundle and found from both the sources (tests) and dist/, and it needs nothing but
// node:crypto. It hashes the slots it is told about, in the order it is told, and acknowledges each.
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const slots = workerData.map((shared) => new Uint8Array(shared))
let hash = createHash('sha256')
parentPort.on('message', (m) => {
  if (m.kind === 'update') {
    hash.update(slots[m.slot].subarray(0, m.length))
    parentPort.postMessage({ kind: 'hashed', slot: m.slot })
  } else if (m.kind === 'digest') {
    parentPort.postMessage({ kind: 'digest', hex: hash.digest('hex') })
    hash = createHash('sha256')
  } else if (m.kind === 'reset') {
    hash = createHash('sha256')
  }
})
`;
/**
 * SHA-256 computed on a worker thread, for a caller with other work for this thread meanwhile
 * (verifyPackage checks CRCs while the package is hashed). Bytes go through a few shared buffers
 * ("slots"): fill one, `update` it, and reuse it only after that update settled. Updates are
 * hashed in the order they are made. Registry downloads use HashingFileWriter instead: copying
 * into slots and writing from this thread measured slower there than hashing inline.
 */
class BackgroundSha256 {
    /** The slots, shared with the worker: whoever holds a slot index may fill its buffer. */
    slots;
    worker;
    hashed = new Map();
    digests = [];
    failure;
    constructor(slotCount, slotSize) {
        const shared = Array.from({ length: slotCount }, () => new SharedArrayBuffer(slotSize));
        this.slots = shared.map((memory) => Buffer.from(memory));
        this.worker = new external_node_worker_threads_.Worker(SOURCE, { eval: true, workerData: shared });
        this.worker.on('message', (reply) => this.answer(reply));
        this.worker.on('error', (error) => this.fail(error));
        this.worker.on('exit', (code) => this.fail(new Error(`it exited with code ${code}`)));
    }
    answer(reply) {
        if (reply.kind === 'hashed') {
            this.hashed.get(reply.slot)?.resolve();
            this.hashed.delete(reply.slot);
        }
        else {
            this.digests.shift()?.resolve(reply.hex);
        }
    }
    fail(cause) {
        this.failure ??= new errors/* OperationError */.OK(`the SHA-256 worker thread failed: ${cause.message}`, {
            cause
        });
        for (const waiter of [...this.hashed.values(), ...this.digests])
            waiter.reject(this.failure);
        this.hashed.clear();
        this.digests.length = 0;
    }
    /** Hashes the first `length` bytes of a slot next; settles when the slot may be filled again. */
    update(slot, length) {
        if (this.failure)
            return Promise.reject(this.failure);
        if (this.hashed.has(slot))
            throw new Error(`slot ${slot} is still being hashed`);
        return new Promise((resolve, reject) => {
            this.hashed.set(slot, { resolve, reject });
            this.worker.postMessage({ kind: 'update', slot, length });
        });
    }
    /** Hex SHA-256 of everything updated so far, after which the hash starts again from nothing. */
    digest() {
        if (this.failure)
            return Promise.reject(this.failure);
        return new Promise((resolve, reject) => {
            this.digests.push({ resolve, reject });
            this.worker.postMessage({ kind: 'digest' });
        });
    }
    /** Starts the hash again from nothing (updates made before still count toward the old one). */
    reset() {
        this.worker.postMessage({ kind: 'reset' });
    }
    /** Stops the worker; pending updates and digests fail. */
    async close() {
        this.worker.removeAllListeners('exit');
        this.fail(new Error('it was closed'));
        await this.worker.terminate();
    }
}

;// CONCATENATED MODULE: ./src/mda/sha256-off-thread.ts


const SLOT_SIZE = 1 << 20;
const SLOT_COUNT = 4;
/**
 * SHA-256 (hex) of a package file, hashed on a worker thread: for a caller with other work for
 * this thread meanwhile (verifyPackage checks every entry's CRC-32 while the file is hashed; on one
 * thread the two took 1.4 s + 0.6 s per GiB in series). The file is read straight into the
 * worker's shared slots, so no byte is copied twice. Anything but a regular file is refused unread.
 */
async function sha256FileOffThread(file) {
    const handle = await (0,open_input/* openInputFile */.H)(file, 'archive');
    const hash = new BackgroundSha256(SLOT_COUNT, SLOT_SIZE);
    try {
        const hashing = [];
        for (let slot = 0, position = 0;; slot = (slot + 1) % SLOT_COUNT) {
            // A slot is filled again only once the worker has hashed what it held.
            await hashing[slot];
            const { bytesRead } = await handle.read(hash.slots[slot], 0, SLOT_SIZE, position);
            if (bytesRead === 0)
                break;
            position += bytesRead;
            const update = hash.update(slot, bytesRead);
            // Awaited when the slot comes round again, or failed through digest() below.
            update.catch(() => undefined);
            hashing[slot] = update;
        }
        return await hash.digest();
    }
    finally {
        await hash.close();
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/mda/verify.ts







/**
 * Checks a package end to end: every entry's CRC-32, the safety rules (paths, links, duplicates,
 * encryption, bombs), an MDA's metadata.json, and the `.sha256` beside it when there is one.
 * Throws a ConfigurationError that lists every problem.
 */
async function verifyPackage(path, limits = safety/* DEFAULT_LIMITS */.dR) {
    // Hash while the entries are checked, but report what verifyZip finds first: a missing or
    // broken file gets its precise message rather than whichever read failed first.
    const hashing = sha256FileOffThread(path);
    hashing.catch(() => undefined);
    const { directory, problems } = await verifyZip(path, path, limits);
    const [sha256, recorded] = await Promise.all([hashing, (0,sha256_file.readSidecar)(path)]);
    if (recorded !== undefined && recorded !== sha256) {
        problems.push(`its SHA-256 is ${sha256}, but ${path}.sha256 records ${recorded}: the file changed after it was built`);
    }
    if (problems.length > 0) {
        const list = problems.map((p) => `  - ${p}`).join('\n');
        throw new errors/* ConfigurationError */.j1(`${path} failed verification (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${list}`);
    }
    const { metadata, manifest } = await (0,inspect.readPackageFacts)(path);
    (0,package_identity/* checkManifestIdentity */.a0)(path, manifest, metadata.modelVersion);
    return {
        path,
        entries: directory.entries.length,
        sha256,
        size: directory.fileSize,
        metadata,
        manifest
    };
}


/***/ }),

/***/ 21726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   currentActor: () => (/* binding */ currentActor),
/* harmony export */   publishPackage: () => (/* binding */ publishPackage)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _mda_package_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3767);
/* harmony import */ var _mda_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52084);
/* harmony import */ var _mda_verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82485);





/** Who is publishing: the workflow's actor, else the local user. */
function currentActor(env) {
    if (env['GITHUB_ACTOR'])
        return env['GITHUB_ACTOR'];
    try {
        return (0,node_os__WEBPACK_IMPORTED_MODULE_0__.userInfo)().username;
    }
    catch {
        return 'unknown';
    }
}
/**
 * Verifies a package completely (CRC, safety, `.sha256`), reads its manifest and metadata into a
 * record, and publishes it. Nothing is committed to the repository unless all of that passes.
 */
async function publishPackage(repository, file, options) {
    // Where the repository can hold bytes uncommitted, they go out while the package is verified;
    // only the publish of a verified package commits them, and every other way out drops them.
    const early = repository.beginUpload?.(file);
    try {
        return await verifyAndPublish(repository, file, options, early);
    }
    finally {
        await early?.cancel();
    }
}
async function verifyAndPublish(repository, file, options, early) {
    const verified = await (0,_mda_verify_js__WEBPACK_IMPORTED_MODULE_3__.verifyPackage)(file);
    const { manifest, metadata } = verified;
    const app = (0,_mda_package_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .checkAppName */ .XF)(packageApp(file, manifest?.app, options.app), 'app');
    const version = (0,_mda_package_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .checkPackageVersion */ .d$)(packageVersion(file, manifest?.version, metadata.modelVersion, options.version), 'package version');
    const record = {
        app,
        version,
        sha256: verified.sha256,
        size: verified.size,
        runtimeVersion: metadata.runtimeVersion,
        modelVersion: metadata.modelVersion ?? version,
        commit: manifest?.commit ?? null,
        branch: manifest?.branch ?? null,
        createdAt: (options.now ?? new Date()).toISOString(),
        createdBy: currentActor(options.env),
        stories: manifest?.stories ?? []
    };
    options.log.info(`publishing ${app} ${version} (sha256 ${verified.sha256}) to ${repository.uri}`);
    const result = await repository.publish({ file, record, early });
    options.log.info(result.created
        ? `published ${result.record.url}`
        : `${app} ${version} was already published with the same content; nothing changed`);
    return result;
}
/** The app a package is filed under: the one asked for, which a manifest must agree with. */
function packageApp(file, inManifest, asked) {
    if (asked)
        (0,_mda_package_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .checkAppName */ .XF)(asked, 'app');
    if (asked && inManifest && asked !== inManifest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${file} was built for app ${JSON.stringify(inManifest)}, but this publish is for app ${JSON.stringify(asked)} (--app or mxdeploy.yml's app): build it with this app's configuration, or publish it with --app ${inManifest}`);
    }
    const app = asked ?? inManifest;
    if (!app) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${file} has no mxdeploy build manifest naming its app: pass --app NAME (or set app: in mxdeploy.yml)`);
    }
    return app;
}
/**
 * The version a package is filed under: its manifest's, else its ModelVersion, else the one
 * asked for. Every version the package states must agree, or a deploy would report one version
 * while running another.
 */
function packageVersion(file, inManifest, modelVersion, asked) {
    // verifyPackage refused a manifest whose version disagrees with the ModelVersion.
    const stated = modelVersion && (0,_mda_version_js__WEBPACK_IMPORTED_MODULE_2__/* .isModelVersion */ .y3)(modelVersion) ? modelVersion : undefined;
    const own = inManifest ?? stated;
    if (asked && own && asked !== own) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${file} is version ${own}, not ${asked}: drop --version, or build the package with --version ${asked}`);
    }
    const version = own ?? asked;
    if (!version) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${file} carries no version (ModelVersion ${JSON.stringify(modelVersion ?? null)}, as Studio Pro writes when none is set): give the version to file it under with --version 1.2.0.15 (input version), or build it with mxdeploy build --version`);
    }
    return version;
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


/***/ })

};
