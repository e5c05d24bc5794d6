export const id = 2302;
export const ids = [2302,9453];
export const modules = {

/***/ 94836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/app/trace-context.ts
var trace_context = __webpack_require__(12368);
// EXTERNAL MODULE: ./src/config/load.ts + 4 modules
var load = __webpack_require__(33198);
// EXTERNAL MODULE: ./src/github/access.ts
var access = __webpack_require__(38261);
// EXTERNAL MODULE: ./src/dashboard/build-dashboard.ts + 18 modules
var build_dashboard = __webpack_require__(32401);
// EXTERNAL MODULE: ./src/git/commit-times.ts
var commit_times = __webpack_require__(85936);
;// CONCATENATED MODULE: ./src/git/github-commit-times.ts
/**
 * Committer times from GitHub, for commits a shallow checkout lacks. A commit GitHub does not know
 * (force-pushed away) is left out; other failures too, since lead time is a figure, not a gate.
 */
function githubCommitTimes(octokit, owner, repo) {
    return async (shas) => {
        const times = new Map();
        for (const sha of new Set(shas)) {
            try {
                const { data } = await octokit.rest.repos.getCommit({ owner, repo, ref: sha });
                const date = data.commit.committer?.date;
                if (date && !Number.isNaN(Date.parse(date)))
                    times.set(sha, new Date(date).toISOString());
            }
            catch {
                // Not known to GitHub, or not readable with this token: the time stays unknown.
            }
        }
        return times;
    };
}

// EXTERNAL MODULE: ./src/github/octokit.ts + 4 modules
var github_octokit = __webpack_require__(77617);
// EXTERNAL MODULE: ./src/github/run-context.ts
var run_context = __webpack_require__(47068);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: ./src/actions/shared/logger.ts
var logger = __webpack_require__(79453);
// EXTERNAL MODULE: ./src/actions/shared/runner-commands.ts
var runner_commands = __webpack_require__(72018);
// EXTERNAL MODULE: ./src/actions/shared/config.ts
var shared_config = __webpack_require__(58735);
;// CONCATENATED MODULE: ./src/actions/dashboard/constants.ts
/** Names of the dashboard action's inputs and outputs, as action.yml declares them. */
const Inputs = {
    Out: 'out',
    Config: 'config',
    Repository: 'repository',
    GitHubToken: 'github-token'
};
const Outputs = {
    SiteDir: 'site-dir',
    Page: 'page'
};

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/actions/shared/inputs.ts
var inputs = __webpack_require__(86612);
;// CONCATENATED MODULE: ./src/actions/dashboard/inputs.ts




/** The dashboard action's inputs; the token is masked before anything else can print it. */
function getInputs() {
    const githubToken = core.getInput(Inputs.GitHubToken);
    if (githubToken)
        core.setSecret(githubToken);
    if (!githubToken) {
        throw new errors/* ConfigurationError */.j1('input github-token is empty: leave it at its default (github.token) or pass a token with deployments: read');
    }
    const out = core.getInput(Inputs.Out);
    if (!out)
        throw new errors/* ConfigurationError */.j1('input out is empty: give the folder to write the site into');
    return {
        out,
        config: core.getInput(Inputs.Config) || 'mxdeploy.yml',
        repository: (0,inputs/* getOptionalInput */.l)(Inputs.Repository),
        githubToken
    };
}

// EXTERNAL MODULE: ./src/actions/shared/job.ts
var job = __webpack_require__(64242);
;// CONCATENATED MODULE: ./src/actions/dashboard/main.ts

















/**
 * The dashboard action: the site of the app from the GitHub Deployments activity log (what the
 * stage action records) and the package repository, written where upload-pages-artifact takes it.
 */
async function run() {
    for (const name of Object.values(Outputs))
        core.setOutput(name, '');
    try {
        const inputs = getInputs();
        const context = (0,run_context/* runContext */.p)(process.env);
        const workspace = (0,shared_config.actionWorkspace)();
        const config = await (0,load.loadConfig)((0,external_node_path_.resolve)(workspace, inputs.config));
        const github = (0,access.githubAccess)(process.env, inputs.githubToken);
        const octokit = (0,github_octokit.createOctokit)({ token: inputs.githubToken, logger: logger.actionLogger });
        const repository = await (0,job/* jobRepository */.g)(inputs.repository, config, github, workspace);
        const activity = (0,job/* jobActivityLog */.Z)(octokit, context, config);
        const tracing = await (0,trace_context/* traceContext */.D)({
            traceability: config.traceability,
            file: config.file,
            dir: workspace,
            github,
            log: logger.actionLogger
        });
        const site = await (0,build_dashboard/* buildDashboard */.p)({
            config,
            activity,
            repository,
            ...tracing,
            commitTimes: (0,commit_times/* firstCommitTimes */.E)([
                (0,commit_times/* gitCommitTimes */.S)(workspace),
                githubCommitTimes(octokit, context.owner, context.repo)
            ]),
            log: logger.actionLogger,
            out: (0,external_node_path_.resolve)(workspace, inputs.out)
        });
        core.setOutput(Outputs.SiteDir, site.dir);
        core.setOutput(Outputs.Page, site.index);
        const waiting = site.model.pending.map((p) => `${(0,text_escape/* markdownText */.p7)(p.version)} ${(0,text_escape/* markdownText */.p7)(p.from)} → ${(0,text_escape/* markdownText */.p7)(p.to)} (${p.stories.length} stories)`);
        core.summary.addRaw(`## Dashboard of ${(0,text_escape/* markdownText */.p7)(site.model.app)}\n\nWritten to \`${site.dir}\`: ${site.model.environments.length} environments, ${site.model.history.length} operations, ${site.model.stories.length} stories.${waiting.length ? `\n\nWaiting: ${waiting.join('; ')}` : ''}\n`);
        await core.summary.write();
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

/***/ 55205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SP: () => (/* binding */ deploymentHistory),
/* harmony export */   WH: () => (/* binding */ DEPLOYING),
/* harmony export */   ZC: () => (/* binding */ hasDeployed)
/* harmony export */ });
/** Operations after which an environment runs the package they name. */
const DEPLOYING = new Set(['deploy', 'rollback', 'reconciled']);
/** Successful deployments (deploy, rollback, reconciled) of an environment, newest first. */
async function deploymentHistory(log, app, environment) {
    const records = await log.list({ app, environment });
    return records.filter((r) => DEPLOYING.has(r.operation) && r.result === 'success' && r.package !== null);
}
/** Whether the environment has ever run the package with this SHA-256 successfully. */
async function hasDeployed(log, app, environment, sha256) {
    return (await deploymentHistory(log, app, environment)).some((r) => r.package?.sha256 === sha256);
}


/***/ }),

/***/ 12368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ traceContext)
/* harmony export */ });
/* harmony import */ var _stories_story_patterns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10970);
/* harmony import */ var _trace_commit_sources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5931);
/* harmony import */ var _trace_trace_range_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44450);



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

/***/ 5931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ commitSources)
/* harmony export */ });
/* harmony import */ var _github_access_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38261);
/* harmony import */ var _git_commit_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46981);


/**
 * Where commits are read: the git checkout at `dir`, then, when `github` has a repository and a
 * token, GitHub's compare API for what a shallow clone lacks. The GitHub client loads only then.
 */
async function commitSources(dir, github, log) {
    const sources = [new _git_commit_source_js__WEBPACK_IMPORTED_MODULE_0__/* .GitCommitSource */ .P(dir)];
    const repository = (0,_github_access_js__WEBPACK_IMPORTED_MODULE_1__.ownerAndRepo)(github);
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

/***/ 24850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ StageStories),
/* harmony export */   f: () => (/* binding */ traceDeployment)
/* harmony export */ });
/* harmony import */ var _activity_environment_history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55205);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _trace_sources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44983);



/**
 * The stories a package brings to an environment: those of the commits reachable from the
 * package's commit and not from the commit of the environment's last successful deployment (from
 * the activity log, never a tag). A first deployment reads the whole history up to the limit.
 * Traceability never blocks a deployment: when the commits cannot be read, a warning says why
 * and the stories the package's build recorded are used.
 */
async function traceDeployment(options, pkg, environment) {
    const recorded = (note) => ({ trace: null, stories: pkg.stories, note });
    if (!pkg.commit) {
        return recorded(`${pkg.app} ${pkg.version} records no commit, so its commits are not known; the stories are those its build recorded.`);
    }
    try {
        const history = await (0,_activity_environment_history_js__WEBPACK_IMPORTED_MODULE_0__/* .deploymentHistory */ .SP)(options.activity, pkg.app, environment);
        const last = history.find((record) => record.commit);
        const outcome = await (0,_trace_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .traceFromSources */ .M)(options.sources, { from: last?.commit ?? undefined, to: pkg.commit, limit: options.limit }, options.patterns, { log: options.log, ...(options.links ? { links: options.links } : {}) });
        if (outcome.status === 'complete') {
            const { trace } = outcome;
            options.log.info(trace.firstDeployment
                ? `first deployment to ${environment}: ${trace.commits.length} commits${trace.truncated ? ` (the newest ${options.limit}, traceability.limit)` : ''}, ${trace.stories.length} stories`
                : `${trace.commits.length} commits since the last deployment to ${environment} (${trace.from.slice(0, 12)}), ${trace.stories.length} stories`);
            return { trace, stories: trace.stories.map((story) => story.id) };
        }
        options.log.warning(`the commits this deployment brings to ${environment} could not be read: ${outcome.message}. The deployment goes on with the stories its package recorded.`);
        return recorded(`The commits could not be read (${outcome.message}); the stories are those the package's build recorded.`);
    }
    catch (error) {
        options.log.warning(`the commits this deployment brings to ${environment} could not be read: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}. The deployment goes on with the stories its package recorded.`);
        return recorded(`The commits could not be read (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}); the stories are those the package's build recorded.`);
    }
}
/**
 * `StageRequest.storiesFor` for the staging engine, keeping what it found so the caller can show
 * the commits in its summary afterwards.
 */
class StageStories {
    options;
    /** What the last call found; undefined until the engine asks (it doesn't when nothing switches). */
    result;
    constructor(options) {
        this.options = options;
    }
    storiesFor = async (pkg, environment) => {
        this.result = await traceDeployment(this.options, pkg, environment.name);
        return this.result.stories;
    };
}


/***/ }),

/***/ 44983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ traceFromSources),
/* harmony export */   g: () => (/* binding */ containsFromSources)
/* harmony export */ });
/* harmony import */ var _trace_range_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44450);

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


/***/ })

};
