export const id = 8796;
export const ids = [8796];
export const modules = {

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

/***/ 29219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o_: () => (/* binding */ parseImageReference),
/* harmony export */   tO: () => (/* binding */ imageName)
/* harmony export */ });
/* unused harmony export TAG */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99283);


/** image-spec's tag grammar (distribution-spec "Pulling manifests"). */
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
/** Docker Hub: the name people write, and where its registry API answers. */
const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_API = 'registry-1.docker.io';
/**
 * Whether the first component of a reference names a registry rather than a path, as Docker's
 * reference normalisation decides it: it has a dot or a port, or is `localhost`.
 */
function namesRegistry(component) {
    return component.includes('.') || component.includes(':') || component === 'localhost';
}
/**
 * Parses an image reference. A name without a registry is Docker Hub's (`eclipse-temurin:21` is
 * `docker.io/library/eclipse-temurin:21`). Plain HTTP is used on loopback, or anywhere when
 * MXDEPLOY_OCI_PLAIN_HTTP=true; HTTPS otherwise. `what` names the setting, for messages.
 */
function parseImageReference(text, env, what) {
    const fail = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${what} "${text}" ${why}`);
    if (/^[^/]*@[^/]*\//.test(text)) {
        // Not echoed: the text holds a password.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${what} carries credentials before its host, which would be printed and recorded with it: write HOST/NAME and set the registry's credentials in environment variables instead`);
    }
    if (/\s/.test(text) || text.includes('://')) {
        throw fail('is not an image reference: write HOST/NAME[:TAG][@sha256:DIGEST] without a scheme, such as ghcr.io/acme/runtime:10.24');
    }
    const [named, digest, extra] = text.split('@');
    if (extra !== undefined || named === undefined || named === '') {
        throw fail('is not an image reference: write HOST/NAME[:TAG][@sha256:DIGEST]');
    }
    if (digest !== undefined && !DIGEST.test(digest)) {
        throw fail(`has digest "${digest}", which is not sha256: followed by 64 lower-case hex digits`);
    }
    const slash = named.indexOf('/');
    const first = slash === -1 ? '' : named.slice(0, slash);
    const explicit = slash !== -1 && namesRegistry(first);
    let path = explicit ? named.slice(slash + 1) : named;
    let tag;
    const colon = path.lastIndexOf(':');
    if (colon !== -1) {
        tag = path.slice(colon + 1);
        path = path.slice(0, colon);
        if (!TAG.test(tag)) {
            throw fail(`has tag "${tag}", which is not an OCI tag: letters, digits, _ . - (up to 128, not starting with . or -)`);
        }
    }
    const host = explicit ? first : DOCKER_HUB;
    if (!_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .HOST */ .jg.test(host))
        throw fail(`names registry "${host}", which is not a host[:port]`);
    if (!explicit && !path.includes('/'))
        path = `library/${path}`;
    if (!_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .REPOSITORY */ .Bw.test(path)) {
        throw fail(`names repository "${path}", which is not an OCI repository name: lower-case letters, digits and . _ - separated by /`);
    }
    const apiHost = host === DOCKER_HUB ? DOCKER_HUB_API : host;
    return { host, repository: path, baseUrl: (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .registryBaseUrl */ .mO)(apiHost, env), tag, digest };
}
/** `host/name`, as people write an image without its tag. */
function imageName(ref) {
    return `${ref.host}/${ref.repository}`;
}


/***/ }),

/***/ 56612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ buildAppImage)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/async-pool.ts
var async_pool = __webpack_require__(43998);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/repository/oci/blob-download.ts + 1 modules
var blob_download = __webpack_require__(50359);
// EXTERNAL MODULE: ./src/repository/oci/blob-upload.ts + 1 modules
var blob_upload = __webpack_require__(43730);
// EXTERNAL MODULE: ./src/repository/oci/registry-client.ts + 2 modules
var registry_client = __webpack_require__(42698);
// EXTERNAL MODULE: ./src/repository/oci/upload-session.ts
var upload_session = __webpack_require__(83348);
;// CONCATENATED MODULE: ./src/repository/oci/blob-copy.ts







/**
 * Asks the registry to link a blob of another of its repositories into this one
 * (distribution-spec "Mounting a blob from another repository"): true when it did (201). A
 * registry that cannot (no access to `from`, the blob is not there, mounting unsupported) opens
 * an ordinary upload instead (202), which is cancelled here: false.
 */
async function mountBlob(client, digest, from) {
    const query = `mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`;
    const url = client.url(`blobs/uploads/?${query}`);
    const res = await client.request({ method: 'POST', path: url, actions: 'pull,push' });
    if (res.status === 201) {
        await res.discard();
        return true;
    }
    if (res.status === 202) {
        await res.discard();
        const location = res.headers.location;
        if (location)
            await (0,upload_session/* cancelUpload */.wM)(client, new URL(location, url));
        return false;
    }
    throw await (0,registry_client/* unexpected */.os)(client, res, `the mount of blob ${digest} from ${from}`);
}
/**
 * Puts a blob of `source`'s repository into `target`'s: nothing to do when it is there already,
 * a cross-repository mount when both are on the same registry, else a download (resumed on a cut,
 * SHA-256 checked) to a temporary file and a chunked upload from it.
 */
async function copyBlob(source, target, blob, options) {
    const { digest, size } = blob;
    if (await (0,blob_upload/* blobExists */.kQ)(target, digest))
        return 'present';
    const sameRegistry = source.ref.baseUrl.origin === target.ref.baseUrl.origin;
    if (sameRegistry && (await mountBlob(target, digest, source.ref.repository)))
        return 'mounted';
    const file = (0,external_node_path_.join)(options.tempDir, `blob-${digest.replace(':', '-')}`);
    try {
        const got = await (0,blob_download/* downloadBlob */.W)(source, { digest, dest: file });
        if (`sha256:${got.sha256}` !== digest || got.size !== size) {
            throw new errors/* OperationError */.OK(`registry ${source.ref.host} sent blob ${digest} of ${source.ref.repository} with other content (sha256:${got.sha256}, ${got.size} bytes; the manifest says ${size} bytes)`);
        }
        await (0,blob_upload/* uploadFile */.QM)(target, {
            file,
            size,
            digest,
            ...(options.chunkSize ? { chunkSize: options.chunkSize } : {})
        });
        return 'copied';
    }
    finally {
        await (0,promises_.rm)(file, { force: true });
    }
}

// EXTERNAL MODULE: ./src/repository/oci/image-reference.ts
var image_reference = __webpack_require__(29219);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/fs/open-input.ts
var open_input = __webpack_require__(56318);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/zip/crc32.ts
var crc32 = __webpack_require__(13592);
;// CONCATENATED MODULE: ./src/tar/gzip.ts



/**
 * The gzip member header (RFC 1952 §2.3) written for every stream: deflate, no flags, MTIME 0,
 * XFL 0, OS 3 (Unix). zlib would write OS 10 on Windows, so the header is written here and only
 * the deflate data comes from zlib.
 */
const HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03]);
/** zlib's default level, written down so the output does not follow a changed default. */
const GZIP_LEVEL = 6;
/**
 * A gzip stream with a fixed header: the same input gives the same bytes with the same zlib.
 * (The deflate data itself is zlib's; another zlib build may choose other matches. The tar
 * inside, and so an image layer's DiffID, does not depend on it.)
 */
class FixedGzip extends external_node_stream_.Transform {
    deflate = external_node_zlib_.createDeflateRaw({ level: GZIP_LEVEL });
    crc = 0;
    size = 0;
    constructor() {
        super();
        this.push(HEADER);
        this.deflate.on('data', (chunk) => this.push(chunk));
        this.deflate.on('error', (error) => this.destroy(error));
    }
    _transform(chunk, _encoding, done) {
        this.crc = (0,crc32/* crc32 */.Q)(chunk, this.crc);
        this.size = (this.size + chunk.length) % 2 ** 32;
        this.deflate.write(chunk, () => done());
    }
    _flush(done) {
        this.deflate.once('end', () => {
            const trailer = Buffer.alloc(8);
            trailer.writeUInt32LE(this.crc >>> 0, 0);
            trailer.writeUInt32LE(this.size, 4);
            this.push(trailer);
            done();
        });
        this.deflate.end();
    }
}

;// CONCATENATED MODULE: ./src/tar/tar-writer.ts
const BLOCK = 512;
/** Largest value the 12-byte octal size and mtime fields hold (11 digits). */
const MAX_OCTAL_11 = 0o77777777777;
/** Largest value the 8-byte octal mode, uid and gid fields hold (7 digits). */
const MAX_OCTAL_7 = 0o7777777;
function octal(value, digits) {
    return `${value.toString(8).padStart(digits, '0')}\0`;
}
/** The name as written: directories end in `/`, as POSIX tar and Go's archive/tar write them. */
function entryName(entry) {
    return entry.type === 'directory' ? `${entry.path}/` : entry.path;
}
/** ustar's name and prefix fields for a name, or undefined when it needs a PAX header. */
function ustarSplit(name) {
    // The portable character set only: anything else goes in a PAX `path`, which is UTF-8 by
    // definition, rather than in bytes each reader may decode differently.
    if (!/^[\x20-\x7e]*$/.test(name))
        return undefined;
    if (name.length <= 100)
        return { name, prefix: '' };
    for (let at = name.indexOf('/'); at !== -1 && at <= 155; at = name.indexOf('/', at + 1)) {
        const rest = name.slice(at + 1);
        if (rest.length > 0 && rest.length <= 100)
            return { name: rest, prefix: name.slice(0, at) };
    }
    return undefined;
}
/** One PAX record, `"<length> <key>=<value>\n"`, its length counting its own digits. */
function paxRecord(key, value) {
    const body = ` ${key}=${value}\n`;
    const bytes = Buffer.byteLength(body);
    let digits = 1;
    while (String(bytes + digits).length !== digits)
        digits++;
    return `${bytes + digits}${body}`;
}
function header(fields) {
    const block = Buffer.alloc(BLOCK);
    block.write(fields.name, 0, 100, 'utf8');
    block.write(octal(fields.mode, 7), 100, 8, 'ascii');
    block.write(octal(fields.uid, 7), 108, 8, 'ascii');
    block.write(octal(fields.gid, 7), 116, 8, 'ascii');
    block.write(octal(Math.min(fields.size, MAX_OCTAL_11), 11), 124, 12, 'ascii');
    block.write(octal(fields.mtime, 11), 136, 12, 'ascii');
    block.write(' '.repeat(8), 148, 8, 'ascii');
    block.write(fields.typeflag, 156, 1, 'ascii');
    block.write('ustar\0', 257, 6, 'ascii');
    block.write('00', 263, 2, 'ascii');
    block.write(octal(0, 7), 329, 8, 'ascii');
    block.write(octal(0, 7), 337, 8, 'ascii');
    block.write(fields.prefix, 345, 155, 'utf8');
    let sum = 0;
    for (const byte of block)
        sum += byte;
    block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
    return block;
}
function padding(size) {
    return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}
/**
 * The header blocks of one entry: a ustar header, preceded by a PAX extended header when the
 * name is not portable or too long for ustar, or the size exceeds 8 GiB.
 */
function entryHeader(entry) {
    for (const [field, value, max] of [
        ['mode', entry.mode, MAX_OCTAL_7],
        ['uid', entry.uid, MAX_OCTAL_7],
        ['gid', entry.gid, MAX_OCTAL_7],
        ['mtime', entry.mtime, MAX_OCTAL_11]
    ]) {
        if (!Number.isSafeInteger(value) || value < 0 || value > max) {
            throw new Error(`tar entry ${entry.path}: ${field} ${value} does not fit a ustar header`);
        }
    }
    const name = entryName(entry);
    const size = entry.type === 'directory' ? 0 : entry.size;
    const split = ustarSplit(name);
    const records = [
        ...(split ? [] : [paxRecord('path', name)]),
        ...(size > MAX_OCTAL_11 ? [paxRecord('size', String(size))] : [])
    ];
    const fields = {
        name: split?.name ?? fallbackName(name),
        prefix: split?.prefix ?? '',
        mode: entry.mode,
        uid: entry.uid,
        gid: entry.gid,
        size,
        mtime: entry.mtime,
        typeflag: entry.type === 'directory' ? '5' : '0'
    };
    const main = header(fields);
    if (records.length === 0)
        return main;
    const pax = Buffer.from(records.join(''), 'utf8');
    const paxHeader = header({
        ...fields,
        name: fallbackName(`PaxHeaders/${name.replace(/\/$/, '').split('/').pop()}`),
        prefix: '',
        size: pax.length,
        typeflag: 'x'
    });
    return Buffer.concat([paxHeader, pax, padding(pax.length), main]);
}
/** A portable stand-in of at most 100 bytes for readers that ignore PAX headers. */
function fallbackName(name) {
    const portable = name.replace(/[^\x20-\x7e]/g, '_');
    return portable.length <= 100 ? portable : portable.slice(portable.length - 100);
}
/** Orders entries by their name as bytes: every parent comes before what it holds. */
function compareEntries(a, b) {
    return Buffer.compare(Buffer.from(entryName(a)), Buffer.from(entryName(b)));
}
/**
 * A tar archive (POSIX ustar, PAX where needed) of the entries in name order, ending in two
 * zero blocks. The bytes depend only on the entries: the same entries give the same archive.
 * A file whose stream yields more or fewer bytes than its size fails the archive.
 */
async function* tarStream(entries) {
    const sorted = [...entries].sort(compareEntries);
    for (let i = 1; i < sorted.length; i++) {
        if (compareEntries(sorted[i - 1], sorted[i]) === 0) {
            throw new Error(`tar entry ${sorted[i].path} appears twice`);
        }
    }
    for (const entry of sorted) {
        yield entryHeader(entry);
        if (entry.type === 'directory')
            continue;
        let written = 0;
        if (entry.open) {
            const source = await entry.open();
            for await (const chunk of source) {
                const bytes = chunk;
                written += bytes.length;
                if (written > entry.size) {
                    source.destroy();
                    throw new Error(`tar entry ${entry.path} has more than its ${entry.size} bytes`);
                }
                yield bytes;
            }
        }
        if (written !== entry.size) {
            throw new Error(`tar entry ${entry.path} has ${written} bytes, not ${entry.size}`);
        }
        yield padding(entry.size);
    }
    yield Buffer.alloc(2 * BLOCK);
}

// EXTERNAL MODULE: ./src/zip/central-directory.ts
var central_directory = __webpack_require__(81752);
// EXTERNAL MODULE: ./src/zip/entry-data.ts + 1 modules
var entry_data = __webpack_require__(73452);
// EXTERNAL MODULE: ./src/zip/safety.ts
var safety = __webpack_require__(93513);
;// CONCATENATED MODULE: ./src/targets/image/buildpack-layout.ts
/**
 * Where and as whom Mendix's docker-mendix-buildpack puts an app (its Dockerfile, branch
 * `latest`, read 2023-11): the unzipped MDA at /opt/mendix/build, owned by user 1001 and group 0
 * with the group's permissions equal to the user's (`chown -R 1001:0`, `chmod -R g=u`), so a
 * platform that runs the image under a random UID in group 0 (OpenShift) can still write there.
 */
const APP_PATH = 'opt/mendix/build';
const APP_UID = 1001;
const APP_GID = 0;
const DIRECTORY_MODE = 0o775;
const FILE_MODE = 0o664;
const EXECUTABLE_MODE = 0o775;
/**
 * The folders above the app, so the layer stands alone: /opt as Debian and UBI have it
 * (root, 0755), /opt/mendix as the buildpack leaves it (its `chown -R` covers /opt/mendix).
 */
const PARENT_FOLDERS = [
    { path: 'opt', uid: 0, gid: 0, mode: 0o755 },
    { path: 'opt/mendix', uid: APP_UID, gid: APP_GID, mode: DIRECTORY_MODE }
];

;// CONCATENATED MODULE: ./src/targets/image/app-layer.ts












const LAYER_MEDIA_TYPE = {
    gzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    none: 'application/vnd.oci.image.layer.v1.tar'
};
/** Hashes and counts what passes through. */
class Tap extends external_node_stream_.Transform {
    hash = (0,external_node_crypto_.createHash)('sha256');
    size = 0;
    _transform(chunk, _encoding, done) {
        this.hash.update(chunk);
        this.size += chunk.length;
        done(null, chunk);
    }
}
const UNIX_HOST = 3;
/** The file's mode in the layer: executable when the MDA recorded it so, else read-write. */
function fileMode(entry) {
    const unix = entry.versionMadeBy >> 8 === UNIX_HOST ? entry.externalAttributes >>> 16 : 0;
    return unix & 0o111 ? EXECUTABLE_MODE : FILE_MODE;
}
/**
 * Writes the app layer: the MDA's files unpacked under /opt/mendix/build, owned and permitted as
 * docker-mendix-buildpack leaves them, every entry with the same time, in name order. The tar
 * depends only on the MDA and `mtime`, so its DiffID does too; an unsafe MDA (paths that escape,
 * links, duplicates) is refused before anything is written.
 */
async function writeAppLayer(options) {
    const { mdaPath, dest, mtime, compression } = options;
    const handle = await (0,open_input/* openInputFile */.H)(mdaPath, 'package');
    try {
        const { size } = await handle.stat();
        const directory = await (0,central_directory/* readCentralDirectory */.H)(handle, size, mdaPath);
        const problems = (0,safety/* directoryProblems */.YF)(directory);
        if (problems.length > 0) {
            throw new errors/* ConfigurationError */.j1(`${mdaPath} can't be put into an image safely: ${problems.join('; ')}`);
        }
        const folders = new Set([APP_PATH]);
        const entries = PARENT_FOLDERS.map((p) => ({
            ...p,
            type: 'directory',
            mtime,
            size: 0
        }));
        const owner = { uid: APP_UID, gid: APP_GID, mtime };
        let files = 0;
        for (const entry of directory.entries) {
            const name = entry.name.replace(/\/$/, '');
            const parts = name.split('/');
            const depth = (0,safety/* isDirectory */.wd)(entry) ? parts.length : parts.length - 1;
            for (let i = 1; i <= depth; i++)
                folders.add(`${APP_PATH}/${parts.slice(0, i).join('/')}`);
            if ((0,safety/* isDirectory */.wd)(entry))
                continue;
            files++;
            entries.push({
                ...owner,
                path: `${APP_PATH}/${name}`,
                type: 'file',
                mode: fileMode(entry),
                size: entry.size,
                open: () => (0,entry_data/* entryStream */.v)(handle, entry, mdaPath)
            });
        }
        for (const file of entries) {
            if (file.type === 'file' && folders.has(file.path)) {
                throw new errors/* ConfigurationError */.j1(`${mdaPath} can't be put into an image: ${file.path.slice(APP_PATH.length + 1)} is both a file and a folder`);
            }
        }
        for (const path of folders) {
            entries.push({ ...owner, path, type: 'directory', mode: DIRECTORY_MODE, size: 0 });
        }
        const tar = new Tap();
        const stored = new Tap();
        await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.from(tarStream(entries)), tar, ...(compression === 'gzip' ? [new FixedGzip()] : []), stored, (0,external_node_fs_.createWriteStream)(dest, { mode: 0o600 }));
        return {
            file: dest,
            mediaType: LAYER_MEDIA_TYPE[compression],
            digest: `sha256:${stored.hash.digest('hex')}`,
            size: stored.size,
            diffId: `sha256:${tar.hash.digest('hex')}`,
            files
        };
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./src/targets/image/image-config.ts
var image_config = __webpack_require__(69512);
// EXTERNAL MODULE: ./src/targets/image/image-labels.ts
var image_labels = __webpack_require__(11353);
// EXTERNAL MODULE: ./src/targets/image/platform.ts
var platform = __webpack_require__(67273);
// EXTERNAL MODULE: ./src/targets/image/push-image.ts
var push_image = __webpack_require__(91926);
// EXTERNAL MODULE: ./src/targets/image/read-image.ts
var read_image = __webpack_require__(59790);
;// CONCATENATED MODULE: ./src/targets/image/app-image.ts















/** Errors that say the base's registry is not there at all: a wrong host, most likely. */
const UNREACHABLE = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH'
]);
function unreachable(error) {
    for (let at = error; at; at = at.cause) {
        const code = (0,errors/* errnoCode */.UK)(at);
        if (code && UNREACHABLE.has(code))
            return true;
    }
    return false;
}
/** Reads the base; a registry that cannot be reached or a base it does not have is refused. */
async function readBase(request) {
    const { baseRef, base } = request.registries;
    const name = `${(0,image_reference/* imageName */.tO)(baseRef)}${baseRef.tag ? `:${baseRef.tag}` : ''}${baseRef.digest ? `@${baseRef.digest}` : ''}`;
    const reference = baseRef.digest ?? baseRef.tag ?? 'latest';
    let found;
    try {
        found = await (0,read_image/* readImage */.A)(base, reference, `base image ${name}`, request.platforms);
    }
    catch (error) {
        if (!(error instanceof errors/* OperationError */.OK) || !unreachable(error))
            throw error;
        throw new errors/* ConfigurationError */.j1(`base image ${name} cannot be read: ${(0,errors/* errorMessage */.gJ)(error)}; check the base's registry host; nothing was pushed`, { cause: error });
    }
    if (!found) {
        throw new errors/* ConfigurationError */.j1(`base image ${name} is not in registry ${baseRef.host} (no manifest ${reference}): check the base's name and tag; nothing was pushed`);
    }
    return { ...found, name };
}
/** Refuses a tag that holds another image: published images, like packages, are never replaced. */
function checkExisting(existing, identity, reference) {
    const stated = (0,image_labels/* statedIdentity */.Al)(existing.annotations);
    const differences = [];
    if (stated.sha256 !== identity.sha256) {
        differences.push(`package SHA-256 ${stated.sha256 ?? '(none)'}, not ${identity.sha256}`);
    }
    if (stated.baseDigest !== identity.baseDigest) {
        differences.push(`base ${stated.baseDigest ?? '(none)'}, not ${identity.baseDigest}`);
    }
    if (stated.platforms !== identity.platforms) {
        differences.push(`platforms ${stated.platforms ?? '(none)'}, not ${identity.platforms}`);
    }
    if (differences.length === 0)
        return;
    throw new errors/* ConfigurationError */.j1(`image ${reference} already exists with ${differences.join(', ')}; images, like packages, are never overwritten: pin the base it was built on (base: …@${stated.baseDigest ?? 'sha256:…'}), or publish a new package version; nothing was pushed`);
}
/**
 * Builds and pushes the app image of a package, or finds it already pushed: the base's layers
 * (mounted from the base's repository, or copied from its registry), one layer with the MDA
 * unpacked at /opt/mendix/build, and the base's config with the package's labels, for each
 * platform chosen. The tag is the package version and is never moved to other content.
 */
async function buildAppImage(request) {
    const { registries, package: pkg, progress } = request;
    const { image: client, imageRef } = registries;
    const base = await readBase(request);
    const platforms = base.images.map((i) => (0,platform/* platformText */.VQ)(i.platform));
    progress.base(base.name, base.digest, platforms);
    const identity = {
        sha256: pkg.sha256,
        baseDigest: base.digest,
        platforms: platforms.join(',')
    };
    const tag = pkg.version;
    const name = `${(0,image_reference/* imageName */.tO)(imageRef)}:${tag}`;
    const existing = await (0,read_image/* readImage */.A)(client, tag, `image ${name}`, { kind: 'all' });
    if (existing) {
        checkExisting(existing, identity, name);
        progress.reused(`${name}@${existing.digest}`);
        return { ...found(name, tag, existing), pushed: false };
    }
    const labels = (0,image_labels/* appLabels */.D2)(pkg, request.created, request.source);
    const annotations = (0,image_labels/* appAnnotations */.UY)(labels, base.name, identity);
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mxdeploy-image-'));
    try {
        const layer = await writeAppLayer({
            mdaPath: request.mdaPath,
            dest: (0,external_node_path_.join)(work, 'app-layer'),
            mtime: Math.floor(Date.parse(request.created) / 1000),
            compression: request.compression
        });
        progress.layer(layer.files, layer.size, layer.digest);
        const baseLayers = new Map(base.images.flatMap((i) => i.layers).map((l) => [l.digest, l]));
        await (0,async_pool/* mapPool */.P)([...baseLayers.values()], 3, async (blob) => {
            const arrival = await copyBlob(registries.base, client, blob, {
                tempDir: work,
                chunkSize: registries.chunkSize
            });
            progress.blob(arrival, blob.digest, blob.size, (0,image_reference/* imageName */.tO)(registries.baseRef));
        });
        if (!(await (0,blob_upload/* blobExists */.kQ)(client, layer.digest))) {
            progress.uploading(layer.size);
            await (0,blob_upload/* uploadFile */.QM)(client, { ...layer, chunkSize: registries.chunkSize });
        }
        const appLayer = { mediaType: layer.mediaType, digest: layer.digest, size: layer.size };
        const images = base.images.map((image) => ({
            platform: image.platform,
            config: (0,image_config/* composeConfig */.Rm)(image.config, {
                created: request.created,
                labels,
                diffId: layer.diffId,
                createdBy: `mxdeploy: ${pkg.app} ${pkg.version} unpacked at /${APP_PATH}`
            }),
            layers: [...image.layers, appLayer]
        }));
        // Registries have no "create only": look again just before the tag is written.
        const raced = await (0,read_image/* readImage */.A)(client, tag, `image ${name}`, { kind: 'all' });
        if (raced) {
            checkExisting(raced, identity, name);
            return { ...found(name, tag, raced), pushed: false };
        }
        const pushed = await (0,push_image/* pushImage */.G)(client, images, annotations, [tag]);
        progress.pushed(`${name}@${pushed.digest}`);
        return {
            reference: `${name}@${pushed.digest}`,
            tag,
            digest: pushed.digest,
            pushed: true,
            annotations,
            images: images.map((image, i) => ({
                ...image,
                manifestDigest: pushed.manifests[i].digest
            }))
        };
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
function found(name, tag, image) {
    return {
        reference: `${name}@${image.digest}`,
        tag,
        digest: image.digest,
        annotations: image.annotations,
        images: image.images
    };
}


/***/ }),

/***/ 69512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rm: () => (/* binding */ composeConfig),
/* harmony export */   sF: () => (/* binding */ configLabels),
/* harmony export */   sz: () => (/* binding */ configVariables)
/* harmony export */ });
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * The config of an image built on another (image-spec config.md): its fields, unknown ones
 * included, with `created`, the labels, the variables, the layer's DiffID and a history entry
 * added. Depends only on its inputs, so the same inputs give the same config digest.
 */
function composeConfig(base, add) {
    const config = structuredClone(base);
    config['created'] = add.created;
    const runtime = isObject(config['config']) ? config['config'] : {};
    config['config'] = runtime;
    runtime['Labels'] = { ...(isObject(runtime['Labels']) ? runtime['Labels'] : {}), ...add.labels };
    if (add.env) {
        const names = Object.keys(add.env).sort();
        const inherited = Array.isArray(runtime['Env']) ? runtime['Env'] : [];
        const kept = inherited.filter((entry) => typeof entry !== 'string' || !names.includes(entry.split('=')[0]));
        runtime['Env'] = [...kept, ...names.map((name) => `${name}=${add.env[name]}`)];
    }
    if (add.diffId) {
        const rootfs = isObject(config['rootfs']) ? config['rootfs'] : { type: 'layers' };
        const ids = Array.isArray(rootfs['diff_ids']) ? rootfs['diff_ids'] : [];
        config['rootfs'] = { ...rootfs, diff_ids: [...ids, add.diffId] };
    }
    // History is optional, but tools that show it pair its non-empty entries with the layers: add
    // one only where the base keeps a history.
    if (Array.isArray(config['history'])) {
        config['history'] = [
            ...config['history'],
            {
                created: add.created,
                created_by: add.createdBy,
                comment: 'mxdeploy',
                ...(add.diffId ? {} : { empty_layer: true })
            }
        ];
    }
    return config;
}
/** The variables of a config's `config.Env`, by name (the first `=` separates name and value). */
function configVariables(config) {
    const runtime = isObject(config['config']) ? config['config'] : {};
    const env = Array.isArray(runtime['Env']) ? runtime['Env'] : [];
    const variables = {};
    for (const entry of env) {
        if (typeof entry !== 'string')
            continue;
        const at = entry.indexOf('=');
        if (at > 0)
            variables[entry.slice(0, at)] = entry.slice(at + 1);
    }
    return variables;
}
/** The labels of a config's `config.Labels`. */
function configLabels(config) {
    const runtime = isObject(config['config']) ? config['config'] : {};
    const labels = isObject(runtime['Labels']) ? runtime['Labels'] : {};
    return Object.fromEntries(Object.entries(labels).filter((entry) => typeof entry[1] === 'string'));
}


/***/ }),

/***/ 54927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $L: () => (/* binding */ platformChoice),
/* harmony export */   Tp: () => (/* binding */ packageCreated),
/* harmony export */   ZZ: () => (/* binding */ imageSource),
/* harmony export */   ai: () => (/* binding */ checkEnvironmentTag)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _mda_inspect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77700);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67273);



/** `platforms:` as written (a list, or `all`) as a choice; undefined is the default. */
function platformChoice(platforms, what) {
    if (platforms === undefined || platforms.length === 0)
        return { kind: 'default' };
    if (platforms === 'all')
        return { kind: 'all' };
    return { kind: 'list', platforms: platforms.map((p) => (0,_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePlatform */ .FL)(p, `${what}: platform`)) };
}
/**
 * The image's `created` and its files' time: the package's build time from its manifest (the
 * source date, reproducible), else when it was published. Never the time of the image build, so
 * the same package gives the same image.
 */
async function packageCreated(mdaPath, record) {
    const { manifest } = await (0,_mda_inspect_js__WEBPACK_IMPORTED_MODULE_0__.readPackageFacts)(mdaPath);
    for (const candidate of [manifest?.builtAt, record.createdAt]) {
        const time = candidate ? Date.parse(candidate) : NaN;
        if (Number.isFinite(time) && time >= 0)
            return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${mdaPath} has no build time mxdeploy can read (builtAt ${JSON.stringify(manifest?.builtAt ?? null)}, published ${JSON.stringify(record.createdAt)}): build it with mxdeploy build`);
}
/** `org.opencontainers.image.source` in a workflow: the repository's URL. */
function imageSource(env) {
    const server = env['GITHUB_SERVER_URL'];
    const repository = env['GITHUB_REPOSITORY'];
    return server && repository ? `${server}/${repository}` : undefined;
}
/**
 * Refuses an environment name that could be mistaken for a package version among the image's
 * tags (`1.2.0.1`, `1.2.0.1-test`): the environment's tag would move a version's.
 */
function checkEnvironmentTag(environment) {
    const head = environment.split('-')[0];
    if (/^\d+(\.\d+)*$/.test(head)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`environment "${environment}" cannot have an image target: its name would be read as a package version among the image's tags; rename the environment`);
    }
}


/***/ }),

/***/ 11353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ statedIdentity),
/* harmony export */   D2: () => (/* binding */ appLabels),
/* harmony export */   UY: () => (/* binding */ appAnnotations),
/* harmony export */   u1: () => (/* binding */ IMAGE_KEY)
/* harmony export */ });
/* harmony import */ var _repository_oci_manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7045);

/** Keys mxdeploy writes on images, beside image-spec's pre-defined ones (annotations.md). */
const IMAGE_KEY = {
    ..._repository_oci_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATION */ .YX,
    baseName: 'org.opencontainers.image.base.name',
    baseDigest: 'org.opencontainers.image.base.digest',
    platforms: 'dev.mxdeploy.platforms',
    environment: 'dev.mxdeploy.environment',
    constants: 'dev.mxdeploy.constants',
    scheduledEvents: 'dev.mxdeploy.scheduled-events'
};
/**
 * The labels of an app image's config: image-spec's version, revision, source and created, and
 * the MDA's SHA-256, app and runtime version under mxdeploy's own keys.
 */
function appLabels(pkg, created, source) {
    return {
        [IMAGE_KEY.version]: pkg.version,
        [IMAGE_KEY.created]: created,
        ...(pkg.commit ? { [IMAGE_KEY.revision]: pkg.commit } : {}),
        ...(source ? { [IMAGE_KEY.source]: source } : {}),
        [IMAGE_KEY.app]: pkg.app,
        [IMAGE_KEY.sha256]: pkg.sha256,
        [IMAGE_KEY.runtimeVersion]: pkg.runtimeVersion
    };
}
/** The annotations of an app image's manifests (and index): its labels and its identity. */
function appAnnotations(labels, baseName, identity) {
    return {
        ...labels,
        [IMAGE_KEY.baseName]: baseName,
        [IMAGE_KEY.baseDigest]: identity.baseDigest,
        [IMAGE_KEY.platforms]: identity.platforms
    };
}
/** The identity an existing image states, from its top-level annotations. */
function statedIdentity(annotations) {
    return {
        sha256: annotations[IMAGE_KEY.sha256],
        baseDigest: annotations[IMAGE_KEY.baseDigest],
        platforms: annotations[IMAGE_KEY.platforms]
    };
}


/***/ }),

/***/ 67273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Er: () => (/* binding */ DEFAULT_PLATFORM),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   J5: () => (/* binding */ platformMatches),
/* harmony export */   VQ: () => (/* binding */ platformText),
/* harmony export */   fA: () => (/* binding */ descriptorPlatform)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** The platform an image is built for when nothing is said and the base offers several. */
const DEFAULT_PLATFORM = 'linux/amd64';
const PLATFORM = /^([a-z0-9]+)\/([a-z0-9_]+)(?:\/([a-z0-9]+))?$/;
/** `os/architecture[/variant]`, as Docker's `--platform` writes it. */
function platformText(platform) {
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}
/** Parses `os/architecture[/variant]`; `what` names the setting for the message. */
function parsePlatform(text, what) {
    const match = PLATFORM.exec(text);
    if (!match) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${what} "${text}" is not a platform: write OS/ARCHITECTURE[/VARIANT], such as linux/amd64 or linux/arm64`);
    }
    return { os: match[1], architecture: match[2], ...(match[3] ? { variant: match[3] } : {}) };
}
/**
 * Whether an image of `offered` serves `wanted`: same OS and architecture, and the same variant
 * when one is asked for (image-index: "the first matching entry SHOULD be used").
 */
function platformMatches(wanted, offered) {
    return (wanted.os === offered.os &&
        wanted.architecture === offered.architecture &&
        (wanted.variant === undefined || wanted.variant === offered.variant));
}
/** A descriptor's `platform`, if it is one (BuildKit's attestations say `unknown/unknown`). */
function descriptorPlatform(value) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const { os, architecture, variant } = value;
    if (typeof os !== 'string' || typeof architecture !== 'string')
        return undefined;
    if (os === 'unknown' || architecture === 'unknown')
        return undefined;
    return { os, architecture, ...(typeof variant === 'string' && variant ? { variant } : {}) };
}


/***/ }),

/***/ 16809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ ImageProgress)
/* harmony export */ });
function mib(bytes) {
    return `${(bytes / (1 << 20)).toFixed(1)} MiB`;
}
/**
 * Every progress line of an image build, in one place, so they can move to a progress API
 * without touching the build.
 */
class ImageProgress {
    log;
    constructor(log) {
        this.log = log;
    }
    base(name, digest, platforms) {
        this.log.info(`base image ${name} is ${digest} (${platforms.join(', ')})`);
    }
    reused(reference) {
        this.log.info(`image ${reference} already holds this package on this base; not built again`);
    }
    layer(files, size, digest) {
        this.log.info(`app layer: ${files} files under /opt/mendix/build, ${mib(size)} (${digest})`);
    }
    blob(arrival, digest, size, from) {
        if (arrival === 'present')
            return;
        const how = arrival === 'mounted' ? `mounted from ${from}` : `copied from ${from}`;
        this.log.info(`base layer ${digest.slice(0, 19)} (${mib(size)}) ${how}`);
    }
    uploading(size) {
        this.log.info(`uploading the app layer (${mib(size)})`);
    }
    pushed(reference) {
        this.log.info(`pushed ${reference}`);
    }
}


/***/ }),

/***/ 91926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ pushImage)
/* harmony export */ });
/* unused harmony export OCI_CONFIG */
/* harmony import */ var _repository_oci_blob_upload_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43730);
/* harmony import */ var _repository_oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7045);
/* harmony import */ var _repository_oci_manifest_io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2018);



const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
function manifestBytes(config, layers, annotations) {
    return Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: _repository_oci_manifest_io_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPE */ .Ap.ociManifest,
        config,
        layers: layers.map(({ mediaType, digest, size }) => ({ mediaType, digest, size })),
        annotations
    }));
}
/**
 * Pushes the configs and manifests of an image and sets `tags` to it, in order: one platform's
 * manifest under the tags, or each platform's manifest by digest and an index of them under the
 * tags. Everything is JSON of the inputs, so the same inputs give the same digests.
 */
async function pushImage(client, images, annotations, tags) {
    const built = [];
    for (const image of images) {
        const configBytes = Buffer.from(JSON.stringify(image.config));
        const config = {
            mediaType: OCI_CONFIG,
            digest: await (0,_repository_oci_blob_upload_js__WEBPACK_IMPORTED_MODULE_0__/* .uploadBytes */ .D)(client, configBytes),
            size: configBytes.length
        };
        const bytes = manifestBytes(config, image.layers, annotations);
        built.push({ platform: image.platform, bytes, digest: (0,_repository_oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Digest */ .sI)(bytes) });
    }
    const manifests = built.map(({ platform, digest }) => ({ platform, digest }));
    if (built.length === 1) {
        const [only] = built;
        for (const tag of tags)
            await (0,_repository_oci_manifest_io_js__WEBPACK_IMPORTED_MODULE_2__/* .putManifest */ .RV)(client, tag, only.bytes, _repository_oci_manifest_io_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPE */ .Ap.ociManifest);
        return { digest: only.digest, mediaType: _repository_oci_manifest_io_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPE */ .Ap.ociManifest, manifests };
    }
    for (const { bytes, digest } of built) {
        await (0,_repository_oci_manifest_io_js__WEBPACK_IMPORTED_MODULE_2__/* .putManifest */ .RV)(client, digest, bytes, _repository_oci_manifest_io_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPE */ .Ap.ociManifest);
    }
    const index = Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: _repository_oci_manifest_io_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPE */ .Ap.ociIndex,
        manifests: built.map(({ platform, bytes, digest }) => ({
            mediaType: _repository_oci_manifest_io_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPE */ .Ap.ociManifest,
            digest,
            size: bytes.length,
            platform
        })),
        annotations
    }));
    for (const tag of tags)
        await (0,_repository_oci_manifest_io_js__WEBPACK_IMPORTED_MODULE_2__/* .putManifest */ .RV)(client, tag, index, _repository_oci_manifest_io_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPE */ .Ap.ociIndex);
    return { digest: (0,_repository_oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Digest */ .sI)(index), mediaType: _repository_oci_manifest_io_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPE */ .Ap.ociIndex, manifests };
}


/***/ }),

/***/ 59790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ readImage)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _repository_oci_blob_download_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50359);
/* harmony import */ var _repository_oci_manifest_io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2018);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67273);




const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
const CONFIG_TYPES = new Set([OCI_CONFIG, 'application/vnd.docker.container.image.v1+json']);
const MANIFEST_TYPES = new Set([_repository_oci_manifest_io_js__WEBPACK_IMPORTED_MODULE_1__/* .MEDIA_TYPE */ .Ap.ociManifest, _repository_oci_manifest_io_js__WEBPACK_IMPORTED_MODULE_1__/* .MEDIA_TYPE */ .Ap.dockerManifest]);
const INDEX_TYPES = new Set([_repository_oci_manifest_io_js__WEBPACK_IMPORTED_MODULE_1__/* .MEDIA_TYPE */ .Ap.ociIndex, _repository_oci_manifest_io_js__WEBPACK_IMPORTED_MODULE_1__/* .MEDIA_TYPE */ .Ap.dockerList]);
const OCI_GZIP_LAYER = 'application/vnd.oci.image.layer.v1.tar+gzip';
/** Layer types carried over as they are, and Docker's, which image-spec calls interchangeable. */
const LAYER_TYPES = {
    'application/vnd.oci.image.layer.v1.tar': 'application/vnd.oci.image.layer.v1.tar',
    [OCI_GZIP_LAYER]: OCI_GZIP_LAYER,
    'application/vnd.oci.image.layer.v1.tar+zstd': 'application/vnd.oci.image.layer.v1.tar+zstd',
    'application/vnd.docker.image.rootfs.diff.tar.gzip': OCI_GZIP_LAYER
};
const DIGEST = /^sha256:[0-9a-f]{64}$/;
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function descriptor(value) {
    if (!isObject(value))
        return undefined;
    const { mediaType, digest, size } = value;
    if (typeof mediaType !== 'string' || typeof digest !== 'string' || typeof size !== 'number') {
        return undefined;
    }
    const platform = (0,_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .descriptorPlatform */ .fA)(value['platform']);
    return { mediaType, digest, size, ...(platform ? { platform } : {}) };
}
function parseJson(bytes) {
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return undefined;
    }
}
function stringMap(value) {
    if (!isObject(value))
        return {};
    return Object.fromEntries(Object.entries(value).filter((entry) => typeof entry[1] === 'string'));
}
/**
 * Reads, checks and parses an image: its manifest or index (OCI, or Docker schema 2), then the
 * manifest and config of each platform chosen. Undefined when the reference names nothing (404).
 * `name` starts every refusal, such as `base image ghcr.io/acme/runtime:10`.
 */
async function readImage(client, reference, name, choice) {
    const refuse = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${name} ${why}`);
    const top = await (0,_repository_oci_manifest_io_js__WEBPACK_IMPORTED_MODULE_1__/* .getManifest */ .c2)(client, reference);
    if (!top)
        return undefined;
    const parsed = parseJson(top.bytes);
    if (!isObject(parsed))
        throw refuse('has a manifest that is not a JSON object');
    const found = { digest: top.digest, annotations: stringMap(parsed['annotations']) };
    if (top.mediaType && INDEX_TYPES.has(top.mediaType)) {
        const entries = (Array.isArray(parsed['manifests']) ? parsed['manifests'] : [])
            .map(descriptor)
            .filter((d) => Boolean(d?.platform && MANIFEST_TYPES.has(d.mediaType)));
        const chosen = choosePlatforms(entries, choice, refuse);
        const images = [];
        for (const entry of chosen) {
            images.push(await readPlatformImage(client, entry.digest, entry.platform, refuse));
        }
        return { ...found, mediaType: top.mediaType, images };
    }
    if (!top.mediaType || !MANIFEST_TYPES.has(top.mediaType)) {
        throw refuse(`is a ${top.mediaType ?? 'manifest without a media type'}, not a container image (OCI or Docker schema 2)`);
    }
    const image = await readPlatformImage(client, top.digest, undefined, refuse, parsed);
    if (choice.kind === 'list') {
        for (const wanted of choice.platforms) {
            if (!(0,_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .platformMatches */ .J5)(wanted, image.platform)) {
                throw refuse(`has no image for ${(0,_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .platformText */ .VQ)(wanted)}: it is a single ${(0,_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .platformText */ .VQ)(image.platform)} image; choose a base with that platform, or change platforms`);
            }
        }
    }
    return { ...found, mediaType: top.mediaType, images: [image] };
}
function choosePlatforms(entries, choice, refuse) {
    const offered = [...new Set(entries.map((e) => (0,_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .platformText */ .VQ)(e.platform)))];
    if (choice.kind === 'all') {
        if (entries.length === 0)
            throw refuse('lists no image for any platform');
        return offered.map((text) => entries.find((e) => (0,_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .platformText */ .VQ)(e.platform) === text));
    }
    const wanted = choice.kind === 'list' ? choice.platforms : [(0,_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePlatform */ .FL)(_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_PLATFORM */ .Er, 'platform')];
    const chosen = wanted.map((platform) => {
        const found = entries.find((e) => (0,_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .platformMatches */ .J5)(platform, e.platform));
        if (!found) {
            throw refuse(`has no image for ${(0,_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .platformText */ .VQ)(platform)} (it has ${offered.join(', ') || 'none'}): choose a base with that platform, or set platforms to one it has`);
        }
        return found;
    });
    // Two platforms asked for (linux/arm and linux/arm/v7) may name one image: build it once.
    return [...new Map(chosen.map((entry) => [entry.digest, entry])).values()];
}
async function readPlatformImage(client, digest, listed, refuse, known) {
    let manifest = known;
    if (!manifest) {
        const fetched = await (0,_repository_oci_manifest_io_js__WEBPACK_IMPORTED_MODULE_1__/* .getManifest */ .c2)(client, digest);
        const parsed = fetched ? parseJson(fetched.bytes) : undefined;
        if (!isObject(parsed))
            throw refuse(`lists manifest ${digest}, which the registry cannot give`);
        manifest = parsed;
    }
    const config = descriptor(manifest['config']);
    if (!config || !CONFIG_TYPES.has(config.mediaType) || !DIGEST.test(config.digest)) {
        throw refuse(`has a manifest whose config is ${config ? `a ${config.mediaType}` : 'missing'}, not a container image config`);
    }
    const layers = [];
    for (const value of Array.isArray(manifest['layers']) ? manifest['layers'] : []) {
        const layer = descriptor(value);
        const mediaType = layer ? LAYER_TYPES[layer.mediaType] : undefined;
        if (!layer || !mediaType || !DIGEST.test(layer.digest)) {
            throw refuse(`has a layer of type ${layer?.mediaType ?? '(none)'}${layer && !DIGEST.test(layer.digest) ? ` with digest ${layer.digest}` : ''}, which mxdeploy does not build on: only tar layers (plain, gzip, zstd) with sha256 digests can be copied to another repository`);
        }
        layers.push({ mediaType, digest: layer.digest, size: layer.size });
    }
    const parsed = parseJson(await (0,_repository_oci_blob_download_js__WEBPACK_IMPORTED_MODULE_0__/* .readBlob */ .g)(client, config.digest));
    if (!isObject(parsed))
        throw refuse(`has a config ${config.digest} that is not a JSON object`);
    const rootfs = parsed['rootfs'];
    const diffIds = isObject(rootfs) && Array.isArray(rootfs['diff_ids']) ? rootfs['diff_ids'] : [];
    if (diffIds.length !== layers.length) {
        throw refuse(`has ${layers.length} layers but its config lists ${diffIds.length} diff_ids: the image is damaged`);
    }
    const own = (0,_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .descriptorPlatform */ .fA)(parsed);
    const platform = listed ?? own;
    if (!platform)
        throw refuse('has a config without os and architecture');
    return { platform, manifestDigest: digest, config: parsed, layers };
}


/***/ }),

/***/ 74005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cs: () => (/* binding */ openRegistries)
/* harmony export */ });
/* unused harmony exports IMAGE_VARIABLES, BASE_VARIABLES */
/* harmony import */ var _net_retry_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46383);
/* harmony import */ var _repository_oci_chunk_size_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85845);
/* harmony import */ var _repository_oci_credentials_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72728);
/* harmony import */ var _repository_oci_image_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29219);
/* harmony import */ var _repository_oci_registry_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42698);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);






/** The variables of the image registry's credentials, and of a base registry elsewhere. */
const IMAGE_VARIABLES = 'MXDEPLOY_IMAGE';
const BASE_VARIABLES = 'MXDEPLOY_BASE';
function sameHost(a, b) {
    return a.baseUrl.origin === b.baseUrl.origin;
}
/**
 * Credentials for the image registry: MXDEPLOY_IMAGE_USERNAME/PASSWORD; else the package
 * repository's MXDEPLOY_OCI_* when it is on the same registry; else on ghcr.io GITHUB_TOKEN.
 * Credentials are never sent to a host they were not given for.
 */
function imageCredentials(ref, options) {
    const { env, log, packageRepository } = options;
    const own = env[`${IMAGE_VARIABLES}_USERNAME`] || env[`${IMAGE_VARIABLES}_PASSWORD`];
    if (!own && packageRepository?.startsWith('oci://')) {
        const host = packageRepository.slice('oci://'.length).split('/')[0];
        if (host === ref.host) {
            const credentials = (0,_repository_oci_credentials_js__WEBPACK_IMPORTED_MODULE_4__/* .credentialsFromEnv */ .kv)(ref.host, env, log, { prefix: _repository_oci_credentials_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_VARIABLES */ ._Y });
            if (credentials)
                return { credentials, variables: _repository_oci_credentials_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_VARIABLES */ ._Y };
        }
    }
    return {
        credentials: (0,_repository_oci_credentials_js__WEBPACK_IMPORTED_MODULE_4__/* .credentialsFromEnv */ .kv)(ref.host, env, log, { prefix: IMAGE_VARIABLES }),
        variables: IMAGE_VARIABLES
    };
}
/**
 * Parses the base and image references and opens a client for each. The image is a repository
 * without a tag or digest: its tags are the package version and the environments. A base on the
 * image's registry shares its credentials; a base elsewhere gets MXDEPLOY_BASE_* (or none).
 */
function openRegistries(settings, options) {
    const { env, log, what } = options;
    const baseRef = (0,_repository_oci_image_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageReference */ .o_)(settings.base, env, `${what}: base`);
    const imageRef = (0,_repository_oci_image_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageReference */ .o_)(settings.image, env, `${what}: image`);
    if (imageRef.tag || imageRef.digest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`${what}: image "${settings.image}" names a ${imageRef.digest ? 'digest' : 'tag'}: give the repository only (such as ghcr.io/acme/hello); mxdeploy tags it with the package version and the environment`);
    }
    const retry = options.retry ?? (0,_net_retry_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .retryPolicyFromEnv */ .ed)(env);
    const pushing = imageCredentials(imageRef, options);
    const image = new _repository_oci_registry_client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryClient */ .bP(imageRef, pushing.credentials, env, log, retry, pushing.variables);
    const pulling = sameHost(baseRef, imageRef)
        ? pushing
        : {
            credentials: (0,_repository_oci_credentials_js__WEBPACK_IMPORTED_MODULE_4__/* .credentialsFromEnv */ .kv)(baseRef.host, env, log, { prefix: BASE_VARIABLES }),
            variables: BASE_VARIABLES
        };
    const base = new _repository_oci_registry_client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryClient */ .bP(baseRef, pulling.credentials, env, log, retry, pulling.variables);
    return { baseRef, imageRef, base, image, chunkSize: (0,_repository_oci_chunk_size_js__WEBPACK_IMPORTED_MODULE_1__/* .chunkSizeFor */ .U)(imageRef.host, env) };
}


/***/ })

};
