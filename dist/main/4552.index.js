export const id = 4552;
export const ids = [4552,2171];
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

/***/ 56318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ openInputFile),
/* harmony export */   e: () => (/* binding */ openInputFileIfThere)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



/**
 * Without O_NONBLOCK, opening a FIFO for reading waits for a writer, forever and in the thread
 * pool. Windows has no such flag (and no FIFOs in the file system).
 */
const READ_NONBLOCKING = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
function kindOf(info) {
    if (info.isDirectory())
        return 'a directory';
    if (info.isFIFO())
        return 'a named pipe (FIFO)';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    if (info.isSocket())
        return 'a socket';
    return 'not a file';
}
function notRegular(noun, path, info) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${noun} ${path} is ${kindOf(info)}, not a regular file`);
}
/**
 * Opens a regular file the user named for reading, or returns undefined when nothing is there.
 * Anything else is refused before it is read, and the check itself never blocks: `stat` first (so
 * a device is never even opened), then a non-blocking open and `fstat` (in case the path was
 * swapped in between).
 */
async function openInputFileIfThere(path, noun = 'file') {
    let handle;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
        if (!info.isFile())
            throw notRegular(noun, path, info);
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, READ_NONBLOCKING);
    }
    catch (error) {
        const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoCode */ .UK)(error);
        if (code === 'ENOENT')
            return undefined;
        if (code === 'EACCES')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${noun} ${path} can't be read (permission denied)`);
        throw error;
    }
    const info = await handle.stat();
    if (!info.isFile()) {
        await handle.close();
        throw notRegular(noun, path, info);
    }
    return handle;
}
/** Opens a regular file the user named for reading; a missing or unreadable one is an input error. */
async function openInputFile(path, noun = 'file') {
    const handle = await openInputFileIfThere(path, noun);
    if (!handle)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${noun} ${path} does not exist`);
    return handle;
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
        sha256: (await (0,_sha256_file_js__WEBPACK_IMPORTED_MODULE_3__.readSidecar)(path)) ?? null,
        entries: directory.entries.length,
        uncompressedBytes,
        compressedBytes,
        manifest,
        metadata
    };
}


/***/ }),

/***/ 15937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ artifactFailure),
/* harmony export */   _n: () => (/* binding */ requireArtifactRuntime),
/* harmony export */   kj: () => (/* binding */ withArtifactClient)
/* harmony export */ });
/* unused harmony export loadArtifactLibrary */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

let library;
/**
 * @actions/artifact, imported on first use only: it pulls in the Azure storage SDK and octokit
 * and adds 150–270 ms to start-up, which commands that don't touch artifacts should not pay.
 */
function loadArtifactLibrary() {
    library ??= Promise.all(/* import() */[__webpack_require__.e(3838), __webpack_require__.e(4101), __webpack_require__.e(7824), __webpack_require__.e(4337)]).then(__webpack_require__.bind(__webpack_require__, 24337));
    return library;
}
/**
 * The variables @actions/artifact reads from `process.env` itself (it takes no configuration
 * object): the runtime token and service URL, the GHES check, retention and upload tuning.
 */
const CLIENT_VARIABLES = [
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RESULTS_URL',
    'GITHUB_SERVER_URL',
    'GITHUB_WORKSPACE',
    'GITHUB_RETENTION_DAYS',
    'ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY',
    'ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS',
    'ACTIONS_ARTIFACT_MAX_ARTIFACT_COUNT'
];
/** Whether GITHUB_SERVER_URL is GitHub Enterprise Server, where artifacts v4 do not exist. */
function isEnterpriseServer(env) {
    let host;
    try {
        host = new URL(env['GITHUB_SERVER_URL'] || 'https://github.com').hostname.toLowerCase();
    }
    catch {
        return false;
    }
    return host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost');
}
/**
 * Refuses, before anything loads, to use artifacts outside a GitHub Actions job: the runner gives
 * ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL to actions only (not to `run:` steps).
 */
function requireArtifactRuntime(env, fix) {
    if (!env['ACTIONS_RUNTIME_TOKEN'] || !env['ACTIONS_RESULTS_URL']) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`workflow artifacts need a GitHub Actions job (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set; the runner gives them to actions, not to run: steps): ${fix}`);
    }
    if (isEnterpriseServer(env)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`workflow artifacts v4 are not available on GitHub Enterprise Server (${env['GITHUB_SERVER_URL']}): ${fix}`);
    }
}
let depth = 0;
let saved;
let activeEnv;
let redirected = 0;
let ownWrite;
function enter(env, output) {
    if (depth > 0 && env !== activeEnv) {
        throw new Error('two artifact clients with different environments cannot run at once');
    }
    if (depth++ === 0) {
        activeEnv = env;
        if (env !== process.env) {
            saved = new Map(CLIENT_VARIABLES.map((name) => [name, process.env[name]]));
            for (const name of CLIENT_VARIABLES) {
                if (env[name] === undefined)
                    delete process.env[name];
                else
                    process.env[name] = env[name];
            }
        }
    }
    if (output === 'stderr' && redirected++ === 0) {
        ownWrite = Object.getOwnPropertyDescriptor(process.stdout, 'write');
        // The runner reads workflow commands (masks included) from stderr as from stdout.
        process.stdout.write = process.stderr.write.bind(process.stderr);
    }
}
function leave(output) {
    if (output === 'stderr' && --redirected === 0) {
        if (ownWrite)
            Object.defineProperty(process.stdout, 'write', ownWrite);
        else
            delete process.stdout.write;
        ownWrite = undefined;
    }
    if (--depth === 0) {
        if (saved) {
            for (const [name, value] of saved) {
                if (value === undefined)
                    delete process.env[name];
                else
                    process.env[name] = value;
            }
        }
        saved = undefined;
        activeEnv = undefined;
    }
}
/**
 * Runs `work` with the client library while its variables come from `env` and, with `stderr`,
 * its log lines go to stderr: the CLI keeps stdout for the `--json` document.
 */
async function withArtifactClient(env, output, work) {
    enter(env, output);
    try {
        return await work(await loadArtifactLibrary());
    }
    finally {
        leave(output);
    }
}
/** A signed storage URL's signature never reaches a message. */
function scrub(text) {
    return text.replace(/([?&]sig=)[^&\s"']+/gi, '$1***');
}
/**
 * What a failure of the artifact client means for the user: the service's answer kept, with what
 * to do. Everything here is a failure (exit 1) except the ones the user's setup causes.
 */
function artifactFailure(lib, error, doing) {
    const message = scrub((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error));
    if (error instanceof lib.GHESNotSupportedError) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${doing}: ${message}: use the github-release or oci repository`);
    }
    if (error instanceof lib.UsageError) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`${doing}: the account's artifact storage quota is used up: delete old artifacts or raise the limit under Settings → Billing`);
    }
    // The Twirp client wraps NetworkError in a plain Error; its message keeps the code.
    const network = error instanceof lib.NetworkError
        ? error.code
        : /Unable to make request: ([A-Z]+)/.exec(message)?.[1];
    if (network) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`${doing}: the artifact service could not be reached (${network}): check the runner's network access to GitHub`);
    }
    if (/Invalid token specified|Failed to get backend IDs/.test(message)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`${doing}: ACTIONS_RUNTIME_TOKEN is not the runner's runtime token (a JWT with an Actions.Results scope): run this inside a GitHub Actions job, as an action step (${message})`);
    }
    const code = error.statusCode;
    const status = typeof code === 'number' ? String(code) : /\((\d{3})\)/.exec(message)?.[1];
    if (status === '401' || status === '403') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`${doing}: the artifact service refused the job's runtime token (${status}): it expired or belongs to another run, so rerun the job (${message})`);
    }
    const attempts = /after (\d+) (?:attempts|retries)/.exec(message)?.[1];
    if (attempts) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`${doing}: the artifact service kept failing (${attempts} attempts): ${message}; GitHub's service may be degraded (https://www.githubstatus.com): rerun the job later`);
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`${doing}: ${message}`);
}


/***/ }),

/***/ 44552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openArtifactRepository: () => (/* binding */ openArtifactRepository)
});

// UNUSED EXPORTS: ArtifactRepository, packageArtifactName

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/async-pool.ts
var async_pool = __webpack_require__(43998);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/mda/version.ts
var mda_version = __webpack_require__(52084);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/mda/inspect.ts
var inspect = __webpack_require__(77700);
// EXTERNAL MODULE: ./src/mda/sha256-file.ts
var sha256_file = __webpack_require__(89180);
// EXTERNAL MODULE: ./src/repository/record-shape.ts
var record_shape = __webpack_require__(75731);
// EXTERNAL MODULE: ./src/zip/central-directory.ts
var central_directory = __webpack_require__(81752);
// EXTERNAL MODULE: ./src/zip/entry-data.ts + 1 modules
var entry_data = __webpack_require__(73452);
// EXTERNAL MODULE: ./src/zip/safety.ts
var safety = __webpack_require__(93513);
;// CONCATENATED MODULE: ./src/repository/artifact/artifact-bundle.ts














/** The record of the package inside a package artifact, beside the MDA and its `.sha256`. */
const RECORD_FILE = 'record.json';
const SMALL_FILE = 1 << 20;
/** A stream that hashes what passes through it into `hash`. */
function hashing(hash) {
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            hash.update(chunk);
            done(null, chunk);
        }
    });
}
/**
 * Lays out one package's artifact in `dir` (which exists and is empty): `<app>_<version>.mda`,
 * copied and hashed so a file that changed since it was verified is refused, its `.sha256` and
 * `record.json`. Returns the files to upload.
 */
async function stageBundle(dir, file, record) {
    const mda = `${record.app}_${record.version}.mda`;
    const hash = (0,external_node_crypto_.createHash)('sha256');
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(file, { highWaterMark: 1 << 20 }), hashing(hash), (0,external_node_fs_.createWriteStream)((0,external_node_path_.join)(dir, mda), { flags: 'wx' }));
    const copied = hash.digest('hex');
    if (copied !== record.sha256) {
        throw new errors/* ConfigurationError */.j1(`${file} changed while it was being published (SHA-256 ${copied}, expected ${record.sha256})`);
    }
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, `${mda}.sha256`), `${record.sha256}  ${mda}\n`);
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);
    return [mda, `${mda}.sha256`, RECORD_FILE].map((name) => (0,external_node_path_.join)(dir, name));
}
/** record.json checked field by field: a record that lies about its shape is refused. */
function parseRecord(text, label) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${label}: ${RECORD_FILE} is not JSON (${error.message})`);
    }
    return (0,record_shape/* checkRecord */.E)(value, `${label}: ${RECORD_FILE}`);
}
/**
 * Reads an artifact's central directory (never its data, but for the two small files), refusing
 * an archive that is unsafe to extract from or that does not hold exactly one MDA.
 */
async function readBundle(zip, label) {
    const handle = await (0,promises_.open)(zip, 'r');
    try {
        const { size } = await handle.stat();
        const directory = await (0,central_directory/* readCentralDirectory */.H)(handle, size, label);
        const problems = (0,safety/* directoryProblems */.YF)(directory);
        if (problems.length > 0) {
            throw new errors/* ConfigurationError */.j1(`${label} is not safe to extract from:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        }
        const top = directory.entries.filter((e) => !e.name.includes('/'));
        const mdas = top.filter((e) => e.name.toLowerCase().endsWith('.mda'));
        if (mdas.length !== 1) {
            throw new errors/* ConfigurationError */.j1(`${label} holds ${mdas.length} MDA files at its top (${mdas.map((e) => e.name).join(', ') || 'none'}); a package artifact holds exactly one`);
        }
        const mda = mdas[0];
        const small = async (name) => {
            const entry = top.find((e) => e.name === name);
            if (!entry)
                return undefined;
            if (entry.size > SMALL_FILE) {
                throw new errors/* ConfigurationError */.j1(`${label}: ${name} is implausibly large (${entry.size} bytes)`);
            }
            return (await (0,entry_data/* readEntry */.h)(handle, entry, label)).toString('utf8');
        };
        const sidecarText = await small(`${mda.name}.sha256`);
        const sidecar = sidecarText === undefined
            ? undefined
            : (0,sha256_file.parseSidecar)(sidecarText, mda.name, `${label}: ${mda.name}.sha256`);
        const recordText = await small(RECORD_FILE);
        const record = recordText === undefined ? undefined : parseRecord(recordText, label);
        return { mda, sidecar, record };
    }
    finally {
        await handle.close();
    }
}
/**
 * Streams the MDA out of the artifact into `dest` (which must not exist), checking the entry's
 * CRC-32 and size on the way, and returns the SHA-256 of what it wrote. Memory stays flat.
 */
async function extractPackage(zip, entry, dest, label) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const handle = await (0,promises_.open)(zip, 'r');
    try {
        const out = (0,external_node_fs_.createWriteStream)(dest, { flags: 'wx', mode: 0o644 });
        await (0,external_node_stream_promises_.pipeline)(await (0,entry_data/* entryStream */.v)(handle, entry, label), hashing(hash), out);
    }
    finally {
        await handle.close();
    }
    return hash.digest('hex');
}
/**
 * The record of an artifact without record.json (the build action's upload): the MDA is
 * extracted beside the zip, checked against its `.sha256`, and its manifest and metadata read.
 */
async function recordFromPackage(zip, bundle, label, facts) {
    const file = (0,external_node_path_.join)((0,external_node_path_.dirname)(zip), `${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.mda`);
    try {
        const sha256 = await extractPackage(zip, bundle.mda, file, label);
        if (bundle.sidecar !== undefined && bundle.sidecar !== sha256) {
            throw new errors/* ConfigurationError */.j1(`${label}: ${bundle.mda.name} has SHA-256 ${sha256} but its .sha256 says ${bundle.sidecar}: the package was changed; it will not be deployed`);
        }
        const { manifest, metadata, directory } = await (0,inspect.readPackageFacts)(file);
        const version = manifest?.version ?? metadata.modelVersion;
        if (!manifest?.app || !version || !(0,mda_version/* isModelVersion */.y3)(version)) {
            throw new errors/* ConfigurationError */.j1(`${label} holds ${bundle.mda.name} without an mxdeploy build manifest naming its app and version: build it with mxdeploy build`);
        }
        return {
            app: manifest.app,
            version,
            sha256,
            size: directory.fileSize,
            runtimeVersion: metadata.runtimeVersion,
            modelVersion: metadata.modelVersion ?? version,
            commit: manifest.commit,
            branch: manifest.branch,
            stories: manifest.stories,
            ...facts
        };
    }
    finally {
        await (0,promises_.rm)(file, { force: true });
    }
}

// EXTERNAL MODULE: ./src/repository/artifact/artifact-client.ts
var artifact_client = __webpack_require__(15937);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/repository/artifact/artifact-downloads.ts






/** Temp folders to remove when the process exits: one exit listener for all of them. */
const folders = new Set();
function removeAtExit(dir) {
    if (folders.size === 0) {
        process.once('exit', () => {
            for (const folder of folders)
                (0,external_node_fs_.rmSync)(folder, { recursive: true, force: true });
        });
    }
    folders.add(dir);
}
/**
 * Artifact zips, each downloaded once per process into a temp folder (under RUNNER_TEMP on a
 * runner) that is removed when the process exits, and checked against the digest the artifact
 * service recorded when the artifact was finalized.
 */
class ArtifactDownloads {
    parent;
    client;
    zips = new Map();
    root;
    constructor(parent, client) {
        this.parent = parent;
        this.client = client;
    }
    folder() {
        this.root ??= (async () => {
            const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(this.parent || (0,external_node_os_.tmpdir)(), 'mxdeploy-artifacts-'));
            removeAtExit(dir);
            return dir;
        })();
        return this.root;
    }
    /** A new empty folder, for staging an upload. */
    async scratch() {
        const dir = (0,external_node_path_.join)(await this.folder(), `stage-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        await (0,promises_.mkdir)(dir);
        return dir;
    }
    /** The artifact's zip on disk. */
    zip(artifact) {
        let zip = this.zips.get(artifact.id);
        if (!zip) {
            zip = this.download(artifact);
            this.zips.set(artifact.id, zip);
            zip.catch(() => this.zips.delete(artifact.id));
        }
        return zip;
    }
    /** Drops an artifact's zip (after a delete, or once its package is extracted). */
    async forget(artifact) {
        this.zips.delete(artifact.id);
        if (this.root)
            await (0,promises_.rm)((0,external_node_path_.join)(await this.root, String(artifact.id)), { recursive: true, force: true });
    }
    async download(artifact) {
        const dir = (0,external_node_path_.join)(await this.folder(), String(artifact.id));
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        await (0,promises_.mkdir)(dir);
        // skipDecompress: the client's own unzip would write every entry to disk unchecked; the
        // caller reads the zip with mxdeploy's reader, which refuses unsafe archives.
        const { digestMismatch } = await this.client(`downloading artifact ${artifact.name}`, (lib) => new lib.DefaultArtifactClient().downloadArtifact(artifact.id, {
            path: dir,
            skipDecompress: true,
            ...(artifact.digest ? { expectedHash: artifact.digest } : {})
        }));
        const files = await (0,promises_.readdir)(dir);
        if (!digestMismatch && files.length === 1)
            return (0,external_node_path_.join)(dir, files[0]);
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        throw digestMismatch
            ? new errors/* ConfigurationError */.j1(`artifact ${artifact.name} (id ${artifact.id}) does not match the digest the artifact service recorded at upload (${artifact.digest}): its stored bytes were changed; it will not be deployed`)
            : new errors/* OperationError */.OK(`artifact ${artifact.name} downloaded as ${files.length} files, not one zip`);
    }
}

// EXTERNAL MODULE: ./src/fs/make-directory.ts
var make_directory = __webpack_require__(891);
;// CONCATENATED MODULE: ./src/repository/artifact/artifact-repository.ts










const INVALID_NAME = /[":<>|*?\r\n\\/]/;
const MODEL_VERSION = /^\d+\.\d+\.\d+\.\d+$/;
/** The artifact a package is published as when no name is given. */
function packageArtifactName(app, version) {
    return `mxdeploy-${app}-${version}`;
}
function checkName(name, what) {
    if (!name || INVALID_NAME.test(name)) {
        throw new errors/* ConfigurationError */.j1(`${what} ${JSON.stringify(name)} is not a valid artifact name: it must not be empty or contain " : < > | * ? \\ / or line breaks`);
    }
}
/**
 * Packages handed from job to job of one workflow run as workflow artifacts (@actions/artifact):
 * each package is one artifact holding the MDA, its `.sha256` and `record.json`. Not a durable
 * repository: only the current run's artifacts are seen, and they last as long as GitHub's
 * artifact retention. The record lives inside the artifact, so reading it downloads the artifact
 * (once per process: downloads are kept in a temp folder that goes when the process exits).
 */
class ArtifactRepository {
    uri;
    name;
    env;
    output;
    records = new Map();
    downloads;
    constructor(options) {
        this.name = options.name;
        this.env = options.env;
        this.output = options.clientOutput ?? 'stderr';
        this.uri = this.name === undefined ? 'artifact' : `artifact:${this.name}`;
        this.downloads = new ArtifactDownloads(this.env['RUNNER_TEMP'], (doing, work) => this.client(doing, work));
    }
    nameFor(app, version) {
        const name = this.name ?? packageArtifactName(app, version);
        checkName(name, 'artifact name');
        return name;
    }
    /** Runs the client, turning its failures into messages that say what to do. */
    client(doing, work) {
        return (0,artifact_client/* withArtifactClient */.kj)(this.env, this.output, async (lib) => {
            try {
                return await work(lib);
            }
            catch (error) {
                if (error instanceof errors/* ConfigurationError */.j1 || error instanceof errors/* OperationError */.OK)
                    throw error;
                throw (0,artifact_client/* artifactFailure */.DQ)(lib, error, doing);
            }
        });
    }
    /** The run's artifacts, the newest of each name (a re-run attempt may upload a name again). */
    async artifacts() {
        const { artifacts } = await this.client("listing the workflow run's artifacts", (lib) => new lib.DefaultArtifactClient().listArtifacts({ latest: true }));
        return artifacts;
    }
    async find(name) {
        // Not getArtifact: on "not found" it prints a warning annotation, and here that is normal.
        return (await this.artifacts()).find((a) => a.name === name);
    }
    /** The artifacts that may hold packages of `app`. */
    async candidates(app) {
        const prefix = packageArtifactName(app, '');
        return (await this.artifacts()).filter((a) => this.name !== undefined
            ? a.name === this.name
            : a.name.startsWith(prefix) && MODEL_VERSION.test(a.name.slice(prefix.length)));
    }
    /** The workflow run's page, when the environment names it. */
    runUrl() {
        const server = this.env['GITHUB_SERVER_URL'] || 'https://github.com';
        const [repository, run] = [this.env['GITHUB_REPOSITORY'], this.env['GITHUB_RUN_ID']];
        return repository && run ? `${server}/${repository}/actions/runs/${run}` : undefined;
    }
    artifactUrl(artifact) {
        const run = this.runUrl();
        return run ? `${run}/artifacts/${artifact.id}` : `${this.uri}#${artifact.name}`;
    }
    label(artifact) {
        return `artifact ${artifact.name} (id ${artifact.id})`;
    }
    /** The package record an artifact holds: its record.json, else the facts of its MDA. */
    async recordOf(artifact) {
        const cached = this.records.get(artifact.id);
        if (cached)
            return cached;
        const zip = await this.downloads.zip(artifact);
        const label = this.label(artifact);
        const bundle = await readBundle(zip, label);
        const record = bundle.record ??
            (await recordFromPackage(zip, bundle, label, {
                createdAt: (artifact.createdAt ?? new Date()).toISOString(),
                createdBy: this.env['GITHUB_ACTOR'] || 'unknown',
                url: this.artifactUrl(artifact)
            }));
        if (bundle.sidecar !== undefined && bundle.sidecar !== record.sha256) {
            throw new errors/* ConfigurationError */.j1(`${label}: ${bundle.mda.name}.sha256 says ${bundle.sidecar} but the record says ${record.sha256}; it will not be deployed`);
        }
        const full = { ...record, url: this.artifactUrl(artifact) };
        this.records.set(artifact.id, full);
        return full;
    }
    /** The artifact holding `version` of `app` (or its latest), with its record. */
    async lookup(app, version) {
        let artifact;
        if (this.name !== undefined)
            artifact = await this.find(this.name);
        else if (version === 'latest')
            artifact = (await this.candidates(app)).sort((a, b) => b.id - a.id)[0];
        else
            artifact = await this.find(this.nameFor(app, version));
        if (!artifact)
            return undefined;
        const record = await this.recordOf(artifact);
        const matches = record.app === app && (version === 'latest' || record.version === version);
        if (matches)
            return { artifact, record };
        if (this.name !== undefined)
            return undefined;
        throw new errors/* ConfigurationError */.j1(`${this.label(artifact)} holds ${record.app} ${record.version}, not what its name says: it was not uploaded by mxdeploy publish; delete it`);
    }
    async publish({ file, record }) {
        const name = this.nameFor(record.app, record.version);
        const existing = await this.find(name);
        if (existing)
            return this.same(await this.recordOf(existing), record);
        const staging = await this.downloads.scratch();
        try {
            // The record inside names the run; the artifact's own URL exists only once it is uploaded.
            const stored = { ...record, url: this.runUrl() ?? this.uri };
            const files = await stageBundle(staging, file, stored);
            let id;
            try {
                // Level 0: an MDA is a zip already; deflating it again costs time and saves nothing.
                ;
                ({ id } = await this.client(`uploading artifact ${name}`, (lib) => new lib.DefaultArtifactClient().uploadArtifact(name, files, staging, {
                    compressionLevel: 0
                })));
            }
            catch (error) {
                // Another job of the run uploaded this name first: it is a rerun unless the bytes differ.
                const winner = /\(409\)/.test(String(error)) ? await this.find(name) : undefined;
                if (winner)
                    return this.same(await this.recordOf(winner), record);
                throw error;
            }
            if (id === undefined) {
                throw new errors/* OperationError */.OK(`uploading artifact ${name}: the service returned no artifact ID`);
            }
            const full = { ...stored, url: this.artifactUrl({ id, name }) };
            this.records.set(id, full);
            return { record: full, created: true };
        }
        finally {
            await (0,promises_.rm)(staging, { recursive: true, force: true });
        }
    }
    same(existing, wanted) {
        if (existing.app !== wanted.app || existing.version !== wanted.version) {
            throw new errors/* ConfigurationError */.j1(`artifact ${this.name} already holds ${existing.app} ${existing.version}; an artifact name holds one package: publish ${wanted.app} ${wanted.version} under another name, or use the repository "artifact" (one artifact per package)`);
        }
        if (existing.sha256 !== wanted.sha256) {
            throw new errors/* ConfigurationError */.j1(`${existing.app} ${existing.version} is already published in this workflow run with other content (SHA-256 ${existing.sha256}, this package ${wanted.sha256}); published packages are never overwritten: build with a new version or build number`);
        }
        return { record: existing, created: false };
    }
    async list(app) {
        const records = await (0,async_pool/* mapPool */.P)(await this.candidates(app), 2, (a) => this.recordOf(a));
        return records
            .filter((r) => r.app === app)
            .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || (0,mda_version/* compareVersions */.Zy)(b.version, a.version));
    }
    async get(app, version) {
        return (await this.lookup(app, version))?.record;
    }
    /**
     * The package a named artifact (`artifact:NAME`, the `artifact-name` input) holds, whatever its
     * app; undefined when the run has no artifact of that name.
     */
    async held() {
        if (this.name === undefined) {
            throw new Error('held() reads one named artifact: open the repository with a name');
        }
        const artifact = await this.find(this.name);
        return artifact && this.recordOf(artifact);
    }
    async download(app, version, dest) {
        const found = await this.lookup(app, version);
        if (!found) {
            throw new errors/* ConfigurationError */.j1(`${app} ${version} is not among this workflow run's artifacts (${this.uri}): publish it in an earlier job of the same run`);
        }
        await (0,make_directory/* makeDirectory */.O)((0,external_node_path_.dirname)(dest));
        await (0,promises_.rm)(dest, { force: true });
        const { artifact, record } = found;
        const zip = await this.downloads.zip(artifact);
        const label = this.label(artifact);
        const part = `${dest}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.part`;
        try {
            const sha256 = await extractPackage(zip, (await readBundle(zip, label)).mda, part, label);
            if (sha256 !== record.sha256) {
                throw new errors/* ConfigurationError */.j1(`${app} ${record.version} in ${label} has SHA-256 ${sha256}, but it was published with ${record.sha256}: the artifact was changed; it will not be deployed`);
            }
            await (0,promises_.rename)(part, dest);
        }
        catch (error) {
            await (0,promises_.rm)(part, { force: true });
            await (0,promises_.rm)(dest, { force: true });
            throw error;
        }
        finally {
            // The package is out (or refused): its zip need not take disk space any longer.
            await this.downloads.forget(artifact);
        }
        return record;
    }
    async delete(app, version) {
        const found = await this.lookup(app, version);
        if (!found)
            return;
        const { artifact } = found;
        await this.client(`deleting artifact ${artifact.name}`, (lib) => new lib.DefaultArtifactClient().deleteArtifact(artifact.name));
        this.records.delete(artifact.id);
        await this.downloads.forget(artifact);
    }
}
/**
 * The artifact repository for this job, from its environment: `name` is `artifact:NAME` or an
 * action's `artifact-name` input. Refuses outside a GitHub Actions job, before loading anything.
 */
function openArtifactRepository(name, env, clientOutput = 'stderr') {
    if (name !== undefined)
        checkName(name, 'repository artifact:');
    (0,artifact_client/* requireArtifactRuntime */._n)(env, 'the artifact repository hands packages between jobs of one workflow run; elsewhere use file:DIR, github-release or oci://HOST/REPO');
    return new ArtifactRepository({ name, env, clientOutput });
}


/***/ }),

/***/ 75731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ checkRecord)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

function isText(value) {
    return typeof value === 'string';
}
/**
 * A stored package record (record.json, a release's notes) checked field by field: a record that
 * lies about its shape is refused. `where` names it in messages ("artifact x: record.json").
 */
function checkRecord(value, where) {
    const wrong = (field) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where} has no valid "${field}"`);
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw wrong('app');
    const fields = value;
    for (const field of [
        'app',
        'version',
        'runtimeVersion',
        'modelVersion',
        'createdAt',
        'createdBy',
        'url'
    ]) {
        if (!isText(fields[field]))
            throw wrong(field);
    }
    if (!isText(fields['sha256']) || !/^[0-9a-f]{64}$/.test(fields['sha256']))
        throw wrong('sha256');
    if (typeof fields['size'] !== 'number' || !Number.isSafeInteger(fields['size']))
        throw wrong('size');
    for (const field of ['commit', 'branch']) {
        if (fields[field] !== null && !isText(fields[field]))
            throw wrong(field);
    }
    const stories = fields['stories'] ?? [];
    if (!Array.isArray(stories) || !stories.every(isText))
        throw wrong('stories');
    return { ...fields, stories };
}


/***/ })

};
