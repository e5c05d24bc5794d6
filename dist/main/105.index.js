export const id = 105;
export const ids = [105];
export const modules = {

/***/ 47261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/config/load.ts + 4 modules
var load = __webpack_require__(33198);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/app/trace-context.ts
var trace_context = __webpack_require__(12368);
// EXTERNAL MODULE: ./src/github/access.ts
var access = __webpack_require__(38261);
// EXTERNAL MODULE: ./src/github/run-context.ts
var run_context = __webpack_require__(47068);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: ./src/report/deployment-summary.ts
var deployment_summary = __webpack_require__(110);
// EXTERNAL MODULE: ./src/report/fit.ts
var fit = __webpack_require__(40877);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/report/story-check-summary.ts




function verdict(check) {
    const missing = check.findings.length;
    if (missing === 0) {
        return check.checked === 0
            ? 'No commits to check.'
            : `✅ Every commit names a story (${(0,markdown/* count */.U9)(check.checked, 'commit')}).`;
    }
    const icon = check.passed ? '⚠️' : '❌';
    return `${icon} ${(0,markdown/* count */.U9)(missing, 'commit')} of ${check.checked} ${missing === 1 ? 'names' : 'name'} no story.`;
}
/**
 * The job summary of the pull-request story check: the verdict, the stories, then one row per
 * commit with its stories (linked where the pattern has a url). Escaped; stays under 1 MB.
 */
function renderStoryCheckSummary(input, maxBytes = deployment_summary/* SUMMARY_MAX_BYTES */.e) {
    const links = input.links ?? {};
    const urls = new Map(input.stories.map((story) => [story.id, story.url]));
    const stories = input.stories.map((story) => `- ${(0,text_escape/* markdownLink */.iQ)(story.id, story.url, 100)}`);
    const [header = '', rule = '', ...rows] = (0,markdown/* markdownTable */.Qj)(['Commit', 'Subject', 'Stories'], input.commits.map((commit) => [
        (0,markdown/* commitRef */.lu)(commit.sha, links),
        (0,text_escape/* markdownText */.p7)(commit.subject, 100) + (commit.merge ? ' _(merge)_' : ''),
        commit.stories.map((id) => (0,text_escape/* markdownLink */.iQ)(id, urls.get(id), 100)).join(', ') ||
            (commit.merge ? '—' : '**none**')
    ])).split('\n');
    // Lists are left out (`lists` false) to size the rest; their lines' sizes are known.
    const render = (shown, lists = true) => {
        const storyCount = Math.min(shown, stories.length);
        const rowCount = Math.min(shown, rows.length);
        const parts = ['## User stories of this pull request', '', verdict(input.check), ''];
        parts.push(`### Stories (${stories.length})`, '');
        if (!stories.length)
            parts.push('None named.');
        else if (lists)
            parts.push(...stories.slice(0, storyCount));
        if (storyCount < stories.length) {
            parts.push(`- … and ${(0,markdown/* count */.U9)(stories.length - storyCount, 'more story', 'more stories')}`);
        }
        parts.push('', `### Commits (${rows.length})`, '');
        if (rows.length)
            parts.push(header, rule);
        if (lists)
            parts.push(...rows.slice(0, rowCount));
        if (rowCount < rows.length) {
            parts.push('', `… and ${(0,markdown/* count */.U9)(rows.length - rowCount, 'more commit')}.`);
        }
        return `${parts.join('\n')}\n`;
    };
    return (0,fit/* renderFitting */.G8)(render, stories, rows, maxBytes);
}

// EXTERNAL MODULE: ./src/trace/require-story.ts
var require_story = __webpack_require__(94498);
// EXTERNAL MODULE: ./src/trace/trace-sources.ts
var trace_sources = __webpack_require__(44983);
// EXTERNAL MODULE: ./src/actions/shared/logger.ts
var logger = __webpack_require__(79453);
// EXTERNAL MODULE: ./src/actions/shared/runner-commands.ts
var runner_commands = __webpack_require__(72018);
;// CONCATENATED MODULE: ./src/actions/trace/constants.ts
/** Names of the trace action's inputs and outputs, as action.yml declares them. */
const Inputs = {
    From: 'from',
    To: 'to',
    RequireStory: 'require-story',
    Config: 'config',
    GitHubToken: 'github-token'
};
const Outputs = {
    Stories: 'stories',
    Commits: 'commits',
    CommitsWithoutStory: 'commits-without-story'
};

// EXTERNAL MODULE: ./src/actions/shared/inputs.ts
var inputs = __webpack_require__(86612);
;// CONCATENATED MODULE: ./src/actions/trace/inputs.ts




const MODES = ['off', 'warn', 'error'];
/** The trace action's inputs; the token is masked before anything else can print it. */
function getInputs() {
    const githubToken = core.getInput(Inputs.GitHubToken);
    if (githubToken)
        core.setSecret(githubToken);
    if (!githubToken) {
        throw new errors/* ConfigurationError */.j1('input github-token is empty: leave it at its default (github.token) or pass a token with contents: read');
    }
    const mode = (0,inputs/* getOptionalInput */.l)(Inputs.RequireStory);
    if (mode !== undefined && !MODES.includes(mode)) {
        throw new errors/* ConfigurationError */.j1(`input require-story is "${mode}"; use one of: ${MODES.join(', ')} (or leave it empty for mxdeploy.yml's traceability.require-story)`);
    }
    return {
        from: (0,inputs/* getOptionalInput */.l)(Inputs.From),
        to: (0,inputs/* getOptionalInput */.l)(Inputs.To),
        requireStory: mode,
        config: core.getInput(Inputs.Config) || 'mxdeploy.yml',
        githubToken
    };
}

;// CONCATENATED MODULE: ./src/actions/trace/range.ts


const ZERO_SHA = /^0+$/;
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
async function readEvent(path) {
    if (!path)
        return {};
    try {
        return JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (error) {
        if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
            return {};
        throw new errors/* ConfigurationError */.j1(`GITHUB_EVENT_PATH ${path} is not readable JSON: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
/**
 * The range the trace action reads: `from`/`to` when given; on a pull request its commits
 * (base...head); on a push the pushed commits (before...after); otherwise the history of the
 * run's commit up to the limit.
 */
async function chooseRange(inputs, context, env) {
    const head = context.sha || 'HEAD';
    if (inputs.from !== undefined || inputs.to !== undefined) {
        return { from: inputs.from, to: inputs.to ?? head, why: 'the from and to inputs' };
    }
    const event = await readEvent(env['GITHUB_EVENT_PATH']);
    const pull = event.pull_request;
    if (context.eventName && PULL_REQUEST_EVENTS.has(context.eventName)) {
        const base = pull?.base?.sha;
        const tip = pull?.head?.sha;
        if (!base || !tip) {
            throw new errors/* ConfigurationError */.j1(`the ${context.eventName} event has no pull_request.base.sha and head.sha: give the from and to inputs`);
        }
        return { from: base, to: tip, why: `the commits of pull request #${pull?.number ?? '?'}` };
    }
    if (context.eventName === 'push' && event.after && !ZERO_SHA.test(event.after)) {
        const before = event.before && !ZERO_SHA.test(event.before) ? event.before : undefined;
        return {
            from: before,
            to: event.after,
            why: before ? 'the pushed commits' : 'a new branch: its history up to the limit'
        };
    }
    return { from: undefined, to: head, why: `the history of ${head} up to the limit` };
}

;// CONCATENATED MODULE: ./src/actions/trace/main.ts

















async function traceability(path) {
    const present = await (0,promises_.access)(path).then(() => true, () => false);
    if (!present) {
        core.info(`no ${path}: the default story patterns are used`);
        return { traceability: {}, file: undefined };
    }
    const config = await (0,load.loadConfig)(path);
    return { traceability: config.traceability, file: config.file };
}
/**
 * The trace action: the stories of a range (a pull request's commits by default), each commit
 * without one as a warning or error annotation (require-story), the list in the job summary.
 */
async function run() {
    for (const name of Object.values(Outputs))
        core.setOutput(name, '');
    try {
        const inputs = getInputs();
        const context = (0,run_context/* runContext */.p)(process.env);
        const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
        const found = await traceability((0,external_node_path_.resolve)(workspace, inputs.config));
        const tracing = await (0,trace_context/* traceContext */.D)({
            ...found,
            dir: workspace,
            github: (0,access.githubAccess)(process.env, inputs.githubToken),
            log: logger.actionLogger
        });
        const range = await chooseRange(inputs, context, process.env);
        core.info(`tracing ${range.from ? `${range.from}..${range.to}` : range.to} (${range.why})`);
        const outcome = await (0,trace_sources/* traceFromSources */.M)(tracing.sources, { from: range.from, to: range.to, limit: tracing.limit }, tracing.patterns, { links: tracing.links, log: logger.actionLogger });
        if (outcome.status !== 'complete')
            throw new errors/* ConfigurationError */.j1(outcome.message);
        const { trace } = outcome;
        const mode = inputs.requireStory ?? found.traceability.requireStory ?? 'off';
        const check = (0,require_story/* checkRequireStory */.f)(trace.commits, mode, tracing.patterns.map((pattern) => pattern.name));
        core.setOutput(Outputs.Stories, JSON.stringify(trace.stories.map((story) => story.id)));
        core.setOutput(Outputs.Commits, String(trace.commits.length));
        core.setOutput(Outputs.CommitsWithoutStory, String(check.checked - check.named));
        for (const finding of check.findings) {
            const title = `Commit ${finding.sha.slice(0, 7)} names no user story`;
            if (finding.level === 'error')
                core.error(finding.message, { title });
            else
                core.warning(finding.message, { title });
        }
        core.info(`${trace.commits.length} commits (read from ${trace.source}), ${trace.stories.length} stories: ${(0,text_escape/* logText */.kc)(trace.stories.map((s) => s.id).join(', ')) || 'none'}`);
        core.summary.addRaw(renderStoryCheckSummary({
            commits: trace.commits,
            stories: trace.stories,
            check,
            links: tracing.links
        }));
        await core.summary.write();
        if (!check.passed) {
            core.setFailed(`${check.findings.length} of ${check.checked} commits name no user story (require-story: error)`);
        }
    }
    catch (error) {
        (0,runner_commands/* failStep */.vy)(error);
    }
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

/***/ 63797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ CONFIG_FILE)
/* harmony export */ });
/** The configuration file a command reads when --config is not given, in the current folder. */
const CONFIG_FILE = 'mxdeploy.yml';


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

/***/ 94498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ checkRequireStory)
/* harmony export */ });
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67388);

const SUBJECT_CHARS = 72;
/**
 * The `require-story` check of a pull request: every commit but merges should name a story.
 * `warn` makes each one a warning, `error` an error that fails the check, `off` says nothing.
 */
function checkRequireStory(commits, mode, patternNames = []) {
    const checked = commits.filter((commit) => !commit.merge);
    const missing = checked.filter((commit) => commit.stories.length === 0);
    const named = checked.length - missing.length;
    if (mode === 'off')
        return { passed: true, named, checked: checked.length, findings: [] };
    const level = mode === 'error' ? 'error' : 'warning';
    const how = patternNames.length ? ` (patterns: ${patternNames.join(', ')})` : '';
    const findings = missing.map((commit) => ({
        level,
        sha: commit.sha,
        message: `commit ${commit.sha.slice(0, 12)} "${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .logText */ .kc)(commit.subject, SUBJECT_CHARS)}" names no user story: reword it to name one, such as "ABC-123: …" or a "Story: ABC-123" trailer${how}`
    }));
    return {
        passed: mode !== 'error' || findings.length === 0,
        named,
        checked: checked.length,
        findings
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


/***/ })

};
