export const id = 7244;
export const ids = [7244];
export const modules = {

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
/* harmony export */   Y9: () => (/* binding */ compileStoryPatterns)
/* harmony export */ });
/* unused harmony exports NOT_JIRA_KEYS, DEFAULT_STORY_PATTERNS */
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
    const requires = config.regex === undefined ? fallback?.requires : undefined;
    return {
        name: config.name ?? `pattern-${index + 1}`,
        regex,
        url,
        ...(requires ? { requires } : {})
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

/***/ 93026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aI: () => (/* binding */ IntColumn),
/* harmony export */   l6: () => (/* binding */ ByteColumn)
/* harmony export */ });
/* unused harmony export copyBytes */
/**
 * Growable columns for tables of many rows (a trace of 100,000 commits): numbers in an
 * Int32Array and text as bytes in one buffer. Neither holds an object per row, so the garbage
 * collector never walks them, which JS arrays of numbers and strings that size made it do.
 */
/** 32-bit integers, appended or set by index. */
class IntColumn {
    data;
    length = 0;
    constructor(capacity = 1024) {
        this.data = new Int32Array(capacity);
    }
    push(value) {
        if (this.length === this.data.length)
            this.grow();
        this.data[this.length++] = value;
    }
    get(index) {
        return this.data[index];
    }
    /** Sets an existing row. */
    set(index, value) {
        this.data[index] = value;
    }
    grow() {
        const bigger = new Int32Array(this.data.length * 2);
        bigger.set(this.data);
        this.data = bigger;
    }
}
// Ranges this short are copied byte by byte: cheaper than the view that set() needs.
const SHORT_COPY = 64;
/**
 * Bytes appended one piece after another (SHAs, subjects as UTF-8, a document's output) in one
 * buffer that doubles when full; the caller keeps where each piece starts (`length` before it).
 */
class ByteColumn {
    data;
    used = 0;
    constructor(capacity = 64 * 1024) {
        this.data = Buffer.allocUnsafe(capacity);
    }
    /** Bytes appended so far. */
    get length() {
        return this.used;
    }
    /** Appends `bytes[from, to)`. */
    append(bytes, from, to) {
        copyBytes(bytes, from, to, this.room(to - from), this.used);
        this.used += to - from;
    }
    /** Appends a string as UTF-8. */
    appendText(text) {
        this.used += this.room(text.length * 3).write(text, this.used, 'utf8');
    }
    /**
     * The buffer, with room for `count` more bytes after `length`: for a caller that writes them
     * in place and then says how far with `advance`.
     */
    room(count) {
        if (this.used + count > this.data.length) {
            const bigger = Buffer.allocUnsafe(Math.max(this.data.length * 2, this.used + count));
            this.data.copy(bigger, 0, 0, this.used);
            this.data = bigger;
        }
        return this.data;
    }
    /** Takes the bytes written in place up to `to` (after `room`) as appended. */
    advance(to) {
        this.used = to;
    }
    /** The bytes appended, as a view of the buffer (valid until the next append). */
    view() {
        return this.data.subarray(0, this.used);
    }
    /** The piece `[from, to)` decoded. */
    text(from, to, encoding) {
        return this.data.toString(encoding, from, to);
    }
    /**
     * Whether `[from, to)` is printable ASCII without `"` or `\`: text that JSON.stringify leaves
     * as it is, so its bytes can go to a JSON document between quotes.
     */
    isPlain(from, to) {
        const data = this.data;
        for (let i = from; i < to; i++) {
            const byte = data[i];
            if (byte < 0x20 || byte > 0x7e || byte === 0x22 || byte === 0x5c)
                return false;
        }
        return true;
    }
    /** Copies `[from, to)` into `target` at `at`: the position after it. */
    copyTo(from, to, target, at) {
        copyBytes(this.data, from, to, target, at);
        return at + to - from;
    }
}
/** Copies `source[from, to)` into `target` at `at`. */
function copyBytes(source, from, to, target, at) {
    if (to - from > SHORT_COPY) {
        target.set(source.subarray(from, to), at);
        return;
    }
    for (let i = from; i < to; i++)
        target[at++] = source[i];
}


/***/ }),

/***/ 83964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ commitSubject)
/* harmony export */ });
/**
 * The subject of a commit message as `git log --format=%s` gives it: the first paragraph (blank
 * lines before it skipped), its lines joined by spaces, trailing blanks removed.
 */
function commitSubject(message) {
    const lines = message.split('\n');
    let at = 0;
    while (at < lines.length && lines[at].trim() === '')
        at++;
    const paragraph = [];
    for (; at < lines.length && lines[at].trim() !== ''; at++)
        paragraph.push(lines[at].trimEnd());
    return paragraph.join(' ');
}


/***/ }),

/***/ 46981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ GitCommitSource)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/trace/commit-source.ts
var commit_source = __webpack_require__(83964);
;// CONCATENATED MODULE: ./src/trace/git-log-record.ts

const LF = 10;
const SPACE = 32;
/**
 * A commit read from its bytes. The strings are decoded when first asked for, each on its own,
 * so what a caller keeps (SHA, subject) does not pin the whole output, and a caller that takes
 * the bytes (a trace's table) decodes neither.
 */
class LogRecord {
    bytes;
    parents;
    body;
    end;
    decodedSha;
    decodedSubject;
    decodedMessage;
    constructor(bytes, parents, body, end) {
        this.bytes = bytes;
        this.parents = parents;
        this.body = body;
        this.end = end;
    }
    get sha() {
        const { bytes, sha, shaEnd } = this.bytes;
        return (this.decodedSha ??= bytes.toString('latin1', sha, shaEnd));
    }
    get message() {
        const { bytes } = this.bytes;
        return (this.decodedMessage ??=
            this.body < this.end ? bytes.toString('utf8', this.body, this.end) : '');
    }
    get subject() {
        const { bytes, subject, subjectEnd } = this.bytes;
        if (subject < 0)
            return (this.decodedSubject ??= (0,commit_source/* commitSubject */.s)(this.message));
        return (this.decodedSubject ??= bytes.toString('utf8', subject, subjectEnd));
    }
}
/**
 * One record of `git log -z --format='%H %p%n%B'` from its bytes: `bytes[start, end)`. The
 * bytes must not change while the commit is in use.
 */
function parseLogRecord(bytes, start, end) {
    if (bytes[start] === LF)
        start++;
    let eol = bytes.indexOf(LF, start);
    if (eol < 0 || eol > end)
        eol = end;
    let space = bytes.indexOf(SPACE, start);
    if (space < 0 || space > eol)
        space = eol;
    let parents = 0;
    for (let at = space; at < eol; at++) {
        if (bytes[at] === SPACE && at + 1 < eol && bytes[at + 1] !== SPACE)
            parents++;
    }
    const body = eol < end ? eol + 1 : end;
    const [subject, subjectEnd] = subjectRange(bytes, body, end);
    return new LogRecord({ bytes, sha: start, shaEnd: space, subject, subjectEnd }, parents, body, end);
}
// Where the subject lies when it is the message's first paragraph of one line (the common
// case): [start, end) of its bytes, without the blanks after it. [-1, -1] when it runs over
// several lines, which git joins with spaces.
function subjectRange(bytes, from, end) {
    let first = from;
    while (first < end && bytes[first] <= SPACE)
        first++;
    if (first >= end)
        return [from, from];
    // git skips blank lines before the subject but keeps the indentation of its first line.
    let start = first;
    while (start > from && bytes[start - 1] !== LF)
        start--;
    let eol = bytes.indexOf(LF, first);
    if (eol < 0 || eol > end)
        eol = end;
    if (eol >= end - 1 || bytes[eol + 1] === LF) {
        let stop = eol;
        while (stop > start && bytes[stop - 1] <= SPACE)
            stop--;
        return [start, stop];
    }
    return [-1, -1];
}

;// CONCATENATED MODULE: ./src/trace/nul-records.ts
const NUL = 0;
/**
 * Splits a byte stream of NUL-terminated records (`git log -z`) as the bytes arrive, handing
 * each whole record on as a byte range, so the caller decodes only what it keeps (a character
 * split across chunks stays whole) and the output is never held as one string.
 */
class NulRecordSplitter {
    onRecord;
    pending;
    constructor(onRecord) {
        this.onRecord = onRecord;
    }
    push(chunk) {
        let start = 0;
        if (this.pending !== undefined) {
            // Only the record that spans the chunks is copied together, not the whole chunk.
            const first = chunk.indexOf(NUL);
            if (first < 0) {
                this.pending = Buffer.concat([this.pending, chunk]);
                return;
            }
            const joined = Buffer.concat([this.pending, chunk.subarray(0, first)]);
            this.pending = undefined;
            this.onRecord(joined, 0, joined.length);
            start = first + 1;
        }
        for (let end = chunk.indexOf(NUL, start); end >= 0; end = chunk.indexOf(NUL, start)) {
            this.onRecord(chunk, start, end);
            start = end + 1;
        }
        if (start < chunk.length)
            this.pending = chunk.subarray(start);
    }
    /** Hands on a last record that had no NUL after it. */
    end() {
        const rest = this.pending;
        this.pending = undefined;
        if (rest !== undefined && !(rest.length === 1 && rest[0] === 10)) {
            this.onRecord(rest, 0, rest.length);
        }
    }
}

;// CONCATENATED MODULE: ./src/trace/git-log-stream.ts




/**
 * A `git log -z` that starts before its reader is ready: it is spawned while the revisions are
 * still being resolved, because git walks the whole range before it prints its first commit, and
 * that walk is most of the time a trace takes. Its output waits (in the pipe, or here) until
 * `read` is called; `cancel` ends it unread.
 */
class GitLogStream {
    cannotRun;
    child;
    waiting = [];
    reader;
    stderr = [];
    startFailure;
    exited;
    constructor(cwd, args, cannotRun) {
        this.cannotRun = cannotRun;
        // GIT_FLUSH=0: git log flushes after every commit into a pipe otherwise, and reading
        // 100,000 tiny chunks costs more than all the parsing.
        this.child = (0,external_node_child_process_.spawn)('git', args, {
            cwd,
            env: { ...process.env, GIT_FLUSH: '0' },
            stdio: ['ignore', 'pipe', 'pipe']
        });
        this.child.stdout.on('data', (chunk) => {
            if (this.reader)
                this.reader(chunk);
            else
                this.waiting.push(chunk);
        });
        this.child.stderr.on('data', (chunk) => this.stderr.push(chunk));
        this.exited = new Promise((done) => {
            this.child.on('error', (error) => {
                this.startFailure ??= this.cannotRun(error);
                done(null);
            });
            this.child.on('close', (code) => done(code));
        });
    }
    /** Ends the log unread: the caller found it does not want it. */
    cancel() {
        this.child.kill();
    }
    /**
     * Hands each commit to `visit`, at most `max`; a commit in `boundary` (a shallow clone's cut)
     * stops the log there. A visitor's error stops it too and is thrown.
     */
    async read(boundary, max, visit) {
        let count = 0;
        let cut;
        let first;
        let failure;
        const splitter = new NulRecordSplitter((bytes, from, to) => {
            if (cut !== undefined || failure !== undefined)
                return;
            count++;
            if (count > max)
                return;
            const commit = parseLogRecord(bytes, from, to);
            if (count === 1)
                first = commit.sha;
            try {
                visit(commit);
            }
            catch (error) {
                failure = error;
                this.child.kill();
                return;
            }
            // Only a shallow clone has a boundary: the SHA is decoded only to look it up there.
            if (boundary.size > 0 && boundary.has(commit.sha)) {
                cut = commit.sha;
                this.child.kill();
            }
        });
        this.reader = (chunk) => splitter.push(chunk);
        for (const chunk of this.waiting.splice(0))
            splitter.push(chunk);
        const code = await this.exited;
        if (failure !== undefined) {
            throw failure instanceof Error ? failure : new Error((0,errors/* errorMessage */.gJ)(failure));
        }
        if (this.startFailure)
            throw this.startFailure;
        if (cut !== undefined)
            return { count, cut, first };
        if (code !== 0) {
            const detail = Buffer.concat(this.stderr).toString('utf8').trim().split('\n')[0];
            throw new errors/* OperationError */.OK(`git log failed (exit ${code}): ${detail}`);
        }
        splitter.end();
        return { count, cut, first };
    }
}

;// CONCATENATED MODULE: ./src/trace/git-commit-source.ts





const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
// Settings that would change what `git log` prints are pinned, whatever the user's config says.
const PINNED = ['-c', 'log.showSignature=false', '-c', 'i18n.logOutputEncoding=UTF-8'];
/** The folder is not in a git checkout: a source that cannot answer, not a wrong revision. */
class NotARepositoryError extends errors/* ConfigurationError */.j1 {
}
const FIX_SHALLOW = 'give actions/checkout "fetch-depth: 0" in the workflow (or run "git fetch --unshallow"), or read the range from GitHub\'s compare API';
function git(cwd, args, input) {
    return new Promise((done, fail) => {
        const child = (0,external_node_child_process_.execFile)('git', args, { cwd, maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
            if (!error)
                return done(stdout);
            if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT' && !('status' in error && error.status)) {
                return fail(notInstalledOr(error, cwd));
            }
            const detail = stderr.trim().split('\n')[0] ?? (0,errors/* errorMessage */.gJ)(error);
            if (/not a git repository/i.test(detail)) {
                return fail(new NotARepositoryError(`${cwd} is not in a git repository: run in the checkout of the app, or pass --dir DIR`));
            }
            fail(new errors/* OperationError */.OK(`git ${args.filter((a) => a !== '-c').join(' ')}: ${detail}`));
        });
        // git may exit before reading its input (not a repository): its exit status says why.
        child.stdin?.on('error', () => undefined);
        if (input !== undefined)
            child.stdin?.end(input);
    });
}
function notInstalledOr(error, cwd) {
    return new errors/* OperationError */.OK(`cannot run git in ${cwd} (${(0,errors/* errorMessage */.gJ)(error)}): install git, or check that the folder exists`);
}
function checkRevision(revision, flag) {
    // Revisions reach git as arguments: one that looks like an option, or has blanks or control
    // characters, would be read as something else.
    // eslint-disable-next-line no-control-regex -- control characters are what it looks for
    if (revision === '' || revision.startsWith('-') || /[\s\x00-\x1f\x7f]/.test(revision)) {
        throw new errors/* ConfigurationError */.j1(`${flag} ${JSON.stringify(revision)} is not a revision: give a commit SHA, branch or tag`);
    }
}
/** Reads commit ranges from a local git repository, streaming `git log -z` as it runs. */
class GitCommitSource {
    name = 'git';
    dir;
    constructor(dir) {
        this.dir = (0,external_node_path_.isAbsolute)(dir) ? dir : (0,external_node_path_.resolve)(dir);
    }
    /** Full names of revisions (peeled to commits), undefined for those that do not exist. */
    async resolve(revisions) {
        const out = await git(this.dir, ['cat-file', '--batch-check=%(objectname) %(objecttype)'], revisions.map((rev) => `${rev}^{commit}\n`).join(''));
        const lines = out.split('\n');
        return revisions.map((revision, i) => {
            const line = lines[i] ?? '';
            if (line.endsWith(' ambiguous')) {
                throw new errors/* ConfigurationError */.j1(`revision ${revision} is ambiguous in the repository at ${this.dir}: give more characters of the SHA`);
            }
            return /^([0-9a-f]{40,64}) commit$/.exec(line)?.[1];
        });
    }
    /** Whether the folder is in a git checkout at all (shallow or not). */
    async isRepository() {
        return this.shallowBoundary().then(() => true, (error) => {
            if (error instanceof NotARepositoryError)
                return false;
            throw error;
        });
    }
    /** The commits whose parents a shallow clone cut off; empty for a full clone. */
    async shallowBoundary() {
        const [flag, path] = (await git(this.dir, ['rev-parse', '--is-shallow-repository', '--git-path', 'shallow'])).split('\n');
        if (flag !== 'true' || !path)
            return new Set();
        const text = await (0,promises_.readFile)((0,external_node_path_.resolve)(this.dir, path), 'utf8').catch(() => '');
        return new Set(text.split('\n').filter(Boolean));
    }
    missing(revision, flag, shallow) {
        if (!FULL_SHA.test(revision)) {
            throw new errors/* ConfigurationError */.j1(`${flag} ${revision} does not exist in the repository at ${this.dir}: check the name, or fetch it first`);
        }
        return {
            status: 'history-missing',
            reason: 'revision-missing',
            revision,
            message: `commit ${revision} (${flag}) is not in ${shallow ? 'this shallow clone' : 'this clone'} at ${this.dir}: ${FIX_SHALLOW}`
        };
    }
    async read(range, visit) {
        checkRevision(range.to, '--to');
        if (range.from !== undefined)
            checkRevision(range.from, '--from');
        if (!(range.limit >= 1))
            throw new errors/* ConfigurationError */.j1(`the commit limit must be at least 1`);
        const wanted = range.from === undefined ? [range.to] : [range.to, range.from];
        // The log starts now, with the revisions as given ("--" keeps them revisions), and is read
        // once they are known to exist: git's walk of the range overlaps the checks below.
        // %p (abbreviated parents): only their number is used, and it keeps the output short.
        const args = [...PINNED, 'log', '-z', '--no-color', '--format=%H %p%n%B'];
        if (range.from === undefined)
            args.push(`--max-count=${range.limit + 1}`, range.to, '--');
        else
            args.push(range.to, `^${range.from}`, '--');
        const log = new GitLogStream(this.dir, args, (error) => notInstalledOr(error, this.dir));
        let boundary;
        let to;
        let from;
        try {
            ;
            [boundary, [to, from]] = await Promise.all([this.shallowBoundary(), this.resolve(wanted)]);
        }
        catch (error) {
            log.cancel();
            if (!(error instanceof NotARepositoryError))
                throw error;
            return { status: 'history-missing', reason: 'no-repository', message: error.message };
        }
        if (to === undefined || (range.from !== undefined && from === undefined)) {
            log.cancel();
            return to === undefined
                ? this.missing(range.to, '--to', boundary.size > 0)
                : this.missing(range.from, '--from', boundary.size > 0);
        }
        const max = range.from === undefined ? range.limit : Infinity;
        const { count, cut, first } = await log.read(boundary, max, visit);
        // The log read the names again: a branch that moved in between gives another range.
        if (first !== undefined && first !== to) {
            throw new errors/* OperationError */.OK(`${range.to} moved while it was read (from ${to} to ${first}): run the command again`);
        }
        if (cut !== undefined) {
            const what = from === undefined
                ? `the history of ${range.to} (up to ${range.limit} commits for a first deployment)`
                : `all commits between ${range.from} and ${range.to}`;
            return {
                status: 'history-missing',
                reason: 'shallow',
                message: `this clone is shallow and does not hold ${what}: commit ${cut.slice(0, 12)} has its parents cut off; ${FIX_SHALLOW}`
            };
        }
        const truncated = from === undefined && count > range.limit;
        return {
            status: 'complete',
            from: from ?? null,
            to,
            count: truncated ? range.limit : count,
            truncated
        };
    }
    async contains(ancestor, descendant) {
        checkRevision(ancestor, 'ancestor');
        checkRevision(descendant, 'descendant');
        let boundary;
        let found;
        try {
            ;
            [boundary, found] = await Promise.all([
                this.shallowBoundary(),
                this.resolve([ancestor, descendant])
            ]);
        }
        catch (error) {
            if (error instanceof NotARepositoryError)
                return undefined;
            throw error;
        }
        const [a, d] = found;
        if (a === undefined || d === undefined)
            return undefined;
        const code = await new Promise((done) => {
            (0,external_node_child_process_.execFile)('git', ['merge-base', '--is-ancestor', a, d], { cwd: this.dir }, (error) => done(error ? (typeof error.code === 'number' ? error.code : null) : 0));
        });
        if (code === 0)
            return true;
        // In a shallow clone "no" may only mean the path between them was not fetched.
        return code === 1 && boundary.size === 0 ? false : undefined;
    }
}


/***/ }),

/***/ 34573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ RangeTable)
/* harmony export */ });
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93026);

// Shared by every commit that names no story (100,000 empty arrays are not free).
const NONE = Object.freeze([]);
const MERGE = 1;
// The subject is printable ASCII without a quote or backslash: JSON holds it as it is.
const PLAIN = 2;
/**
 * The commits and stories of a traced range held column by column: numbers in typed arrays, SHAs
 * and subjects as bytes, and each story's commits as a chain of indexes, with no object per
 * commit or per story. A range of 100,000 commits held as objects spent more time in garbage
 * collection than in reading git's output; the objects are built only when a reader asks for
 * them, and `trace --json` copies SHAs and subjects to its output as bytes.
 */
class RangeTable {
    shaBytes = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .ByteColumn */ .l6();
    subjectBytes = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .ByteColumn */ .l6();
    // Where each commit's SHA and subject start; one more entry than commits, for the last's end.
    shaAt = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .IntColumn */ .aI();
    subjectAt = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .IntColumn */ .aI();
    flags = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .IntColumn */ .aI();
    // Links of a commit to a story, in the order the commits name them: those of one commit are
    // consecutive, from firstLink[commit] to firstLink[commit + 1].
    firstLink = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .IntColumn */ .aI();
    linkStory = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .IntColumn */ .aI();
    linkCommit = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .IntColumn */ .aI();
    // The next link of the same story, -1 at its last; each story's first and last link.
    nextLink = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .IntColumn */ .aI();
    storyFirst = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .IntColumn */ .aI();
    storyLast = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .IntColumn */ .aI();
    storyIds = [];
    trackers = [];
    urls = [];
    storyIndex = new Map();
    constructor() {
        this.shaAt.push(0);
        this.subjectAt.push(0);
        this.firstLink.push(0);
    }
    /** Number of commits. */
    get commitCount() {
        return this.flags.length;
    }
    /** Number of stories. */
    get storyCount() {
        return this.storyIds.length;
    }
    /** Adds a commit (after the stories of the previous one): its index. */
    addCommit(sha, subject, merge) {
        this.shaBytes.appendText(sha);
        this.subjectBytes.appendText(subject);
        return this.added(merge);
    }
    /**
     * Adds a commit whose SHA and subject are the UTF-8 bytes `bytes[sha, shaEnd)` and
     * `bytes[subject, subjectEnd)`, as read from git: its index. The bytes are copied.
     */
    addCommitBytes(bytes, sha, shaEnd, subject, subjectEnd, merge) {
        this.shaBytes.append(bytes, sha, shaEnd);
        this.subjectBytes.append(bytes, subject, subjectEnd);
        return this.added(merge);
    }
    added(merge) {
        const commit = this.flags.length;
        const from = this.subjectAt.get(commit);
        const to = this.subjectBytes.length;
        this.shaAt.push(this.shaBytes.length);
        this.subjectAt.push(to);
        this.flags.push((merge ? MERGE : 0) | (this.subjectBytes.isPlain(from, to) ? PLAIN : 0));
        this.firstLink.push(this.linkStory.length);
        return commit;
    }
    /**
     * Records that the newest commit names story `id` (once per commit). The first commit to name
     * a story gives its tracker; its link comes from the first that has one.
     */
    addStory(id, tracker, url) {
        const commit = this.flags.length - 1;
        const link = this.linkStory.length;
        let story = this.storyIndex.get(id);
        if (story === undefined) {
            story = this.storyIds.length;
            this.storyIndex.set(id, story);
            this.storyIds.push(id);
            this.trackers.push(tracker);
            this.urls.push(url);
            this.storyFirst.push(link);
            this.storyLast.push(link);
        }
        else {
            this.nextLink.set(this.storyLast.get(story), link);
            this.storyLast.set(story, link);
            if (this.urls[story] === null && url !== null)
                this.urls[story] = url;
        }
        this.linkStory.push(story);
        this.linkCommit.push(commit);
        this.nextLink.push(-1);
        this.firstLink.set(commit + 1, this.linkStory.length);
    }
    sha(commit) {
        return this.shaBytes.text(this.shaAt.get(commit), this.shaAt.get(commit + 1), 'latin1');
    }
    subject(commit) {
        return this.subjectBytes.text(this.subjectAt.get(commit), this.subjectAt.get(commit + 1), 'utf8');
    }
    /** Whether the subject is printable ASCII with nothing JSON escapes: its bytes are its JSON. */
    plainSubject(commit) {
        return (this.flags.get(commit) & PLAIN) !== 0;
    }
    /** Copies the SHA's bytes into `target` at `at` (room is the caller's): the position after. */
    copySha(commit, target, at) {
        return this.shaBytes.copyTo(this.shaAt.get(commit), this.shaAt.get(commit + 1), target, at);
    }
    /** Copies the subject's UTF-8 bytes into `target` at `at`: the position after. */
    copySubject(commit, target, at) {
        const from = this.subjectAt.get(commit);
        return this.subjectBytes.copyTo(from, this.subjectAt.get(commit + 1), target, at);
    }
    /** Bytes of the SHA and subject together: what copySha and copySubject need room for. */
    textLength(commit) {
        return (this.shaAt.get(commit + 1) -
            this.shaAt.get(commit) +
            this.subjectAt.get(commit + 1) -
            this.subjectAt.get(commit));
    }
    merge(commit) {
        return (this.flags.get(commit) & MERGE) !== 0;
    }
    /** Whether the commit names any story. */
    hasStory(commit) {
        return this.firstLink.get(commit + 1) > this.firstLink.get(commit);
    }
    storyId(story) {
        return this.storyIds[story];
    }
    tracker(story) {
        return this.trackers[story];
    }
    url(story) {
        return this.urls[story];
    }
    /** The first link of a story: with `next` and `commitOf`, its commits newest first. */
    firstLinkOf(story) {
        return this.storyFirst.get(story);
    }
    /** The link after `link` of the same story, -1 after its last. */
    next(link) {
        return this.nextLink.get(link);
    }
    /** The commit of a link. */
    commitOf(link) {
        return this.linkCommit.get(link);
    }
    /** The commits as objects, newest first. */
    commits() {
        const commits = [];
        for (let commit = 0; commit < this.commitCount; commit++) {
            const from = this.firstLink.get(commit);
            const to = this.firstLink.get(commit + 1);
            let stories = NONE;
            if (to > from) {
                const ids = [];
                for (let link = from; link < to; link++)
                    ids.push(this.storyIds[this.linkStory.get(link)]);
                stories = ids;
            }
            commits.push({
                sha: this.sha(commit),
                subject: this.subject(commit),
                merge: this.merge(commit),
                stories
            });
        }
        return commits;
    }
    /** The stories as objects, in order of first mention, each with its commits' SHAs. */
    stories() {
        return this.storyIds.map((id, story) => {
            const commits = [];
            for (let link = this.storyFirst.get(story); link >= 0; link = this.nextLink.get(link)) {
                commits.push(this.sha(this.linkCommit.get(link)));
            }
            return { id, tracker: this.trackers[story], url: this.urls[story], commits };
        });
    }
    /** A table of commits and stories given as objects (a trace made without one). */
    static of(commits, stories) {
        const table = new RangeTable();
        const byId = new Map(stories.map((story) => [story.id, story]));
        for (const commit of commits) {
            table.addCommit(commit.sha, commit.subject, commit.merge);
            for (const id of commit.stories) {
                const story = byId.get(id);
                table.addStory(id, story?.tracker ?? '', story?.url ?? null);
            }
        }
        return table;
    }
}


/***/ }),

/***/ 91656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CO: () => (/* binding */ DEFAULT_TRACE_LIMIT),
/* harmony export */   xx: () => (/* binding */ traceRange)
/* harmony export */ });
/* unused harmony export commitsWithoutStory */
/* harmony import */ var _stories_extract_stories_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45156);
/* harmony import */ var _range_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34573);



/** Most commits read for a first deployment when traceability.limit is not set (as the schema says). */
const DEFAULT_TRACE_LIMIT = 1000;
/**
 * Reads a range from `source` and collects the stories its commits name. Missing history (a
 * shallow clone) is returned, not thrown, so the caller can try another source.
 */
async function traceRange(source, request, patterns, options = {}) {
    const links = options.links ?? {};
    const table = new _range_table_js__WEBPACK_IMPORTED_MODULE_1__/* .RangeTable */ .m();
    // One visitor for every story of every commit: no closure per commit.
    const onStory = (id, tracker, url) => table.addStory(id, tracker, url);
    const outcome = await source.read(request, (commit) => {
        const merge = commit.parents > 1;
        const raw = commit.bytes;
        if (raw === undefined || raw.subject < 0)
            table.addCommit(commit.sha, commit.subject, merge);
        else
            table.addCommitBytes(raw.bytes, raw.sha, raw.shaEnd, raw.subject, raw.subjectEnd, merge);
        (0,_stories_extract_stories_js__WEBPACK_IMPORTED_MODULE_0__/* .scanStories */ .l)(commit.message, patterns, links, onStory);
    });
    if (outcome.status !== 'complete')
        return outcome;
    const firstDeployment = outcome.from === null;
    if (outcome.truncated) {
        options.log?.info(`first deployment: read the newest ${request.limit} commits of ${request.to} only (traceability.limit); older commits' stories are not listed`);
    }
    // commits and stories are built from the table when first read, then kept: a command that
    // reads only the table (trace --json) never builds them.
    let commits;
    let stories;
    const trace = {
        source: source.name,
        from: outcome.from,
        to: outcome.to,
        firstDeployment,
        truncated: outcome.truncated,
        limit: firstDeployment ? request.limit : null,
        get commits() {
            return (commits ??= table.commits());
        },
        get stories() {
            return (stories ??= table.stories());
        },
        table
    };
    return { status: 'complete', trace };
}
/** The commits of a trace that name no story. */
function commitsWithoutStory(trace) {
    return trace.commits.filter((commit) => commit.stories.length === 0);
}


/***/ })

};
