export const id = 857;
export const ids = [857];
export const modules = {

/***/ 41177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ buildPackage)
/* harmony export */ });
/* unused harmony export checkBuildRequest */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(83916);
/* harmony import */ var _git_commit_info_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51176);
/* harmony import */ var _mda_deployment_folder_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65518);
/* harmony import */ var _mda_metadata_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1143);
/* harmony import */ var _mda_pack_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34722);
/* harmony import */ var _mda_package_identity_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3767);
/* harmony import */ var _mda_version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52084);
/* harmony import */ var _source_date_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9515);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(311);











/** Checks the request's shape before anything is read or written. */
function checkBuildRequest(request) {
    if (request.deploymentDir && request.project) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1('give either a deployment folder or a .mpr project to build, not both');
    }
    if (!request.deploymentDir && !request.project) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1('nothing to build: give a deployment folder (--deployment-dir, input deployment-dir) or a Mendix app file (--project App.mpr)');
    }
    if (!request.version) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1('a package needs a version: give --version 1.2.0 (input version)');
    }
    if (request.app !== undefined)
        (0,_mda_package_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .checkAppName */ .XF)(request.app.trim(), '--app, input app or mxdeploy.yml');
}
/**
 * Builds a package: the four-part version, the commit it comes from, a reproducible timestamp,
 * then the MDA with its manifest and `.sha256`.
 */
async function buildPackage(request) {
    checkBuildRequest(request);
    const version = (0,_mda_version_js__WEBPACK_IMPORTED_MODULE_6__/* .modelVersion */ .C5)(request.version, request.buildNumber, request.env['GITHUB_RUN_NUMBER'] || undefined);
    const sourceDate = (0,_source_date_js__WEBPACK_IMPORTED_MODULE_7__/* .sourceDateEpoch */ .p)(request.env);
    if (request.project) {
        // Loaded only for .mpr builds: folder builds never pay for the MxBuild runner.
        const { buildProject } = await Promise.all(/* import() */[__webpack_require__.e(445), __webpack_require__.e(686), __webpack_require__.e(915)]).then(__webpack_require__.bind(__webpack_require__, 56915));
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
    const deploymentDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(request.cwd, request.deploymentDir);
    const commit = await (0,_git_commit_info_js__WEBPACK_IMPORTED_MODULE_2__/* .commitInfo */ .o)(deploymentDir, request.env);
    await (0,_mda_deployment_folder_js__WEBPACK_IMPORTED_MODULE_3__/* .checkDeploymentFolder */ .c$)(deploymentDir);
    const metadataPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(deploymentDir, _mda_metadata_js__WEBPACK_IMPORTED_MODULE_9__/* .METADATA_PATH */ .GN);
    const metadata = (0,_mda_metadata_js__WEBPACK_IMPORTED_MODULE_9__/* .parseMetadata */ .jR)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(metadataPath), metadataPath);
    const app = (0,_mda_package_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .buildAppName */ .RU)(request.app, metadata.projectName, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(deploymentDir));
    for (const warning of metadata.warnings)
        request.log.warning(warning);
    const out = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(request.cwd, request.out ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(request.cwd, `${app}_${version}.mda`));
    request.log.info(`building ${app} ${version} from ${deploymentDir}`);
    const result = await (0,_mda_pack_js__WEBPACK_IMPORTED_MODULE_4__/* .packDeploymentFolder */ .Bn)({
        deploymentDir,
        out,
        version,
        app,
        commit: commit.commit,
        branch: commit.branch,
        builtAt: sourceDate ?? commit.time ?? _source_date_js__WEBPACK_IMPORTED_MODULE_7__/* .ZIP_EPOCH */ .q,
        entryDate: sourceDate ?? _source_date_js__WEBPACK_IMPORTED_MODULE_7__/* .ZIP_EPOCH */ .q,
        builder: _version_js__WEBPACK_IMPORTED_MODULE_10__/* .BUILDER */ .i,
        stories: request.stories ?? []
    });
    return { ...result, version };
}


/***/ }),

/***/ 97698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ buildSourceDir),
/* harmony export */   h8: () => (/* binding */ optionalBuildConfig),
/* harmony export */   kV: () => (/* binding */ buildStories),
/* harmony export */   m_: () => (/* binding */ cliBuildStories)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11852);
/* harmony import */ var _git_commit_info_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51176);
/* harmony import */ var _repository_open_repository_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48961);
/* harmony import */ var _trace_package_stories_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73567);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3567);
/* harmony import */ var _trace_context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(65021);








/** The folder whose git history a build comes from (what the manifest's commit is read from). */
function buildSourceDir(cwd, source) {
    if (source.project)
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, source.project));
    return source.deploymentDir ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, source.deploymentDir) : undefined;
}
/**
 * The stories for a build's manifest: those of the commits since the previous package of the app
 * in `repository` (see storiesSincePreviousPackage). Undefined `repository`: a first package.
 */
async function buildStories(context, config, source, repository) {
    const { env } = context.io;
    const dir = buildSourceDir(context.io.cwd, source);
    if (!dir)
        return undefined; // buildPackage says what is missing
    const { commit } = await (0,_git_commit_info_js__WEBPACK_IMPORTED_MODULE_3__/* .commitInfo */ .o)(dir, env);
    return (0,_trace_package_stories_js__WEBPACK_IMPORTED_MODULE_5__/* .storiesSincePreviousPackage */ .x)({
        app: source.app ?? config.app,
        commit,
        repository,
        tagDir: dir,
        ...(await (0,_trace_context_js__WEBPACK_IMPORTED_MODULE_6__/* .cliTraceContext */ .z)(config.traceability, config.file, dir, env, context.log))
    });
}
async function exists(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(path).then(() => true, () => false);
}
/** mxdeploy.yml for `mxdeploy build`: --config, else ./mxdeploy.yml when there is one. */
async function optionalBuildConfig(context) {
    const given = (0,_command_js__WEBPACK_IMPORTED_MODULE_7__/* .stringValue */ .r)(context, 'config');
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.io.cwd, given ?? _config_load_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE */ .g2);
    return given !== undefined || (await exists(path)) ? await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfig */ .Z9)(path) : undefined;
}
/**
 * `mxdeploy build`'s stories and app: mxdeploy.yml gives the app, the patterns and the
 * repository (--repository overrides) the previous package is found in.
 */
async function cliBuildStories(context, config, source) {
    const app = source.app ?? config?.app;
    const uri = (0,_command_js__WEBPACK_IMPORTED_MODULE_7__/* .stringValue */ .r)(context, 'repository') ?? config?.repository;
    const repository = uri
        ? await (0,_repository_open_repository_js__WEBPACK_IMPORTED_MODULE_4__/* .openRepository */ .h)(uri, { cwd: context.io.cwd, env: context.io.env, log: context.log })
        : undefined;
    const found = await buildStories(context, config ?? { file: undefined, traceability: {} }, { ...source, app }, repository);
    return { stories: found?.stories, app };
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

/***/ 80177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildCommand: () => (/* binding */ buildCommand)
/* harmony export */ });
/* harmony import */ var _build_build_package_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41177);
/* harmony import */ var _build_stories_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97698);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3567);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96719);




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
        const config = await (0,_build_stories_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalBuildConfig */ .h8)(context);
        // Flags win; mxdeploy.yml's build: section fills in what they leave out.
        const flagSource = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r)(context, 'deployment-dir') ?? (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r)(context, 'project');
        const fromConfig = flagSource ? undefined : config?.build;
        const source = {
            deploymentDir: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r)(context, 'deployment-dir') ?? fromConfig?.deploymentDir,
            project: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r)(context, 'project') ?? fromConfig?.project,
            app: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r)(context, 'app')
        };
        const { stories, app } = await (0,_build_stories_js__WEBPACK_IMPORTED_MODULE_1__/* .cliBuildStories */ .m_)(context, config, source);
        const result = await (0,_build_build_package_js__WEBPACK_IMPORTED_MODULE_0__/* .buildPackage */ .P)({
            deploymentDir: source.deploymentDir,
            project: source.project,
            version: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r)(context, 'version') ?? config?.build.version ?? '',
            buildNumber: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r)(context, 'build-number'),
            out: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r)(context, 'out') ?? config?.build.output,
            app,
            ...(stories ? { stories } : {}),
            mxbuild: {
                path: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r)(context, 'mxbuild'),
                cacheDir: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r)(context, 'mxbuild-cache'),
                javaHome: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r)(context, 'java-home'),
                javaExePath: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r)(context, 'java-exe-path')
            },
            cwd: context.io.cwd,
            env: context.io.env,
            log: context.log
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
        const text = `built ${result.path}\n${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .keyValues */ .K7)([
            ['app', result.manifest.app],
            ['version', result.version],
            ['runtime', result.metadata.runtimeVersion],
            ...(result.mendixVersion ? [['mxbuild', result.mendixVersion]] : []),
            ['entries', String(result.entries)],
            ['size', (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(result.size)],
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
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Byte counts as people read them: 1.2 MB, 980 kB. */
function formatBytes(bytes) {
    if (bytes < 1000)
        return `${bytes} B`;
    const units = ['kB', 'MB', 'GB', 'TB'];
    let value = bytes;
    let unit = -1;
    while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit++;
    }
    return `${value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)} ${units[unit]}`;
}
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

/***/ 65021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ cliTraceContext)
/* harmony export */ });
/* unused harmony export cliLinks */
/* harmony import */ var _github_commit_sources_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71289);
/* harmony import */ var _trace_trace_range_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91656);
/* harmony import */ var _trace_story_patterns_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59050);



/** Links of `#123` references and commits: the GitHub server and repository of the run, if any. */
function cliLinks(env) {
    return {
        ...(env['GITHUB_SERVER_URL'] ? { server: env['GITHUB_SERVER_URL'] } : {}),
        ...(env['GITHUB_REPOSITORY'] ? { repository: env['GITHUB_REPOSITORY'] } : {})
    };
}
/**
 * The commit sources, story patterns, limit and links for the checkout at `dir`; `traceability`
 * and `file` come from mxdeploy.yml (empty without one: the default patterns).
 */
async function cliTraceContext(traceability, file, dir, env, log) {
    return {
        sources: await (0,_github_commit_sources_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSources */ .G)(dir, env, log),
        patterns: (0,_trace_story_patterns_js__WEBPACK_IMPORTED_MODULE_2__/* .compileStoryPatterns */ .Y9)(traceability.patterns, file ?? ''),
        limit: traceability.limit ?? _trace_trace_range_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_TRACE_LIMIT */ .CO,
        links: cliLinks(env),
        log
    };
}


/***/ }),

/***/ 51176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ commitInfo)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);


const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
async function git(cwd, args) {
    try {
        const { stdout } = await run('git', args, { cwd, timeout: 10_000 });
        return stdout.trim() || undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The commit and branch a build comes from: the Actions variables when they are set (the runner's
 * checkout may be detached), else the git repository around `cwd`, else unknown.
 */
async function commitInfo(cwd, env) {
    const head = await git(cwd, ['log', '-1', '--format=%H %ct']);
    const [gitCommit, gitTime] = head ? head.split(' ') : [];
    const commit = env['GITHUB_SHA'] || gitCommit || null;
    const branch = env['GITHUB_HEAD_REF'] ||
        env['GITHUB_REF_NAME'] ||
        (await git(cwd, ['symbolic-ref', '--short', '-q', 'HEAD'])) ||
        null;
    const time = gitTime && commit === gitCommit ? new Date(Number(gitTime) * 1000) : null;
    return { commit, branch, time };
}


/***/ }),

/***/ 71289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ commitSources)
/* harmony export */ });
/* harmony import */ var _trace_git_commit_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87108);

/**
 * Where commits are read: the git checkout at `dir`, then, when `env` names a GitHub repository
 * and a token (GITHUB_REPOSITORY, GITHUB_TOKEN, and GITHUB_API_URL on GHES), GitHub's compare API
 * for what a shallow clone lacks. The GitHub client loads only then.
 */
async function commitSources(dir, env, log) {
    const sources = [new _trace_git_commit_source_js__WEBPACK_IMPORTED_MODULE_0__/* .GitCommitSource */ .P(dir)];
    const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
    const token = env['GITHUB_TOKEN'];
    if (owner && repo && token) {
        log.secret(token);
        const [{ createOctokit }, { GitHubCompareSource }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(101), __webpack_require__.e(617)]).then(__webpack_require__.bind(__webpack_require__, 77617)),
            __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 29856))
        ]);
        const octokit = createOctokit({
            token,
            logger: log,
            ...(env['GITHUB_API_URL'] ? { baseUrl: env['GITHUB_API_URL'] } : {})
        });
        sources.push(new GitHubCompareSource({ octokit, owner, repo }));
    }
    return sources;
}


/***/ }),

/***/ 14031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   kc: () => (/* binding */ logText),
/* harmony export */   p7: () => (/* binding */ markdownText)
/* harmony export */ });
/* unused harmony exports truncate, plainText */
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

/***/ 73567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ storiesSincePreviousPackage)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
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
 * from the repository, else from the package tags in the checkout.
 */
async function previousPackage(request, commit) {
    if (!request.app)
        return null;
    if (!request.repository) {
        if (!request.tagDir)
            return null;
        const tag = await previousPackageTag(request.tagDir, request.app, commit);
        return tag ? { label: `tag ${tag.name}`, commit: tag.commit } : null;
    }
    try {
        const packages = await request.repository.list(request.app);
        const found = packages.find((p) => p.commit !== null && p.commit !== commit);
        return found ? { label: `${found.app} ${found.version}`, commit: found.commit } : null;
    }
    catch (error) {
        request.log.warning(`could not list the packages of ${request.app} in ${request.repository.uri} to find the previous one: ${(0,errors/* errorMessage */.gJ)(error)}; the stories are read as for a first package`);
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
            ? `stories since ${(0,report_escape/* logText */.kc)(previous.label)} (${previous.commit.slice(0, 12)}): ${trace.commits.length} commits, ${(0,report_escape/* logText */.kc)(stories.join(', ')) || 'none'}`
            : `first package${request.app ? ` of ${request.app}` : ''}: ${trace.truncated ? `the newest ${request.limit} commits (traceability.limit)` : `the whole history, ${trace.commits.length} commits`}, ${stories.length} stories`);
        return { stories, previous, trace };
    }
    catch (error) {
        log.warning(`the stories of this package could not be read, so its manifest lists none: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return none(previous);
    }
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


/***/ }),

/***/ 93513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YF: () => (/* binding */ directoryProblems),
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   wd: () => (/* binding */ isDirectory),
/* harmony export */   y$: () => (/* binding */ listRuleBreaches)
/* harmony export */ });
/* unused harmony export unsafeName */
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88269);

const DEFAULT_LIMITS = {
    maxTotalBytes: 16 * 1024 ** 3,
    maxEntries: 1_000_000
};
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const UNIX_HOST = 3;
/** Whether the entry is a directory marker (a name ending in `/`). */
function isDirectory(entry) {
    return entry.name.endsWith('/');
}
/** Why a name can't be extracted safely, or undefined when it can. */
function unsafeName(name) {
    if (name.length === 0)
        return 'an empty name';
    if (name.includes('\0'))
        return 'a NUL character in its name';
    if (name.includes('\\'))
        return 'a backslash in its name (ZIP paths use "/")';
    if (name.startsWith('/'))
        return 'an absolute path';
    if (/^[A-Za-z]:/.test(name))
        return 'a drive letter';
    const segments = name.replace(/\/$/, '').split('/');
    if (segments.includes('..'))
        return 'a ".." segment that escapes the extraction folder';
    if (segments.some((s) => s === '' || s === '.'))
        return 'an empty or "." path segment';
    return undefined;
}
/**
 * The rules on a package's list of entries, which build checks before it writes a package and
 * verify, publish and extraction check on every archive: safe names, no name twice, the number of
 * entries and their total size.
 */
function listRuleBreaches(entries, limits = DEFAULT_LIMITS) {
    const breaches = [];
    if (entries.length > limits.maxEntries) {
        breaches.push({ why: `it has ${entries.length} entries; the limit is ${limits.maxEntries}` });
    }
    const seen = new Set();
    let total = 0;
    for (const { name, size } of entries) {
        const unsafe = unsafeName(name);
        if (unsafe)
            breaches.push({ entry: name, why: `has ${unsafe}` });
        const key = name.normalize('NFC');
        if (seen.has(key))
            breaches.push({ entry: name, why: 'appears more than once' });
        seen.add(key);
        total += size;
    }
    if (total > limits.maxTotalBytes) {
        breaches.push({
            why: `its entries expand to ${total} bytes, past the ${limits.maxTotalBytes}-byte limit (a zip bomb?)`
        });
    }
    return breaches;
}
/**
 * Everything wrong with an archive that its central directory alone shows: the list rules, then
 * symlinks, encryption, unknown methods and overlapping entries. Returns one message per problem.
 */
function directoryProblems(directory, limits = DEFAULT_LIMITS) {
    const problems = listRuleBreaches(directory.entries, limits).map(({ entry, why }) => entry === undefined ? why : `entry ${JSON.stringify(entry)} ${why}`);
    for (const entry of directory.entries) {
        const label = JSON.stringify(entry.name);
        if (entry.versionMadeBy >> 8 === UNIX_HOST &&
            ((entry.externalAttributes >>> 16) & S_IFMT) === S_IFLNK) {
            problems.push(`entry ${label} is a symbolic link; an MDA holds only files`);
        }
        if (entry.flags & _records_js__WEBPACK_IMPORTED_MODULE_0__/* .FLAG_ENCRYPTED */ .uM)
            problems.push(`entry ${label} is encrypted`);
        if (entry.method !== _records_js__WEBPACK_IMPORTED_MODULE_0__/* .METHOD_STORED */ .y$ && entry.method !== _records_js__WEBPACK_IMPORTED_MODULE_0__/* .METHOD_DEFLATED */ .oT) {
            problems.push(`entry ${label} uses compression method ${entry.method}; only stored (0) and deflated (8) are allowed`);
        }
        if (entry.method === _records_js__WEBPACK_IMPORTED_MODULE_0__/* .METHOD_STORED */ .y$ && entry.size !== entry.compressedSize) {
            problems.push(`entry ${label} is stored but its sizes differ (${entry.compressedSize} vs ${entry.size})`);
        }
    }
    problems.push(...overlapProblems(directory));
    return problems;
}
/** Entries whose data overlaps another's, or the central directory: the overlapping-file bomb. */
function overlapProblems(directory) {
    const sorted = [...directory.entries].sort((a, b) => a.localOffset - b.localOffset);
    const problems = [];
    for (let i = 0; i < sorted.length; i++) {
        const entry = sorted[i];
        const end = entry.localOffset + _records_js__WEBPACK_IMPORTED_MODULE_0__/* .LOCAL_HEADER_SIZE */ ._0 + entry.rawName.length + entry.compressedSize;
        const next = sorted[i + 1]?.localOffset ?? directory.directoryOffset;
        if (end > next) {
            problems.push(`entry ${JSON.stringify(entry.name)} overlaps the data that follows it`);
        }
    }
    return problems;
}


/***/ })

};
