export const id = 9635;
export const ids = [9635];
export const modules = {

/***/ 59635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uploadFiles: () => (/* binding */ uploadFiles)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _repository_artifact_artifact_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15937);


/**
 * Uploads files as one workflow artifact. `@actions/artifact` is loaded only here: it adds
 * 150–270 ms to start-up, which actions that don't upload should not pay.
 */
async function uploadFiles(name, files, env) {
    (0,_repository_artifact_artifact_client_js__WEBPACK_IMPORTED_MODULE_1__/* .requireArtifactRuntime */ ._n)(env, 'set upload-artifact to false');
    return (0,_repository_artifact_artifact_client_js__WEBPACK_IMPORTED_MODULE_1__/* .withArtifactClient */ .kj)(env, 'stdout', async (lib) => {
        const client = new lib.DefaultArtifactClient();
        try {
            const result = await client.uploadArtifact(name, files, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(files[0]), {});
            return { id: result.id, size: result.size };
        }
        catch (error) {
            throw (0,_repository_artifact_artifact_client_js__WEBPACK_IMPORTED_MODULE_1__/* .artifactFailure */ .DQ)(lib, error, `uploading artifact ${name}`);
        }
    });
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
    library ??= Promise.all(/* import() */[__webpack_require__.e(3838), __webpack_require__.e(4101), __webpack_require__.e(7824), __webpack_require__.e(4337)]).then(__webpack_require__.bind(__webpack_require__, 24337));
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


/***/ })

};
