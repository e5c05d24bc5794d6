export const id = 2221;
export const ids = [2221,6670,3406];
export const modules = {

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

/***/ 76670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ redactCredentials),
/* harmony export */   m: () => (/* binding */ hasUserinfo)
/* harmony export */ });
/** `scheme://user:password@` in any text: a URI that carries credentials. */
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/:@]*):([^\s/@]+)@/gi;
/**
 * Text with the password of every `scheme://user:password@host` replaced by `***`, so a
 * repository or API URI a user wrote with credentials never reaches a log, a message or a record.
 */
function redactCredentials(text) {
    return text.replace(USERINFO, (_, scheme, user) => `${scheme}${user}:***@`);
}
/** Whether a URI carries credentials in its userinfo part (`user:password@`, or `token@`). */
function hasUserinfo(uri) {
    const match = /^[a-z][a-z0-9+.-]*:\/\/([^/]*)/i.exec(uri);
    return match !== null && match[1].includes('@');
}


/***/ }),

/***/ 72285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ promotionSequence),
/* harmony export */   b: () => (/* binding */ isProtected)
/* harmony export */ });
/** A binary min-heap of positions in the file. */
class PositionHeap {
    items = [];
    get size() {
        return this.items.length;
    }
    push(value) {
        const items = this.items;
        let at = items.push(value) - 1;
        while (at > 0) {
            const parent = (at - 1) >> 1;
            if (items[parent] <= value)
                break;
            items[at] = items[parent];
            at = parent;
        }
        items[at] = value;
    }
    pop() {
        const items = this.items;
        const top = items[0];
        const last = items.pop();
        if (items.length === 0)
            return top;
        let at = 0;
        for (;;) {
            const left = 2 * at + 1;
            if (left >= items.length)
                break;
            const right = left + 1;
            const child = right < items.length && items[right] < items[left] ? right : left;
            if (items[child] >= last)
                break;
            items[at] = items[child];
            at = child;
        }
        items[at] = last;
        return top;
    }
}
/**
 * Environments in promotion order: each after the one its `after:` names, otherwise in the
 * order of the file (of those that may go next, the first in the file goes). The configuration
 * loader has already refused unknown names and cycles.
 *
 * One pass down the file places each environment whose predecessor is placed; one whose
 * predecessor comes later in the file is placed as soon as that predecessor is, ahead of the
 * rest of the file, through a heap. Linear when `after:` points back up the file, n log n at
 * worst.
 */
function promotionSequence(environments) {
    const followers = new Map();
    environments.forEach((env, index) => {
        if (env.after === undefined)
            return;
        const list = followers.get(env.after);
        if (list)
            list.push(index);
        else
            followers.set(env.after, [index]);
    });
    const placed = new Set();
    const waiting = new PositionHeap();
    const sequence = [];
    let next = 0;
    for (;;) {
        let index;
        if (waiting.size > 0)
            index = waiting.pop();
        else {
            while (next < environments.length) {
                const env = environments[next];
                if (!placed.has(env.name) && (!env.after || placed.has(env.after)))
                    break;
                next++;
            }
            if (next === environments.length)
                break;
            index = next++;
        }
        const env = environments[index];
        placed.add(env.name);
        sequence.push(env);
        // Followers further down are reached by the pass; those above it were passed over.
        for (const follower of followers.get(env.name) ?? []) {
            if (follower < next)
                waiting.push(follower);
        }
    }
    return sequence;
}
/** Whether staging to the environment needs a person: approval or a second factor. */
function isProtected(environment) {
    return environment.protection.reviewers === 'required' || environment.protection.mfa === 'totp';
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
