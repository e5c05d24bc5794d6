export const id = 5088;
export const ids = [5088];
export const modules = {

/***/ 55088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openDeploymentsLog: () => (/* binding */ openDeploymentsLog)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _github_access_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38261);
/* harmony import */ var _github_deployments_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61459);
/* harmony import */ var _github_octokit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77617);




/**
 * The GitHub Deployments activity log of the repository `github` names (GITHUB_REPOSITORY, a
 * token, GITHUB_API_URL on GHES), for reading it outside a workflow run.
 */
function openDeploymentsLog(github, config, log) {
    const { owner, repo } = (0,_github_access_js__WEBPACK_IMPORTED_MODULE_2__/* .ownerAndRepo */ .H)(github) ?? {};
    const { token } = github;
    if (!owner || !repo || !token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('the GitHub Deployments activity log needs GITHUB_REPOSITORY (owner/name) and GITHUB_TOKEN (with deployments: read) in the environment');
    }
    log.secret(token);
    const octokit = (0,_github_octokit_js__WEBPACK_IMPORTED_MODULE_1__.createOctokit)({ token, logger: log, baseUrl: github.apiUrl });
    return new _github_deployments_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubDeploymentsLog */ .o({
        octokit,
        owner,
        repo,
        fallbackRef: github.sha ?? '',
        runId: undefined,
        isProduction: (name) => config.environments.find((e) => e.name === name)?.production ?? false
    });
}


/***/ })

};
