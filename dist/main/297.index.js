export const id = 297;
export const ids = [297];
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

/***/ 85297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pipelineCommand: () => (/* binding */ pipelineCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/build/build-package.ts
var build_package = __webpack_require__(41177);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/repository/publish-package.ts
var publish_package = __webpack_require__(21726);
;// CONCATENATED MODULE: ./src/stage/environment-order.ts
/**
 * Environments in promotion order: each after the one its `after:` names, otherwise in the
 * order of the file. The configuration loader has already refused unknown names and cycles.
 */
function promotionSequence(environments) {
    const placed = new Set();
    const sequence = [];
    while (sequence.length < environments.length) {
        const next = environments.find((env) => !placed.has(env.name) && (!env.after || placed.has(env.after)));
        if (!next)
            break;
        placed.add(next.name);
        sequence.push(next);
    }
    return sequence;
}
/** Whether staging to the environment needs a person: approval or a second factor. */
function isProtected(environment) {
    return environment.protection.reviewers === 'required' || environment.protection.mfa === 'totp';
}

// EXTERNAL MODULE: ./src/stage/stage-service.ts + 4 modules
var stage_service = __webpack_require__(19542);
// EXTERNAL MODULE: ./src/trace/deployment-stories.ts
var deployment_stories = __webpack_require__(24850);
// EXTERNAL MODULE: ./src/cli/build-stories.ts
var build_stories = __webpack_require__(97698);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/trace-context.ts
var trace_context = __webpack_require__(65021);
// EXTERNAL MODULE: ./src/cli/format.ts
var format = __webpack_require__(96719);
// EXTERNAL MODULE: ./src/cli/workspace.ts + 1 modules
var workspace = __webpack_require__(8394);
;// CONCATENATED MODULE: ./src/cli/commands/pipeline.ts












const pipelineCommand = {
    name: 'pipeline',
    summary: 'The main job on the app of mxdeploy.yml: build the package once, publish it, and stage it through every environment in promotion order, stopping before a protected one.',
    usage: 'pipeline [--config mxdeploy.yml] [--build-number N]',
    options: {
        ...workspace/* WORKSPACE_OPTIONS */.n,
        'build-number': {
            type: 'string',
            value: 'N',
            description: 'build number (default: GITHUB_RUN_NUMBER, else 0)'
        }
    },
    async run(context) {
        const { config, stateDir, repository, activity } = await (0,workspace/* openWorkspace */.O)(context);
        const { build } = config;
        if (!build.version) {
            throw new errors/* ConfigurationError */.j1(`${config.file}: build.version is not set; add it, such as "build: { version: 1.0.0 }"`);
        }
        const cwd = (0,external_node_path_.join)(stateDir, 'build');
        // The manifest lists the stories since the previous package in the configured repository.
        const source = { deploymentDir: build.deploymentDir, project: build.project, app: config.app };
        const found = await (0,build_stories/* buildStories */.kV)(context, config, source, repository);
        const built = await (0,build_package/* buildPackage */.P)({
            deploymentDir: build.deploymentDir,
            project: build.project,
            version: build.version,
            buildNumber: (0,command/* stringValue */.r)(context, 'build-number'),
            out: build.output,
            app: config.app,
            ...(found ? { stories: found.stories } : {}),
            cwd,
            env: context.io.env,
            log: context.log
        });
        context.log.info(`built ${built.path} (${(0,format/* formatBytes */.z3)(built.size)}, ${built.entries} entries)`);
        const published = await (0,publish_package/* publishPackage */.e)(repository, built.path, {
            app: config.app,
            env: context.io.env,
            log: context.log
        });
        const sourceDir = (0,build_stories/* buildSourceDir */.TN)(context.io.cwd, source) ?? config.dir;
        const stories = new deployment_stories/* StageStories */._({
            activity,
            ...(await (0,trace_context/* cliTraceContext */.z)(config.traceability, config.file, sourceDir, context.io.env, context.log))
        });
        const stages = [];
        // What this run changed: once anything has, a later refusal is no longer "nothing changed".
        const done = published.created ? [`published ${built.version}`] : [];
        for (const environment of promotionSequence(config.environments)) {
            if (isProtected(environment)) {
                const next = environment.protection.reviewers === 'required'
                    ? `approve the ${environment.name} job of the workflow (GitHub environment reviewers)`
                    : `run mxdeploy stage --config ${config.file} --environment ${environment.name} --package ${built.version} --otp CODE --user NAME`;
                context.log.info(`stopping before ${environment.name}: it is protected; to deploy it, ${next}`);
                stages.push({
                    environment: environment.name,
                    status: 'stopped',
                    detail: `protected: ${next}`
                });
                break;
            }
            let result;
            try {
                result = await (0,stage_service/* stagePackage */.n)({
                    config,
                    environment: environment.name,
                    package: built.version,
                    repository,
                    activity,
                    actor: (0,publish_package/* currentActor */.H)(context.io.env),
                    runUrl: null,
                    storiesFor: stories.storiesFor,
                    stateDir,
                    env: context.io.env,
                    log: context.log
                });
            }
            catch (error) {
                throw stoppedAfterChanges(error, environment.name, done);
            }
            if (result.changed)
                done.push(`deployed to ${environment.name}`);
            stages.push({
                environment: environment.name,
                status: result.changed ? 'deployed' : 'unchanged',
                detail: `${result.package.version}${result.url ? ` at ${result.url}` : ''}`
            });
        }
        const json = {
            app: config.app,
            package: {
                ...published.record,
                path: built.path,
                entries: built.entries,
                created: published.created
            },
            runtimeVersion: built.metadata.runtimeVersion,
            stages
        };
        const text = [
            `pipeline for ${config.app}`,
            (0,format/* keyValues */.K7)([
                ['package', built.path],
                ['version', built.version],
                ['runtime', built.metadata.runtimeVersion],
                ['sha256', built.sha256],
                ['repository', `${repository.uri} (${published.created ? 'published' : 'already there'})`]
            ]),
            'stages:',
            ...stages.map((s) => `  ${s.environment.padEnd(12)} ${s.status.padEnd(9)} ${s.detail}`)
        ].join('\n');
        return { json, text };
    }
};
/**
 * A stage that failed after this run had already changed something: exit 1 with what was done,
 * never exit 2, whose promise is that nothing was changed.
 */
function stoppedAfterChanges(error, environment, done) {
    if (done.length === 0)
        return error;
    return new errors/* OperationError */.OK(`${(0,errors/* errorMessage */.gJ)(error)}\nthe pipeline stopped at ${environment}; before that it ${done.join(', ')}: fix the problem and run it again (it publishes nothing twice and skips what already runs)`, { cause: error });
}


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

/***/ 8394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ WORKSPACE_OPTIONS),
  O: () => (/* binding */ openWorkspace)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/activity/activity-log.ts
var activity_log = __webpack_require__(53995);
;// CONCATENATED MODULE: ./src/activity/jsonl-activity-log.ts




/**
 * The default activity log: one JSON line per finished operation in the state folder,
 * appended with O_APPEND (one write per record, so concurrent writers never interleave a line)
 * and fsynced.
 */
class JsonlActivityLog {
    path;
    constructor(path) {
        this.path = path;
    }
    begin(start) {
        return Promise.resolve({ start });
    }
    async finish(opened, outcome) {
        const record = (0,activity_log/* finishedRecord */.e)(opened, outcome);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(this.path), { recursive: true });
        const handle = await (0,promises_.open)(this.path, 'a', 0o644);
        try {
            await handle.write(`${JSON.stringify(record)}\n`);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        return record;
    }
    async list(query) {
        let text;
        try {
            text = await (0,promises_.readFile)(this.path, 'utf8');
        }
        catch (error) {
            if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
                return [];
            throw error;
        }
        const records = [];
        for (const line of text.split('\n')) {
            if (!line.trim())
                continue;
            let record;
            try {
                record = JSON.parse(line);
            }
            catch {
                continue; // a line cut short by a crash mid-write: skip it, keep the rest
            }
            if (query.app && record.app !== query.app)
                continue;
            if (query.environment && record.environment !== query.environment)
                continue;
            records.push(record);
        }
        records.reverse();
        records.sort((a, b) => b.time.localeCompare(a.time));
        return query.limit ? records.slice(0, query.limit) : records;
    }
}

// EXTERNAL MODULE: ./src/config/load.ts + 3 modules
var load = __webpack_require__(11852);
// EXTERNAL MODULE: ./src/repository/open-repository.ts + 2 modules
var open_repository = __webpack_require__(48961);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/workspace.ts





/** Flags every command that works on mxdeploy.yml takes. */
const WORKSPACE_OPTIONS = {
    config: {
        type: 'string',
        value: 'FILE',
        description: `configuration file (default: ./${load/* CONFIG_FILE */.g2})`
    },
    'state-dir': {
        type: 'string',
        value: 'DIR',
        description: 'where the activity log, locks and default environments live (default: .mxdeploy beside the configuration)'
    },
    repository: {
        type: 'string',
        value: 'URI',
        description: 'package repository, overriding mxdeploy.yml (file:DIR, github-release, oci://HOST/REPO, artifact[:NAME])'
    }
};
/** The configuration, state folder, repository and activity log a command works with. */
async function openWorkspace(context) {
    const cwd = context.io.cwd;
    const configPath = (0,external_node_path_.resolve)(cwd, (0,command/* stringValue */.r)(context, 'config') ?? load/* CONFIG_FILE */.g2);
    const stateOption = (0,command/* stringValue */.r)(context, 'state-dir');
    const config = await (0,load/* loadConfig */.Z9)(configPath, stateOption ? { stateDir: (0,external_node_path_.resolve)(cwd, stateOption) } : {});
    const stateDir = stateOption ? (0,external_node_path_.resolve)(cwd, stateOption) : (0,external_node_path_.join)(config.dir, '.mxdeploy');
    const uri = (0,command/* stringValue */.r)(context, 'repository') ?? config.repository;
    const repository = await (0,open_repository/* openRepository */.h)(uri, {
        cwd,
        env: context.io.env,
        storyPatterns: config.traceability.patterns,
        log: context.log
    });
    return {
        config,
        stateDir,
        repository,
        activity: new JsonlActivityLog((0,external_node_path_.join)(stateDir, 'activity.jsonl'))
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

/***/ 36675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ verifyPackage)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/zip/safety.ts
var safety = __webpack_require__(93513);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/async-pool.ts
var async_pool = __webpack_require__(43998);
// EXTERNAL MODULE: ./src/fs/open-input.ts
var open_input = __webpack_require__(56318);
// EXTERNAL MODULE: ./src/zip/central-directory.ts
var central_directory = __webpack_require__(81752);
// EXTERNAL MODULE: ./src/zip/entry-data.ts + 1 modules
var entry_data = __webpack_require__(73452);
;// CONCATENATED MODULE: ./src/zip/verify.ts







const IN_MEMORY_LIMIT = 8 << 20;
const MAX_REPORTED = 50;
/**
 * Checks an archive completely: the central directory's safety rules, then every entry's data
 * decompressed and compared with its size and CRC-32. Reads run in parallel, in offset order;
 * large entries stream, so memory stays bounded.
 */
async function verifyZip(path, label = path, limits = safety/* DEFAULT_LIMITS */.dR) {
    const handle = await (0,open_input/* openInputFile */.H)(path, 'archive');
    try {
        const { size } = await handle.stat();
        const directory = await (0,central_directory/* readCentralDirectory */.H)(handle, size, label);
        const problems = (0,safety/* directoryProblems */.YF)(directory, limits);
        if (problems.length > 0)
            return { directory, problems };
        const entries = [...directory.entries].sort((a, b) => a.localOffset - b.localOffset);
        await (0,async_pool/* mapPool */.P)(entries, 8, async (entry) => {
            if (problems.length >= MAX_REPORTED || (0,safety/* isDirectory */.wd)(entry))
                return;
            try {
                if (entry.compressedSize <= IN_MEMORY_LIMIT && entry.size <= IN_MEMORY_LIMIT) {
                    await (0,entry_data/* readEntry */.h)(handle, entry, label);
                }
                else {
                    const stream = await (0,entry_data/* entryStream */.v)(handle, entry, label);
                    stream.resume();
                    await (0,promises_.finished)(stream);
                }
            }
            catch (error) {
                if (!(error instanceof errors/* ConfigurationError */.j1))
                    throw error;
                problems.push((0,errors/* errorMessage */.gJ)(error).replace(`${label}: `, ''));
            }
        });
        return { directory, problems };
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./src/mda/inspect.ts
var inspect = __webpack_require__(77700);
// EXTERNAL MODULE: ./src/mda/sha256-file.ts
var sha256_file = __webpack_require__(89180);
;// CONCATENATED MODULE: ./src/mda/verify.ts





/**
 * Checks a package end to end: every entry's CRC-32, the safety rules (paths, links, duplicates,
 * encryption, bombs), an MDA's metadata.json, and the `.sha256` beside it when there is one.
 * Throws a ConfigurationError that lists every problem.
 */
async function verifyPackage(path, limits = safety/* DEFAULT_LIMITS */.dR) {
    // Hash while the entries are checked, but report what verifyZip finds first: a missing or
    // broken file gets its precise message rather than whichever read failed first.
    const hashing = (0,sha256_file/* sha256File */.Q3)(path);
    hashing.catch(() => undefined);
    const { directory, problems } = await verifyZip(path, path, limits);
    const [sha256, recorded] = await Promise.all([hashing, (0,sha256_file/* readSidecar */.YD)(path)]);
    if (recorded !== undefined && recorded !== sha256) {
        problems.push(`its SHA-256 is ${sha256}, but ${path}.sha256 records ${recorded}: the file changed after it was built`);
    }
    if (problems.length > 0) {
        const list = problems.map((p) => `  - ${p}`).join('\n');
        throw new errors/* ConfigurationError */.j1(`${path} failed verification (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${list}`);
    }
    const { metadata, manifest } = await (0,inspect/* readPackageFacts */.w)(path);
    return {
        path,
        entries: directory.entries.length,
        sha256,
        size: directory.fileSize,
        metadata,
        manifest
    };
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

/***/ 21726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ currentActor),
/* harmony export */   e: () => (/* binding */ publishPackage)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _mda_package_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3767);
/* harmony import */ var _mda_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52084);
/* harmony import */ var _mda_verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36675);





/** Who is publishing: the workflow's actor, else the local user. */
function currentActor(env) {
    if (env['GITHUB_ACTOR'])
        return env['GITHUB_ACTOR'];
    try {
        return (0,node_os__WEBPACK_IMPORTED_MODULE_0__.userInfo)().username;
    }
    catch {
        return 'unknown';
    }
}
/**
 * Verifies a package completely (CRC, safety, `.sha256`), reads its manifest and metadata into a
 * record, and publishes it. Nothing reaches the repository unless all of that passes.
 */
async function publishPackage(repository, file, options) {
    const verified = await (0,_mda_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyPackage */ .s)(file);
    const { manifest, metadata } = verified;
    const app = (0,_mda_package_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .checkAppName */ .XF)(packageApp(file, manifest?.app, options.app), 'app');
    const version = (0,_mda_package_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .checkPackageVersion */ .d$)(packageVersion(file, manifest?.version, metadata.modelVersion, options.version), 'package version');
    const record = {
        app,
        version,
        sha256: verified.sha256,
        size: verified.size,
        runtimeVersion: metadata.runtimeVersion,
        modelVersion: metadata.modelVersion ?? version,
        commit: manifest?.commit ?? null,
        branch: manifest?.branch ?? null,
        createdAt: (options.now ?? new Date()).toISOString(),
        createdBy: currentActor(options.env),
        stories: manifest?.stories ?? []
    };
    options.log.info(`publishing ${app} ${version} (sha256 ${verified.sha256}) to ${repository.uri}`);
    const result = await repository.publish({ file, record });
    options.log.info(result.created
        ? `published ${result.record.url}`
        : `${app} ${version} was already published with the same content; nothing changed`);
    return result;
}
/** The app a package is filed under: the one asked for, which a manifest must agree with. */
function packageApp(file, inManifest, asked) {
    if (asked)
        (0,_mda_package_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .checkAppName */ .XF)(asked, 'app');
    if (asked && inManifest && asked !== inManifest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${file} was built for app ${JSON.stringify(inManifest)}, but this publish is for app ${JSON.stringify(asked)} (--app or mxdeploy.yml's app): build it with this app's configuration, or publish it with --app ${inManifest}`);
    }
    const app = asked ?? inManifest;
    if (!app) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${file} has no mxdeploy build manifest naming its app: pass --app NAME (or set app: in mxdeploy.yml)`);
    }
    return app;
}
/**
 * The version a package is filed under: its manifest's, else its ModelVersion, else the one
 * asked for. Every version the package states must agree, or a deploy would report one version
 * while running another.
 */
function packageVersion(file, inManifest, modelVersion, asked) {
    const stated = modelVersion && (0,_mda_version_js__WEBPACK_IMPORTED_MODULE_2__/* .isModelVersion */ .y3)(modelVersion) ? modelVersion : undefined;
    if (inManifest && stated && inManifest !== stated) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${file} is damaged or was edited: its manifest says version ${inManifest}, its model/metadata.json says ModelVersion ${stated}; build it again`);
    }
    const own = inManifest ?? stated;
    if (asked && own && asked !== own) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${file} is version ${own}, not ${asked}: drop --version, or build the package with --version ${asked}`);
    }
    const version = own ?? asked;
    if (!version) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${file} carries no version (ModelVersion ${JSON.stringify(modelVersion ?? null)}, as Studio Pro writes when none is set): give the version to file it under with --version 1.2.0.15 (input version), or build it with mxdeploy build --version`);
    }
    return version;
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


/***/ })

};
