export const id = 6340;
export const ids = [6340];
export const modules = {

/***/ 76340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspectProject: () => (/* binding */ inspectProject)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _fs_path_kind_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33515);
/* harmony import */ var _installer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66911);
/* harmony import */ var _jdk_version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98305);
/* harmony import */ var _mpr_version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31202);





/** Reads a .mpr's facts without MxBuild: one SQLite row and a look beside the file. */
async function inspectProject(path, env, platform = process.platform) {
    const { mendixVersion, formatVersion } = await (0,_mpr_version_js__WEBPACK_IMPORTED_MODULE_4__/* .readMprFacts */ .XL)(path);
    const warnings = [];
    let mprcontents = null;
    if (formatVersion >= 2) {
        const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(path), 'mprcontents');
        const present = (await (0,_fs_path_kind_js__WEBPACK_IMPORTED_MODULE_1__/* .pathKind */ .g)(folder)) === 'directory';
        mprcontents = { path: folder, present };
        if (!present) {
            warnings.push(`${path} is a format-2 app file, whose documents live in ${folder}, which is missing: check out the whole app folder (MxBuild cannot build the .mpr alone)`);
        }
    }
    if (mendixVersion.includes('-')) {
        warnings.push(`Mendix ${mendixVersion} is a pre-release: Mendix publishes no MxBuild for it, so give --mxbuild PATH to build`);
    }
    const base = env[_installer_js__WEBPACK_IMPORTED_MODULE_2__/* .BASE_URL_VARIABLE */ .V1] || _installer_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_BASE_URL */ .Ql;
    return {
        kind: 'mpr',
        path,
        mendixVersion,
        formatVersion,
        mprcontents,
        mxbuild: {
            version: mendixVersion,
            url: (0,_installer_js__WEBPACK_IMPORTED_MODULE_2__/* .mxbuildUrl */ .tG)(mendixVersion, platform === 'win32' ? 'win32' : 'linux', base)
        },
        java: (0,_jdk_version_js__WEBPACK_IMPORTED_MODULE_3__/* .mxbuildJavaFor */ .V)(mendixVersion),
        warnings
    };
}


/***/ })

};
