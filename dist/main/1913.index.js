export const id = 1913;
export const ids = [1913];
export const modules = {

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

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseSidecar: () => (/* binding */ parseSidecar),
/* harmony export */   readSidecar: () => (/* binding */ readSidecar),
/* harmony export */   sha256File: () => (/* binding */ sha256File),
/* harmony export */   sidecarPath: () => (/* binding */ sidecarPath),
/* harmony export */   writeSidecar: () => (/* binding */ writeSidecar)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/* harmony import */ var _fs_open_input_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56318);






/** Path of the `sha256sum`-format file that sits next to a package. */
function sidecarPath(file) {
    return `${file}.sha256`;
}
/** Writes `<hex>  <name>` as `sha256sum` does, so `sha256sum -c` checks the package. */
async function writeSidecar(file, sha256) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(sidecarPath(file), `${sha256}  ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(file)}\n`);
}
/** sha256sum's line: `\` first when the name is escaped, the hash, then ` ` or ` *` and the name. */
const LINE = /^(\\?)([0-9a-fA-F]{64})(?:\s+\*?(.*))?$/;
/** The hash recorded next to a package, or undefined when there is no such file. */
async function readSidecar(file) {
    const path = sidecarPath(file);
    const handle = await (0,_fs_open_input_js__WEBPACK_IMPORTED_MODULE_4__/* .openInputFileIfThere */ .e)(path, 'checksum file');
    if (!handle)
        return undefined;
    try {
        return parseSidecar(await handle.readFile('utf8'), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(file), path);
    }
    finally {
        await handle.close();
    }
}
/**
 * The hash in the text of a `.sha256` file for the package named `file`. A name in it must be the
 * package's (any folder before it is where sha256sum ran): the checksum of another file says
 * nothing about this one, even when the two happen to be equal. `label` names the text in errors.
 */
function parseSidecar(text, file, label) {
    const match = LINE.exec(text.split('\n')[0].replace(/\r$/, '').trim());
    if (!match) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`${label} is not in sha256sum format ("<64 hex digits>  <file name>")`);
    }
    const [, escaped, hash, recorded] = match;
    const name = escaped ? unescapeName(recorded ?? '') : recorded;
    if (name && (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(name) !== file) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`${label} is the checksum of ${JSON.stringify(name)}, not of ${JSON.stringify(file)}: use the .sha256 made with this package, or remove it`);
    }
    return hash.toLowerCase();
}
/** Undoes sha256sum's escaping of names that hold a backslash or a line break. */
function unescapeName(name) {
    return name.replace(/\\([\\nr])/g, (_all, c) => c === 'n' ? '\n' : c === 'r' ? '\r' : '\\');
}
/** SHA-256 of a package file, streamed; anything but a regular file is refused unread. */
async function sha256File(file) {
    const handle = await (0,_fs_open_input_js__WEBPACK_IMPORTED_MODULE_4__/* .openInputFile */ .H)(file, 'archive');
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    try {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(handle.createReadStream({ highWaterMark: 1 << 20, autoClose: false }), hash);
    }
    finally {
        await handle.close();
    }
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
/* harmony export */   un: () => (/* binding */ SIG_DESCRIPTOR),
/* harmony export */   y$: () => (/* binding */ METHOD_STORED),
/* harmony export */   y8: () => (/* binding */ dosDateTime),
/* harmony export */   yX: () => (/* binding */ CENTRAL_HEADER_SIZE),
/* harmony export */   zV: () => (/* binding */ ZIP64_LOCATOR_SIZE)
/* harmony export */ });
/* unused harmony exports FILE_ATTRIBUTES, needsZip64Sizes */
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
