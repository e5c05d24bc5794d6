export const id = 961;
export const ids = [961];
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
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);





function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoCode */ .UK)(error) === 'EPERM';
    }
}
async function readOwner(path) {
    try {
        const [text, info] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8'), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path)]);
        try {
            return { owner: JSON.parse(text), mtimeMs: info.mtimeMs };
        }
        catch {
            return { mtimeMs: info.mtimeMs }; // created, not yet written
        }
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoCode */ .UK)(error) === 'ENOENT')
            return undefined;
        throw error;
    }
}
/**
 * Whether a lock is abandoned: its holder on this host is gone, or, for a holder elsewhere, it is
 * older than `staleMs`. A live holder on this host keeps its lock however long it takes (a
 * Mendix Cloud deployment may take half an hour).
 */
function isStale(found, staleMs) {
    const { owner } = found;
    if (owner?.host === (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)() && typeof owner.pid === 'number')
        return !processAlive(owner.pid);
    const since = owner ? Date.parse(owner.since) : found.mtimeMs;
    return Date.now() - (Number.isNaN(since) ? found.mtimeMs : since) > staleMs;
}
async function tryCreate(path, content) {
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'wx');
        try {
            await handle.writeFile(content);
        }
        finally {
            await handle.close();
        }
        return true;
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoCode */ .UK)(error) === 'EEXIST')
            return false;
        throw error;
    }
}
/**
 * Removes an abandoned lock. Only one process at a time may do so (a second O_EXCL file guards
 * it), and it re-checks under that guard, so a lock just taken by a live process is never removed.
 */
async function breakStaleLock(path, seen, staleMs) {
    const guard = `${path}.break`;
    if (!(await tryCreate(guard, String(process.pid)))) {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(guard).catch(() => undefined);
        if (info && Date.now() - info.mtimeMs > 30_000)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(guard, { force: true });
        return false;
    }
    try {
        const now = await readOwner(path);
        if (now && now.owner?.token === seen?.token && isStale(now, staleMs))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(path, { force: true });
        return true;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(guard, { force: true });
    }
}
/**
 * Runs `work` holding an exclusive lock: a file created with O_EXCL that names its holder.
 * A lock left by a process that died is taken over; the lock is released only by its holder.
 */
async function withLock(path, work, options = {}) {
    const staleMs = options.staleMs ?? 10 * 60_000;
    const deadline = Date.now() + (options.timeoutMs ?? 30_000);
    const me = {
        token: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12).toString('hex'),
        pid: process.pid,
        host: (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)(),
        since: ''
    };
    let wait = 2;
    for (;;) {
        me.since = new Date().toISOString();
        if (await tryCreate(path, JSON.stringify(me)))
            break;
        const found = await readOwner(path);
        if (found && isStale(found, staleMs) && (await breakStaleLock(path, found.owner, staleMs)))
            continue;
        if (Date.now() > deadline) {
            const holder = found?.owner
                ? ` (process ${found.owner.pid} on ${found.owner.host}, since ${found.owner.since})`
                : '';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OperationError */ .OK(`${options.what ?? path} is locked by another mxdeploy process${holder}; wait for it to finish, or remove ${path} if no mxdeploy runs there`);
        }
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_3__.setTimeout)(wait + Math.random() * wait);
        wait = Math.min(wait * 2, 250);
    }
    try {
        return await work();
    }
    finally {
        const found = await readOwner(path);
        if (found?.owner?.token === me.token)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(path).catch(() => undefined);
    }
}


/***/ }),

/***/ 3767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RU: () => (/* binding */ buildAppName),
/* harmony export */   XF: () => (/* binding */ checkAppName),
/* harmony export */   d$: () => (/* binding */ checkPackageVersion)
/* harmony export */ });
/* unused harmony exports APP_NAME, appNameFromProject */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52084);


/**
 * The one grammar of app names, for every repository: it becomes a folder name, part of a file
 * name, a release tag (`<app>-v<version>`), an OCI tag and a URL segment, so it is the
 * intersection of what all of them take. mxdeploy.schema.json's `app` pattern is the same.
 */
const APP_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
const APP_RULE = 'use letters, digits, ".", "_" and "-" (at most 63), starting with a letter or digit';
/** Refuses an app name outside the grammar; `source` says where it came from. */
function checkAppName(name, source) {
    if (!APP_NAME.test(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`app name ${JSON.stringify(name)} (${source}) is not allowed: ${APP_RULE}`);
    }
    return name;
}
/** Refuses a package version that is not four-part (it becomes a path, tag and URL segment). */
function checkPackageVersion(version, source) {
    if (!(0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .isModelVersion */ .y3)(version)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`version ${JSON.stringify(version)} (${source}) is not a four-part Mendix version such as 1.2.0.15`);
    }
    return version;
}
/**
 * An app name made from a Mendix project name, which may hold spaces and other characters
 * ("Event Management" → "Event-Management"); undefined when nothing usable is left.
 */
function appNameFromProject(projectName) {
    const name = projectName
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^[^A-Za-z0-9]+/, '')
        .slice(0, 63)
        .replace(/[.-]+$/, '');
    return APP_NAME.test(name) ? name : undefined;
}
/**
 * The app a build files its package under: the one asked for (checked), else one made from the
 * project's name in metadata.json, else from the folder or .mpr file name, else `app`.
 */
function buildAppName(asked, projectName, fileName) {
    if (asked !== undefined)
        return checkAppName(asked.trim(), '--app, input app or mxdeploy.yml');
    return (projectName && appNameFromProject(projectName)) || appNameFromProject(fileName) || 'app';
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

/***/ 48961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ openRepository)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(76670);
// EXTERNAL MODULE: ./src/mda/package-identity.ts
var package_identity = __webpack_require__(3767);
;// CONCATENATED MODULE: ./src/repository/checked-repository.ts

function version(value, allowLatest) {
    return allowLatest && value === 'latest' ? value : (0,package_identity/* checkPackageVersion */.d$)(value, 'package version');
}
/**
 * Every repository behind one gate: an app name or version outside the grammar never reaches an
 * adapter, where it would become a path (`../../x`), a tag or a URL segment. A ConfigurationError
 * before anything is read or written, the same for file, OCI, releases and artifacts.
 */
class CheckedRepository {
    inner;
    constructor(inner) {
        this.inner = inner;
    }
    get uri() {
        return this.inner.uri;
    }
    publish(request) {
        (0,package_identity/* checkAppName */.XF)(request.record.app, 'the package to publish');
        version(request.record.version, false);
        return this.inner.publish(request);
    }
    list(app) {
        return this.inner.list((0,package_identity/* checkAppName */.XF)(app, 'app'));
    }
    get(app, wanted) {
        return this.inner.get((0,package_identity/* checkAppName */.XF)(app, 'app'), version(wanted, true));
    }
    download(app, wanted, dest) {
        return this.inner.download((0,package_identity/* checkAppName */.XF)(app, 'app'), version(wanted, true), dest);
    }
    delete(app, wanted) {
        return this.inner.delete((0,package_identity/* checkAppName */.XF)(app, 'app'), version(wanted, false));
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/fs/atomic-write.ts
var atomic_write = __webpack_require__(27768);
// EXTERNAL MODULE: ./src/fs/file-lock.ts
var file_lock = __webpack_require__(36577);
// EXTERNAL MODULE: ./src/repository/package-repository.ts
var package_repository = __webpack_require__(57525);
;// CONCATENATED MODULE: ./src/repository/file-repository.ts










const INDEX = 'index.json';
/**
 * Copies a file while hashing it and returns the SHA-256 of what was copied. A durable copy (one
 * that goes into the repository) is fsynced; a download for staging need not be.
 */
async function copyHashed(from, to, mode, durable) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const tap = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            hash.update(chunk);
            done(null, chunk);
        }
    });
    const out = (0,external_node_fs_.createWriteStream)(to, { flags: 'wx', mode });
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(from, { highWaterMark: 1 << 20 }), tap, out);
    if (durable) {
        const handle = await (0,promises_.open)(to, 'r');
        await handle.sync();
        await handle.close();
    }
    return hash.digest('hex');
}
/**
 * The embedded default repository: a folder with one sub-folder per package
 * (`<app>/<version>/<app>_<version>.mda`, its `.sha256` and `record.json`) and an index per app.
 * A package folder appears by an atomic rename once complete, the index is rewritten atomically
 * under a lock, so two publishers at once never corrupt it. Nothing is ever overwritten.
 */
class FileRepository {
    root;
    uri;
    constructor(root) {
        this.root = root;
        this.root = (0,external_node_path_.resolve)(root);
        this.uri = `file:${this.root}`;
    }
    appDir(app) {
        return (0,external_node_path_.join)(this.root, app);
    }
    versionDir(app, version) {
        return (0,external_node_path_.join)(this.appDir(app), version);
    }
    fileName(app, version) {
        return `${app}_${version}.mda`;
    }
    async publish({ file, record }) {
        const appDir = this.appDir(record.app);
        await (0,promises_.mkdir)(appDir, { recursive: true });
        const existing = await this.readRecord(record.app, record.version);
        if (existing)
            return this.same(existing, record.sha256);
        const staging = (0,external_node_path_.join)(appDir, `.publish-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        await (0,promises_.mkdir)(staging);
        try {
            const name = this.fileName(record.app, record.version);
            // Read-only: a published package is never changed in place.
            const copied = await copyHashed(file, (0,external_node_path_.join)(staging, name), 0o444, true);
            if (copied !== record.sha256) {
                throw new errors/* ConfigurationError */.j1(`${file} changed while it was being published (SHA-256 ${copied}, expected ${record.sha256})`);
            }
            const full = {
                ...record,
                url: (0,external_node_path_.join)(this.versionDir(record.app, record.version), name)
            };
            await (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.join)(staging, `${name}.sha256`), `${record.sha256}  ${name}\n`);
            await (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.join)(staging, 'record.json'), `${JSON.stringify(full, null, 2)}\n`);
            return await (0,file_lock/* withLock */.k)((0,external_node_path_.join)(appDir, '.lock'), async () => {
                try {
                    await (0,promises_.rename)(staging, this.versionDir(record.app, record.version));
                }
                catch (error) {
                    const code = (0,errors/* errnoCode */.UK)(error);
                    if (code !== 'ENOTEMPTY' && code !== 'EEXIST')
                        throw error;
                    // Another publisher won the race for this version.
                    const winner = await this.readRecord(record.app, record.version);
                    if (!winner)
                        throw error;
                    return this.same(winner, record.sha256);
                }
                await this.writeIndex(record.app);
                return { record: full, created: true };
            }, { what: `package repository ${this.root}` });
        }
        finally {
            await (0,promises_.rm)(staging, { recursive: true, force: true });
        }
    }
    same(existing, sha256) {
        if (existing.sha256 !== sha256) {
            throw new errors/* ConfigurationError */.j1(`${existing.app} ${existing.version} is already published with other content (SHA-256 ${existing.sha256}, this package ${sha256}); published packages are never overwritten: build with a new version or build number`);
        }
        return { record: existing, created: false };
    }
    async readRecord(app, version) {
        try {
            const text = await (0,promises_.readFile)((0,external_node_path_.join)(this.versionDir(app, version), 'record.json'), 'utf8');
            return JSON.parse(text);
        }
        catch (error) {
            if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT' || (0,errors/* errnoCode */.UK)(error) === 'ENOTDIR')
                return undefined;
            throw error;
        }
    }
    /** Rebuilds the app's index from its package folders (the source of truth). */
    async writeIndex(app) {
        const records = await this.scan(app);
        await (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.join)(this.appDir(app), INDEX), `${JSON.stringify({ packages: records }, null, 2)}\n`);
        return records;
    }
    async scan(app) {
        let names;
        try {
            names = await (0,promises_.readdir)(this.appDir(app));
        }
        catch (error) {
            if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
                return [];
            throw error;
        }
        const records = await Promise.all(names
            .filter((name) => /^\d+\.\d+\.\d+\.\d+$/.test(name))
            .map((version) => this.readRecord(app, version)));
        return records.filter((r) => r !== undefined).sort(package_repository/* newestFirst */.l);
    }
    async list(app) {
        try {
            const index = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(this.appDir(app), INDEX), 'utf8'));
            return index.packages.sort(package_repository/* newestFirst */.l);
        }
        catch (error) {
            if ((0,errors/* errnoCode */.UK)(error) !== 'ENOENT' && !(error instanceof SyntaxError))
                throw error;
            return this.scan(app);
        }
    }
    async get(app, version) {
        if (version === 'latest')
            return (await this.list(app))[0];
        return this.readRecord(app, version);
    }
    async download(app, version, dest) {
        const record = await this.get(app, version);
        if (!record)
            throw new errors/* ConfigurationError */.j1(`${app} ${version} is not in the package repository ${this.uri}`);
        const source = (0,external_node_path_.join)(this.versionDir(app, record.version), this.fileName(app, record.version));
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(dest), { recursive: true });
        await (0,promises_.rm)(dest, { force: true });
        let copied;
        try {
            await (0,promises_.stat)(source);
            copied = await copyHashed(source, dest, 0o644, false);
        }
        catch (error) {
            await (0,promises_.rm)(dest, { force: true });
            if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT') {
                throw new errors/* ConfigurationError */.j1(`${app} ${record.version} is listed in ${this.uri} but its file ${source} is missing`);
            }
            throw error;
        }
        if (copied !== record.sha256) {
            await (0,promises_.rm)(dest, { force: true });
            throw new errors/* ConfigurationError */.j1(`${app} ${record.version} in ${this.uri} has SHA-256 ${copied}, but it was published with ${record.sha256}: the stored package was changed; it will not be deployed`);
        }
        return record;
    }
    async delete(app, version) {
        await (0,file_lock/* withLock */.k)((0,external_node_path_.join)(this.appDir(app), '.lock'), async () => {
            const dir = this.versionDir(app, version);
            const trash = (0,external_node_path_.join)(this.appDir(app), `.delete-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
            try {
                await (0,promises_.rename)(dir, trash);
            }
            catch (error) {
                if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
                    return;
                throw error;
            }
            await this.writeIndex(app);
            await (0,promises_.rm)(trash, { recursive: true, force: true });
        });
    }
}

;// CONCATENATED MODULE: ./src/repository/open-repository.ts





/**
 * The repository a URI selects, behind the gate that checks every app name and version: `file:DIR` (default), `github-release`, `oci://HOST/REPO`,
 * `artifact`. Adapters other than file load only when selected.
 */
async function openRepository(uri, context) {
    return new CheckedRepository(await openAdapter(uri, context));
}
async function openAdapter(uri, context) {
    if (uri.startsWith('file:')) {
        const path = uri.slice('file:'.length);
        if (!path) {
            throw new errors/* ConfigurationError */.j1('repository "file:" needs a folder, such as file:.mxdeploy/packages');
        }
        return new FileRepository((0,external_node_path_.resolve)(context.cwd, path));
    }
    if (uri === 'github-release') {
        const { openGitHubReleaseRepository } = await Promise.all(/* import() */[__webpack_require__.e(101), __webpack_require__.e(981)]).then(__webpack_require__.bind(__webpack_require__, 39981));
        return openGitHubReleaseRepository(context.env, context);
    }
    if (uri === 'artifact' || uri.startsWith('artifact:')) {
        const name = uri === 'artifact' ? undefined : uri.slice('artifact:'.length);
        // Loaded only when selected: the adapter's client library costs start-up time.
        const { openArtifactRepository } = await Promise.all(/* import() */[__webpack_require__.e(577), __webpack_require__.e(445), __webpack_require__.e(680)]).then(__webpack_require__.bind(__webpack_require__, 46680));
        return openArtifactRepository(name, context.env);
    }
    if (uri.startsWith('oci://')) {
        const { OciRepository } = await __webpack_require__.e(/* import() */ 779).then(__webpack_require__.bind(__webpack_require__, 12779));
        return new OciRepository(uri, {
            env: context.env,
            ...(context.log ? { log: context.log } : {})
        });
    }
    throw new errors/* ConfigurationError */.j1(`unknown package repository "${(0,redact/* redactCredentials */.U)(uri)}": use file:DIR, github-release, oci://HOST/REPO or artifact[:NAME]`);
}


/***/ }),

/***/ 57525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ newestFirst)
/* harmony export */ });
/* harmony import */ var _mda_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52084);

/** Newest first: by publication time, then by version. */
function newestFirst(a, b) {
    return b.createdAt.localeCompare(a.createdAt) || (0,_mda_version_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(b.version, a.version);
}


/***/ })

};
