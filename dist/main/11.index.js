export const id = 11;
export const ids = [11];
export const modules = {

/***/ 27768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Writes a file so readers see the old content or the new, never a mix: a temp file beside it,
 * fsynced, renamed over it.
 */
async function writeFileAtomic(path, data, mode = 0o644) {
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'w', mode);
    try {
        await handle.writeFile(data);
        await handle.sync();
    }
    catch (error) {
        await handle.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
    await handle.close();
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
}


/***/ }),

/***/ 36577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ withLock)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _fs_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37523);
/* harmony import */ var _lock_owner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17690);





/**
 * Replaces an abandoned lock with ours; true when we now hold it. Takers of one abandoned lock
 * first claim it: the claim is a file named after the lock's identity, created whole with
 * link(2), so exactly one taker holds each claim. The claimant checks that the lock is still the
 * one it found and renames its own lock over it in one step. A claimant that died leaves its
 * claim behind; the next taker then claims the next generation, so a dead claimant never blocks.
 */
async function takeOver(path, found, me, rule) {
    const claim = (generation) => `${path}.${(0,_lock_owner_js__WEBPACK_IMPORTED_MODULE_3__/* .identityTag */ .pY)(found)}.${generation}.takeover`;
    let generation = 1;
    while (!(await (0,_lock_owner_js__WEBPACK_IMPORTED_MODULE_3__/* .createWhole */ .cl)(claim(generation), JSON.stringify(me)))) {
        const other = await (0,_lock_owner_js__WEBPACK_IMPORTED_MODULE_3__/* .readLock */ .mF)(claim(generation));
        // Someone alive is taking it over: let them.
        if (other && !(0,_lock_owner_js__WEBPACK_IMPORTED_MODULE_3__/* .isAbandoned */ .zI)(other, rule))
            return false;
        // Its claimant died: claim the next generation. (Gone: a taker finished; try it again.)
        if (other)
            generation++;
    }
    try {
        const now = await (0,_lock_owner_js__WEBPACK_IMPORTED_MODULE_3__/* .readLock */ .mF)(path);
        // Released, or taken over already: this claim is about a lock that is gone.
        if (now?.identity !== found.identity)
            return false;
        const mine = `${path}.${me.token}.tmp`;
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(mine, JSON.stringify(me), { flag: 'wx', mode: 0o644 });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(mine, path);
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(mine, { force: true });
        }
        return true;
    }
    finally {
        // Earlier generations were claimed by takers found dead: their claims go too.
        for (let g = generation; g >= 1; g--)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(claim(g), { force: true });
    }
}
/**
 * Runs `work` holding an exclusive lock: a file created whole, naming its owner (pid, host,
 * time). A lock whose owner died, or an empty one older than a grace period, is taken over; the
 * lock is released only by its owner.
 */
async function withLock(path, work, options = {}) {
    const rule = {
        staleMs: options.staleMs ?? 10 * 60_000,
        graceMs: options.graceMs ?? 5_000
    };
    const deadline = Date.now() + (options.timeoutMs ?? 30_000);
    const what = options.what ?? path;
    let me;
    let wait = 2;
    for (;;) {
        me = (0,_lock_owner_js__WEBPACK_IMPORTED_MODULE_3__/* .newOwner */ .Eh)();
        let found;
        try {
            if (await (0,_lock_owner_js__WEBPACK_IMPORTED_MODULE_3__/* .createWhole */ .cl)(path, JSON.stringify(me)))
                break;
            found = await (0,_lock_owner_js__WEBPACK_IMPORTED_MODULE_3__/* .readLock */ .mF)(path);
            if (found && (0,_lock_owner_js__WEBPACK_IMPORTED_MODULE_3__/* .isAbandoned */ .zI)(found, rule) && (await takeOver(path, found, me, rule)))
                break;
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OperationError */ .OK(`could not lock ${what}: writing ${path} failed: ${(0,_fs_error_js__WEBPACK_IMPORTED_MODULE_2__/* .fsReason */ .E)(error)}`);
        }
        if (Date.now() > deadline) {
            const holder = found?.owner
                ? ` (process ${found.owner.pid} on ${found.owner.host}, since ${found.owner.since})`
                : '';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OperationError */ .OK(`${what} is locked by another mxdeploy process${holder}; wait for it to finish, or remove ${path} if no mxdeploy runs there`);
        }
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_1__.setTimeout)(wait + Math.random() * wait);
        wait = Math.min(wait * 2, 250);
    }
    try {
        return await work();
    }
    finally {
        const found = await (0,_lock_owner_js__WEBPACK_IMPORTED_MODULE_3__/* .readLock */ .mF)(path).catch(() => undefined);
        if (found?.owner?.token === me.token)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(path).catch(() => undefined);
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

/***/ 17690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eh: () => (/* binding */ newOwner),
/* harmony export */   cl: () => (/* binding */ createWhole),
/* harmony export */   mF: () => (/* binding */ readLock),
/* harmony export */   pY: () => (/* binding */ identityTag),
/* harmony export */   zI: () => (/* binding */ isAbandoned)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);




/** A new owner record for this process. */
function newOwner() {
    return {
        token: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12).toString('hex'),
        pid: process.pid,
        host: (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)(),
        since: new Date().toISOString()
    };
}
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoCode */ .UK)(error) === 'EPERM';
    }
}
function parseOwner(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (typeof value !== 'object' || value === null)
        return undefined;
    const { token, pid, host, since } = value;
    // A pid of 0 or below would name a process group, never one process.
    if (typeof token !== 'string' || !token || typeof host !== 'string')
        return undefined;
    if (typeof pid !== 'number' || !Number.isSafeInteger(pid) || pid <= 0)
        return undefined;
    if (typeof since !== 'string')
        return undefined;
    return { token, pid, host, since };
}
/** Reads a lock file through one descriptor, so its content and identity belong together. */
async function readLock(path) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoCode */ .UK)(error) === 'ENOENT')
            return undefined;
        throw error;
    }
    try {
        const info = await handle.stat({ bigint: true });
        const owner = parseOwner(await handle.readFile('utf8'));
        return {
            ...(owner ? { owner } : {}),
            identity: owner ? `token:${owner.token}` : `file:${info.ino}:${info.ctimeNs}`,
            mtimeMs: Number(info.mtimeMs)
        };
    }
    finally {
        await handle.close();
    }
}
/**
 * Whether a lock's holder is gone: on this host, its process has ended; elsewhere, it is older
 * than `staleMs`. A file without an owner (a writer that died before writing, or an older
 * mxdeploy's empty lock) is abandoned once older than `graceMs`.
 */
function isAbandoned(found, rule) {
    const { owner } = found;
    if (!owner)
        return Date.now() - found.mtimeMs > rule.graceMs;
    if (owner.host === (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)())
        return !processAlive(owner.pid);
    const since = Date.parse(owner.since);
    return Date.now() - (Number.isNaN(since) ? found.mtimeMs : since) > rule.staleMs;
}
/** A short file-name-safe digest of a lock's identity, for the names of takeover claims. */
function identityTag(found) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(found.identity).digest('hex').slice(0, 16);
}
/**
 * Creates `path` holding `content` whole, or returns false when it exists. The content goes into
 * a temporary file first, which is then hard-linked to `path` (link(2) fails when `path`
 * exists), so nobody ever sees the file empty or half written; a full disk fails here with
 * nothing created.
 */
async function createWhole(path, content) {
    const temp = `${path}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temp, content, { flag: 'wx', mode: 0o644 });
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)(temp, path);
            return true;
        }
        catch (error) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoCode */ .UK)(error) === 'EEXIST')
                return false;
            throw error;
        }
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
    }
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


/***/ }),

/***/ 59263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ prepareFolder),
/* harmony export */   g: () => (/* binding */ pathError)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _fs_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37523);
/* harmony import */ var _make_directory_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(891);





/** Codes that mean the chosen path itself is wrong, so the user must choose another (exit 2). */
const WRONG_PATH = new Set([
    'ENOTDIR',
    'ENOENT',
    'EROFS',
    'EACCES',
    'EPERM',
    'EISDIR',
    'ELOOP',
    'ENAMETOOLONG'
]);
const NO_ROOM = new Set(['ENOSPC', 'EDQUOT']);
/** The part of `path` that is a file where a folder should be, for ENOTDIR. */
async function fileInTheWay(path) {
    for (let at = path; at !== (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at); at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at)) {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(at).catch(() => undefined);
        if (info)
            return info.isDirectory() ? undefined : at;
    }
    return undefined;
}
/**
 * A file-system failure on a path the user chose, as an error that names the path, says what is
 * wrong and what to do: a ConfigurationError when the path itself is unusable (not a folder,
 * read-only, not allowed, cannot be made), an OperationError when the disk is full; anything else
 * (not a file-system error) is returned as it was. Call it only where nothing has changed yet
 * when the path is unusable, since exit 2 promises that.
 */
async function pathError(error, chosen) {
    const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoCode */ .UK)(error);
    // errno codes only (ENOSPC, EROFS): Node's own ERR_* codes are not about the path.
    if (!code || !/^E[A-Z0-9]+$/.test(code))
        return error;
    let reason = (0,_fs_error_js__WEBPACK_IMPORTED_MODULE_2__/* .fsReason */ .E)(error);
    if (code === 'ENOTDIR' && !(error instanceof _make_directory_js__WEBPACK_IMPORTED_MODULE_3__/* .UncreatableFolderError */ .$)) {
        const failed = error.path;
        const file = await fileInTheWay(typeof failed === 'string' ? failed : chosen.path);
        if (file)
            reason = `${file} is a file, not a folder (ENOTDIR)`;
    }
    const head = `cannot use ${chosen.what} ${chosen.path}: ${reason}`;
    if (NO_ROOM.has(code))
        return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OperationError */ .OK(`${head}; free space on that disk, or ${chosen.fix}`);
    if (WRONG_PATH.has(code))
        return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${head}; ${chosen.fix}`);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OperationError */ .OK(`${head}; ${chosen.fix}`);
}
/** Makes a folder the user chose, or fails with a pathError. */
async function prepareFolder(chosen, folder = chosen.path) {
    try {
        await (0,_make_directory_js__WEBPACK_IMPORTED_MODULE_3__/* .makeDirectory */ .O)(folder);
    }
    catch (error) {
        throw await pathError(error, chosen);
    }
}


/***/ }),

/***/ 52084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ modelVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   y3: () => (/* binding */ isModelVersion)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

const PART = '(0|[1-9][0-9]{0,9})';
const THREE = new RegExp(`^${PART}\\.${PART}\\.${PART}$`);
const FOUR = new RegExp(`^${PART}\\.${PART}\\.${PART}\\.${PART}$`);
const INT_MAX = 2 ** 31 - 1;
function checkRange(version) {
    if (version.split('.').some((part) => Number(part) > INT_MAX)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`version "${version}" has a part larger than ${INT_MAX}`);
    }
}
/** Whether `version` is a four-part Mendix model version such as 1.2.0.15. */
function isModelVersion(version) {
    return FOUR.test(version);
}
/**
 * The four-part Mendix model version (major.minor.patch.build) for a `--version` and build number:
 * `1.2.0` with build 15 gives `1.2.0.15`; a four-part version is taken as it is. `fallback` (the
 * run number) applies to three-part versions only; an explicit build number that contradicts a
 * four-part version is refused.
 */
function modelVersion(version, buildNumber, fallback) {
    const trimmed = version.trim();
    if (FOUR.test(trimmed)) {
        if (buildNumber !== undefined && buildNumber !== trimmed.split('.')[3]) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`version "${trimmed}" already has a build number; give a three-part version with --build-number, or drop --build-number`);
        }
        checkRange(trimmed);
        return trimmed;
    }
    if (!THREE.test(trimmed)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`version "${version}" is not a Mendix version: use major.minor.patch (1.2.0) or major.minor.patch.build (1.2.0.15)`);
    }
    const build = (buildNumber ?? fallback ?? '0').trim();
    if (!/^(0|[1-9][0-9]{0,9})$/.test(build)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`build number "${build}" is not a non-negative whole number`);
    }
    const full = `${trimmed}.${build}`;
    checkRange(full);
    return full;
}
/** Compares two four-part versions numerically. */
function compareVersions(a, b) {
    const pa = a.split('.').map(Number);
    const pb = b.split('.').map(Number);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}


/***/ }),

/***/ 27124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jb: () => (/* binding */ retryPolicy),
/* harmony export */   Km: () => (/* binding */ RetryBudget),
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   N_: () => (/* binding */ TransientError),
/* harmony export */   i5: () => (/* binding */ RetriesExhaustedError),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY)
/* harmony export */ });
/* unused harmony exports systemClock, backoffDelay */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms).then(() => undefined)
};
/** About 45 s of waits over 8 attempts, unless a server asks for longer; never beyond 5 min. */
const DEFAULT_RETRY = {
    maxAttempts: 8,
    deadlineMs: 300_000,
    baseDelayMs: 1000,
    maxDelayMs: 30_000
};
/** The default policy with the given parts replaced. */
function retryPolicy(overrides = {}) {
    return { ...DEFAULT_RETRY, clock: systemClock, random: Math.random, ...overrides };
}
/**
 * A failure worth another attempt: a dropped or refused connection, a timeout, or an answer
 * such as 429 or 503 that says "later". `retryAfterMs` is the wait the server asked for.
 */
class TransientError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK {
    name = 'TransientError';
    retryAfterMs;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.retryAfterMs = options.retryAfterMs;
    }
}
/** A request given up after its attempts or its time ran out; `cause` is the last failure. */
class RetriesExhaustedError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK {
    attempts;
    elapsedMs;
    name = 'RetriesExhaustedError';
    constructor(message, attempts, elapsedMs, cause) {
        super(message, { cause });
        this.attempts = attempts;
        this.elapsedMs = elapsedMs;
    }
}
/** Full jitter: a wait drawn evenly below a ceiling that doubles with each retry. */
function backoffDelay(policy, retry) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
    return Math.floor(policy.random() * ceiling);
}
/** `0.4 s`, `12 s`, `2 min 5 s`. */
function duration(ms) {
    if (ms < 10_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const seconds = Math.round(ms / 1000);
    return seconds < 120 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}
/**
 * The retry bookkeeping of one request, or of one transfer that resumes: after each failure it
 * waits (what the server asked, else the backoff) or throws RetriesExhaustedError. Progress (an
 * acknowledged chunk, bytes received) starts the count and the clock again.
 */
class RetryBudget {
    policy;
    task;
    failures = 0;
    startedAt;
    constructor(policy, task) {
        this.policy = policy;
        this.task = task;
        this.startedAt = policy.clock.now();
    }
    progressed() {
        this.failures = 0;
        this.startedAt = this.policy.clock.now();
    }
    /** Call after a failed attempt: resolves once it is time for the next one, or throws. */
    async failed(error) {
        const { policy, task } = this;
        this.failures++;
        const elapsed = policy.clock.now() - this.startedAt;
        const left = policy.deadlineMs - elapsed;
        const asked = error.retryAfterMs;
        const giveUp = (why = '') => {
            const times = this.failures === 1 ? 'once' : `${this.failures} times`;
            return new RetriesExhaustedError(`${task.what} failed ${times} over ${duration(elapsed)} (${error.message}${why}): ${task.advice}`, this.failures, elapsed, error);
        };
        if (this.failures >= policy.maxAttempts || left <= 0)
            throw giveUp();
        if (asked !== undefined && asked > left) {
            throw giveUp(`; it asked to wait ${duration(asked)}, more than the ${duration(left)} left of the ${duration(policy.deadlineMs)} allowed`);
        }
        const wait = asked ?? Math.min(left, backoffDelay(policy, this.failures));
        // Messages that already say what failed are not prefixed with it again.
        const said = error.message.startsWith(task.what)
            ? error.message
            : `${task.what}: ${error.message}`;
        task.onRetry?.(`${said}; trying again in ${duration(wait)} (attempt ${this.failures + 1} of ${policy.maxAttempts})`);
        await policy.clock.sleep(wait);
    }
}
/** Runs `attempt` until it succeeds, retrying TransientErrors within the policy; others pass. */
async function withRetries(policy, task, attempt) {
    const budget = new RetryBudget(policy, task);
    for (;;) {
        try {
            return await attempt();
        }
        catch (error) {
            if (!(error instanceof TransientError))
                throw error;
            await budget.failed(error);
        }
    }
}


/***/ }),

/***/ 46383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ed: () => (/* binding */ retryPolicyFromEnv),
/* harmony export */   mY: () => (/* binding */ RETRY_SECONDS_VARIABLE)
/* harmony export */ });
/* unused harmony export retrySettingsFromEnv */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _retry_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27124);


/** The variable that sets how long one request may go on failing, in seconds. */
const RETRY_SECONDS_VARIABLE = 'MXDEPLOY_RETRY_SECONDS';
/** Retry settings with MXDEPLOY_RETRY_SECONDS (0–3600) as the deadline when it is set. */
function retrySettingsFromEnv(env) {
    const setting = env[RETRY_SECONDS_VARIABLE]?.trim();
    if (!setting)
        return _retry_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RETRY */ .vI;
    if (!/^\d{1,4}$/.test(setting) || Number(setting) > 3600) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${RETRY_SECONDS_VARIABLE}="${setting}" is not a whole number of seconds between 0 and 3600`);
    }
    return { ..._retry_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RETRY */ .vI, deadlineMs: Number(setting) * 1000 };
}
/** The retry policy of the environment: the defaults with MXDEPLOY_RETRY_SECONDS, and `parts`. */
function retryPolicyFromEnv(env, parts = {}) {
    return (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .retryPolicy */ .Jb)({ ...retrySettingsFromEnv(env), ...parts });
}


/***/ })

};
