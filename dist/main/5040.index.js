export const id = 5040;
export const ids = [5040];
export const modules = {

/***/ 55205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SP: () => (/* binding */ deploymentHistory),
/* harmony export */   WH: () => (/* binding */ DEPLOYING),
/* harmony export */   ZC: () => (/* binding */ hasDeployed)
/* harmony export */ });
/** Operations after which an environment runs the package they name. */
const DEPLOYING = new Set(['deploy', 'rollback', 'reconciled']);
/** Successful deployments (deploy, rollback, reconciled) of an environment, newest first. */
async function deploymentHistory(log, app, environment) {
    const records = await log.list({ app, environment });
    return records.filter((r) => DEPLOYING.has(r.operation) && r.result === 'success' && r.package !== null);
}
/** Whether the environment has ever run the package with this SHA-256 successfully. */
async function hasDeployed(log, app, environment, sha256) {
    return (await deploymentHistory(log, app, environment)).some((r) => r.package?.sha256 === sha256);
}


/***/ }),

/***/ 65040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   traceStory: () => (/* binding */ traceStory)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67388);
/* harmony import */ var _trace_story_lookup_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6727);
/* harmony import */ var _trace_commit_sources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5931);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15107);





const BASIS = {
    listed: 'names it',
    history: 'in its history',
    'publication-order': 'published after one that names it (commits not available)'
};
function describe(found) {
    const id = (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .logText */ .kc)(found.id, 100);
    if (found.packages.length === 0 && found.environments.length === 0) {
        return `no package of ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .logText */ .kc)(found.app)} contains ${id}`;
    }
    const lines = [`${id} in ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .logText */ .kc)(found.app)}:`, 'packages:'];
    for (const pkg of found.packages) {
        lines.push(`  ${pkg.version.padEnd(14)} ${pkg.createdAt.slice(0, 10)}  ${BASIS[pkg.basis]}`);
    }
    lines.push('environments:');
    for (const env of found.environments) {
        lines.push(`  ${env.environment.padEnd(14)} ${env.version.padEnd(14)} since ${env.deployedAt}`);
    }
    for (const env of found.without) {
        lines.push(`  ${env.environment.padEnd(14)} ${(env.version ?? '(nothing)').padEnd(14)} without it`);
    }
    return lines.join('\n');
}
/** `mxdeploy trace story ID`: the packages that contain a story and the environments running one. */
async function traceStory(context) {
    const [, id, extra] = context.positionals;
    if (!id || extra !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('give one story ID: mxdeploy trace story ABC-123');
    }
    const { config, repository, activity, github } = await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_3__/* .openWorkspace */ .O)(context);
    const found = await (0,_trace_story_lookup_js__WEBPACK_IMPORTED_MODULE_1__/* .lookUpStory */ .u)({
        id,
        app: config.app,
        repository,
        activity,
        environments: config.environments.map((environment) => environment.name),
        sources: await (0,_trace_commit_sources_js__WEBPACK_IMPORTED_MODULE_2__/* .commitSources */ .G)(config.dir, github, context.log)
    });
    return { json: found, text: describe(found) };
}


/***/ }),

/***/ 5931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ commitSources)
/* harmony export */ });
/* harmony import */ var _github_access_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38261);
/* harmony import */ var _git_commit_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87108);


/**
 * Where commits are read: the git checkout at `dir`, then, when `github` has a repository and a
 * token, GitHub's compare API for what a shallow clone lacks. The GitHub client loads only then.
 */
async function commitSources(dir, github, log) {
    const sources = [new _git_commit_source_js__WEBPACK_IMPORTED_MODULE_0__/* .GitCommitSource */ .P(dir)];
    const repository = (0,_github_access_js__WEBPACK_IMPORTED_MODULE_1__.ownerAndRepo)(github);
    const { token } = github;
    if (repository && token) {
        log.secret(token);
        const [{ createOctokit }, { GitHubCompareSource }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(4101), __webpack_require__.e(7617)]).then(__webpack_require__.bind(__webpack_require__, 77617)),
            __webpack_require__.e(/* import() */ 5308).then(__webpack_require__.bind(__webpack_require__, 95308))
        ]);
        const octokit = createOctokit({ token, logger: log, baseUrl: github.apiUrl });
        sources.push(new GitHubCompareSource({ octokit, ...repository }));
    }
    return sources;
}


/***/ }),

/***/ 6727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ lookUpStory)
/* harmony export */ });
/* harmony import */ var _activity_environment_history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55205);
/* harmony import */ var _trace_sources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44983);


/**
 * Reverse lookup of a story: which packages of the app contain it and which environments run a
 * package that does (each environment's latest successful deployment, from the activity log).
 */
async function lookUpStory(request) {
    const { id, app } = request;
    const packages = await request.repository.list(app);
    const histories = await Promise.all(request.environments.map(async (environment) => ({
        environment,
        records: await (0,_activity_environment_history_js__WEBPACK_IMPORTED_MODULE_0__/* .deploymentHistory */ .SP)(request.activity, app, environment)
    })));
    // Where the story came in: packages whose record lists it, and deployments that brought it.
    const listed = new Set(packages.filter((p) => p.stories.includes(id)).map((p) => p.sha256));
    for (const { records } of histories) {
        for (const record of records)
            if (record.stories.includes(id))
                listed.add(record.package.sha256);
    }
    const origins = [];
    for (const sha256 of listed) {
        const pkg = packages.find((p) => p.sha256 === sha256);
        const record = histories.flatMap((h) => h.records).find((r) => r.package.sha256 === sha256);
        origins.push({
            commit: pkg?.commit ?? record?.commit ?? null,
            createdAt: pkg?.createdAt ?? record?.time ?? ''
        });
    }
    const memo = new Map();
    const basisOf = (sha256, commit, createdAt) => {
        let found = memo.get(sha256);
        if (!found) {
            found = containsBasis(request.sources, listed.has(sha256), origins, commit, createdAt);
            memo.set(sha256, found);
        }
        return found;
    };
    const withStory = [];
    for (const pkg of packages) {
        const basis = await basisOf(pkg.sha256, pkg.commit, pkg.createdAt);
        if (basis)
            withStory.push({ ...pick(pkg), basis });
    }
    const environments = [];
    const without = [];
    for (const { environment, records } of histories) {
        const current = records[0];
        if (!current?.package) {
            without.push({ environment, version: null });
            continue;
        }
        const { sha256, version } = current.package;
        const pkg = packages.find((p) => p.sha256 === sha256);
        const basis = await basisOf(sha256, pkg?.commit ?? current.commit, pkg?.createdAt ?? current.time);
        if (basis)
            environments.push({ environment, version, sha256, deployedAt: current.time, basis });
        else
            without.push({ environment, version });
    }
    return { id, app, packages: withStory, environments, without };
}
function pick(pkg) {
    return {
        version: pkg.version,
        sha256: pkg.sha256,
        commit: pkg.commit,
        createdAt: pkg.createdAt
    };
}
async function containsBasis(sources, isListed, origins, commit, createdAt) {
    if (isListed)
        return 'listed';
    const unknown = [];
    for (const origin of origins) {
        const answer = origin.commit && commit
            ? await (0,_trace_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .containsFromSources */ .g)(sources, origin.commit, commit)
            : undefined;
        if (answer === true)
            return 'history';
        if (answer === undefined)
            unknown.push(origin);
    }
    // Without the commits, a package published after one that lists the story is taken to hold it.
    return unknown.some((origin) => origin.createdAt && origin.createdAt <= createdAt)
        ? 'publication-order'
        : null;
}


/***/ }),

/***/ 44983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ traceFromSources),
/* harmony export */   g: () => (/* binding */ containsFromSources)
/* harmony export */ });
/* harmony import */ var _trace_range_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91656);

/**
 * Traces a range from the first source that holds it: local git first, then GitHub's compare
 * API when the checkout lacks the history. Each fallback is logged with the reason; when no
 * source holds the range, the outcome's message gives every source's reason.
 */
async function traceFromSources(sources, request, patterns, options = {}) {
    const missed = [];
    for (let i = 0; i < sources.length; i++) {
        const source = sources[i];
        const outcome = await (0,_trace_range_js__WEBPACK_IMPORTED_MODULE_0__/* .traceRange */ .xx)(source, request, patterns, options);
        if (outcome.status === 'complete')
            return outcome;
        missed.push(outcome);
        const next = sources[i + 1];
        if (next)
            options.log?.info(`${outcome.message}; reading the commits from ${next.name} instead`);
    }
    const last = missed.at(-1);
    if (last === undefined) {
        return {
            status: 'history-missing',
            reason: 'unavailable',
            message: 'no source of commits is available'
        };
    }
    if (missed.length === 1)
        return last;
    return { ...last, message: missed.map((m) => m.message).join('; and ') };
}
/** Whether `ancestor` is in the history of `descendant`, from the first source that knows. */
async function containsFromSources(sources, ancestor, descendant) {
    for (const source of sources) {
        const answer = await source.contains(ancestor, descendant);
        if (answer !== undefined)
            return answer;
    }
    return undefined;
}


/***/ })

};
