export const id = 609;
export const ids = [609];
export const modules = {

/***/ 53609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ buildPackage)
});

// UNUSED EXPORTS: checkBuildRequest

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/git/commit-info.ts


const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function git(cwd, args) {
    try {
        const { stdout } = await run('git', args, { cwd, timeout: 10_000 });
        return stdout.trim() || undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The commit and branch a build comes from: the Actions variables when they are set (the runner's
 * checkout may be detached), else the git repository around `cwd`, else unknown.
 */
async function commitInfo(cwd, env) {
    const head = await git(cwd, ['log', '-1', '--format=%H %ct']);
    const [gitCommit, gitTime] = head ? head.split(' ') : [];
    const commit = env['GITHUB_SHA'] || gitCommit || null;
    const branch = env['GITHUB_HEAD_REF'] ||
        env['GITHUB_REF_NAME'] ||
        (await git(cwd, ['symbolic-ref', '--short', '-q', 'HEAD'])) ||
        null;
    const time = gitTime && commit === gitCommit ? new Date(Number(gitTime) * 1000) : null;
    return { commit, branch, time };
}

// EXTERNAL MODULE: ./src/mda/metadata.ts
var mda_metadata = __webpack_require__(1143);
;// CONCATENATED MODULE: ./src/mda/deployment-folder.ts




/** The parts of a Mendix deployment folder that make up an MDA; data/, log/, run/, tmp/ stay out. */
const PACKAGED_FOLDERS = ['model', 'web', 'native'];
/** Byte order of the UTF-8 names: the same on every platform and locale. */
function compareNames(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
async function statOrUndefined(path) {
    try {
        return await (0,promises_.stat)(path);
    }
    catch (error) {
        if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT' || (0,errors/* errnoCode */.UK)(error) === 'ENOTDIR')
            return undefined;
        throw error;
    }
}
/** Checks that `dir` is a deployment folder: a directory with `model/metadata.json`. */
async function checkDeploymentFolder(dir) {
    const info = await statOrUndefined(dir);
    if (!info) {
        throw new errors/* ConfigurationError */.j1(`deployment folder ${dir} does not exist: give the folder MxBuild or Studio Pro made (it holds model/ and web/)`);
    }
    if (!info.isDirectory())
        throw new errors/* ConfigurationError */.j1(`deployment folder ${dir} is not a directory`);
    const metadata = await statOrUndefined((0,external_node_path_.join)(dir, mda_metadata/* METADATA_PATH */.GN));
    if (!metadata?.isFile()) {
        throw new errors/* ConfigurationError */.j1(`${dir} is not a Mendix deployment folder: an MDA needs ${mda_metadata/* METADATA_PATH */.GN} (with the app's RuntimeVersion and constants) beside model/model.mdp and web/; build the app first (Studio Pro: App → Create Deployment Package, or mxbuild)`);
    }
}
/**
 * Lists the files of `model/`, `web/` and `native/` in package order (UTF-8 byte order).
 * Symbolic links are followed when they stay inside the folder; one that leads outside is refused,
 * since packaging it would ship files from elsewhere on the machine.
 */
async function listDeploymentFiles(dir) {
    await checkDeploymentFolder(dir);
    const root = await (0,promises_.realpath)(dir);
    const files = [];
    const walk = async (path, name, ancestors) => {
        const inside = new Set(ancestors).add(await (0,promises_.realpath)(path));
        const children = await (0,promises_.readdir)(path, { withFileTypes: true });
        await Promise.all(children.map(async (child) => {
            const childPath = (0,external_node_path_.join)(path, child.name);
            const childName = `${name}/${child.name.normalize('NFC')}`;
            if (child.isDirectory())
                return walk(childPath, childName, inside);
            if (child.isFile()) {
                files.push({ name: childName, path: childPath, size: (await (0,promises_.stat)(childPath)).size });
                return;
            }
            if (!child.isSymbolicLink())
                return; // sockets, fifos, devices: not app files
            const real = await (0,promises_.realpath)(childPath);
            if (real !== root && !real.startsWith(root + external_node_path_.sep)) {
                throw new errors/* ConfigurationError */.j1(`${childPath} is a link to ${real}, outside the deployment folder: copy the file in instead`);
            }
            const info = await (0,promises_.stat)(real);
            if (info.isFile())
                files.push({ name: childName, path: real, size: info.size });
            else if (info.isDirectory()) {
                if (inside.has(real))
                    throw new errors/* ConfigurationError */.j1(`${childPath} links back to a folder that contains it`);
                await walk(childPath, childName, inside);
            }
        }));
    };
    for (const folder of PACKAGED_FOLDERS) {
        const path = (0,external_node_path_.join)(dir, folder);
        if ((await statOrUndefined(path))?.isDirectory())
            await walk(path, folder, new Set());
    }
    files.sort((a, b) => compareNames(a.name, b.name));
    for (let i = 1; i < files.length; i++) {
        if (files[i].name === files[i - 1].name) {
            throw new errors/* ConfigurationError */.j1(`${(0,external_node_path_.relative)(dir, files[i].path)} appears twice in the package (Unicode forms of one name?)`);
        }
    }
    return files;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/zip/crc32.ts
var crc32 = __webpack_require__(13592);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/zip/output-file.ts

const FLUSH_BYTES = 1 << 20;
/**
 * Append-only writer over a file handle that batches small pieces into ~1 MiB writes and
 * hashes what it writes, so the archive's SHA-256 comes for free.
 */
class OutputFile {
    handle;
    pending = [];
    pendingBytes = 0;
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
        this.pending.push(piece);
        this.pendingBytes += piece.length;
        if (this.pendingBytes >= FLUSH_BYTES)
            await this.flush();
    }
    async flush() {
        if (this.pendingBytes === 0)
            return;
        const data = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending);
        this.pending = [];
        this.pendingBytes = 0;
        let offset = 0;
        while (offset < data.length) {
            const { bytesWritten } = await this.handle.write(data, offset, data.length - offset);
            offset += bytesWritten;
        }
    }
    /** Flushes and returns the hex SHA-256 of everything written. */
    async finish() {
        await this.flush();
        await this.handle.sync();
        return this.hash.digest('hex');
    }
}

// EXTERNAL MODULE: ./src/zip/records.ts
var zip_records = __webpack_require__(88269);
;// CONCATENATED MODULE: ./src/zip/writer.ts







const gzip = (0,external_node_util_.promisify)(external_node_zlib_.gzip);
const deflateRaw = (0,external_node_util_.promisify)(external_node_zlib_.deflateRaw);
const DEFAULT_WINDOW = 64 << 20;
const DEFAULT_CHUNK = 4 << 20;
const MAX_UNITS = 128;
const DICTIONARY_BYTES = 32 << 10;
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
                    throw new errors/* OperationError */.OK(`${unit.input.path ?? record.name.toString()} changed size while it was being packed`);
                }
                records.push(record);
                current = undefined;
                break;
            }
        }
    }
    return records;
}
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
        const raw = input.data ?? (await (0,promises_.readFile)(input.path));
        if (raw.length !== input.size) {
            throw new errors/* OperationError */.OK(`${input.path ?? input.name} changed size while it was being packed`);
        }
        if (raw.length === 0)
            return { kind: 'whole', method: zip_records/* METHOD_STORED */.y$, data: raw, crc: 0 };
        if (this.options.store?.(input.name) || this.level === 0) {
            return { kind: 'whole', method: zip_records/* METHOD_STORED */.y$, data: raw, crc: (0,crc32/* crc32 */.Q)(raw) };
        }
        // gzip rather than raw deflate: its trailer carries the CRC-32, computed in the thread pool.
        const gz = await gzip(raw, { level: this.level });
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
            const closed = Promise.all([big.handle, big.previous, big.crcPass]).then(([h]) => h.close());
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
                finishFlush: last ? external_node_zlib_.constants.Z_FINISH : external_node_zlib_.constants.Z_SYNC_FLUSH
            };
            if (before)
                options.dictionary = before.subarray(Math.max(0, before.length - DICTIONARY_BYTES));
            return { kind: 'chunk', data: await deflateRaw(data, options), input: data };
        });
        this.push(input, length * 2 + 1024, piece);
    }
}
async function readExactly(handle, input, position, length) {
    const buffer = Buffer.allocUnsafe(length);
    let offset = 0;
    while (offset < length) {
        const { bytesRead } = await handle.read(buffer, offset, length - offset, position + offset);
        if (bytesRead === 0) {
            throw new errors/* OperationError */.OK(`${input.path ?? input.name} changed size while it was being packed`);
        }
        offset += bytesRead;
    }
    return buffer;
}
async function fileCrc(handle, input) {
    const buffer = Buffer.allocUnsafe(1 << 20);
    let crc = 0;
    let position = 0;
    while (position < input.size) {
        const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, input.size - position), position);
        if (bytesRead === 0) {
            throw new errors/* OperationError */.OK(`${input.path ?? input.name} changed size while it was being packed`);
        }
        crc = (0,crc32/* crc32 */.Q)(buffer.subarray(0, bytesRead), crc);
        position += bytesRead;
    }
    return crc;
}

// EXTERNAL MODULE: ./src/mda/manifest.ts
var mda_manifest = __webpack_require__(73839);
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
    try {
        if ((await (0,promises_.stat)(out)).isDirectory()) {
            throw new errors/* ConfigurationError */.j1(`output ${out} is a directory: give a file name such as ${(0,external_node_path_.join)(out, 'app.mda')}`);
        }
    }
    catch (error) {
        if ((0,errors/* errnoCode */.UK)(error) !== 'ENOENT')
            throw error;
    }
}
/**
 * Builds an MDA from a deployment folder: model/, web/ and native/, with ModelVersion set in
 * model/metadata.json (as MxBuild's --model-version does), the build manifest in the archive
 * comment, and `<out>.sha256` beside it. The same folder and options give the same bytes.
 */
async function packDeploymentFolder(options) {
    await checkOutputPath(options.out);
    const files = await listDeploymentFiles(options.deploymentDir);
    const metadataFile = files.find((file) => file.name === mda_metadata/* METADATA_PATH */.GN);
    const label = (0,external_node_path_.join)(options.deploymentDir, mda_metadata/* METADATA_PATH */.GN);
    const document = (0,mda_metadata/* parseMetadataDocument */.In)(await (0,promises_.readFile)(metadataFile.path), label);
    (0,mda_metadata/* readMetadata */._6)(document, label);
    document['ModelVersion'] = options.version;
    const metadataBytes = Buffer.from(JSON.stringify(document, null, 2) + '\n', 'utf8');
    const metadata = (0,mda_metadata/* readMetadata */._6)(document, label);
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
    const comment = (0,mda_manifest/* encodeManifest */.Gb)(manifest);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(options.out), { recursive: true });
    const result = await writeZip(options.out, inputs, {
        modified: options.entryDate,
        comment,
        level: options.level ?? 6,
        store: isPrecompressed
    });
    await (0,sha256_file/* writeSidecar */.J$)(options.out, result.sha256);
    return {
        path: options.out,
        sha256: result.sha256,
        size: result.bytes,
        entries: result.entries,
        manifest,
        metadata
    };
}

;// CONCATENATED MODULE: ./src/mda/version.ts

const PART = '(0|[1-9][0-9]{0,9})';
const THREE = new RegExp(`^${PART}\\.${PART}\\.${PART}$`);
const FOUR = new RegExp(`^${PART}\\.${PART}\\.${PART}\\.${PART}$`);
const INT_MAX = 2 ** 31 - 1;
function checkRange(version) {
    if (version.split('.').some((part) => Number(part) > INT_MAX)) {
        throw new errors/* ConfigurationError */.j1(`version "${version}" has a part larger than ${INT_MAX}`);
    }
}
/** Whether `version` is a four-part Mendix model version such as 1.2.0.15. */
function isModelVersion(version) {
    return FOUR.test(version);
}
/**
 * The four-part Mendix model version (major.minor.patch.build) for a `--version` and build number:
 * `1.2.0` with build 15 gives `1.2.0.15`; a four-part version is taken as it is.
 */
function modelVersion(version, buildNumber) {
    const trimmed = version.trim();
    if (FOUR.test(trimmed)) {
        if (buildNumber !== undefined && buildNumber !== trimmed.split('.')[3]) {
            throw new errors/* ConfigurationError */.j1(`version "${trimmed}" already has a build number; give a three-part version with --build-number, or drop --build-number`);
        }
        checkRange(trimmed);
        return trimmed;
    }
    if (!THREE.test(trimmed)) {
        throw new errors/* ConfigurationError */.j1(`version "${version}" is not a Mendix version: use major.minor.patch (1.2.0) or major.minor.patch.build (1.2.0.15)`);
    }
    const build = (buildNumber ?? '0').trim();
    if (!/^(0|[1-9][0-9]{0,9})$/.test(build)) {
        throw new errors/* ConfigurationError */.j1(`build number "${buildNumber}" is not a non-negative whole number`);
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

;// CONCATENATED MODULE: ./src/source-date.ts

/** The DOS epoch: the earliest time a ZIP entry can carry. */
const ZIP_EPOCH = new Date(Date.UTC(1980, 0, 1));
/** `SOURCE_DATE_EPOCH` (reproducible-builds.org) as a date, or undefined when it is not set. */
function sourceDateEpoch(env) {
    const value = env['SOURCE_DATE_EPOCH']?.trim();
    if (!value)
        return undefined;
    if (!/^\d{1,12}$/.test(value)) {
        throw new errors/* ConfigurationError */.j1(`SOURCE_DATE_EPOCH "${value}" is not a number of seconds since 1970`);
    }
    return new Date(Number(value) * 1000);
}

// EXTERNAL MODULE: ./src/version.ts
var src_version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/build/build-package.ts










/** Checks the request's shape before anything is read or written. */
function checkBuildRequest(request) {
    if (request.deploymentDir && request.project) {
        throw new errors/* ConfigurationError */.j1('give either a deployment folder or a .mpr project to build, not both');
    }
    if (!request.deploymentDir && !request.project) {
        throw new errors/* ConfigurationError */.j1('nothing to build: give a deployment folder (--deployment-dir, input deployment-dir) or a Mendix app file (--project App.mpr)');
    }
    if (!request.version) {
        throw new errors/* ConfigurationError */.j1('a package needs a version: give --version 1.2.0 (input version)');
    }
}
function appName(request, projectName, folder) {
    const name = request.app ?? projectName ?? (0,external_node_path_.basename)((0,external_node_path_.resolve)(folder));
    return name.trim() || 'app';
}
/**
 * Builds a package: the four-part version, the commit it comes from, a reproducible timestamp,
 * then the MDA with its manifest and `.sha256`.
 */
async function buildPackage(request) {
    checkBuildRequest(request);
    const version = modelVersion(request.version, request.buildNumber ?? (request.env['GITHUB_RUN_NUMBER'] || undefined));
    const sourceDate = sourceDateEpoch(request.env);
    if (request.project) {
        throw new errors/* ConfigurationError */.j1('building from a .mpr needs MxBuild, which this build of mxdeploy does not include yet');
    }
    const deploymentDir = (0,external_node_path_.resolve)(request.cwd, request.deploymentDir);
    const commit = await commitInfo(deploymentDir, request.env);
    await checkDeploymentFolder(deploymentDir);
    const metadataPath = (0,external_node_path_.join)(deploymentDir, mda_metadata/* METADATA_PATH */.GN);
    const metadata = (0,mda_metadata/* parseMetadata */.jR)(await (0,promises_.readFile)(metadataPath), metadataPath);
    const app = appName(request, metadata.projectName, deploymentDir);
    const out = (0,external_node_path_.resolve)(request.cwd, request.out ?? (0,external_node_path_.join)(request.cwd, `${app}_${version}.mda`));
    request.log.info(`building ${app} ${version} from ${deploymentDir}`);
    const result = await packDeploymentFolder({
        deploymentDir,
        out,
        version,
        app,
        commit: commit.commit,
        branch: commit.branch,
        builtAt: sourceDate ?? commit.time ?? ZIP_EPOCH,
        entryDate: sourceDate ?? ZIP_EPOCH,
        builder: src_version/* BUILDER */.i,
        stories: request.stories ?? []
    });
    return { ...result, version };
}


/***/ }),

/***/ 73839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gb: () => (/* binding */ encodeManifest),
/* harmony export */   KB: () => (/* binding */ MANIFEST_SCHEMA),
/* harmony export */   MK: () => (/* binding */ decodeManifest)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _zip_records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88269);


const MANIFEST_SCHEMA = 'mxdeploy.build/v1';
/** The manifest as archive-comment bytes; refuses what would not fit in a ZIP comment. */
function encodeManifest(manifest) {
    let bytes = Buffer.from(JSON.stringify(manifest), 'utf8');
    if (bytes.length > _zip_records_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_COMMENT */ .bc && manifest.stories.length > 0) {
        // Keep the package buildable when a huge range names thousands of stories.
        const kept = { ...manifest, stories: [...manifest.stories] };
        while (bytes.length > _zip_records_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_COMMENT */ .bc && kept.stories.length > 0) {
            kept.stories.length = Math.floor(kept.stories.length / 2);
            bytes = Buffer.from(JSON.stringify({ ...kept, storiesTruncated: true }), 'utf8');
        }
    }
    if (bytes.length > _zip_records_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_COMMENT */ .bc) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`the build manifest is ${bytes.length} bytes; a ZIP comment holds ${_zip_records_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_COMMENT */ .bc}`);
    }
    return bytes;
}
/** The manifest in an archive comment, or undefined when the comment is not one of ours. */
function decodeManifest(comment) {
    if (comment.length === 0)
        return undefined;
    try {
        const value = JSON.parse(comment.toString('utf8'));
        if (value && value.schema === MANIFEST_SCHEMA)
            return { stories: [], ...value };
    }
    catch {
        // An archive made by another tool: its comment is not ours to interpret.
    }
    return undefined;
}


/***/ }),

/***/ 1143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ METADATA_PATH),
/* harmony export */   In: () => (/* binding */ parseMetadataDocument),
/* harmony export */   _6: () => (/* binding */ readMetadata),
/* harmony export */   jR: () => (/* binding */ parseMetadata)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

const METADATA_PATH = 'model/metadata.json';
function text(value) {
    if (value === undefined || value === null)
        return '';
    return typeof value === 'string' ? value : JSON.stringify(value);
}
function optionalText(value) {
    return value === undefined || value === null ? undefined : text(value);
}
function list(document, key, label) {
    const value = document[key];
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'object' || item === null)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label}: "${key}" must be a list of objects`);
    }
    return value;
}
function named(item, key, index, label) {
    const name = item['Name'];
    if (typeof name !== 'string' || name === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label}: ${key}[${index}] has no "Name"`);
    }
    return name;
}
/** Parses the JSON document of a parsed `metadata.json` object (BOM allowed, as MxBuild writes it). */
function parseMetadataDocument(source, label) {
    const textSource = (typeof source === 'string' ? source : source.toString('utf8')).replace(/^\uFEFF/, '');
    let document;
    try {
        document = JSON.parse(textSource);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} is not valid JSON (${error.message}); it must be the metadata.json that MxBuild writes`);
    }
    if (typeof document !== 'object' || document === null || Array.isArray(document)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} must hold a JSON object, as MxBuild writes it`);
    }
    return document;
}
/** Reads the facts mxdeploy needs from a `metadata.json` document. */
function readMetadata(document, label) {
    const runtimeVersion = document['RuntimeVersion'];
    if (typeof runtimeVersion !== 'string' || !/^\d+\.\d+\.\d+(\.\d+)?$/.test(runtimeVersion)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} has no valid "RuntimeVersion" (such as "10.18.1.54318"); MxBuild writes it into every deployment folder`);
    }
    return {
        runtimeVersion,
        modelVersion: optionalText(document['ModelVersion']),
        projectId: optionalText(document['ProjectID']),
        projectName: optionalText(document['ProjectName']),
        constants: list(document, 'Constants', label).map((item, i) => ({
            name: named(item, 'Constants', i, label),
            type: text(item['Type']) || 'String',
            description: text(item['Description']),
            defaultValue: text(item['DefaultValue'])
        })),
        scheduledEvents: list(document, 'ScheduledEvents', label).map((item, i) => ({
            name: named(item, 'ScheduledEvents', i, label),
            description: text(item['Description'])
        })),
        roles: list(document, 'Roles', label).map((item, i) => named(item, 'Roles', i, label)),
        requestHandlers: list(document, 'RequestHandlers', label).map((item, i) => named(item, 'RequestHandlers', i, label))
    };
}
/** Parses and reads `metadata.json` in one step. */
function parseMetadata(source, label) {
    return readMetadata(parseMetadataDocument(source, label), label);
}


/***/ }),

/***/ 89180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J$: () => (/* binding */ writeSidecar),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   YD: () => (/* binding */ readSidecar),
/* harmony export */   n8: () => (/* binding */ sidecarPath)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);






/** Path of the `sha256sum`-format file that sits next to a package. */
function sidecarPath(file) {
    return `${file}.sha256`;
}
/** Writes `<hex>  <name>` as `sha256sum` does, so `sha256sum -c` checks the package. */
async function writeSidecar(file, sha256) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(sidecarPath(file), `${sha256}  ${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(file)}\n`);
}
/** The hash recorded next to a package, or undefined when there is no such file. */
async function readSidecar(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(sidecarPath(file), 'utf8');
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errnoCode */ .UK)(error) === 'ENOENT')
            return undefined;
        throw error;
    }
    const match = /^([0-9a-fA-F]{64})\s/.exec(text) ?? /^([0-9a-fA-F]{64})$/.exec(text.trim());
    if (!match) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`${sidecarPath(file)} is not in sha256sum format ("<64 hex digits>  <file name>")`);
    }
    return match[1].toLowerCase();
}
/** SHA-256 of a file, streamed. */
async function sha256File(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file, { highWaterMark: 1 << 20 }), hash);
    return hash.digest('hex');
}


/***/ }),

/***/ 13592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ crc32)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);

let table;
/** Table-driven CRC-32 for Node versions before 20.15, which lack `zlib.crc32`. */
function crc32Fallback(data, initial = 0) {
    if (!table) {
        table = new Uint32Array(256);
        for (let n = 0; n < 256; n++) {
            let c = n;
            for (let k = 0; k < 8; k++)
                c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            table[n] = c >>> 0;
        }
    }
    let crc = ~initial >>> 0;
    for (let i = 0; i < data.length; i++)
        crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
    return ~crc >>> 0;
}
const native = node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32;
/** CRC-32 (ISO-HDLC, as ZIP uses it), continuing from `initial`. */
const crc32 = native ?? crc32Fallback;


/***/ }),

/***/ 88269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ localHeader),
/* harmony export */   Cn: () => (/* binding */ U16_MAX),
/* harmony export */   E7: () => (/* binding */ dataDescriptor),
/* harmony export */   SX: () => (/* binding */ SIG_LOCAL),
/* harmony export */   Tq: () => (/* binding */ FLAG_UTF8),
/* harmony export */   Y3: () => (/* binding */ ZIP64_EOCD_SIZE),
/* harmony export */   Zi: () => (/* binding */ SIG_ZIP64_LOCATOR),
/* harmony export */   _0: () => (/* binding */ LOCAL_HEADER_SIZE),
/* harmony export */   bc: () => (/* binding */ MAX_COMMENT),
/* harmony export */   cd: () => (/* binding */ U32_MAX),
/* harmony export */   iM: () => (/* binding */ SIG_EOCD),
/* harmony export */   iV: () => (/* binding */ EOCD_SIZE),
/* harmony export */   j: () => (/* binding */ centralHeader),
/* harmony export */   oT: () => (/* binding */ METHOD_DEFLATED),
/* harmony export */   rX: () => (/* binding */ directoryEnd),
/* harmony export */   rh: () => (/* binding */ FLAG_DESCRIPTOR),
/* harmony export */   st: () => (/* binding */ SIG_CENTRAL),
/* harmony export */   uM: () => (/* binding */ FLAG_ENCRYPTED),
/* harmony export */   uj: () => (/* binding */ SIG_ZIP64_EOCD),
/* harmony export */   y$: () => (/* binding */ METHOD_STORED),
/* harmony export */   y8: () => (/* binding */ dosDateTime),
/* harmony export */   yX: () => (/* binding */ CENTRAL_HEADER_SIZE),
/* harmony export */   zV: () => (/* binding */ ZIP64_LOCATOR_SIZE)
/* harmony export */ });
/* unused harmony exports SIG_DESCRIPTOR, FILE_ATTRIBUTES, needsZip64Sizes */
/** ZIP record layouts (PKWARE APPNOTE 6.3.10), encoded and decoded without any I/O. */
const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_DESCRIPTOR = 0x08074b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const LOCAL_HEADER_SIZE = 30;
const CENTRAL_HEADER_SIZE = 46;
const EOCD_SIZE = 22;
const ZIP64_EOCD_SIZE = 56;
const ZIP64_LOCATOR_SIZE = 20;
const MAX_COMMENT = 0xffff;
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const U32_MAX = 0xffffffff;
const U16_MAX = 0xffff;
const ZIP64_EXTRA_ID = 0x0001;
/** Unix host, spec version 4.5 (ZIP64). */
const MADE_BY = (3 << 8) | 45;
/** Regular file, rw-r--r--: fixed so the archive does not depend on the builder's umask. */
const FILE_ATTRIBUTES = (0o100644 << 16) >>> 0;
/** DOS date and time (2-second resolution, 1980–2107) of a UTC instant. */
function dosDateTime(date) {
    let year = date.getUTCFullYear();
    if (year < 1980)
        return { dosDate: (1 << 5) | 1, dosTime: 0 };
    if (year > 2107)
        year = 2107;
    return {
        dosDate: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
        dosTime: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1)
    };
}
function writeU64(buf, value, at) {
    buf.writeBigUInt64LE(BigInt(value), at);
}
/** Whether the local header must carry 64-bit sizes. */
function needsZip64Sizes(size, compressedSize) {
    return size >= U32_MAX || compressedSize >= U32_MAX;
}
/**
 * Local file header. With `zip64`, the 32-bit sizes are 0xFFFFFFFF and a ZIP64 extra field holds
 * both sizes (zeros when a data descriptor follows).
 */
function localHeader(entry, zip64) {
    const extraLength = zip64 ? 20 : 0;
    const buf = Buffer.alloc(LOCAL_HEADER_SIZE + entry.name.length + extraLength);
    const descriptor = (entry.flags & FLAG_DESCRIPTOR) !== 0;
    buf.writeUInt32LE(SIG_LOCAL, 0);
    buf.writeUInt16LE(zip64 ? 45 : 20, 4);
    buf.writeUInt16LE(entry.flags, 6);
    buf.writeUInt16LE(entry.method, 8);
    buf.writeUInt16LE(entry.dosTime, 10);
    buf.writeUInt16LE(entry.dosDate, 12);
    buf.writeUInt32LE(descriptor ? 0 : entry.crc, 14);
    buf.writeUInt32LE(zip64 ? U32_MAX : descriptor ? 0 : entry.compressedSize, 18);
    buf.writeUInt32LE(zip64 ? U32_MAX : descriptor ? 0 : entry.size, 22);
    buf.writeUInt16LE(entry.name.length, 26);
    buf.writeUInt16LE(extraLength, 28);
    entry.name.copy(buf, LOCAL_HEADER_SIZE);
    if (zip64) {
        const at = LOCAL_HEADER_SIZE + entry.name.length;
        buf.writeUInt16LE(ZIP64_EXTRA_ID, at);
        buf.writeUInt16LE(16, at + 2);
        writeU64(buf, descriptor ? 0 : entry.size, at + 4);
        writeU64(buf, descriptor ? 0 : entry.compressedSize, at + 12);
    }
    return buf;
}
/** Data descriptor that follows streamed entries; 64-bit sizes when the local header had ZIP64. */
function dataDescriptor(entry, zip64) {
    const buf = Buffer.alloc(zip64 ? 24 : 16);
    buf.writeUInt32LE(SIG_DESCRIPTOR, 0);
    buf.writeUInt32LE(entry.crc, 4);
    if (zip64) {
        writeU64(buf, entry.compressedSize, 8);
        writeU64(buf, entry.size, 16);
    }
    else {
        buf.writeUInt32LE(entry.compressedSize, 8);
        buf.writeUInt32LE(entry.size, 12);
    }
    return buf;
}
/** Central directory header, with a ZIP64 extra holding exactly the fields that overflow. */
function centralHeader(entry, forceZip64 = false) {
    const bigSize = forceZip64 || entry.size >= U32_MAX;
    const bigCompressed = forceZip64 || entry.compressedSize >= U32_MAX;
    const bigOffset = forceZip64 || entry.offset >= U32_MAX;
    const extraFields = [bigSize, bigCompressed, bigOffset].filter(Boolean).length;
    const extraLength = extraFields ? 4 + 8 * extraFields : 0;
    const buf = Buffer.alloc(CENTRAL_HEADER_SIZE + entry.name.length + extraLength);
    buf.writeUInt32LE(SIG_CENTRAL, 0);
    buf.writeUInt16LE(MADE_BY, 4);
    buf.writeUInt16LE(extraFields ? 45 : 20, 6);
    buf.writeUInt16LE(entry.flags, 8);
    buf.writeUInt16LE(entry.method, 10);
    buf.writeUInt16LE(entry.dosTime, 12);
    buf.writeUInt16LE(entry.dosDate, 14);
    buf.writeUInt32LE(entry.crc, 16);
    buf.writeUInt32LE(bigCompressed ? U32_MAX : entry.compressedSize, 20);
    buf.writeUInt32LE(bigSize ? U32_MAX : entry.size, 24);
    buf.writeUInt16LE(entry.name.length, 28);
    buf.writeUInt16LE(extraLength, 30);
    buf.writeUInt16LE(0, 32); // comment length
    buf.writeUInt16LE(0, 34); // disk number
    buf.writeUInt16LE(0, 36); // internal attributes
    buf.writeUInt32LE(FILE_ATTRIBUTES, 38);
    buf.writeUInt32LE(bigOffset ? U32_MAX : entry.offset, 42);
    entry.name.copy(buf, CENTRAL_HEADER_SIZE);
    if (extraFields) {
        let at = CENTRAL_HEADER_SIZE + entry.name.length;
        buf.writeUInt16LE(ZIP64_EXTRA_ID, at);
        buf.writeUInt16LE(8 * extraFields, at + 2);
        at += 4;
        for (const [big, value] of [
            [bigSize, entry.size],
            [bigCompressed, entry.compressedSize],
            [bigOffset, entry.offset]
        ]) {
            if (!big)
                continue;
            writeU64(buf, value, at);
            at += 8;
        }
    }
    return buf;
}
/** End of central directory, preceded by the ZIP64 record and locator when anything overflows. */
function directoryEnd(end, forceZip64 = false) {
    const zip64 = forceZip64 ||
        end.entries >= U16_MAX ||
        end.directoryOffset >= U32_MAX ||
        end.directorySize >= U32_MAX;
    const parts = [];
    if (zip64) {
        const record = Buffer.alloc(ZIP64_EOCD_SIZE);
        record.writeUInt32LE(SIG_ZIP64_EOCD, 0);
        writeU64(record, ZIP64_EOCD_SIZE - 12, 4);
        record.writeUInt16LE(MADE_BY, 12);
        record.writeUInt16LE(45, 14);
        record.writeUInt32LE(0, 16);
        record.writeUInt32LE(0, 20);
        writeU64(record, end.entries, 24);
        writeU64(record, end.entries, 32);
        writeU64(record, end.directorySize, 40);
        writeU64(record, end.directoryOffset, 48);
        const locator = Buffer.alloc(ZIP64_LOCATOR_SIZE);
        locator.writeUInt32LE(SIG_ZIP64_LOCATOR, 0);
        locator.writeUInt32LE(0, 4);
        writeU64(locator, end.directoryOffset + end.directorySize, 8);
        locator.writeUInt32LE(1, 16);
        parts.push(record, locator);
    }
    const eocd = Buffer.alloc(EOCD_SIZE + end.comment.length);
    eocd.writeUInt32LE(SIG_EOCD, 0);
    eocd.writeUInt16LE(0, 4);
    eocd.writeUInt16LE(0, 6);
    eocd.writeUInt16LE(zip64 ? U16_MAX : end.entries, 8);
    eocd.writeUInt16LE(zip64 ? U16_MAX : end.entries, 10);
    eocd.writeUInt32LE(zip64 ? U32_MAX : end.directorySize, 12);
    eocd.writeUInt32LE(zip64 ? U32_MAX : end.directoryOffset, 16);
    eocd.writeUInt16LE(end.comment.length, 20);
    end.comment.copy(eocd, EOCD_SIZE);
    parts.push(eocd);
    return Buffer.concat(parts);
}


/***/ })

};
