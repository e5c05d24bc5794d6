export const id = 1726;
export const ids = [1726,2485];
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
