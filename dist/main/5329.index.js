export const id = 5329;
export const ids = [5329];
export const modules = {

/***/ 21903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ findEnvironment)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** The environment of a name, or a ConfigurationError listing the names there are. */
function findEnvironment(config, name) {
    const environment = config.environments.find((env) => env.name === name);
    if (!environment) {
        const known = config.environments.map((env) => env.name);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`unknown environment "${name}"${config.file ? ` in ${config.file}` : ''}; the environments are: ${known.join(', ') || '(none)'}`);
    }
    return environment;
}


/***/ }),

/***/ 4096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ parseBody),
/* harmony export */   l: () => (/* binding */ bufferedExchange)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Sends one request and reads its answer whole (bounded). Network faults become the caller's
 * error, naming the host and what the call was for, so retries can tell them from answers.
 */
function bufferedExchange(request) {
    const { url, body, what, networkError } = request;
    return new Promise((resolve, reject) => {
        // The timeout's own error passes through the request's error event as it is.
        const ours = new WeakSet();
        const send = url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
        const req = send(url, { method: request.method, headers: request.headers }, (res) => {
            const chunks = [];
            let size = 0;
            res.on('data', (chunk) => {
                size += chunk.length;
                if (size <= request.maxBody)
                    chunks.push(chunk);
            });
            res.on('end', () => resolve({
                status: res.statusCode ?? 0,
                headers: res.headers,
                text: Buffer.concat(chunks).toString('utf8')
            }));
            res.on('error', (error) => reject(networkError(`${what}: the answer from ${url.host} was cut off: ${error.message}`, error)));
        });
        req.setTimeout(request.timeoutMs, () => {
            const timeout = networkError(`${what}: ${url.host} did not answer within ${(request.timeoutMs / 1000).toFixed(1)} s`);
            ours.add(timeout);
            req.destroy(timeout);
        });
        req.on('error', (error) => reject(ours.has(error)
            ? error
            : networkError(`${what}: cannot reach ${url.host}: ${error.message}`, error)));
        if (body && !Buffer.isBuffer(body)) {
            (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(body.open(), req).catch((error) => req.destroy(error instanceof Error ? error : new Error(String(error))));
        }
        else {
            req.end(body);
        }
    });
}
/** An answer's body as JSON, text when it is not JSON, null when empty. */
function parseBody(text) {
    const trimmed = text.trim();
    if (!trimmed)
        return null;
    try {
        return JSON.parse(trimmed);
    }
    catch {
        return trimmed;
    }
}


/***/ }),

/***/ 37158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VU: () => (/* binding */ DEFAULT_BACKOFF),
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   dQ: () => (/* binding */ realClock),
/* harmony export */   g3: () => (/* binding */ pollUntil),
/* harmony export */   t5: () => (/* binding */ PollTimeoutError)
/* harmony export */ });
/* unused harmony export backoffDelays */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


const DEFAULT_BACKOFF = { initialMs: 250, maxMs: 10_000 };
const realClock = {
    now: () => Date.now(),
    sleep: (ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms).then(() => undefined)
};
/** The waits between polls: initial, doubled each time, never above the cap. */
function* backoffDelays(backoff) {
    let delay = backoff.initialMs;
    for (;;) {
        yield delay;
        delay = Math.min(delay * 2, backoff.maxMs);
    }
}
/** A wait that ran out of time; says what was awaited and its last status. */
class PollTimeoutError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK {
    lastStatus;
    name = 'PollTimeoutError';
    constructor(message, lastStatus) {
        super(message);
        this.lastStatus = lastStatus;
    }
}
/** `0.4 s` below ten seconds, whole seconds above. */
function seconds(ms) {
    return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}
/**
 * Calls `check` until it is done or the time is up, waiting by the backoff between calls, and
 * logs a progress line whenever the status changes (and every `progressEveryMs` when it does not).
 */
async function pollUntil(options) {
    const { clock, log } = options;
    const started = clock.now();
    const deadline = started + options.timeoutMs;
    const everyMs = options.progressEveryMs ?? 30_000;
    const delays = backoffDelays(options.backoff);
    let lastStatus = 'not answered yet';
    let reported;
    for (;;) {
        let result;
        try {
            result = await options.check();
        }
        catch (error) {
            if (!options.isTransient(error))
                throw error;
            result = { done: false, status: `no answer (${error.message})` };
        }
        if (result.done)
            return result.value;
        lastStatus = result.status;
        const now = clock.now();
        if (!reported || reported.status !== result.status || now - reported.at >= everyMs) {
            log.info(`  ${options.what}: ${result.status} (${seconds(now - started)})`);
            reported = { status: result.status, at: now };
        }
        if (now >= deadline) {
            throw new PollTimeoutError(`${options.what} was still ${lastStatus} after ${seconds(now - started)}, the time allowed`, lastStatus);
        }
        await clock.sleep(Math.min(delays.next().value, Math.max(0, deadline - now)));
    }
}


/***/ }),

/***/ 95080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ modePath),
/* harmony export */   Gx: () => (/* binding */ minutes),
/* harmony export */   PZ: () => (/* binding */ v1Url),
/* harmony export */   oK: () => (/* binding */ v2Url)
/* harmony export */ });
/** A Deploy API v1 URL of the app: `/api/1/apps/<AppId><path>`. */
function v1Url(context, path = '') {
    return `${context.deployApiUrl}/api/1/apps/${encodeURIComponent(context.appId)}${path}`;
}
/** A Deploy API v2 URL of the app: `/api/v2/apps/<AppId><path>`. */
function v2Url(context, path = '') {
    return `${context.deployApiUrl}/api/v2/apps/${encodeURIComponent(context.appId)}${path}`;
}
/** The path segment of an environment's Mode. */
function modePath(mode) {
    return `/environments/${encodeURIComponent(mode)}`;
}
/** Minutes of the configuration as milliseconds. */
function minutes(value) {
    return Math.round(value * 60_000);
}


/***/ }),

/***/ 6336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I$: () => (/* binding */ errorFor),
/* harmony export */   tF: () => (/* binding */ apiFailure)
/* harmony export */ });
/* unused harmony exports MendixApiError, MendixAccessError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** A call Mendix answered with an error (exit 1). */
class MendixApiError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK {
    status;
    code;
    detail;
    name = 'MendixApiError';
    constructor(message, status, code, detail) {
        super(message);
        this.status = status;
        this.code = code;
        this.detail = detail;
    }
}
/**
 * A call refused for the user to fix: credentials, a missing right, an app or environment that
 * does not exist, a runtime version the environment does not take (exit 2).
 */
class MendixAccessError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    status;
    code;
    detail;
    name = 'MendixAccessError';
    constructor(message, status, code, detail) {
        super(message);
        this.status = status;
        this.code = code;
        this.detail = detail;
    }
}
/** The status, code and message of an API error, or undefined for anything else. */
function apiFailure(error) {
    return error instanceof MendixApiError || error instanceof MendixAccessError ? error : undefined;
}
/** What the documented error codes mean for the person reading the log, and how to fix them. */
const EXPLAINED = {
    TRANSPORT_NOT_ALLOWED: 'the Mendix user has no Transport Rights for this environment: ask the Technical Contact to grant Transport Rights and API Rights on the app’s Environments → Permissions tab',
    APP_IS_RUNNING: 'the environment must be stopped before a package is transported to it',
    'NOT ALLOWED': 'Mendix Cloud could not process the package (MDA processing failed): build it again and stage the new package',
    INVALID_RUNTIME_VERSION: 'the environment does not support the package’s Mendix version: build the app with a Mendix version the environment supports',
    PACKAGE_PARSE_FAILED: 'Mendix Cloud could not read the deployment package: build it again',
    MISSING_CONSTANT: 'one or more constants have no value: set them under constants: of the environment in mxdeploy.yml, or in the Portal’s Model Options',
    INVALID_DB_STRUCTURE: 'the database is out of sync with the model and was not synchronized: start the environment from the Portal to review the database changes',
    DB_SYNC_FAILED: 'synchronizing the database with the model failed: read the environment’s log in the Portal',
    INSECURE_ADMIN_PASSWORD: 'a user with the administrator role has the password "1", which Mendix Cloud refuses: change the admin password in the Portal (Environments → Details → Change Admin Password)',
    NO_MDA_HAS_BEEN_DEPLOYED: 'nothing has been deployed to this environment yet: stage a package to it first (mxdeploy stage)',
    NO_PACKAGE: 'the environment has no package: stage a package to it first (mxdeploy stage)',
    STARTUP_ACTION_FAILED: 'the app’s after-startup microflow failed: read the environment’s log in the Portal',
    START_FAILED: 'the app did not start: read the environment’s log in the Portal',
    ALREADY_LOCKED: 'another operation holds the environment: wait until it has finished and try again',
    APP_ALREADY_HAS_A_STARTING_JOB: 'the environment is already being started: wait until it has finished and try again',
    STOP_FAILED: 'Mendix Cloud could not stop the app',
    UPLOAD_COPY_FAILED: 'Mendix Cloud could not store the package: try again later',
    INVALID_PACKAGE: 'Mendix Cloud could not process the package: build it again',
    CONSTANT_NOT_FOUND: 'the environment has no such constant: the package transported to it does not define it',
    SCHEDULED_EVENT_NOT_FOUND: 'the environment has no such scheduled event: the package transported to it does not define it',
    INVALID_SCHEDULED_EVENT_PARAMETER: 'a scheduled event must be Enabled or Disabled',
    ENVIRONMENT_BUSY: 'the environment is busy: try again later',
    INVALID_STATE: 'a maintenance action is in progress on the environment: wait until it has finished',
    APP_NOT_FOUND: 'Mendix Cloud has no app with this app-id (the subdomain of the app’s URL)',
    INVALID_APPID: 'the app-id is not valid: use the subdomain of the app’s URL',
    ENVIRONMENT_NOT_FOUND: 'the app has no such environment',
    PACKAGE_NOT_FOUND: 'Mendix Cloud does not know the package'
};
/** Codes that mean the configuration or the user's rights must change; nothing was done. */
const USER_FIXES = new Set([
    'TRANSPORT_NOT_ALLOWED',
    'NO_ACCESS',
    'INVALID_RUNTIME_VERSION',
    'APP_NOT_FOUND',
    'INVALID_APPID',
    'ENVIRONMENT_NOT_FOUND',
    'NO_MDA_HAS_BEEN_DEPLOYED',
    'NO_PACKAGE'
]);
function accessHint(status, context) {
    if (status === 401) {
        return context.auth === 'pat'
            ? 'Mendix did not accept MENDIX_PAT: create a personal access token with the mx:deployment:read scope (mx:deployment:write to change things) in Mendix Profile → Personal Access Tokens'
            : 'Mendix did not accept MENDIX_USERNAME and MENDIX_API_KEY: use your Mendix login name and an API key from Mendix Profile → API Keys';
    }
    if (context.auth === 'pat') {
        return 'the personal access token is not accepted for this app: check that MENDIX_PAT has the mx:deployment:read scope and that its user is a member of the app';
    }
    const right = context.right ?? 'API Rights';
    const both = right === 'API Rights' ? 'API Rights' : `${right} and API Rights`;
    return `the Mendix user lacks ${both} for this environment: ask the app’s Technical Contact to grant ${both} on the app’s Environments → Permissions tab`;
}
/** The error to throw for a failed call: what was done, the code, and what it means. */
function errorFor(status, code, detail, context) {
    const said = `${code ? `${code}: ` : ''}${detail || `HTTP ${status}`}`;
    const explained = code ? EXPLAINED[code] : undefined;
    if (status === 401 || (status === 403 && !explained)) {
        const message = `${context.what} was refused (${status} ${said}): ${accessHint(status, context)}`;
        return new MendixAccessError(message, status, code, detail);
    }
    const message = `${context.what} failed with ${said}${explained ? ` (${explained})` : ''}`;
    return code && USER_FIXES.has(code)
        ? new MendixAccessError(message, status, code, detail)
        : new MendixApiError(message, status, code, detail);
}


/***/ }),

/***/ 2496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N1: () => (/* binding */ anyAuth),
/* harmony export */   cn: () => (/* binding */ patAuth),
/* harmony export */   wb: () => (/* binding */ apiKeyAuth)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

const API_KEY_HELP = 'the Deploy API needs MENDIX_USERNAME (your Mendix login name) and MENDIX_API_KEY (an API key from Mendix Profile → API Keys; in GitHub Actions, a secret)';
/** The API key credentials from the environment, masked in the log; a ConfigurationError naming what is missing. */
function apiKeyAuth(env, log) {
    const username = env['MENDIX_USERNAME']?.trim();
    const apiKey = env['MENDIX_API_KEY']?.trim();
    const missing = [...(username ? [] : ['MENDIX_USERNAME']), ...(apiKey ? [] : ['MENDIX_API_KEY'])];
    if (missing.length > 0 || !username || !apiKey) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set: ${API_KEY_HELP}`);
    }
    log.secret(apiKey);
    return { kind: 'api-key', username, apiKey };
}
/** The personal access token from MENDIX_PAT, masked in the log, or undefined. */
function patAuth(env, log) {
    const token = env['MENDIX_PAT']?.trim();
    if (!token)
        return undefined;
    log.secret(token);
    return { kind: 'pat', token };
}
/** Whichever credentials are set, preferring the API key (v1) when both are. */
function anyAuth(env, log) {
    if (env['MENDIX_API_KEY']?.trim() || env['MENDIX_USERNAME']?.trim())
        return apiKeyAuth(env, log);
    const pat = patAuth(env, log);
    if (pat)
        return pat;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`no Mendix credentials: set MENDIX_USERNAME and MENDIX_API_KEY (Deploy API v1, an API key from Mendix Profile → API Keys) or MENDIX_PAT (Deploy API v4, a personal access token with the mx:deployment:read scope)`);
}


/***/ }),

/***/ 74:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ad: () => (/* binding */ listPackages),
/* harmony export */   DO: () => (/* binding */ listEnvironments),
/* harmony export */   Sx: () => (/* binding */ getApp),
/* harmony export */   g9: () => (/* binding */ resolveEnvironment),
/* harmony export */   uc: () => (/* binding */ getEnvironment),
/* harmony export */   z5: () => (/* binding */ deployedPackage)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _api_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95080);


const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The app: its ProjectId is what the Backups API v2 names it by. */
function getApp(context) {
    return context.http.json({
        method: 'GET',
        url: (0,_api_context_js__WEBPACK_IMPORTED_MODULE_0__/* .v1Url */ .PZ)(context),
        what: `reading app ${context.appId}`
    });
}
/** Every environment of the app. */
function listEnvironments(context) {
    return context.http.json({
        method: 'GET',
        url: (0,_api_context_js__WEBPACK_IMPORTED_MODULE_0__/* .v1Url */ .PZ)(context, '/environments'),
        what: `listing the environments of app ${context.appId}`
    });
}
/** One environment by its Mode. */
function getEnvironment(context, mode) {
    return context.http.json({
        method: 'GET',
        url: (0,_api_context_js__WEBPACK_IMPORTED_MODULE_0__/* .v1Url */ .PZ)(context, (0,_api_context_js__WEBPACK_IMPORTED_MODULE_0__/* .modePath */ .$T)(mode)),
        what: `reading environment ${mode} of app ${context.appId}`
    });
}
/**
 * The environment a target names: by Mode (any case, as people write `acceptance`) or by its
 * environment ID. A ConfigurationError lists the environments there are.
 */
async function resolveEnvironment(context, wanted) {
    const environments = await listEnvironments(context);
    const found = UUID.test(wanted)
        ? environments.find((env) => env.EnvironmentId.toLowerCase() === wanted.toLowerCase())
        : (environments.find((env) => env.Mode === wanted) ??
            environments.find((env) => env.Mode.toLowerCase() === wanted.toLowerCase()));
    if (!found) {
        const known = environments.map((env) => env.Mode).join(', ') || '(none)';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`app ${context.appId} has no Mendix Cloud environment "${wanted}"; its environments are: ${known} (set environment: in the target to one of them)`);
    }
    return found;
}
/** The package transported to the environment, or undefined when there is none. */
async function deployedPackage(context, mode) {
    const response = await context.http.send({
        method: 'GET',
        url: (0,_api_context_js__WEBPACK_IMPORTED_MODULE_0__/* .v1Url */ .PZ)(context, `${(0,_api_context_js__WEBPACK_IMPORTED_MODULE_0__/* .modePath */ .$T)(mode)}/package`),
        what: `reading the package of ${mode}`,
        accept: [404]
    });
    return response.status === 404 ? undefined : response.body;
}
/** Every deployment package of the app (Build API). */
function listPackages(context) {
    return context.http.json({
        method: 'GET',
        url: (0,_api_context_js__WEBPACK_IMPORTED_MODULE_0__/* .v1Url */ .PZ)(context, '/packages'),
        what: `listing the packages of app ${context.appId}`
    });
}


/***/ }),

/***/ 22870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IB: () => (/* binding */ MendixHttp),
/* harmony export */   S4: () => (/* binding */ MendixNetworkError),
/* harmony export */   au: () => (/* binding */ errorFields)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25625);
/* harmony import */ var _net_buffered_exchange_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4096);
/* harmony import */ var _net_retry_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27124);
/* harmony import */ var _net_transient_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72681);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(311);
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6336);







/** No response at all: a network fault or a timeout, worth another try while waiting. */
class MendixNetworkError extends _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .OperationError */ .OK {
    name = 'MendixNetworkError';
}
const DEFAULT_TIMEOUT_MS = 60_000;
const MAX_BODY = 4 << 20;
/**
 * Whether a failed call may be sent again. Any call the server says it did not act on (429 too
 * many requests, 408 request timeout, or no connection at all) may; a GET, which changes
 * nothing, also after a lost answer or a 500/502/503/504 without a documented error code. A POST
 * that may have taken effect (a transport, a start) is never sent twice here; an error with a
 * documented code is Mendix's answer, not a fault.
 */
function worthRetrying(method, status, code) {
    if (status === 429 || status === 408)
        return true;
    return method === 'GET' && [500, 502, 503, 504].includes(status) && !code;
}
function unanswered(method, error) {
    return method === 'GET' || (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errnoCode */ .UK)(error.cause) === 'ECONNREFUSED';
}
function field(value, ...keys) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    for (const key of keys) {
        const found = value[key];
        if (typeof found === 'string' && found)
            return found;
    }
    return undefined;
}
/**
 * The error code and message of an error body. Deploy API v1/v2 and Backups v2 list codes per
 * call but do not show the body; we read `errorCode`/`errorMessage` (what the service sends) and
 * also v4's `{ error: { code, message } }` and plain text.
 */
function errorFields(body) {
    const nested = typeof body === 'object' && body !== null ? body.error : undefined;
    const code = field(body, 'errorCode', 'ErrorCode') ?? field(nested, 'code');
    const reasons = (nested?.['invalid-params'] ?? [])
        .map((param) => param.reason)
        .filter((reason) => typeof reason === 'string' && reason !== '');
    const detail = field(body, 'errorMessage', 'ErrorMessage', 'message', 'Message') ??
        field(nested, 'message') ??
        (typeof body === 'string' ? body.slice(0, 500) : '');
    return { code, detail: reasons.length ? `${detail}: ${reasons.join('; ')}` : detail };
}
function headersFor(auth, request) {
    const headers = {
        Accept: 'application/json',
        'User-Agent': `mxdeploy/${_version_js__WEBPACK_IMPORTED_MODULE_6__/* .MXDEPLOY_VERSION */ .u}`
    };
    if (auth.kind === 'api-key') {
        headers['Mendix-Username'] = auth.username;
        headers['Mendix-ApiKey'] = auth.apiKey;
    }
    else {
        headers['Authorization'] = `MxToken ${auth.token}`;
    }
    if (request.stream) {
        headers['Content-Type'] = request.stream.contentType;
        headers['Content-Length'] = request.stream.length;
    }
    else {
        // Deploy API v1 wants application/json on every call but the upload, GETs included.
        headers['Content-Type'] = 'application/json';
    }
    return headers;
}
/**
 * One HTTP client per credential: JSON in and out, streamed uploads, documented errors mapped.
 * Calls that fail transiently are retried under the retry policy (see `worthRetrying`).
 */
class MendixHttp {
    auth;
    retry;
    log;
    constructor(auth, options = {}) {
        this.auth = auth;
        this.retry = options.retry ?? (0,_net_retry_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .retryPolicy */ .Jb)();
        this.log = options.log ?? _log_js__WEBPACK_IMPORTED_MODULE_0__/* .silentLogger */ .q;
    }
    async send(request) {
        const url = new URL(request.url);
        const task = {
            what: request.what,
            advice: 'Mendix Cloud is unavailable or limiting requests: try again later (its status is at https://status.mendix.com)',
            onRetry: (line) => this.log.info(line)
        };
        return (0,_net_retry_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetries */ .LH)(this.retry, task, () => this.attempt(request, url));
    }
    async attempt(request, url) {
        let response;
        try {
            response = await this.exchange(request, url);
        }
        catch (error) {
            if (error instanceof MendixNetworkError && unanswered(request.method, error)) {
                throw new _net_retry_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .TransientError */ .N_(error.message, { cause: error });
            }
            throw error;
        }
        const body = (0,_net_buffered_exchange_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBody */ .O)(response.text);
        if ((response.status >= 200 && response.status < 300) ||
            request.accept?.includes(response.status)) {
            return { status: response.status, body };
        }
        const { code, detail } = errorFields(body);
        const failure = (0,_api_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorFor */ .I$)(response.status, code, detail, {
            what: request.what,
            auth: this.auth.kind,
            ...(request.right ? { right: request.right } : {})
        });
        if (!worthRetrying(request.method, response.status, code))
            throw failure;
        throw new _net_retry_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .TransientError */ .N_(failure.message, {
            retryAfterMs: (0,_net_transient_js__WEBPACK_IMPORTED_MODULE_3__/* .retryAfterMs */ .Vs)(response.retryAfter, this.retry.clock.now()),
            cause: failure
        });
    }
    /** One exchange: the request sent (its body streamed anew), the answer read. */
    async exchange(request, url) {
        const payload = request.json === undefined ? undefined : Buffer.from(JSON.stringify(request.json));
        const headers = headersFor(this.auth, request);
        if (payload)
            headers['Content-Length'] = payload.length;
        const answer = await (0,_net_buffered_exchange_js__WEBPACK_IMPORTED_MODULE_1__/* .bufferedExchange */ .l)({
            method: request.method,
            url,
            headers,
            body: request.stream ?? payload,
            what: request.what,
            timeoutMs: request.timeoutMs ?? DEFAULT_TIMEOUT_MS,
            maxBody: MAX_BODY,
            networkError: (message, cause) => new MendixNetworkError(message, { cause })
        });
        return { status: answer.status, retryAfter: answer.headers['retry-after'], text: answer.text };
    }
    /** The JSON body of a successful call. */
    async json(request) {
        return (await this.send(request)).body;
    }
}


/***/ }),

/***/ 75905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VU: () => (/* reexport safe */ _net_poll_js__WEBPACK_IMPORTED_MODULE_1__.VU),
/* harmony export */   dQ: () => (/* reexport safe */ _net_poll_js__WEBPACK_IMPORTED_MODULE_1__.dQ),
/* harmony export */   g3: () => (/* binding */ pollUntil),
/* harmony export */   t5: () => (/* reexport safe */ _net_poll_js__WEBPACK_IMPORTED_MODULE_1__.t5)
/* harmony export */ });
/* unused harmony export isTransient */
/* harmony import */ var _net_retry_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27124);
/* harmony import */ var _net_poll_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37158);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22870);
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6336);





/**
 * Faults worth polling through: no answer, Mendix saying it is briefly unavailable, or a call
 * the HTTP client gave up retrying (the wait's own time limit still bounds it).
 */
function isTransient(error) {
    if (error instanceof _http_client_js__WEBPACK_IMPORTED_MODULE_2__/* .MendixNetworkError */ .S4 || error instanceof _net_retry_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .RetriesExhaustedError */ .i5)
        return true;
    const failure = (0,_api_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .apiFailure */ .tF)(error);
    return failure !== undefined && [502, 503, 504].includes(failure.status) && !failure.code;
}
/** The shared poll loop, polling through Mendix Cloud's transient faults. */
function pollUntil(options) {
    return (0,_net_poll_js__WEBPACK_IMPORTED_MODULE_1__/* .pollUntil */ .g3)({ ...options, isTransient });
}


/***/ })

};
