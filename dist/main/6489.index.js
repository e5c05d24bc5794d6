export const id = 6489;
export const ids = [6489];
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

/***/ 56489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  traceCommand: () => (/* binding */ traceCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/config-file.ts
var config_file = __webpack_require__(63797);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/trace/git-commit-source.ts + 3 modules
var git_commit_source = __webpack_require__(46981);
// EXTERNAL MODULE: ./src/trace/require-story.ts
var require_story = __webpack_require__(94498);
// EXTERNAL MODULE: ./src/stories/story-patterns.ts
var story_patterns = __webpack_require__(10970);
// EXTERNAL MODULE: ./src/trace/trace-range.ts + 2 modules
var trace_range = __webpack_require__(44450);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/workspace-options.ts
var workspace_options = __webpack_require__(72444);
// EXTERNAL MODULE: ./src/trace/columns.ts
var columns = __webpack_require__(93026);
// EXTERNAL MODULE: ./src/trace/range-table.ts + 1 modules
var range_table = __webpack_require__(98321);
;// CONCATENATED MODULE: ./src/cli/byte-writer.ts

/**
 * Builds output as UTF-8 bytes in pieces of about `size / 2` bytes, for documents written in
 * pieces (trace --json): copying bytes that are already UTF-8 (SHAs and subjects as git wrote
 * them) costs far less than joining them into strings and encoding those again.
 */
class ByteWriter {
    size;
    column;
    constructor(size = 128 * 1024) {
        this.size = size;
        this.column = new columns/* ByteColumn */.l6(size);
    }
    /** Whether a piece's worth is written: time to `take` it. */
    get full() {
        return this.column.length >= this.size / 2;
    }
    /**
     * The buffer, as a DataView (for `copyWords`), to write `count` more bytes at `position`: the
     * caller writes them and calls `advance` with the new position.
     */
    roomWords(count) {
        return this.column.roomWords(count);
    }
    get position() {
        return this.column.length;
    }
    advance(to) {
        this.column.advance(to);
    }
    /** Appends text as UTF-8. */
    text(text) {
        this.column.appendText(text);
    }
    /** Appends bytes. */
    bytes(bytes) {
        this.column.append(bytes, 0, bytes.length);
    }
    /** Appends the bytes of a DataView. */
    words(words) {
        this.column.appendWords(words, 0, words.byteLength);
    }
    /** What was written since the last take; later writes go to a new buffer. */
    take() {
        const piece = this.column.view();
        this.column = new columns/* ByteColumn */.l6(this.size);
        return piece;
    }
}

// EXTERNAL MODULE: ./src/cli/json-chunks.ts
var json_chunks = __webpack_require__(62777);
;// CONCATENATED MODULE: ./src/cli/commands/trace-json.ts




const json = JSON.stringify;
// What JSON.stringify escapes in a string: quotes, backslashes, controls, lone surrogates.
// Most subjects have none, and quoting them as they are is much cheaper than stringify.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;
function quoted(text) {
    return ESCAPED.test(text) ? json(text) : `"${text}"`;
}
function entryParts(pad) {
    const open = `\n${pad}{\n${pad}  "sha": "`;
    const [first, next, middle, close] = [
        open,
        `,${open}`,
        `",\n${pad}  "subject": `,
        `\n${pad}}`
    ].map((part) => (0,columns/* dataViewOf */.Je)(Buffer.from(part, 'latin1')));
    const size = next.byteLength + middle.byteLength + close.byteLength + 2;
    return { first, next, middle, close, size };
}
const IN_STORY = entryParts('        ');
const WITHOUT_STORY = entryParts('    ');
const QUOTE = 0x22;
// One entry, with a comma before it unless it is the first of its list. A SHA from git is
// hexadecimal: nothing in it to escape; a plain subject's bytes are its JSON between quotes.
function commitEntry(out, table, texts, commit, parts, first) {
    const { shas, shaAt, subjects, subjectAt } = texts;
    const sha = shaAt[commit];
    const shaEnd = shaAt[commit + 1];
    const subject = subjectAt[commit];
    const subjectEnd = subjectAt[commit + 1];
    const open = first ? parts.first : parts.next;
    const target = out.roomWords(parts.size + shaEnd - sha + subjectEnd - subject);
    let at = (0,columns/* copyWords */.rb)(open, 0, open.byteLength, target, out.position);
    at = (0,columns/* copyWords */.rb)(shas, sha, shaEnd, target, at);
    at = (0,columns/* copyWords */.rb)(parts.middle, 0, parts.middle.byteLength, target, at);
    if (table.plainSubject(commit)) {
        target.setUint8(at++, QUOTE);
        at = (0,columns/* copyWords */.rb)(subjects, subject, subjectEnd, target, at);
        target.setUint8(at++, QUOTE);
        out.advance((0,columns/* copyWords */.rb)(parts.close, 0, parts.close.byteLength, target, at));
        return;
    }
    out.advance(at);
    out.text(json(table.subject(commit)));
    out.words(parts.close);
}
function head(trace, table) {
    const count = table.commitCount;
    let merges = 0;
    for (let commit = 0; commit < count; commit++)
        if (table.merge(commit))
            merges++;
    return `{\n  "from": ${json(trace.from)},\n  "to": ${json(trace.to)},\n  "firstDeployment": ${json(trace.firstDeployment)},\n  "truncated": ${json(trace.truncated)},\n  "limit": ${json(trace.limit)},\n  "commits": ${count},\n  "merges": ${merges},\n  "stories": [`;
}
// The fixed text of a story's head and end, encoded once.
const STORY_OPEN = ['\n    {\n      "id": ', ',\n    {\n      "id": '].map((text) => Buffer.from(text));
const STORY_TRACKER = Buffer.from(',\n      "tracker": ');
const STORY_URL = Buffer.from(',\n      "url": ');
const STORY_COMMITS = Buffer.from(',\n      "commits": [');
const STORY_END = Buffer.from('\n      ]\n    }');
function storyHead(out, table, story) {
    const url = table.url(story);
    out.bytes(STORY_OPEN[story === 0 ? 0 : 1]);
    out.text(quoted(table.storyId(story)));
    out.bytes(STORY_TRACKER);
    out.text(quoted(table.tracker(story)));
    out.bytes(STORY_URL);
    out.text(url === null ? 'null' : quoted(url));
    out.bytes(STORY_COMMITS);
}
const WITHOUT_HEAD = ['],\n  "withoutStory": [', '\n  ],\n  "withoutStory": ['];
const WITHOUT_END = [']\n}', '\n  ]\n}'];
// Writes stories from `story` on until a piece's worth is written: the story after the last.
function writeStories(out, table, story) {
    const stories = table.storyCount;
    const texts = table.texts();
    for (; story < stories && !out.full; story++) {
        storyHead(out, table, story);
        // Every story has at least one commit: the one that named it.
        const first = table.firstLinkOf(story);
        for (let link = first; link >= 0; link = table.next(link)) {
            commitEntry(out, table, texts, table.commitOf(link), IN_STORY, link === first);
        }
        out.bytes(STORY_END);
    }
    return story;
}
// Writes the commits that name no story (merges aside) from `commit` on until a piece's worth
// is written: the commit after the last looked at. `written` counts them.
function writeWithoutStory(out, table, commit, written) {
    const commits = table.commitCount;
    const texts = table.texts();
    for (; commit < commits && !out.full; commit++) {
        if (table.merge(commit) || table.hasStory(commit))
            continue;
        commitEntry(out, table, texts, commit, WITHOUT_STORY, written.count++ === 0);
    }
    return commit;
}
/**
 * The --json document of a trace, written in pieces as `JSON.stringify(document, null, 2)` would
 * write it whole: the range, counts, every story with its commits, every commit without a story.
 * It reads the trace's table, so a trace of 100,000 commits builds no object per commit.
 */
function traceJson(trace) {
    return new json_chunks/* JsonChunks */.T(function* () {
        const table = trace.table ?? range_table/* RangeTable */.m.of(trace.commits, trace.stories);
        yield head(trace, table);
        // Written as bytes, handed over whenever a buffer's worth is ready. The loops are plain
        // functions, not this generator's: V8 optimizes a long loop in a generator late.
        const out = new ByteWriter();
        const stories = table.storyCount;
        for (let story = 0; story < stories;) {
            story = writeStories(out, table, story);
            yield out.take();
        }
        out.text(WITHOUT_HEAD[stories > 0 ? 1 : 0]);
        const without = { count: 0 };
        for (let commit = 0; commit < table.commitCount;) {
            commit = writeWithoutStory(out, table, commit, without);
            if (out.full)
                yield out.take();
        }
        out.text(WITHOUT_END[without.count > 0 ? 1 : 0]);
        yield out.take();
    });
}

// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
;// CONCATENATED MODULE: ./src/cli/commands/trace-output.ts

/** Ranges longer than this are summarised in the text output unless --all-commits is given. */
const TEXT_COMMITS_LISTED = 1000;
/** How many commits without a story a summary shows. */
const SUMMARY_SHOWN = 20;
// Commits that name a story, by SHA: stories list SHAs, and both outputs show their subjects.
// Commits without a story are not looked up, so they stay out of the map.
function commitsWithStories(trace) {
    const bySha = new Map();
    for (const commit of trace.commits)
        if (commit.stories.length > 0)
            bySha.set(commit.sha, commit);
    return bySha;
}
function withoutStory(trace) {
    return trace.commits.filter((c) => !c.merge && c.stories.length === 0);
}
function line(commit, sha) {
    return `  ${sha.slice(0, 12)}  ${(0,text_escape/* logText */.kc)(commit?.subject ?? '', 72)}`;
}
/**
 * The text people read: every story with its commits and every commit without a story; a range
 * of more than TEXT_COMMITS_LISTED commits shows each story with its number of commits and its
 * newest one, and the first commits without a story, unless `allCommits`.
 */
function traceText(trace, allCommits) {
    const range = trace.from
        ? `${trace.from.slice(0, 12)}..${trace.to.slice(0, 12)}`
        : `${trace.to.slice(0, 12)} (first deployment: ${trace.truncated ? `newest ${trace.limit} commits only` : 'whole history'})`;
    const without = withoutStory(trace);
    const bySha = commitsWithStories(trace);
    const lines = [
        `${range}: ${trace.commits.length} commits, ${trace.stories.length} stories, ${without.length} commits without a story`
    ];
    const summary = !allCommits && trace.commits.length > TEXT_COMMITS_LISTED;
    for (const story of trace.stories) {
        const count = summary ? `  (${story.commits.length} commits, the newest shown)` : '';
        lines.push(`${(0,text_escape/* logText */.kc)(story.id, 100)}${story.url ? `  ${story.url}` : ''}${count}`);
        const shown = summary ? story.commits.slice(0, 1) : story.commits;
        for (const sha of shown)
            lines.push(line(bySha.get(sha), sha));
    }
    if (without.length) {
        lines.push('without a story:');
        const shown = summary ? without.slice(0, SUMMARY_SHOWN) : without;
        for (const commit of shown)
            lines.push(line(commit, commit.sha));
        if (shown.length < without.length) {
            lines.push(`  … and ${without.length - shown.length} more (--all-commits lists them all)`);
        }
    }
    if (summary) {
        lines.push(`${trace.commits.length} commits: summarised; --all-commits lists every commit, --json gives them all`);
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/cli/commands/trace.ts












const DEFAULT_LIMIT = trace_range/* DEFAULT_TRACE_LIMIT */.CO;
const MODES = ['off', 'warn', 'error'];
async function traceability(context) {
    const given = (0,command/* stringValue */.r)(context, 'config');
    const file = (0,external_node_path_.resolve)(context.io.cwd, given ?? config_file/* CONFIG_FILE */.g);
    // Without --config, mxdeploy.yml is optional here: the default patterns need no file.
    if (given === undefined &&
        !(await (0,promises_.access)(file).then(() => true, () => false))) {
        return { config: {}, file: undefined };
    }
    // The YAML parser and the schema validator are loaded only when there is a file to read.
    const { loadConfig } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3198)]).then(__webpack_require__.bind(__webpack_require__, 33198));
    return { config: (await loadConfig(file)).traceability, file };
}
function positiveInteger(text, flag) {
    if (text === undefined)
        return undefined;
    if (!/^[1-9][0-9]*$/.test(text)) {
        throw new errors/* ConfigurationError */.j1(`${flag} ${JSON.stringify(text)} must be a whole number of 1 or more`);
    }
    return Number(text);
}
function requireMode(text, fallback) {
    if (text === undefined)
        return fallback;
    if (!MODES.includes(text)) {
        throw new errors/* ConfigurationError */.j1(`--require-story ${JSON.stringify(text)} must be one of: ${MODES.join(', ')}`);
    }
    return text;
}
const traceCommand = {
    name: 'trace',
    summary: 'List the user stories named by the commits reachable from --to and not from --from, the commits of each, and the commits that name none. "trace story ID": the packages that contain a story and the environments that run one.',
    usage: 'trace [--from REV] [--to REV] [--json] [--all-commits] [--config FILE] [--require-story off|warn|error]\n       mxdeploy trace story ID [--json] [--config FILE] [--state-dir DIR] [--repository URI]',
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
            description: `configuration with traceability patterns (default: ./${config_file/* CONFIG_FILE */.g} if present)`
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
        'all-commits': {
            type: 'boolean',
            description: `text lists every commit even when the range has more than ${TEXT_COMMITS_LISTED} (else a summary; --json always lists them all)`
        },
        'state-dir': workspace_options/* WORKSPACE_OPTIONS */.n['state-dir'],
        repository: workspace_options/* WORKSPACE_OPTIONS */.n['repository']
    },
    async run(context) {
        const [subcommand] = context.positionals;
        if (subcommand === 'story')
            return (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3198), __webpack_require__.e(11), __webpack_require__.e(1673), __webpack_require__.e(5040)]).then(__webpack_require__.bind(__webpack_require__, 65040))).traceStory(context);
        if (subcommand !== undefined) {
            throw new errors/* ConfigurationError */.j1(`unknown "trace ${subcommand}": use "mxdeploy trace story ID", or trace --from/--to for a range`);
        }
        const { config, file } = await traceability(context);
        const patterns = (0,story_patterns/* compileStoryPatterns */.Y9)(config.patterns, file ?? '');
        const limit = positiveInteger((0,command/* stringValue */.r)(context, 'limit'), '--limit') ?? config.limit ?? DEFAULT_LIMIT;
        const mode = requireMode((0,command/* stringValue */.r)(context, 'require-story'), config.requireStory ?? 'off');
        const { env } = context.io;
        const source = new git_commit_source/* GitCommitSource */.P((0,external_node_path_.resolve)(context.io.cwd, (0,command/* stringValue */.r)(context, 'dir') ?? '.'));
        const outcome = await (0,trace_range/* traceRange */.xx)(source, { from: (0,command/* stringValue */.r)(context, 'from'), to: (0,command/* stringValue */.r)(context, 'to') ?? 'HEAD', limit }, patterns, {
            links: {
                server: env['GITHUB_SERVER_URL'] || undefined,
                repository: env['GITHUB_REPOSITORY'] || undefined
            },
            log: context.log
        });
        if (outcome.status !== 'complete')
            throw new errors/* ConfigurationError */.j1(outcome.message);
        const { trace } = outcome;
        // Off, the check says nothing: the commits are not built as objects only to be counted.
        if (mode !== 'off') {
            const check = (0,require_story/* checkRequireStory */.f)(trace.commits, mode, patterns.map((p) => p.name));
            for (const finding of check.findings) {
                if (finding.level === 'error')
                    context.log.error(finding.message);
                else
                    context.log.warning(finding.message);
            }
            if (!check.passed) {
                throw new errors/* OperationError */.OK(`${check.findings.length} of ${check.checked} commits name no user story (require-story: error)`);
            }
        }
        const allCommits = (0,command/* booleanValue */.e)(context, 'all-commits');
        return { json: traceJson(trace), text: () => traceText(trace, allCommits) };
    }
};


/***/ }),

/***/ 72444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ WORKSPACE_OPTIONS)
/* harmony export */ });
/* harmony import */ var _config_config_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63797);

/** Flags every command that works on mxdeploy.yml takes. */
const WORKSPACE_OPTIONS = {
    config: {
        type: 'string',
        value: 'FILE',
        description: `configuration file (default: ./${_config_config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_FILE */ .g})`
    },
    'state-dir': {
        type: 'string',
        value: 'DIR',
        description: 'where the activity log, locks and default environments live (default: .mxdeploy beside the configuration)'
    },
    repository: {
        type: 'string',
        value: 'URI',
        description: 'package repository, overriding mxdeploy.yml (file:DIR, github-release, oci://HOST/REPO, artifact[:NAME])'
    }
};


/***/ }),

/***/ 63797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ CONFIG_FILE)
/* harmony export */ });
/** The configuration file a command reads when --config is not given, in the current folder. */
const CONFIG_FILE = 'mxdeploy.yml';


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
