export const id = 764;
export const ids = [764];
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

/***/ 37523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ fsReason)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _make_directory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(891);


/** What a file-system error code means, in words a user can act on. */
const MEANING = {
    ENOSPC: 'no space left on device',
    EDQUOT: 'the disk quota is used up',
    EROFS: 'the file system is read-only',
    ENOTDIR: 'a part of the path is a file, not a folder',
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'it is a folder, not a file',
    EEXIST: 'it already exists',
    EIO: 'input/output error (a failing disk or a lost network mount)',
    EFBIG: 'the file is larger than this system allows',
    ELOOP: 'too many symbolic links (a link points at itself)',
    ENAMETOOLONG: 'the name is too long'
};
/**
 * A file-system failure as "meaning (CODE)", without Node's syscall and path decoration, so a
 * message can name the path itself; anything else as its own message.
 */
function fsReason(error) {
    if (error instanceof _make_directory_js__WEBPACK_IMPORTED_MODULE_0__/* .UncreatableFolderError */ .$)
        return error.message;
    const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errnoCode */ .UK)(error);
    const meaning = code ? MEANING[code] : undefined;
    return meaning ? `${meaning} (${code})` : (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error);
}


/***/ }),

/***/ 891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ UncreatableFolderError),
/* harmony export */   O: () => (/* binding */ makeDirectory)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



/**
 * A folder that cannot be made although the path to it looks fine: its parent exists but mkdir(2)
 * answers ENOENT there (/proc and other virtual file systems), or it is a symbolic link to a
 * folder that does not exist.
 */
class UncreatableFolderError extends Error {
    path;
    name = 'UncreatableFolderError';
    code = 'ENOENT';
    constructor(path, reason) {
        super(reason);
        this.path = path;
    }
}
async function makeOne(path) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(path);
        return 'made';
    }
    catch (error) {
        const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoCode */ .UK)(error);
        if (code === 'ENOENT')
            return 'no-parent';
        if (code !== 'EEXIST')
            throw error;
    }
    // EEXIST: a folder is fine; anything else fails as mkdir -p does.
    let isDirectory;
    try {
        isDirectory = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path)).isDirectory();
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoCode */ .UK)(error) !== 'ENOENT')
            throw error;
        const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readlink)(path);
        throw new UncreatableFolderError(path, `${path} is a symbolic link to ${target}, which does not exist`);
    }
    if (!isDirectory) {
        throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${path}'`), {
            code: 'ENOTDIR',
            path
        });
    }
    return 'exists';
}
/**
 * `mkdir -p` that always ends. Node's recursive mkdir retries forever when mkdir(2) answers
 * ENOENT for a folder whose parent exists (anywhere under /proc): it takes the ENOENT to mean
 * "make the parent first", the parent exists, and it tries again. Here each level is tried at
 * most twice, and that case fails with an UncreatableFolderError.
 */
async function makeDirectory(path) {
    if ((await makeOne(path)) !== 'no-parent')
        return;
    const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path);
    if (parent === path)
        return;
    await makeDirectory(parent);
    if ((await makeOne(path)) === 'no-parent') {
        throw new UncreatableFolderError(path, `${parent} does not take new folders (a virtual file system such as /proc)`);
    }
}


/***/ })

};
