export const id = 9744;
export const ids = [9744];
export const modules = {

/***/ 9744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   traceCommand: () => (/* binding */ traceCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65525);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(83916);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67388);
/* harmony import */ var _trace_git_commit_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(87108);
/* harmony import */ var _trace_require_story_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94498);
/* harmony import */ var _stories_story_patterns_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(10970);
/* harmony import */ var _trace_trace_range_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(91656);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3567);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(15107);











const DEFAULT_LIMIT = _trace_trace_range_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_TRACE_LIMIT */ .CO;
const MODES = ['off', 'warn', 'error'];
async function traceability(context) {
    const given = (0,_command_js__WEBPACK_IMPORTED_MODULE_9__/* .stringValue */ .r)(context, 'config');
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.io.cwd, given ?? _config_load_js__WEBPACK_IMPORTED_MODULE_2__.CONFIG_FILE);
    // Without --config, mxdeploy.yml is optional here: the default patterns need no file.
    if (given === undefined &&
        !(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(file).then(() => true, () => false))) {
        return { config: {}, file: undefined };
    }
    return { config: (await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__.loadConfig)(file)).traceability, file };
}
function positiveInteger(text, flag) {
    if (text === undefined)
        return undefined;
    if (!/^[1-9][0-9]*$/.test(text)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .ConfigurationError */ .j1(`${flag} ${JSON.stringify(text)} must be a whole number of 1 or more`);
    }
    return Number(text);
}
function requireMode(text, fallback) {
    if (text === undefined)
        return fallback;
    if (!MODES.includes(text)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .ConfigurationError */ .j1(`--require-story ${JSON.stringify(text)} must be one of: ${MODES.join(', ')}`);
    }
    return text;
}
function describe(trace) {
    const subjects = new Map(trace.commits.map((c) => [c.sha, (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .logText */ .kc)(c.subject, 72)]));
    const range = trace.from
        ? `${trace.from.slice(0, 12)}..${trace.to.slice(0, 12)}`
        : `${trace.to.slice(0, 12)} (first deployment: ${trace.truncated ? `newest ${trace.limit} commits only` : 'whole history'})`;
    const without = trace.commits.filter((c) => !c.merge && c.stories.length === 0);
    const lines = [
        `${range}: ${trace.commits.length} commits, ${trace.stories.length} stories, ${without.length} commits without a story`
    ];
    for (const story of trace.stories) {
        lines.push(`${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .logText */ .kc)(story.id, 100)}${story.url ? `  ${story.url}` : ''}`);
        for (const sha of story.commits)
            lines.push(`  ${sha.slice(0, 12)}  ${subjects.get(sha)}`);
    }
    if (without.length) {
        lines.push('without a story:');
        for (const commit of without)
            lines.push(`  ${commit.sha.slice(0, 12)}  ${subjects.get(commit.sha)}`);
    }
    return lines.join('\n');
}
function toJson(trace) {
    const subjects = new Map(trace.commits.map((c) => [c.sha, c.subject]));
    return {
        from: trace.from,
        to: trace.to,
        firstDeployment: trace.firstDeployment,
        truncated: trace.truncated,
        limit: trace.limit,
        commits: trace.commits.length,
        merges: trace.commits.filter((c) => c.merge).length,
        stories: trace.stories.map((story) => ({
            id: story.id,
            tracker: story.tracker,
            url: story.url,
            commits: story.commits.map((sha) => ({ sha, subject: subjects.get(sha) }))
        })),
        withoutStory: trace.commits
            .filter((c) => !c.merge && c.stories.length === 0)
            .map((c) => ({ sha: c.sha, subject: c.subject }))
    };
}
const traceCommand = {
    name: 'trace',
    summary: 'List the user stories named by the commits reachable from --to and not from --from, the commits of each, and the commits that name none. "trace story ID": the packages that contain a story and the environments that run one.',
    usage: 'trace [--from REV] [--to REV] [--json] [--config FILE] [--require-story off|warn|error]\n       mxdeploy trace story ID [--json] [--config FILE] [--state-dir DIR] [--repository URI]',
    positionals: ['story', 'ID'],
    options: {
        from: {
            type: 'string',
            value: 'REV',
            description: 'commit already deployed; without it, the whole history up to the limit'
        },
        to: { type: 'string', value: 'REV', description: 'commit being deployed (default: HEAD)' },
        config: {
            type: 'string',
            value: 'FILE',
            description: `configuration with traceability patterns (default: ./${_config_load_js__WEBPACK_IMPORTED_MODULE_2__.CONFIG_FILE} if present)`
        },
        dir: {
            type: 'string',
            value: 'DIR',
            description: 'the git checkout (default: the current folder)'
        },
        limit: {
            type: 'string',
            value: 'N',
            description: 'most commits read without --from (default: traceability.limit, else 1000)'
        },
        'require-story': {
            type: 'string',
            value: 'MODE',
            description: 'commits without a story: off, warn or error (default: traceability.require-story)'
        },
        'state-dir': _workspace_js__WEBPACK_IMPORTED_MODULE_8__/* .WORKSPACE_OPTIONS */ .n['state-dir'],
        repository: _workspace_js__WEBPACK_IMPORTED_MODULE_8__/* .WORKSPACE_OPTIONS */ .n['repository']
    },
    async run(context) {
        const [subcommand] = context.positionals;
        if (subcommand === 'story')
            return (await __webpack_require__.e(/* import() */ 5040).then(__webpack_require__.bind(__webpack_require__, 65040))).traceStory(context);
        if (subcommand !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .ConfigurationError */ .j1(`unknown "trace ${subcommand}": use "mxdeploy trace story ID", or trace --from/--to for a range`);
        }
        const { config, file } = await traceability(context);
        const patterns = (0,_stories_story_patterns_js__WEBPACK_IMPORTED_MODULE_6__/* .compileStoryPatterns */ .Y9)(config.patterns, file ?? '');
        const limit = positiveInteger((0,_command_js__WEBPACK_IMPORTED_MODULE_9__/* .stringValue */ .r)(context, 'limit'), '--limit') ?? config.limit ?? DEFAULT_LIMIT;
        const mode = requireMode((0,_command_js__WEBPACK_IMPORTED_MODULE_9__/* .stringValue */ .r)(context, 'require-story'), config.requireStory ?? 'off');
        const { env } = context.io;
        const source = new _trace_git_commit_source_js__WEBPACK_IMPORTED_MODULE_4__/* .GitCommitSource */ .P((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.io.cwd, (0,_command_js__WEBPACK_IMPORTED_MODULE_9__/* .stringValue */ .r)(context, 'dir') ?? '.'));
        const outcome = await (0,_trace_trace_range_js__WEBPACK_IMPORTED_MODULE_7__/* .traceRange */ .xx)(source, { from: (0,_command_js__WEBPACK_IMPORTED_MODULE_9__/* .stringValue */ .r)(context, 'from'), to: (0,_command_js__WEBPACK_IMPORTED_MODULE_9__/* .stringValue */ .r)(context, 'to') ?? 'HEAD', limit }, patterns, {
            links: {
                server: env['GITHUB_SERVER_URL'] || undefined,
                repository: env['GITHUB_REPOSITORY'] || undefined
            },
            log: context.log
        });
        if (outcome.status !== 'complete')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .ConfigurationError */ .j1(outcome.message);
        const { trace } = outcome;
        const check = (0,_trace_require_story_js__WEBPACK_IMPORTED_MODULE_5__/* .checkRequireStory */ .f)(trace.commits, mode, patterns.map((p) => p.name));
        for (const finding of check.findings) {
            if (finding.level === 'error')
                context.log.error(finding.message);
            else
                context.log.warning(finding.message);
        }
        if (!check.passed) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .OperationError */ .OK(`${check.findings.length} of ${check.checked} commits name no user story (require-story: error)`);
        }
        return { json: toJson(trace), text: describe(trace) };
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


/***/ })

};
