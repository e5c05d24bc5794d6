export const id = 9180;
export const ids = [9180];
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

/***/ 89180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseSidecar: () => (/* binding */ parseSidecar),
/* harmony export */   readSidecar: () => (/* binding */ readSidecar),
/* harmony export */   sha256File: () => (/* binding */ sha256File),
/* harmony export */   sidecarPath: () => (/* binding */ sidecarPath),
/* harmony export */   writeSidecar: () => (/* binding */ writeSidecar)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/* harmony import */ var _fs_open_input_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56318);






/** Path of the `sha256sum`-format file that sits next to a package. */
function sidecarPath(file) {
    return `${file}.sha256`;
}
/** Writes `<hex>  <name>` as `sha256sum` does, so `sha256sum -c` checks the package. */
async function writeSidecar(file, sha256) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(sidecarPath(file), `${sha256}  ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(file)}\n`);
}
/** sha256sum's line: `\` first when the name is escaped, the hash, then ` ` or ` *` and the name. */
const LINE = /^(\\?)([0-9a-fA-F]{64})(?:\s+\*?(.*))?$/;
/** The hash recorded next to a package, or undefined when there is no such file. */
async function readSidecar(file) {
    const path = sidecarPath(file);
    const handle = await (0,_fs_open_input_js__WEBPACK_IMPORTED_MODULE_4__/* .openInputFileIfThere */ .e)(path, 'checksum file');
    if (!handle)
        return undefined;
    try {
        return parseSidecar(await handle.readFile('utf8'), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(file), path);
    }
    finally {
        await handle.close();
    }
}
/**
 * The hash in the text of a `.sha256` file for the package named `file`. A name in it must be the
 * package's (any folder before it is where sha256sum ran): the checksum of another file says
 * nothing about this one, even when the two happen to be equal. `label` names the text in errors.
 */
function parseSidecar(text, file, label) {
    const match = LINE.exec(text.split('\n')[0].replace(/\r$/, '').trim());
    if (!match) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`${label} is not in sha256sum format ("<64 hex digits>  <file name>")`);
    }
    const [, escaped, hash, recorded] = match;
    const name = escaped ? unescapeName(recorded ?? '') : recorded;
    if (name && (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(name) !== file) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`${label} is the checksum of ${JSON.stringify(name)}, not of ${JSON.stringify(file)}: use the .sha256 made with this package, or remove it`);
    }
    return hash.toLowerCase();
}
/** Undoes sha256sum's escaping of names that hold a backslash or a line break. */
function unescapeName(name) {
    return name.replace(/\\([\\nr])/g, (_all, c) => c === 'n' ? '\n' : c === 'r' ? '\r' : '\\');
}
/** SHA-256 of a package file, streamed; anything but a regular file is refused unread. */
async function sha256File(file) {
    const handle = await (0,_fs_open_input_js__WEBPACK_IMPORTED_MODULE_4__/* .openInputFile */ .H)(file, 'archive');
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    try {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(handle.createReadStream({ highWaterMark: 1 << 20, autoClose: false }), hash);
    }
    finally {
        await handle.close();
    }
    return hash.digest('hex');
}


/***/ })

};
