export const id = 3406;
export const ids = [3406,6670];
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
