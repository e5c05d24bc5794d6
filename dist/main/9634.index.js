export const id = 9634;
export const ids = [9634,7700];
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

/***/ 77700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspectPackage: () => (/* binding */ inspectPackage),
/* harmony export */   readPackageFacts: () => (/* binding */ readPackageFacts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/* harmony import */ var _fs_open_input_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56318);
/* harmony import */ var _zip_central_directory_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81752);
/* harmony import */ var _zip_entry_data_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73452);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73839);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1143);
/* harmony import */ var _sha256_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89180);







/** Reads a package's central directory and metadata.json, which every MDA must have. */
async function readPackageFacts(path) {
    const handle = await (0,_fs_open_input_js__WEBPACK_IMPORTED_MODULE_0__/* .openInputFile */ .H)(path, 'package');
    try {
        const { size } = await handle.stat();
        const directory = await (0,_zip_central_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .readCentralDirectory */ .H)(handle, size, path);
        const entry = directory.entries.find((e) => e.name === _metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .METADATA_PATH */ .GN);
        if (!entry) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`${path} is not an MDA: it has no ${_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .METADATA_PATH */ .GN}`);
        }
        if (entry.size > 64 << 20)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`${path}: ${_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .METADATA_PATH */ .GN} is implausibly large (${entry.size} bytes)`);
        const metadata = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .parseMetadata */ .jR)(await (0,_zip_entry_data_js__WEBPACK_IMPORTED_MODULE_2__/* .readEntry */ .h)(handle, entry, path), `${path}!${_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .METADATA_PATH */ .GN}`);
        return { directory, metadata, manifest: (0,_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeManifest */ .MK)(directory.comment) ?? null };
    }
    finally {
        await handle.close();
    }
}
/**
 * What a package holds, from its central directory and metadata.json alone: a handful of reads
 * whatever the package's size.
 */
async function inspectPackage(path) {
    const { directory, metadata, manifest } = await readPackageFacts(path);
    let uncompressedBytes = 0;
    let compressedBytes = 0;
    for (const entry of directory.entries) {
        uncompressedBytes += entry.size;
        compressedBytes += entry.compressedSize;
    }
    return {
        path,
        size: directory.fileSize,
        sha256: (await (0,_sha256_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readSidecar */ .YD)(path)) ?? null,
        entries: directory.entries.length,
        uncompressedBytes,
        compressedBytes,
        manifest,
        metadata
    };
}


/***/ }),

/***/ 97711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ environmentLock)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _fs_path_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59263);


/**
 * The lock file of an environment in the state folder, whose `locks` folder is made first: a
 * state folder that cannot be used fails here, named, before anything changes.
 */
async function environmentLock(stateDir, environment) {
    const locks = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(stateDir, 'locks');
    await (0,_fs_path_error_js__WEBPACK_IMPORTED_MODULE_1__/* .prepareFolder */ .G)({
        what: 'the state folder',
        path: stateDir,
        fix: 'give --state-dir a folder on a writable disk'
    }, locks);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(locks, `${environment}.lock`);
}


/***/ }),

/***/ 75570:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ confirmPolicies),
/* harmony export */   J: () => (/* binding */ checkPolicies)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63866);


/**
 * Runs every policy's check in order and merges what they learned. A PolicyRefusal is recorded
 * first (who tried, what, and why; `startOf` builds the record from the facts so far), then
 * rethrown; a record that cannot be written is a warning, so the refusal's reason still shows.
 */
async function checkPolicies(policies, context, startOf) {
    const facts = {};
    try {
        for (const policy of policies)
            Object.assign(facts, await policy.check(context));
    }
    catch (error) {
        if (error instanceof _policy_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyRefusal */ .F) {
            await recordRefusal(context, startOf({ ...facts, ...error.facts }), error);
        }
        throw error;
    }
    return facts;
}
/** Runs the policies' confirmations on a started record; a refusal finishes it as refused. */
async function confirmPolicies(policies, context, started) {
    try {
        for (const policy of policies)
            await policy.confirm?.(context, started);
    }
    catch (error) {
        await context.activity.finish(started, {
            result: 'failure',
            error: (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error),
            durationMs: 0,
            ...(error instanceof _policy_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyRefusal */ .F ? { details: { refused: true } } : {})
        });
        throw error;
    }
}
async function recordRefusal(context, start, refusal) {
    try {
        const open = await context.activity.begin({
            ...start,
            details: { ...start.details, refused: true }
        });
        await context.activity.finish(open, {
            result: 'failure',
            error: refusal.message,
            durationMs: 0
        });
    }
    catch (error) {
        context.log.warning(`the refusal could not be recorded in the activity log: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
    }
}


/***/ }),

/***/ 63866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ PolicyRefusal)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/**
 * An access-control refusal (wrong or reused code, no approval): the user's input, so exit 2 and
 * nothing deployed — but unlike other input errors it is recorded in the activity log, because
 * auditors want refused attempts too.
 */
class PolicyRefusal extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    facts;
    name = 'PolicyRefusal';
    constructor(message, facts) {
        super(message);
        this.facts = facts;
    }
}


/***/ }),

/***/ 55676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ recordFailure),
/* harmony export */   y: () => (/* binding */ recordDone)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/**
 * Records an operation that changed the environment. A record that cannot be written fails the
 * operation (exit 1) with a message that says what did happen, so a lost record never passes
 * for a success: `fact.done` is what happened ("test now runs hello 1.2.0.1"), `fact.what` names
 * the operation, and `fact.redo` how to get it recorded once the log can take it.
 */
async function recordDone(activity, open, outcome, fact) {
    try {
        return await activity.finish(open, outcome);
    }
    catch (error) {
        const redo = fact.redo
            ? `; once the log can be written again, record the ${fact.what} with ${fact.redo}`
            : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`${fact.done}, but the ${fact.what} is not in the activity log: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}${redo}`);
    }
}
/**
 * Records an operation that failed. The operation's own error is what the caller reports, so a
 * record that cannot be written is a warning here rather than a second error hiding the first.
 */
async function recordFailure(activity, open, outcome, log) {
    try {
        await activity.finish(open, outcome);
    }
    catch (error) {
        log.warning(`this failure is not in the activity log: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
    }
}


/***/ }),

/***/ 26845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ openTarget)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
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
    knowsWhatRuns = false;
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/zip/extract.ts
var extract = __webpack_require__(13134);
// EXTERNAL MODULE: ./src/fs/atomic-write.ts
var atomic_write = __webpack_require__(27768);
// EXTERNAL MODULE: ./src/fs/file-lock.ts
var file_lock = __webpack_require__(36577);
// EXTERNAL MODULE: ./src/fs/path-error.ts
var path_error = __webpack_require__(59263);
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
    knowsWhatRuns = true;
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
            return {
                version: marker.version,
                sha256: marker.sha256,
                constants: settings.constants,
                scheduledEvents: settings.scheduledEvents
            };
        }
        catch (error) {
            if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
                return undefined;
            throw error;
        }
    }
    /** The environment's folder as mxdeploy.yml chose it, for messages when it can't be used. */
    chosen(environment) {
        return {
            what: `the folder of environment ${environment}`,
            path: this.options.path,
            fix: `set target.path of ${environment} in mxdeploy.yml to a folder on a writable disk`
        };
    }
    async deploy(request) {
        await (0,path_error/* prepareFolder */.G)(this.chosen(request.environment.name), this.releases);
        return (0,file_lock/* withLock */.k)((0,external_node_path_.join)(this.options.path, '.lock'), () => this.deployLocked(request), {
            what: `environment ${request.environment.name} (${this.options.path})`
        });
    }
    async deployLocked(request) {
        const { package: pkg, log } = request;
        const name = `${pkg.version}-${pkg.sha256.slice(0, 12)}`;
        const release = (0,external_node_path_.join)(this.releases, name);
        try {
            await this.unpack(request, name, release);
        }
        catch (error) {
            // Nothing is switched yet: a full disk or a folder that turned read-only is named as such.
            throw await (0,path_error/* pathError */.g)(error, this.chosen(request.environment.name));
        }
        await this.switchTo((0,external_node_path_.join)('releases', name));
        log.info(`switched ${this.currentLink} to ${name}`);
        await this.prune(name, log);
        if (this.options.restart)
            await this.restart(this.options.restart, request, log);
        return { details: { release } };
    }
    /** Unpacks the package into its release folder (once) and writes its settings beside it. */
    async unpack(request, name, release) {
        const { package: pkg, log } = request;
        if (!(await this.isComplete(release))) {
            await (0,promises_.rm)(release, { recursive: true, force: true });
            const partial = (0,external_node_path_.join)(this.releases, `.${name}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.partial`);
            try {
                const { files } = await (0,extract/* extractZip */.J)(request.mdaPath, partial, request.mdaPath);
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

// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/net/retry-settings.ts
var retry_settings = __webpack_require__(46383);
// EXTERNAL MODULE: ./src/targets/mendix-cloud/api-context.ts
var api_context = __webpack_require__(95080);
// EXTERNAL MODULE: ./src/targets/mendix-cloud/credentials.ts
var credentials = __webpack_require__(2496);
// EXTERNAL MODULE: ./src/targets/mendix-cloud/api-errors.ts
var api_errors = __webpack_require__(6336);
// EXTERNAL MODULE: ./src/targets/mendix-cloud/poll.ts
var poll = __webpack_require__(75905);
;// CONCATENATED MODULE: ./src/targets/mendix-cloud/backups.ts


function snapshotsUrl(context, projectId, environmentId) {
    return `${context.deployApiUrl}/api/v2/apps/${encodeURIComponent(projectId)}/environments/${encodeURIComponent(environmentId)}/snapshots`;
}
/**
 * Creates a snapshot of the environment's data (database and files) and waits until it is
 * completed; a failed snapshot fails the call with Mendix's status message.
 */
async function createSnapshot(context, ids, comment, timeoutMs) {
    const base = snapshotsUrl(context, ids.projectId, ids.environmentId);
    const started = context.clock.now();
    const created = await context.http.json({
        method: 'POST',
        url: base,
        json: { comment },
        what: `creating a backup snapshot of ${ids.mode}`,
        right: 'Access to Backups'
    });
    if (!created?.snapshot_id) {
        throw new errors/* OperationError */.OK(`creating a backup snapshot of ${ids.mode}: Mendix answered without a snapshot_id (${JSON.stringify(created)})`);
    }
    return (0,poll/* pollUntil */.g3)({
        what: `backup snapshot ${created.snapshot_id}`,
        timeoutMs: Math.max(1, timeoutMs - (context.clock.now() - started)),
        backoff: context.backoff,
        clock: context.clock,
        log: context.log,
        check: async () => {
            const snapshot = await context.http.json({
                method: 'GET',
                url: `${base}/${encodeURIComponent(created.snapshot_id)}`,
                what: `reading backup snapshot ${created.snapshot_id}`,
                right: 'Access to Backups'
            });
            if (snapshot.state === 'completed')
                return { done: true, value: snapshot };
            if (snapshot.state === 'failed') {
                throw new errors/* OperationError */.OK(`the backup snapshot ${created.snapshot_id} of ${ids.mode} failed: ${snapshot.status_message ?? 'Mendix gave no reason'}`);
            }
            return {
                done: false,
                status: `${snapshot.state}${snapshot.status_message ? ` (${snapshot.status_message})` : ''}`
            };
        }
    });
}

// EXTERNAL MODULE: ./src/targets/mendix-cloud/environments.ts
var environments = __webpack_require__(74);
;// CONCATENATED MODULE: ./src/targets/mendix-cloud/journal.ts


/**
 * What a deployment or operation has done so far, so a failure says exactly where it stopped
 * and what the environment runs now: "uploaded …; transporting … failed with …; Acceptance
 * still runs 1.0.0.3 (Running), unchanged".
 */
class Journal {
    mode;
    before;
    label;
    done = [];
    transported = false;
    stopped = false;
    startRequested = false;
    /**
     * @param mode the environment's Mode
     * @param before what it ran when we began: `model 1.0.0.3 (Running)` or `nothing (Empty)`
     * @param label what is being deployed, for messages: `hello 1.2.0.4`
     */
    constructor(mode, before, label) {
        this.mode = mode;
        this.before = before;
        this.label = label;
    }
    /** A step that completed. */
    record(text) {
        this.done.push(text);
    }
    markTransported() {
        this.transported = true;
    }
    markStopped() {
        this.stopped = true;
    }
    markStartRequested() {
        this.startRequested = true;
    }
    /** The previous package was transported back after a failure: the environment is as it was. */
    markRestored() {
        this.transported = false;
    }
    /** Transported, not yet stopped: transporting the previous package back undoes it. */
    get undoable() {
        return this.transported && !this.stopped;
    }
    /** Whether the environment itself has changed (its package or whether it runs). */
    get changed() {
        return this.transported || this.stopped;
    }
    /** What the environment runs now, as far as the steps done tell. */
    state(error) {
        const { mode, before, label } = this;
        if (this.startRequested && !this.stopped && !this.transported && !before.running) {
            return `${mode} is unchanged: it has ${before.text}`;
        }
        if (this.startRequested) {
            return error instanceof poll/* PollTimeoutError */.t5
                ? `${mode} may still be starting ${label}: see its status in the Portal`
                : `${mode} is stopped: ${label} did not start`;
        }
        if (this.stopped)
            return `${mode} is stopped (it ran ${before.text})`;
        if (this.transported) {
            return before.running
                ? `${mode} still runs ${before.text}; ${label} is transported to it but not started: stage again to finish`
                : `${mode} is not running, as before; ${label} is transported to it but not started: stage again to finish`;
        }
        return `${mode} is unchanged: ${before.running ? 'it still runs' : 'it has'} ${before.text}`;
    }
    /**
     * The error to throw for a failure: everything done, the failure, what was done about it, where
     * things stand. A
     * ConfigurationError stays one while the environment is untouched (exit 2, nothing changed).
     */
    failure(error, afterwards = []) {
        const message = [...this.done, (0,errors/* errorMessage */.gJ)(error), ...afterwards, this.state(error)].join('; ');
        return error instanceof errors/* ConfigurationError */.j1 && !this.changed
            ? new errors/* ConfigurationError */.j1(message)
            : new errors/* OperationError */.OK(message);
    }
}

// EXTERNAL MODULE: ./src/targets/mendix-cloud/http-client.ts
var http_client = __webpack_require__(22870);
;// CONCATENATED MODULE: ./src/targets/mendix-cloud/operations.ts






/**
 * Transports an uploaded package to the environment (it runs after the next start). While
 * Mendix Cloud still processes a fresh package it answers 503; that is retried until the time
 * is up. Other errors, APP_IS_RUNNING among them, are thrown as they are.
 */
async function transportPackage(context, mode, packageId, timeoutMs) {
    await (0,poll/* pollUntil */.g3)({
        what: `transport to ${mode}`,
        timeoutMs,
        backoff: context.backoff,
        clock: context.clock,
        log: context.log,
        check: async () => {
            try {
                await context.http.send({
                    method: 'POST',
                    url: (0,api_context/* v1Url */.PZ)(context, `${(0,api_context/* modePath */.$T)(mode)}/transport`),
                    json: { PackageId: packageId },
                    what: `transporting package ${packageId} to ${mode}`,
                    right: 'Transport Rights'
                });
                return { done: true, value: undefined };
            }
            catch (error) {
                if ((0,api_errors/* apiFailure */.tF)(error)?.status === 503) {
                    return { done: false, status: 'the package is still being processed' };
                }
                throw error;
            }
        }
    });
}
/** Stops the environment and waits until it no longer runs. */
async function stopEnvironment(context, mode, timeoutMs) {
    const started = context.clock.now();
    await context.http.send({
        method: 'POST',
        url: (0,api_context/* v1Url */.PZ)(context, `${(0,api_context/* modePath */.$T)(mode)}/stop`),
        json: {},
        what: `stopping ${mode}`,
        right: 'Transport Rights',
        timeoutMs
    });
    // The document shows no answer for stop; whether it returns before the app has stopped is not
    // said, so the environment's Status is read until it is no longer Running.
    await (0,poll/* pollUntil */.g3)({
        what: `stopping ${mode}`,
        timeoutMs: Math.max(1, timeoutMs - (context.clock.now() - started)),
        backoff: context.backoff,
        clock: context.clock,
        log: context.log,
        check: async () => {
            const environment = await (0,environments/* getEnvironment */.uc)(context, mode);
            return environment.Status === 'Running'
                ? { done: false, status: 'Running' }
                : { done: true, value: undefined };
        }
    });
}
/**
 * Starts the environment with the database synchronized to the model (`AutoSyncDb: true`) and
 * polls the start job until it is Started. Errors of the start job (MISSING_CONSTANT,
 * INSECURE_ADMIN_PASSWORD, …) are thrown with their code.
 */
async function startEnvironment(context, mode, timeoutMs) {
    const started = context.clock.now();
    const answer = await context.http.send({
        method: 'POST',
        url: (0,api_context/* v1Url */.PZ)(context, `${(0,api_context/* modePath */.$T)(mode)}/start`),
        json: { AutoSyncDb: true },
        what: `starting ${mode}`,
        right: 'Transport Rights'
    });
    const jobId = answer.body?.JobId;
    if (typeof jobId !== 'string' || !jobId) {
        // Documented as a 200 answer: "ALREADY_STARTED: Cannot start app. App is already running."
        if ((0,http_client/* errorFields */.au)(answer.body).code === 'ALREADY_STARTED')
            return { jobId: undefined };
        throw new errors/* OperationError */.OK(`starting ${mode}: Mendix answered without a JobId (${JSON.stringify(answer.body)})`);
    }
    await (0,poll/* pollUntil */.g3)({
        what: `start job ${jobId} of ${mode}`,
        timeoutMs: Math.max(1, timeoutMs - (context.clock.now() - started)),
        backoff: context.backoff,
        clock: context.clock,
        log: context.log,
        check: async () => {
            const status = await context.http.json({
                method: 'GET',
                url: (0,api_context/* v1Url */.PZ)(context, `${(0,api_context/* modePath */.$T)(mode)}/start/${encodeURIComponent(jobId)}`),
                what: `starting ${mode}`
            });
            return status.Status === 'Started'
                ? { done: true, value: undefined }
                : { done: false, status: status.Status };
        }
    });
    return { jobId };
}

;// CONCATENATED MODULE: ./src/targets/mendix-cloud/settings.ts


/** The environment's constants, custom settings and scheduled events. */
async function readSettings(context, mode) {
    const settings = await context.http.json({
        method: 'GET',
        url: (0,api_context/* v1Url */.PZ)(context, `${(0,api_context/* modePath */.$T)(mode)}/settings`),
        what: `reading the settings of ${mode}`
    });
    return {
        Constants: settings?.Constants ?? [],
        CustomSettings: settings?.CustomSettings ?? [],
        ScheduledEvents: settings?.ScheduledEvents ?? []
    };
}
/**
 * The settings to write: the document as read (the API takes back what it gave), with the
 * wanted constant values and events put in. Lists the names whose value changes.
 */
function planSettings(current, wanted) {
    const constants = [];
    const events = [];
    const body = {
        Constants: current.Constants.map((constant) => {
            const value = wanted.constants[constant.Name];
            if (value === undefined || value === constant.Value)
                return constant;
            constants.push(constant.Name);
            return { ...constant, Value: value };
        }),
        CustomSettings: current.CustomSettings,
        ScheduledEvents: current.ScheduledEvents.map((event) => {
            const on = wanted.scheduledEvents?.[event.Name];
            if (on === undefined)
                return event;
            const value = on ? 'Enabled' : 'Disabled';
            if (value === event.Value)
                return event;
            events.push(event.Name);
            return { ...event, Value: value };
        })
    };
    const constantNames = new Set(current.Constants.map((c) => c.Name));
    const eventNames = new Set(current.ScheduledEvents.map((e) => e.Name));
    const unknown = [
        ...Object.keys(wanted.constants).filter((name) => !constantNames.has(name)),
        ...Object.keys(wanted.scheduledEvents ?? {}).filter((name) => !eventNames.has(name))
    ];
    return { body, constants, events, unknown };
}
/**
 * Puts the wanted constants and scheduled events on the environment; they apply at its next
 * start. Returns the names changed (never their values: constants may hold secrets).
 */
async function pushSettings(context, mode, wanted) {
    const plan = planSettings(await readSettings(context, mode), wanted);
    if (plan.unknown.length > 0) {
        throw new errors/* OperationError */.OK(`${mode} has no ${plan.unknown.join(', ')} after the transport, though the package defines ${plan.unknown.length > 1 ? 'them' : 'it'}`);
    }
    if (plan.constants.length === 0 && plan.events.length === 0) {
        return { constants: [], events: [] };
    }
    await context.http.send({
        method: 'POST',
        url: (0,api_context/* v1Url */.PZ)(context, `${(0,api_context/* modePath */.$T)(mode)}/settings`),
        json: plan.body,
        what: `setting ${[...plan.constants, ...plan.events].join(', ')} on ${mode}`,
        right: 'Transport Rights'
    });
    return { constants: plan.constants, events: plan.events };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./src/targets/mendix-cloud/multipart.ts



/** A file name as RFC 7578 allows it in a quoted Content-Disposition parameter. */
function quoted(name) {
    return name.replace(/[\r\n"%]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
/**
 * A multipart/form-data body (RFC 7578) of one file field, streamed from disk with its exact
 * length known up front: the package is never held in memory.
 */
function multipartFile(field, fileName, path, size) {
    const boundary = `mxdeploy-${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`;
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quoted(field)}"; filename="${quoted(fileName)}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    return {
        contentType: `multipart/form-data; boundary=${boundary}`,
        length: head.length + size + tail.length,
        open: () => external_node_stream_.Readable.from((async function* () {
            yield head;
            let sent = 0;
            for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 })) {
                sent += chunk.length;
                yield chunk;
            }
            if (sent !== size) {
                throw new Error(`${path} changed while it was being uploaded (${sent} bytes, expected ${size})`);
            }
            yield tail;
        })(), { objectMode: false })
    };
}

;// CONCATENATED MODULE: ./src/targets/mendix-cloud/upload.ts





/** Mendix Cloud refuses uploads above 1 GB. */
const MAX_UPLOAD_BYTES = 1024 * 1024 * 1024;
/**
 * The name a package is uploaded under: app, version and full SHA-256, so the environment's
 * package tells which bytes it runs, and a package uploaded once is transported again, not
 * uploaded again, to the next environment of the app.
 */
function packageName(pkg) {
    return `${pkg.app}_${pkg.version}_${pkg.sha256}.mda`;
}
/** The SHA-256 in a package name mxdeploy gave, or undefined for any other name. */
function sha256OfPackageName(name) {
    return /_([0-9a-f]{64})\.mda$/.exec(name)?.[1];
}
/** The package with these bytes if it was uploaded before and is ready to transport. */
async function findUploaded(context, pkg) {
    const name = packageName(pkg);
    const packages = await (0,environments/* listPackages */.Ad)(context);
    return packages.find((p) => p.Name === name && p.Status === 'Succeeded' && p.Size === pkg.size);
}
/**
 * Uploads the MDA with Deploy API v2 (multipart, streamed; v1 times out above 300 MB) and waits
 * for the upload job to complete. Returns the new package's ID.
 */
async function uploadPackage(context, mdaPath, pkg, timeoutMs) {
    const name = packageName(pkg);
    const started = context.clock.now();
    const answer = await context.http.json({
        method: 'POST',
        url: (0,api_context/* v2Url */.oK)(context, `/packages/upload?name=${encodeURIComponent(name)}`),
        stream: multipartFile('file', name, mdaPath, pkg.size),
        what: `uploading ${name}`,
        timeoutMs
    });
    if (!answer?.PackageId || !answer.JobId) {
        throw new errors/* OperationError */.OK(`uploading ${name}: Mendix answered without a PackageId and JobId (${JSON.stringify(answer)})`);
    }
    const remaining = Math.max(1, timeoutMs - (context.clock.now() - started));
    await (0,poll/* pollUntil */.g3)({
        what: `upload job ${answer.JobId}`,
        timeoutMs: remaining,
        backoff: context.backoff,
        clock: context.clock,
        log: context.log,
        check: async () => {
            const job = await context.http.json({
                method: 'GET',
                url: (0,api_context/* v2Url */.oK)(context, `/jobs/${encodeURIComponent(answer.JobId)}`),
                what: `reading upload job ${answer.JobId}`
            });
            if (job.Status === 'Completed')
                return { done: true, value: undefined };
            if (job.Status === 'Failed') {
                throw new errors/* OperationError */.OK(`Mendix Cloud could not process the uploaded package ${name} (upload job ${answer.JobId} Failed): check that it is a valid MDA for this app`);
            }
            return { done: false, status: job.Status };
        }
    });
    return { packageId: answer.PackageId, jobId: answer.JobId };
}

;// CONCATENATED MODULE: ./src/targets/mendix-cloud/deploy-flow.ts









/** What an environment runs, for messages: `model 1.0.0.3 (Running)`. */
function describeRunning(environment) {
    if (environment.Status === 'Empty' || !environment.ModelVersion) {
        return { text: `nothing deployed (${environment.Status})`, running: false };
    }
    return {
        text: `model ${environment.ModelVersion} (${environment.Status})`,
        running: environment.Status === 'Running'
    };
}
/**
 * Constants the package brings that the environment does not have yet and mxdeploy.yml does not
 * set: refused with `new-constants: require`, else a warning. Only names are printed.
 */
async function checkNewConstants(context, environment, request) {
    if (environment.Status === 'Empty')
        return;
    const current = new Set((await readSettings(context, environment.Mode)).Constants.map((c) => c.Name));
    const fresh = Object.keys(request.settings.constants).filter((name) => !current.has(name) && !(name in request.environment.constants));
    if (fresh.length === 0)
        return;
    const env = request.environment.name;
    if (request.environment.newConstants === 'require') {
        throw new errors/* ConfigurationError */.j1(`${fresh.join(', ')} ${fresh.length > 1 ? 'are' : 'is'} new in this package and ${env} requires a value for new constants (new-constants: require): set ${fresh.map((name) => `environments.${env}.constants.${name}`).join(', ')} in mxdeploy.yml`);
    }
    for (const name of fresh) {
        request.log.warning(`constant ${name} is new in this package; ${environment.Mode} gives it its default value (set it in mxdeploy.yml or the Portal)`);
    }
}
/**
 * Deploys a package to a Mendix Cloud environment: upload it (unless these bytes were uploaded
 * before), back up a production environment, transport, push the settings of mxdeploy.yml,
 * stop, start with AutoSyncDb, and wait until it runs. Any failure says what was done and what
 * the environment runs now.
 */
async function deployToMendixCloud(context, config, request) {
    const { package: pkg, log } = request;
    const label = `${pkg.app} ${pkg.version}`;
    if (pkg.size > MAX_UPLOAD_BYTES) {
        throw new errors/* ConfigurationError */.j1(`${label} is ${pkg.size} bytes; Mendix Cloud takes packages up to 1 GB`);
    }
    const timeouts = config.timeouts;
    const app = await (0,environments/* getApp */.Sx)(context);
    const environment = await (0,environments/* resolveEnvironment */.g9)(context, config.environment);
    const mode = environment.Mode;
    const journal = new Journal(mode, describeRunning(environment), label);
    await checkNewConstants(context, environment, request);
    const details = {
        appId: context.appId,
        mode,
        environmentId: environment.EnvironmentId,
        previous: { modelVersion: environment.ModelVersion, status: environment.Status }
    };
    let previous;
    let packageId;
    try {
        const name = packageName(pkg);
        const existing = await findUploaded(context, pkg);
        if (existing) {
            log.info(`${label} is already uploaded to ${context.appId} (package ${existing.PackageId}); not uploading it again`);
            details['packageId'] = existing.PackageId;
            details['uploaded'] = false;
        }
        else {
            log.info(`uploading ${name} to app ${context.appId}`);
            const uploaded = await uploadPackage(context, request.mdaPath, pkg, (0,api_context/* minutes */.Gx)(timeouts.upload));
            journal.record(`uploaded ${label} (package ${uploaded.packageId})`);
            details['packageId'] = uploaded.packageId;
            details['uploaded'] = true;
        }
        packageId = details['packageId'];
        const production = request.environment.production || environment.Production;
        const backup = config.backup ?? (production ? 'before' : 'none');
        if (backup === 'before' && environment.Status === 'Empty') {
            log.info(`no backup: ${mode} has nothing deployed yet`);
        }
        else if (backup === 'before') {
            log.info(`backing up ${mode} before the deployment`);
            const snapshot = await createSnapshot(context, { projectId: app.ProjectId, environmentId: environment.EnvironmentId, mode }, `mxdeploy: before deploying ${label}`, (0,api_context/* minutes */.Gx)(timeouts.backup));
            journal.record(`backed up ${mode} (snapshot ${snapshot.snapshot_id})`);
            details['snapshotId'] = snapshot.snapshot_id;
        }
        previous = environment.Status === 'Empty' ? undefined : await (0,environments/* deployedPackage */.z5)(context, mode);
        log.info(`transporting ${label} to ${mode}`);
        try {
            await transportPackage(context, mode, packageId, (0,api_context/* minutes */.Gx)(timeouts.transport));
        }
        catch (error) {
            if ((0,api_errors/* apiFailure */.tF)(error)?.code !== 'APP_IS_RUNNING')
                throw error;
            log.info(`${mode} must be stopped for the transport; stopping it`);
            await stopEnvironment(context, mode, (0,api_context/* minutes */.Gx)(timeouts.stop));
            journal.markStopped();
            journal.record(`stopped ${mode}`);
            await transportPackage(context, mode, packageId, (0,api_context/* minutes */.Gx)(timeouts.transport));
        }
        journal.markTransported();
        journal.record(`transported ${label} to ${mode}`);
        const changed = await pushSettings(context, mode, {
            constants: request.environment.constants,
            scheduledEvents: request.environment.scheduledEvents === undefined
                ? undefined
                : request.settings.scheduledEvents
        });
        const names = [...changed.constants, ...changed.events];
        if (names.length > 0) {
            log.info(`set ${names.join(', ')} on ${mode}`);
            journal.record(`set ${names.join(', ')}`);
        }
        details['settingsChanged'] = names;
        if ((await (0,environments/* getEnvironment */.uc)(context, mode)).Status === 'Running') {
            log.info(`stopping ${mode}`);
            await stopEnvironment(context, mode, (0,api_context/* minutes */.Gx)(timeouts.stop));
            journal.markStopped();
            journal.record(`stopped ${mode}`);
        }
        log.info(`starting ${mode} (AutoSyncDb: true)`);
        journal.markStartRequested();
        const started = await startEnvironment(context, mode, (0,api_context/* minutes */.Gx)(timeouts.start));
        details['startJobId'] = started.jobId ?? null;
        const after = await (0,environments/* getEnvironment */.uc)(context, mode);
        if (pkg.modelVersion && after.ModelVersion && after.ModelVersion !== pkg.modelVersion) {
            log.warning(`${mode} reports model version ${after.ModelVersion} after the start, not ${pkg.modelVersion}`);
        }
        log.info(`${mode} runs ${label} (${after.Status}) at ${after.Url || environment.Url}`);
        return { url: after.Url || environment.Url, details };
    }
    catch (error) {
        const afterwards = [];
        if (journal.undoable && previous && previous.PackageId !== packageId) {
            try {
                await transportPackage(context, mode, previous.PackageId, (0,api_context/* minutes */.Gx)(timeouts.transport));
                journal.markRestored();
                afterwards.push(`transported the previous package ${previous.Name} back`);
            }
            catch (restoreError) {
                afterwards.push(`transporting the previous package ${previous.Name} back failed too: ${(0,errors/* errorMessage */.gJ)(restoreError)} (stage again with --redeploy)`);
            }
        }
        throw journal.failure(error, afterwards);
    }
}

;// CONCATENATED MODULE: ./src/targets/mendix-cloud/mendix-cloud-target.ts











/**
 * Mendix Cloud through its public APIs: Deploy API v2 upload, Backups API v2 snapshot, Deploy
 * API v1 transport, settings, stop and start. Credentials come from the environment variables
 * when a call is made, so a missing one is reported before anything changes.
 */
class MendixCloudTarget {
    options;
    knowsWhatRuns = true;
    type = 'mendix-cloud';
    constructor(options) {
        this.options = options;
    }
    context(log) {
        const { config } = this.options;
        const env = this.options.env ?? process.env;
        const clock = this.options.clock ?? poll/* realClock */.dQ;
        const retry = this.options.retry ?? (0,retry_settings/* retryPolicyFromEnv */.ed)(env, { clock });
        return {
            http: new http_client/* MendixHttp */.IB((0,credentials/* apiKeyAuth */.wb)(env, log), { retry, log }),
            deployApiUrl: config.deployApiUrl,
            appId: config.appId,
            backoff: this.options.backoff ?? poll/* DEFAULT_BACKOFF */.VU,
            clock,
            log
        };
    }
    /**
     * What a running environment runs: its model version, and the package's SHA-256 when mxdeploy
     * uploaded it (its name carries it). Constants are left out: the Portal may hold secrets in
     * them, and their values would reach the log in the preflight's list of changes.
     */
    async current() {
        const context = this.context(log/* silentLogger */.q);
        const environment = await (0,environments/* resolveEnvironment */.g9)(context, this.options.config.environment);
        // Only a running environment runs its package: a stopped one (a start that failed, a
        // transport not yet started) is deployed again rather than skipped as "already runs".
        if (environment.Status !== 'Running') {
            return { version: undefined, sha256: undefined, constants: undefined };
        }
        const deployed = await (0,environments/* deployedPackage */.z5)(context, environment.Mode);
        return {
            version: environment.ModelVersion ?? deployed?.Version ?? undefined,
            sha256: deployed ? sha256OfPackageName(deployed.Name) : undefined,
            constants: undefined
        };
    }
    deploy(request) {
        return deployToMendixCloud(this.context(request.log), this.options.config, request);
    }
    /** Start, stop or restart (stop, then start with AutoSyncDb) the environment, waiting for each. */
    async operate(operation, log) {
        const context = this.context(log);
        const { timeouts } = this.options.config;
        const environment = await (0,environments/* resolveEnvironment */.g9)(context, this.options.config.environment);
        const mode = environment.Mode;
        const journal = new Journal(mode, describeRunning(environment), 'the app');
        try {
            if (operation !== 'start') {
                if (environment.Status === 'Running') {
                    log.info(`stopping ${mode}`);
                    await stopEnvironment(context, mode, (0,api_context/* minutes */.Gx)(timeouts.stop));
                    journal.markStopped();
                    journal.record(`stopped ${mode}`);
                }
                else {
                    log.info(`${mode} is not running (${environment.Status})`);
                }
            }
            if (operation !== 'stop') {
                log.info(`starting ${mode} (AutoSyncDb: true)`);
                journal.markStartRequested();
                const started = await startEnvironment(context, mode, (0,api_context/* minutes */.Gx)(timeouts.start));
                log.info(started.jobId ? `${mode} is running` : `${mode} was already running`);
            }
        }
        catch (error) {
            throw journal.failure(error);
        }
    }
}

;// CONCATENATED MODULE: ./src/targets/open-target.ts



/** The target an environment deploys to, from its configuration. */
function openTarget(environment, config, context = {}) {
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
        case 'mendix-cloud':
            return new MendixCloudTarget({
                config: target,
                environment,
                ...(context.env ? { env: context.env } : {})
            });
    }
}


/***/ }),

/***/ 13134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ extractZip)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _async_pool_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(43998);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(83916);
/* harmony import */ var _fs_open_input_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56318);
/* harmony import */ var _central_directory_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(81752);
/* harmony import */ var _entry_data_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73452);
/* harmony import */ var _safety_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(93513);
/* harmony import */ var _fs_make_directory_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(891);











/** Names Windows can't hold as they are: device names, reserved characters, trailing dots. */
function windowsProblem(name) {
    for (const segment of name.replace(/\/$/, '').split('/')) {
        const control = [...segment].some((char) => char.charCodeAt(0) < 0x20);
        if (control || /[<>:"|?*]/.test(segment))
            return 'a character Windows does not allow';
        if (/[. ]$/.test(segment))
            return 'a name ending in a dot or space';
        if (/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(segment))
            return 'a Windows device name';
    }
    return undefined;
}
/** Every folder the entries need, parents before children. */
function folders(entries) {
    const all = new Set();
    for (const entry of entries) {
        const parts = entry.name.replace(/\/$/, '').split('/');
        const depth = (0,_safety_js__WEBPACK_IMPORTED_MODULE_7__/* .isDirectory */ .wd)(entry) ? parts.length : parts.length - 1;
        for (let i = 1; i <= depth; i++)
            all.add(parts.slice(0, i).join('/'));
    }
    return [...all].sort((a, b) => a.split('/').length - b.split('/').length);
}
/**
 * Extracts an archive into `dest`, a folder this call creates (it must not exist yet). The archive
 * is refused before anything is written when its central directory shows it is unsafe; every
 * entry's size and CRC-32 are checked as it streams; only plain files and folders are created,
 * all under `dest`. On any failure `dest` is removed, so nothing is left behind.
 */
async function extractZip(path, dest, label = path, limits = _safety_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_LIMITS */ .dR) {
    const handle = await (0,_fs_open_input_js__WEBPACK_IMPORTED_MODULE_4__/* .openInputFile */ .H)(path, 'archive');
    try {
        const { size } = await handle.stat();
        const directory = await (0,_central_directory_js__WEBPACK_IMPORTED_MODULE_5__/* .readCentralDirectory */ .H)(handle, size, label);
        const problems = (0,_safety_js__WEBPACK_IMPORTED_MODULE_7__/* .directoryProblems */ .YF)(directory, limits);
        if (process.platform === 'win32') {
            for (const entry of directory.entries) {
                const why = windowsProblem(entry.name);
                if (why)
                    problems.push(`entry ${JSON.stringify(entry.name)} has ${why}`);
            }
        }
        if (problems.length > 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j1(`${label} can't be extracted safely: ${problems.join('; ')}`);
        }
        await (0,_fs_make_directory_js__WEBPACK_IMPORTED_MODULE_8__/* .makeDirectory */ .O)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dest));
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dest);
        }
        catch (error) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errnoCode */ .UK)(error) === 'EEXIST') {
                throw new Error(`can't extract ${label} into ${dest}: it exists already`);
            }
            throw error;
        }
        try {
            for (const folder of folders(directory.entries))
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dest, folder));
            const files = directory.entries
                .filter((entry) => !(0,_safety_js__WEBPACK_IMPORTED_MODULE_7__/* .isDirectory */ .wd)(entry))
                .sort((a, b) => a.localOffset - b.localOffset);
            await (0,_async_pool_js__WEBPACK_IMPORTED_MODULE_10__/* .mapPool */ .P)(files, 4, async (entry) => {
                const source = await (0,_entry_data_js__WEBPACK_IMPORTED_MODULE_6__/* .entryStream */ .v)(handle, entry, label);
                // 'wx': never follow or replace what is there (a name that collides with a folder fails).
                await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(source, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dest, entry.name), { flags: 'wx' }));
            });
            return { files: files.length, bytes: files.reduce((sum, entry) => sum + entry.size, 0) };
        }
        catch (error) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dest, { recursive: true, force: true });
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j1)
                throw error;
            const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errnoCode */ .UK)(error);
            if (code === 'EEXIST' || code === 'ENOTDIR' || code === 'EISDIR') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j1(`${label} can't be extracted: two entries claim the same path (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errorMessage */ .gJ)(error)})`);
            }
            throw error;
        }
    }
    finally {
        await handle.close();
    }
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
