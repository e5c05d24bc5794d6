export const id = 504;
export const ids = [504];
export const modules = {

/***/ 55205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ deploymentHistory),
/* harmony export */   Z: () => (/* binding */ hasDeployed)
/* harmony export */ });
const DEPLOYING = new Set(['deploy', 'rollback']);
/** Successful deployments (deploy or rollback) of an environment, newest first. */
async function deploymentHistory(log, app, environment) {
    const records = await log.list({ app, environment });
    return records.filter((r) => DEPLOYING.has(r.operation) && r.result === 'success' && r.package !== null);
}
/** Whether the environment has ever run the package with this SHA-256 successfully. */
async function hasDeployed(log, app, environment, sha256) {
    return (await deploymentHistory(log, app, environment)).some((r) => r.package?.sha256 === sha256);
}


/***/ }),

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

/***/ 13137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ stagePackage)
});

// UNUSED EXPORTS: findEnvironment

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/activity/environment-history.ts
var environment_history = __webpack_require__(55205);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/fs/file-lock.ts
var file_lock = __webpack_require__(36577);
// EXTERNAL MODULE: ./src/mda/inspect.ts
var inspect = __webpack_require__(77700);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/targets/command-target.ts


/**
 * The settings in the Mendix buildpacks' conventions: `MX_<Module>_<Constant>` per constant,
 * `CONSTANTS` as JSON, `SCHEDULED_EVENTS` as ALL, NONE or a comma-separated list.
 */
function settingsEnvironment(settings) {
    const env = { CONSTANTS: JSON.stringify(settings.constants) };
    for (const [name, value] of Object.entries(settings.constants)) {
        env[`MX_${name.replace(/\./g, '_')}`] = value;
    }
    const events = Object.entries(settings.scheduledEvents);
    const enabled = events.filter(([, on]) => on).map(([name]) => name);
    env['SCHEDULED_EVENTS'] =
        events.length > 0 && enabled.length === events.length
            ? 'ALL'
            : enabled.length === 0
                ? 'NONE'
                : enabled.join(',');
    return env;
}
/**
 * Runs the user's deploy command (Docker, the Portable App Distribution, a VM script) with the
 * MDA and settings in its environment. A non-zero exit fails the stage with its output.
 */
class CommandTarget {
    options;
    type = 'command';
    constructor(options) {
        this.options = options;
    }
    current() {
        return Promise.resolve(undefined);
    }
    async deploy(request) {
        const { log } = request;
        const env = {
            ...process.env,
            ...settingsEnvironment(request.settings),
            MDA_PATH: request.mdaPath,
            MXDEPLOY_APP: request.package.app,
            MXDEPLOY_ENVIRONMENT: request.environment.name,
            MXDEPLOY_PACKAGE_VERSION: request.package.version,
            MXDEPLOY_PACKAGE_SHA256: request.package.sha256,
            MXDEPLOY_RUNTIME_VERSION: request.package.runtimeVersion
        };
        log.info(`running: ${this.options.run}`);
        const tail = [];
        const timeoutMs = (this.options.timeoutMinutes ?? 60) * 60_000;
        const { code, timedOut } = await new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.spawn)(this.options.run, {
                shell: true,
                cwd: this.options.cwd,
                env,
                stdio: ['ignore', 'pipe', 'pipe']
            });
            let timedOut = false;
            const timer = setTimeout(() => {
                timedOut = true;
                child.kill('SIGTERM');
            }, timeoutMs);
            const collect = (chunk) => {
                const text = chunk.toString('utf8');
                tail.push(text);
                if (tail.length > 200)
                    tail.shift();
                for (const line of text.split('\n'))
                    if (line.trim())
                        log.info(`  ${line}`);
            };
            child.stdout.on('data', collect);
            child.stderr.on('data', collect);
            child.on('error', (error) => {
                clearTimeout(timer);
                reject(error);
            });
            child.on('close', (exit) => {
                clearTimeout(timer);
                resolve({ code: exit, timedOut });
            });
        });
        if (timedOut)
            throw new errors/* OperationError */.OK(`the deploy command ran longer than ${this.options.timeoutMinutes ?? 60} minutes and was stopped`);
        if (code !== 0) {
            const output = tail.join('').trim().slice(-4000);
            throw new errors/* OperationError */.OK(`the deploy command exited with ${code}${output ? `:\n${output}` : ' and printed nothing'}`);
        }
        return { details: { command: this.options.run } };
    }
}

// EXTERNAL MODULE: ./src/fs/atomic-write.ts
var atomic_write = __webpack_require__(27768);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/async-pool.ts
var async_pool = __webpack_require__(43998);
// EXTERNAL MODULE: ./src/fs/open-input.ts
var open_input = __webpack_require__(56318);
// EXTERNAL MODULE: ./src/zip/central-directory.ts
var central_directory = __webpack_require__(81752);
// EXTERNAL MODULE: ./src/zip/entry-data.ts
var entry_data = __webpack_require__(21052);
// EXTERNAL MODULE: ./src/zip/safety.ts
var safety = __webpack_require__(93513);
;// CONCATENATED MODULE: ./src/targets/unpack-release.ts










/** Top-level folders of an MDA that a release holds. */
const RELEASE_FOLDERS = new Set(['model', 'web', 'native']);
/**
 * Unpacks an MDA into `dest` (which must not exist): only model/, web/ and native/, only after
 * the archive passed the safety rules, each entry checked against its size and CRC-32 as it is
 * written. Returns the number of files written.
 */
async function unpackRelease(mdaPath, dest) {
    const handle = await (0,open_input/* openInputFile */.H)(mdaPath, 'package');
    try {
        const { size } = await handle.stat();
        const directory = await (0,central_directory/* readCentralDirectory */.H)(handle, size, mdaPath);
        const problems = (0,safety/* directoryProblems */.YF)(directory);
        if (problems.length > 0) {
            throw new errors/* ConfigurationError */.j1(`${mdaPath} can't be unpacked safely:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        }
        const files = directory.entries.filter((entry) => !(0,safety/* isDirectory */.wd)(entry) && RELEASE_FOLDERS.has(entry.name.split('/')[0]));
        await (0,promises_.mkdir)(dest);
        const folders = new Set(files.map((entry) => (0,external_node_path_.dirname)((0,external_node_path_.join)(dest, entry.name))));
        for (const folder of [...folders].sort())
            await (0,promises_.mkdir)(folder, { recursive: true });
        await (0,async_pool/* mapPool */.P)(files, 4, async (entry) => {
            const source = await (0,entry_data/* entryStream */.vk)(handle, entry, mdaPath);
            await (0,external_node_stream_promises_.pipeline)(source, (0,external_node_fs_.createWriteStream)((0,external_node_path_.join)(dest, entry.name), { flags: 'wx', mode: 0o644 }));
        });
        return files.length;
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/targets/local-target.ts








/** Written last into a release folder: its presence means the release is complete. */
const MARKER = '.mxdeploy-release.json';
/** The settings of a release, inside it, so switching `current` switches both at once. */
const SETTINGS = '.mxdeploy-settings.json';
/**
 * The local (on-premises shaped) target: each package unpacked once into
 * `releases/<version>-<sha>/`, its settings beside its files, and `current` a symlink switched
 * by an atomic rename. `settings.json` is a link through `current`, so a process killed at any
 * moment leaves `current` on a complete release with its own settings.
 */
class LocalTarget {
    options;
    type = 'local';
    constructor(options) {
        this.options = options;
    }
    get releases() {
        return (0,external_node_path_.join)(this.options.path, 'releases');
    }
    get currentLink() {
        return (0,external_node_path_.join)(this.options.path, 'current');
    }
    async current() {
        let release;
        try {
            release = await (0,promises_.readlink)(this.currentLink);
        }
        catch (error) {
            if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
                return undefined;
            throw error;
        }
        const dir = (0,external_node_path_.join)(this.options.path, release);
        try {
            const marker = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, MARKER), 'utf8'));
            const settings = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, SETTINGS), 'utf8'));
            return { version: marker.version, sha256: marker.sha256, constants: settings.constants };
        }
        catch (error) {
            if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
                return undefined;
            throw error;
        }
    }
    async deploy(request) {
        await (0,promises_.mkdir)(this.releases, { recursive: true });
        return (0,file_lock/* withLock */.k)((0,external_node_path_.join)(this.options.path, '.lock'), () => this.deployLocked(request), {
            what: `environment ${request.environment.name} (${this.options.path})`
        });
    }
    async deployLocked(request) {
        const { package: pkg, log } = request;
        const name = `${pkg.version}-${pkg.sha256.slice(0, 12)}`;
        const release = (0,external_node_path_.join)(this.releases, name);
        if (!(await this.isComplete(release))) {
            await (0,promises_.rm)(release, { recursive: true, force: true });
            const partial = (0,external_node_path_.join)(this.releases, `.${name}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.partial`);
            try {
                const files = await unpackRelease(request.mdaPath, partial);
                const marker = {
                    version: pkg.version,
                    sha256: pkg.sha256,
                    unpackedAt: new Date().toISOString()
                };
                await (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.join)(partial, MARKER), `${JSON.stringify(marker, null, 2)}\n`);
                await (0,promises_.rename)(partial, release);
                log.info(`unpacked ${files} files into ${release}`);
            }
            finally {
                await (0,promises_.rm)(partial, { recursive: true, force: true });
            }
        }
        await (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.join)(release, SETTINGS), `${JSON.stringify(request.settings, null, 2)}\n`);
        await this.switchTo((0,external_node_path_.join)('releases', name));
        log.info(`switched ${this.currentLink} to ${name}`);
        await this.prune(name, log);
        if (this.options.restart)
            await this.restart(this.options.restart, request, log);
        return { details: { release } };
    }
    async isComplete(release) {
        try {
            await (0,promises_.stat)((0,external_node_path_.join)(release, MARKER));
            return true;
        }
        catch (error) {
            if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
                return false;
            throw error;
        }
    }
    /** A new link beside `current`, renamed over it: rename(2) replaces it atomically. */
    async switchTo(relative) {
        const next = (0,external_node_path_.join)(this.options.path, `.current.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
        await (0,promises_.symlink)(relative, next);
        try {
            await (0,promises_.rename)(next, this.currentLink);
        }
        catch (error) {
            await (0,promises_.rm)(next, { force: true });
            throw error;
        }
        const settingsLink = (0,external_node_path_.join)(this.options.path, 'settings.json');
        try {
            await (0,promises_.readlink)(settingsLink);
        }
        catch {
            const temp = `${settingsLink}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
            await (0,promises_.symlink)((0,external_node_path_.join)('current', SETTINGS), temp);
            await (0,promises_.rename)(temp, settingsLink);
        }
    }
    /** Keeps the newest `keep` complete releases (the current one always) and drops leftovers. */
    async prune(current, log) {
        const entries = await (0,promises_.readdir)(this.releases);
        const complete = [];
        for (const entry of entries) {
            if (entry.endsWith('.partial')) {
                // Left by a process killed while unpacking; ours was renamed or removed already, and the
                // lock keeps any other process out.
                await (0,promises_.rm)((0,external_node_path_.join)(this.releases, entry), { recursive: true, force: true });
                continue;
            }
            try {
                const marker = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(this.releases, entry, MARKER), 'utf8'));
                complete.push({ name: entry, time: marker.unpackedAt });
            }
            catch {
                // An incomplete release left by a killed process: never current, safe to drop.
                await (0,promises_.rm)((0,external_node_path_.join)(this.releases, entry), { recursive: true, force: true });
            }
        }
        complete.sort((a, b) => b.time.localeCompare(a.time));
        const keep = new Set([current, ...complete.slice(0, this.options.keep).map((r) => r.name)]);
        for (const release of complete) {
            if (keep.has(release.name))
                continue;
            await (0,promises_.rm)((0,external_node_path_.join)(this.releases, release.name), { recursive: true, force: true });
            log.info(`removed old release ${release.name}`);
        }
    }
    async restart(command, request, log) {
        log.info(`restarting: ${command}`);
        const output = [];
        const code = await new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.spawn)(command, {
                shell: true,
                cwd: this.options.path,
                env: {
                    ...process.env,
                    MXDEPLOY_RELEASE: (0,external_node_path_.join)(this.options.path, 'current'),
                    MXDEPLOY_ENVIRONMENT: request.environment.name
                },
                stdio: ['ignore', 'pipe', 'pipe']
            });
            const collect = (chunk) => {
                output.push(chunk.toString('utf8'));
                for (const line of chunk.toString('utf8').split('\n'))
                    if (line)
                        log.info(`  ${line}`);
            };
            child.stdout.on('data', collect);
            child.stderr.on('data', collect);
            child.on('error', reject);
            child.on('close', resolve);
        });
        if (code !== 0) {
            throw new errors/* OperationError */.OK(`switched ${request.environment.name} to ${request.package.version}, but the restart command exited with ${code}: ${output.join('').trim().slice(-2000)}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/targets/open-target.ts


/** The target an environment deploys to, from its configuration. */
function openTarget(environment, config) {
    const { target } = environment;
    switch (target.type) {
        case 'local':
            return new LocalTarget({
                path: target.path,
                keep: target.keep,
                ...(target.restart ? { restart: target.restart } : {})
            });
        case 'command':
            return new CommandTarget({
                run: target.run,
                cwd: config.dir,
                ...(target.timeoutMinutes ? { timeoutMinutes: target.timeoutMinutes } : {})
            });
    }
}

;// CONCATENATED MODULE: ./src/stage/preflight.ts

function suggestion(name, known) {
    const lower = name.toLowerCase();
    const close = known.find((k) => k.toLowerCase() === lower) ??
        known.find((k) => distance(k.toLowerCase(), lower) <= 2);
    return close ? ` (did you mean ${close}?)` : '';
}
/** Levenshtein distance, for "did you mean" hints on typos. */
function distance(a, b) {
    let row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const next = [i];
        for (let j = 1; j <= b.length; j++) {
            next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        row = next;
    }
    return row[b.length];
}
/** Why a configured value does not fit the constant's type, or undefined. */
function typeProblem(constant, value) {
    switch (constant.type) {
        case 'Boolean':
            return /^(true|false)$/.test(value) ? undefined : 'must be true or false';
        case 'Integer':
        case 'Long':
            return /^-?\d+$/.test(value) ? undefined : 'must be a whole number';
        case 'Decimal':
        case 'Float':
            return /^-?\d+(\.\d+)?$/.test(value) ? undefined : 'must be a number';
        default:
            return undefined;
    }
}
function scheduledEvents(environment, metadata) {
    const configured = environment.scheduledEvents;
    return Object.fromEntries(metadata.scheduledEvents.map((event) => {
        if (configured === 'all')
            return [event.name, true];
        if (configured === 'none' || configured === undefined)
            return [event.name, false];
        return [event.name, configured[event.name] ?? false];
    }));
}
/**
 * Checks an environment's configuration against a package's metadata.json before anything is
 * deployed: a constant or scheduled event the package doesn't have is a typo (error); a constant
 * new in this package takes its default with a warning, or is refused with `new-constants:
 * require`; values must fit their types. Returns the full settings and the diff against now.
 */
function preflight(environment, metadata, previous, where) {
    const problems = [];
    const warnings = [];
    const names = metadata.constants.map((c) => c.name);
    for (const [name, value] of Object.entries(environment.constants)) {
        const constant = metadata.constants.find((c) => c.name === name);
        if (!constant) {
            problems.push(`constant ${name} is set for ${environment.name}, but the package has no such constant${suggestion(name, names)}`);
            continue;
        }
        const wrong = typeProblem(constant, value);
        if (wrong)
            problems.push(`constant ${name} is ${JSON.stringify(value)} for ${environment.name}; a ${constant.type} constant ${wrong}`);
    }
    if (typeof environment.scheduledEvents === 'object') {
        const events = metadata.scheduledEvents.map((e) => e.name);
        for (const name of Object.keys(environment.scheduledEvents)) {
            if (!events.includes(name)) {
                problems.push(`scheduled event ${name} is set for ${environment.name}, but the package has no such event${suggestion(name, events)}`);
            }
        }
    }
    const defaulted = [];
    for (const constant of metadata.constants) {
        if (isSet(environment, constant.name))
            continue;
        const isNew = previous.constants !== undefined && !(constant.name in previous.constants);
        if (!isNew)
            continue;
        if (environment.newConstants === 'require') {
            problems.push(`constant ${constant.name} is new in this package and ${environment.name} requires a value for new constants (new-constants: require): set environments.${environment.name}.constants.${constant.name}`);
        }
        else {
            defaulted.push(constant.name);
            warnings.push(`constant ${constant.name} is new in this package; ${environment.name} uses its default ${JSON.stringify(constant.defaultValue)}`);
        }
    }
    if (problems.length > 0) {
        throw new errors/* ConfigurationError */.j1(`${where}: the package does not fit environment ${environment.name}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    }
    const constants = Object.fromEntries(metadata.constants.map((c) => [c.name, environment.constants[c.name] ?? c.defaultValue]));
    const changes = [];
    if (previous.constants) {
        for (const name of new Set([...Object.keys(previous.constants), ...Object.keys(constants)])) {
            const before = previous.constants[name];
            const after = constants[name];
            if (before !== after)
                changes.push({ name, before, after });
        }
    }
    return {
        settings: { constants, scheduledEvents: scheduledEvents(environment, metadata) },
        warnings,
        changes,
        defaulted
    };
}
function isSet(environment, name) {
    return Object.prototype.hasOwnProperty.call(environment.constants, name);
}

;// CONCATENATED MODULE: ./src/stage/promotion-order.ts


/**
 * `after: acceptance`: an environment takes only a package whose SHA-256 was deployed
 * successfully to the environment before it — the same bytes, not just the same version.
 */
const promotionOrder = {
    name: 'promotion order',
    async check({ config, environment, package: pkg, activity }) {
        if (!environment.after)
            return {};
        if (await (0,environment_history/* hasDeployed */.Z)(activity, config.app, environment.after, pkg.sha256))
            return {};
        throw new errors/* ConfigurationError */.j1(`${environment.name} comes after ${environment.after}, and ${environment.after} has not run ${pkg.app} ${pkg.version} (sha256 ${pkg.sha256.slice(0, 12)}…) successfully: stage it there first (mxdeploy stage --environment ${environment.after} --package ${pkg.version})`);
    }
};

;// CONCATENATED MODULE: ./src/stage/stage-service.ts











/** The environment of a name, or a ConfigurationError listing the names there are. */
function findEnvironment(config, name) {
    const environment = config.environments.find((env) => env.name === name);
    if (!environment) {
        const known = config.environments.map((env) => env.name);
        throw new errors/* ConfigurationError */.j1(`unknown environment "${name}"${config.file ? ` in ${config.file}` : ''}; the environments are: ${known.join(', ') || '(none)'}`);
    }
    return environment;
}
async function resolvePackage(request, environment) {
    const { config, repository } = request;
    if (request.rollback) {
        const history = await (0,environment_history/* deploymentHistory */.S)(request.activity, config.app, environment.name);
        const current = history[0]?.package?.sha256;
        const previous = history.find((record) => record.package.sha256 !== current);
        if (!previous) {
            throw new errors/* ConfigurationError */.j1(`${environment.name} has no previous successful package to roll back to`);
        }
        const found = await repository.get(config.app, previous.package.version);
        if (!found) {
            throw new errors/* ConfigurationError */.j1(`${environment.name} last ran ${config.app} ${previous.package.version} before this one, but it is no longer in ${repository.uri}`);
        }
        return found;
    }
    const version = request.package ?? 'latest';
    const found = await repository.get(config.app, version);
    if (!found) {
        const versions = (await repository.list(config.app)).slice(0, 5).map((p) => p.version);
        const hint = versions.length
            ? `; recent versions: ${versions.join(', ')}`
            : '; publish one first (mxdeploy publish)';
        throw new errors/* ConfigurationError */.j1(`${config.app} ${version} is not in the package repository ${repository.uri}${hint}`);
    }
    return found;
}
/**
 * Stages one published package to one environment: resolve and download it (SHA-256 checked),
 * check the promotion order and every policy, preflight the settings against the package,
 * deploy through the environment's target, and record the operation. Refusals happen before
 * anything changes; two stages of one environment never interleave.
 */
async function stagePackage(request) {
    const { config } = request;
    const environment = findEnvironment(config, request.environment);
    const target = (request.targetFor ?? ((env) => openTarget(env, config)))(environment);
    const lock = (0,external_node_path_.join)(request.stateDir, 'locks', `${environment.name}.lock`);
    await (0,promises_.mkdir)((0,external_node_path_.join)(request.stateDir, 'locks'), { recursive: true });
    return (0,file_lock/* withLock */.k)(lock, () => stageLocked(request, environment, target), {
        what: `environment ${environment.name}`,
        timeoutMs: 5_000
    });
}
async function stageLocked(request, environment, target) {
    const { config, log, activity } = request;
    const operation = request.rollback ? 'rollback' : 'deploy';
    const pkg = await resolvePackage(request, environment);
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mxdeploy-stage-'));
    try {
        const mdaPath = (0,external_node_path_.join)(work, `${pkg.app}_${pkg.version}.mda`);
        await request.repository.download(pkg.app, pkg.version, mdaPath);
        log.info(`downloaded ${pkg.app} ${pkg.version} (sha256 ${pkg.sha256} verified)`);
        const context = {
            config,
            environment,
            package: pkg,
            operation,
            actor: request.actor,
            activity,
            log
        };
        const facts = {};
        const policies = operation === 'rollback'
            ? (request.policies ?? [])
            : [promotionOrder, ...(request.policies ?? [])];
        for (const policy of policies)
            Object.assign(facts, await policy.check(context));
        const { metadata } = await (0,inspect/* readPackageFacts */.w)(mdaPath);
        const running = (await target.current()) ?? (await lastDeployed(request, environment));
        const checked = preflight(environment, metadata, { constants: running?.constants }, config.file ?? 'mxdeploy.yml');
        for (const warning of checked.warnings)
            log.warning(warning);
        for (const change of checked.changes) {
            log.info(`  ${change.name}: ${change.before === undefined ? '(new)' : JSON.stringify(change.before)} → ${change.after === undefined ? '(removed)' : JSON.stringify(change.after)}`);
        }
        if (running?.sha256 === pkg.sha256 && !request.redeploy && operation === 'deploy') {
            log.info(`${environment.name} already runs ${pkg.app} ${pkg.version}; nothing to do (use --redeploy to switch again)`);
            return {
                environment: environment.name,
                operation,
                package: pkg,
                changed: false,
                record: null,
                url: environment.url,
                warnings: checked.warnings,
                changes: checked.changes
            };
        }
        const stories = request.storiesFor ? await request.storiesFor(pkg, environment) : pkg.stories;
        const started = Date.now();
        const open = await activity.begin({
            id: (0,external_node_crypto_.randomUUID)(),
            time: new Date(started).toISOString(),
            app: config.app,
            environment: environment.name,
            operation,
            package: { version: pkg.version, sha256: pkg.sha256 },
            actor: request.actor,
            approvers: facts.approvers ?? [],
            mfa: facts.mfa ?? null,
            commit: pkg.commit,
            runUrl: request.runUrl,
            stories,
            details: { settings: checked.settings }
        });
        log.info(`${operation === 'rollback' ? 'rolling back' : 'deploying'} ${pkg.app} ${pkg.version} to ${environment.name} (${target.type})`);
        try {
            const result = await target.deploy({
                environment,
                package: pkg,
                mdaPath,
                settings: checked.settings,
                log
            });
            const url = result.url ?? environment.url;
            const record = await activity.finish(open, {
                result: 'success',
                error: null,
                durationMs: Date.now() - started,
                ...(result.details ? { details: result.details } : {}),
                ...(url ? { url } : {})
            });
            log.info(`${environment.name} now runs ${pkg.app} ${pkg.version}`);
            return {
                environment: environment.name,
                operation,
                package: pkg,
                changed: true,
                record,
                url,
                warnings: checked.warnings,
                changes: checked.changes
            };
        }
        catch (error) {
            await activity.finish(open, {
                result: 'failure',
                error: (0,errors/* errorMessage */.gJ)(error),
                durationMs: Date.now() - started
            });
            throw error;
        }
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
/** What the activity log says the environment runs, for targets that can't tell themselves. */
async function lastDeployed(request, environment) {
    const [last] = await (0,environment_history/* deploymentHistory */.S)(request.activity, request.config.app, environment.name);
    if (!last?.package)
        return undefined;
    const settings = last.details?.['settings'];
    return { sha256: last.package.sha256, constants: settings?.constants };
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
