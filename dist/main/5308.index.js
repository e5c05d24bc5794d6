export const id = 5308;
export const ids = [5308];
export const modules = {

/***/ 86759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ withPermission),
/* harmony export */   e: () => (/* binding */ permissionError)
/* harmony export */ });
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31015);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _request_failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94221);



/**
 * Turns GitHub's 403 or 404 into a `ConfigurationError` that names the permission the workflow
 * must grant (`permission` as written in workflow YAML, e.g. `deployments: write`); `doing`
 * says what mxdeploy was trying ("create the deployment"). Anything else is returned unchanged.
 */
function permissionError(error, permission, doing) {
    if (!(error instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .G) || (0,_request_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .isRateLimited */ .Jz)(error))
        return error;
    const fix = `grant it in the workflow with \`permissions:\` → \`${permission}\` on the job ` +
        `(or use a token that has it)`;
    if (error.status === 403) {
        const accepted = error.response?.headers['x-accepted-github-permissions'];
        const asks = accepted ? `; GitHub accepts: ${String(accepted)}` : '';
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`GitHub refused to ${doing} (403 ${error.message}${asks}): the token lacks ` +
            `\`${permission}\`. ${capitalise(fix)}.`);
    }
    if (error.status === 404) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`GitHub answered 404 when mxdeploy tried to ${doing}: it does not exist, or the token ` +
            `cannot see it. If it exists, the token needs \`${permission}\`: ${fix}.`);
    }
    return error;
}
/** Runs `call`, reporting a 403/404 as the missing `permission` (see `permissionError`). */
async function withPermission(permission, doing, call) {
    try {
        return await call();
    }
    catch (error) {
        throw permissionError(error, permission, doing);
    }
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 94221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jz: () => (/* binding */ isRateLimited),
/* harmony export */   SP: () => (/* binding */ explainFailure),
/* harmony export */   YR: () => (/* binding */ rejectedToken)
/* harmony export */ });
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31015);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


/** True for GitHub's primary or secondary rate-limit answers (403 or 429). */
function isRateLimited(error) {
    if (error.status !== 403 && error.status !== 429)
        return false;
    const headers = error.response?.headers ?? {};
    return /\bsecondary rate\b/i.test(error.message) || headers['x-ratelimit-remaining'] === '0';
}
/**
 * The error a caller sees once the factory has stopped retrying: the same `RequestError`
 * (status, request and response kept) with a message that names the call, what went wrong and
 * how many attempts were made. Errors that are not worth retrying are returned unchanged.
 */
function explainFailure(error, attempts) {
    if (!(error instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .G))
        return error;
    const what = describe(error);
    if (!what)
        return error;
    const method = error.request.method;
    const call = `${method} ${pathOf(error.request.url)}`;
    const tries = attempts > 1
        ? `gave up after ${attempts} attempts (${attempts - 1} retries)`
        : 'it was not retried';
    const message = `GitHub API call ${call} ${what}; ${tries}`;
    const explained = new _octokit_request_error__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .G(message, error.status, {
        request: error.request,
        ...(error.response ? { response: error.response } : {}),
        cause: error
    });
    return explained;
}
function describe(error) {
    if (isRateLimited(error)) {
        const headers = error.response?.headers ?? {};
        const kind = /\bsecondary rate\b/i.test(error.message) ? 'secondary rate limit' : 'rate limit';
        const after = headers['retry-after'] ? `, retry-after ${headers['retry-after']}s` : '';
        return `was refused by GitHub's ${kind} (${error.status}${after}): ${error.message}`;
    }
    if (error.status >= 500 && error.response) {
        return `failed with ${error.status}: ${error.message || 'server error'}`;
    }
    if (error.status >= 500) {
        return `could not get an answer (connection failed, reset or timed out): ${error.message}`;
    }
    return undefined;
}
function pathOf(url) {
    try {
        return new URL(url).pathname;
    }
    catch {
        return url;
    }
}
/**
 * GitHub's 401: the token itself is wrong, expired or revoked, which no permission or retry
 * mends. A ConfigurationError (exit 2) that says so and where the token comes from; anything
 * else is returned unchanged.
 */
function rejectedToken(error) {
    if (!(error instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .G) || error.status !== 401)
        return error;
    const call = `${error.request.method} ${pathOf(error.request.url)}`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`GitHub did not accept the token on ${call} (401 ${error.message}): it is wrong, expired or revoked; give a valid token in GITHUB_TOKEN or GH_TOKEN (in a workflow, the action's github-token input, github.token by default)`);
}


/***/ }),

/***/ 95308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubCompareSource: () => (/* binding */ GitHubCompareSource)
/* harmony export */ });
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31015);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _commit_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83964);
/* harmony import */ var _github_permission_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86759);




/** GitHub's documented page size for lists; compare pages hold at most 250 commits. */
const PER_PAGE = 100;
const FULL_SHA = /^[0-9a-f]{40}$/;
function toSource(commit) {
    const message = commit.commit.message;
    return {
        sha: commit.sha,
        message,
        subject: (0,_commit_source_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSubject */ .s)(message),
        parents: commit.parents.length
    };
}
function hasNextPage(headers) {
    return /<[^>]*>;\s*rel="next"/.test(headers.link ?? '');
}
function isNotFound(error) {
    return error instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_1__/* .RequestError */ .G && (error.status === 404 || error.status === 422);
}
/**
 * Commit ranges read from GitHub's REST API, for a checkout that lacks the history (a shallow
 * clone): `compare/{from}...{to}` page by page, or the commit list of `to` for a first
 * deployment. Commits are visited newest first, as git would list them.
 */
class GitHubCompareSource {
    options;
    name = "GitHub's compare API";
    constructor(options) {
        this.options = options;
    }
    get fullName() {
        return `${this.options.owner}/${this.options.repo}`;
    }
    async read(range, visit) {
        if (!(range.limit >= 1))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`the commit limit must be at least 1`);
        try {
            return range.from === undefined
                ? await this.readHistory(range.to, range.limit, visit)
                : await this.readCompare(range.from, range.to, visit);
        }
        catch (error) {
            if (isNotFound(error))
                return this.missing(range);
            throw (0,_github_permission_error_js__WEBPACK_IMPORTED_MODULE_3__/* .permissionError */ .e)(error, 'contents: read', `read the commits of ${this.fullName}`);
        }
    }
    async readCompare(from, to, visit) {
        const { octokit, owner, repo } = this.options;
        const commits = [];
        let base = from;
        for (let page = 1;; page++) {
            const response = await octokit.rest.repos.compareCommitsWithBasehead({
                owner,
                repo,
                basehead: `${from}...${to}`,
                per_page: PER_PAGE,
                page
            });
            base = response.data.base_commit.sha;
            commits.push(...response.data.commits);
            const total = response.data.total_commits;
            if (!hasNextPage(response.headers) || commits.length >= total)
                break;
        }
        // GitHub lists them oldest first; sources hand them on newest first.
        for (let i = commits.length - 1; i >= 0; i--)
            visit(toSource(commits[i]));
        const head = commits.at(-1)?.sha ?? (await this.resolve(to));
        return { status: 'complete', from: base, to: head, count: commits.length, truncated: false };
    }
    async readHistory(to, limit, visit) {
        const { octokit, owner, repo } = this.options;
        let count = 0;
        let head;
        for (let page = 1; count <= limit; page++) {
            const response = await octokit.rest.repos.listCommits({
                owner,
                repo,
                sha: to,
                per_page: PER_PAGE,
                page
            });
            for (const commit of response.data) {
                head ??= commit.sha;
                if (++count > limit)
                    break;
                visit(toSource(commit));
            }
            if (!hasNextPage(response.headers))
                break;
        }
        const truncated = count > limit;
        return {
            status: 'complete',
            from: null,
            to: head ?? (await this.resolve(to)),
            count: truncated ? limit : count,
            truncated
        };
    }
    async resolve(ref, check = false) {
        if (FULL_SHA.test(ref) && !check)
            return ref;
        const { octokit, owner, repo } = this.options;
        return (await octokit.rest.repos.getCommit({ owner, repo, ref, per_page: 1 })).data.sha;
    }
    /** Which revision GitHub does not know, said as a missing-history outcome. */
    async missing(range) {
        const wanted = [[range.to, '--to']];
        if (range.from !== undefined)
            wanted.push([range.from, '--from']);
        for (const [revision, flag] of wanted) {
            const known = await this.resolve(revision, true).then(() => true, (error) => {
                if (isNotFound(error))
                    return false;
                throw (0,_github_permission_error_js__WEBPACK_IMPORTED_MODULE_3__/* .permissionError */ .e)(error, 'contents: read', `read commit ${revision}`);
            });
            if (!known) {
                return {
                    status: 'history-missing',
                    reason: 'revision-missing',
                    revision,
                    message: `${flag} ${revision} is not a commit of ${this.fullName} on GitHub: check the name, and that it was pushed`
                };
            }
        }
        return {
            status: 'history-missing',
            reason: 'unavailable',
            message: `GitHub cannot compare ${range.from ?? '(start)'}...${range.to} in ${this.fullName}`
        };
    }
    async contains(ancestor, descendant) {
        const { octokit, owner, repo } = this.options;
        try {
            const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
                owner,
                repo,
                basehead: `${ancestor}...${descendant}`,
                per_page: 1
            });
            return data.status === 'identical' || data.status === 'ahead';
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            throw (0,_github_permission_error_js__WEBPACK_IMPORTED_MODULE_3__/* .permissionError */ .e)(error, 'contents: read', `compare commits of ${this.fullName}`);
        }
    }
}


/***/ }),

/***/ 31015:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ RequestError)
/* harmony export */ });
class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}



/***/ })

};
