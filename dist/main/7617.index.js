export const id = 7617;
export const ids = [7617];
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
