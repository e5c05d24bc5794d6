export const id = 6318;
export const ids = [6318];
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


/***/ })

};
