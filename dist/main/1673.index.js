export const id = 1673;
export const ids = [1673];
export const modules = {

/***/ 3767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RU: () => (/* binding */ buildAppName),
/* harmony export */   XF: () => (/* binding */ checkAppName),
/* harmony export */   a0: () => (/* binding */ checkManifestIdentity),
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
/**
 * Refuses a package whose build manifest (the ZIP comment, which anyone can edit) does not fit
 * the package: an app name outside the grammar, or a version other than its ModelVersion. A build
 * writes neither, so the package was damaged or edited; verify and publish refuse it alike.
 */
function checkManifestIdentity(path, manifest, modelVersion) {
    if (!manifest)
        return;
    const edited = `${path} is damaged or was edited:`;
    if (typeof manifest.app !== 'string' || !APP_NAME.test(manifest.app)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${edited} its manifest names app ${JSON.stringify(manifest.app)}, which no build writes (app names ${APP_RULE}); build it again`);
    }
    const stated = modelVersion && (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .isModelVersion */ .y3)(modelVersion) ? modelVersion : undefined;
    if (stated && manifest.version !== stated) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${edited} its manifest says version ${JSON.stringify(manifest.version)}, its model/metadata.json says ModelVersion ${stated}; build it again`);
    }
    if (!(0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .isModelVersion */ .y3)(String(manifest.version))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${edited} its manifest says version ${JSON.stringify(manifest.version)}, which is not a four-part Mendix version; build it again`);
    }
}


/***/ }),

/***/ 1673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openRepository: () => (/* binding */ openRepository)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/github/access.ts
var access = __webpack_require__(38261);
// EXTERNAL MODULE: ./src/net/retry-settings.ts
var retry_settings = __webpack_require__(46383);
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
    cleanLeftovers;
    beginUpload;
    constructor(inner) {
        this.inner = inner;
        // Present only when the adapter has them, as callers test for them.
        if (inner.cleanLeftovers) {
            const clean = inner.cleanLeftovers.bind(inner);
            this.cleanLeftovers = (app, options) => clean((0,package_identity/* checkAppName */.XF)(app, 'app'), options);
        }
        if (inner.beginUpload)
            this.beginUpload = inner.beginUpload.bind(inner);
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
// EXTERNAL MODULE: ./src/fs/path-error.ts
var path_error = __webpack_require__(59263);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/repository/package-repository.ts
var package_repository = __webpack_require__(57525);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/fs/lock-owner.ts
var lock_owner = __webpack_require__(17690);
;// CONCATENATED MODULE: ./src/repository/publish-staging.ts






const PREFIX = '.publish-';
const OWNER = 'owner.json';
const HOUR = 3_600_000;
/**
 * When a staging folder is abandoned: its publisher's process is gone (this host); a publisher
 * elsewhere after a day; a folder without an owner (an older mxdeploy's, or one killed before
 * it wrote the owner) once nothing in it changed for an hour. No publish copies for that long.
 */
const ABANDONED = { staleMs: 24 * HOUR, graceMs: HOUR };
/** Makes a staging folder in the app's folder, its owner (pid, host, time) written first. */
async function makeStaging(appDir) {
    const dir = (0,external_node_path_.join)(appDir, `${PREFIX}${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    await (0,promises_.mkdir)(dir);
    try {
        await (0,lock_owner/* createWhole */.cl)((0,external_node_path_.join)(dir, OWNER), JSON.stringify((0,lock_owner/* newOwner */.Eh)()));
        const packageDir = (0,external_node_path_.join)(dir, 'package');
        await (0,promises_.mkdir)(packageDir);
        return { dir, packageDir };
    }
    catch (error) {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        throw error;
    }
}
/** Total size and newest change of a folder's files, at any depth. */
async function measure(path) {
    const info = await (0,promises_.lstat)(path);
    let bytes = info.isFile() ? info.size : 0;
    let newestMs = info.mtimeMs;
    if (info.isDirectory()) {
        for (const name of await (0,promises_.readdir)(path)) {
            const inner = await measure((0,external_node_path_.join)(path, name));
            bytes += inner.bytes;
            newestMs = Math.max(newestMs, inner.newestMs);
        }
    }
    return { bytes, newestMs };
}
function hours(ms) {
    const h = Math.floor(ms / HOUR);
    return h === 1 ? '1 hour' : `${h} hours`;
}
async function judge(path) {
    const { bytes, newestMs } = await measure(path);
    const owner = await (0,lock_owner/* readLock */.mF)((0,external_node_path_.join)(path, OWNER));
    const stopped = 'left by a publish that stopped';
    if (owner?.owner) {
        if (!(0,lock_owner/* isAbandoned */.zI)(owner, ABANDONED))
            return undefined;
        const { pid, host, since } = owner.owner;
        const why = host === (0,external_node_os_.hostname)()
            ? `process ${pid} on ${host} is gone`
            : `process ${pid} on ${host} started it ${since}, over a day ago`;
        return { path, bytes, why: `${stopped}: ${why}` };
    }
    const idle = Date.now() - newestMs;
    if (idle <= ABANDONED.graceMs)
        return undefined;
    return { path, bytes, why: `${stopped}: nothing in it changed for ${hours(idle)}` };
}
/**
 * The staging folders of publishes that stopped before renaming their package into place, oldest
 * name first; removed unless `dryRun`. A live publisher's folder is never touched.
 */
async function cleanStaging(appDir, dryRun) {
    let names;
    try {
        names = await (0,promises_.readdir)(appDir);
    }
    catch (error) {
        if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
            return [];
        throw error;
    }
    const leftovers = [];
    for (const name of names.filter((n) => n.startsWith(PREFIX)).sort()) {
        const path = (0,external_node_path_.join)(appDir, name);
        let found;
        try {
            found = await judge(path);
        }
        catch (error) {
            if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
                continue; // its publisher just finished
            throw error;
        }
        if (!found)
            continue;
        if (!dryRun)
            await (0,promises_.rm)(path, { recursive: true, force: true });
        leftovers.push(found);
    }
    return leftovers;
}

// EXTERNAL MODULE: ./src/fs/make-directory.ts
var make_directory = __webpack_require__(891);
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
    log;
    /** The repository folder as the user chose it, for messages about a folder that can't be used. */
    chosen;
    constructor(root, options = {}) {
        this.root = root;
        this.root = (0,external_node_path_.resolve)(root);
        this.uri = `file:${this.root}`;
        this.log = options.log ?? log/* silentLogger */.q;
        this.chosen = {
            what: 'the package repository folder',
            path: this.root,
            fix: 'set repository: file:DIR in mxdeploy.yml (or --repository) to a writable folder'
        };
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
        await (0,path_error/* prepareFolder */.G)(this.chosen, appDir);
        const existing = await this.readRecord(record.app, record.version);
        if (existing) {
            const same = this.same(existing, record.sha256);
            await this.removeLeftovers(record.app);
            await this.indexed(existing);
            return same;
        }
        await this.removeLeftovers(record.app);
        const { dir: stagingDir, packageDir: staging } = await this.staging(appDir);
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
        catch (error) {
            throw await (0,path_error/* pathError */.g)(error, this.chosen);
        }
        finally {
            await (0,promises_.rm)(stagingDir, { recursive: true, force: true });
        }
    }
    async removeLeftovers(app) {
        for (const leftover of await this.cleanLeftovers(app, { dryRun: false })) {
            this.log.info(`removed ${leftover.path} (${leftover.bytes.toLocaleString('en-US')} bytes), ${leftover.why}`);
        }
    }
    /**
     * Makes the index list a package whose folder is in place: a publish killed between its rename
     * and the index left it out, and `packages` (which reads the index) would never show it.
     */
    async indexed(record) {
        const listed = await this.list(record.app);
        if (listed.some((p) => p.version === record.version))
            return;
        await (0,file_lock/* withLock */.k)((0,external_node_path_.join)(this.appDir(record.app), '.lock'), () => this.writeIndex(record.app), {
            what: `package repository ${this.root}`
        });
        this.log.info(`${record.app} ${record.version} was in ${this.uri} but not in its index (a publish stopped before it was written): listed it`);
    }
    /** Staging folders that killed publishes left in the app's folder; removed unless `dryRun`. */
    cleanLeftovers(app, options) {
        return cleanStaging(this.appDir(app), options.dryRun);
    }
    async staging(appDir) {
        try {
            return await makeStaging(appDir);
        }
        catch (error) {
            throw await (0,path_error/* pathError */.g)(error, this.chosen);
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
                throw await (0,path_error/* pathError */.g)(error, this.chosen);
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
        await (0,make_directory/* makeDirectory */.O)((0,external_node_path_.dirname)(dest));
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
        return new FileRepository((0,external_node_path_.resolve)(context.cwd, path), context.log ? { log: context.log } : {});
    }
    if (uri === 'github-release') {
        const { openGitHubReleaseRepository } = await Promise.all(/* import() */[__webpack_require__.e(4101), __webpack_require__.e(530)]).then(__webpack_require__.bind(__webpack_require__, 40530));
        return openGitHubReleaseRepository(context.github ?? (0,access.githubAccess)(context.env), {
            ...context,
            retry: (0,retry_settings/* retryPolicyFromEnv */.ed)(context.env)
        });
    }
    if (uri === 'artifact' || uri.startsWith('artifact:')) {
        const name = uri === 'artifact' ? undefined : uri.slice('artifact:'.length);
        // Loaded only when selected: the adapter's client library costs start-up time.
        const { openArtifactRepository } = await Promise.all(/* import() */[__webpack_require__.e(1913), __webpack_require__.e(7445), __webpack_require__.e(4552)]).then(__webpack_require__.bind(__webpack_require__, 44552));
        return openArtifactRepository(name, context.env);
    }
    if (uri.startsWith('oci://')) {
        const { OciRepository } = await Promise.all(/* import() */[__webpack_require__.e(9957), __webpack_require__.e(6581)]).then(__webpack_require__.bind(__webpack_require__, 56581));
        return new OciRepository(uri, {
            env: context.env,
            github: context.github ?? (0,access.githubAccess)(context.env),
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
