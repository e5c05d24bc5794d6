export const id = 602;
export const ids = [602];
export const modules = {

/***/ 43998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ mapPool)
/* harmony export */ });
/**
 * Runs `work` over `items` with at most `limit` calls in flight, and resolves with the results in
 * item order. Every call runs to the end even when one fails; then the first failure is thrown.
 */
async function mapPool(items, limit, work) {
    const results = new Array(items.length);
    const failures = [];
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            try {
                results[index] = await work(items[index], index);
            }
            catch (error) {
                failures.push(error);
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    if (failures.length > 0)
        throw failures[0];
    return results;
}


/***/ }),

/***/ 43602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishCommand: () => (/* binding */ publishCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _repository_publish_package_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21726);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3567);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96719);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6660);





const publishCommand = {
    name: 'publish',
    summary: 'Put a built package into the package repository. Verified first; never overwrites: the same bytes again is success, other bytes under a published version are refused.',
    usage: 'publish FILE [--repository URI] [--config mxdeploy.yml]',
    positionals: ['FILE'],
    options: {
        ..._workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .WORKSPACE_OPTIONS */ .n,
        app: {
            type: 'string',
            value: 'NAME',
            description: 'app name for packages without an mxdeploy manifest'
        }
    },
    async run(context) {
        const [file] = context.positionals;
        if (!file)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('give the package to publish: mxdeploy publish FILE');
        const { repository, config } = await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .openWorkspace */ .O)(context);
        const result = await (0,_repository_publish_package_js__WEBPACK_IMPORTED_MODULE_0__/* .publishPackage */ .e)(repository, file, {
            app: (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r)(context, 'app') ?? config.app,
            env: context.io.env,
            log: context.log
        });
        const { record } = result;
        return {
            json: { created: result.created, package: record },
            text: `${result.created ? 'published' : 'already published'} ${record.app} ${record.version}\n${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .keyValues */ .K7)([
                ['sha256', record.sha256],
                ['url', record.url],
                ['repository', repository.uri]
            ])}`
        };
    }
};


/***/ }),

/***/ 6660:
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
        const record = {
            ...opened.start,
            result: outcome.result,
            error: outcome.error,
            durationMs: outcome.durationMs,
            ...(outcome.details || opened.start.details
                ? { details: { ...opened.start.details, ...outcome.details } }
                : {})
        };
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

// EXTERNAL MODULE: ./src/config/load.ts + 2 modules
var load = __webpack_require__(12603);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/fs/atomic-write.ts
var atomic_write = __webpack_require__(27768);
// EXTERNAL MODULE: ./src/fs/file-lock.ts
var file_lock = __webpack_require__(36577);
// EXTERNAL MODULE: ./src/mda/version.ts
var version = __webpack_require__(52084);
;// CONCATENATED MODULE: ./src/repository/file-repository.ts










const INDEX = 'index.json';
/** Newest first: by publication time, then by version. */
function newestFirst(a, b) {
    return b.createdAt.localeCompare(a.createdAt) || (0,version/* compareVersions */.Zy)(b.version, a.version);
}
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
        return records.filter((r) => r !== undefined).sort(newestFirst);
    }
    async list(app) {
        try {
            const index = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(this.appDir(app), INDEX), 'utf8'));
            return index.packages.sort(newestFirst);
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
 * The repository a URI selects: `file:DIR` (default), `github-release`, `oci://HOST/REPO`,
 * `artifact`. Adapters other than file load only when selected.
 */
function openRepository(uri, context) {
    if (uri.startsWith('file:')) {
        const path = uri.slice('file:'.length);
        if (!path) {
            return Promise.reject(new errors/* ConfigurationError */.j1('repository "file:" needs a folder, such as file:.mxdeploy/packages'));
        }
        return Promise.resolve(new FileRepository((0,external_node_path_.resolve)(context.cwd, path)));
    }
    return Promise.reject(new errors/* ConfigurationError */.j1(`unknown package repository "${uri}": use file:DIR, github-release, oci://HOST/REPO or artifact`));
}

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
        description: 'package repository, overriding mxdeploy.yml (file:DIR, github-release, oci://HOST/REPO)'
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
    const repository = await openRepository(uri, { cwd, env: context.io.env });
    return {
        config,
        stateDir,
        repository,
        activity: new JsonlActivityLog((0,external_node_path_.join)(stateDir, 'activity.jsonl'))
    };
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
// EXTERNAL MODULE: ./src/zip/entry-data.ts
var entry_data = __webpack_require__(21052);
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
                    await (0,entry_data/* readEntry */.hB)(handle, entry, label);
                }
                else {
                    const stream = await (0,entry_data/* entryStream */.vk)(handle, entry, label);
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
    const [{ directory, problems }, sha256, recorded] = await Promise.all([
        verifyZip(path, path, limits),
        (0,sha256_file/* sha256File */.Q3)(path),
        (0,sha256_file/* readSidecar */.YD)(path)
    ]);
    if (recorded !== undefined && recorded !== sha256) {
        problems.push(`its SHA-256 is ${sha256}, but ${path}.sha256 records ${recorded}: the file changed after it was built`);
    }
    if (problems.length > 0) {
        const list = problems.map((p) => `  - ${p}`).join('\n');
        throw new errors/* ConfigurationError */.j1(`${path} failed verification (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${list}`);
    }
    const { metadata } = await (0,inspect/* readPackageFacts */.w)(path);
    return { path, entries: directory.entries.length, sha256, metadata };
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`build number "${buildNumber}" is not a non-negative whole number`);
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

/***/ 21726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ currentActor),
/* harmony export */   e: () => (/* binding */ publishPackage)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _mda_inspect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77700);
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
    const { manifest, metadata, directory } = await (0,_mda_inspect_js__WEBPACK_IMPORTED_MODULE_1__/* .readPackageFacts */ .w)(file);
    const app = manifest?.app ?? options.app;
    const version = manifest?.version ?? metadata.modelVersion;
    if (!app) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${file} has no mxdeploy build manifest naming its app: pass --app NAME (or set app: in mxdeploy.yml)`);
    }
    if (!version || !(0,_mda_version_js__WEBPACK_IMPORTED_MODULE_2__/* .isModelVersion */ .y3)(version)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${file} has no four-part model version (found ${JSON.stringify(version ?? null)}): build it with mxdeploy build --version`);
    }
    const record = {
        app,
        version,
        sha256: verified.sha256,
        size: directory.fileSize,
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


/***/ }),

/***/ 93513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YF: () => (/* binding */ directoryProblems),
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   wd: () => (/* binding */ isDirectory)
/* harmony export */ });
/* unused harmony export unsafeName */
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88269);

const DEFAULT_LIMITS = {
    maxRatio: 1000,
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
 * Everything wrong with an archive that its central directory alone shows: unsafe names,
 * symlinks, duplicates, encryption, unknown methods, overlapping entries, bomb ratios and sizes.
 * Returns one message per problem.
 */
function directoryProblems(directory, limits = DEFAULT_LIMITS) {
    const problems = [];
    const { entries } = directory;
    if (entries.length > limits.maxEntries) {
        problems.push(`it has ${entries.length} entries; the limit is ${limits.maxEntries}`);
    }
    const seen = new Set();
    let total = 0;
    for (const entry of entries) {
        const label = JSON.stringify(entry.name);
        const why = unsafeName(entry.name);
        if (why)
            problems.push(`entry ${label} has ${why}`);
        const key = entry.name.normalize('NFC');
        if (seen.has(key))
            problems.push(`entry ${label} appears more than once`);
        seen.add(key);
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
        if (entry.size > 0 && entry.size / Math.max(entry.compressedSize, 1) > limits.maxRatio) {
            const ratio = Math.round(entry.size / Math.max(entry.compressedSize, 1));
            problems.push(`entry ${label} expands ${ratio}:1, past the ${limits.maxRatio}:1 limit (a zip bomb?)`);
        }
        total += entry.size;
    }
    if (total > limits.maxTotalBytes) {
        problems.push(`its entries expand to ${total} bytes, past the ${limits.maxTotalBytes}-byte limit (a zip bomb?)`);
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
