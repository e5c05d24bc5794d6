export const id = 5642;
export const ids = [5642];
export const modules = {

/***/ 35642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   toolCacheInstaller: () => (/* binding */ toolCacheInstaller),
/* harmony export */   toolCacheVersion: () => (/* binding */ toolCacheVersion)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _mxbuild_installer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66911);



const TOOL = 'mxbuild';
/** Loaded on first use: folder builds never pay for it. */
const toolCache = () => Promise.all(/* import() */[__webpack_require__.e(3838), __webpack_require__.e(9805)]).then(__webpack_require__.bind(__webpack_require__, 59805));
/**
 * The tool cache files tools under semver versions: Mendix's 10.6.1.12345 becomes 10.6.1-12345,
 * which is explicit, so `find` looks it up directly instead of matching a range.
 */
function toolCacheVersion(version) {
    const [major, minor, patch, ...build] = version.split('.');
    return build.length ? `${major}.${minor}.${patch}-${build.join('.')}` : version;
}
/** MxBuild from the runner's tool cache (RUNNER_TOOL_CACHE), downloaded with @actions/tool-cache. */
const toolCacheInstaller = {
    describe: "the runner's tool cache",
    async find(version) {
        const tc = await toolCache();
        return tc.find(TOOL, toolCacheVersion(version)) || undefined;
    },
    async install(version, url, log) {
        const tc = await toolCache();
        log.info(`downloading MxBuild ${version} from ${url}`);
        let archive;
        try {
            archive = await tc.downloadTool(url);
        }
        catch (error) {
            if (error instanceof tc.HTTPError) {
                throw new _mxbuild_installer_js__WEBPACK_IMPORTED_MODULE_1__/* .DownloadFailed */ .Qv(`HTTP ${error.httpStatusCode}`, error.httpStatusCode);
            }
            throw new _mxbuild_installer_js__WEBPACK_IMPORTED_MODULE_1__/* .DownloadFailed */ .Qv((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error));
        }
        let unpacked;
        try {
            unpacked = await tc.extractTar(archive);
            return await tc.cacheDir(unpacked, TOOL, toolCacheVersion(version));
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(archive, { force: true });
            if (unpacked)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(unpacked, { recursive: true, force: true });
        }
    }
};


/***/ }),

/***/ 66911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ql: () => (/* binding */ DEFAULT_BASE_URL),
/* harmony export */   Qv: () => (/* binding */ DownloadFailed),
/* harmony export */   V1: () => (/* binding */ BASE_URL_VARIABLE),
/* harmony export */   tG: () => (/* binding */ mxbuildUrl)
/* harmony export */ });
/** A download that did not succeed; `status` is the HTTP status when the server answered. */
class DownloadFailed extends Error {
    status;
    name = 'DownloadFailed';
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
const DEFAULT_BASE_URL = 'https://cdn.mendix.com/runtime/';
/** Overrides DEFAULT_BASE_URL, for mirrors and tests. */
const BASE_URL_VARIABLE = 'MXDEPLOY_MXBUILD_BASE_URL';
/** The download address Mendix documents for an MxBuild version on this platform. */
function mxbuildUrl(version, platform, baseUrl) {
    const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
    return `${base}${platform === 'win32' ? 'win-' : ''}mxbuild-${version}.tar.gz`;
}


/***/ })

};
