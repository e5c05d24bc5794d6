export const id = 7700;
export const ids = [7700];
export const modules = {

/***/ 77700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspectPackage: () => (/* binding */ inspectPackage),
/* harmony export */   readPackageFacts: () => (/* binding */ readPackageFacts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/* harmony import */ var _fs_open_input_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56318);
/* harmony import */ var _zip_central_directory_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81752);
/* harmony import */ var _zip_entry_data_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73452);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73839);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1143);
/* harmony import */ var _sha256_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89180);







/** Reads a package's central directory and metadata.json, which every MDA must have. */
async function readPackageFacts(path) {
    const handle = await (0,_fs_open_input_js__WEBPACK_IMPORTED_MODULE_0__/* .openInputFile */ .H)(path, 'package');
    try {
        const { size } = await handle.stat();
        const directory = await (0,_zip_central_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .readCentralDirectory */ .H)(handle, size, path);
        const entry = directory.entries.find((e) => e.name === _metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .METADATA_PATH */ .GN);
        if (!entry) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`${path} is not an MDA: it has no ${_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .METADATA_PATH */ .GN}`);
        }
        if (entry.size > 64 << 20)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`${path}: ${_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .METADATA_PATH */ .GN} is implausibly large (${entry.size} bytes)`);
        const metadata = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .parseMetadata */ .jR)(await (0,_zip_entry_data_js__WEBPACK_IMPORTED_MODULE_2__/* .readEntry */ .h)(handle, entry, path), `${path}!${_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .METADATA_PATH */ .GN}`);
        return { directory, metadata, manifest: (0,_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeManifest */ .MK)(directory.comment) ?? null };
    }
    finally {
        await handle.close();
    }
}
/**
 * What a package holds, from its central directory and metadata.json alone: a handful of reads
 * whatever the package's size.
 */
async function inspectPackage(path) {
    const { directory, metadata, manifest } = await readPackageFacts(path);
    let uncompressedBytes = 0;
    let compressedBytes = 0;
    for (const entry of directory.entries) {
        uncompressedBytes += entry.size;
        compressedBytes += entry.compressedSize;
    }
    return {
        path,
        size: directory.fileSize,
        sha256: (await (0,_sha256_file_js__WEBPACK_IMPORTED_MODULE_3__.readSidecar)(path)) ?? null,
        entries: directory.entries.length,
        uncompressedBytes,
        compressedBytes,
        manifest,
        metadata
    };
}


/***/ })

};
