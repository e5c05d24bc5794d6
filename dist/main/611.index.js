export const id = 611;
export const ids = [611];
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
        const { buildProject } = await Promise.all(/* import() */[__webpack_require__.e(686), __webpack_require__.e(915)]).then(__webpack_require__.bind(__webpack_require__, 56915));
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
            description: "mxdeploy.yml: its build: section, story patterns and package repository (default: ./mxdeploy.yml if present)"
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

/***/ 77093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ readAt)
/* harmony export */ });
/**
 * Reads up to `length` bytes at `position`, looping over short reads; the result is shorter only
 * where the file ends.
 */
async function readAt(handle, position, length) {
    const buffer = Buffer.allocUnsafe(length);
    let offset = 0;
    while (offset < length) {
        const { bytesRead } = await handle.read(buffer, offset, length - offset, position + offset);
        if (bytesRead === 0)
            break;
        offset += bytesRead;
    }
    return buffer.subarray(0, offset);
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

/***/ 73839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gb: () => (/* binding */ encodeManifest),
/* harmony export */   KB: () => (/* binding */ MANIFEST_SCHEMA),
/* harmony export */   MK: () => (/* binding */ decodeManifest)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _zip_records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88269);


const MANIFEST_SCHEMA = 'mxdeploy.build/v1';
/** The manifest as archive-comment bytes; refuses what would not fit in a ZIP comment. */
function encodeManifest(manifest) {
    let bytes = Buffer.from(JSON.stringify(manifest), 'utf8');
    if (bytes.length > _zip_records_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_COMMENT */ .bc && manifest.stories.length > 0) {
        // Keep the package buildable when a huge range names thousands of stories.
        const kept = { ...manifest, stories: [...manifest.stories] };
        while (bytes.length > _zip_records_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_COMMENT */ .bc && kept.stories.length > 0) {
            kept.stories.length = Math.floor(kept.stories.length / 2);
            bytes = Buffer.from(JSON.stringify({ ...kept, storiesTruncated: true }), 'utf8');
        }
    }
    if (bytes.length > _zip_records_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_COMMENT */ .bc) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`the build manifest is ${bytes.length} bytes; a ZIP comment holds ${_zip_records_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_COMMENT */ .bc}`);
    }
    return bytes;
}
/** The manifest in an archive comment, or undefined when the comment is not one of ours. */
function decodeManifest(comment) {
    if (comment.length === 0)
        return undefined;
    try {
        const value = JSON.parse(comment.toString('utf8'));
        if (value && value.schema === MANIFEST_SCHEMA)
            return { stories: [], ...value };
    }
    catch {
        // An archive made by another tool: its comment is not ours to interpret.
    }
    return undefined;
}


/***/ }),

/***/ 1143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ METADATA_PATH),
/* harmony export */   In: () => (/* binding */ parseMetadataDocument),
/* harmony export */   _6: () => (/* binding */ readMetadata),
/* harmony export */   jR: () => (/* binding */ parseMetadata)
/* harmony export */ });
/* unused harmony export CONSTANT_TYPES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

const METADATA_PATH = 'model/metadata.json';
/**
 * Constant types of Mendix's data types that a constant can have. Real metadata.json files (5.6
 * to 10.24) hold String, Integer and Boolean; the others are Mendix data types a constant may
 * take. Any other type is passed through with a warning, so a type a future Mendix adds does not
 * stop a deploy.
 */
const CONSTANT_TYPES = [
    'String',
    'Integer',
    'Long',
    'Decimal',
    'Boolean',
    'DateTime'
];
const RUNTIME_VERSION = /^\d{1,4}\.\d{1,4}\.\d{1,4}(\.\d{1,10})?$/;
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function optionalString(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
/** A scalar as Mendix means it; DefaultValue is always a string in real files, numbers are tolerated. */
function scalarText(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return '';
}
/** The items of a list mxdeploy uses; anything but a list of objects is refused with the key. */
function usedList(document, key, label) {
    const value = document[key];
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value) || !value.every(isObject)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label}: "${key}" must be a list of objects with a "Name", as MxBuild writes it; rebuild the deployment package`);
    }
    return value;
}
function itemName(item, key, index, label) {
    const name = item['Name'];
    if (typeof name !== 'string' || name.trim() === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label}: ${key}[${index}] has no "Name"; rebuild the deployment package`);
    }
    return name;
}
/**
 * Role names: Mendix keeps roles as an object keyed by role ID (`{"<id>": {"Name": …}}`); older
 * tools wrote a list. mxdeploy only shows them, so any other shape gives no names, never an error.
 */
function roleNames(value) {
    const items = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : [];
    return items.flatMap((item) => isObject(item) && typeof item['Name'] === 'string' ? [item['Name']] : []);
}
/** Request handler paths (`/api/`), absent before Mendix 7; shown only, so tolerated in any shape. */
function handlerNames(value) {
    if (!Array.isArray(value))
        return [];
    return value.flatMap((item) => isObject(item) && typeof item['Name'] === 'string' ? [item['Name']] : []);
}
/** JavaVersion is a JSON number (11, 21) in real files; anything else is not ours to judge. */
function javaMajor(value) {
    const number = typeof value === 'string' ? Number(value) : value;
    return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : undefined;
}
function readConstants(document, label, warnings) {
    const seen = new Set();
    return usedList(document, 'Constants', label).map((item, index) => {
        const name = itemName(item, 'Constants', index, label);
        if (seen.has(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label}: constant ${name} is listed twice; MxBuild writes each constant once, so the file was edited or damaged: rebuild the deployment package`);
        }
        seen.add(name);
        const type = typeof item['Type'] === 'string' && item['Type'] !== '' ? item['Type'] : 'String';
        if (!CONSTANT_TYPES.includes(type)) {
            warnings.push(`constant ${name} has type ${JSON.stringify(type)}, which mxdeploy does not know; its value is passed on unchecked`);
        }
        return {
            name,
            type,
            description: scalarText(item['Description']),
            defaultValue: scalarText(item['DefaultValue'])
        };
    });
}
function readScheduledEvents(document, label) {
    const seen = new Set();
    return usedList(document, 'ScheduledEvents', label).map((item, index) => {
        const name = itemName(item, 'ScheduledEvents', index, label);
        if (seen.has(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label}: scheduled event ${name} is listed twice; rebuild the deployment package`);
        }
        seen.add(name);
        return { name, description: scalarText(item['Description']) };
    });
}
/** Parses the JSON document of a `metadata.json`; MxBuild writes no BOM, but one is tolerated. */
function parseMetadataDocument(source, label) {
    const textSource = (typeof source === 'string' ? source : source.toString('utf8')).replace(/^\uFEFF/, '');
    let document;
    try {
        document = JSON.parse(textSource);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} is not valid JSON (${error.message}); it must be the metadata.json that MxBuild writes`);
    }
    if (!isObject(document)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} must hold a JSON object, as MxBuild writes it`);
    }
    return document;
}
/**
 * Reads the facts mxdeploy uses from a `metadata.json` document: versions, project, constants and
 * scheduled events are checked; every other key (Roles, Configuration, DataBrokerConfiguration,
 * JavaVersion, Languages, and whatever a later Mendix adds) is tolerated in any shape.
 */
function readMetadata(document, label) {
    const runtimeVersion = document['RuntimeVersion'];
    if (typeof runtimeVersion !== 'string' || !RUNTIME_VERSION.test(runtimeVersion)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} has no valid "RuntimeVersion" (such as "10.24.8.80126" or "7.15.1"); MxBuild writes it into every deployment folder`);
    }
    const warnings = [];
    return {
        runtimeVersion,
        modelVersion: optionalString(document['ModelVersion']),
        projectId: optionalString(document['ProjectID']),
        projectName: optionalString(document['ProjectName']),
        constants: readConstants(document, label, warnings),
        scheduledEvents: readScheduledEvents(document, label),
        roles: roleNames(document['Roles']),
        requestHandlers: handlerNames(document['RequestHandlers']),
        javaVersion: javaMajor(document['JavaVersion']),
        warnings
    };
}
/** Parses and reads `metadata.json` in one step. */
function parseMetadata(source, label) {
    return readMetadata(parseMetadataDocument(source, label), label);
}


/***/ }),

/***/ 89180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J$: () => (/* binding */ writeSidecar),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   YD: () => (/* binding */ readSidecar),
/* harmony export */   n8: () => (/* binding */ sidecarPath)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);






/** Path of the `sha256sum`-format file that sits next to a package. */
function sidecarPath(file) {
    return `${file}.sha256`;
}
/** Writes `<hex>  <name>` as `sha256sum` does, so `sha256sum -c` checks the package. */
async function writeSidecar(file, sha256) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(sidecarPath(file), `${sha256}  ${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(file)}\n`);
}
/** The hash recorded next to a package, or undefined when there is no such file. */
async function readSidecar(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(sidecarPath(file), 'utf8');
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errnoCode */ .UK)(error) === 'ENOENT')
            return undefined;
        throw error;
    }
    const match = /^([0-9a-fA-F]{64})\s/.exec(text) ?? /^([0-9a-fA-F]{64})$/.exec(text.trim());
    if (!match) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`${sidecarPath(file)} is not in sha256sum format ("<64 hex digits>  <file name>")`);
    }
    return match[1].toLowerCase();
}
/** SHA-256 of a file, streamed. */
async function sha256File(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file, { highWaterMark: 1 << 20 }), hash);
    return hash.digest('hex');
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

/***/ 13592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ crc32)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);

let table;
/** Table-driven CRC-32 for Node versions before 20.15, which lack `zlib.crc32`. */
function crc32Fallback(data, initial = 0) {
    if (!table) {
        table = new Uint32Array(256);
        for (let n = 0; n < 256; n++) {
            let c = n;
            for (let k = 0; k < 8; k++)
                c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            table[n] = c >>> 0;
        }
    }
    let crc = ~initial >>> 0;
    for (let i = 0; i < data.length; i++)
        crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
    return ~crc >>> 0;
}
const native = node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32;
/** CRC-32 (ISO-HDLC, as ZIP uses it), continuing from `initial`. */
const crc32 = native ?? crc32Fallback;


/***/ }),

/***/ 88269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ localHeader),
/* harmony export */   Cn: () => (/* binding */ U16_MAX),
/* harmony export */   E7: () => (/* binding */ dataDescriptor),
/* harmony export */   SX: () => (/* binding */ SIG_LOCAL),
/* harmony export */   Tq: () => (/* binding */ FLAG_UTF8),
/* harmony export */   Y3: () => (/* binding */ ZIP64_EOCD_SIZE),
/* harmony export */   Zi: () => (/* binding */ SIG_ZIP64_LOCATOR),
/* harmony export */   _0: () => (/* binding */ LOCAL_HEADER_SIZE),
/* harmony export */   bc: () => (/* binding */ MAX_COMMENT),
/* harmony export */   cd: () => (/* binding */ U32_MAX),
/* harmony export */   iM: () => (/* binding */ SIG_EOCD),
/* harmony export */   iV: () => (/* binding */ EOCD_SIZE),
/* harmony export */   j: () => (/* binding */ centralHeader),
/* harmony export */   oT: () => (/* binding */ METHOD_DEFLATED),
/* harmony export */   rX: () => (/* binding */ directoryEnd),
/* harmony export */   rh: () => (/* binding */ FLAG_DESCRIPTOR),
/* harmony export */   st: () => (/* binding */ SIG_CENTRAL),
/* harmony export */   uM: () => (/* binding */ FLAG_ENCRYPTED),
/* harmony export */   uj: () => (/* binding */ SIG_ZIP64_EOCD),
/* harmony export */   y$: () => (/* binding */ METHOD_STORED),
/* harmony export */   y8: () => (/* binding */ dosDateTime),
/* harmony export */   yX: () => (/* binding */ CENTRAL_HEADER_SIZE),
/* harmony export */   zV: () => (/* binding */ ZIP64_LOCATOR_SIZE)
/* harmony export */ });
/* unused harmony exports SIG_DESCRIPTOR, FILE_ATTRIBUTES, needsZip64Sizes */
/** ZIP record layouts (PKWARE APPNOTE 6.3.10), encoded and decoded without any I/O. */
const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_DESCRIPTOR = 0x08074b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const LOCAL_HEADER_SIZE = 30;
const CENTRAL_HEADER_SIZE = 46;
const EOCD_SIZE = 22;
const ZIP64_EOCD_SIZE = 56;
const ZIP64_LOCATOR_SIZE = 20;
const MAX_COMMENT = 0xffff;
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const U32_MAX = 0xffffffff;
const U16_MAX = 0xffff;
const ZIP64_EXTRA_ID = 0x0001;
/** Unix host, spec version 4.5 (ZIP64). */
const MADE_BY = (3 << 8) | 45;
/** Regular file, rw-r--r--: fixed so the archive does not depend on the builder's umask. */
const FILE_ATTRIBUTES = (0o100644 << 16) >>> 0;
/** DOS date and time (2-second resolution, 1980–2107) of a UTC instant. */
function dosDateTime(date) {
    let year = date.getUTCFullYear();
    if (year < 1980)
        return { dosDate: (1 << 5) | 1, dosTime: 0 };
    if (year > 2107)
        year = 2107;
    return {
        dosDate: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
        dosTime: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1)
    };
}
function writeU64(buf, value, at) {
    buf.writeBigUInt64LE(BigInt(value), at);
}
/** Whether the local header must carry 64-bit sizes. */
function needsZip64Sizes(size, compressedSize) {
    return size >= U32_MAX || compressedSize >= U32_MAX;
}
/**
 * Local file header. With `zip64`, the 32-bit sizes are 0xFFFFFFFF and a ZIP64 extra field holds
 * both sizes (zeros when a data descriptor follows).
 */
function localHeader(entry, zip64) {
    const extraLength = zip64 ? 20 : 0;
    const buf = Buffer.alloc(LOCAL_HEADER_SIZE + entry.name.length + extraLength);
    const descriptor = (entry.flags & FLAG_DESCRIPTOR) !== 0;
    buf.writeUInt32LE(SIG_LOCAL, 0);
    buf.writeUInt16LE(zip64 ? 45 : 20, 4);
    buf.writeUInt16LE(entry.flags, 6);
    buf.writeUInt16LE(entry.method, 8);
    buf.writeUInt16LE(entry.dosTime, 10);
    buf.writeUInt16LE(entry.dosDate, 12);
    buf.writeUInt32LE(descriptor ? 0 : entry.crc, 14);
    buf.writeUInt32LE(zip64 ? U32_MAX : descriptor ? 0 : entry.compressedSize, 18);
    buf.writeUInt32LE(zip64 ? U32_MAX : descriptor ? 0 : entry.size, 22);
    buf.writeUInt16LE(entry.name.length, 26);
    buf.writeUInt16LE(extraLength, 28);
    entry.name.copy(buf, LOCAL_HEADER_SIZE);
    if (zip64) {
        const at = LOCAL_HEADER_SIZE + entry.name.length;
        buf.writeUInt16LE(ZIP64_EXTRA_ID, at);
        buf.writeUInt16LE(16, at + 2);
        writeU64(buf, descriptor ? 0 : entry.size, at + 4);
        writeU64(buf, descriptor ? 0 : entry.compressedSize, at + 12);
    }
    return buf;
}
/** Data descriptor that follows streamed entries; 64-bit sizes when the local header had ZIP64. */
function dataDescriptor(entry, zip64) {
    const buf = Buffer.alloc(zip64 ? 24 : 16);
    buf.writeUInt32LE(SIG_DESCRIPTOR, 0);
    buf.writeUInt32LE(entry.crc, 4);
    if (zip64) {
        writeU64(buf, entry.compressedSize, 8);
        writeU64(buf, entry.size, 16);
    }
    else {
        buf.writeUInt32LE(entry.compressedSize, 8);
        buf.writeUInt32LE(entry.size, 12);
    }
    return buf;
}
/** Central directory header, with a ZIP64 extra holding exactly the fields that overflow. */
function centralHeader(entry, forceZip64 = false) {
    const bigSize = forceZip64 || entry.size >= U32_MAX;
    const bigCompressed = forceZip64 || entry.compressedSize >= U32_MAX;
    const bigOffset = forceZip64 || entry.offset >= U32_MAX;
    const extraFields = [bigSize, bigCompressed, bigOffset].filter(Boolean).length;
    const extraLength = extraFields ? 4 + 8 * extraFields : 0;
    const buf = Buffer.alloc(CENTRAL_HEADER_SIZE + entry.name.length + extraLength);
    buf.writeUInt32LE(SIG_CENTRAL, 0);
    buf.writeUInt16LE(MADE_BY, 4);
    buf.writeUInt16LE(extraFields ? 45 : 20, 6);
    buf.writeUInt16LE(entry.flags, 8);
    buf.writeUInt16LE(entry.method, 10);
    buf.writeUInt16LE(entry.dosTime, 12);
    buf.writeUInt16LE(entry.dosDate, 14);
    buf.writeUInt32LE(entry.crc, 16);
    buf.writeUInt32LE(bigCompressed ? U32_MAX : entry.compressedSize, 20);
    buf.writeUInt32LE(bigSize ? U32_MAX : entry.size, 24);
    buf.writeUInt16LE(entry.name.length, 28);
    buf.writeUInt16LE(extraLength, 30);
    buf.writeUInt16LE(0, 32); // comment length
    buf.writeUInt16LE(0, 34); // disk number
    buf.writeUInt16LE(0, 36); // internal attributes
    buf.writeUInt32LE(FILE_ATTRIBUTES, 38);
    buf.writeUInt32LE(bigOffset ? U32_MAX : entry.offset, 42);
    entry.name.copy(buf, CENTRAL_HEADER_SIZE);
    if (extraFields) {
        let at = CENTRAL_HEADER_SIZE + entry.name.length;
        buf.writeUInt16LE(ZIP64_EXTRA_ID, at);
        buf.writeUInt16LE(8 * extraFields, at + 2);
        at += 4;
        for (const [big, value] of [
            [bigSize, entry.size],
            [bigCompressed, entry.compressedSize],
            [bigOffset, entry.offset]
        ]) {
            if (!big)
                continue;
            writeU64(buf, value, at);
            at += 8;
        }
    }
    return buf;
}
/** End of central directory, preceded by the ZIP64 record and locator when anything overflows. */
function directoryEnd(end, forceZip64 = false) {
    const zip64 = forceZip64 ||
        end.entries >= U16_MAX ||
        end.directoryOffset >= U32_MAX ||
        end.directorySize >= U32_MAX;
    const parts = [];
    if (zip64) {
        const record = Buffer.alloc(ZIP64_EOCD_SIZE);
        record.writeUInt32LE(SIG_ZIP64_EOCD, 0);
        writeU64(record, ZIP64_EOCD_SIZE - 12, 4);
        record.writeUInt16LE(MADE_BY, 12);
        record.writeUInt16LE(45, 14);
        record.writeUInt32LE(0, 16);
        record.writeUInt32LE(0, 20);
        writeU64(record, end.entries, 24);
        writeU64(record, end.entries, 32);
        writeU64(record, end.directorySize, 40);
        writeU64(record, end.directoryOffset, 48);
        const locator = Buffer.alloc(ZIP64_LOCATOR_SIZE);
        locator.writeUInt32LE(SIG_ZIP64_LOCATOR, 0);
        locator.writeUInt32LE(0, 4);
        writeU64(locator, end.directoryOffset + end.directorySize, 8);
        locator.writeUInt32LE(1, 16);
        parts.push(record, locator);
    }
    const eocd = Buffer.alloc(EOCD_SIZE + end.comment.length);
    eocd.writeUInt32LE(SIG_EOCD, 0);
    eocd.writeUInt16LE(0, 4);
    eocd.writeUInt16LE(0, 6);
    eocd.writeUInt16LE(zip64 ? U16_MAX : end.entries, 8);
    eocd.writeUInt16LE(zip64 ? U16_MAX : end.entries, 10);
    eocd.writeUInt32LE(zip64 ? U32_MAX : end.directorySize, 12);
    eocd.writeUInt32LE(zip64 ? U32_MAX : end.directoryOffset, 16);
    eocd.writeUInt16LE(end.comment.length, 20);
    end.comment.copy(eocd, EOCD_SIZE);
    parts.push(eocd);
    return Buffer.concat(parts);
}


/***/ })

};
