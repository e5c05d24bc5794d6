export const id = 700;
export const ids = [700];
export const modules = {

/***/ 56318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ openInputFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


/** Opens a file the user named for reading; a missing or unreadable one is an input error. */
async function openInputFile(path, noun = 'file') {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    }
    catch (error) {
        const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errnoCode */ .UK)(error);
        if (code === 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${noun} ${path} does not exist`);
        if (code === 'EACCES')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${noun} ${path} can't be read (permission denied)`);
        throw error;
    }
    if (!(await handle.stat()).isFile()) {
        await handle.close();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${noun} ${path} is not a regular file`);
    }
    return handle;
}


/***/ }),

/***/ 77093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ readAt)
/* harmony export */ });
/**
 * Reads up to `length` bytes at `position`, looping over short reads; the result is shorter only
 * where the file ends.
 */
async function readAt(handle, position, length) {
    const buffer = Buffer.allocUnsafe(length);
    let offset = 0;
    while (offset < length) {
        const { bytesRead } = await handle.read(buffer, offset, length - offset, position + offset);
        if (bytesRead === 0)
            break;
        offset += bytesRead;
    }
    return buffer.subarray(0, offset);
}


/***/ }),

/***/ 77700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ inspectPackage),
/* harmony export */   w: () => (/* binding */ readPackageFacts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/* harmony import */ var _fs_open_input_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56318);
/* harmony import */ var _zip_central_directory_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81752);
/* harmony import */ var _zip_entry_data_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21052);
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
        const metadata = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .parseMetadata */ .jR)(await (0,_zip_entry_data_js__WEBPACK_IMPORTED_MODULE_2__/* .readEntry */ .hB)(handle, entry, path), `${path}!${_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .METADATA_PATH */ .GN}`);
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
/* unused harmony export CONSTANT_TYPES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

const METADATA_PATH = 'model/metadata.json';
/**
 * Constant types of Mendix's data types that a constant can have. Real metadata.json files (5.6
 * to 10.24) hold String, Integer and Boolean; the others are Mendix data types a constant may
 * take. Any other type is passed through with a warning, so a type a future Mendix adds does not
 * stop a deploy.
 */
const CONSTANT_TYPES = [
    'String',
    'Integer',
    'Long',
    'Decimal',
    'Boolean',
    'DateTime'
];
const RUNTIME_VERSION = /^\d{1,4}\.\d{1,4}\.\d{1,4}(\.\d{1,10})?$/;
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function optionalString(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
/** A scalar as Mendix means it; DefaultValue is always a string in real files, numbers are tolerated. */
function scalarText(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return '';
}
/** The items of a list mxdeploy uses; anything but a list of objects is refused with the key. */
function usedList(document, key, label) {
    const value = document[key];
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value) || !value.every(isObject)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label}: "${key}" must be a list of objects with a "Name", as MxBuild writes it; rebuild the deployment package`);
    }
    return value;
}
function itemName(item, key, index, label) {
    const name = item['Name'];
    if (typeof name !== 'string' || name.trim() === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label}: ${key}[${index}] has no "Name"; rebuild the deployment package`);
    }
    return name;
}
/**
 * Role names: Mendix keeps roles as an object keyed by role ID (`{"<id>": {"Name": …}}`); older
 * tools wrote a list. mxdeploy only shows them, so any other shape gives no names, never an error.
 */
function roleNames(value) {
    const items = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : [];
    return items.flatMap((item) => isObject(item) && typeof item['Name'] === 'string' ? [item['Name']] : []);
}
/** Request handler paths (`/api/`), absent before Mendix 7; shown only, so tolerated in any shape. */
function handlerNames(value) {
    if (!Array.isArray(value))
        return [];
    return value.flatMap((item) => isObject(item) && typeof item['Name'] === 'string' ? [item['Name']] : []);
}
/** JavaVersion is a JSON number (11, 21) in real files; anything else is not ours to judge. */
function javaMajor(value) {
    const number = typeof value === 'string' ? Number(value) : value;
    return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : undefined;
}
function readConstants(document, label, warnings) {
    const seen = new Set();
    return usedList(document, 'Constants', label).map((item, index) => {
        const name = itemName(item, 'Constants', index, label);
        if (seen.has(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label}: constant ${name} is listed twice; MxBuild writes each constant once, so the file was edited or damaged: rebuild the deployment package`);
        }
        seen.add(name);
        const type = typeof item['Type'] === 'string' && item['Type'] !== '' ? item['Type'] : 'String';
        if (!CONSTANT_TYPES.includes(type)) {
            warnings.push(`constant ${name} has type ${JSON.stringify(type)}, which mxdeploy does not know; its value is passed on unchecked`);
        }
        return {
            name,
            type,
            description: scalarText(item['Description']),
            defaultValue: scalarText(item['DefaultValue'])
        };
    });
}
function readScheduledEvents(document, label) {
    const seen = new Set();
    return usedList(document, 'ScheduledEvents', label).map((item, index) => {
        const name = itemName(item, 'ScheduledEvents', index, label);
        if (seen.has(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label}: scheduled event ${name} is listed twice; rebuild the deployment package`);
        }
        seen.add(name);
        return { name, description: scalarText(item['Description']) };
    });
}
/** Parses the JSON document of a `metadata.json`; MxBuild writes no BOM, but one is tolerated. */
function parseMetadataDocument(source, label) {
    const textSource = (typeof source === 'string' ? source : source.toString('utf8')).replace(/^\uFEFF/, '');
    let document;
    try {
        document = JSON.parse(textSource);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} is not valid JSON (${error.message}); it must be the metadata.json that MxBuild writes`);
    }
    if (!isObject(document)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} must hold a JSON object, as MxBuild writes it`);
    }
    return document;
}
/**
 * Reads the facts mxdeploy uses from a `metadata.json` document: versions, project, constants and
 * scheduled events are checked; every other key (Roles, Configuration, DataBrokerConfiguration,
 * JavaVersion, Languages, and whatever a later Mendix adds) is tolerated in any shape.
 */
function readMetadata(document, label) {
    const runtimeVersion = document['RuntimeVersion'];
    if (typeof runtimeVersion !== 'string' || !RUNTIME_VERSION.test(runtimeVersion)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} has no valid "RuntimeVersion" (such as "10.24.8.80126" or "7.15.1"); MxBuild writes it into every deployment folder`);
    }
    const warnings = [];
    return {
        runtimeVersion,
        modelVersion: optionalString(document['ModelVersion']),
        projectId: optionalString(document['ProjectID']),
        projectName: optionalString(document['ProjectName']),
        constants: readConstants(document, label, warnings),
        scheduledEvents: readScheduledEvents(document, label),
        roles: roleNames(document['Roles']),
        requestHandlers: handlerNames(document['RequestHandlers']),
        javaVersion: javaMajor(document['JavaVersion']),
        warnings
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

/***/ 81752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ readCentralDirectory)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _fs_read_at_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77093);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88269);



/** Tail read at once: the largest comment, the end records, and often the whole directory. */
const TAIL_BYTES = _records_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_COMMENT */ .bc + _records_js__WEBPACK_IMPORTED_MODULE_0__/* .EOCD_SIZE */ .iV + _records_js__WEBPACK_IMPORTED_MODULE_0__/* .ZIP64_LOCATOR_SIZE */ .zV + _records_js__WEBPACK_IMPORTED_MODULE_0__/* .ZIP64_EOCD_SIZE */ .Y3 + (256 << 10);
function broken(label, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${label} is not a valid ZIP archive: ${why}`);
}
const SIG_LOCAL_BYTES = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/**
 * Finds the end-of-central-directory record whose comment runs exactly to the end of the file,
 * or says precisely why there is none: data appended, a cut, or not a ZIP archive at all.
 */
async function findEnd(handle, tail, tailStart, fileSize, label) {
    let trailing;
    for (let at = tail.length - _records_js__WEBPACK_IMPORTED_MODULE_0__/* .EOCD_SIZE */ .iV; at >= 0; at--) {
        if (tail.readUInt32LE(at) !== _records_js__WEBPACK_IMPORTED_MODULE_0__/* .SIG_EOCD */ .iM)
            continue;
        const end = tailStart + at + _records_js__WEBPACK_IMPORTED_MODULE_0__/* .EOCD_SIZE */ .iV + tail.readUInt16LE(at + 20);
        if (end === fileSize)
            return at;
        if (end < fileSize)
            trailing ??= fileSize - end;
    }
    if (trailing !== undefined) {
        throw broken(label, `${trailing} bytes of unknown data follow the end of the archive (was something appended to it?)`);
    }
    const start = tailStart === 0 ? tail.subarray(0, 4) : await (0,_fs_read_at_js__WEBPACK_IMPORTED_MODULE_2__/* .readAt */ .m)(handle, 0, 4);
    if (start.equals(SIG_LOCAL_BYTES)) {
        throw broken(label, `it has no end-of-central-directory record: the file is truncated (cut short at ${fileSize} bytes)`);
    }
    throw broken(label, 'it is not a ZIP archive (no ZIP signature at its start or its end)');
}
/**
 * Reads the central directory with one read of the file's tail (two when the directory is larger
 * than the tail), never touching entry data.
 */
async function readCentralDirectory(handle, fileSize, label) {
    if (fileSize === 0)
        throw broken(label, 'it is empty (0 bytes)');
    const tailStart = Math.max(0, fileSize - TAIL_BYTES);
    const tail = await (0,_fs_read_at_js__WEBPACK_IMPORTED_MODULE_2__/* .readAt */ .m)(handle, tailStart, fileSize - tailStart);
    const end = await findEnd(handle, tail, tailStart, fileSize, label);
    if (tail.readUInt16LE(end + 4) !== 0 || tail.readUInt16LE(end + 6) !== 0) {
        throw broken(label, 'it spans several disks');
    }
    let entries = tail.readUInt16LE(end + 10);
    let directorySize = tail.readUInt32LE(end + 12);
    let directoryOffset = tail.readUInt32LE(end + 16);
    const comment = Buffer.from(tail.subarray(end + _records_js__WEBPACK_IMPORTED_MODULE_0__/* .EOCD_SIZE */ .iV, end + _records_js__WEBPACK_IMPORTED_MODULE_0__/* .EOCD_SIZE */ .iV + tail.readUInt16LE(end + 20)));
    let directoryEnd = tailStart + end;
    let zip64 = false;
    const locatorAt = end - _records_js__WEBPACK_IMPORTED_MODULE_0__/* .ZIP64_LOCATOR_SIZE */ .zV;
    if (locatorAt >= 0 && tail.readUInt32LE(locatorAt) === _records_js__WEBPACK_IMPORTED_MODULE_0__/* .SIG_ZIP64_LOCATOR */ .Zi) {
        zip64 = true;
        const recordOffset = Number(tail.readBigUInt64LE(locatorAt + 8));
        const recordAt = recordOffset - tailStart;
        if (recordAt < 0 || recordAt + _records_js__WEBPACK_IMPORTED_MODULE_0__/* .ZIP64_EOCD_SIZE */ .Y3 > locatorAt) {
            throw broken(label, 'the ZIP64 end record lies outside the file');
        }
        if (tail.readUInt32LE(recordAt) !== _records_js__WEBPACK_IMPORTED_MODULE_0__/* .SIG_ZIP64_EOCD */ .uj) {
            throw broken(label, 'the ZIP64 end record has a wrong signature');
        }
        entries = Number(tail.readBigUInt64LE(recordAt + 32));
        directorySize = Number(tail.readBigUInt64LE(recordAt + 40));
        directoryOffset = Number(tail.readBigUInt64LE(recordAt + 48));
        directoryEnd = recordOffset;
    }
    else if (entries === _records_js__WEBPACK_IMPORTED_MODULE_0__/* .U16_MAX */ .Cn || directorySize === _records_js__WEBPACK_IMPORTED_MODULE_0__/* .U32_MAX */ .cd || directoryOffset === _records_js__WEBPACK_IMPORTED_MODULE_0__/* .U32_MAX */ .cd) {
        throw broken(label, 'the end record points to ZIP64 records that are missing');
    }
    if (directoryOffset + directorySize > directoryEnd) {
        throw broken(label, 'the central directory lies outside the file (is it truncated?)');
    }
    const directoryStop = directoryOffset + directorySize;
    let directory;
    if (directoryOffset >= tailStart) {
        directory = tail.subarray(directoryOffset - tailStart, directoryStop - tailStart);
    }
    else if (directoryStop <= tailStart) {
        directory = await (0,_fs_read_at_js__WEBPACK_IMPORTED_MODULE_2__/* .readAt */ .m)(handle, directoryOffset, directorySize);
    }
    else {
        // A directory larger than the tail: read only the part before it.
        const head = await (0,_fs_read_at_js__WEBPACK_IMPORTED_MODULE_2__/* .readAt */ .m)(handle, directoryOffset, tailStart - directoryOffset);
        directory = Buffer.concat([head, tail.subarray(0, directoryStop - tailStart)]);
    }
    return {
        entries: parseEntries(directory, entries, label),
        comment,
        fileSize,
        directoryOffset,
        directorySize,
        zip64
    };
}
function parseEntries(directory, count, label) {
    const entries = [];
    let at = 0;
    for (let i = 0; i < count; i++) {
        if (at + _records_js__WEBPACK_IMPORTED_MODULE_0__/* .CENTRAL_HEADER_SIZE */ .yX > directory.length || directory.readUInt32LE(at) !== _records_js__WEBPACK_IMPORTED_MODULE_0__/* .SIG_CENTRAL */ .st) {
            throw broken(label, `central directory entry ${i + 1} of ${count} is missing or damaged`);
        }
        const nameLength = directory.readUInt16LE(at + 28);
        const extraLength = directory.readUInt16LE(at + 30);
        const commentLength = directory.readUInt16LE(at + 32);
        const next = at + _records_js__WEBPACK_IMPORTED_MODULE_0__/* .CENTRAL_HEADER_SIZE */ .yX + nameLength + extraLength + commentLength;
        if (next > directory.length) {
            throw broken(label, `central directory entry ${i + 1} runs past the directory's end`);
        }
        const flags = directory.readUInt16LE(at + 8);
        const nameStart = at + _records_js__WEBPACK_IMPORTED_MODULE_0__/* .CENTRAL_HEADER_SIZE */ .yX;
        // A view, not a copy: 15,000 small copies were most of inspect's time, in garbage collection.
        const rawName = directory.subarray(nameStart, nameStart + nameLength);
        const entry = {
            name: directory.toString(flags & _records_js__WEBPACK_IMPORTED_MODULE_0__/* .FLAG_UTF8 */ .Tq ? 'utf8' : 'latin1', nameStart, nameStart + nameLength),
            rawName,
            versionMadeBy: directory.readUInt16LE(at + 4),
            flags,
            method: directory.readUInt16LE(at + 10),
            dosTime: directory.readUInt16LE(at + 12),
            dosDate: directory.readUInt16LE(at + 14),
            crc: directory.readUInt32LE(at + 16),
            compressedSize: directory.readUInt32LE(at + 20),
            size: directory.readUInt32LE(at + 24),
            externalAttributes: directory.readUInt32LE(at + 38),
            localOffset: directory.readUInt32LE(at + 42)
        };
        const extraStart = at + _records_js__WEBPACK_IMPORTED_MODULE_0__/* .CENTRAL_HEADER_SIZE */ .yX + nameLength;
        applyZip64Extra(entry, directory.subarray(extraStart, extraStart + extraLength), label);
        entries.push(entry);
        at = next;
    }
    return entries;
}
/** Replaces 0xFFFFFFFF fields with the 64-bit values of the ZIP64 extra field, in spec order. */
function applyZip64Extra(entry, extra, label) {
    const wanted = [entry.size, entry.compressedSize, entry.localOffset].filter((v) => v === _records_js__WEBPACK_IMPORTED_MODULE_0__/* .U32_MAX */ .cd);
    if (wanted.length === 0)
        return;
    for (let at = 0; at + 4 <= extra.length;) {
        const id = extra.readUInt16LE(at);
        const length = extra.readUInt16LE(at + 2);
        if (id === 0x0001) {
            let field = at + 4;
            const take = () => {
                if (field + 8 > at + 4 + length)
                    throw broken(label, `${entry.name}: ZIP64 extra field is too short`);
                const value = Number(extra.readBigUInt64LE(field));
                field += 8;
                return value;
            };
            if (entry.size === _records_js__WEBPACK_IMPORTED_MODULE_0__/* .U32_MAX */ .cd)
                entry.size = take();
            if (entry.compressedSize === _records_js__WEBPACK_IMPORTED_MODULE_0__/* .U32_MAX */ .cd)
                entry.compressedSize = take();
            if (entry.localOffset === _records_js__WEBPACK_IMPORTED_MODULE_0__/* .U32_MAX */ .cd)
                entry.localOffset = take();
            return;
        }
        at += 4 + length;
    }
    throw broken(label, `${entry.name}: sizes need a ZIP64 extra field that is missing`);
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

/***/ 21052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hB: () => (/* binding */ readEntry),
/* harmony export */   vk: () => (/* binding */ entryStream)
/* harmony export */ });
/* unused harmony exports damaged, parseLocalHeader, dataOffset */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/* harmony import */ var _fs_read_at_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(77093);
/* harmony import */ var _crc32_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(13592);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88269);








const inflateRaw = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_zlib__WEBPACK_IMPORTED_MODULE_3__.inflateRaw);
/** Room for the local extra field, which may differ from the central one. */
const EXTRA_GUESS = 256;
function damaged(label, entry, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`${label}: entry ${JSON.stringify(entry.name)} is damaged: ${why}`);
}
/** Checks a local header against its central entry and returns where the entry's data starts. */
function parseLocalHeader(header, entry, label) {
    if (header.length < _records_js__WEBPACK_IMPORTED_MODULE_6__/* .LOCAL_HEADER_SIZE */ ._0 || header.readUInt32LE(0) !== _records_js__WEBPACK_IMPORTED_MODULE_6__/* .SIG_LOCAL */ .SX) {
        throw damaged(label, entry, 'its local header is missing');
    }
    const nameLength = header.readUInt16LE(26);
    const extraLength = header.readUInt16LE(28);
    const name = header.subarray(_records_js__WEBPACK_IMPORTED_MODULE_6__/* .LOCAL_HEADER_SIZE */ ._0, _records_js__WEBPACK_IMPORTED_MODULE_6__/* .LOCAL_HEADER_SIZE */ ._0 + nameLength);
    if (!name.equals(entry.rawName))
        throw damaged(label, entry, 'its local header names another file');
    if (header.readUInt16LE(8) !== entry.method) {
        throw damaged(label, entry, 'local and central headers disagree on the compression method');
    }
    return entry.localOffset + _records_js__WEBPACK_IMPORTED_MODULE_6__/* .LOCAL_HEADER_SIZE */ ._0 + nameLength + extraLength;
}
/** Where an entry's data starts, read from its local header. */
async function dataOffset(handle, entry, label) {
    const header = await (0,_fs_read_at_js__WEBPACK_IMPORTED_MODULE_7__/* .readAt */ .m)(handle, entry.localOffset, _records_js__WEBPACK_IMPORTED_MODULE_6__/* .LOCAL_HEADER_SIZE */ ._0 + entry.rawName.length + EXTRA_GUESS);
    return parseLocalHeader(header, entry, label);
}
function checkSupported(entry, label) {
    if (entry.flags & 0x0001)
        throw damaged(label, entry, 'it is encrypted');
    if (entry.method !== _records_js__WEBPACK_IMPORTED_MODULE_6__/* .METHOD_STORED */ .y$ && entry.method !== _records_js__WEBPACK_IMPORTED_MODULE_6__/* .METHOD_DEFLATED */ .oT) {
        throw damaged(label, entry, `compression method ${entry.method} is not supported (only stored and deflated)`);
    }
}
/**
 * Reads and decompresses one entry into memory, with the local header and data in one read,
 * and checks its size and CRC-32. For small entries such as `model/metadata.json`.
 */
async function readEntry(handle, entry, label) {
    checkSupported(entry, label);
    const guess = _records_js__WEBPACK_IMPORTED_MODULE_6__/* .LOCAL_HEADER_SIZE */ ._0 + entry.rawName.length + EXTRA_GUESS + entry.compressedSize;
    let block = await (0,_fs_read_at_js__WEBPACK_IMPORTED_MODULE_7__/* .readAt */ .m)(handle, entry.localOffset, guess);
    const start = parseLocalHeader(block, entry, label) - entry.localOffset;
    if (block.length < start + entry.compressedSize) {
        block = await (0,_fs_read_at_js__WEBPACK_IMPORTED_MODULE_7__/* .readAt */ .m)(handle, entry.localOffset, start + entry.compressedSize);
        if (block.length < start + entry.compressedSize)
            throw damaged(label, entry, 'its data is cut short');
    }
    const raw = block.subarray(start, start + entry.compressedSize);
    let data;
    if (entry.method === _records_js__WEBPACK_IMPORTED_MODULE_6__/* .METHOD_STORED */ .y$) {
        data = raw;
    }
    else {
        try {
            data = await inflateRaw(raw, { maxOutputLength: Math.max(entry.size, 1) });
        }
        catch (error) {
            const tooLarge = error.code === 'ERR_BUFFER_TOO_LARGE';
            throw damaged(label, entry, tooLarge
                ? `it inflates past its declared size of ${entry.size} bytes`
                : error.message);
        }
    }
    if (data.length !== entry.size) {
        throw damaged(label, entry, `it holds ${data.length} bytes, not the ${entry.size} its header declares`);
    }
    if ((0,_crc32_js__WEBPACK_IMPORTED_MODULE_4__/* .crc32 */ .Q)(data) !== entry.crc)
        throw damaged(label, entry, 'CRC-32 mismatch');
    return data;
}
/** Counts and checksums a decompressed stream, failing it as soon as it outgrows the header. */
class CheckedOutput extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    entry;
    label;
    crc = 0;
    bytes = 0;
    constructor(entry, label) {
        super();
        this.entry = entry;
        this.label = label;
    }
    _transform(chunk, _encoding, done) {
        this.bytes += chunk.length;
        if (this.bytes > this.entry.size) {
            done(damaged(this.label, this.entry, `it inflates past its declared size of ${this.entry.size} bytes`));
            return;
        }
        this.crc = (0,_crc32_js__WEBPACK_IMPORTED_MODULE_4__/* .crc32 */ .Q)(chunk, this.crc);
        done(null, chunk);
    }
    _flush(done) {
        if (this.bytes !== this.entry.size) {
            done(damaged(this.label, this.entry, `it holds ${this.bytes} bytes, not the ${this.entry.size} its header declares`));
        }
        else if (this.crc !== this.entry.crc) {
            done(damaged(this.label, this.entry, 'CRC-32 mismatch'));
        }
        else {
            done();
        }
    }
}
/**
 * A stream of an entry's decompressed bytes that errors on a size or CRC-32 mismatch at the end;
 * memory stays flat whatever the entry's size. The caller keeps `handle` open until it ends.
 */
async function entryStream(handle, entry, label) {
    checkSupported(entry, label);
    const start = await dataOffset(handle, entry, label);
    const check = new CheckedOutput(entry, label);
    if (entry.compressedSize === 0) {
        check.end();
        return check;
    }
    // By descriptor number, not FileHandle.createReadStream: that adds a listener to the shared
    // handle per stream, and an archive has thousands of entries.
    const source = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)('', {
        fd: handle.fd,
        start,
        end: start + entry.compressedSize - 1,
        autoClose: false
    });
    const forward = (error) => {
        check.destroy(error.message.includes('damaged') ? error : damaged(label, entry, error.message));
    };
    source.on('error', forward);
    if (entry.method === _records_js__WEBPACK_IMPORTED_MODULE_6__/* .METHOD_STORED */ .y$) {
        source.pipe(check);
    }
    else {
        const inflate = node_zlib__WEBPACK_IMPORTED_MODULE_3__.createInflateRaw();
        inflate.on('error', forward);
        source.pipe(inflate).pipe(check);
    }
    return check;
}


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
