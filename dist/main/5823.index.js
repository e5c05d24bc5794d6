export const id = 5823;
export const ids = [5823,2822];
export const modules = {

/***/ 53995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ finishedRecord)
/* harmony export */ });
/** The full record of a finished operation: its start, outcome and merged details. */
function finishedRecord(open, outcome, extraDetails) {
    const details = { ...open.start.details, ...outcome.details, ...extraDetails };
    return {
        ...open.start,
        result: outcome.result,
        error: outcome.error,
        durationMs: outcome.durationMs,
        ...(Object.keys(details).length > 0 ? { details } : {})
    };
}


/***/ }),

/***/ 30764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JsonlActivityLog: () => (/* binding */ JsonlActivityLog)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/fs/append-line.ts


const nodeAppendFiles = { open: (path, flags, mode) => (0,promises_.open)(path, flags, mode) };
async function endsWithNewline(handle) {
    const { size } = await handle.stat();
    if (size === 0)
        return true;
    const last = Buffer.alloc(1);
    const { bytesRead } = await handle.read(last, 0, 1, size - 1);
    return bytesRead === 1 && last[0] === 0x0a;
}
/**
 * Appends `line` and a newline to a file (O_APPEND) and fsyncs it. A file that does not end in a
 * newline (a writer killed mid-line) gets one first, in the same write, so the new line never
 * glues onto the torn one. The whole line is written or the call fails: write(2) may write part
 * of it when the disk fills, and the rest then fails with ENOSPC.
 */
async function appendLine(path, line, files = nodeAppendFiles) {
    const handle = await files.open(path, 'a+', 0o644);
    try {
        const prefix = (await endsWithNewline(handle)) ? '' : '\n';
        const bytes = Buffer.from(`${prefix}${line}\n`, 'utf8');
        let written = 0;
        while (written < bytes.length) {
            const { bytesWritten } = await handle.write(bytes, written, bytes.length - written);
            if (bytesWritten <= 0) {
                throw new errors/* OperationError */.OK(`the write stopped after ${written} of ${bytes.length} bytes without an error`);
            }
            written += bytesWritten;
        }
        await handle.sync();
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./src/fs/fs-error.ts
var fs_error = __webpack_require__(37523);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/activity/activity-log.ts
var activity_log = __webpack_require__(53995);
;// CONCATENATED MODULE: ./src/activity/record-check.ts
function isText(value) {
    return typeof value === 'string';
}
function isTextOrNull(value) {
    return value === null || isText(value);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const CHECKS = [
    ['time', isText],
    ['app', isText],
    ['environment', isText],
    ['operation', isText],
    ['actor', isText],
    ['result', (v) => v === 'success' || v === 'failure'],
    ['package', (v) => v === null || (isObject(v) && isText(v['version']) && isText(v['sha256']))],
    ['approvers', (v) => Array.isArray(v) && v.every(isText)],
    ['mfa', (v) => v === null || (isObject(v) && Array.isArray(v['users']))],
    ['error', isTextOrNull],
    ['durationMs', (v) => typeof v === 'number'],
    ['stories', (v) => v === undefined || (Array.isArray(v) && v.every(isText))],
    ['details', (v) => v === undefined || isObject(v)]
];
/**
 * Why a parsed line of the activity log is not a record the readers can use, or undefined when
 * it is one: the fields every reader touches are there with their types.
 */
function recordProblem(value) {
    if (!isObject(value)) {
        const what = Array.isArray(value) ? 'an array' : JSON.stringify(value);
        return `skipped a line that is not an activity record (${what})`;
    }
    for (const [field, ok] of CHECKS) {
        if (!ok(value[field]))
            return `skipped an activity record without a valid "${field}"`;
    }
    return undefined;
}
/** A checked record, with the fields old records may lack filled in. */
function asRecord(value) {
    return { ...value, stories: value['stories'] ?? [] };
}

// EXTERNAL MODULE: ./src/fs/make-directory.ts
var make_directory = __webpack_require__(891);
;// CONCATENATED MODULE: ./src/activity/jsonl-activity-log.ts









/**
 * The default activity log: one JSON line per finished operation in the state folder. Each
 * record is appended whole with O_APPEND (one write, so concurrent writers never interleave a
 * line) on a line of its own, and fsynced; a record that cannot be written whole fails.
 */
class JsonlActivityLog {
    path;
    log;
    files;
    /** Lines already reported as skipped: the log is read several times per command. */
    reported = new Set();
    constructor(path, options = {}) {
        this.path = path;
        this.log = options.log ?? log/* silentLogger */.q;
        this.files = options.files ?? nodeAppendFiles;
    }
    begin(start) {
        return Promise.resolve({ start });
    }
    async finish(opened, outcome) {
        const record = (0,activity_log/* finishedRecord */.e)(opened, outcome);
        try {
            await (0,make_directory/* makeDirectory */.O)((0,external_node_path_.dirname)(this.path));
            await appendLine(this.path, JSON.stringify(record), this.files);
        }
        catch (error) {
            throw new errors/* OperationError */.OK(`could not write the record to the activity log ${this.path}: ${(0,fs_error/* fsReason */.E)(error)}`);
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
            throw new errors/* OperationError */.OK(`could not read the activity log ${this.path}: ${(0,fs_error/* fsReason */.E)(error)}`);
        }
        const records = [];
        text.split('\n').forEach((line, index) => {
            if (!line.trim())
                return;
            const record = this.parse(line, index + 1);
            if (!record)
                return;
            if (query.app && record.app !== query.app)
                return;
            if (query.environment && record.environment !== query.environment)
                return;
            records.push(record);
        });
        records.reverse();
        records.sort((a, b) => b.time.localeCompare(a.time));
        return query.limit ? records.slice(0, query.limit) : records;
    }
    /** The record on a line, or undefined (reported once) for a line that is not one. */
    parse(line, number) {
        let value;
        let problem;
        try {
            value = JSON.parse(line);
            problem = recordProblem(value);
        }
        catch {
            // A writer killed mid-line, or something else wrote here.
            problem = 'skipped a line that is not a complete activity record (cut short or not JSON)';
        }
        if (problem === undefined)
            return asRecord(value);
        if (!this.reported.has(number)) {
            this.reported.add(number);
            this.log.warning(problem, { file: this.path, line: number });
        }
        return undefined;
    }
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

/***/ 9898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  imageCommand: () => (/* binding */ imageCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/targets/image/app-image.ts + 5 modules
var app_image = __webpack_require__(56612);
// EXTERNAL MODULE: ./src/targets/image/image-inputs.ts
var image_inputs = __webpack_require__(54927);
// EXTERNAL MODULE: ./src/mda/version.ts
var mda_version = __webpack_require__(52084);
// EXTERNAL MODULE: ./src/mda/verify.ts + 3 modules
var verify = __webpack_require__(82485);
// EXTERNAL MODULE: ./src/source-date.ts
var source_date = __webpack_require__(9515);
;// CONCATENATED MODULE: ./src/targets/image/local-package.ts





/**
 * The facts an image needs of an MDA on disk, verified first (CRC, safety, `.sha256`): its app
 * and version from its build manifest or metadata.json, and, for a package mxdeploy did not
 * build, SOURCE_DATE_EPOCH (else 1980-01-01, as mxdeploy build uses) as its build time.
 */
async function localPackage(file, app, env) {
    const verified = await (0,verify.verifyPackage)(file);
    const { manifest, metadata } = verified;
    const version = manifest?.version ??
        (metadata.modelVersion && (0,mda_version/* isModelVersion */.y3)(metadata.modelVersion)
            ? metadata.modelVersion
            : undefined);
    if (!version) {
        throw new errors/* ConfigurationError */.j1(`${file} carries no version (ModelVersion ${JSON.stringify(metadata.modelVersion ?? null)}): the image's tag is the package version; build it with mxdeploy build --version, or publish it and use --package`);
    }
    return {
        package: {
            app: manifest?.app ?? app ?? (0,external_node_path_.basename)(file).replace(/(_[0-9.]+)?\.mda$/i, ''),
            version,
            sha256: verified.sha256,
            runtimeVersion: metadata.runtimeVersion,
            commit: manifest?.commit ?? null
        },
        createdAt: ((0,source_date/* sourceDateEpoch */.p)(env) ?? source_date/* ZIP_EPOCH */.q).toISOString()
    };
}

// EXTERNAL MODULE: ./src/targets/image/platform.ts
var platform = __webpack_require__(67273);
// EXTERNAL MODULE: ./src/targets/image/progress.ts
var progress = __webpack_require__(16809);
// EXTERNAL MODULE: ./src/targets/image/registries.ts
var image_registries = __webpack_require__(74005);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/format.ts
var format = __webpack_require__(96719);
// EXTERNAL MODULE: ./src/cli/workspace.ts
var cli_workspace = __webpack_require__(15107);
;// CONCATENATED MODULE: ./src/cli/commands/image.ts













function listValue(context, name) {
    const value = context.values[name];
    return (Array.isArray(value) ? value : []).filter((v) => typeof v === 'string');
}
/** The image settings: --environment's image target (or the only one), with flags over them. */
function imageSettings(context, config) {
    const named = (0,command/* stringValue */.r)(context, 'environment');
    const base = (0,command/* stringValue */.r)(context, 'base');
    const image = (0,command/* stringValue */.r)(context, 'image');
    let target;
    if (config && (named || !base || !image)) {
        const candidates = config.environments.filter((e) => e.target.type === 'image');
        const environment = named
            ? config.environments.find((e) => e.name === named)
            : candidates.length === 1
                ? candidates[0]
                : undefined;
        if (named && !environment) {
            throw new errors/* ConfigurationError */.j1(`environment "${named}" is not in ${config.file ?? 'mxdeploy.yml'}`);
        }
        if (environment && environment.target.type !== 'image') {
            throw new errors/* ConfigurationError */.j1(`environment ${environment.name} has a ${environment.target.type} target, not an image one: give --base and --image, or an environment with type: image`);
        }
        if (!environment && (!base || !image)) {
            throw new errors/* ConfigurationError */.j1(`say which image to build: --environment NAME (${candidates.map((e) => e.name).join(', ') || 'no environment has an image target'}), or --base REF --image REPO`);
        }
        target = environment?.target;
    }
    const platforms = listValue(context, 'platform');
    const compression = (0,command/* stringValue */.r)(context, 'compression');
    if (compression && compression !== 'gzip' && compression !== 'none') {
        throw new errors/* ConfigurationError */.j1(`--compression ${compression}: give gzip or none`);
    }
    return {
        base: base ?? target.base,
        image: image ?? target.image,
        platforms: platforms.includes('all') ? 'all' : platforms.length ? platforms : target?.platforms,
        compression: compression ?? target?.compression ?? 'gzip'
    };
}
const imageCommand = {
    name: 'image',
    summary: "Build the app image of a package and push it, without deploying: the base image's layers, one layer with the MDA at /opt/mendix/build, the package's labels. Tagged with the package version; the same package and base give the same digest, and a tag is never moved.",
    usage: 'image [FILE | --package VERSION|latest] [--environment NAME | --base REF --image REPO] [--platform OS/ARCH|all ...] [--compression gzip|none] [--json]',
    positionals: ['FILE'],
    options: {
        ...cli_workspace/* WORKSPACE_OPTIONS */.n,
        package: {
            type: 'string',
            short: 'p',
            value: 'VERSION',
            description: 'published package to build, or latest (default, when no FILE is given)'
        },
        environment: {
            type: 'string',
            short: 'e',
            value: 'NAME',
            description: "take base, image, platforms and compression from this environment's image target"
        },
        base: { type: 'string', value: 'REF', description: 'runtime image to build on' },
        image: { type: 'string', value: 'REPO', description: 'repository to push to (no tag)' },
        platform: {
            type: 'string',
            multiple: true,
            value: 'OS/ARCH',
            description: 'platform to build (repeat for several), or all of the base'
        },
        compression: { type: 'string', value: 'gzip|none', description: 'how the app layer is stored' }
    },
    async run(context) {
        const [file] = context.positionals;
        const version = (0,command/* stringValue */.r)(context, 'package');
        if (file && version) {
            throw new errors/* ConfigurationError */.j1('give a FILE or --package, not both');
        }
        const needsConfig = !file ||
            Boolean((0,command/* stringValue */.r)(context, 'environment')) ||
            !(0,command/* stringValue */.r)(context, 'base') ||
            !(0,command/* stringValue */.r)(context, 'image');
        const workspace = needsConfig ? await (0,cli_workspace/* openWorkspace */.O)(context) : undefined;
        const settings = imageSettings(context, workspace?.config);
        const registries = (0,image_registries/* openRegistries */.cs)(settings, {
            env: context.io.env,
            log: context.log,
            what: 'mxdeploy image',
            ...(workspace ? { packageRepository: workspace.repository.uri } : {})
        });
        const platforms = (0,image_inputs/* platformChoice */.$L)(settings.platforms, 'mxdeploy image');
        const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mxdeploy-image-'));
        try {
            let mdaPath;
            let pkg;
            let createdAt;
            if (file) {
                mdaPath = (0,external_node_path_.resolve)(context.io.cwd, file);
                ({ package: pkg, createdAt } = await localPackage(mdaPath, workspace?.config.app, context.io.env));
            }
            else {
                const { config, repository } = workspace;
                const record = await repository.get(config.app, version ?? 'latest');
                if (!record) {
                    throw new errors/* ConfigurationError */.j1(`${config.app} ${version ?? 'latest'} is not in the package repository ${repository.uri}`);
                }
                mdaPath = (0,external_node_path_.join)(work, `${record.app}_${record.version}.mda`);
                await repository.download(record.app, record.version, mdaPath);
                pkg = record;
                createdAt = record.createdAt;
            }
            const built = await (0,app_image/* buildAppImage */.N)({
                registries,
                package: pkg,
                mdaPath,
                created: await (0,image_inputs/* packageCreated */.Tp)(mdaPath, { createdAt }),
                platforms,
                compression: settings.compression,
                source: (0,image_inputs/* imageSource */.ZZ)(context.io.env),
                progress: new progress/* ImageProgress */.J(context.log)
            });
            const json = {
                image: built.reference,
                repository: `${registries.imageRef.host}/${registries.imageRef.repository}`,
                tag: built.tag,
                digest: built.digest,
                pushed: built.pushed,
                platforms: built.images.map((i) => (0,platform/* platformText */.VQ)(i.platform)),
                package: { app: pkg.app, version: pkg.version, sha256: pkg.sha256 }
            };
            return {
                json,
                text: `${built.pushed ? 'pushed' : 'already pushed'} ${built.reference}\n${(0,format/* keyValues */.K7)([
                    ['package', `${pkg.app} ${pkg.version} (sha256 ${pkg.sha256})`],
                    ['platforms', json.platforms.join(', ')],
                    ['base', settings.base]
                ])}`
            };
        }
        finally {
            await (0,promises_.rm)(work, { recursive: true, force: true });
        }
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

/***/ 72444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ WORKSPACE_OPTIONS)
/* harmony export */ });
/* harmony import */ var _config_config_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63797);

/** Flags every command that works on mxdeploy.yml takes. */
const WORKSPACE_OPTIONS = {
    config: {
        type: 'string',
        value: 'FILE',
        description: `configuration file (default: ./${_config_config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_FILE */ .g})`
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


/***/ }),

/***/ 15107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ openWorkspace),
/* harmony export */   n: () => (/* reexport safe */ _workspace_options_js__WEBPACK_IMPORTED_MODULE_4__.n)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _activity_jsonl_activity_log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30764);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33198);
/* harmony import */ var _app_repository_choice_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(67311);
/* harmony import */ var _github_access_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(38261);
/* harmony import */ var _repository_open_repository_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1673);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3567);
/* harmony import */ var _workspace_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72444);







// Its own module, so that commands that only take these options do not load the workspace.

/** The configuration, state folder, repository and activity log a command works with. */
async function openWorkspace(context) {
    const cwd = context.io.cwd;
    const configPath = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .stringValue */ .r)(context, 'config') ?? _config_load_js__WEBPACK_IMPORTED_MODULE_2__.CONFIG_FILE);
    const stateOption = (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .stringValue */ .r)(context, 'state-dir');
    const config = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__.loadConfig)(configPath, stateOption ? { stateDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, stateOption) } : {});
    const stateDir = stateOption ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, stateOption) : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(config.dir, '.mxdeploy');
    const github = (0,_github_access_js__WEBPACK_IMPORTED_MODULE_6__.githubAccess)(context.io.env);
    const uri = (0,_app_repository_choice_js__WEBPACK_IMPORTED_MODULE_7__/* .chooseRepository */ .Q)({ given: (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .stringValue */ .r)(context, 'repository'), config, face: 'cli' });
    const repository = await (0,_repository_open_repository_js__WEBPACK_IMPORTED_MODULE_3__.openRepository)(uri, {
        cwd,
        env: context.io.env,
        github,
        storyPatterns: config.traceability.patterns,
        log: context.log
    });
    return {
        config,
        stateDir,
        repository,
        activity: new _activity_jsonl_activity_log_js__WEBPACK_IMPORTED_MODULE_1__.JsonlActivityLog((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(stateDir, 'activity.jsonl'), { log: context.log }),
        github
    };
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

/***/ 82485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyPackage: () => (/* binding */ verifyPackage)
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
// EXTERNAL MODULE: ./src/mda/package-identity.ts
var package_identity = __webpack_require__(3767);
// EXTERNAL MODULE: ./src/mda/sha256-file.ts
var sha256_file = __webpack_require__(89180);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/hash/background-sha256.ts


// The worker's code is a string run with `eval`: a file of its own would have to be shipped next
// to the ncc bundle and found from both the sources (tests) and dist/, and it needs nothing but
// node:crypto. It hashes the slots it is told about, in the order it is told, and acknowledges each.
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const slots = workerData.map((shared) => new Uint8Array(shared))
let hash = createHash('sha256')
parentPort.on('message', (m) => {
  if (m.kind === 'update') {
    hash.update(slots[m.slot].subarray(0, m.length))
    parentPort.postMessage({ kind: 'hashed', slot: m.slot })
  } else if (m.kind === 'digest') {
    parentPort.postMessage({ kind: 'digest', hex: hash.digest('hex') })
    hash = createHash('sha256')
  } else if (m.kind === 'reset') {
    hash = createHash('sha256')
  }
})
`;
/**
 * SHA-256 computed on a worker thread, for a caller with other work for this thread meanwhile
 * (verifyPackage checks CRCs while the package is hashed). Bytes go through a few shared buffers
 * ("slots"): fill one, `update` it, and reuse it only after that update settled. Updates are
 * hashed in the order they are made. Registry downloads use HashingFileWriter instead: copying
 * into slots and writing from this thread measured slower there than hashing inline.
 */
class BackgroundSha256 {
    /** The slots, shared with the worker: whoever holds a slot index may fill its buffer. */
    slots;
    worker;
    hashed = new Map();
    digests = [];
    failure;
    constructor(slotCount, slotSize) {
        const shared = Array.from({ length: slotCount }, () => new SharedArrayBuffer(slotSize));
        this.slots = shared.map((memory) => Buffer.from(memory));
        this.worker = new external_node_worker_threads_.Worker(SOURCE, { eval: true, workerData: shared });
        this.worker.on('message', (reply) => this.answer(reply));
        this.worker.on('error', (error) => this.fail(error));
        this.worker.on('exit', (code) => this.fail(new Error(`it exited with code ${code}`)));
    }
    answer(reply) {
        if (reply.kind === 'hashed') {
            this.hashed.get(reply.slot)?.resolve();
            this.hashed.delete(reply.slot);
        }
        else {
            this.digests.shift()?.resolve(reply.hex);
        }
    }
    fail(cause) {
        this.failure ??= new errors/* OperationError */.OK(`the SHA-256 worker thread failed: ${cause.message}`, {
            cause
        });
        for (const waiter of [...this.hashed.values(), ...this.digests])
            waiter.reject(this.failure);
        this.hashed.clear();
        this.digests.length = 0;
    }
    /** Hashes the first `length` bytes of a slot next; settles when the slot may be filled again. */
    update(slot, length) {
        if (this.failure)
            return Promise.reject(this.failure);
        if (this.hashed.has(slot))
            throw new Error(`slot ${slot} is still being hashed`);
        return new Promise((resolve, reject) => {
            this.hashed.set(slot, { resolve, reject });
            this.worker.postMessage({ kind: 'update', slot, length });
        });
    }
    /** Hex SHA-256 of everything updated so far, after which the hash starts again from nothing. */
    digest() {
        if (this.failure)
            return Promise.reject(this.failure);
        return new Promise((resolve, reject) => {
            this.digests.push({ resolve, reject });
            this.worker.postMessage({ kind: 'digest' });
        });
    }
    /** Starts the hash again from nothing (updates made before still count toward the old one). */
    reset() {
        this.worker.postMessage({ kind: 'reset' });
    }
    /** Stops the worker; pending updates and digests fail. */
    async close() {
        this.worker.removeAllListeners('exit');
        this.fail(new Error('it was closed'));
        await this.worker.terminate();
    }
}

;// CONCATENATED MODULE: ./src/mda/sha256-off-thread.ts


const SLOT_SIZE = 1 << 20;
const SLOT_COUNT = 4;
/**
 * SHA-256 (hex) of a package file, hashed on a worker thread: for a caller with other work for
 * this thread meanwhile (verifyPackage checks every entry's CRC-32 while the file is hashed; on one
 * thread the two took 1.4 s + 0.6 s per GiB in series). The file is read straight into the
 * worker's shared slots, so no byte is copied twice. Anything but a regular file is refused unread.
 */
async function sha256FileOffThread(file) {
    const handle = await (0,open_input/* openInputFile */.H)(file, 'archive');
    const hash = new BackgroundSha256(SLOT_COUNT, SLOT_SIZE);
    try {
        const hashing = [];
        for (let slot = 0, position = 0;; slot = (slot + 1) % SLOT_COUNT) {
            // A slot is filled again only once the worker has hashed what it held.
            await hashing[slot];
            const { bytesRead } = await handle.read(hash.slots[slot], 0, SLOT_SIZE, position);
            if (bytesRead === 0)
                break;
            position += bytesRead;
            const update = hash.update(slot, bytesRead);
            // Awaited when the slot comes round again, or failed through digest() below.
            update.catch(() => undefined);
            hashing[slot] = update;
        }
        return await hash.digest();
    }
    finally {
        await hash.close();
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/mda/verify.ts







/**
 * Checks a package end to end: every entry's CRC-32, the safety rules (paths, links, duplicates,
 * encryption, bombs), an MDA's metadata.json, and the `.sha256` beside it when there is one.
 * Throws a ConfigurationError that lists every problem.
 */
async function verifyPackage(path, limits = safety/* DEFAULT_LIMITS */.dR) {
    // Hash while the entries are checked, but report what verifyZip finds first: a missing or
    // broken file gets its precise message rather than whichever read failed first.
    const hashing = sha256FileOffThread(path);
    hashing.catch(() => undefined);
    const { directory, problems } = await verifyZip(path, path, limits);
    const [sha256, recorded] = await Promise.all([hashing, (0,sha256_file.readSidecar)(path)]);
    if (recorded !== undefined && recorded !== sha256) {
        problems.push(`its SHA-256 is ${sha256}, but ${path}.sha256 records ${recorded}: the file changed after it was built`);
    }
    if (problems.length > 0) {
        const list = problems.map((p) => `  - ${p}`).join('\n');
        throw new errors/* ConfigurationError */.j1(`${path} failed verification (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${list}`);
    }
    const { metadata, manifest } = await (0,inspect.readPackageFacts)(path);
    (0,package_identity/* checkManifestIdentity */.a0)(path, manifest, metadata.modelVersion);
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

/***/ 10970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tg: () => (/* binding */ storyUrl),
/* harmony export */   Y9: () => (/* binding */ compileStoryPatterns),
/* harmony export */   ye: () => (/* binding */ NOT_JIRA_KEYS)
/* harmony export */ });
/* unused harmony export DEFAULT_STORY_PATTERNS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/**
 * Prefixes of well-known standards and encodings that look like Jira keys but are not stories:
 * UTF-8, SHA-256, CRC-32, ISO-8601, RFC-7231, CVE-2024-1234, UTC-5, COVID-19...
 */
const NOT_JIRA_KEYS = [
    'AES',
    'CP',
    'CRC',
    'CVE',
    'CWE',
    'COVID',
    'ECMA',
    'GMT',
    'HTTP',
    'IEC',
    'ISO',
    'JSR',
    'MD',
    'PEP',
    'RFC',
    'RSA',
    'SHA',
    'SSL',
    'TLS',
    'UCS',
    'UTC',
    'UTF',
    'WIN'
];
/** The patterns used when mxdeploy.yml lists none, in the order their IDs are reported. */
const DEFAULT_STORY_PATTERNS = [
    {
        // PROJ-123: a letter, then letters, digits or "_" (2+ in all), a dash and a number that does
        // not start with 0. Not inside a word or a longer dashed token (CVE-2024-1234), not a version.
        name: 'jira',
        requires: '-',
        regex: `(?<![\\w-])(?!(?:${NOT_JIRA_KEYS.join('|')})-)[A-Z][A-Z0-9_]+-[1-9][0-9]*(?![\\w]|-[0-9]|\\.[0-9])`
    },
    {
        name: 'azure-boards',
        requires: 'AB#',
        regex: '(?<![\\w-])(?<id>AB#(?<number>[1-9][0-9]*))(?!\\w)'
    },
    {
        // #123 and owner/repo#123, as GitHub links them; not foo#123 or &#123;.
        name: 'github',
        requires: '#',
        regex: '(?<![\\w.\\-/#&])(?<id>(?<repository>[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+)?#(?<number>[1-9][0-9]*))(?!\\w)',
        url: '{server}/{repository}/issues/{number}'
    },
    {
        // Trailer lines: "Story: 123", "Stories: 12, 34", "Related stories: ABC-1 ABC-2".
        name: 'trailer',
        requires: 'tor',
        regex: '^[ \\t]*(?:[Ss]tor(?:y|ies)|[Rr]elated[ -][Ss]tor(?:y|ies))[ \\t]*:[ \\t]*(?<ids>.*)$'
    }
];
const CONTEXT_KEYS = new Set(['server', 'repository']);
function describe(index, name) {
    return `traceability.patterns[${index}]${name ? ` ("${name}")` : ''}`;
}
function checkUrl(template, regex, where) {
    if (!/^(https?:\/\/|\{server\})/.test(template)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: url "${template}" must start with http:// or https:// (or {server}), such as https://jira.example.com/browse/{id}`);
    }
    const groups = new Set([...regex.source.matchAll(/\(\?<([A-Za-z_$][\w$]*)>/g)].map((match) => match[1]));
    for (const [, name] of template.matchAll(/\{([^}]*)\}/g)) {
        if (name === 'id' || CONTEXT_KEYS.has(name) || groups.has(name))
            continue;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: url "${template}" uses {${name}}, which is neither {id}, {server}, {repository} nor a named group of the regex`);
    }
}
function compile(config, index, source) {
    const fallback = DEFAULT_STORY_PATTERNS.find((p) => p.name === config.name);
    const where = `${source}${describe(index, config.name)}`;
    const text = config.regex ?? fallback?.regex;
    if (text === undefined) {
        const names = DEFAULT_STORY_PATTERNS.map((p) => p.name).join(', ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where} has no regex: add one, or name a default pattern (${names}) to use its regex`);
    }
    let regex;
    try {
        regex = new RegExp(text, 'gm');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: regex ${JSON.stringify(text)} is not valid: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error).replace(/^Invalid regular expression: /, '')}`);
    }
    if (regex.test('')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: regex ${JSON.stringify(text)} matches the empty string, so it would find an ID everywhere; make it match at least one character`);
    }
    regex.lastIndex = 0;
    const url = config.url ?? (config.regex === undefined ? fallback?.url : undefined);
    if (url !== undefined)
        checkUrl(url, regex, where);
    const builtin = config.regex === undefined ? fallback : undefined;
    return {
        name: config.name ?? `pattern-${index + 1}`,
        regex,
        url,
        ...(builtin ? { requires: builtin.requires, builtin: builtin.name } : {})
    };
}
/**
 * Compiles the patterns of `traceability.patterns` (or the defaults when undefined). A bad regex
 * or link template is a ConfigurationError that names the pattern; `source` prefixes messages.
 */
function compileStoryPatterns(configured, source = '') {
    const list = configured ?? DEFAULT_STORY_PATTERNS.map(({ name }) => ({ name }));
    const prefix = source ? `${source}: ` : '';
    return list.map((config, index) => compile(config, index, prefix));
}
const templates = new Map();
// Templates are split into parts once: links are built for every ID of every commit.
function templateParts(template) {
    let parts = templates.get(template);
    if (parts === undefined) {
        parts = template
            .split(/(\{[^}]*\})/)
            .filter((part) => part !== '')
            .map((part) => (/^\{[^}]*\}$/.test(part) ? { name: part.slice(1, -1) } : part));
        templates.set(template, parts);
    }
    return parts;
}
function placeholder(name, id, groups, context) {
    if (name === 'id')
        return id;
    const value = groups?.[name];
    if (value !== undefined)
        return value;
    if (name === 'server')
        return context.server ?? 'https://github.com';
    return name === 'repository' ? context.repository : undefined;
}
/** The link of one ID, or undefined when the pattern has no url or a placeholder has no value. */
function storyUrl(template, id, groups, context) {
    if (template === undefined)
        return undefined;
    let url = '';
    for (const part of templateParts(template)) {
        if (typeof part === 'string') {
            url += part;
            continue;
        }
        const value = placeholder(part.name, id, groups, context);
        if (value === undefined || value === '')
            return undefined;
        // server is a URL prefix; every other value is one path part (owner/repo keeps its slash).
        url +=
            part.name === 'server' && groups?.['server'] === undefined
                ? value.replace(/\/+$/, '')
                : encodeURIComponent(value).replace(/%2F/g, '/');
    }
    return /^https?:\/\/[^\s]+$/.test(url) ? url : undefined;
}


/***/ })

};
