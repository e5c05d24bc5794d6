export const id = 671;
export const ids = [671];
export const modules = {

/***/ 72619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mz: () => (/* binding */ MFA_OPTIONS),
  LF: () => (/* binding */ cliAccessPolicies)
});

// UNUSED EXPORTS: cliCodeOffers, cliTotpSecrets

// EXTERNAL MODULE: ./src/mfa/code-input.ts
var code_input = __webpack_require__(39048);
// EXTERNAL MODULE: ./src/mfa/secrets.ts
var secrets = __webpack_require__(29623);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/stage/local-protection-policy.ts

/**
 * Outside GitHub Actions nobody can prove a GitHub approval, so an environment that requires
 * reviewers is changed from its workflow job, never from a laptop.
 */
const reviewersOnlyOnGitHub = {
    name: 'required reviewers',
    check({ environment, operation }) {
        if (environment.protection.reviewers !== 'required')
            return Promise.resolve({});
        const where = operation === 'deploy' || operation === 'rollback'
            ? `deploy it with actions/stage in a job that has "environment: ${environment.name}"`
            : `mxdeploy cannot ${operation} it from the CLI; ${operation} it where it runs (Mendix Cloud: the Developer Portal)`;
        return Promise.reject(new errors/* ConfigurationError */.j1(`${environment.name} requires GitHub environment reviewers (protection.reviewers: required), which only a workflow job can prove: ${where}`));
    }
};

// EXTERNAL MODULE: ./src/stage/totp-policy.ts + 7 modules
var totp_policy = __webpack_require__(98981);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/access-options.ts





/** The second-factor flags of commands that change an environment (`stage`, `start`, `stop`, `restart`): spread into their options. */
const MFA_OPTIONS = {
    otp: {
        type: 'string',
        value: 'CODE',
        description: 'the 6-digit code of your authenticator app, for environments with mfa: totp'
    },
    user: {
        type: 'string',
        value: 'NAME',
        description: 'who deploys (the GitHub login the TOTP secret is stored under)'
    },
    'totp-secrets': {
        type: 'string',
        value: 'FILE',
        description: `YAML or JSON map of user to TOTP secret (default: the ${secrets/* SECRETS_VARIABLE */.Bx} variable)`
    }
};
/** The code offered with `--otp CODE --user NAME`, if any. */
function cliCodeOffers(context) {
    const code = (0,command/* stringValue */.r)(context, 'otp');
    return code === undefined ? [] : [(0,code_input/* offerFromOption */.eq)(code, (0,command/* stringValue */.r)(context, 'user'))];
}
/** The secrets document of `--totp-secrets FILE` or MXDEPLOY_TOTP_SECRETS. */
async function cliTotpSecrets(context) {
    return (0,secrets/* readTotpSecrets */.Pn)({ file: (0,command/* stringValue */.r)(context, 'totp-secrets'), env: context.io.env }, context.log);
}
/**
 * Access control outside GitHub Actions, the same for every command that changes an
 * environment: required reviewers can't be proven here, and the TOTP factor is the actor's.
 */
function cliAccessPolicies(context, actor, stateDir) {
    return [
        reviewersOnlyOnGitHub,
        (0,totp_policy/* totpPolicy */.y)({
            users: () => Promise.resolve([actor]),
            offers: cliCodeOffers(context),
            secrets: () => cliTotpSecrets(context),
            stateDir
        })
    ];
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

/***/ 63671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   stageCommand: () => (/* binding */ stageCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(83916);
/* harmony import */ var _repository_publish_package_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21726);
/* harmony import */ var _stage_stage_service_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19542);
/* harmony import */ var _trace_deployment_stories_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24850);
/* harmony import */ var _trace_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65021);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3567);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(96719);
/* harmony import */ var _access_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72619);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8394);









const stageCommand = {
    name: 'stage',
    summary: 'Deploy a published package to one environment after every check: promotion order, access control, constants preflight. Recorded in the activity log.',
    usage: 'stage --environment NAME [--package VERSION|latest] [--redeploy | --rollback] [--otp CODE --user NAME]',
    options: {
        ..._workspace_js__WEBPACK_IMPORTED_MODULE_5__/* .WORKSPACE_OPTIONS */ .n,
        ..._access_options_js__WEBPACK_IMPORTED_MODULE_4__/* .MFA_OPTIONS */ .Mz,
        environment: {
            type: 'string',
            short: 'e',
            value: 'NAME',
            description: 'environment to deploy to'
        },
        package: {
            type: 'string',
            short: 'p',
            value: 'VERSION',
            description: 'package version, or latest (default)'
        },
        redeploy: {
            type: 'boolean',
            description: 'switch again even when the environment already runs this package'
        },
        rollback: {
            type: 'boolean',
            description: "deploy the environment's previous successful package"
        }
    },
    async run(context) {
        const environment = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .stringValue */ .r)(context, 'environment');
        if (!environment)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1('give the environment: mxdeploy stage --environment NAME');
        const rollback = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .booleanValue */ .e)(context, 'rollback');
        if (rollback && (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .stringValue */ .r)(context, 'package')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1('--rollback deploys the previous package; do not give --package with it');
        }
        const workspace = await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_5__/* .openWorkspace */ .O)(context);
        const actor = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .stringValue */ .r)(context, 'user') ?? (0,_repository_publish_package_js__WEBPACK_IMPORTED_MODULE_0__/* .currentActor */ .H)(context.io.env);
        const { config } = workspace;
        const stories = new _trace_deployment_stories_js__WEBPACK_IMPORTED_MODULE_2__/* .StageStories */ ._({
            activity: workspace.activity,
            ...(await (0,_trace_context_js__WEBPACK_IMPORTED_MODULE_3__/* .cliTraceContext */ .z)(config.traceability, config.file, config.dir, context.io.env, context.log))
        });
        const result = await (0,_stage_stage_service_js__WEBPACK_IMPORTED_MODULE_1__/* .stagePackage */ .n)({
            config: workspace.config,
            environment,
            package: (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .stringValue */ .r)(context, 'package'),
            redeploy: (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .booleanValue */ .e)(context, 'redeploy'),
            rollback,
            repository: workspace.repository,
            activity: workspace.activity,
            actor,
            policies: (0,_access_options_js__WEBPACK_IMPORTED_MODULE_4__/* .cliAccessPolicies */ .LF)(context, actor, workspace.stateDir),
            runUrl: null,
            storiesFor: stories.storiesFor,
            stateDir: workspace.stateDir,
            env: context.io.env,
            log: context.log
        });
        const json = {
            environment: result.environment,
            operation: result.operation,
            changed: result.changed,
            package: result.package,
            url: result.url ?? null,
            record: result.record,
            warnings: result.warnings,
            changes: result.changes
        };
        const headline = result.changed
            ? `${result.environment} now runs ${result.package.app} ${result.package.version}`
            : `${result.environment} already runs ${result.package.app} ${result.package.version}; nothing changed`;
        return {
            json,
            text: `${headline}\n${(0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .keyValues */ .K7)([
                ['sha256', result.package.sha256],
                ['operation', result.operation],
                ['url', result.url ?? '(none)'],
                ['record', result.record?.id ?? '(none)']
            ])}`
        };
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


/***/ })

};
