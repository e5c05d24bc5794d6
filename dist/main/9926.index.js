export const id = 9926;
export const ids = [9926,2822];
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

/***/ 70217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  environmentsCommand: () => (/* binding */ environmentsCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/load.ts + 4 modules
var load = __webpack_require__(33198);
// EXTERNAL MODULE: ./src/config/normalize.ts + 1 modules
var normalize = __webpack_require__(76965);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/net/retry-settings.ts
var retry_settings = __webpack_require__(46383);
// EXTERNAL MODULE: ./src/config/find-environment.ts
var find_environment = __webpack_require__(21903);
// EXTERNAL MODULE: ./src/targets/mendix-cloud/credentials.ts
var credentials = __webpack_require__(2496);
// EXTERNAL MODULE: ./src/net/retry-policy.ts
var retry_policy = __webpack_require__(27124);
// EXTERNAL MODULE: ./src/targets/mendix-cloud/environments.ts
var environments = __webpack_require__(74);
// EXTERNAL MODULE: ./src/targets/mendix-cloud/http-client.ts
var http_client = __webpack_require__(22870);
// EXTERNAL MODULE: ./src/targets/mendix-cloud/poll.ts
var poll = __webpack_require__(75905);
;// CONCATENATED MODULE: ./src/targets/mendix-cloud/environment-list.ts





function client(request) {
    return new http_client/* MendixHttp */.IB(request.auth, { retry: request.retry ?? (0,retry_policy/* retryPolicy */.Jb)(), log: request.log });
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PAGE = 100;
/** Every item of a paginated v4 list. */
async function allPages(http, url, key, what) {
    const items = [];
    for (let offset = 0;; offset += PAGE) {
        const separator = url.includes('?') ? '&' : '?';
        const page = await http.json({
            method: 'GET',
            url: `${url}${separator}offset=${offset}&limit=${PAGE}`,
            what
        });
        const found = page[key] ?? [];
        items.push(...found);
        if (found.length < PAGE)
            return items;
    }
}
/** Deploy API v4 (a personal access token): the app by its subdomain, then its environments. */
async function listV4(request) {
    const http = client(request);
    const base = `${request.portalApiUrl}/api/v4/apps`;
    let appId = request.appId;
    if (!UUID.test(appId)) {
        const apps = await allPages(http, base, 'apps', 'listing your Mendix Cloud apps');
        const app = apps.find((a) => a.subdomain === request.appId);
        if (!app) {
            throw new errors/* ConfigurationError */.j1(`none of the ${apps.length} Mendix Cloud apps MENDIX_PAT can see has the subdomain "${request.appId}": check app-id`);
        }
        appId = app.id;
    }
    const environments = await allPages(http, `${base}/${encodeURIComponent(appId)}/environments?expand=package`, 'environments', `listing the environments of app ${request.appId}`);
    return environments.map((env) => ({
        name: env.name,
        id: env.id,
        status: env.state,
        production: env.isProduction,
        url: env.url,
        modelVersion: env.package?.modelVersion ?? null,
        runtimeVersion: env.package?.runtimeVersion ?? null
    }));
}
/** Deploy API v1 (an API key). */
async function listV1(request) {
    const context = {
        http: client(request),
        deployApiUrl: request.deployApiUrl,
        appId: request.appId,
        backoff: poll/* DEFAULT_BACKOFF */.VU,
        clock: poll/* realClock */.dQ,
        log: request.log
    };
    return (await (0,environments/* listEnvironments */.DO)(context)).map((env) => ({
        name: env.Mode,
        id: env.EnvironmentId,
        status: env.Status,
        production: env.Production,
        url: env.Url,
        modelVersion: env.ModelVersion || null,
        runtimeVersion: env.MendixVersion || null
    }));
}
/** The app's environments with status, model and runtime version: v1 with an API key, v4 with a PAT. */
function listAppEnvironments(request) {
    return request.auth.kind === 'pat' ? listV4(request) : listV1(request);
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/format.ts
var format = __webpack_require__(96719);
;// CONCATENATED MODULE: ./src/cli/commands/kubernetes-environments.ts







/**
 * `environments --target kubernetes`: the MendixApps of every namespace the kubernetes
 * environments of mxdeploy.yml deploy to, with the package version and the operator's status.
 */
async function listKubernetesEnvironments(context) {
    const config = await (0,load.loadConfig)((0,external_node_path_.resolve)(context.io.cwd, (0,command/* stringValue */.r)(context, 'config') ?? load.CONFIG_FILE));
    const name = (0,command/* stringValue */.r)(context, 'environment');
    const chosen = (name ? [(0,find_environment/* findEnvironment */.j)(config, name)] : config.environments).filter((env) => env.target.type === 'kubernetes');
    if (chosen.length === 0) {
        throw new errors/* ConfigurationError */.j1(`no ${name ? `environment ${name}` : 'environment'} of ${config.file} deploys to Kubernetes (target: { type: kubernetes, namespace: …, name: … })`);
    }
    const groups = new Map();
    for (const env of chosen) {
        const key = `${env.target.context ?? ''}\n${env.target.namespace}`;
        groups.set(key, [...(groups.get(key) ?? []), env]);
    }
    const { listMendixApps } = await Promise.all(/* import() */[__webpack_require__.e(7824), __webpack_require__.e(4018), __webpack_require__.e(2705)]).then(__webpack_require__.bind(__webpack_require__, 62705));
    const namespaces = [];
    for (const envs of groups.values()) {
        const { context: kubeContext, namespace } = envs[0].target;
        const listed = await listMendixApps({
            env: context.io.env,
            context: kubeContext,
            namespace,
            retry: (0,retry_settings/* retryPolicyFromEnv */.ed)(context.io.env),
            log: context.log
        });
        namespaces.push({
            cluster: listed.cluster,
            namespace,
            apps: listed.apps.map((app) => ({
                ...app,
                mxdeploy: envs.find((env) => env.target.name === app.name)?.name ?? null
            }))
        });
    }
    const text = namespaces
        .map((ns) => [
        `namespace ${ns.namespace} on ${ns.cluster}`,
        ns.apps.length === 0
            ? '  no MendixApps'
            : (0,format/* table */.tp)(['mendixapp', 'mxdeploy', 'version', 'state', 'replicas', 'status'], ns.apps.map((app) => [
                app.name,
                app.mxdeploy ?? '',
                app.version ?? (app.sha256 ? `sha256 ${app.sha256.slice(0, 12)}` : ''),
                app.state,
                String(app.replicas),
                app.status
            ]))
    ].join('\n'))
        .join('\n\n');
    return { json: { namespaces }, text };
}

;// CONCATENATED MODULE: ./src/cli/commands/environments.ts











function isMendixCloud(env) {
    return env.target.type === 'mendix-cloud';
}
/** The apps to list: one from --app-id, or those of the mendix-cloud targets in mxdeploy.yml. */
async function appsToList(context) {
    const appId = (0,command/* stringValue */.r)(context, 'app-id');
    if (appId) {
        return [
            {
                appId,
                deployApiUrl: (0,command/* stringValue */.r)(context, 'deploy-api-url') ?? normalize/* DEFAULT_DEPLOY_API_URL */.rx,
                portalApiUrl: (0,command/* stringValue */.r)(context, 'portal-api-url') ?? normalize/* DEFAULT_PORTAL_API_URL */.AJ,
                mapped: []
            }
        ];
    }
    const target = (0,command/* stringValue */.r)(context, 'target');
    if (target !== undefined && target !== 'mendix-cloud') {
        throw new errors/* ConfigurationError */.j1(`--target ${target}: mendix-cloud and kubernetes environments can be listed (--target mendix-cloud or --target kubernetes)`);
    }
    const config = await (0,load.loadConfig)((0,external_node_path_.resolve)(context.io.cwd, (0,command/* stringValue */.r)(context, 'config') ?? load.CONFIG_FILE));
    const name = (0,command/* stringValue */.r)(context, 'environment');
    const chosen = name ? [(0,find_environment/* findEnvironment */.j)(config, name)] : config.environments;
    const cloud = chosen.filter(isMendixCloud);
    if (cloud.length === 0) {
        throw new errors/* ConfigurationError */.j1(name
            ? `environment ${name} deploys to a ${chosen[0].target.type} target, not Mendix Cloud${chosen[0].target.type === 'kubernetes' ? ': list it with --target kubernetes' : ''}`
            : `no environment of ${config.file} deploys to Mendix Cloud (target: { type: mendix-cloud, app-id: … }); or give --app-id`);
    }
    const apps = new Map();
    for (const env of cloud) {
        const key = `${env.target.appId} ${env.target.deployApiUrl} ${env.target.portalApiUrl}`;
        const app = apps.get(key) ?? {
            appId: env.target.appId,
            deployApiUrl: env.target.deployApiUrl,
            portalApiUrl: env.target.portalApiUrl,
            mapped: []
        };
        app.mapped.push({ name: env.name, environment: env.target.environment });
        apps.set(key, app);
    }
    return [...apps.values()];
}
function environments_credentials(context) {
    const api = (0,command/* stringValue */.r)(context, 'api');
    if (api === undefined)
        return (0,credentials/* anyAuth */.N1)(context.io.env, context.log);
    if (api === 'v1')
        return (0,credentials/* apiKeyAuth */.wb)(context.io.env, context.log);
    if (api === 'v4') {
        const pat = (0,credentials/* patAuth */.cn)(context.io.env, context.log);
        if (!pat) {
            throw new errors/* ConfigurationError */.j1('--api v4 needs MENDIX_PAT: a personal access token with the mx:deployment:read scope (Mendix Profile → Personal Access Tokens)');
        }
        return pat;
    }
    throw new errors/* ConfigurationError */.j1(`--api ${api} is not one of v1, v4`);
}
function mxdeployName(app, env) {
    const found = app.mapped.find((m) => m.environment.toLowerCase() === env.name.toLowerCase() ||
        m.environment.toLowerCase() === env.id.toLowerCase());
    return found?.name ?? null;
}
const environmentsCommand = {
    name: 'environments',
    summary: "List a Mendix Cloud app's environments with their status, model and runtime version (Deploy API v1 with MENDIX_USERNAME and MENDIX_API_KEY, v4 with MENDIX_PAT), or with --target kubernetes the MendixApps of the kubernetes environments' namespaces with version and status.",
    usage: 'environments [--target mendix-cloud|kubernetes | --environment NAME | --app-id ID] [--api v1|v4]',
    options: {
        config: {
            type: 'string',
            value: 'FILE',
            description: `configuration file (default: ./${load.CONFIG_FILE})`
        },
        target: {
            type: 'string',
            value: 'TYPE',
            description: 'the apps of every environment with this target type: mendix-cloud (default) or kubernetes'
        },
        environment: {
            type: 'string',
            short: 'e',
            value: 'NAME',
            description: 'the app of this environment of mxdeploy.yml'
        },
        'app-id': {
            type: 'string',
            value: 'ID',
            description: 'an app by its AppId (subdomain), without mxdeploy.yml'
        },
        'deploy-api-url': {
            type: 'string',
            value: 'URL',
            description: `with --app-id: the Deploy API v1 base URL (default ${normalize/* DEFAULT_DEPLOY_API_URL */.rx})`
        },
        'portal-api-url': {
            type: 'string',
            value: 'URL',
            description: `with --app-id: the Deploy API v4 base URL (default ${normalize/* DEFAULT_PORTAL_API_URL */.AJ})`
        },
        api: {
            type: 'string',
            value: 'v1|v4',
            description: 'which API to ask (default: v1 when MENDIX_API_KEY is set, else v4)'
        }
    },
    async run(context) {
        if ((0,command/* stringValue */.r)(context, 'target') === 'kubernetes')
            return listKubernetesEnvironments(context);
        const apps = await appsToList(context);
        const auth = environments_credentials(context);
        const retry = (0,retry_settings/* retryPolicyFromEnv */.ed)(context.io.env);
        const listed = [];
        for (const app of apps) {
            const environments = await listAppEnvironments({ auth, ...app, log: context.log, retry });
            listed.push({
                appId: app.appId,
                api: auth.kind === 'pat' ? 'v4' : 'v1',
                environments: environments.map((env) => ({ ...env, mxdeploy: mxdeployName(app, env) }))
            });
        }
        const text = listed
            .map((app) => [
            `app ${app.appId} (Deploy API ${app.api})`,
            app.environments.length === 0
                ? '  no environments'
                : (0,format/* table */.tp)(['environment', 'mxdeploy', 'status', 'model', 'runtime', 'production', 'url'], app.environments.map((env) => [
                    env.name,
                    env.mxdeploy ?? '',
                    env.status,
                    env.modelVersion ?? '',
                    env.runtimeVersion ?? '',
                    env.production ? 'yes' : 'no',
                    env.url
                ]))
        ].join('\n'))
            .join('\n\n');
        return { json: { apps: listed }, text };
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

/***/ 27124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jb: () => (/* binding */ retryPolicy),
/* harmony export */   Km: () => (/* binding */ RetryBudget),
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   N_: () => (/* binding */ TransientError),
/* harmony export */   i5: () => (/* binding */ RetriesExhaustedError),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY)
/* harmony export */ });
/* unused harmony exports systemClock, backoffDelay */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms).then(() => undefined)
};
/** About 45 s of waits over 8 attempts, unless a server asks for longer; never beyond 5 min. */
const DEFAULT_RETRY = {
    maxAttempts: 8,
    deadlineMs: 300_000,
    baseDelayMs: 1000,
    maxDelayMs: 30_000
};
/** The default policy with the given parts replaced. */
function retryPolicy(overrides = {}) {
    return { ...DEFAULT_RETRY, clock: systemClock, random: Math.random, ...overrides };
}
/**
 * A failure worth another attempt: a dropped or refused connection, a timeout, or an answer
 * such as 429 or 503 that says "later". `retryAfterMs` is the wait the server asked for.
 */
class TransientError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK {
    name = 'TransientError';
    retryAfterMs;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.retryAfterMs = options.retryAfterMs;
    }
}
/** A request given up after its attempts or its time ran out; `cause` is the last failure. */
class RetriesExhaustedError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK {
    attempts;
    elapsedMs;
    name = 'RetriesExhaustedError';
    constructor(message, attempts, elapsedMs, cause) {
        super(message, { cause });
        this.attempts = attempts;
        this.elapsedMs = elapsedMs;
    }
}
/** Full jitter: a wait drawn evenly below a ceiling that doubles with each retry. */
function backoffDelay(policy, retry) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
    return Math.floor(policy.random() * ceiling);
}
/** `0.4 s`, `12 s`, `2 min 5 s`. */
function duration(ms) {
    if (ms < 10_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const seconds = Math.round(ms / 1000);
    return seconds < 120 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}
/**
 * The retry bookkeeping of one request, or of one transfer that resumes: after each failure it
 * waits (what the server asked, else the backoff) or throws RetriesExhaustedError. Progress (an
 * acknowledged chunk, bytes received) starts the count and the clock again.
 */
class RetryBudget {
    policy;
    task;
    failures = 0;
    startedAt;
    constructor(policy, task) {
        this.policy = policy;
        this.task = task;
        this.startedAt = policy.clock.now();
    }
    progressed() {
        this.failures = 0;
        this.startedAt = this.policy.clock.now();
    }
    /** Call after a failed attempt: resolves once it is time for the next one, or throws. */
    async failed(error) {
        const { policy, task } = this;
        this.failures++;
        const elapsed = policy.clock.now() - this.startedAt;
        const left = policy.deadlineMs - elapsed;
        const asked = error.retryAfterMs;
        const giveUp = (why = '') => {
            const times = this.failures === 1 ? 'once' : `${this.failures} times`;
            return new RetriesExhaustedError(`${task.what} failed ${times} over ${duration(elapsed)} (${error.message}${why}): ${task.advice}`, this.failures, elapsed, error);
        };
        if (this.failures >= policy.maxAttempts || left <= 0)
            throw giveUp();
        if (asked !== undefined && asked > left) {
            throw giveUp(`; it asked to wait ${duration(asked)}, more than the ${duration(left)} left of the ${duration(policy.deadlineMs)} allowed`);
        }
        const wait = asked ?? Math.min(left, backoffDelay(policy, this.failures));
        // Messages that already say what failed are not prefixed with it again.
        const said = error.message.startsWith(task.what)
            ? error.message
            : `${task.what}: ${error.message}`;
        task.onRetry?.(`${said}; trying again in ${duration(wait)} (attempt ${this.failures + 1} of ${policy.maxAttempts})`);
        await policy.clock.sleep(wait);
    }
}
/** Runs `attempt` until it succeeds, retrying TransientErrors within the policy; others pass. */
async function withRetries(policy, task, attempt) {
    const budget = new RetryBudget(policy, task);
    for (;;) {
        try {
            return await attempt();
        }
        catch (error) {
            if (!(error instanceof TransientError))
                throw error;
            await budget.failed(error);
        }
    }
}


/***/ }),

/***/ 46383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ed: () => (/* binding */ retryPolicyFromEnv),
/* harmony export */   mY: () => (/* binding */ RETRY_SECONDS_VARIABLE)
/* harmony export */ });
/* unused harmony export retrySettingsFromEnv */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _retry_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27124);


/** The variable that sets how long one request may go on failing, in seconds. */
const RETRY_SECONDS_VARIABLE = 'MXDEPLOY_RETRY_SECONDS';
/** Retry settings with MXDEPLOY_RETRY_SECONDS (0–3600) as the deadline when it is set. */
function retrySettingsFromEnv(env) {
    const setting = env[RETRY_SECONDS_VARIABLE]?.trim();
    if (!setting)
        return _retry_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RETRY */ .vI;
    if (!/^\d{1,4}$/.test(setting) || Number(setting) > 3600) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${RETRY_SECONDS_VARIABLE}="${setting}" is not a whole number of seconds between 0 and 3600`);
    }
    return { ..._retry_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RETRY */ .vI, deadlineMs: Number(setting) * 1000 };
}
/** The retry policy of the environment: the defaults with MXDEPLOY_RETRY_SECONDS, and `parts`. */
function retryPolicyFromEnv(env, parts = {}) {
    return (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .retryPolicy */ .Jb)({ ...retrySettingsFromEnv(env), ...parts });
}


/***/ }),

/***/ 72681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SS: () => (/* binding */ TRANSIENT_STATUSES),
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   gL: () => (/* binding */ isTransientCode)
/* harmony export */ });
/**
 * Answers that say "not now" rather than "no": request timeout, too many requests, and the
 * server-side failures a gateway or an overloaded server gives.
 */
const TRANSIENT_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
/** Socket errors where the network, not the request, failed. */
const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ENETDOWN',
    'ENETUNREACH',
    'EHOSTDOWN',
    'EHOSTUNREACH',
    // Node's name for a request stream whose socket closed under it.
    'ERR_STREAM_PREMATURE_CLOSE'
]);
/** Whether an errno-style code is a network fault worth another attempt. */
function isTransientCode(code) {
    return code !== undefined && TRANSIENT_CODES.has(code);
}
/**
 * The wait a `Retry-After` header asks for (RFC 9110 §10.2.3): delay-seconds or an HTTP-date,
 * in milliseconds from `now`; undefined when absent or unreadable.
 */
function retryAfterMs(header, now) {
    const value = (Array.isArray(header) ? header[0] : header)?.trim();
    if (!value)
        return undefined;
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    // RFC 9110's dates are GMT; the obsolete asctime form does not say so, and Date.parse would
    // read it as local time.
    const asctime = /^[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}$/.test(value);
    if (!asctime && !/ GMT$/.test(value))
        return undefined;
    const at = Date.parse(asctime ? `${value} GMT` : value);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
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
