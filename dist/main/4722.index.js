export const id = 4722;
export const ids = [4722];
export const modules = {

/***/ 65518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c$: () => (/* binding */ checkDeploymentFolder),
/* harmony export */   dp: () => (/* binding */ PACKAGED_FOLDERS),
/* harmony export */   r5: () => (/* binding */ listDeploymentFiles)
/* harmony export */ });
/* unused harmony export compareNames */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1143);





/** The parts of a Mendix deployment folder that make up an MDA; data/, log/, run/, tmp/ stay out. */
const PACKAGED_FOLDERS = ['model', 'web', 'native'];
/** Byte order of the UTF-8 names: the same on every platform and locale. */
function compareNames(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
async function statOrUndefined(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoCode */ .UK)(error) === 'ENOENT' || (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoCode */ .UK)(error) === 'ENOTDIR')
            return undefined;
        throw error;
    }
}
/** Checks that `dir` is a deployment folder: a directory with `model/metadata.json`. */
async function checkDeploymentFolder(dir) {
    const info = await statOrUndefined(dir);
    if (!info) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`deployment folder ${dir} does not exist: give the folder MxBuild or Studio Pro made (it holds model/ and web/)`);
    }
    if (!info.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`deployment folder ${dir} is not a directory`);
    const metadata = await statOrUndefined((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, _metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .METADATA_PATH */ .GN));
    if (!metadata?.isFile()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${dir} is not a Mendix deployment folder: an MDA needs ${_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .METADATA_PATH */ .GN} (with the app's RuntimeVersion and constants) beside model/model.mdp and web/; build the app first (Studio Pro: App → Create Deployment Package, or mxbuild)`);
    }
}
const UTF8 = new TextDecoder('utf-8', { fatal: true });
/**
 * A file name as text. ZIP names in an MDA are UTF-8; a name in another encoding (Latin-1 from an
 * old archive) cannot be packaged, and Node would turn its bytes into U+FFFD, a name no file has.
 */
function utf8Name(bytes, folder) {
    try {
        return UTF8.decode(bytes);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, bytes.toString('latin1'))} has a name that is not UTF-8 (bytes ${bytes.toString('hex')}): a package's names are UTF-8; rename the file`);
    }
}
/** Where a path leads, refused when that is outside the deployment folder or nowhere. */
function insideTarget(path, root) {
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoCode */ .UK)(error) === 'ELOOP')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${path} is a link that leads back to itself (a loop of links): remove it, or copy the file in`);
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoCode */ .UK)(error) !== 'ENOENT')
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${path} is a broken link (what it points to does not exist): remove it, or copy the file in`);
    }
    if (real !== root && !real.startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_2__.sep)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${path} is a link to ${real}, outside the deployment folder: copy the file in instead`);
    }
    return real;
}
/**
 * Lists the files of `model/`, `web/` and `native/` in package order (UTF-8 byte order).
 * Symbolic links are followed when they stay inside the folder; one that leads outside is refused,
 * since packaging it would ship files from elsewhere on the machine.
 */
async function listDeploymentFiles(dir) {
    await checkDeploymentFolder(dir);
    const root = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(dir);
    const files = [];
    // Synchronous on purpose: nothing else runs during the walk, and on 15,000 files the promise
    // API took 0.9 s of CPU and 75 MB of memory (every stat in flight at once) against 0.05 s here.
    const walk = (path, name, ancestors) => {
        const inside = new Set(ancestors).add((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path));
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(path, { withFileTypes: true, encoding: 'buffer' })) {
            const childName = utf8Name(entry.name, path);
            const childPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, childName);
            const packageName = `${name}/${childName.normalize('NFC')}`;
            if (entry.isDirectory()) {
                walk(childPath, packageName, inside);
            }
            else if (entry.isFile()) {
                files.push({ name: packageName, path: childPath, size: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(childPath).size });
            }
            else if (entry.isSymbolicLink()) {
                const real = insideTarget(childPath, root);
                const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
                if (info.isFile())
                    files.push({ name: packageName, path: real, size: info.size });
                else if (info.isDirectory()) {
                    if (inside.has(real))
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${childPath} links back to a folder that contains it`);
                    walk(childPath, packageName, inside);
                }
            }
            // Sockets, fifos and devices are not app files.
        }
    };
    for (const folder of PACKAGED_FOLDERS) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, folder);
        if ((await statOrUndefined(path))?.isDirectory()) {
            insideTarget(path, root); // model/ itself may be a link
            walk(path, folder, new Set());
        }
    }
    files.sort((a, b) => compareNames(a.name, b.name));
    for (let i = 1; i < files.length; i++) {
        if (files[i].name === files[i - 1].name) {
            const [a, b] = [files[i - 1], files[i]].map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(dir, f.path)).sort(compareNames);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${a} and ${b} are one name in two Unicode forms (NFC and NFD), which a package can hold only once: keep one`);
        }
    }
    return files;
}


/***/ }),

/***/ 34722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $b: () => (/* binding */ checkOutputPath),
  Bn: () => (/* binding */ packDeploymentFolder)
});

// UNUSED EXPORTS: isPrecompressed

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/progress/progress.ts
var progress = __webpack_require__(38864);
// EXTERNAL MODULE: ./src/zip/safety.ts
var safety = __webpack_require__(93513);
// EXTERNAL MODULE: ./src/fs/path-error.ts
var path_error = __webpack_require__(59263);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/fs/read-at.ts
var read_at = __webpack_require__(77093);
// EXTERNAL MODULE: ./src/zip/crc32.ts
var crc32 = __webpack_require__(13592);
// EXTERNAL MODULE: ./src/zip/records.ts
var zip_records = __webpack_require__(88269);
;// CONCATENATED MODULE: ./src/zip/compression-producer.ts








const gzip = (0,external_node_util_.promisify)(external_node_zlib_.gzip);
const { gzipSync } = external_node_zlib_;
const deflateRaw = (0,external_node_util_.promisify)(external_node_zlib_.deflateRaw);
// Input bytes in flight: 32 MiB keeps a build of the benchmark's 256 MB folder at 177 MB peak RSS
// (64 MiB reached 202 MB on a quiet machine, over the 200 MB goal) for 0.45× Info-ZIP's time
// instead of 0.43× (docs/benchmarks.md).
const DEFAULT_WINDOW = 32 << 20;
const DEFAULT_CHUNK = 4 << 20;
const MAX_UNITS = 128;
const DICTIONARY_BYTES = 32 << 10;
/**
 * Files up to this size are compressed synchronously on this thread, the rest in the thread
 * pool. An async zlib call costs about 100 µs of this thread's time in stream machinery and
 * garbage, more than deflating a 16 KB file outright; on 15,000 web files that was a fifth of
 * the CPU. The thread pool meanwhile compresses the larger files, so both cores still work.
 */
const SYNC_BYTES = 16 << 10;
/**
 * Hands out units of work in archive order and keeps the thread pool fed: every unit handed
 * out has started, and more are started as the consumer releases what it has written.
 */
class Producer {
    inputs;
    options;
    queue = [];
    index = 0;
    big;
    inFlight = 0;
    window;
    chunk;
    level;
    handles = [];
    constructor(inputs, options) {
        this.inputs = inputs;
        this.options = options;
        this.window = options.windowBytes ?? DEFAULT_WINDOW;
        this.chunk = options.chunkBytes ?? DEFAULT_CHUNK;
        this.level = options.level ?? 6;
    }
    next() {
        this.fill();
        return this.queue.shift();
    }
    release(unit) {
        this.inFlight -= unit.cost;
    }
    async abort() {
        this.index = this.inputs.length;
        this.big = undefined;
        await Promise.allSettled(this.queue.map((unit) => unit.piece));
        await Promise.allSettled(this.handles.map((handle) => handle.then((h) => h.close()).catch(() => undefined)));
    }
    fill() {
        while (this.queue.length < MAX_UNITS &&
            (this.inFlight < this.window || this.queue.length === 0)) {
            if (this.big) {
                this.pushBigUnit(this.big);
                continue;
            }
            const input = this.inputs[this.index];
            if (!input)
                return;
            this.index++;
            if (input.data === undefined && input.size > this.chunk) {
                this.big = this.startBig(input);
            }
            else {
                this.push(input, input.size * 2 + 1024, this.whole(input));
            }
        }
    }
    push(input, cost, piece) {
        piece.catch(() => undefined); // awaited later, in order; never an unhandled rejection
        this.inFlight += cost;
        this.queue.push({ input, cost, piece });
    }
    async whole(input) {
        // Files that go whole are at most a chunk: one synchronous read costs less than the four
        // thread-pool round trips of an async readFile.
        const raw = input.data ?? (0,external_node_fs_.readFileSync)(input.path);
        if (raw.length !== input.size) {
            throw changedSize(input);
        }
        if (raw.length === 0)
            return { kind: 'whole', method: zip_records/* METHOD_STORED */.y$, data: raw, crc: 0 };
        if (this.options.store?.(input.name) || this.level === 0) {
            return { kind: 'whole', method: zip_records/* METHOD_STORED */.y$, data: raw, crc: (0,crc32/* crc32 */.Q)(raw) };
        }
        // gzip rather than raw deflate: its trailer carries the CRC-32, computed by zlib.
        const gz = raw.length <= SYNC_BYTES
            ? gzipSync(raw, { level: this.level })
            : await gzip(raw, { level: this.level, chunkSize: outputChunk(raw.length) });
        const crc = gz.readUInt32LE(gz.length - 8);
        const deflated = gz.subarray(10, gz.length - 8);
        if (deflated.length >= raw.length)
            return { kind: 'whole', method: zip_records/* METHOD_STORED */.y$, data: raw, crc };
        return { kind: 'whole', method: zip_records/* METHOD_DEFLATED */.oT, data: deflated, crc };
    }
    startBig(input) {
        const handle = (0,promises_.open)(input.path, 'r');
        handle.catch(() => undefined);
        this.handles.push(handle);
        const stored = this.options.store?.(input.name) === true || this.level === 0;
        return {
            input,
            handle,
            method: stored ? zip_records/* METHOD_STORED */.y$ : zip_records/* METHOD_DEFLATED */.oT,
            position: 0,
            previous: undefined,
            crcPass: undefined,
            begun: false
        };
    }
    pushBigUnit(big) {
        const { input } = big;
        if (!big.begun) {
            big.begun = true;
            // A stored entry has no data descriptor (Java's ZipInputStream can't read one), so its
            // CRC is needed before the header: one extra pass over the file, mostly from page cache.
            const crc = big.method === zip_records/* METHOD_STORED */.y$
                ? big.handle.then((h) => fileCrc(h, input))
                : Promise.resolve(0);
            big.crcPass = crc;
            this.push(input, 1024, crc.then((value) => ({ kind: 'begin', method: big.method, crc: value })));
            return;
        }
        if (big.position >= input.size) {
            this.big = undefined;
            // Reads stop at the listed size, so a file that grew since would be cut short silently.
            const closed = Promise.all([big.handle, big.previous, big.crcPass]).then(async ([h]) => {
                const { size } = await h.stat().finally(() => h.close());
                if (size !== input.size)
                    throw changedSize(input);
            });
            this.push(input, 0, closed.then(() => ({ kind: 'end' })));
            return;
        }
        const position = big.position;
        const length = Math.min(this.chunk, input.size - position);
        big.position += length;
        const last = big.position >= input.size;
        const previous = big.previous;
        const read = Promise.all([big.handle, previous]).then(([h]) => readExactly(h, input, position, length));
        read.catch(() => undefined);
        big.previous = read;
        const piece = Promise.all([read, previous]).then(async ([data, before]) => {
            if (big.method === zip_records/* METHOD_STORED */.y$)
                return { kind: 'chunk', data, input: data };
            const options = {
                level: this.level,
                finishFlush: last ? external_node_zlib_.constants.Z_FINISH : external_node_zlib_.constants.Z_SYNC_FLUSH,
                chunkSize: outputChunk(data.length)
            };
            if (before)
                options.dictionary = before.subarray(Math.max(0, before.length - DICTIONARY_BYTES));
            return { kind: 'chunk', data: await deflateRaw(data, options), input: data };
        });
        this.push(input, length * 2 + 1024, piece);
    }
}
/**
 * Output buffer size for an async zlib call: zlib's default of 16 KiB made a 4 MiB chunk cost
 * a hundred round trips between this thread and the pool; one buffer near the input's size
 * takes one or two.
 */
function outputChunk(inputBytes) {
    return Math.min(Math.max(inputBytes + 1024, 64 << 10), 8 << 20);
}
function changedSize(input) {
    return new errors/* OperationError */.OK(`${input.path ?? input.name} changed size while it was being packed: build from a folder that nothing writes to`);
}
/** `length` bytes at `position`; a file that ends sooner changed size since it was listed. */
async function readExactly(handle, input, position, length) {
    const buffer = await (0,read_at/* readAt */.m)(handle, position, length);
    if (buffer.length < length)
        throw changedSize(input);
    return buffer;
}
async function fileCrc(handle, input) {
    const buffer = Buffer.allocUnsafe(1 << 20);
    let crc = 0;
    let position = 0;
    while (position < input.size) {
        const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, input.size - position), position);
        if (bytesRead === 0) {
            throw changedSize(input);
        }
        crc = (0,crc32/* crc32 */.Q)(buffer.subarray(0, bytesRead), crc);
        position += bytesRead;
    }
    return crc;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/zip/output-file.ts

const FLUSH_BYTES = 1 << 20;
/**
 * Append-only writer over a file handle that gathers small pieces into ~1 MiB writes through one
 * reused buffer (no garbage per write), and hashes what it writes, so the SHA-256 comes for free.
 */
class OutputFile {
    handle;
    buffer = Buffer.allocUnsafeSlow(FLUSH_BYTES);
    used = 0;
    hash = (0,external_node_crypto_.createHash)('sha256');
    /** Bytes written so far, including those still buffered. */
    position = 0;
    constructor(handle) {
        this.handle = handle;
    }
    async write(piece) {
        if (piece.length === 0)
            return;
        this.hash.update(piece);
        this.position += piece.length;
        if (this.used + piece.length > FLUSH_BYTES)
            await this.flush();
        if (piece.length >= FLUSH_BYTES) {
            await this.writeAll(piece);
        }
        else {
            this.used += piece.copy(this.buffer, this.used);
        }
    }
    async flush() {
        if (this.used === 0)
            return;
        await this.writeAll(this.buffer.subarray(0, this.used));
        this.used = 0;
    }
    /** Flushes and returns the hex SHA-256 of everything written. */
    async finish() {
        await this.flush();
        await this.handle.sync();
        return this.hash.digest('hex');
    }
    async writeAll(data) {
        let offset = 0;
        while (offset < data.length) {
            const { bytesWritten } = await this.handle.write(data, offset, data.length - offset);
            offset += bytesWritten;
        }
    }
}

;// CONCATENATED MODULE: ./src/zip/writer.ts






/**
 * Writes a deterministic ZIP archive: entries in the order given, one fixed timestamp, fixed
 * permissions, no extra fields beyond ZIP64. Compression runs in the libuv thread pool on all
 * cores with a bounded window of work in flight, while this thread writes results in order.
 * Files larger than `chunkBytes` are split into chunks compressed in parallel, each primed with
 * the previous 32 KiB (as pigz does), and written with a data descriptor. The archive is written
 * to a temporary file and renamed into place, so a failure leaves nothing at `outPath`.
 */
async function writeZip(outPath, inputs, options) {
    const comment = options.comment ?? Buffer.alloc(0);
    if (comment.length > zip_records/* MAX_COMMENT */.bc) {
        throw new errors/* OperationError */.OK(`archive comment is ${comment.length} bytes; ZIP allows ${zip_records/* MAX_COMMENT */.bc}`);
    }
    const temp = `${outPath}.${process.pid}.partial`;
    const handle = await (0,promises_.open)(temp, 'w', 0o644);
    const producer = new Producer(inputs, options);
    try {
        const out = new OutputFile(handle);
        const records = await writeEntries(out, producer, options);
        const directoryOffset = out.position;
        for (const record of records)
            await out.write((0,zip_records/* centralHeader */.j)(record, options.forceZip64));
        const directorySize = out.position - directoryOffset;
        const end = { entries: records.length, directoryOffset, directorySize, comment };
        await out.write((0,zip_records/* directoryEnd */.rX)(end, options.forceZip64));
        const sha256 = await out.finish();
        await handle.close();
        await (0,promises_.rename)(temp, outPath);
        return { entries: records.length, bytes: out.position, sha256 };
    }
    catch (error) {
        await producer.abort();
        await handle.close().catch(() => undefined);
        await (0,promises_.rm)(temp, { force: true });
        throw error;
    }
}
async function writeEntries(out, producer, options) {
    const { dosDate, dosTime } = (0,zip_records/* dosDateTime */.y8)(options.modified);
    const records = [];
    let current;
    for (let unit = producer.next(); unit; unit = producer.next()) {
        const piece = await unit.piece;
        producer.release(unit);
        const name = Buffer.from(unit.input.name, 'utf8');
        const base = { name, flags: zip_records/* FLAG_UTF8 */.Tq, dosDate, dosTime, offset: out.position };
        switch (piece.kind) {
            case 'whole': {
                const record = {
                    ...base,
                    method: piece.method,
                    crc: piece.crc,
                    size: unit.input.size,
                    compressedSize: piece.data.length
                };
                const zip64 = options.forceZip64 === true || record.size >= zip_records/* U32_MAX */.cd;
                await out.write((0,zip_records/* localHeader */.$B)(record, zip64));
                await out.write(piece.data);
                records.push(record);
                options.onWritten?.(unit.input.size);
                break;
            }
            case 'begin': {
                const streamed = piece.method === zip_records/* METHOD_DEFLATED */.oT;
                const record = {
                    ...base,
                    flags: streamed ? zip_records/* FLAG_UTF8 */.Tq | zip_records/* FLAG_DESCRIPTOR */.rh : zip_records/* FLAG_UTF8 */.Tq,
                    method: piece.method,
                    crc: piece.crc,
                    size: unit.input.size,
                    compressedSize: streamed ? 0 : unit.input.size
                };
                // Deflate can grow incompressible data slightly; leave room so the choice made here,
                // before the compressed size is known, stays right.
                const zip64 = options.forceZip64 === true || unit.input.size >= zip_records/* U32_MAX */.cd - (64 << 20);
                await out.write((0,zip_records/* localHeader */.$B)(record, zip64));
                current = { record, zip64, start: out.position };
                break;
            }
            case 'chunk': {
                if (!current)
                    throw new Error('zip writer: chunk without a beginning');
                if (current.record.method === zip_records/* METHOD_DEFLATED */.oT) {
                    current.record.crc = (0,crc32/* crc32 */.Q)(piece.input, current.record.crc);
                }
                await out.write(piece.data);
                options.onWritten?.(piece.input.length);
                break;
            }
            case 'end': {
                if (!current)
                    throw new Error('zip writer: end without a beginning');
                const { record, zip64, start } = current;
                const written = out.position - start;
                if (record.method === zip_records/* METHOD_DEFLATED */.oT) {
                    record.compressedSize = written;
                    await out.write((0,zip_records/* dataDescriptor */.E7)(record, zip64));
                }
                else if (written !== record.size) {
                    throw changedSize(unit.input);
                }
                records.push(record);
                current = undefined;
                break;
            }
        }
    }
    return records;
}

// EXTERNAL MODULE: ./src/mda/deployment-folder.ts
var deployment_folder = __webpack_require__(65518);
// EXTERNAL MODULE: ./src/mda/manifest.ts
var mda_manifest = __webpack_require__(73839);
// EXTERNAL MODULE: ./src/mda/metadata.ts
var mda_metadata = __webpack_require__(1143);
;// CONCATENATED MODULE: ./src/mda/model-version-edit.ts
/**
 * Sets `ModelVersion` in the text of a metadata.json the way MxBuild's `--model-version` does,
 * touching nothing else: the byte-order mark, line endings, indentation and key order MxBuild
 * wrote stay as they were, so the package holds the file a runtime expects.
 */
function withModelVersion(source, version) {
    const text = source.toString('utf8');
    const value = JSON.stringify(version);
    const found = topLevelValue(text, 'ModelVersion');
    if (found) {
        return Buffer.from(text.slice(0, found.start) + value + text.slice(found.end), 'utf8');
    }
    // No ModelVersion yet: put it first, with the whitespace the file puts before its first key.
    const open = text.indexOf('{');
    const first = skipSpace(text, open + 1);
    const indent = text.slice(open + 1, first);
    const separator = text[first] === '}' ? '' : `,${indent}`;
    return Buffer.from(`${text.slice(0, open + 1)}${indent}"ModelVersion": ${value}${separator}${text.slice(first)}`, 'utf8');
}
/** Where the value of a top-level key sits in a JSON object's text (already known to be valid). */
function topLevelValue(text, key) {
    let at = skipSpace(text, text.indexOf('{') + 1);
    while (text[at] === '"') {
        const keyEnd = skipString(text, at);
        const name = JSON.parse(text.slice(at, keyEnd));
        const start = skipSpace(text, skipSpace(text, keyEnd) + 1); // past the colon
        const end = skipValue(text, start);
        if (name === key)
            return { start, end };
        at = skipSpace(text, end);
        if (text[at] !== ',')
            return undefined;
        at = skipSpace(text, at + 1);
    }
    return undefined;
}
function skipSpace(text, at) {
    while (at < text.length && ' \t\r\n\uFEFF'.includes(text[at]))
        at++;
    return at;
}
/** The index just past the string that starts at `at` (a `"`). */
function skipString(text, at) {
    for (let i = at + 1; i < text.length; i++) {
        if (text[i] === '\\')
            i++;
        else if (text[i] === '"')
            return i + 1;
    }
    return text.length;
}
/** The index just past the JSON value that starts at `at`. */
function skipValue(text, at) {
    const first = text[at];
    if (first === '"')
        return skipString(text, at);
    if (first !== '{' && first !== '[') {
        let i = at;
        while (i < text.length && !',}] \t\r\n'.includes(text[i]))
            i++;
        return i;
    }
    let depth = 0;
    for (let i = at; i < text.length; i++) {
        const c = text[i];
        if (c === '"')
            i = skipString(text, i) - 1;
        else if (c === '{' || c === '[')
            depth++;
        else if (c === '}' || c === ']') {
            depth--;
            if (depth === 0)
                return i + 1;
        }
    }
    return text.length;
}

// EXTERNAL MODULE: ./src/mda/sha256-file.ts
var sha256_file = __webpack_require__(89180);
;// CONCATENATED MODULE: ./src/mda/pack.ts












/** Formats that are compressed already: deflating them again costs time and saves nothing. */
const STORED_EXTENSIONS = new Set([
    '.jar',
    '.zip',
    '.war',
    '.ear',
    '.gz',
    '.tgz',
    '.bz2',
    '.xz',
    '.7z',
    '.zst',
    '.png',
    '.jpg',
    '.jpeg',
    '.gif',
    '.webp',
    '.avif',
    '.heic',
    '.woff',
    '.woff2',
    '.mp3',
    '.mp4',
    '.m4a',
    '.webm',
    '.ogg',
    '.mpd'
]);
function isPrecompressed(name) {
    return STORED_EXTENSIONS.has((0,external_node_path_.extname)(name).toLowerCase());
}
/** Refuses an output path that can't be written as a file, before anything is written. */
async function checkOutputPath(out) {
    const info = await statIfThere(out);
    if (info?.isDirectory()) {
        throw new errors/* ConfigurationError */.j1(`output ${out} is a directory: give a file name such as ${(0,external_node_path_.join)(out, 'app.mda')}`);
    }
    // The nearest folder that exists must be a folder, or creating the output's folder fails late.
    for (let parent = (0,external_node_path_.dirname)(out); !info; parent = (0,external_node_path_.dirname)(parent)) {
        const found = await statIfThere(parent);
        if (found && !found.isDirectory()) {
            throw new errors/* ConfigurationError */.j1(`output ${out} can't be written: ${parent} is a file, not a folder`);
        }
        if (found || (0,external_node_path_.dirname)(parent) === parent)
            break;
    }
}
async function statIfThere(path) {
    try {
        return await (0,promises_.stat)(path);
    }
    catch (error) {
        const code = (0,errors/* errnoCode */.UK)(error);
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw error;
    }
}
/**
 * Refuses, before anything is written, a package that verify and publish would refuse: the same
 * rules on names, count and total size (src/zip/safety.ts), each problem naming its file.
 */
function checkPackageRules(deploymentDir, inputs) {
    const breaches = (0,safety/* listRuleBreaches */.y$)(inputs);
    if (breaches.length === 0)
        return;
    const count = `${breaches.length} problem${breaches.length === 1 ? '' : 's'}`;
    const lines = breaches.map(({ entry, why }) => `  - ${entry === undefined ? why : `${entry} ${why}`}\n`);
    throw new errors/* ConfigurationError */.j1(`${deploymentDir} can't be packaged: verify and publish would refuse the package (${count}):\n${lines.join('')}rename or remove the files named, then build again`);
}
/**
 * Builds an MDA from a deployment folder: model/, web/ and native/, with ModelVersion set in
 * model/metadata.json (as MxBuild's --model-version does), the build manifest in the archive
 * comment, and `<out>.sha256` beside it. The same folder and options give the same bytes.
 */
async function packDeploymentFolder(options) {
    await checkOutputPath(options.out);
    const files = await (0,deployment_folder/* listDeploymentFiles */.r5)(options.deploymentDir);
    const metadataFile = files.find((file) => file.name === mda_metadata/* METADATA_PATH */.GN);
    const label = (0,external_node_path_.join)(options.deploymentDir, mda_metadata/* METADATA_PATH */.GN);
    const original = await (0,promises_.readFile)(metadataFile.path);
    (0,mda_metadata/* readMetadata */._6)((0,mda_metadata/* parseMetadataDocument */.In)(original, label), label);
    const metadataBytes = withModelVersion(original, options.version);
    const metadata = (0,mda_metadata/* readMetadata */._6)((0,mda_metadata/* parseMetadataDocument */.In)(metadataBytes, label), label);
    const inputs = files.map((file) => file === metadataFile
        ? { name: file.name, data: metadataBytes, size: metadataBytes.length }
        : { name: file.name, path: file.path, size: file.size });
    const manifest = {
        schema: mda_manifest/* MANIFEST_SCHEMA */.KB,
        app: options.app,
        version: options.version,
        runtimeVersion: metadata.runtimeVersion,
        commit: options.commit,
        branch: options.branch,
        builtAt: options.builtAt.toISOString(),
        builder: options.builder,
        source: options.source ?? 'deployment-dir',
        entries: inputs.length,
        stories: options.stories ?? []
    };
    checkPackageRules(options.deploymentDir, inputs);
    const comment = (0,mda_manifest/* encodeManifest */.Gb)(manifest);
    const output = {
        what: 'the output file',
        path: options.out,
        fix: 'give --out a path on a writable disk'
    };
    await (0,path_error/* prepareFolder */.G)(output, (0,external_node_path_.dirname)(options.out));
    const total = inputs.reduce((sum, input) => sum + input.size, 0);
    let result;
    try {
        result = await (0,progress/* withProgress */.E0)(options.progress, `packing ${(0,external_node_path_.basename)(options.out)}`, total, (task) => writeZip(options.out, inputs, {
            modified: options.entryDate,
            comment,
            level: options.level ?? 6,
            store: isPrecompressed,
            onWritten: (bytes) => task.advance(bytes)
        }));
        await (0,sha256_file.writeSidecar)(options.out, result.sha256);
    }
    catch (error) {
        throw await (0,path_error/* pathError */.g)(error, output);
    }
    return {
        path: options.out,
        sha256: result.sha256,
        size: result.bytes,
        entries: result.entries,
        manifest,
        metadata
    };
}


/***/ })

};
