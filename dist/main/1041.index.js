export const id = 1041;
export const ids = [1041,2822,9453,4008];
export const modules = {

/***/ 94:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/github/access.ts
var access = __webpack_require__(38261);
// EXTERNAL MODULE: ./src/actions/shared/config.ts
var shared_config = __webpack_require__(58735);
// EXTERNAL MODULE: ./src/repository/publish-package.ts
var publish_package = __webpack_require__(21726);
// EXTERNAL MODULE: ./src/actions/shared/logger.ts
var logger = __webpack_require__(79453);
// EXTERNAL MODULE: ./src/actions/shared/runner-commands.ts
var runner_commands = __webpack_require__(72018);
;// CONCATENATED MODULE: ./src/actions/publish/constants.ts
/** Names of the publish action's inputs and outputs, as action.yml declares them. */
const Inputs = {
    MdaPath: 'mda-path',
    ArtifactName: 'artifact-name',
    Repository: 'repository',
    GitHubToken: 'github-token',
    Config: 'config',
    App: 'app',
    Version: 'version'
};
const Outputs = {
    PackageId: 'package-id',
    PackageUrl: 'package-url',
    Sha256: 'sha256',
    PackageVersion: 'package-version'
};

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/actions/shared/inputs.ts
var inputs = __webpack_require__(86612);
;// CONCATENATED MODULE: ./src/actions/publish/inputs.ts



/** The publish action's inputs; throws ConfigurationError on a bad value. */
function getInputs() {
    const path = (0,inputs/* getOptionalInput */.l)(Inputs.MdaPath);
    const artifact = (0,inputs/* getOptionalInput */.l)(Inputs.ArtifactName);
    if (!path && !artifact) {
        throw new errors/* ConfigurationError */.j1('nothing to publish: give mda-path (a built MDA) or artifact-name (the workflow artifact the build action uploaded in an earlier job)');
    }
    return {
        source: path ? { path } : { artifact: artifact ?? '' },
        repository: (0,inputs/* getOptionalInput */.l)(Inputs.Repository),
        githubToken: (0,inputs/* getOptionalInput */.l)(Inputs.GitHubToken),
        config: (0,inputs/* getOptionalInput */.l)(Inputs.Config),
        app: (0,inputs/* getOptionalInput */.l)(Inputs.App),
        version: (0,inputs/* getOptionalInput */.l)(Inputs.Version)
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/mda/sha256-file.ts
var sha256_file = __webpack_require__(89180);
;// CONCATENATED MODULE: ./src/actions/publish/package-source.ts





/** The package named by `mda-path`, relative to the workspace. */
function packageAtPath(cwd, path) {
    return { file: (0,external_node_path_.resolve)(cwd, path), cleanup: () => Promise.resolve() };
}
/**
 * The package a build job of this run uploaded as workflow artifact `name`, downloaded into the
 * runner's temp folder with its SHA-256 checked, and its `.sha256` written beside it.
 */
async function packageFromArtifact(name, env, log) {
    // Loaded only on this path: the artifact client costs start-up time.
    const { openArtifactRepository } = await __webpack_require__.e(/* import() */ 2171).then(__webpack_require__.bind(__webpack_require__, 44552));
    const artifacts = openArtifactRepository(name, env, 'stdout');
    const record = await artifacts.held();
    if (!record) {
        throw new errors/* ConfigurationError */.j1(`this workflow run has no artifact "${name}": build the package in an earlier job of the same run with the build action (upload-artifact: true, artifact-name: ${name}), or give mda-path`);
    }
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), 'mxdeploy-publish-'));
    const cleanup = () => (0,promises_.rm)(dir, { recursive: true, force: true });
    try {
        const file = (0,external_node_path_.join)(dir, `${record.app}_${record.version}.mda`);
        await artifacts.download(record.app, record.version, file);
        await (0,sha256_file.writeSidecar)(file, record.sha256);
        log.info(`took ${record.app} ${record.version} from artifact ${name} (sha256 ${record.sha256})`);
        return { file, cleanup };
    }
    catch (error) {
        await cleanup();
        throw error;
    }
}

// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
;// CONCATENATED MODULE: ./src/actions/publish/summary.ts

const SHOWN_STORIES = 20;
function commitCell(commit, links) {
    if (!commit)
        return 'unknown';
    if (!/^[0-9a-f]{7,64}$/.test(commit))
        return (0,text_escape/* markdownText */.p7)(commit, 80);
    const url = links.server && links.repository
        ? `${links.server}/${links.repository}/commit/${commit}`
        : undefined;
    return (0,text_escape/* markdownLink */.iQ)(commit.slice(0, 12), url);
}
/**
 * The job summary of a publish, as markdown: what was published where, with a link to it. Text
 * that comes from commits or users is escaped.
 */
function publishSummary(result, repository, links) {
    const { record } = result;
    const name = `${record.app} ${record.version}`;
    const title = result.created
        ? `Published ${(0,text_escape/* markdownText */.p7)(name)}`
        : `${(0,text_escape/* markdownText */.p7)(name)} was already published with the same content`;
    const file = `${record.app}_${record.version}.mda`;
    const stories = record.stories.slice(0, SHOWN_STORIES).map((id) => (0,text_escape/* markdownText */.p7)(id, 60));
    if (record.stories.length > SHOWN_STORIES) {
        stories.push(`… and ${record.stories.length - SHOWN_STORIES} more`);
    }
    const rows = [
        ['Package', (0,text_escape/* markdownLink */.iQ)(file, record.url)],
        ['Repository', (0,text_escape/* markdownText */.p7)(repository)],
        ['Version', (0,text_escape/* markdownText */.p7)(record.version)],
        ['SHA-256', `\`${record.sha256}\``],
        ['Size', `${record.size.toLocaleString('en-US')} bytes`],
        ['Runtime', (0,text_escape/* markdownText */.p7)(record.runtimeVersion, 40)],
        ['Commit', commitCell(record.commit, links)],
        ['Branch', record.branch ? (0,text_escape/* markdownText */.p7)(record.branch, 100) : 'unknown'],
        ['Stories', stories.length ? stories.join(', ') : 'none named']
    ];
    return [
        `### ${title}`,
        '',
        '| Fact | Value |',
        '| --- | --- |',
        ...rows.map(([fact, value]) => `| ${fact} | ${value} |`),
        ''
    ].join('\n');
}

// EXTERNAL MODULE: ./src/actions/shared/job.ts
var job = __webpack_require__(64242);
;// CONCATENATED MODULE: ./src/actions/publish/main.ts











/** The publish action: an MDA (a path or the build job's artifact) → the package repository. */
async function run() {
    for (const output of Object.values(Outputs))
        core.setOutput(output, '');
    try {
        const inputs = getInputs();
        const cwd = (0,shared_config.actionWorkspace)();
        const github = (0,access.githubAccess)(process.env, inputs.githubToken);
        const config = await (0,shared_config.optionalConfig)(cwd, inputs.config);
        const repository = await (0,job/* jobRepository */.g)(inputs.repository, config, github, cwd);
        const source = 'path' in inputs.source
            ? packageAtPath(cwd, inputs.source.path)
            : await packageFromArtifact(inputs.source.artifact, process.env, logger.actionLogger);
        try {
            const result = await (0,publish_package.publishPackage)(repository, source.file, {
                app: inputs.app ?? config?.app,
                version: inputs.version,
                env: process.env,
                log: logger.actionLogger
            });
            const { record } = result;
            core.setOutput(Outputs.PackageId, `${record.app}@${record.version}`);
            core.setOutput(Outputs.PackageUrl, record.url);
            core.setOutput(Outputs.Sha256, record.sha256);
            core.setOutput(Outputs.PackageVersion, record.version);
            core.summary.addRaw(publishSummary(result, repository.uri, {
                server: github.serverUrl,
                repository: github.repository
            }));
            await core.summary.write();
        }
        finally {
            await source.cleanup();
        }
    }
    catch (error) {
        (0,runner_commands/* failStep */.vy)(error);
    }
}


/***/ }),

/***/ 58735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionWorkspace: () => (/* binding */ actionWorkspace),
/* harmony export */   optionalConfig: () => (/* binding */ optionalConfig)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33198);
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72018);


/** An input's value, or undefined when it is empty or not given (never ''). */
function getOptionalInput(name) {
    const value = (0,_runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .readInput */ .R5)(name);
    return value === '' ? undefined : value;
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** A boolean input, strict as core.getBooleanInput (YAML 1.2 core schema), as a configuration error. */
function getBooleanInput(name) {
    const value = (0,_runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .readInput */ .R5)(name);
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input ${name} is "${value}"; use true or false`);
}


/***/ }),

/***/ 64242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ jobActivityLog),
/* harmony export */   g: () => (/* binding */ jobRepository)
/* harmony export */ });
/* harmony import */ var _activity_github_deployments_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39888);
/* harmony import */ var _app_repository_choice_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67311);
/* harmony import */ var _repository_open_repository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1673);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79453);




/**
 * The package repository of a job: the input, else mxdeploy.yml's, else github-release (the
 * rule of src/app/repository-choice.ts), opened with the step's GitHub access.
 */
async function jobRepository(given, config, github, cwd) {
    const uri = (0,_app_repository_choice_js__WEBPACK_IMPORTED_MODULE_3__/* .chooseRepository */ .Q)({ given, config, face: 'action', log: _logger_js__WEBPACK_IMPORTED_MODULE_2__.actionLogger });
    return (0,_repository_open_repository_js__WEBPACK_IMPORTED_MODULE_1__.openRepository)(uri, {
        cwd: config?.dir ?? cwd,
        env: process.env,
        github,
        storyPatterns: config?.traceability.patterns,
        log: _logger_js__WEBPACK_IMPORTED_MODULE_2__.actionLogger
    });
}
/**
 * The activity log of a job: the repository's GitHub deployments, one per operation, shown on
 * GitHub's own deployment for the job when the job has `environment:`. `checkRunId` is the job's
 * `job.check_run_id` where GitHub gives it; without it the run identifies the job's deployment.
 */
function jobActivityLog(octokit, context, config, checkRunId) {
    return new _activity_github_deployments_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubDeploymentsLog */ .o({
        octokit,
        owner: context.owner,
        repo: context.repo,
        fallbackRef: context.sha,
        runId: context.runId,
        ...(context.runId
            ? { job: { runId: context.runId, ...(checkRunId ? { checkRunId } : {}) } }
            : {}),
        isProduction: (name) => config.environments.find((e) => e.name === name)?.production ?? false,
        log: _logger_js__WEBPACK_IMPORTED_MODULE_2__.actionLogger
    });
}


/***/ }),

/***/ 79453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionLogger: () => (/* binding */ actionLogger)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _progress_choose_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57540);
/* harmony import */ var _progress_plain_progress_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90775);
/* harmony import */ var _progress_progress_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38864);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76670);





function properties(where) {
    if (!where)
        return {};
    return {
        ...(where.file ? { file: where.file } : {}),
        ...(where.line ? { startLine: where.line } : {}),
        ...(where.column ? { startColumn: where.column } : {}),
        ...(where.title ? { title: where.title } : {})
    };
}
/** The domain's logger as workflow commands: log lines, annotations and masks. */
const actionLogger = {
    info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.info((0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactCredentials */ .U)(message)),
    warning: (message, where) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning((0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactCredentials */ .U)(message), properties(where)),
    error: (message, where) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.error((0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactCredentials */ .U)(message), properties(where)),
    secret: (value) => {
        if (value)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.setSecret(value);
    },
    // A job log cannot redraw a line: a plain line every ten seconds while long work lasts.
    progress: new _progress_plain_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .PlainProgress */ .E((line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.info((0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactCredentials */ .U)(line)), _progress_progress_js__WEBPACK_IMPORTED_MODULE_3__/* .systemClock */ .ml, (0,_progress_choose_js__WEBPACK_IMPORTED_MODULE_1__/* .plainInterval */ .O)(process.env))
};


/***/ }),

/***/ 53995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ finishedRecord)
/* harmony export */ });
/** The full record of a finished operation: its start, outcome and merged details. */
function finishedRecord(open, outcome, extraDetails) {
    const details = { ...open.start.details, ...outcome.details, ...extraDetails };
    return {
        ...open.start,
        result: outcome.result,
        error: outcome.error,
        durationMs: outcome.durationMs,
        ...(Object.keys(details).length > 0 ? { details } : {})
    };
}


/***/ }),

/***/ 43998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ mapPool)
/* harmony export */ });
/**
 * Runs `work` over `items` with at most `limit` calls in flight, and resolves with the results in
 * item order. Every call runs to the end even when one fails; then the first failure is thrown.
 */
async function mapPool(items, limit, work) {
    const results = new Array(items.length);
    const failures = [];
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            try {
                results[index] = await work(items[index], index);
            }
            catch (error) {
                failures.push(error);
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    if (failures.length > 0)
        throw failures[0];
    return results;
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

/***/ 77700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspectPackage: () => (/* binding */ inspectPackage),
/* harmony export */   readPackageFacts: () => (/* binding */ readPackageFacts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/* harmony import */ var _fs_open_input_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56318);
/* harmony import */ var _zip_central_directory_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81752);
/* harmony import */ var _zip_entry_data_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73452);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73839);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1143);
/* harmony import */ var _sha256_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89180);







/** Reads a package's central directory and metadata.json, which every MDA must have. */
async function readPackageFacts(path) {
    const handle = await (0,_fs_open_input_js__WEBPACK_IMPORTED_MODULE_0__/* .openInputFile */ .H)(path, 'package');
    try {
        const { size } = await handle.stat();
        const directory = await (0,_zip_central_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .readCentralDirectory */ .H)(handle, size, path);
        const entry = directory.entries.find((e) => e.name === _metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .METADATA_PATH */ .GN);
        if (!entry) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`${path} is not an MDA: it has no ${_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .METADATA_PATH */ .GN}`);
        }
        if (entry.size > 64 << 20)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`${path}: ${_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .METADATA_PATH */ .GN} is implausibly large (${entry.size} bytes)`);
        const metadata = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .parseMetadata */ .jR)(await (0,_zip_entry_data_js__WEBPACK_IMPORTED_MODULE_2__/* .readEntry */ .h)(handle, entry, path), `${path}!${_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .METADATA_PATH */ .GN}`);
        return { directory, metadata, manifest: (0,_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeManifest */ .MK)(directory.comment) ?? null };
    }
    finally {
        await handle.close();
    }
}
/**
 * What a package holds, from its central directory and metadata.json alone: a handful of reads
 * whatever the package's size.
 */
async function inspectPackage(path) {
    const { directory, metadata, manifest } = await readPackageFacts(path);
    let uncompressedBytes = 0;
    let compressedBytes = 0;
    for (const entry of directory.entries) {
        uncompressedBytes += entry.size;
        compressedBytes += entry.compressedSize;
    }
    return {
        path,
        size: directory.fileSize,
        sha256: (await (0,_sha256_file_js__WEBPACK_IMPORTED_MODULE_3__.readSidecar)(path)) ?? null,
        entries: directory.entries.length,
        uncompressedBytes,
        compressedBytes,
        manifest,
        metadata
    };
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

/***/ 57540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ plainInterval),
  L: () => (/* binding */ progressFor)
});

// EXTERNAL MODULE: ./src/progress/plain-progress.ts
var plain_progress = __webpack_require__(90775);
// EXTERNAL MODULE: ./src/progress/progress.ts
var progress = __webpack_require__(38864);
// EXTERNAL MODULE: ./src/progress/progress-text.ts
var progress_text = __webpack_require__(13778);
// EXTERNAL MODULE: ./src/progress/rate.ts
var rate = __webpack_require__(30773);
;// CONCATENATED MODULE: ./src/progress/terminal-progress.ts



/** Redraws at most this often: a terminal cannot show more, and each redraw costs a write. */
const REDRAW_MS = 100;
// Back to the start of the line, and erase from the cursor to its end.
const HOME = '\r';
const ERASE = '\u001b[K';
/**
 * Progress on a terminal: one line, redrawn in place (bytes, percent, rate, time left), ended
 * with a newline when the work ends. Log lines go through `printLine`, which clears the
 * progress line, prints above it and draws it again, so the two never mix.
 */
class TerminalProgress {
    stream;
    clock;
    current;
    /** A progress line is on the screen, without a newline after it. */
    onScreen = false;
    constructor(stream, clock = progress/* systemClock */.ml) {
        this.stream = stream;
        this.clock = clock;
    }
    start(label, total) {
        const shown = { label, total, done: 0, meter: new rate/* RateMeter */.U(), drawnAt: undefined };
        const set = (done) => {
            shown.done = done;
            const now = this.clock.now();
            shown.meter.add(now, done);
            this.current = shown;
            if (shown.drawnAt === undefined || now - shown.drawnAt >= REDRAW_MS)
                this.draw(shown, now);
        };
        let ended = false;
        return {
            update: (done) => set(done),
            advance: (bytes) => set(shown.done + bytes),
            end: () => {
                if (ended)
                    return;
                ended = true;
                if (this.current !== shown)
                    return;
                if (shown.drawnAt !== undefined)
                    this.draw(shown, this.clock.now());
                if (this.onScreen)
                    this.stream.write('\n');
                this.onScreen = false;
                this.current = undefined;
            }
        };
    }
    /** Writes a line of text (a log message) above the progress line. */
    printLine(text) {
        if (this.onScreen)
            this.stream.write(`${HOME}${ERASE}`);
        this.stream.write(text.endsWith('\n') ? text : `${text}\n`);
        this.onScreen = false;
        if (this.current?.drawnAt !== undefined)
            this.draw(this.current, this.clock.now());
    }
    draw(shown, now) {
        // A terminal that does not tell its width (0 or none) is taken to be 80 wide.
        const columns = this.stream.columns !== undefined && this.stream.columns > 0 ? this.stream.columns : 80;
        const width = Math.max(20, columns - 1);
        let line = (0,progress_text/* progressText */.l_)({ ...shown, rate: shown.meter.rate() });
        if (line.length > width)
            line = `${line.slice(0, width - 1)}…`;
        this.stream.write(`${HOME}${line}${ERASE}`);
        this.onScreen = true;
        shown.drawnAt = now;
    }
}

// EXTERNAL MODULE: ./src/progress/terminal.ts
var progress_terminal = __webpack_require__(40335);
;// CONCATENATED MODULE: ./src/progress/choose.ts




/**
 * How often plain lines are written: MXDEPLOY_PROGRESS_SECONDS (a log that wants fewer or more
 * lines), else every ten seconds.
 */
function plainInterval(env) {
    const text = env['MXDEPLOY_PROGRESS_SECONDS'];
    const seconds = text !== undefined && /^\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
    return seconds !== undefined ? seconds * 1000 : plain_progress/* PLAIN_INTERVAL_MS */.C;
}
/**
 * Progress for a stream: nothing with `quiet`; plain lines every ten seconds in GitHub Actions,
 * into a pipe or a file, or with NO_COLOR; one updating line on a terminal.
 */
function progressFor(stream, env, options = {}) {
    const clock = options.clock ?? progress/* systemClock */.ml;
    const plainLine = (text) => {
        stream.write(text.endsWith('\n') ? text : `${text}\n`);
    };
    if (options.quiet)
        return { reporter: progress/* silentProgress */.RZ, printLine: plainLine };
    if (env['GITHUB_ACTIONS'] === 'true' || !(0,progress_terminal/* controlSequencesAllowed */.C)(stream, env)) {
        return {
            reporter: new plain_progress/* PlainProgress */.E(plainLine, clock, plainInterval(env)),
            printLine: plainLine
        };
    }
    const terminal = new TerminalProgress(stream, clock);
    return { reporter: terminal, printLine: (text) => terminal.printLine(text) };
}


/***/ }),

/***/ 90775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ PLAIN_INTERVAL_MS),
/* harmony export */   E: () => (/* binding */ PlainProgress)
/* harmony export */ });
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38864);
/* harmony import */ var _progress_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13778);
/* harmony import */ var _rate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30773);



/** How often a line is written where lines cannot be redrawn: a log, not a flood. */
const PLAIN_INTERVAL_MS = 10_000;
/**
 * Progress where lines cannot be redrawn (GitHub Actions logs, pipes, files): a plain line every
 * ten seconds while the work lasts, and one when it ends if any was written. Work that ends
 * sooner writes nothing. No control characters.
 */
class PlainProgress {
    writeLine;
    clock;
    intervalMs;
    constructor(writeLine, clock = _progress_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .ml, intervalMs = PLAIN_INTERVAL_MS) {
        this.writeLine = writeLine;
        this.clock = clock;
        this.intervalMs = intervalMs;
    }
    start(label, total) {
        const meter = new _rate_js__WEBPACK_IMPORTED_MODULE_1__/* .RateMeter */ .U();
        let done = 0;
        let last = this.clock.now();
        let wrote = false;
        let ended = false;
        const line = () => (0,_progress_text_js__WEBPACK_IMPORTED_MODULE_2__/* .progressText */ .l_)({ label, done, total, rate: meter.rate() });
        const set = (value) => {
            done = value;
            const now = this.clock.now();
            meter.add(now, done);
            if (now - last >= this.intervalMs) {
                this.writeLine(line());
                last = now;
                wrote = true;
            }
        };
        meter.add(last, 0);
        return {
            update: (value) => set(value),
            advance: (bytes) => set(done + bytes),
            end: () => {
                if (ended)
                    return;
                ended = true;
                if (wrote)
                    this.writeLine(line());
            }
        };
    }
}


/***/ }),

/***/ 13778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l_: () => (/* binding */ progressText)
/* harmony export */ });
/* unused harmony export formatSeconds */
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1080);
// How progress reads: `uploading hello.mda  123 MB of 370 MB (33%), 45.6 MB/s, 6 s left`.


/** Seconds as a short duration: 5 s, 2 min 5 s, 1 h 3 min. */
function formatSeconds(seconds) {
    const s = Math.max(0, Math.round(seconds));
    if (s < 60)
        return `${s} s`;
    if (s < 3600)
        return s % 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s / 60} min`;
    const minutes = Math.round(s / 60);
    return minutes % 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes / 60} h`;
}
/** One line of progress: what, how much of how much, the rate, and the time left when known. */
function progressText({ label, done, total, rate }) {
    const parts = [];
    if (total !== undefined && total > 0) {
        const shown = Math.min(done, total);
        const percent = Math.floor((shown / total) * 100);
        parts.push(`${(0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(shown)} of ${(0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(total)} (${percent}%)`);
    }
    else {
        parts.push((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(done));
    }
    if (rate !== undefined && rate > 0) {
        parts.push(`${(0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(rate)}/s`);
        if (total !== undefined && total > done)
            parts.push(`${formatSeconds((total - done) / rate)} left`);
    }
    // A file name with a control character in it must not move the cursor.
    // eslint-disable-next-line no-control-regex
    return `${label.replace(/[\u0000-\u001f\u007f-\u009f]/g, '')}  ${parts.join(', ')}`;
}


/***/ }),

/***/ 38864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E0: () => (/* binding */ withProgress),
/* harmony export */   RZ: () => (/* binding */ silentProgress),
/* harmony export */   ml: () => (/* binding */ systemClock)
/* harmony export */ });
/* unused harmony export startProgress */
/**
 * Progress of long work (packing, uploads, downloads) as the domain reports it, without knowing
 * who shows it: a terminal's updating line, a plain line every few seconds in a log, or nothing.
 */
const systemClock = { now: () => Date.now() };
const IGNORED = {
    update: () => undefined,
    advance: () => undefined,
    end: () => undefined
};
/** Shows nothing: `--quiet`, and code that was given no reporter. */
const silentProgress = { start: () => IGNORED };
/** A task of `reporter`, or one that shows nothing when there is none. */
function startProgress(reporter, label, total) {
    return reporter ? reporter.start(label, total) : IGNORED;
}
/** Runs `work` with a task that ends when the work does, whether it succeeds or fails. */
async function withProgress(reporter, label, total, work) {
    const task = startProgress(reporter, label, total);
    try {
        return await work(task);
    }
    finally {
        task.end();
    }
}


/***/ }),

/***/ 30773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ RateMeter)
/* harmony export */ });
/** How far back the rate looks: long enough to be steady, short enough to follow a change. */
const WINDOW_MS = 5_000;
/**
 * Bytes per second over the last few seconds, from samples of (time, bytes done). A count that
 * goes back (a resumed upload) starts the measurement again.
 */
class RateMeter {
    samples = [];
    add(at, done) {
        const last = this.samples.at(-1);
        if (last && done < last.done)
            this.samples = [];
        this.samples.push({ at, done });
        while (this.samples.length > 2 && at - this.samples[1].at >= WINDOW_MS)
            this.samples.shift();
    }
    /** Bytes per second; undefined until the samples span some time. */
    rate() {
        const first = this.samples[0];
        const last = this.samples.at(-1);
        if (!first || !last || last.at - first.at < 250)
            return undefined;
        return ((last.done - first.done) * 1000) / (last.at - first.at);
    }
}


/***/ }),

/***/ 40335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ controlSequencesAllowed)
/* harmony export */ });
/**
 * Whether colours and cursor control may go to a stream: a terminal, and the reader has not asked
 * for plain text (NO_COLOR set and not empty, see no-color.org; TERM=dumb).
 */
function controlSequencesAllowed(stream, env) {
    if (stream.isTTY !== true)
        return false;
    if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '')
        return false;
    return env['TERM'] !== 'dumb';
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


/***/ }),

/***/ 1080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Byte counts as people read them: 1.2 MB, 980 kB (powers of 1000, as disks and networks count). */
function formatBytes(bytes) {
    if (bytes < 1000)
        return `${Math.max(0, Math.round(bytes))} B`;
    const units = ['kB', 'MB', 'GB', 'TB'];
    let value = bytes;
    let unit = -1;
    while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit++;
    }
    return `${value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)} ${units[unit]}`;
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

/***/ 31015:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ RequestError)
/* harmony export */ });
class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}



/***/ })

};
