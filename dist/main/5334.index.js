export const id = 5334;
export const ids = [5334];
export const modules = {

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

/***/ 70761:
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
;// CONCATENATED MODULE: ./src/access/local-protection-policy.ts

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

// EXTERNAL MODULE: ./src/access/totp-policy.ts + 7 modules
var totp_policy = __webpack_require__(46365);
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

/***/ 21726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   currentActor: () => (/* binding */ currentActor),
/* harmony export */   publishPackage: () => (/* binding */ publishPackage)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _mda_package_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3767);
/* harmony import */ var _mda_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52084);
/* harmony import */ var _mda_verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82485);





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
 * record, and publishes it. Nothing is committed to the repository unless all of that passes.
 */
async function publishPackage(repository, file, options) {
    // Where the repository can hold bytes uncommitted, they go out while the package is verified;
    // only the publish of a verified package commits them, and every other way out drops them.
    const early = repository.beginUpload?.(file);
    try {
        return await verifyAndPublish(repository, file, options, early);
    }
    finally {
        await early?.cancel();
    }
}
async function verifyAndPublish(repository, file, options, early) {
    const verified = await (0,_mda_verify_js__WEBPACK_IMPORTED_MODULE_3__.verifyPackage)(file);
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
    const result = await repository.publish({ file, record, early });
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
    // verifyPackage refused a manifest whose version disagrees with the ModelVersion.
    const stated = modelVersion && (0,_mda_version_js__WEBPACK_IMPORTED_MODULE_2__/* .isModelVersion */ .y3)(modelVersion) ? modelVersion : undefined;
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
