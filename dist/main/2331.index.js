export const id = 2331;
export const ids = [2331];
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

/***/ 94375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  packagesCommand: () => (/* binding */ packagesCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/fs/path-error.ts
var path_error = __webpack_require__(59263);
// EXTERNAL MODULE: ./src/mda/pack.ts + 4 modules
var pack = __webpack_require__(34722);
// EXTERNAL MODULE: ./src/mda/sha256-file.ts
var sha256_file = __webpack_require__(89180);
// EXTERNAL MODULE: ./src/activity/environment-history.ts
var environment_history = __webpack_require__(55205);
;// CONCATENATED MODULE: ./src/repository/prune.ts

/**
 * Which packages retention removes: never one an environment runs; of the others, the `keep`
 * most recently published stay (Mendix keeps deployed packages and the 5 most recent).
 */
async function planPrune(repository, activity, app, environments, keep) {
    const records = await repository.list(app);
    const running = new Map();
    for (const environment of environments) {
        const [last] = await (0,environment_history/* deploymentHistory */.SP)(activity, app, environment);
        if (last?.package)
            running.set(last.package.sha256, [...(running.get(last.package.sha256) ?? []), environment]);
    }
    const plan = { keep: [], remove: [] };
    let recent = 0;
    for (const record of records) {
        const runs = running.get(record.sha256);
        if (runs)
            plan.keep.push({ record, why: `runs in ${runs.join(', ')}` });
        else if (recent < keep) {
            recent++;
            plan.keep.push({ record, why: `one of the ${keep} most recent` });
        }
        else
            plan.remove.push(record);
    }
    return plan;
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/text/bytes.ts
var bytes = __webpack_require__(1080);
// EXTERNAL MODULE: ./src/cli/format.ts
var format = __webpack_require__(96719);
// EXTERNAL MODULE: ./src/cli/workspace.ts
var workspace = __webpack_require__(15107);
;// CONCATENATED MODULE: ./src/cli/commands/packages.ts









async function list(context) {
    const { repository, config } = await (0,workspace/* openWorkspace */.O)(context);
    const records = await repository.list(config.app);
    const rows = records.map((r) => [
        r.version,
        r.createdAt.replace(/\.\d+Z$/, 'Z'),
        r.sha256.slice(0, 12),
        (0,bytes/* formatBytes */.z)(r.size),
        r.runtimeVersion,
        r.commit?.slice(0, 7) ?? ''
    ]);
    return {
        json: { app: config.app, repository: repository.uri, packages: records },
        text: records.length
            ? (0,format/* table */.tp)(['version', 'published', 'sha256', 'size', 'runtime', 'commit'], rows)
            : `no packages of ${config.app} in ${repository.uri}`
    };
}
async function prune(context) {
    const keepText = (0,command/* stringValue */.r)(context, 'keep') ?? '5';
    if (!/^\d+$/.test(keepText))
        throw new errors/* ConfigurationError */.j1(`--keep ${keepText} is not a whole number`);
    const dryRun = (0,command/* booleanValue */.e)(context, 'dry-run');
    const { repository, config, activity } = await (0,workspace/* openWorkspace */.O)(context);
    const environments = config.environments.map((env) => env.name);
    const plan = await planPrune(repository, activity, config.app, environments, Number(keepText));
    for (const record of plan.remove) {
        if (!dryRun)
            await repository.delete(record.app, record.version);
        context.log.info(`${dryRun ? 'would remove' : 'removed'} ${record.app} ${record.version}`);
    }
    const leftovers = (await repository.cleanLeftovers?.(config.app, { dryRun })) ?? [];
    const lines = [
        ...plan.keep.map(({ record, why }) => `keep    ${record.version}  (${why})`),
        ...plan.remove.map((record) => `${dryRun ? 'remove' : 'removed'}  ${record.version}`),
        ...leftovers.map((left) => `${dryRun ? 'remove' : 'removed'}  ${left.path} (${(0,bytes/* formatBytes */.z)(left.bytes)}, ${left.why})`)
    ];
    return {
        json: {
            dryRun,
            kept: plan.keep.map(({ record, why }) => ({ version: record.version, why })),
            removed: plan.remove.map((record) => record.version),
            leftovers
        },
        text: lines.join('\n') || 'no packages'
    };
}
async function download(context) {
    const version = context.positionals[1];
    if (!version)
        throw new errors/* ConfigurationError */.j1('give the version to download: mxdeploy packages download VERSION|latest [--out FILE]');
    const { repository, config } = await (0,workspace/* openWorkspace */.O)(context);
    const record = await repository.get(config.app, version);
    if (!record)
        throw new errors/* ConfigurationError */.j1(`${config.app} ${version} is not in the package repository ${repository.uri}`);
    const out = (0,external_node_path_.resolve)(context.io.cwd, (0,command/* stringValue */.r)(context, 'out') ?? `${record.app}_${record.version}.mda`);
    await (0,pack/* checkOutputPath */.$b)(out);
    await (0,path_error/* prepareFolder */.G)({ what: 'the output file', path: out, fix: 'give --out a path on a writable disk' }, (0,external_node_path_.dirname)(out));
    await repository.download(record.app, record.version, out);
    await (0,sha256_file.writeSidecar)(out, record.sha256);
    return {
        json: { path: out, package: record },
        text: `downloaded ${record.app} ${record.version} to ${out} (sha256 ${record.sha256} verified)`
    };
}
const packagesCommand = {
    name: 'packages',
    summary: "List the app's packages in the repository (newest first), or prune old ones and what interrupted publishes left: packages an environment runs are never removed.",
    usage: 'packages [list] [--json] | packages prune [--keep N] [--dry-run] | packages download VERSION [--out FILE]',
    positionals: ['ACTION', 'VERSION'],
    options: {
        ...workspace/* WORKSPACE_OPTIONS */.n,
        keep: {
            type: 'string',
            value: 'N',
            description: 'prune: how many recent packages to keep besides those running (default 5)'
        },
        'dry-run': {
            type: 'boolean',
            description: 'prune: show what would be removed, remove nothing'
        },
        out: {
            type: 'string',
            value: 'FILE',
            description: 'download: where to write the MDA (default <app>_<version>.mda)'
        }
    },
    async run(context) {
        const [action = 'list'] = context.positionals;
        if (action === 'list')
            return list(context);
        if (action === 'prune')
            return prune(context);
        if (action === 'download')
            return download(context);
        throw new errors/* ConfigurationError */.j1(`unknown packages action "${action}": use list, prune or download`);
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

/***/ 15107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ openWorkspace),
/* harmony export */   n: () => (/* binding */ WORKSPACE_OPTIONS)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _activity_jsonl_activity_log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30764);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65525);
/* harmony import */ var _app_repository_choice_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(67311);
/* harmony import */ var _github_access_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38261);
/* harmony import */ var _repository_open_repository_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1673);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3567);







/** Flags every command that works on mxdeploy.yml takes. */
const WORKSPACE_OPTIONS = {
    config: {
        type: 'string',
        value: 'FILE',
        description: `configuration file (default: ./${_config_load_js__WEBPACK_IMPORTED_MODULE_2__.CONFIG_FILE})`
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
    const configPath = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringValue */ .r)(context, 'config') ?? _config_load_js__WEBPACK_IMPORTED_MODULE_2__.CONFIG_FILE);
    const stateOption = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringValue */ .r)(context, 'state-dir');
    const config = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__.loadConfig)(configPath, stateOption ? { stateDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, stateOption) } : {});
    const stateDir = stateOption ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, stateOption) : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(config.dir, '.mxdeploy');
    const github = (0,_github_access_js__WEBPACK_IMPORTED_MODULE_5__.githubAccess)(context.io.env);
    const uri = (0,_app_repository_choice_js__WEBPACK_IMPORTED_MODULE_6__/* .chooseRepository */ .Q)({ given: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringValue */ .r)(context, 'repository'), config, face: 'cli' });
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
