export const id = 8638;
export const ids = [8638];
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
/* harmony export */   Y9: () => (/* binding */ compileStoryPatterns),
/* harmony export */   ye: () => (/* binding */ NOT_JIRA_KEYS)
/* harmony export */ });
/* unused harmony export DEFAULT_STORY_PATTERNS */
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
    const builtin = config.regex === undefined ? fallback : undefined;
    return {
        name: config.name ?? `pattern-${index + 1}`,
        regex,
        url,
        ...(builtin ? { requires: builtin.requires, builtin: builtin.name } : {})
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
/* harmony export */   Je: () => (/* binding */ dataViewOf),
/* harmony export */   aI: () => (/* binding */ IntColumn),
/* harmony export */   l6: () => (/* binding */ ByteColumn),
/* harmony export */   rb: () => (/* binding */ copyWords)
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
    /** The values, as a view (valid until the next push). */
    view() {
        return this.data.subarray(0, this.length);
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
    // The same memory as a DataView, for copies four bytes at a time (see copyWords).
    words;
    used = 0;
    constructor(capacity = 64 * 1024) {
        this.data = Buffer.allocUnsafe(capacity);
        this.words = dataViewOf(this.data);
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
    /** Appends `source[from, to)` of a DataView (see `copyWords`). */
    appendWords(source, from, to) {
        this.used = copyWords(source, from, to, this.roomWords(to - from), this.used);
    }
    /** Appends a string as UTF-8. */
    appendText(text) {
        const data = this.room(text.length * 3);
        // Short ASCII (most of what documents hold between their values) is copied here: cheaper
        // than a call to the encoder.
        if (text.length <= SHORT_COPY) {
            let at = this.used;
            let i = 0;
            for (; i < text.length; i++) {
                const code = text.charCodeAt(i);
                if (code >= 0x80)
                    break;
                data[at++] = code;
            }
            if (i === text.length) {
                this.used = at;
                return;
            }
        }
        this.used += data.write(text, this.used, 'utf8');
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
            this.words = dataViewOf(bigger);
        }
        return this.data;
    }
    /** As `room`, the buffer as a DataView (for `copyWords`). */
    roomWords(count) {
        this.room(count);
        return this.words;
    }
    /**
     * The buffer as a DataView, whose first `length` bytes are those appended (valid until the
     * next append), for `copyWords`.
     */
    viewWords() {
        return this.words;
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
    /** Whether the piece at `at` is the bytes `bytes[from, to)`. */
    equals(at, bytes, from, to) {
        if (at + to - from > this.used)
            return false;
        const data = this.data;
        for (let i = from; i < to; i++)
            if (data[at++] !== bytes[i])
                return false;
        return true;
    }
}
/** Copies `source[from, to)` into `target` at `at`: the position after it. */
function copyBytes(source, from, to, target, at) {
    if (to - from > SHORT_COPY) {
        target.set(source.subarray(from, to), at);
        return at + to - from;
    }
    while (from < to)
        target[at++] = source[from++];
    return at;
}
/** A DataView of the memory of `bytes`, with the offsets of `bytes`. */
function dataViewOf(bytes) {
    return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
/**
 * Copies `source[from, to)` into `target` at `at`, four bytes at a time: the position after
 * it. For the short pieces documents are made of (a SHA, a subject), twice as fast as a loop
 * over bytes, and without the call that set() or copy() costs.
 */
function copyWords(source, from, to, target, at) {
    for (; from + 4 <= to; from += 4, at += 4)
        target.setInt32(at, source.getInt32(from));
    for (; from < to; from++, at++)
        target.setUint8(at, source.getUint8(from));
    return at;
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
    decodedSha;
    decodedSubject;
    decodedMessage;
    constructor(bytes, parents) {
        this.bytes = bytes;
        this.parents = parents;
    }
    get sha() {
        const { bytes, sha, shaEnd } = this.bytes;
        return (this.decodedSha ??= bytes.toString('latin1', sha, shaEnd));
    }
    get message() {
        const { bytes, messageStart, messageEnd } = this.bytes;
        return (this.decodedMessage ??=
            messageStart < messageEnd ? bytes.toString('utf8', messageStart, messageEnd) : '');
    }
    get subject() {
        const { bytes, subject, subjectEnd } = this.bytes;
        if (subject < 0)
            return (this.decodedSubject ??= (0,commit_source/* commitSubject */.s)(this.message));
        return (this.decodedSubject ??= bytes.toString('utf8', subject, subjectEnd));
    }
}
/**
 * One record of `git log -z --format='%H %P%n%B'` from its bytes: `bytes[start, end)`. The
 * bytes must not change while the commit is in use.
 */
function parseLogRecord(bytes, start, end) {
    if (bytes[start] === LF)
        start++;
    let [space, eol, parents] = header(bytes, start, end);
    if (eol < 0)
        [space, eol, parents] = looseHeader(bytes, start, end);
    const body = eol < end ? eol + 1 : end;
    const [subject, subjectEnd] = subjectRange(bytes, body, end);
    return new LogRecord({ bytes, sha: start, shaEnd: space, subject, subjectEnd, messageStart: body, messageEnd: end }, parents);
}
// The first line, "SHA PARENT PARENT" (%H %P): the parents are full names as long as the SHA
// (40 hex digits, or 64 in a SHA-256 repository), so they are counted by their length, without
// reading them. [end of SHA, end of line, parents]; the end of line is -1 when the line is not
// so (then looseHeader reads it).
function header(bytes, start, end) {
    const space = bytes[start + 40] === SPACE ? start + 40 : start + 64;
    if (space >= end || bytes[space] !== SPACE)
        return [-1, -1, 0];
    const step = space - start + 1;
    let at = space + 1;
    let parents = 0;
    while (at + step <= end && bytes[at] !== LF && bytes[at + step - 1] === SPACE) {
        at += step;
        parents++;
    }
    // The last parent has a line feed after it instead of a space.
    if (at + step <= end && bytes[at] !== LF && bytes[at + step - 1] === LF) {
        at += step - 1;
        parents++;
    }
    return bytes[at] === LF || at === end ? [space, at, parents] : [-1, -1, 0];
}
// Any other first line: parents are the words after the first.
function looseHeader(bytes, start, end) {
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
    return [space, eol, parents];
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
        // %P (full parents): only their number is used. %p would be shorter, but abbreviating
        // costs git a lookup per parent: 40 ms of its time over 100,000 commits.
        const args = [...PINNED, 'log', '-z', '--no-color', '--format=%H %P%n%B'];
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

/***/ 98321:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ RangeTable)
});

// EXTERNAL MODULE: ./src/trace/columns.ts
var columns = __webpack_require__(93026);
;// CONCATENATED MODULE: ./src/trace/byte-key-index.ts

/**
 * Numbers keys given as bytes (story IDs as UTF-8) in the order first added: a hash table over
 * the bytes, so a key seen before is found without making a string of it. A trace of 100,000
 * commits looks up 90,000 story IDs; as strings in a Map, each lookup made a string and hashed
 * it, and that took longer than finding the IDs.
 */
class ByteKeyIndex {
    keys = new columns/* ByteColumn */.l6(16 * 1024);
    // Where each key starts, one more entry than keys for the last one's end; and each key's hash.
    keyAt = new columns/* IntColumn */.aI();
    hashes = new columns/* IntColumn */.aI();
    // Open addressing: a slot holds key number + 1, 0 when empty. Never more than half full.
    slots = new Int32Array(1024);
    constructor() {
        this.keyAt.push(0);
    }
    get size() {
        return this.hashes.length;
    }
    /** The number of the key `bytes[from, to)`, added (with the next number) when new. */
    add(bytes, from, to) {
        const hash = hashOf(bytes, from, to);
        const slot = this.slotOf(bytes, from, to, hash);
        const found = this.slots[slot];
        if (found > 0)
            return found - 1;
        const key = this.hashes.length;
        this.keys.append(bytes, from, to);
        this.keyAt.push(this.keys.length);
        this.hashes.push(hash);
        this.slots[slot] = key + 1;
        if ((key + 1) * 2 > this.slots.length)
            this.grow();
        return key;
    }
    // The slot that holds the key, or the empty one where it would go.
    slotOf(bytes, from, to, hash) {
        const mask = this.slots.length - 1;
        for (let slot = hash & mask;; slot = (slot + 1) & mask) {
            const entry = this.slots[slot];
            if (entry === 0)
                return slot;
            const key = entry - 1;
            if (this.hashes.get(key) === hash && this.equals(key, bytes, from, to))
                return slot;
        }
    }
    equals(key, bytes, from, to) {
        const start = this.keyAt.get(key);
        if (this.keyAt.get(key + 1) - start !== to - from)
            return false;
        return this.keys.equals(start, bytes, from, to);
    }
    grow() {
        const slots = new Int32Array(this.slots.length * 2);
        const mask = slots.length - 1;
        for (let key = 0; key < this.hashes.length; key++) {
            let slot = this.hashes.get(key) & mask;
            while (slots[slot] !== 0)
                slot = (slot + 1) & mask;
            slots[slot] = key + 1;
        }
        this.slots = slots;
    }
}
// FNV-1a, 32 bits.
function hashOf(bytes, from, to) {
    let hash = 0x811c9dc5 | 0; // as a 32-bit integer, as the column keeps it
    for (let i = from; i < to; i++)
        hash = Math.imul(hash ^ bytes[i], 0x01000193);
    return hash;
}

;// CONCATENATED MODULE: ./src/trace/range-table.ts


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
    shaBytes = new columns/* ByteColumn */.l6();
    subjectBytes = new columns/* ByteColumn */.l6();
    // Where each commit's SHA and subject start; one more entry than commits, for the last's end.
    shaAt = new columns/* IntColumn */.aI();
    subjectAt = new columns/* IntColumn */.aI();
    flags = new columns/* IntColumn */.aI();
    // Links of a commit to a story, in the order the commits name them: those of one commit are
    // consecutive, from firstLink[commit] to firstLink[commit + 1].
    firstLink = new columns/* IntColumn */.aI();
    linkStory = new columns/* IntColumn */.aI();
    linkCommit = new columns/* IntColumn */.aI();
    // The next link of the same story, -1 at its last; each story's first and last link.
    nextLink = new columns/* IntColumn */.aI();
    storyFirst = new columns/* IntColumn */.aI();
    storyLast = new columns/* IntColumn */.aI();
    storyIds = [];
    trackers = [];
    urls = [];
    // Story numbers by ID, as UTF-8; and a buffer to encode IDs given as text.
    storyIndex = new ByteKeyIndex();
    idBytes = Buffer.allocUnsafe(256);
    // The buffer the last commit was read from, and it as a DataView.
    source;
    sourceWords = new DataView(new ArrayBuffer(0));
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
        // Commits come from a few large buffers (git's output as read): one DataView for each.
        if (bytes !== this.source) {
            this.source = bytes;
            this.sourceWords = (0,columns/* dataViewOf */.Je)(bytes);
        }
        this.shaBytes.appendWords(this.sourceWords, sha, shaEnd);
        this.subjectBytes.appendWords(this.sourceWords, subject, subjectEnd);
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
     * a story gives its tracker; its link comes from the first that has one. IDs are told apart
     * as UTF-8 (a lone surrogate, which text read as UTF-8 never holds, is U+FFFD there).
     */
    addStory(id, tracker, url) {
        if (id.length * 3 > this.idBytes.length)
            this.idBytes = Buffer.allocUnsafe(id.length * 3);
        const length = this.idBytes.write(id, 0, 'utf8');
        const story = this.addStoryBytes(this.idBytes, 0, length, tracker, id);
        if (url !== null)
            this.setUrl(story, url);
    }
    /**
     * Records that the newest commit names the story whose ID is the UTF-8 bytes
     * `bytes[from, to)` (once per commit): the story's number. A new story takes `tracker`, no
     * link (see `setUrl`), and `id` as its ID's text, else the bytes decoded.
     */
    addStoryBytes(bytes, from, to, tracker, id) {
        const commit = this.flags.length - 1;
        const link = this.linkStory.length;
        const known = this.storyIds.length;
        const story = this.storyIndex.add(bytes, from, to);
        if (story === known) {
            this.storyIds.push(id ?? bytes.toString('utf8', from, to));
            this.trackers.push(tracker);
            this.urls.push(null);
            this.storyFirst.push(link);
            this.storyLast.push(link);
        }
        else {
            this.nextLink.set(this.storyLast.get(story), link);
            this.storyLast.set(story, link);
        }
        this.linkStory.push(story);
        this.linkCommit.push(commit);
        this.nextLink.push(-1);
        this.firstLink.set(commit + 1, this.linkStory.length);
        return story;
    }
    /** Gives a story that has no link yet its link. */
    setUrl(story, url) {
        this.urls[story] ??= url;
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
    /**
     * The SHAs and subjects as bytes, and where each commit's start (one more entry than commits),
     * for writers of huge documents that copy them (trace --json) without a call per piece.
     * Views of the table: valid until it changes.
     */
    texts() {
        return {
            shas: this.shaBytes.viewWords(),
            shaAt: this.shaAt.view(),
            subjects: this.subjectBytes.viewWords(),
            subjectAt: this.subjectAt.view()
        };
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

/***/ 44450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CO: () => (/* binding */ DEFAULT_TRACE_LIMIT),
  xx: () => (/* binding */ traceRange)
});

// UNUSED EXPORTS: commitsWithoutStory

// EXTERNAL MODULE: ./src/stories/story-patterns.ts
var story_patterns = __webpack_require__(10970);
;// CONCATENATED MODULE: ./src/stories/builtin-matchers.ts

const WORD = 1; // \w: [A-Za-z0-9_]
const UPPER = 2; // [A-Z]
const DIGIT = 4; // [0-9]
const KEY = 8; // [A-Z0-9_]: a Jira key after its first letter
const OWNER = 16; // [A-Za-z0-9-]: a GitHub owner
const REPO = 32; // [A-Za-z0-9._-]: a GitHub repository name
const NOT_BEFORE_ISSUE = 64; // [\w.\-/#&]: what may not come before #123 or owner/repo#123
const ALNUM = 128; // [A-Za-z0-9]
const CLASSES = new Uint8Array(256);
function mark(characters, flags) {
    for (const character of characters)
        CLASSES[character.charCodeAt(0)] |= flags;
}
const UPPERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWERS = UPPERS.toLowerCase();
const DIGITS = '0123456789';
mark(UPPERS, WORD | UPPER | KEY | OWNER | REPO | NOT_BEFORE_ISSUE | ALNUM);
mark(LOWERS, WORD | OWNER | REPO | NOT_BEFORE_ISSUE | ALNUM);
mark(DIGITS, WORD | DIGIT | KEY | OWNER | REPO | NOT_BEFORE_ISSUE | ALNUM);
mark('_', WORD | KEY | REPO | NOT_BEFORE_ISSUE);
mark('-', OWNER | REPO | NOT_BEFORE_ISSUE);
mark('.', REPO | NOT_BEFORE_ISSUE);
mark('/#&', NOT_BEFORE_ISSUE);
const DASH = 0x2d;
const HASH = 0x23;
const DOT = 0x2e;
const SLASH = 0x2f;
const ONE = 0x31;
const NINE = 0x39;
const LF = 0x0a;
const CR = 0x0d;
function is(byte, flags) {
    return byte !== undefined && (CLASSES[byte] & flags) !== 0;
}
/** The end of the number `[1-9][0-9]*` at `at`, or -1 when none starts there. */
function numberEnd(bytes, at, end) {
    if (at >= end || bytes[at] < ONE || bytes[at] > NINE)
        return -1;
    at++;
    while (at < end && is(bytes[at], DIGIT))
        at++;
    return at;
}
// The keys that are not stories, as bytes.
const EXCLUDED = story_patterns/* NOT_JIRA_KEYS */.ye.map((key) => Buffer.from(key, 'latin1'));
function excludedKey(bytes, from, to) {
    for (const key of EXCLUDED) {
        if (key.length !== to - from)
            continue;
        let same = true;
        for (let i = 0; i < key.length && same; i++)
            same = bytes[from + i] === key[i];
        if (same)
            return true;
    }
    return false;
}
const COLON = 0x3a;
// Four bytes at a time: a word holds a dash, a # or a colon when one of these has a zero byte.
const DASHES = 0x2d2d2d2d;
const HASHES = 0x23232323;
const COLONS = 0x3a3a3a3a;
const ONES = 0x01010101;
const HIGHS = 0x80808080;
/**
 * Finds the matches of the default patterns in the message `bytes[start, end)` (`view` is a
 * DataView of the memory of `bytes`, in which they start at `offset`). Each pattern is looked
 * for from the byte every match of it holds: a Jira key's dash, an issue's #, a trailer's
 * colon. Those bytes are rare in text, so the message is read four bytes at a time for them,
 * and only the words that hold one are looked at byte by byte.
 */
function matchStories(bytes, view, offset, start, end, sinks) {
    let at = start;
    for (; at + 4 <= end; at += 4) {
        const word = view.getUint32(offset + at, true);
        const dash = word ^ DASHES;
        const hash = word ^ HASHES;
        const colon = word ^ COLONS;
        // (x - 0x01010101) & ~x & 0x80808080 is not 0 exactly when a byte of x is 0.
        const found = ((dash - ONES) & ~dash) | ((hash - ONES) & ~hash) | ((colon - ONES) & ~colon);
        if ((found & HIGHS) === 0)
            continue;
        for (let i = at; i < at + 4; i++)
            matchAt(bytes, start, end, i, sinks);
    }
    for (; at < end; at++)
        matchAt(bytes, start, end, at, sinks);
}
function matchAt(bytes, start, end, at, sinks) {
    const byte = bytes[at];
    if (byte === DASH) {
        if (sinks.jira)
            jiraAt(bytes, start, end, at, sinks.jira);
    }
    else if (byte === HASH) {
        if (sinks.azure || sinks.github)
            issuesAt(bytes, start, end, at, sinks.azure, sinks.github);
    }
    else if (byte === COLON && sinks.trailer) {
        trailerAt(bytes, start, end, at, sinks.trailer);
    }
}
// PROJ-123 (`jira`), from its dash.
function jiraAt(bytes, start, end, dash, sink) {
    let from = dash;
    while (from > start && is(bytes[from - 1], KEY))
        from--;
    // Inside a run of key characters only its first may start a key (the others follow \w).
    if (dash - from < 2 || !is(bytes[from], UPPER))
        return;
    if (from > start && (is(bytes[from - 1], WORD) || bytes[from - 1] === DASH))
        return;
    const to = numberEnd(bytes, dash + 1, end);
    if (to > 0 && !excludedKey(bytes, from, dash) && jiraEnds(bytes, to, end)) {
        sink(from, from, to, -1);
    }
}
// (?![\w]|-[0-9]|\.[0-9]): not a word, a longer dashed token or a version.
function jiraEnds(bytes, at, end) {
    if (at >= end)
        return true;
    const next = bytes[at];
    if (is(next, WORD))
        return false;
    return !((next === DASH || next === DOT) && at + 1 < end && is(bytes[at + 1], DIGIT));
}
// AB#123 (`azure-boards`) and #123 or owner/repo#123 (`github`), from the #.
function issuesAt(bytes, start, end, hash, azure, github) {
    const to = numberEnd(bytes, hash + 1, end);
    if (to < 0 || (to < end && is(bytes[to], WORD)))
        return;
    if (azure)
        matchAzure(bytes, start, hash, to, azure);
    if (github)
        matchGitHub(bytes, start, hash, to, github);
}
// (?<![\w-])AB#: the two letters before the #, and neither a word nor a dash before them.
function matchAzure(bytes, start, hash, to, sink) {
    const from = hash - 2;
    if (from < start || bytes[from] !== 0x41 || bytes[from + 1] !== 0x42)
        return;
    if (from > start && (is(bytes[from - 1], WORD) || bytes[from - 1] === DASH))
        return;
    sink(from, from, to, hash);
}
// (?<![\w.\-/#&])(owner/repo)?#: with a repository when one ends at the #, else the # alone.
function matchGitHub(bytes, start, hash, to, sink) {
    if (hash === start || !is(bytes[hash - 1], NOT_BEFORE_ISSUE)) {
        sink(hash, hash, to, hash);
        return;
    }
    // The repository name: the run of its characters before the #, with a slash before it.
    let name = hash;
    while (name > start && is(bytes[name - 1], REPO))
        name--;
    if (name === hash || name - 1 <= start || bytes[name - 1] !== SLASH)
        return;
    // The owner: the run of its characters before the slash; only its first may start a match.
    let owner = name - 1;
    while (owner > start && is(bytes[owner - 1], OWNER))
        owner--;
    if (owner === name - 1 || !is(bytes[owner], ALNUM))
        return;
    if (owner > start && is(bytes[owner - 1], NOT_BEFORE_ISSUE))
        return;
    sink(owner, owner, to, hash);
}
/**
 * The length of the line terminator at `at` (\n, \r, U+2028, U+2029: what `^`, `$` and `.` of
 * a multi-line regex take as one), 0 when there is none.
 */
function terminatorLength(bytes, at, end) {
    const byte = bytes[at];
    if (byte === LF || byte === CR)
        return 1;
    if (byte === 0xe2 && at + 2 < end && bytes[at + 1] === 0x80) {
        const last = bytes[at + 2];
        if (last === 0xa8 || last === 0xa9)
            return 3;
    }
    return 0;
}
function lineStart(bytes, start, at) {
    if (at === start)
        return true;
    const before = bytes[at - 1];
    if (before === LF || before === CR)
        return true;
    return at - start >= 3 && terminatorLength(bytes, at - 3, at) === 3;
}
function blank(byte) {
    return byte === 0x20 || byte === 0x09;
}
// [Rr]elated[ -] before the S of "Story" at `at`: where it starts, or -1.
const ELATED = Buffer.from('elated', 'latin1');
function relatedBefore(bytes, start, at) {
    const from = at - 8;
    if (from < start || (bytes[from] !== 0x52 && bytes[from] !== 0x72))
        return -1;
    for (let i = 0; i < ELATED.length; i++)
        if (bytes[from + 1 + i] !== ELATED[i])
            return -1;
    return bytes[at - 1] === 0x20 || bytes[at - 1] === DASH ? from : -1;
}
// Whether only blanks lie between a line start and `at`.
function blanksFromLineStart(bytes, start, at) {
    while (at > start && blank(bytes[at - 1]))
        at--;
    return lineStart(bytes, start, at);
}
/**
 * A trailer line ("Story: 12", "Related stories: ABC-1, ABC-2") whose colon is at `colon`, as
 * the `trailer` regex finds it: `item` receives each item of its list as the regex's caller
 * splits it, as a match whose ID is the item without its brackets. A line is a trailer only
 * where its first word is Story or Stories (or Related stories) before the colon, so it holds
 * at most one, whatever colons follow.
 */
function trailerAt(bytes, start, end, colon, item) {
    let word = colon;
    while (word > start && blank(bytes[word - 1]))
        word--;
    // Stor(?:y|ies) before the blanks: where its S is.
    let s = -1;
    if (bytes[word - 1] === 0x79)
        s = word - 5; // y
    else if (bytes[word - 1] === 0x73 && bytes[word - 2] === 0x65 && bytes[word - 3] === 0x69) {
        s = word - 7; // ies
    }
    if (s < start || (bytes[s] !== 0x53 && bytes[s] !== 0x73))
        return;
    if (bytes[s + 1] !== 0x74 || bytes[s + 2] !== 0x6f || bytes[s + 3] !== 0x72)
        return; // tor
    const related = relatedBefore(bytes, start, s);
    if (!blanksFromLineStart(bytes, start, related >= 0 ? related : s))
        return;
    let list = colon + 1;
    while (list < end && blank(bytes[list]))
        list++;
    let stop = list;
    while (stop < end && terminatorLength(bytes, stop, end) === 0)
        stop++;
    listItems(bytes, list, stop, item);
}
/**
 * The length of what splits a list at `at` (JavaScript's `[\s,;]`, whose `\s` includes the
 * Unicode spaces), 0 when it is part of an item.
 */
function separatorLength(bytes, at, end) {
    const byte = bytes[at];
    if (byte === 0x20 || byte === 0x2c || byte === 0x3b || (byte >= 0x09 && byte <= 0x0d))
        return 1;
    if (byte < 0xc2)
        return 0;
    const second = bytes[at + 1];
    if (byte === 0xc2)
        return second === 0xa0 && at + 1 < end ? 2 : 0;
    if (at + 2 >= end)
        return 0;
    const third = bytes[at + 2];
    switch (byte) {
        case 0xe1: // U+1680
            return second === 0x9a && third === 0x80 ? 3 : 0;
        case 0xe2: // U+2000-U+200A, U+2028, U+2029, U+202F, U+205F
            if (second === 0x80) {
                return (third >= 0x80 && third <= 0x8a) ||
                    third === 0xa8 ||
                    third === 0xa9 ||
                    third === 0xaf
                    ? 3
                    : 0;
            }
            return second === 0x81 && third === 0x9f ? 3 : 0;
        case 0xe3: // U+3000
            return second === 0x80 && third === 0x80 ? 3 : 0;
        case 0xef: // U+FEFF
            return second === 0xbb && third === 0xbf ? 3 : 0;
        default:
            return 0;
    }
}
// Items of a list: split on separators; leading ( [ and trailing . ) ] taken off; kept only
// with a digit ("and" is a word, not an ID). As collect() in extract-stories.ts does.
function listItems(bytes, at, end, item) {
    while (at < end) {
        const gap = separatorLength(bytes, at, end);
        if (gap > 0) {
            at += gap;
            continue;
        }
        let stop = at + 1;
        while (stop < end && separatorLength(bytes, stop, end) === 0)
            stop++;
        let from = at;
        let to = stop;
        while (from < to && (bytes[from] === 0x28 || bytes[from] === 0x5b))
            from++;
        while (to > from && (bytes[to - 1] === DOT || bytes[to - 1] === 0x29 || bytes[to - 1] === 0x5d))
            to--;
        let digit = false;
        for (let i = from; i < to && !digit; i++)
            digit = is(bytes[i], DIGIT);
        if (digit)
            item(at, from, to, -1);
        at = stop;
    }
}

;// CONCATENATED MODULE: ./src/stories/builtin-story-scanner.ts


const NO_HASH = -1;
/**
 * Finds the stories of commit messages given as UTF-8 bytes, for patterns that are all default
 * ones (their links may be the user's): what `scanStories` finds in the decoded text with their
 * regexes, the same IDs in the same order with the same trackers and links, without decoding
 * the message or making a string per ID. A trace of 100,000 commits spent more time in the
 * regexes and the strings they made than in reading git's output.
 *
 * After `scan`, the IDs lie in `ids` as UTF-8 bytes, until the next scan.
 */
class BuiltinStoryScanner {
    patterns;
    links;
    /** The IDs of the last scan: story `k` is `ids[idFrom(k), idTo(k))`. */
    ids = Buffer.allocUnsafe(1024);
    used = 0;
    // The matches of the last scan, in the order found; then their order by place and pattern.
    at = new Int32Array(16);
    order = new Int32Array(16);
    from = new Int32Array(16);
    to = new Int32Array(16);
    hash = new Int32Array(16);
    found = 0;
    sorted = new Int32Array(16);
    kept = new Int32Array(16);
    sinks = {};
    bytes = this.ids;
    // A DataView of the memory of the bytes last scanned: messages come from a few large buffers.
    view = new DataView(this.ids.buffer);
    /** A scanner for `patterns`, or undefined when one is not a default pattern (or one repeats). */
    static for(patterns, links) {
        const names = new Set(patterns.map((pattern) => pattern.builtin));
        if (names.has(undefined) || names.size !== patterns.length)
            return undefined;
        return new BuiltinStoryScanner(patterns, links);
    }
    constructor(patterns, links) {
        this.patterns = patterns;
        this.links = links;
        patterns.forEach((pattern, order) => {
            const ascii = pattern.builtin !== 'trailer';
            const name = pattern.builtin === 'azure-boards' ? 'azure' : pattern.builtin;
            this.sinks[name] = (at, from, to, hash) => this.add(order, at, from, to, hash, ascii);
        });
    }
    /**
     * Finds the stories of the message `bytes[start, end)`: their number. Each ID is counted once,
     * in the order they appear, as `scanStories` gives them.
     */
    scan(bytes, start, end) {
        if (bytes.buffer !== this.view.buffer)
            this.view = new DataView(bytes.buffer);
        this.bytes = bytes;
        this.used = 0;
        this.found = 0;
        const offset = bytes.byteOffset;
        matchStories(bytes, this.view, offset, start, end, this.sinks);
        return this.found === 0 ? 0 : this.keep();
    }
    idFrom(story) {
        return this.from[this.kept[story]];
    }
    idTo(story) {
        return this.to[this.kept[story]];
    }
    /** The name of the pattern that found story `story` first. */
    tracker(story) {
        return this.patterns[this.order[this.kept[story]]].name;
    }
    /** The ID of story `story` as text. */
    id(story) {
        return this.ids.toString('utf8', this.idFrom(story), this.idTo(story));
    }
    /**
     * The link of story `story`: from the first match of its ID whose pattern gives one, as
     * `scanStories` takes it; null when none does.
     */
    url(story) {
        const first = this.kept[story];
        let i = 0;
        while (this.sorted[i] !== first)
            i++;
        for (; i < this.found; i++) {
            const hit = this.sorted[i];
            const pattern = this.patterns[this.order[hit]];
            if (pattern.url === undefined || !this.sameId(hit, first))
                continue;
            const url = (0,story_patterns/* storyUrl */.Tg)(pattern.url, this.text(hit), this.groups(hit), this.links);
            if (url !== undefined)
                return url;
        }
        return null;
    }
    text(hit) {
        return this.ids.toString('utf8', this.from[hit], this.to[hit]);
    }
    // The named groups of the regex that would have matched: id and number, and repository.
    groups(hit) {
        const builtin = this.patterns[this.order[hit]].builtin;
        if (builtin !== 'github' && builtin !== 'azure-boards')
            return undefined;
        const hash = this.hash[hit];
        const id = this.text(hit);
        const number = this.ids.toString('latin1', hash + 1, this.to[hit]);
        if (builtin === 'azure-boards')
            return { id, number };
        const from = this.from[hit];
        const repository = hash > from ? this.ids.toString('latin1', from, hash) : undefined;
        return { id, repository, number };
    }
    add(order, at, from, to, hash, ascii) {
        if (this.found === this.at.length)
            this.grow();
        const hit = this.found++;
        this.at[hit] = at;
        this.order[hit] = order;
        const start = this.used;
        if (ascii || isAscii(this.bytes, from, to))
            this.copy(this.bytes, from, to);
        // A trailer's ID of other characters is decoded and encoded again, as the text the regex
        // found: bytes that are not UTF-8 become U+FFFD in it, and the same ID is the same text.
        else
            this.copy(Buffer.from(decode(this.bytes, from, to), 'utf8'), 0);
        this.from[hit] = start;
        this.to[hit] = this.used;
        this.hash[hit] = hash < 0 ? NO_HASH : start + hash - from;
    }
    copy(source, from, to = source.length) {
        const length = to - from;
        if (this.used + length > this.ids.length) {
            const bigger = Buffer.allocUnsafe(Math.max(this.ids.length * 2, this.used + length));
            this.ids.copy(bigger, 0, 0, this.used);
            this.ids = bigger;
        }
        for (let i = from; i < to; i++)
            this.ids[this.used++] = source[i];
    }
    grow() {
        const size = this.at.length * 2;
        const bigger = (array) => {
            const next = new Int32Array(size);
            next.set(array);
            return next;
        };
        this.at = bigger(this.at);
        this.order = bigger(this.order);
        this.from = bigger(this.from);
        this.to = bigger(this.to);
        this.hash = bigger(this.hash);
        this.sorted = new Int32Array(size);
        this.kept = new Int32Array(size);
    }
    // Orders the matches by place, then by pattern, and keeps the first of each ID: the count.
    keep() {
        const { at, order, sorted } = this;
        for (let i = 0; i < this.found; i++) {
            let j = i;
            while (j > 0) {
                const before = sorted[j - 1];
                if (at[before] < at[i] || (at[before] === at[i] && order[before] <= order[i]))
                    break;
                sorted[j] = before;
                j--;
            }
            sorted[j] = i;
        }
        let kept = 0;
        for (let i = 0; i < this.found; i++) {
            const hit = sorted[i];
            let seen = false;
            for (let k = 0; k < kept && !seen; k++)
                seen = this.sameId(this.kept[k], hit);
            if (!seen)
                this.kept[kept++] = hit;
        }
        return kept;
    }
    sameId(a, b) {
        const length = this.to[a] - this.from[a];
        if (this.to[b] - this.from[b] !== length)
            return false;
        const ids = this.ids;
        for (let i = 0, x = this.from[a], y = this.from[b]; i < length; i++) {
            if (ids[x + i] !== ids[y + i])
                return false;
        }
        return true;
    }
}
function decode(bytes, from, to) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', from, to);
}
function isAscii(bytes, from, to) {
    for (let i = from; i < to; i++)
        if (bytes[i] >= 0x80)
            return false;
    return true;
}

// EXTERNAL MODULE: ./src/stories/extract-stories.ts
var extract_stories = __webpack_require__(45156);
// EXTERNAL MODULE: ./src/trace/range-table.ts + 1 modules
var range_table = __webpack_require__(98321);
;// CONCATENATED MODULE: ./src/trace/trace-range.ts




/** Most commits read for a first deployment when traceability.limit is not set (as the schema says). */
const DEFAULT_TRACE_LIMIT = 1000;
/**
 * Reads a range from `source` and collects the stories its commits name. Missing history (a
 * shallow clone) is returned, not thrown, so the caller can try another source.
 */
async function traceRange(source, request, patterns, options = {}) {
    const links = options.links ?? {};
    const table = new range_table/* RangeTable */.m();
    // One visitor for every story of every commit: no closure per commit.
    const onStory = (id, tracker, url) => table.addStory(id, tracker, url);
    // The default patterns are read from the bytes, without decoding messages.
    const scanner = BuiltinStoryScanner.for(patterns, links);
    const outcome = await source.read(request, (commit) => {
        const merge = commit.parents > 1;
        const raw = commit.bytes;
        if (raw === undefined || raw.subject < 0)
            table.addCommit(commit.sha, commit.subject, merge);
        else
            table.addCommitBytes(raw.bytes, raw.sha, raw.shaEnd, raw.subject, raw.subjectEnd, merge);
        if (scanner === undefined || raw === undefined) {
            (0,extract_stories/* scanStories */.l)(commit.message, patterns, links, onStory);
            return;
        }
        const found = scanner.scan(raw.bytes, raw.messageStart, raw.messageEnd);
        for (let k = 0; k < found; k++) {
            const story = table.addStoryBytes(scanner.ids, scanner.idFrom(k), scanner.idTo(k), scanner.tracker(k));
            // A link is made only for a story that has none yet.
            if (table.url(story) === null) {
                const url = scanner.url(k);
                if (url !== null)
                    table.setUrl(story, url);
            }
        }
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
