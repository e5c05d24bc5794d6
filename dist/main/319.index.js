export const id = 319;
export const ids = [319];
export const modules = {

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

/***/ 28046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ actionTraceContext)
/* harmony export */ });
/* harmony import */ var _github_compare_commit_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29856);
/* harmony import */ var _trace_git_commit_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87108);
/* harmony import */ var _trace_story_patterns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59050);
/* harmony import */ var _trace_trace_range_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91656);




/**
 * Commits come from the checkout in the workspace, and from GitHub's compare API when the
 * checkout lacks them (actions/checkout fetches one commit unless given fetch-depth: 0).
 */
function actionTraceContext(options) {
    const { octokit, context } = options;
    return {
        sources: [
            new _trace_git_commit_source_js__WEBPACK_IMPORTED_MODULE_0__/* .GitCommitSource */ .P(options.workspace),
            new _github_compare_commit_source_js__WEBPACK_IMPORTED_MODULE_3__.GitHubCompareSource({ octokit, owner: context.owner, repo: context.repo })
        ],
        patterns: (0,_trace_story_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .compileStoryPatterns */ .Y9)(options.traceability.patterns, options.file ?? ''),
        limit: options.traceability.limit ?? _trace_trace_range_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_TRACE_LIMIT */ .CO,
        links: { server: context.serverUrl, repository: `${context.owner}/${context.repo}` }
    };
}


/***/ }),

/***/ 29856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubCompareSource: () => (/* binding */ GitHubCompareSource)
/* harmony export */ });
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31015);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _trace_commit_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83964);
/* harmony import */ var _permission_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86759);




/** GitHub's documented page size for lists; compare pages hold at most 250 commits. */
const PER_PAGE = 100;
const FULL_SHA = /^[0-9a-f]{40}$/;
function toSource(commit) {
    const message = commit.commit.message;
    return {
        sha: commit.sha,
        message,
        subject: (0,_trace_commit_source_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSubject */ .s)(message),
        parents: commit.parents.length
    };
}
function hasNextPage(headers) {
    return /<[^>]*>;\s*rel="next"/.test(headers.link ?? '');
}
function isNotFound(error) {
    return error instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_1__/* .RequestError */ .G && (error.status === 404 || error.status === 422);
}
/**
 * Commit ranges read from GitHub's REST API, for a checkout that lacks the history (a shallow
 * clone): `compare/{from}...{to}` page by page, or the commit list of `to` for a first
 * deployment. Commits are visited newest first, as git would list them.
 */
class GitHubCompareSource {
    options;
    name = "GitHub's compare API";
    constructor(options) {
        this.options = options;
    }
    get fullName() {
        return `${this.options.owner}/${this.options.repo}`;
    }
    async read(range, visit) {
        if (!(range.limit >= 1))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`the commit limit must be at least 1`);
        try {
            return range.from === undefined
                ? await this.readHistory(range.to, range.limit, visit)
                : await this.readCompare(range.from, range.to, visit);
        }
        catch (error) {
            if (isNotFound(error))
                return this.missing(range);
            throw (0,_permission_error_js__WEBPACK_IMPORTED_MODULE_3__/* .permissionError */ .e)(error, 'contents: read', `read the commits of ${this.fullName}`);
        }
    }
    async readCompare(from, to, visit) {
        const { octokit, owner, repo } = this.options;
        const commits = [];
        let base = from;
        for (let page = 1;; page++) {
            const response = await octokit.rest.repos.compareCommitsWithBasehead({
                owner,
                repo,
                basehead: `${from}...${to}`,
                per_page: PER_PAGE,
                page
            });
            base = response.data.base_commit.sha;
            commits.push(...response.data.commits);
            const total = response.data.total_commits;
            if (!hasNextPage(response.headers) || commits.length >= total)
                break;
        }
        // GitHub lists them oldest first; sources hand them on newest first.
        for (let i = commits.length - 1; i >= 0; i--)
            visit(toSource(commits[i]));
        const head = commits.at(-1)?.sha ?? (await this.resolve(to));
        return { status: 'complete', from: base, to: head, count: commits.length, truncated: false };
    }
    async readHistory(to, limit, visit) {
        const { octokit, owner, repo } = this.options;
        let count = 0;
        let head;
        for (let page = 1; count <= limit; page++) {
            const response = await octokit.rest.repos.listCommits({
                owner,
                repo,
                sha: to,
                per_page: PER_PAGE,
                page
            });
            for (const commit of response.data) {
                head ??= commit.sha;
                if (++count > limit)
                    break;
                visit(toSource(commit));
            }
            if (!hasNextPage(response.headers))
                break;
        }
        const truncated = count > limit;
        return {
            status: 'complete',
            from: null,
            to: head ?? (await this.resolve(to)),
            count: truncated ? limit : count,
            truncated
        };
    }
    async resolve(ref, check = false) {
        if (FULL_SHA.test(ref) && !check)
            return ref;
        const { octokit, owner, repo } = this.options;
        return (await octokit.rest.repos.getCommit({ owner, repo, ref, per_page: 1 })).data.sha;
    }
    /** Which revision GitHub does not know, said as a missing-history outcome. */
    async missing(range) {
        const wanted = [[range.to, '--to']];
        if (range.from !== undefined)
            wanted.push([range.from, '--from']);
        for (const [revision, flag] of wanted) {
            const known = await this.resolve(revision, true).then(() => true, (error) => {
                if (isNotFound(error))
                    return false;
                throw (0,_permission_error_js__WEBPACK_IMPORTED_MODULE_3__/* .permissionError */ .e)(error, 'contents: read', `read commit ${revision}`);
            });
            if (!known) {
                return {
                    status: 'history-missing',
                    reason: 'revision-missing',
                    revision,
                    message: `${flag} ${revision} is not a commit of ${this.fullName} on GitHub: check the name, and that it was pushed`
                };
            }
        }
        return {
            status: 'history-missing',
            reason: 'unavailable',
            message: `GitHub cannot compare ${range.from ?? '(start)'}...${range.to} in ${this.fullName}`
        };
    }
    async contains(ancestor, descendant) {
        const { octokit, owner, repo } = this.options;
        try {
            const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
                owner,
                repo,
                basehead: `${ancestor}...${descendant}`,
                per_page: 1
            });
            return data.status === 'identical' || data.status === 'ahead';
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            throw (0,_permission_error_js__WEBPACK_IMPORTED_MODULE_3__/* .permissionError */ .e)(error, 'contents: read', `compare commits of ${this.fullName}`);
        }
    }
}


/***/ }),

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
            throw (0,request_failure/* explainFailure */.S)(error, attemptsOf(requestOptions));
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
    if (!(error instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .G) || (0,_request_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .isRateLimited */ .J)(error))
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
/* harmony export */   J: () => (/* binding */ isRateLimited),
/* harmony export */   S: () => (/* binding */ explainFailure)
/* harmony export */ });
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31015);

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


/***/ }),

/***/ 47068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ runContext)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** Reads the run from GITHUB_* variables; refuses to guess when the repository is unknown. */
function runContext(env) {
    const repository = env['GITHUB_REPOSITORY'] ?? '';
    const [owner, repo] = repository.split('/');
    if (!owner || !repo) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('GITHUB_REPOSITORY is not set (owner/repo): run this in a GitHub Actions job, or set it');
    }
    const serverUrl = env['GITHUB_SERVER_URL'] || 'https://github.com';
    const runId = env['GITHUB_RUN_ID'] || undefined;
    const runAttempt = env['GITHUB_RUN_ATTEMPT'] || undefined;
    const attempt = runAttempt && runAttempt !== '1' ? `/attempts/${runAttempt}` : '';
    return {
        owner,
        repo,
        serverUrl,
        runId,
        runAttempt,
        sha: env['GITHUB_SHA'] ?? '',
        actor: env['GITHUB_ACTOR'] || 'unknown',
        eventName: env['GITHUB_EVENT_NAME'] || undefined,
        runUrl: runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}${attempt}` : null
    };
}


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderDeploymentSummary),
/* harmony export */   e: () => (/* binding */ SUMMARY_MAX_BYTES)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14031);
/* harmony import */ var _fit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40877);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54285);



/** GitHub refuses a step summary over 1 MiB; stay below it with room for other steps' text. */
const SUMMARY_MAX_BYTES = 1_000_000;
const TITLE = {
    deploy: ['Deployed', 'Deployment of'],
    rollback: ['Rolled back', 'Rollback of'],
    reconciled: ['Reconciled', 'Reconciling of'],
    start: ['Started', 'Start of'],
    stop: ['Stopped', 'Stop of'],
    restart: ['Restarted', 'Restart of']
};
function title(record) {
    const [done, failed] = TITLE[record.operation];
    const what = record.package
        ? `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(record.app, 100)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(record.package.version, 50)}`
        : (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(record.app, 100);
    const where = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(record.environment, 100);
    return record.result === 'success'
        ? `## ✅ ${done} ${what} ${record.operation === 'deploy' ? 'to' : 'on'} ${where}`
        : `## ❌ ${failed} ${what} ${record.operation === 'deploy' ? 'to' : 'on'} ${where} failed`;
}
function mfa(record) {
    if (!record.mfa)
        return 'not required';
    const users = record.mfa.users.map(({ user, via }) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(user, 60)} (${via === 'code' ? 'code' : '8-hour session'})`);
    return `TOTP: ${users.join(', ') || 'none'}`;
}
function facts(input) {
    const { record } = input;
    const links = input.links ?? {};
    const rows = [
        ['Environment', (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownLink */ .iQ)(record.environment, input.environmentUrl, 100)],
        ['Package', record.package ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(record.package.version, 50) : 'none']
    ];
    if (record.package)
        rows.push(['SHA-256', `\`${record.package.sha256.slice(0, 12)}\``]);
    if (record.commit)
        rows.push(['Commit', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .commitRef */ .lu)(record.commit, links)]);
    rows.push(['Deployed by', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .userRef */ .lz)(record.actor, links)], [
        'Approved by',
        record.approvers.length ? record.approvers.map((a) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .userRef */ .lz)(a, links)).join(', ') : 'nobody'
    ], ['MFA', mfa(record)], ['Time', `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatTime */ .fU)(record.time)} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(record.durationMs)})`]);
    if (record.runUrl)
        rows.push(['Run', (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownLink */ .iQ)('workflow run', record.runUrl)]);
    if (record.result === 'failure' && record.error) {
        rows.push(['Error', (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(record.error, 500)]);
    }
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownTable */ .Qj)(['', ''], rows);
}
function rangeLine(trace, environment, links) {
    const env = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(environment, 100);
    if (trace.firstDeployment) {
        return trace.truncated
            ? `First deployment to ${env}: the newest ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(trace.commits.length, 'commit')} up to ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .commitRef */ .lu)(trace.to, links)} (older history is beyond traceability.limit).`
            : `First deployment to ${env}: the whole history up to ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .commitRef */ .lu)(trace.to, links)}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(trace.commits.length, 'commit')}.`;
    }
    return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(trace.commits.length, 'commit')} since the last deployment to ${env} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .commitRef */ .lu)(trace.from, links)}…${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .commitRef */ .lu)(trace.to, links)}).`;
}
function storyLine(story) {
    const commits = story.commits ? ` (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(story.commits.length, 'commit')})` : '';
    return `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownLink */ .iQ)(story.id, story.url, 100)}${commits}`;
}
function more(hidden, one, many) {
    return hidden > 0 ? [`- … and ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(hidden, `more ${one}`, `more ${many}`)}`] : [];
}
function commitLines(trace, links) {
    const urls = new Map(trace.stories.map((story) => [story.id, story.url]));
    return trace.commits.map((commit) => {
        const ids = commit.stories.length
            ? ` — ${commit.stories.map((id) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownLink */ .iQ)(id, urls.get(id), 100)).join(', ')}`
            : '';
        return `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .commitRef */ .lu)(commit.sha, links)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(commit.subject, 120)}${ids}`;
    });
}
/**
 * The job summary of one stage run: environment, package, SHA-256, who deployed and approved,
 * MFA, the stories with links and the commits. Untrusted text is escaped; stays under 1 MB.
 */
function renderDeploymentSummary(input, maxBytes = SUMMARY_MAX_BYTES) {
    const { record, trace } = input;
    const links = input.links ?? {};
    const stories = (trace?.stories ?? record.stories.map((id) => ({ id, tracker: '', url: null }))).map(storyLine);
    // Every line is escaped once; fitting the limit then only joins more or fewer of them.
    const commits = trace ? commitLines(trace, links) : [];
    const head = [title(record), '', facts(input), '', `### Stories (${stories.length})`, ''];
    // Lists are left out (`lists` false) to size the rest; their lines' sizes are known.
    const render = (shown, lists = true) => {
        const parts = [...head];
        const storyCount = Math.min(shown, stories.length);
        if (!stories.length)
            parts.push('None named.');
        else if (lists)
            parts.push(...stories.slice(0, storyCount));
        parts.push(...more(stories.length - storyCount, 'story', 'stories'), '', `### Commits (${commits.length})`, '');
        if (trace) {
            const commitCount = Math.min(shown, commits.length);
            parts.push(rangeLine(trace, record.environment, links), '');
            if (lists)
                parts.push(...commits.slice(0, commitCount));
            parts.push(...more(commits.length - commitCount, 'commit', 'commits'));
        }
        else {
            parts.push((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(input.traceNote ?? 'The commits of this deployment are not known.'));
        }
        return `${parts.join('\n')}\n`;
    };
    return (0,_fit_js__WEBPACK_IMPORTED_MODULE_2__/* .renderFitting */ .G8)(render, stories, commits, maxBytes);
}


/***/ }),

/***/ 14031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   kc: () => (/* binding */ logText),
/* harmony export */   p7: () => (/* binding */ markdownText)
/* harmony export */ });
/* unused harmony exports truncate, plainText */
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

/***/ 40877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G8: () => (/* binding */ renderFitting),
/* harmony export */   oA: () => (/* binding */ largestFitting)
/* harmony export */ });
/* unused harmony export lineBytePrefix */
/**
 * The largest `n` in [0, max] for which `size(n)` is at most `limit`, or -1 when not even
 * `size(0)` is. `size` must grow with `n`; it is called O(log max) times.
 */
function largestFitting(max, limit, size) {
    if (size(max) <= limit)
        return max;
    let low = -1; // fits (or -1: nothing known to fit)
    let high = max; // does not fit
    while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (size(middle) <= limit)
            low = middle;
        else
            high = middle;
    }
    return low;
}
/**
 * `prefix[n]` is the UTF-8 size of the first `n` lines with a newline after each, so the size of
 * a text that lists n of them is known without joining them again.
 */
function lineBytePrefix(lines) {
    const prefix = [0];
    let total = 0;
    for (const line of lines)
        prefix.push((total += Buffer.byteLength(line) + 1));
    return prefix;
}
/**
 * Renders with as many lines of two lists as fit in `maxBytes` (the first `n` of each).
 * `render(n, false)` renders everything but the lists' lines, whose sizes are known, so each
 * try of the search costs one render of the rest only.
 */
function renderFitting(render, first, second, maxBytes) {
    const firstBytes = lineBytePrefix(first);
    const secondBytes = lineBytePrefix(second);
    const size = (n) => Buffer.byteLength(render(n, false)) +
        firstBytes[Math.min(n, first.length)] +
        secondBytes[Math.min(n, second.length)];
    const shown = largestFitting(Math.max(first.length, second.length), maxBytes, size);
    return render(Math.max(0, shown));
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   fU: () => (/* binding */ formatTime),
/* harmony export */   lu: () => (/* binding */ commitRef),
/* harmony export */   lz: () => (/* binding */ userRef),
/* harmony export */   oh: () => (/* binding */ thousands)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14031);

const HEX = /^[0-9a-f]{4,64}$/i;
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
/** A commit SHA as inline code, linked to the commit when the repository is known. */
function commitRef(sha, links = {}, length = 7) {
    if (!HEX.test(sha))
        return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(sha, 16);
    const short = `\`${sha.slice(0, length)}\``;
    const url = links.repository
        ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .safeUrl */ .Pl)(`${(links.server ?? 'https://github.com').replace(/\/+$/, '')}/${links.repository}/commit/${sha}`)
        : undefined;
    return url ? `[${short}](${url})` : short;
}
/**
 * A GitHub user by login, linked to the profile without an @mention, so rendering it notifies
 * nobody; anything that is not a plain login is escaped text.
 */
function userRef(login, links = {}) {
    if (!LOGIN.test(login))
        return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(login, 60);
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownLink */ .iQ)(login, `${(links.server ?? 'https://github.com').replace(/\/+$/, '')}/${login}`);
}
/** An ISO 8601 time as `2024-05-01 12:34 UTC`, the same on every machine. */
function formatTime(iso) {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime()))
        return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(iso, 40);
    return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
/** A duration in milliseconds as people read it: 850 ms, 42 s, 3 min 5 s. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.max(0, Math.round(ms))} ms`;
    const seconds = Math.round(ms / 1000);
    if (seconds < 60)
        return `${seconds} s`;
    const minutes = Math.floor(seconds / 60);
    return seconds % 60 ? `${minutes} min ${seconds % 60} s` : `${minutes} min`;
}
/** A markdown table from cells that are already markdown (escaped). */
function markdownTable(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
/** A whole number with thousands separated by commas, the same on every machine. */
function thousands(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** `1 commit`, `12 commits`, `1,234 commits`. */
function count(n, one, many = `${one}s`) {
    return `${thousands(n)} ${n === 1 ? one : many}`;
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
