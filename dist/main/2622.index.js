export const id = 2622;
export const ids = [2622];
export const modules = {

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

/***/ 12741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dashboardCommand: () => (/* binding */ dashboardCommand),
/* harmony export */   writeDashboard: () => (/* binding */ writeDashboard)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _app_trace_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12368);
/* harmony import */ var _dashboard_build_dashboard_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32401);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83916);
/* harmony import */ var _git_commit_times_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85936);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3567);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15107);







async function activityLog(context, workspace) {
    const which = (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .stringValue */ .r)(context, 'activity') ?? 'jsonl';
    if (which === 'jsonl')
        return workspace.activity;
    if (which !== 'github') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`--activity ${which} is not one of jsonl, github`);
    }
    // Loaded only when asked for: the GitHub client costs start-up time.
    const { openDeploymentsLog } = await Promise.all(/* import() */[__webpack_require__.e(4101), __webpack_require__.e(5088)]).then(__webpack_require__.bind(__webpack_require__, 55088));
    return openDeploymentsLog(workspace.github, workspace.config, context.log);
}
/**
 * Writes the dashboard of the app in mxdeploy.yml into a folder: a self-contained index.html
 * (environments board, promotion view, history, story search, DORA charts) and data.json.
 */
async function writeDashboard(context, workspace, out) {
    const { config } = workspace;
    const tracing = await (0,_app_trace_context_js__WEBPACK_IMPORTED_MODULE_1__/* .traceContext */ .D)({
        traceability: config.traceability,
        file: config.file,
        dir: config.dir,
        github: workspace.github,
        log: context.log
    });
    return (0,_dashboard_build_dashboard_js__WEBPACK_IMPORTED_MODULE_2__/* .buildDashboard */ .p)({
        config,
        activity: await activityLog(context, workspace),
        repository: workspace.repository,
        ...tracing,
        commitTimes: (0,_git_commit_times_js__WEBPACK_IMPORTED_MODULE_3__/* .gitCommitTimes */ .S)(config.dir),
        out
    });
}
const dashboardCommand = {
    name: 'dashboard',
    summary: 'Write a static dashboard of the app: what runs in each environment, what waits to be promoted and the stories it brings, the history, a story search and the DORA figures.',
    usage: 'dashboard [--out DIR] [--activity jsonl|github]',
    options: {
        ..._workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .WORKSPACE_OPTIONS */ .n,
        out: {
            type: 'string',
            short: 'o',
            value: 'DIR',
            description: 'folder to write index.html and data.json into (default: dashboard in the state folder)'
        },
        activity: {
            type: 'string',
            value: 'jsonl|github',
            description: 'activity log to read: jsonl (the state folder, default) or github (GitHub Deployments of GITHUB_REPOSITORY with GITHUB_TOKEN)'
        }
    },
    async run(context) {
        const workspace = await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .openWorkspace */ .O)(context);
        const option = (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .stringValue */ .r)(context, 'out');
        const out = option ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(context.io.cwd, option) : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(workspace.stateDir, 'dashboard');
        const site = await writeDashboard(context, workspace, out);
        const { model } = site;
        const json = {
            app: model.app,
            dir: site.dir,
            index: site.index,
            data: site.data,
            bytes: site.bytes,
            environments: model.environments.map((e) => ({
                name: e.name,
                version: e.running?.version ?? null,
                lastResult: e.last?.result ?? null
            })),
            pending: model.pending.map((p) => ({
                from: p.from,
                to: p.to,
                version: p.version,
                stories: p.stories.map((s) => s.id)
            })),
            operations: model.history.length,
            stories: model.stories.length
        };
        return { json, text: `dashboard of ${model.app}: ${site.index}` };
    }
};


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


/***/ })

};
