export const id = 5217;
export const ids = [5217];
export const modules = {

/***/ 75648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildApp: () => (/* binding */ buildApp),
  buildSourceDir: () => (/* binding */ buildSourceDir)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/git/commit-info.ts
var commit_info = __webpack_require__(51176);
// EXTERNAL MODULE: ./src/mda/deployment-folder.ts
var deployment_folder = __webpack_require__(65518);
// EXTERNAL MODULE: ./src/mda/metadata.ts
var mda_metadata = __webpack_require__(1143);
// EXTERNAL MODULE: ./src/mda/pack.ts + 4 modules
var pack = __webpack_require__(34722);
// EXTERNAL MODULE: ./src/mda/package-identity.ts
var package_identity = __webpack_require__(3767);
// EXTERNAL MODULE: ./src/mda/version.ts
var mda_version = __webpack_require__(52084);
// EXTERNAL MODULE: ./src/source-date.ts
var source_date = __webpack_require__(9515);
// EXTERNAL MODULE: ./src/version.ts
var src_version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/build/build-package.ts











/** Checks the request's shape before anything is read or written. */
function checkBuildRequest(request) {
    if (request.deploymentDir && request.project) {
        throw new errors/* ConfigurationError */.j1('give either a deployment folder or a .mpr project to build, not both');
    }
    if (!request.deploymentDir && !request.project) {
        throw new errors/* ConfigurationError */.j1('nothing to build: give a deployment folder (--deployment-dir, input deployment-dir) or a Mendix app file (--project App.mpr)');
    }
    if (!request.version) {
        throw new errors/* ConfigurationError */.j1('a package needs a version: give --version 1.2.0 (input version)');
    }
    if (request.app !== undefined)
        (0,package_identity/* checkAppName */.XF)(request.app.trim(), '--app, input app or mxdeploy.yml');
}
/**
 * Builds a package: the four-part version, the commit it comes from, a reproducible timestamp,
 * then the MDA with its manifest and `.sha256`.
 */
async function buildPackage(request) {
    checkBuildRequest(request);
    const version = (0,mda_version/* modelVersion */.C5)(request.version, request.buildNumber, request.env['GITHUB_RUN_NUMBER'] || undefined);
    const sourceDate = (0,source_date/* sourceDateEpoch */.p)(request.env);
    if (request.project) {
        // Loaded only for .mpr builds: folder builds never pay for the MxBuild runner.
        const { buildProject } = await Promise.all(/* import() */[__webpack_require__.e(7445), __webpack_require__.e(5686), __webpack_require__.e(6915)]).then(__webpack_require__.bind(__webpack_require__, 56915));
        return buildProject({
            project: request.project,
            version,
            out: request.out,
            app: request.app,
            stories: request.stories,
            sourceDate,
            mxbuild: request.mxbuild,
            cwd: request.cwd,
            env: request.env,
            log: request.log
        });
    }
    const deploymentDir = (0,external_node_path_.resolve)(request.cwd, request.deploymentDir);
    const commit = await (0,commit_info/* commitInfo */.o)(deploymentDir, request.env);
    await (0,deployment_folder/* checkDeploymentFolder */.c$)(deploymentDir);
    const metadataPath = (0,external_node_path_.join)(deploymentDir, mda_metadata/* METADATA_PATH */.GN);
    const metadata = (0,mda_metadata/* parseMetadata */.jR)(await (0,promises_.readFile)(metadataPath), metadataPath);
    const app = (0,package_identity/* buildAppName */.RU)(request.app, metadata.projectName, (0,external_node_path_.basename)(deploymentDir));
    for (const warning of metadata.warnings)
        request.log.warning(warning);
    const out = (0,external_node_path_.resolve)(request.cwd, request.out ?? (0,external_node_path_.join)(request.cwd, `${app}_${version}.mda`));
    request.log.info(`building ${app} ${version} from ${deploymentDir}`);
    const result = await (0,pack/* packDeploymentFolder */.Bn)({
        deploymentDir,
        out,
        version,
        app,
        commit: commit.commit,
        branch: commit.branch,
        builtAt: sourceDate ?? commit.time ?? source_date/* ZIP_EPOCH */.q,
        entryDate: sourceDate ?? source_date/* ZIP_EPOCH */.q,
        builder: src_version/* BUILDER */.i,
        stories: request.stories ?? [],
        progress: request.log.progress
    });
    return { ...result, version };
}

// EXTERNAL MODULE: ./src/repository/open-repository.ts + 3 modules
var open_repository = __webpack_require__(1673);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/trace/previous-tag.ts

/** Tags such as `hello-v1.2.0.15`: what the github-release repository tags each package with. */
function packageTagPattern(app) {
    return `refs/tags/${app}-v*`;
}
/**
 * The newest (by version) package tag `<app>-v*` in the history of `commit` that is not on
 * `commit` itself, or null: the previous package when the repository is github-release and the
 * checkout holds its tags (actions/checkout with fetch-depth: 0). Null, too, outside a checkout.
 */
function previousPackageTag(dir, app, commit) {
    const args = [
        'for-each-ref',
        `--merged=${commit}`,
        '--sort=-v:refname',
        '--format=%(refname:strip=2) %(objectname) %(*objectname)',
        packageTagPattern(app)
    ];
    return new Promise((done) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd: dir, encoding: 'utf8' }, (error, stdout) => {
            if (error)
                return done(null);
            for (const line of stdout.split('\n')) {
                const [name, object, peeled] = line.split(' ');
                const target = peeled || object;
                if (name && target && target !== commit)
                    return done({ name, commit: target });
            }
            done(null);
        });
    });
}

// EXTERNAL MODULE: ./src/trace/trace-sources.ts
var trace_sources = __webpack_require__(44983);
;// CONCATENATED MODULE: ./src/trace/package-stories.ts




/**
 * The newest package of the app built from another commit (a rebuild of one commit is skipped):
 * from the repository, else (none there, or no repository) from the package tags in the checkout.
 */
async function previousPackage(request, commit) {
    if (!request.app)
        return null;
    const fromRepository = request.repository ? await listedPackage(request, commit) : null;
    if (fromRepository || !request.tagDir)
        return fromRepository;
    // No package of the app in the repository (or none given): its release tags, if any.
    const tag = await previousPackageTag(request.tagDir, request.app, commit);
    return tag ? { label: `tag ${tag.name}`, commit: tag.commit } : null;
}
async function listedPackage(request, commit) {
    const repository = request.repository;
    try {
        const packages = await repository.list(request.app);
        const found = packages.find((p) => p.commit !== null && p.commit !== commit);
        return found ? { label: `${found.app} ${found.version}`, commit: found.commit } : null;
    }
    catch (error) {
        request.log.warning(`could not list the packages of ${request.app} in ${repository.uri} to find the previous one: ${(0,errors/* errorMessage */.gJ)(error)}; looking at the package tags of the checkout instead`);
        return null;
    }
}
/**
 * The stories a new package carries in its manifest: those of the commits since the previous
 * package published to the repository, or tagged `<app>-v*` in the checkout without one
 * (reachable from this build's commit and not from that package's). The first package reads the
 * whole history up to the limit. Never fails a build:
 * when the commits cannot be read, a warning says why and the manifest lists none.
 */
async function storiesSincePreviousPackage(request) {
    const none = (previous = null) => ({
        stories: [],
        previous,
        trace: null
    });
    const { commit, log } = request;
    if (!commit) {
        log.info('the build has no commit (no git checkout, no GITHUB_SHA), so its manifest lists no stories');
        return none();
    }
    const previous = await previousPackage(request, commit);
    try {
        const outcome = await (0,trace_sources/* traceFromSources */.M)(request.sources, { from: previous?.commit, to: commit, limit: request.limit }, request.patterns, { log, ...(request.links ? { links: request.links } : {}) });
        if (outcome.status !== 'complete') {
            log.warning(`the stories of this package could not be read, so its manifest lists none: ${outcome.message}`);
            return none(previous);
        }
        const { trace } = outcome;
        const stories = trace.stories.map((story) => story.id);
        log.info(previous
            ? `stories since ${(0,text_escape/* logText */.kc)(previous.label)} (${previous.commit.slice(0, 12)}): ${trace.commits.length} commits, ${(0,text_escape/* logText */.kc)(stories.join(', ')) || 'none'}`
            : `first package${request.app ? ` of ${request.app}` : ''}: ${trace.truncated ? `the newest ${request.limit} commits (traceability.limit)` : `the whole history, ${trace.commits.length} commits`}, ${stories.length} stories`);
        return { stories, previous, trace };
    }
    catch (error) {
        log.warning(`the stories of this package could not be read, so its manifest lists none: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return none(previous);
    }
}

// EXTERNAL MODULE: ./src/app/repository-choice.ts
var repository_choice = __webpack_require__(67311);
// EXTERNAL MODULE: ./src/app/trace-context.ts
var trace_context = __webpack_require__(12368);
;// CONCATENATED MODULE: ./src/app/build.ts








/**
 * Builds a package for either face: flags win, mxdeploy.yml's `build:` fills in (a deployment
 * folder or a .mpr, the version, the output), and the manifest lists the stories of the commits
 * since the previous package. Reading stories never fails a build: a repository that cannot be
 * opened or a history that cannot be read is a warning, and the manifest lists what was found.
 */
async function buildApp(request) {
    const { config } = request;
    const given = request.deploymentDir ?? request.project;
    const fromConfig = given ? undefined : config?.build;
    const deploymentDir = request.deploymentDir ?? fromConfig?.deploymentDir;
    const project = request.project ?? fromConfig?.project;
    const app = request.app ?? config?.app;
    const stories = await buildStories(request, { deploymentDir, project, app });
    return buildPackage({
        deploymentDir,
        project,
        version: request.version ?? config?.build.version ?? '',
        buildNumber: request.buildNumber,
        out: request.out ?? config?.build.output,
        app,
        stories,
        ...(request.mxbuild ? { mxbuild: request.mxbuild } : {}),
        cwd: request.cwd,
        env: request.env,
        log: request.log
    });
}
/** The folder whose git history a build comes from. */
function buildSourceDir(cwd, source) {
    if (source.project)
        return (0,external_node_path_.dirname)((0,external_node_path_.resolve)(cwd, source.project));
    return source.deploymentDir ? (0,external_node_path_.resolve)(cwd, source.deploymentDir) : undefined;
}
async function buildStories(request, source) {
    const { log, config } = request;
    const dir = buildSourceDir(request.cwd, source);
    if (!dir)
        return []; // the build says what is missing
    try {
        // The commit is GITHUB_SHA or the checkout's HEAD; without either there are no stories. A
        // shallow or missing checkout is completed from GitHub's compare API when there is a token.
        const { commit } = await (0,commit_info/* commitInfo */.o)(dir, request.env);
        const found = await storiesSincePreviousPackage({
            app: source.app,
            commit,
            repository: request.openedRepository ?? (await previousPackages(request)),
            tagDir: dir,
            ...(await (0,trace_context/* traceContext */.D)({
                traceability: config?.traceability ?? {},
                file: config?.file,
                dir,
                github: request.github,
                log
            }))
        });
        return found.stories;
    }
    catch (error) {
        log.warning(`the stories of this package could not be read, so its manifest lists none: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return [];
    }
}
/** The repository the previous package is looked for in; undefined: the tags of the checkout. */
async function previousPackages(request) {
    const uri = (0,repository_choice/* chooseRepository */.Q)({
        given: request.repository,
        config: request.config,
        face: request.face
    });
    try {
        return await (0,open_repository.openRepository)(uri, {
            cwd: request.config?.dir ?? request.cwd,
            env: request.env,
            github: request.github,
            log: request.log
        });
    }
    catch (error) {
        request.log.warning(`cannot open the package repository ${uri} to find the previous package: ${(0,errors/* errorMessage */.gJ)(error)}; the stories are read since the newest package tag instead`);
        return undefined;
    }
}


/***/ }),

/***/ 12368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ traceContext)
/* harmony export */ });
/* harmony import */ var _stories_story_patterns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10970);
/* harmony import */ var _trace_commit_sources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5931);
/* harmony import */ var _trace_trace_range_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44450);



/**
 * The one trace context of both faces: commits from the checkout at `dir`, and from GitHub's
 * compare API when `github` has a token and a repository (a shallow clone lacks history);
 * patterns and limit from mxdeploy.yml (`file` names it in messages; none: the defaults).
 */
async function traceContext(options) {
    const { traceability, github, log } = options;
    return {
        sources: await (0,_trace_commit_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .commitSources */ .G)(options.dir, github, log),
        patterns: (0,_stories_story_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .compileStoryPatterns */ .Y9)(traceability.patterns, options.file ?? ''),
        limit: traceability.limit ?? _trace_trace_range_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_TRACE_LIMIT */ .CO,
        links: {
            ...(github.repository ? { server: github.serverUrl, repository: github.repository } : {})
        },
        log
    };
}


/***/ }),

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ booleanValue),
/* harmony export */   r: () => (/* binding */ stringValue)
/* harmony export */ });
/** A string flag's value, or undefined when it was not given (never ''). */
function stringValue(context, name) {
    const value = context.values[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function booleanValue(context, name) {
    return context.values[name] === true;
}


/***/ }),

/***/ 44741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildCommand: () => (/* binding */ buildCommand)
});

// EXTERNAL MODULE: ./src/app/build.ts + 3 modules
var build = __webpack_require__(75648);
// EXTERNAL MODULE: ./src/github/access.ts
var access = __webpack_require__(38261);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/load.ts + 4 modules
var load = __webpack_require__(33198);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/optional-config.ts




async function exists(path) {
    return (0,promises_.access)(path).then(() => true, () => false);
}
/**
 * mxdeploy.yml for commands that work without one (build): --config, which must exist, else
 * ./mxdeploy.yml when there is one.
 */
async function optionalConfig(context) {
    const given = (0,command/* stringValue */.r)(context, 'config');
    const path = (0,external_node_path_.resolve)(context.io.cwd, given ?? load.CONFIG_FILE);
    return given !== undefined || (await exists(path)) ? await (0,load.loadConfig)(path) : undefined;
}

// EXTERNAL MODULE: ./src/cli/format.ts
var format = __webpack_require__(96719);
// EXTERNAL MODULE: ./src/text/bytes.ts
var bytes = __webpack_require__(1080);
;// CONCATENATED MODULE: ./src/cli/commands/build.ts





const buildCommand = {
    name: 'build',
    summary: 'Build a deployment package (MDA) from a Mendix deployment folder, or from a .mpr with MxBuild.',
    usage: 'build (--deployment-dir DIR | --project App.mpr [--mxbuild PATH] [--java-home DIR]) --version X.Y.Z[.B] [--out FILE]',
    options: {
        'deployment-dir': {
            type: 'string',
            value: 'DIR',
            description: 'Mendix deployment folder (model/, web/, native/)'
        },
        project: {
            type: 'string',
            value: 'FILE',
            description: 'Mendix app file (.mpr), built with MxBuild'
        },
        version: {
            type: 'string',
            value: 'X.Y.Z[.B]',
            description: 'package version; a build number is appended to X.Y.Z'
        },
        'build-number': {
            type: 'string',
            value: 'N',
            description: 'build number for X.Y.Z versions (default: GITHUB_RUN_NUMBER, else 0)'
        },
        out: {
            type: 'string',
            value: 'FILE',
            description: 'where to write the MDA (default: <app>_<version>.mda)'
        },
        app: {
            type: 'string',
            value: 'NAME',
            description: "app name in the manifest (default: mxdeploy.yml's app, else the project's name)"
        },
        mxbuild: {
            type: 'string',
            value: 'PATH',
            description: "--project: the mxbuild program or an unpacked MxBuild's folder (default: cached, else downloaded)"
        },
        'mxbuild-cache': {
            type: 'string',
            value: 'DIR',
            description: '--project: where downloaded MxBuild versions are kept (default: MXDEPLOY_MXBUILD_CACHE, else ~/.cache/mxdeploy/mxbuild)'
        },
        'java-home': {
            type: 'string',
            value: 'DIR',
            description: '--project: the JDK MxBuild uses (default: JAVA_HOME)'
        },
        'java-exe-path': {
            type: 'string',
            value: 'FILE',
            description: '--project: the java program (default: <java-home>/bin/java)'
        },
        config: {
            type: 'string',
            value: 'FILE',
            description: 'mxdeploy.yml: its build: section, story patterns and package repository (default: ./mxdeploy.yml if present)'
        },
        repository: {
            type: 'string',
            value: 'URI',
            description: "where the previous package is looked for: the manifest lists the stories of the commits since it (default: mxdeploy.yml's, else the newest <app>-v* tag)"
        }
    },
    async run(context) {
        const result = await (0,build.buildApp)({
            face: 'cli',
            cwd: context.io.cwd,
            env: context.io.env,
            github: (0,access.githubAccess)(context.io.env),
            log: context.log,
            config: await optionalConfig(context),
            deploymentDir: (0,command/* stringValue */.r)(context, 'deployment-dir'),
            project: (0,command/* stringValue */.r)(context, 'project'),
            version: (0,command/* stringValue */.r)(context, 'version'),
            buildNumber: (0,command/* stringValue */.r)(context, 'build-number'),
            out: (0,command/* stringValue */.r)(context, 'out'),
            app: (0,command/* stringValue */.r)(context, 'app'),
            repository: (0,command/* stringValue */.r)(context, 'repository'),
            mxbuild: {
                path: (0,command/* stringValue */.r)(context, 'mxbuild'),
                cacheDir: (0,command/* stringValue */.r)(context, 'mxbuild-cache'),
                javaHome: (0,command/* stringValue */.r)(context, 'java-home'),
                javaExePath: (0,command/* stringValue */.r)(context, 'java-exe-path')
            }
        });
        const json = {
            path: result.path,
            app: result.manifest.app,
            version: result.version,
            runtimeVersion: result.metadata.runtimeVersion,
            ...(result.mendixVersion ? { mendixVersion: result.mendixVersion } : {}),
            sha256: result.sha256,
            size: result.size,
            entries: result.entries,
            manifest: result.manifest
        };
        const text = `built ${result.path}\n${(0,format/* keyValues */.K7)([
            ['app', result.manifest.app],
            ['version', result.version],
            ['runtime', result.metadata.runtimeVersion],
            ...(result.mendixVersion ? [['mxbuild', result.mendixVersion]] : []),
            ['entries', String(result.entries)],
            ['size', (0,bytes/* formatBytes */.z)(result.size)],
            ['sha256', result.sha256],
            ['commit', result.manifest.commit ?? '(unknown)'],
            ['stories', result.manifest.stories.join(', ') || '(none)']
        ])}`;
        return { json, text };
    }
};


/***/ }),

/***/ 96719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ keyValues),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });

/** Aligned `label  value` lines. */
function keyValues(rows, indent = '  ') {
    const width = Math.max(...rows.map(([key]) => key.length));
    return rows.map(([key, value]) => `${indent}${key.padEnd(width)}  ${value}`).join('\n');
}
/** A plain-text table with a header row. */
function table(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
    const line = (cells) => cells
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    return [line(header), ...rows.map(line)].join('\n');
}


/***/ }),

/***/ 63797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ CONFIG_FILE)
/* harmony export */ });
/** The configuration file a command reads when --config is not given, in the current folder. */
const CONFIG_FILE = 'mxdeploy.yml';


/***/ }),

/***/ 51176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ commitInfo)
/* harmony export */ });
/* harmony import */ var _git_output_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5764);

/**
 * The commit and branch a build comes from: the Actions variables when they are set (the runner's
 * checkout may be detached), else the git repository around `cwd`, else unknown.
 */
async function commitInfo(cwd, env) {
    const head = await (0,_git_output_js__WEBPACK_IMPORTED_MODULE_0__/* .gitOutput */ .o)(cwd, ['log', '-1', '--format=%H %ct']);
    const [gitCommit, gitTime] = head ? head.split(' ') : [];
    const commit = env['GITHUB_SHA'] || gitCommit || null;
    const branch = env['GITHUB_HEAD_REF'] ||
        env['GITHUB_REF_NAME'] ||
        (await (0,_git_output_js__WEBPACK_IMPORTED_MODULE_0__/* .gitOutput */ .o)(cwd, ['symbolic-ref', '--short', '-q', 'HEAD'])) ||
        null;
    const time = gitTime && commit === gitCommit ? new Date(Number(gitTime) * 1000) : null;
    return { commit, branch, time };
}


/***/ }),

/***/ 5764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ gitOutput)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);


const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/**
 * What a git command prints, trimmed; undefined when git fails, is missing or prints nothing.
 * For questions whose answer may be "not a repository" (the current branch, the top folder).
 */
async function gitOutput(cwd, args) {
    try {
        const { stdout } = await run('git', args, { cwd, timeout: 10_000 });
        return stdout.trim() || undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 9515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ sourceDateEpoch),
/* harmony export */   q: () => (/* binding */ ZIP_EPOCH)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** The DOS epoch: the earliest time a ZIP entry can carry. */
const ZIP_EPOCH = new Date(Date.UTC(1980, 0, 1));
/** `SOURCE_DATE_EPOCH` (reproducible-builds.org) as a date, or undefined when it is not set. */
function sourceDateEpoch(env) {
    const value = env['SOURCE_DATE_EPOCH']?.trim();
    if (!value)
        return undefined;
    if (!/^\d{1,12}$/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`SOURCE_DATE_EPOCH "${value}" is not a number of seconds since 1970`);
    }
    return new Date(Number(value) * 1000);
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

/***/ 5931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ commitSources)
/* harmony export */ });
/* harmony import */ var _github_access_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38261);
/* harmony import */ var _git_commit_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46981);


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

/***/ 44983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ traceFromSources),
/* harmony export */   g: () => (/* binding */ containsFromSources)
/* harmony export */ });
/* harmony import */ var _trace_range_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44450);

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
