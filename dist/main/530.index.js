export const id = 530;
export const ids = [530,7617];
export const modules = {

/***/ 77617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createOctokit: () => (/* binding */ createOctokit)
});

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(14730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-request-log/dist-src/index.js + 1 modules
var plugin_request_log_dist_src = __webpack_require__(55077);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(93779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(49210);
;// CONCATENATED MODULE: ./node_modules/@octokit/rest/dist-src/version.js
const VERSION = "22.0.1";


;// CONCATENATED MODULE: ./node_modules/@octokit/rest/dist-src/index.js





const Octokit = dist_src/* Octokit */.E.plugin(plugin_request_log_dist_src/* requestLog */.M, plugin_rest_endpoint_methods_dist_src/* legacyRestEndpointMethods */.T, dist_bundle/* paginateRest */.ud).defaults(
  {
    userAgent: `octokit-rest.js/${VERSION}`
  }
);


// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = dist_bundle_VERSION;
throttling.triggersNotification = triggersNotification;


// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
var request_error_dist_src = __webpack_require__(31015);
;// CONCATENATED MODULE: ./src/github/request-attempts.ts

const attempts = new WeakMap();
/** How many times a request was sent, retries included (0 if it never went through the factory). */
function attemptsOf(options) {
    return attempts.get(options) ?? 0;
}
/**
 * The innermost plugin: counts attempts and turns a response whose body was cut off into a
 * retryable error. Octokit swallows a body that fails mid-read (it yields `''` or an empty
 * buffer), so without this a reset connection would look like a successful empty answer.
 */
function requestAttempts(octokit) {
    octokit.hook.wrap('request', async (request, options) => {
        attempts.set(options, attemptsOf(options) + 1);
        const response = await request(options);
        const problem = truncation(response.headers, response.data);
        if (problem) {
            // Status 500, as octokit itself reports a failed connection, so plugin-retry retries it.
            throw new request_error_dist_src/* RequestError */.G(`the response body ${problem}`, 500, {
                request: options,
                response
            });
        }
        return response;
    });
}
function truncation(headers, data) {
    const type = typeof headers['content-type'] === 'string' ? headers['content-type'] : '';
    if (/^application\/(scim\+)?json/i.test(type) && typeof data === 'string') {
        return data === '' ? 'was cut off (empty JSON body)' : 'was cut off (JSON does not parse)';
    }
    const declared = Number(headers['content-length']);
    const encoded = headers['content-encoding'] && headers['content-encoding'] !== 'identity';
    if (data instanceof ArrayBuffer && !encoded && Number.isFinite(declared)) {
        if (data.byteLength < declared) {
            return `was cut off (${data.byteLength} of ${declared} bytes)`;
        }
    }
    return undefined;
}
/** A fetch whose every attempt (connection, upload and body) is bounded by `timeoutMs`. */
function fetchWithTimeout(timeoutMs) {
    return (input, init) => {
        // TimeoutError, unlike AbortError, becomes a RequestError with status 500, which is retried.
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        return fetch(input, { ...init, signal });
    };
}

// EXTERNAL MODULE: ./src/github/request-failure.ts
var request_failure = __webpack_require__(94221);
;// CONCATENATED MODULE: ./src/github/octokit.ts








const DEFAULTS = {
    retries: 3,
    rateLimitRetries: 3,
    maxRateLimitWaitSeconds: 600,
    retryUnitMs: 1000,
    timeoutMs: 300_000
};
// Attempt counting must wrap each single request, so it is the first (innermost) plugin.
const MxdeployOctokit = Octokit.plugin(requestAttempts, plugin_retry_dist_bundle/* retry */.L, throttling);
/** The one GitHub client of mxdeploy: retries, throttling, GHES base URL, a clear final error. */
function createOctokit(options) {
    const settings = { ...DEFAULTS, ...definedOnly(options) };
    const logger = options.logger ?? log/* silentLogger */.q;
    const baseUrl = options.baseUrl ?? (process.env.GITHUB_API_URL || 'https://api.github.com');
    const onLimit = (kind) => (retryAfter, request, _o, count) => {
        const call = `${request.method} ${request.url}`;
        if (count >= settings.rateLimitRetries) {
            logger.warning(`GitHub ${kind} on ${call}: giving up after ${count} retries`);
            return false;
        }
        if (retryAfter > settings.maxRateLimitWaitSeconds) {
            logger.warning(`GitHub ${kind} on ${call}: it asks to wait ${retryAfter}s, more than the ` +
                `${settings.maxRateLimitWaitSeconds}s mxdeploy waits; giving up`);
            return false;
        }
        logger.info(`GitHub ${kind} on ${call}: retrying in ${retryAfter}s ` +
            `(retry ${count + 1} of ${settings.rateLimitRetries})`);
        return true;
    };
    const spacing = settings.writeSpacingMs === undefined
        ? {}
        : {
            write: new (light_default()).Group({ maxConcurrent: 1, minTime: settings.writeSpacingMs }),
            notifications: new (light_default()).Group({
                maxConcurrent: 1,
                minTime: settings.writeSpacingMs
            })
        };
    const octokit = new MxdeployOctokit({
        auth: options.token,
        baseUrl: baseUrl.replace(/\/+$/, ''),
        userAgent: `mxdeploy/${version/* MXDEPLOY_VERSION */.u}`,
        request: { fetch: fetchWithTimeout(settings.timeoutMs) },
        log: {
            // Octokit logs every failed request as an error, expected 404s and retried 503s too;
            // what matters reaches the caller as the final error instead.
            debug: () => undefined,
            info: () => undefined,
            warn: (message) => logger.warning(message),
            error: () => undefined
        },
        retry: {
            retries: settings.retries,
            retryAfterBaseValue: settings.retryUnitMs,
            // Rate limits (403/429) belong to the throttling plugin; the rest are the caller's to handle.
            doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451]
        },
        throttle: {
            retryAfterBaseValue: settings.retryUnitMs,
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            ...spacing
        }
    });
    // Registered after the plugins, so it is the outermost wrap and sees the final outcome.
    octokit.hook.wrap('request', async (request, requestOptions) => {
        try {
            return await request(requestOptions);
        }
        catch (error) {
            throw (0,request_failure/* rejectedToken */.YR)((0,request_failure/* explainFailure */.SP)(error, attemptsOf(requestOptions)));
        }
    });
    return octokit;
}
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}


/***/ }),

/***/ 86759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ withPermission),
/* harmony export */   e: () => (/* binding */ permissionError)
/* harmony export */ });
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31015);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _request_failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94221);



/**
 * Turns GitHub's 403 or 404 into a `ConfigurationError` that names the permission the workflow
 * must grant (`permission` as written in workflow YAML, e.g. `deployments: write`); `doing`
 * says what mxdeploy was trying ("create the deployment"). Anything else is returned unchanged.
 */
function permissionError(error, permission, doing) {
    if (!(error instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .G) || (0,_request_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .isRateLimited */ .Jz)(error))
        return error;
    const fix = `grant it in the workflow with \`permissions:\` → \`${permission}\` on the job ` +
        `(or use a token that has it)`;
    if (error.status === 403) {
        const accepted = error.response?.headers['x-accepted-github-permissions'];
        const asks = accepted ? `; GitHub accepts: ${String(accepted)}` : '';
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`GitHub refused to ${doing} (403 ${error.message}${asks}): the token lacks ` +
            `\`${permission}\`. ${capitalise(fix)}.`);
    }
    if (error.status === 404) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`GitHub answered 404 when mxdeploy tried to ${doing}: it does not exist, or the token ` +
            `cannot see it. If it exists, the token needs \`${permission}\`: ${fix}.`);
    }
    return error;
}
/** Runs `call`, reporting a 403/404 as the missing `permission` (see `permissionError`). */
async function withPermission(permission, doing, call) {
    try {
        return await call();
    }
    catch (error) {
        throw permissionError(error, permission, doing);
    }
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 94221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jz: () => (/* binding */ isRateLimited),
/* harmony export */   SP: () => (/* binding */ explainFailure),
/* harmony export */   YR: () => (/* binding */ rejectedToken)
/* harmony export */ });
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31015);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


/** True for GitHub's primary or secondary rate-limit answers (403 or 429). */
function isRateLimited(error) {
    if (error.status !== 403 && error.status !== 429)
        return false;
    const headers = error.response?.headers ?? {};
    return /\bsecondary rate\b/i.test(error.message) || headers['x-ratelimit-remaining'] === '0';
}
/**
 * The error a caller sees once the factory has stopped retrying: the same `RequestError`
 * (status, request and response kept) with a message that names the call, what went wrong and
 * how many attempts were made. Errors that are not worth retrying are returned unchanged.
 */
function explainFailure(error, attempts) {
    if (!(error instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .G))
        return error;
    const what = describe(error);
    if (!what)
        return error;
    const method = error.request.method;
    const call = `${method} ${pathOf(error.request.url)}`;
    const tries = attempts > 1
        ? `gave up after ${attempts} attempts (${attempts - 1} retries)`
        : 'it was not retried';
    const message = `GitHub API call ${call} ${what}; ${tries}`;
    const explained = new _octokit_request_error__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .G(message, error.status, {
        request: error.request,
        ...(error.response ? { response: error.response } : {}),
        cause: error
    });
    return explained;
}
function describe(error) {
    if (isRateLimited(error)) {
        const headers = error.response?.headers ?? {};
        const kind = /\bsecondary rate\b/i.test(error.message) ? 'secondary rate limit' : 'rate limit';
        const after = headers['retry-after'] ? `, retry-after ${headers['retry-after']}s` : '';
        return `was refused by GitHub's ${kind} (${error.status}${after}): ${error.message}`;
    }
    if (error.status >= 500 && error.response) {
        return `failed with ${error.status}: ${error.message || 'server error'}`;
    }
    if (error.status >= 500) {
        return `could not get an answer (connection failed, reset or timed out): ${error.message}`;
    }
    return undefined;
}
function pathOf(url) {
    try {
        return new URL(url).pathname;
    }
    catch {
        return url;
    }
}
/**
 * GitHub's 401: the token itself is wrong, expired or revoked, which no permission or retry
 * mends. A ConfigurationError (exit 2) that says so and where the token comes from; anything
 * else is returned unchanged.
 */
function rejectedToken(error) {
    if (!(error instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .G) || error.status !== 401)
        return error;
    const call = `${error.request.method} ${pathOf(error.request.url)}`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`GitHub did not accept the token on ${call} (401 ${error.message}): it is wrong, expired or revoked; give a valid token in GITHUB_TOKEN or GH_TOKEN (in a workflow, the action's github-token input, github.token by default)`);
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

/***/ 40530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openGitHubReleaseRepository: () => (/* binding */ openGitHubReleaseRepository)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/stories/story-patterns.ts
var story_patterns = __webpack_require__(10970);
// EXTERNAL MODULE: ./src/github/octokit.ts + 4 modules
var octokit = __webpack_require__(77617);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
var dist_src = __webpack_require__(31015);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/net/retry-policy.ts
var retry_policy = __webpack_require__(27124);
// EXTERNAL MODULE: ./src/mda/version.ts
var mda_version = __webpack_require__(52084);
// EXTERNAL MODULE: ./src/progress/progress.ts
var progress = __webpack_require__(38864);
// EXTERNAL MODULE: ./src/github/permission-error.ts
var permission_error = __webpack_require__(86759);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/repository/github-release/counting-blob.ts
/**
 * A Blob whose bytes are counted as they are read. fetch (undici) reads a Blob body through its
 * stream(), anew for every attempt, so an upload's progress follows the bytes actually sent, and
 * a retry counts from zero again. It is a real Blob over the one it wraps (which Node composes
 * without copying: a file-backed Blob is still streamed from disk): Node 24's fetch sends an
 * object that only looks like a Blob as the text "[object Blob]", where Node 20's streamed it.
 */
class CountingBlob extends Blob {
    onRead;
    constructor(blob, onRead) {
        super([blob], { type: blob.type });
        this.onRead = onRead;
    }
    stream() {
        let read = 0;
        const onRead = this.onRead;
        return super.stream().pipeThrough(new TransformStream({
            transform(chunk, controller) {
                read += chunk.byteLength;
                onRead(read);
                controller.enqueue(chunk);
            }
        }));
    }
}

;// CONCATENATED MODULE: ./src/repository/github-release/release-assets.ts










/** True for GitHub's 422 `already_exists` (a second release of a tag, a second asset of a name). */
function alreadyExists(error) {
    if (!(error instanceof dist_src/* RequestError */.G) || error.status !== 422)
        return false;
    const data = error.response?.data;
    return (data?.errors ?? []).some((e) => e.code === 'already_exists');
}
/**
 * Uploads one asset to the release's own `upload_url` (GHES and github.com differ in host), so
 * no uploads host is ever assumed. `data` is a Blob: a file-backed one is streamed from disk and
 * can be sent again when the factory retries.
 */
async function uploadAsset(octokit, release, name, data, contentType, progress) {
    const response = await octokit.request({
        method: 'POST',
        url: release.upload_url,
        name,
        data: progress ? new CountingBlob(data, (sent) => progress.update(sent)) : data,
        headers: { 'content-type': contentType },
        // Node's fetch keeps a copy of a streamed body for following redirects, which holds the
        // whole file in memory (nodejs/undici#4058); an upload is never redirected, so it need not.
        request: { redirect: 'error' }
    });
    return response.data;
}
function hashing(hash) {
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            hash.update(chunk);
            done(null, chunk);
        }
    });
}
/**
 * One download of an asset's bytes into `sink`: GitHub answers 302 to storage, fetch follows. A
 * connection lost in the body, or a body that ends short, is a TransientError; an error of the
 * sink (a full disk) is not.
 */
async function fetchAsset(octokit, repo, asset, open, progress) {
    const response = await octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
        ...repo,
        asset_id: asset.id,
        headers: { accept: 'application/octet-stream' },
        // The body as a stream: a package can be larger than the memory a runner has to spare.
        request: { parseSuccessResponseBody: false }
    });
    const body = response.data;
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    const count = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            bytes += chunk.length;
            progress?.update(bytes);
            done(null, chunk);
        }
    });
    const source = body ? external_node_stream_.Readable.fromWeb(body) : external_node_stream_.Readable.from([]);
    // Opened only now, with its listeners: a file that cannot be created must not fail unheard.
    const sink = open();
    // The stream that fails first is where the fault is: pipeline then destroys the others with
    // the same error, so each of them reports it too.
    let lost;
    let first;
    source.once('error', (error) => {
        first ??= 'network';
        lost = error;
    });
    sink.once('error', () => (first ??= 'sink'));
    try {
        await (0,external_node_stream_promises_.pipeline)(source, count, hashing(hash), sink);
    }
    catch (error) {
        if (first !== 'network')
            throw error;
        throw new retry_policy/* TransientError */.N_(`the connection was lost after ${bytes} of ${asset.size} bytes (${(0,errors/* errorMessage */.gJ)(lost)})`, { cause: lost });
    }
    if (bytes !== asset.size) {
        throw new retry_policy/* TransientError */.N_(`the download ended after ${bytes} of ${asset.size} bytes`);
    }
    return hash.digest('hex');
}
/** Runs one whole download again while its connection keeps dropping, under the policy. */
function retried(retry, asset, attempt) {
    return (0,retry_policy/* withRetries */.LH)(retry.policy, {
        what: `downloading release asset ${asset.name}`,
        advice: 'the connection to GitHub keeps dropping: run the command again later',
        onRetry: (line) => retry.log.info(line)
    }, attempt);
}
/**
 * Downloads an asset to `dest`, streaming, and returns the SHA-256 of the bytes written. A
 * connection lost mid-body is tried again from the start under the retry policy (GitHub's
 * storage redirect is followed anew each time); `dest` appears only when complete.
 */
async function downloadAsset(octokit, repo, asset, dest, retry) {
    const part = `${dest}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.part`;
    return (0,progress/* withProgress */.E0)(retry.log.progress, `downloading ${asset.name}`, asset.size, (progress) => retried(retry, asset, async () => {
        try {
            const sha256 = await fetchAsset(octokit, repo, asset, () => (0,external_node_fs_.createWriteStream)(part, { mode: 0o644 }), progress);
            await (0,promises_.rename)(part, dest);
            return sha256;
        }
        finally {
            await (0,promises_.rm)(part, { force: true });
        }
    }));
}
/** SHA-256 of an asset's bytes, downloaded and hashed without keeping them. */
async function hashAsset(octokit, repo, asset, retry) {
    const discard = () => new external_node_stream_.Writable({ write: (_chunk, _encoding, done) => done() });
    return retried(retry, asset, () => fetchAsset(octokit, repo, asset, discard));
}
/**
 * Whether an uploaded asset holds exactly these bytes: by GitHub's `digest` when it gives one,
 * else by downloading and hashing the asset (older GHES has no digests).
 */
async function assetHolds(octokit, repo, asset, expected, retry) {
    if (asset.state !== 'uploaded' || asset.size !== expected.size)
        return false;
    if (asset.digest)
        return asset.digest === `sha256:${expected.sha256}`;
    return (await hashAsset(octokit, repo, asset, retry)) === expected.sha256;
}

// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: ./src/repository/record-shape.ts
var record_shape = __webpack_require__(75731);
// EXTERNAL MODULE: ./src/stories/extract-stories.ts
var extract_stories = __webpack_require__(45156);
;// CONCATENATED MODULE: ./src/repository/github-release/release-notes.ts




/** Opens the machine-readable block: an HTML comment, so it does not show on the release page. */
const BLOCK_START = '<!-- mxdeploy:package v1';
// The JSON is one line; a body edited on github.com comes back with CRLF line ends.
const BLOCK = /<!-- mxdeploy:package v1\r?\n([^\r\n]*)\r?\n-->/;
/** Stories shown as a list; every one is in the record block whatever the count. */
const SHOWN_STORIES = 100;
/** The release of a package: `<app>-v<version>`. */
function releaseTag(app, version) {
    return `${app}-v${version}`;
}
/** The link of a story ID, from the first pattern that matches the whole ID and has a url. */
function storyLink(id, context) {
    const ref = (0,extract_stories/* extractStories */.f)(id, context.patterns, context.links).find((r) => r.id === id);
    return ref?.url ?? undefined;
}
function commitLine(commit, links) {
    if (!commit)
        return 'unknown';
    if (!/^[0-9a-f]{7,64}$/.test(commit))
        return (0,text_escape/* markdownText */.p7)(commit, 80);
    const server = links.server ?? 'https://github.com';
    const url = links.repository ? `${server}/${links.repository}/commit/${commit}` : undefined;
    return (0,text_escape/* markdownLink */.iQ)(commit.slice(0, 12), url);
}
/**
 * The record as one line of JSON inside an HTML comment. `<`, `>` and the line separators that
 * JSON leaves raw are written as escapes, so no text from a commit can close the comment, open
 * HTML or break the line.
 */
function recordBlock(record) {
    const json = JSON.stringify(record).replace(/[<>\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `${BLOCK_START}\n${json}\n-->`;
}
/**
 * The notes of a package's release: its facts and stories as plain lists (untrusted text
 * escaped, stories linked where a pattern gives a link), then the record for `list` and `get`.
 */
function releaseNotes(record, context) {
    const size = `${record.size.toLocaleString('en-US')} bytes`;
    const facts = [
        ['Version', (0,text_escape/* markdownText */.p7)(record.version)],
        ['SHA-256', `\`${record.sha256}\``],
        ['Size', size],
        ['Runtime version', (0,text_escape/* markdownText */.p7)(record.runtimeVersion, 40)],
        ['Model version', (0,text_escape/* markdownText */.p7)(record.modelVersion, 40)],
        ['Commit', commitLine(record.commit, context.links)],
        ['Branch', record.branch ? (0,text_escape/* markdownText */.p7)(record.branch, 200) : 'unknown'],
        ['Created by', (0,text_escape/* markdownText */.p7)(record.createdBy, 100)],
        ['Created at', (0,text_escape/* markdownText */.p7)(record.createdAt)]
    ];
    const lines = [
        `Mendix deployment package ${(0,text_escape/* markdownText */.p7)(record.app)} ${(0,text_escape/* markdownText */.p7)(record.version)}, published by mxdeploy.`,
        '',
        ...facts.map(([name, value]) => `- **${name}:** ${value}`),
        '',
        `### Stories (${record.stories.length})`,
        ''
    ];
    if (record.stories.length === 0)
        lines.push('None named.');
    for (const id of record.stories.slice(0, SHOWN_STORIES)) {
        lines.push(`- ${(0,text_escape/* markdownLink */.iQ)(id, storyLink(id, context), 100)}`);
    }
    if (record.stories.length > SHOWN_STORIES) {
        lines.push(`- … and ${record.stories.length - SHOWN_STORIES} more`);
    }
    lines.push('', recordBlock(record), '');
    return lines.join('\n');
}
/**
 * The record kept in a release's notes, or undefined when the notes hold none (a release that
 * mxdeploy did not make). A block that is there but damaged is a ConfigurationError.
 */
function recordFromNotes(body, tag) {
    const match = BLOCK.exec(body ?? '');
    if (!match)
        return undefined;
    let value;
    try {
        value = JSON.parse(match[1]);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`release ${tag}: the package record in its notes is not JSON (${error.message}); it was edited by hand`);
    }
    return (0,record_shape/* checkRecord */.E)(value, `release ${tag}: the package record in its notes`);
}

// EXTERNAL MODULE: ./src/fs/make-directory.ts
var make_directory = __webpack_require__(891);
;// CONCATENATED MODULE: ./src/repository/github-release/release-repository.ts














// The app name as mxdeploy.yml allows it: it is part of tags and asset names.
const APP = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
const READ = 'contents: read';
const WRITE = 'contents: write';
function assetName(app, version) {
    return `${app}_${version}.mda`;
}
function checkApp(app) {
    if (!APP.test(app) || app.includes('..')) {
        throw new errors/* ConfigurationError */.j1(`app name "${app}" cannot be part of a release tag (<app>-v<version>): use letters, digits, ".", "_" and "-" (at most 63), starting with a letter or digit`);
    }
}
/** The tag of a package, refusing names git or GitHub would not take. */
function tagFor(app, version) {
    checkApp(app);
    if (!(0,mda_version/* isModelVersion */.y3)(version)) {
        throw new errors/* ConfigurationError */.j1(`"${version}" is not a four-part package version such as 1.2.0.15`);
    }
    return releaseTag(app, version);
}
function notFound(error) {
    return error instanceof dist_src/* RequestError */.G && error.status === 404;
}
/**
 * Packages as GitHub releases, one per package: tag `<app>-v<version>` on the package's commit,
 * assets `<app>_<version>.mda` and its `.sha256`, notes that list the facts and stories and keep
 * the record (so listing never downloads an asset). A release is made as a draft and published
 * only once its assets are complete, which also suits immutable releases; a rerun resumes the
 * draft. A published release is never changed.
 */
class GitHubReleaseRepository {
    options;
    uri = 'github-release';
    octokit;
    ref;
    fullName;
    log;
    assetRetry;
    constructor(options) {
        this.options = options;
        const [owner = '', repo = ''] = options.repository.split('/');
        this.octokit = options.octokit;
        this.ref = { owner, repo };
        this.fullName = options.repository;
        this.log = options.log ?? log/* silentLogger */.q;
        this.assetRetry = { policy: options.retry ?? (0,retry_policy/* retryPolicy */.Jb)(), log: this.log };
    }
    /** Runs a GitHub call, a 403 (or an unexpected 404) becoming the permission the job lacks. */
    async call(permission, doing, work) {
        try {
            return await work();
        }
        catch (error) {
            throw (0,permission_error/* permissionError */.e)(error, permission, `${doing} in ${this.fullName}`);
        }
    }
    /** The published release of a tag (drafts have no tag yet, so GitHub does not find them). */
    async byTag(tag, permission) {
        return this.call(permission, `read release ${tag}`, async () => {
            try {
                return (await this.octokit.rest.repos.getReleaseByTag({ ...this.ref, tag })).data;
            }
            catch (error) {
                if (notFound(error))
                    return undefined;
                throw error;
            }
        });
    }
    /** A draft of the tag left by an earlier attempt: found by listing, newest first. */
    async draftByTag(tag) {
        return this.call(WRITE, 'list releases', async () => {
            const pages = this.octokit.paginate.iterator(this.octokit.rest.repos.listReleases, {
                ...this.ref,
                per_page: 100
            });
            for await (const page of pages) {
                const draft = page.data.find((r) => r.draft && r.tag_name === tag);
                if (draft)
                    return draft;
            }
            return undefined;
        });
    }
    /** The record a release's notes keep, its URL the asset's; undefined if mxdeploy did not make it. */
    recordOf(release) {
        const stored = recordFromNotes(release.body, release.tag_name);
        if (!stored)
            return undefined;
        if (releaseTag(stored.app, stored.version) !== release.tag_name) {
            throw new errors/* ConfigurationError */.j1(`release ${release.tag_name} in ${this.fullName} keeps the record of ${stored.app} ${stored.version}, not of its tag: its notes were edited by hand`);
        }
        const asset = release.assets.find((a) => a.name === assetName(stored.app, stored.version));
        return { ...stored, url: asset?.browser_download_url ?? stored.url };
    }
    async publish({ file, record }) {
        const tag = tagFor(record.app, record.version);
        const published = await this.byTag(tag, WRITE);
        if (published)
            return this.alreadyPublished(published, record.sha256);
        const commit = record.commit ?? this.options.defaultCommit;
        if (!commit) {
            throw new errors/* ConfigurationError */.j1(`${record.app} ${record.version} names no commit, and a release tags one: build the package in a git checkout (its manifest then records the commit) or set GITHUB_SHA`);
        }
        const name = assetName(record.app, record.version);
        const { server = 'https://github.com' } = this.options.notes.links;
        const full = {
            ...record,
            url: `${server}/${this.fullName}/releases/download/${encodeURIComponent(tag)}/${name}`
        };
        const body = releaseNotes(full, this.options.notes);
        let release = await this.draftByTag(tag);
        if (release)
            this.log.info(`resuming the draft release ${tag} left by an earlier attempt`);
        else {
            const created = await this.createDraft(tag, commit, `${record.app} ${record.version}`, body);
            if (!created.draft)
                return this.alreadyPublished(created, record.sha256);
            release = created;
        }
        await this.uploadAssets(release, file, full);
        const done = await this.call(WRITE, `publish release ${tag}`, async () => {
            try {
                const { data } = await this.octokit.rest.repos.updateRelease({
                    ...this.ref,
                    release_id: release.id,
                    target_commitish: commit,
                    name: `${record.app} ${record.version}`,
                    body,
                    draft: false
                });
                return data;
            }
            catch (error) {
                throw this.badTarget(error, commit) ?? error;
            }
        });
        this.log.info(`published release ${tag} on commit ${commit}`);
        return { record: this.recordOf(done) ?? full, created: true };
    }
    /** GitHub's 422 for a target it does not have, as what to do about it. */
    badTarget(error, commit) {
        if (!(error instanceof dist_src/* RequestError */.G) || error.status !== 422)
            return undefined;
        const data = error.response?.data;
        if (!(data?.errors ?? []).some((e) => e.field === 'target_commitish'))
            return undefined;
        return new errors/* ConfigurationError */.j1(`commit ${commit}, which the package was built from, is not in ${this.fullName}: push it, then publish again (the release stays a draft until then)`);
    }
    async createDraft(tag, commit, name, body) {
        return this.call(WRITE, `create release ${tag}`, async () => {
            try {
                const { data } = await this.octokit.rest.repos.createRelease({
                    ...this.ref,
                    tag_name: tag,
                    target_commitish: commit,
                    name,
                    body,
                    draft: true
                });
                this.log.info(`created the draft release ${tag}`);
                return data;
            }
            catch (error) {
                // Another publisher made it meanwhile: take what is there.
                if (!alreadyExists(error))
                    throw this.badTarget(error, commit) ?? error;
                const other = (await this.byTag(tag, WRITE)) ?? (await this.draftByTag(tag));
                if (!other)
                    throw error;
                return other;
            }
        });
    }
    alreadyPublished(release, sha256) {
        const tag = release.tag_name;
        const stored = this.recordOf(release);
        if (!stored) {
            throw new errors/* ConfigurationError */.j1(`release ${tag} already exists in ${this.fullName} and was not made by mxdeploy (its notes hold no package record): delete it, or build with another version`);
        }
        if (stored.sha256 !== sha256) {
            throw new errors/* ConfigurationError */.j1(`${stored.app} ${stored.version} is already published with other content (SHA-256 ${stored.sha256}, this package ${sha256}) as release ${tag} in ${this.fullName}; published packages are never overwritten: build with a new version or build number`);
        }
        const name = assetName(stored.app, stored.version);
        if (!release.assets.some((a) => a.name === name)) {
            throw new errors/* ConfigurationError */.j1(`release ${tag} in ${this.fullName} is published but has no asset ${name}: it was removed by hand; delete the release (and its tag) to publish again`);
        }
        return { record: stored, created: false };
    }
    /**
     * Uploads what the draft lacks: an asset already there with the same bytes is kept, one with
     * other bytes (an earlier attempt's) is replaced, which is allowed only because it is a draft.
     */
    async uploadAssets(release, file, record) {
        const name = assetName(record.app, record.version);
        const { size } = await (0,promises_.stat)(file);
        if (size !== record.size) {
            throw new errors/* ConfigurationError */.j1(`${file} changed while it was being published (${size} bytes, expected ${record.size})`);
        }
        const sidecar = `${record.sha256}  ${name}\n`;
        const wanted = [
            { name, sha256: record.sha256, size, type: 'application/zip', data: () => (0,external_node_fs_.openAsBlob)(file) },
            {
                name: `${name}.sha256`,
                sha256: (0,external_node_crypto_.createHash)('sha256').update(sidecar).digest('hex'),
                size: Buffer.byteLength(sidecar),
                type: 'text/plain',
                data: () => Promise.resolve(new Blob([sidecar]))
            }
        ];
        for (const asset of wanted) {
            const doing = `upload ${asset.name} to release ${release.tag_name}`;
            await this.call(WRITE, doing, async () => {
                const present = release.assets.find((a) => a.name === asset.name);
                if (present) {
                    if (await assetHolds(this.octokit, this.ref, present, asset, this.assetRetry))
                        return;
                    this.log.info(`replacing ${asset.name} of the draft ${release.tag_name}: other bytes`);
                    await this.octokit.rest.repos.deleteReleaseAsset({ ...this.ref, asset_id: present.id });
                }
                let uploaded;
                try {
                    const data = await asset.data();
                    // The package shows its progress; its few-byte .sha256 beside it does not need to.
                    const reporter = asset.name === name ? this.log.progress : undefined;
                    uploaded = await (0,progress/* withProgress */.E0)(reporter, `uploading ${asset.name}`, data.size, (progress) => uploadAsset(this.octokit, release, asset.name, data, asset.type, progress));
                }
                catch (error) {
                    if (!alreadyExists(error))
                        throw error;
                    // The upload took effect but its answer was lost; the retry met the asset it made.
                    const { data } = await this.octokit.rest.repos.listReleaseAssets({
                        ...this.ref,
                        release_id: release.id,
                        per_page: 100
                    });
                    const made = data.find((a) => a.name === asset.name);
                    if (made && (await assetHolds(this.octokit, this.ref, made, asset, this.assetRetry)))
                        return;
                    throw new errors/* OperationError */.OK(`${asset.name} was uploaded to the draft ${release.tag_name} by someone else meanwhile: publish again`);
                }
                if (uploaded.digest && uploaded.digest !== `sha256:${asset.sha256}`) {
                    throw new errors/* ConfigurationError */.j1(`${asset.name} arrived with ${uploaded.digest}, not sha256:${asset.sha256}: ${file} changed while it was uploaded; the release stays a draft`);
                }
            });
        }
    }
    /** The app's published releases with their records, newest first. */
    async entries(app) {
        checkApp(app);
        const tag = new RegExp(`^${app.replace(/\./g, '\\.')}-v\\d+\\.\\d+\\.\\d+\\.\\d+$`);
        const found = [];
        await this.call(READ, 'list releases', async () => {
            const pages = this.octokit.paginate.iterator(this.octokit.rest.repos.listReleases, {
                ...this.ref,
                per_page: 100
            });
            for await (const page of pages) {
                for (const release of page.data) {
                    if (release.draft || !tag.test(release.tag_name))
                        continue;
                    try {
                        const record = this.recordOf(release);
                        if (record?.app === app)
                            found.push({ release, record });
                    }
                    catch (error) {
                        // One release edited by hand must not hide the others.
                        this.log.warning(`skipping release ${release.tag_name}: ${error.message}`);
                    }
                }
            }
        });
        return found.sort((a, b) => b.record.createdAt.localeCompare(a.record.createdAt) ||
            (0,mda_version/* compareVersions */.Zy)(b.record.version, a.record.version));
    }
    async find(app, version) {
        if (version === 'latest')
            return (await this.entries(app))[0];
        const release = await this.byTag(tagFor(app, version), READ);
        const record = release && this.recordOf(release);
        return release && record ? { release, record } : undefined;
    }
    async list(app) {
        return (await this.entries(app)).map((entry) => entry.record);
    }
    async get(app, version) {
        return (await this.find(app, version))?.record;
    }
    async download(app, version, dest) {
        const found = await this.find(app, version);
        if (!found) {
            throw new errors/* ConfigurationError */.j1(`${app} ${version} is not published as a release in ${this.fullName} (repository github-release)`);
        }
        const { release, record } = found;
        const name = assetName(record.app, record.version);
        const asset = release.assets.find((a) => a.name === name);
        if (!asset) {
            throw new errors/* ConfigurationError */.j1(`release ${release.tag_name} in ${this.fullName} has no asset ${name}: it was removed by hand`);
        }
        await (0,make_directory/* makeDirectory */.O)((0,external_node_path_.dirname)(dest));
        await (0,promises_.rm)(dest, { force: true });
        const sha256 = await this.call(READ, `download ${name}`, () => downloadAsset(this.octokit, this.ref, asset, dest, this.assetRetry));
        if (sha256 !== record.sha256) {
            await (0,promises_.rm)(dest, { force: true });
            throw new errors/* ConfigurationError */.j1(`${app} ${record.version} in release ${release.tag_name} of ${this.fullName} has SHA-256 ${sha256}, but it was published with ${record.sha256}: the asset was changed; it will not be deployed`);
        }
        return record;
    }
    async delete(app, version) {
        const tag = tagFor(app, version);
        const release = (await this.byTag(tag, WRITE)) ?? (await this.draftByTag(tag));
        await this.call(WRITE, `delete release ${tag}`, async () => {
            if (release)
                await this.octokit.rest.repos.deleteRelease({ ...this.ref, release_id: release.id });
            try {
                // GitHub keeps the tag of a deleted release; a pruned package goes completely.
                await this.octokit.rest.git.deleteRef({ ...this.ref, ref: `tags/${tag}` });
            }
            catch (error) {
                // 422 "Reference does not exist": nothing left to remove.
                if (!(error instanceof dist_src/* RequestError */.G) || ![404, 422].includes(error.status))
                    throw error;
            }
        });
    }
}

;// CONCATENATED MODULE: ./src/repository/github-release/open.ts




/** The `github-release` repository that `github` reaches: its token, repository and API (GHES too). */
function openGitHubReleaseRepository(github, context = {}) {
    const { token, repository = '' } = github;
    if (!token) {
        throw new errors/* ConfigurationError */.j1('repository github-release needs a GitHub token: set GITHUB_TOKEN or GH_TOKEN (in a workflow, the action passes its github-token input)');
    }
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) {
        throw new errors/* ConfigurationError */.j1(`repository github-release needs the GitHub repository that holds the releases: set GITHUB_REPOSITORY=owner/name${repository ? ` (it is "${repository}")` : ''}`);
    }
    context.log?.secret(token);
    return new GitHubReleaseRepository({
        octokit: (0,octokit.createOctokit)({
            token,
            baseUrl: github.apiUrl,
            ...(context.log ? { logger: context.log } : {})
        }),
        repository,
        defaultCommit: github.sha,
        notes: {
            patterns: (0,story_patterns/* compileStoryPatterns */.Y9)(context.storyPatterns),
            links: { server: github.serverUrl, repository }
        },
        ...(context.retry ? { retry: context.retry } : {}),
        ...(context.log ? { log: context.log } : {})
    });
}


/***/ }),

/***/ 75731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ checkRecord)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

function isText(value) {
    return typeof value === 'string';
}
/**
 * A stored package record (record.json, a release's notes) checked field by field: a record that
 * lies about its shape is refused. `where` names it in messages ("artifact x: record.json").
 */
function checkRecord(value, where) {
    const wrong = (field) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where} has no valid "${field}"`);
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw wrong('app');
    const fields = value;
    for (const field of [
        'app',
        'version',
        'runtimeVersion',
        'modelVersion',
        'createdAt',
        'createdBy',
        'url'
    ]) {
        if (!isText(fields[field]))
            throw wrong(field);
    }
    if (!isText(fields['sha256']) || !/^[0-9a-f]{64}$/.test(fields['sha256']))
        throw wrong('sha256');
    if (typeof fields['size'] !== 'number' || !Number.isSafeInteger(fields['size']))
        throw wrong('size');
    for (const field of ['commit', 'branch']) {
        if (fields[field] !== null && !isText(fields[field]))
            throw wrong(field);
    }
    const stories = fields['stories'] ?? [];
    if (!Array.isArray(stories) || !stories.every(isText))
        throw wrong('stories');
    return { ...fields, stories };
}


/***/ }),

/***/ 45156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ extractStories),
/* harmony export */   l: () => (/* binding */ scanStories)
/* harmony export */ });
/* harmony import */ var _story_patterns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10970);

// Items of a trailer list ("Stories: 12, 34 and 56"): split on commas, semicolons and blanks;
// an item without a digit ("and") is a word, not an ID.
const LIST_SEPARATOR = /[\s,;]+/;
const HAS_DIGIT = /[0-9]/;
function collect(message, pattern, order, hits) {
    const regex = pattern.regex;
    regex.lastIndex = 0;
    for (let match = regex.exec(message); match !== null; match = regex.exec(message)) {
        if (match[0] === '') {
            regex.lastIndex++; // a pattern that can match nothing must still move on
            continue;
        }
        const groups = match.groups;
        const list = groups?.['ids'];
        if (list !== undefined) {
            let offset = match.index;
            for (const item of list.split(LIST_SEPARATOR)) {
                const id = item.replace(/^[([]+|[.)\]]+$/g, '');
                if (!HAS_DIGIT.test(id))
                    continue;
                const at = message.indexOf(item, offset);
                offset = at + item.length;
                hits.push({ id, index: at, order, pattern, groups: undefined });
            }
            continue;
        }
        const id = groups?.['id'] ?? match[1] ?? match[0];
        if (id !== '')
            hits.push({ id, index: match.index, order, pattern, groups });
    }
}
/**
 * Every story ID of one commit message, in the order they appear, each once, passed to `visit`
 * (no result array: this runs for every commit of a range). When two patterns find the same ID
 * the first keeps it, and it takes a link from a later one if it had none. Returns the count.
 */
function scanStories(message, patterns, context, visit) {
    // Made only once a pattern's text is in the message: many commits name no story.
    let hits;
    for (let order = 0; order < patterns.length; order++) {
        const pattern = patterns[order];
        // A cheap substring test spares running the regex over most messages.
        if (pattern.requires !== undefined && !message.includes(pattern.requires))
            continue;
        collect(message, pattern, order, (hits ??= []));
    }
    if (hits === undefined || hits.length === 0)
        return 0;
    if (hits.length === 1) {
        const [hit] = hits;
        visit(hit.id, hit.pattern.name, (0,_story_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .storyUrl */ .Tg)(hit.pattern.url, hit.id, hit.groups, context) ?? null);
        return 1;
    }
    hits.sort((a, b) => a.index - b.index || a.order - b.order);
    let found = 0;
    for (let i = 0; i < hits.length; i++) {
        const hit = hits[i];
        let seen = false;
        for (let j = 0; j < i && !seen; j++)
            seen = hits[j].id === hit.id;
        if (seen)
            continue;
        // Links are built only for the hit that keeps an ID, or the later ones while it has none.
        let url;
        for (let j = i; j < hits.length && url === undefined; j++) {
            const other = hits[j];
            if (other.id === hit.id)
                url = (0,_story_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .storyUrl */ .Tg)(other.pattern.url, other.id, other.groups, context);
        }
        visit(hit.id, hit.pattern.name, url ?? null);
        found++;
    }
    return found;
}
/** The stories of one commit message as a list (see `scanStories`). */
function extractStories(message, patterns, context = {}) {
    const refs = [];
    scanStories(message, patterns, context, (id, tracker, url) => refs.push({ id, tracker, url }));
    return refs;
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

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ BUILDER),
/* harmony export */   u: () => (/* binding */ MXDEPLOY_VERSION)
/* harmony export */ });
/** mxdeploy's own version, recorded in every package it builds. Kept equal to package.json's. */
const MXDEPLOY_VERSION = '0.1.0';
const BUILDER = `mxdeploy ${MXDEPLOY_VERSION}`;


/***/ })

};
