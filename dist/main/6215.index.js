export const id = 6215;
export const ids = [6215,6318];
export const modules = {

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

/***/ 30764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JsonlActivityLog: () => (/* binding */ JsonlActivityLog)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/fs/append-line.ts


const nodeAppendFiles = { open: (path, flags, mode) => (0,promises_.open)(path, flags, mode) };
async function endsWithNewline(handle) {
    const { size } = await handle.stat();
    if (size === 0)
        return true;
    const last = Buffer.alloc(1);
    const { bytesRead } = await handle.read(last, 0, 1, size - 1);
    return bytesRead === 1 && last[0] === 0x0a;
}
/**
 * Appends `line` and a newline to a file (O_APPEND) and fsyncs it. A file that does not end in a
 * newline (a writer killed mid-line) gets one first, in the same write, so the new line never
 * glues onto the torn one. The whole line is written or the call fails: write(2) may write part
 * of it when the disk fills, and the rest then fails with ENOSPC.
 */
async function appendLine(path, line, files = nodeAppendFiles) {
    const handle = await files.open(path, 'a+', 0o644);
    try {
        const prefix = (await endsWithNewline(handle)) ? '' : '\n';
        const bytes = Buffer.from(`${prefix}${line}\n`, 'utf8');
        let written = 0;
        while (written < bytes.length) {
            const { bytesWritten } = await handle.write(bytes, written, bytes.length - written);
            if (bytesWritten <= 0) {
                throw new errors/* OperationError */.OK(`the write stopped after ${written} of ${bytes.length} bytes without an error`);
            }
            written += bytesWritten;
        }
        await handle.sync();
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./src/fs/fs-error.ts
var fs_error = __webpack_require__(37523);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/activity/activity-log.ts
var activity_log = __webpack_require__(53995);
;// CONCATENATED MODULE: ./src/activity/record-check.ts
function isText(value) {
    return typeof value === 'string';
}
function isTextOrNull(value) {
    return value === null || isText(value);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const CHECKS = [
    ['time', isText],
    ['app', isText],
    ['environment', isText],
    ['operation', isText],
    ['actor', isText],
    ['result', (v) => v === 'success' || v === 'failure'],
    ['package', (v) => v === null || (isObject(v) && isText(v['version']) && isText(v['sha256']))],
    ['approvers', (v) => Array.isArray(v) && v.every(isText)],
    ['mfa', (v) => v === null || (isObject(v) && Array.isArray(v['users']))],
    ['error', isTextOrNull],
    ['durationMs', (v) => typeof v === 'number'],
    ['stories', (v) => v === undefined || (Array.isArray(v) && v.every(isText))],
    ['details', (v) => v === undefined || isObject(v)]
];
/**
 * Why a parsed line of the activity log is not a record the readers can use, or undefined when
 * it is one: the fields every reader touches are there with their types.
 */
function recordProblem(value) {
    if (!isObject(value)) {
        const what = Array.isArray(value) ? 'an array' : JSON.stringify(value);
        return `skipped a line that is not an activity record (${what})`;
    }
    for (const [field, ok] of CHECKS) {
        if (!ok(value[field]))
            return `skipped an activity record without a valid "${field}"`;
    }
    return undefined;
}
/** A checked record, with the fields old records may lack filled in. */
function asRecord(value) {
    return { ...value, stories: value['stories'] ?? [] };
}

// EXTERNAL MODULE: ./src/fs/make-directory.ts
var make_directory = __webpack_require__(891);
;// CONCATENATED MODULE: ./src/activity/jsonl-activity-log.ts









/**
 * The default activity log: one JSON line per finished operation in the state folder. Each
 * record is appended whole with O_APPEND (one write, so concurrent writers never interleave a
 * line) on a line of its own, and fsynced; a record that cannot be written whole fails.
 */
class JsonlActivityLog {
    path;
    log;
    files;
    /** Lines already reported as skipped: the log is read several times per command. */
    reported = new Set();
    constructor(path, options = {}) {
        this.path = path;
        this.log = options.log ?? log/* silentLogger */.q;
        this.files = options.files ?? nodeAppendFiles;
    }
    begin(start) {
        return Promise.resolve({ start });
    }
    async finish(opened, outcome) {
        const record = (0,activity_log/* finishedRecord */.e)(opened, outcome);
        try {
            await (0,make_directory/* makeDirectory */.O)((0,external_node_path_.dirname)(this.path));
            await appendLine(this.path, JSON.stringify(record), this.files);
        }
        catch (error) {
            throw new errors/* OperationError */.OK(`could not write the record to the activity log ${this.path}: ${(0,fs_error/* fsReason */.E)(error)}`);
        }
        return record;
    }
    async list(query) {
        let text;
        try {
            text = await (0,promises_.readFile)(this.path, 'utf8');
        }
        catch (error) {
            if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
                return [];
            throw new errors/* OperationError */.OK(`could not read the activity log ${this.path}: ${(0,fs_error/* fsReason */.E)(error)}`);
        }
        const records = [];
        text.split('\n').forEach((line, index) => {
            if (!line.trim())
                return;
            const record = this.parse(line, index + 1);
            if (!record)
                return;
            if (query.app && record.app !== query.app)
                return;
            if (query.environment && record.environment !== query.environment)
                return;
            records.push(record);
        });
        records.reverse();
        records.sort((a, b) => b.time.localeCompare(a.time));
        return query.limit ? records.slice(0, query.limit) : records;
    }
    /** The record on a line, or undefined (reported once) for a line that is not one. */
    parse(line, number) {
        let value;
        let problem;
        try {
            value = JSON.parse(line);
            problem = recordProblem(value);
        }
        catch {
            // A writer killed mid-line, or something else wrote here.
            problem = 'skipped a line that is not a complete activity record (cut short or not JSON)';
        }
        if (problem === undefined)
            return asRecord(value);
        if (!this.reported.has(number)) {
            this.reported.add(number);
            this.log.warning(problem, { file: this.path, line: number });
        }
        return undefined;
    }
}


/***/ }),

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

/***/ 86320:
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
// EXTERNAL MODULE: ./src/config/load.ts + 4 modules
var load = __webpack_require__(65525);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/trace/git-commit-source.ts + 2 modules
var git_commit_source = __webpack_require__(87108);
// EXTERNAL MODULE: ./src/trace/require-story.ts
var require_story = __webpack_require__(94498);
// EXTERNAL MODULE: ./src/stories/story-patterns.ts
var story_patterns = __webpack_require__(10970);
// EXTERNAL MODULE: ./src/trace/trace-range.ts
var trace_range = __webpack_require__(91656);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/workspace.ts
var workspace = __webpack_require__(15107);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: ./src/cli/json-chunks.ts
var json_chunks = __webpack_require__(62777);
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
const json = JSON.stringify;
// What JSON.stringify escapes in a string: quotes, backslashes, controls, lone surrogates.
// Most subjects have none, and quoting them as they are is much cheaper than stringify.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;
function quoted(text) {
    return ESCAPED.test(text) ? json(text) : `"${text}"`;
}
// One `{ sha, subject }` of a list, indented by `pad`, as JSON.stringify(…, null, 2) writes it.
function commitEntry(commit, pad, first) {
    // A SHA from git is hexadecimal: nothing in it to escape.
    return `${first ? '' : ','}\n${pad}{\n${pad}  "sha": "${commit.sha}",\n${pad}  "subject": ${quoted(commit.subject)}\n${pad}}`;
}
/**
 * The --json document of a trace, written in pieces as `JSON.stringify(document, null, 2)` would
 * write it whole: the range, counts, every story with its commits, every commit without a story.
 */
function traceJson(trace) {
    return new json_chunks/* JsonChunks */.T(function* () {
        const bySha = commitsWithStories(trace);
        let merges = 0;
        for (const commit of trace.commits)
            if (commit.merge)
                merges++;
        yield `{\n  "from": ${json(trace.from)},\n  "to": ${json(trace.to)},\n  "firstDeployment": ${json(trace.firstDeployment)},\n  "truncated": ${json(trace.truncated)},\n  "limit": ${json(trace.limit)},\n  "commits": ${trace.commits.length},\n  "merges": ${merges},\n  "stories": [`;
        // One piece per story, and the commits without a story in pieces of a thousand: pieces
        // small enough to write as they come, few enough that handing them over costs little.
        let first = true;
        for (const story of trace.stories) {
            let text = `${first ? '' : ','}\n    {\n      "id": ${json(story.id)},\n      "tracker": ${json(story.tracker)},\n      "url": ${json(story.url)},\n      "commits": [`;
            for (let i = 0; i < story.commits.length; i++) {
                text += commitEntry(bySha.get(story.commits[i]), '        ', i === 0);
            }
            yield `${text}${story.commits.length > 0 ? '\n      ]\n    }' : ']\n    }'}`;
            first = false;
        }
        yield trace.stories.length > 0 ? '\n  ],\n  "withoutStory": [' : '],\n  "withoutStory": [';
        const without = withoutStory(trace);
        for (let start = 0; start < without.length; start += 1000) {
            let text = '';
            const end = Math.min(without.length, start + 1000);
            for (let i = start; i < end; i++)
                text += commitEntry(without[i], '    ', i === 0);
            yield text;
        }
        yield without.length > 0 ? '\n  ]\n}' : ']\n}';
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/trace.ts











const DEFAULT_LIMIT = trace_range/* DEFAULT_TRACE_LIMIT */.CO;
const MODES = ['off', 'warn', 'error'];
async function traceability(context) {
    const given = (0,command/* stringValue */.r)(context, 'config');
    const file = (0,external_node_path_.resolve)(context.io.cwd, given ?? load.CONFIG_FILE);
    // Without --config, mxdeploy.yml is optional here: the default patterns need no file.
    if (given === undefined &&
        !(await (0,promises_.access)(file).then(() => true, () => false))) {
        return { config: {}, file: undefined };
    }
    return { config: (await (0,load.loadConfig)(file)).traceability, file };
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
            description: `configuration with traceability patterns (default: ./${load.CONFIG_FILE} if present)`
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
        'state-dir': workspace/* WORKSPACE_OPTIONS */.n['state-dir'],
        repository: workspace/* WORKSPACE_OPTIONS */.n['repository']
    },
    async run(context) {
        const [subcommand] = context.positionals;
        if (subcommand === 'story')
            return (await __webpack_require__.e(/* import() */ 5040).then(__webpack_require__.bind(__webpack_require__, 65040))).traceStory(context);
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
        const allCommits = (0,command/* booleanValue */.e)(context, 'all-commits');
        return { json: traceJson(trace), text: () => traceText(trace, allCommits) };
    }
};


/***/ }),

/***/ 15107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ openWorkspace),
/* harmony export */   n: () => (/* binding */ WORKSPACE_OPTIONS)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _activity_jsonl_activity_log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30764);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65525);
/* harmony import */ var _app_repository_choice_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(67311);
/* harmony import */ var _github_access_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38261);
/* harmony import */ var _repository_open_repository_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1673);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3567);







/** Flags every command that works on mxdeploy.yml takes. */
const WORKSPACE_OPTIONS = {
    config: {
        type: 'string',
        value: 'FILE',
        description: `configuration file (default: ./${_config_load_js__WEBPACK_IMPORTED_MODULE_2__.CONFIG_FILE})`
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
/** The configuration, state folder, repository and activity log a command works with. */
async function openWorkspace(context) {
    const cwd = context.io.cwd;
    const configPath = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringValue */ .r)(context, 'config') ?? _config_load_js__WEBPACK_IMPORTED_MODULE_2__.CONFIG_FILE);
    const stateOption = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringValue */ .r)(context, 'state-dir');
    const config = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__.loadConfig)(configPath, stateOption ? { stateDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, stateOption) } : {});
    const stateDir = stateOption ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, stateOption) : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(config.dir, '.mxdeploy');
    const github = (0,_github_access_js__WEBPACK_IMPORTED_MODULE_5__.githubAccess)(context.io.env);
    const uri = (0,_app_repository_choice_js__WEBPACK_IMPORTED_MODULE_6__/* .chooseRepository */ .Q)({ given: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringValue */ .r)(context, 'repository'), config, face: 'cli' });
    const repository = await (0,_repository_open_repository_js__WEBPACK_IMPORTED_MODULE_3__.openRepository)(uri, {
        cwd,
        env: context.io.env,
        github,
        storyPatterns: config.traceability.patterns,
        log: context.log
    });
    return {
        config,
        stateDir,
        repository,
        activity: new _activity_jsonl_activity_log_js__WEBPACK_IMPORTED_MODULE_1__.JsonlActivityLog((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(stateDir, 'activity.jsonl'), { log: context.log }),
        github
    };
}


/***/ }),

/***/ 56318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ openInputFile),
/* harmony export */   e: () => (/* binding */ openInputFileIfThere)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



/**
 * Without O_NONBLOCK, opening a FIFO for reading waits for a writer, forever and in the thread
 * pool. Windows has no such flag (and no FIFOs in the file system).
 */
const READ_NONBLOCKING = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
function kindOf(info) {
    if (info.isDirectory())
        return 'a directory';
    if (info.isFIFO())
        return 'a named pipe (FIFO)';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    if (info.isSocket())
        return 'a socket';
    return 'not a file';
}
function notRegular(noun, path, info) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${noun} ${path} is ${kindOf(info)}, not a regular file`);
}
/**
 * Opens a regular file the user named for reading, or returns undefined when nothing is there.
 * Anything else is refused before it is read, and the check itself never blocks: `stat` first (so
 * a device is never even opened), then a non-blocking open and `fstat` (in case the path was
 * swapped in between).
 */
async function openInputFileIfThere(path, noun = 'file') {
    let handle;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
        if (!info.isFile())
            throw notRegular(noun, path, info);
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, READ_NONBLOCKING);
    }
    catch (error) {
        const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoCode */ .UK)(error);
        if (code === 'ENOENT')
            return undefined;
        if (code === 'EACCES')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${noun} ${path} can't be read (permission denied)`);
        throw error;
    }
    const info = await handle.stat();
    if (!info.isFile()) {
        await handle.close();
        throw notRegular(noun, path, info);
    }
    return handle;
}
/** Opens a regular file the user named for reading; a missing or unreadable one is an input error. */
async function openInputFile(path, noun = 'file') {
    const handle = await openInputFileIfThere(path, noun);
    if (!handle)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${noun} ${path} does not exist`);
    return handle;
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
