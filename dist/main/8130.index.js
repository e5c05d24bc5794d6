export const id = 8130;
export const ids = [8130];
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
// EXTERNAL MODULE: ./src/app/repository-choice.ts
var repository_choice = __webpack_require__(67311);
// EXTERNAL MODULE: ./src/app/trace-context.ts
var trace_context = __webpack_require__(12368);
// EXTERNAL MODULE: ./src/config/load.ts + 4 modules
var load = __webpack_require__(65525);
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

// EXTERNAL MODULE: ./src/activity/github-deployments.ts
var github_deployments = __webpack_require__(61459);
// EXTERNAL MODULE: ./src/github/octokit.ts + 4 modules
var github_octokit = __webpack_require__(77617);
// EXTERNAL MODULE: ./src/github/run-context.ts
var run_context = __webpack_require__(47068);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: ./src/repository/open-repository.ts + 3 modules
var open_repository = __webpack_require__(1673);
// EXTERNAL MODULE: ./src/actions/shared/logger.ts
var logger = __webpack_require__(79453);
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
    const githubToken = core/* getInput */.V4(Inputs.GitHubToken);
    if (githubToken)
        core/* setSecret */.Pq(githubToken);
    if (!githubToken) {
        throw new errors/* ConfigurationError */.j1('input github-token is empty: leave it at its default (github.token) or pass a token with deployments: read');
    }
    const out = core/* getInput */.V4(Inputs.Out);
    if (!out)
        throw new errors/* ConfigurationError */.j1('input out is empty: give the folder to write the site into');
    return {
        out,
        config: core/* getInput */.V4(Inputs.Config) || 'mxdeploy.yml',
        repository: (0,inputs/* getOptionalInput */.l)(Inputs.Repository),
        githubToken
    };
}

;// CONCATENATED MODULE: ./src/actions/dashboard/main.ts


















/**
 * The dashboard action: the site of the app from the GitHub Deployments activity log (what the
 * stage action records) and the package repository, written where upload-pages-artifact takes it.
 */
async function run() {
    for (const name of Object.values(Outputs))
        core/* setOutput */.uH(name, '');
    try {
        const inputs = getInputs();
        const context = (0,run_context/* runContext */.p)(process.env);
        const workspace = (0,shared_config/* actionWorkspace */.W)();
        const config = await (0,load.loadConfig)((0,external_node_path_.resolve)(workspace, inputs.config));
        const github = (0,access/* githubAccess */.Y)(process.env, inputs.githubToken);
        const octokit = (0,github_octokit.createOctokit)({ token: inputs.githubToken, logger: logger/* actionLogger */.v });
        const uri = (0,repository_choice/* chooseRepository */.Q)({ given: inputs.repository, config, face: 'action' });
        const repository = await (0,open_repository.openRepository)(uri, {
            cwd: config.dir,
            env: process.env,
            github,
            storyPatterns: config.traceability.patterns,
            log: logger/* actionLogger */.v
        });
        const activity = new github_deployments/* GitHubDeploymentsLog */.o({
            octokit,
            owner: context.owner,
            repo: context.repo,
            fallbackRef: context.sha,
            runId: context.runId,
            isProduction: (name) => config.environments.find((e) => e.name === name)?.production ?? false
        });
        const tracing = await (0,trace_context/* traceContext */.D)({
            traceability: config.traceability,
            file: config.file,
            dir: workspace,
            github,
            log: logger/* actionLogger */.v
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
            log: logger/* actionLogger */.v,
            out: (0,external_node_path_.resolve)(workspace, inputs.out)
        });
        core/* setOutput */.uH(Outputs.SiteDir, site.dir);
        core/* setOutput */.uH(Outputs.Page, site.index);
        const waiting = site.model.pending.map((p) => `${(0,text_escape/* markdownText */.p7)(p.version)} ${(0,text_escape/* markdownText */.p7)(p.from)} → ${(0,text_escape/* markdownText */.p7)(p.to)} (${p.stories.length} stories)`);
        core/* summary */.z.addRaw(`## Dashboard of ${(0,text_escape/* markdownText */.p7)(site.model.app)}\n\nWritten to \`${site.dir}\`: ${site.model.environments.length} environments, ${site.model.history.length} operations, ${site.model.stories.length} stories.${waiting.length ? `\n\nWaiting: ${waiting.join('; ')}` : ''}\n`);
        await core/* summary */.z.write();
    }
    catch (error) {
        (0,logger/* failStep */.O)(error);
    }
}


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


/***/ })

};
