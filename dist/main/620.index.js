export const id = 620;
export const ids = [620];
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

/***/ 66620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ verifyPackage)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/zip/records.ts
var records = __webpack_require__(88269);
;// CONCATENATED MODULE: ./src/zip/safety.ts

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
        if (entry.flags & records/* FLAG_ENCRYPTED */.uM)
            problems.push(`entry ${label} is encrypted`);
        if (entry.method !== records/* METHOD_STORED */.y$ && entry.method !== records/* METHOD_DEFLATED */.oT) {
            problems.push(`entry ${label} uses compression method ${entry.method}; only stored (0) and deflated (8) are allowed`);
        }
        if (entry.method === records/* METHOD_STORED */.y$ && entry.size !== entry.compressedSize) {
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
        const end = entry.localOffset + records/* LOCAL_HEADER_SIZE */._0 + entry.rawName.length + entry.compressedSize;
        const next = sorted[i + 1]?.localOffset ?? directory.directoryOffset;
        if (end > next) {
            problems.push(`entry ${JSON.stringify(entry.name)} overlaps the data that follows it`);
        }
    }
    return problems;
}

// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/async-pool.ts
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
async function verifyZip(path, label = path, limits = DEFAULT_LIMITS) {
    const handle = await (0,open_input/* openInputFile */.H)(path, 'archive');
    try {
        const { size } = await handle.stat();
        const directory = await (0,central_directory/* readCentralDirectory */.H)(handle, size, label);
        const problems = directoryProblems(directory, limits);
        if (problems.length > 0)
            return { directory, problems };
        const entries = [...directory.entries].sort((a, b) => a.localOffset - b.localOffset);
        await mapPool(entries, 8, async (entry) => {
            if (problems.length >= MAX_REPORTED || isDirectory(entry))
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
async function verifyPackage(path, limits = DEFAULT_LIMITS) {
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

/***/ 81752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ readCentralDirectory)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88269);


/** Tail read at once: the largest comment, the end records, and often the whole directory. */
const TAIL_BYTES = _records_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_COMMENT */ .bc + _records_js__WEBPACK_IMPORTED_MODULE_0__/* .EOCD_SIZE */ .iV + _records_js__WEBPACK_IMPORTED_MODULE_0__/* .ZIP64_LOCATOR_SIZE */ .zV + _records_js__WEBPACK_IMPORTED_MODULE_0__/* .ZIP64_EOCD_SIZE */ .Y3 + (256 << 10);
function broken(label, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${label} is not a valid ZIP archive: ${why}`);
}
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
/** Finds the end-of-central-directory record whose comment runs exactly to the end of the file. */
function findEnd(tail, tailStart, fileSize, label) {
    for (let at = tail.length - _records_js__WEBPACK_IMPORTED_MODULE_0__/* .EOCD_SIZE */ .iV; at >= 0; at--) {
        if (tail.readUInt32LE(at) !== _records_js__WEBPACK_IMPORTED_MODULE_0__/* .SIG_EOCD */ .iM)
            continue;
        const commentLength = tail.readUInt16LE(at + 20);
        if (tailStart + at + _records_js__WEBPACK_IMPORTED_MODULE_0__/* .EOCD_SIZE */ .iV + commentLength === fileSize)
            return at;
    }
    throw broken(label, 'no end-of-central-directory record (the file is truncated, or not a ZIP archive)');
}
/**
 * Reads the central directory with one read of the file's tail (two when the directory is larger
 * than the tail), never touching entry data.
 */
async function readCentralDirectory(handle, fileSize, label) {
    if (fileSize < _records_js__WEBPACK_IMPORTED_MODULE_0__/* .EOCD_SIZE */ .iV)
        throw broken(label, `it is only ${fileSize} bytes long`);
    const tailStart = Math.max(0, fileSize - TAIL_BYTES);
    const tail = await readAt(handle, tailStart, fileSize - tailStart);
    const end = findEnd(tail, tailStart, fileSize, label);
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
    const directory = directoryOffset >= tailStart
        ? tail.subarray(directoryOffset - tailStart, directoryOffset - tailStart + directorySize)
        : await readAt(handle, directoryOffset, directorySize);
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
        const rawName = Buffer.from(directory.subarray(at + _records_js__WEBPACK_IMPORTED_MODULE_0__/* .CENTRAL_HEADER_SIZE */ .yX, at + _records_js__WEBPACK_IMPORTED_MODULE_0__/* .CENTRAL_HEADER_SIZE */ .yX + nameLength));
        const entry = {
            name: rawName.toString(flags & _records_js__WEBPACK_IMPORTED_MODULE_0__/* .FLAG_UTF8 */ .Tq ? 'utf8' : 'latin1'),
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

/***/ 21052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hB: () => (/* binding */ readEntry),
/* harmony export */   vk: () => (/* binding */ entryStream)
/* harmony export */ });
/* unused harmony exports damaged, parseLocalHeader, dataOffset */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _crc32_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13592);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88269);






const inflateRaw = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_zlib__WEBPACK_IMPORTED_MODULE_2__.inflateRaw);
/** Room for the local extra field, which may differ from the central one. */
const EXTRA_GUESS = 256;
function damaged(label, entry, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${label}: entry ${JSON.stringify(entry.name)} is damaged: ${why}`);
}
/** Checks a local header against its central entry and returns where the entry's data starts. */
function parseLocalHeader(header, entry, label) {
    if (header.length < _records_js__WEBPACK_IMPORTED_MODULE_5__/* .LOCAL_HEADER_SIZE */ ._0 || header.readUInt32LE(0) !== _records_js__WEBPACK_IMPORTED_MODULE_5__/* .SIG_LOCAL */ .SX) {
        throw damaged(label, entry, 'its local header is missing');
    }
    const nameLength = header.readUInt16LE(26);
    const extraLength = header.readUInt16LE(28);
    const name = header.subarray(_records_js__WEBPACK_IMPORTED_MODULE_5__/* .LOCAL_HEADER_SIZE */ ._0, _records_js__WEBPACK_IMPORTED_MODULE_5__/* .LOCAL_HEADER_SIZE */ ._0 + nameLength);
    if (!name.equals(entry.rawName))
        throw damaged(label, entry, 'its local header names another file');
    if (header.readUInt16LE(8) !== entry.method) {
        throw damaged(label, entry, 'local and central headers disagree on the compression method');
    }
    return entry.localOffset + _records_js__WEBPACK_IMPORTED_MODULE_5__/* .LOCAL_HEADER_SIZE */ ._0 + nameLength + extraLength;
}
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
/** Where an entry's data starts, read from its local header. */
async function dataOffset(handle, entry, label) {
    const header = await readAt(handle, entry.localOffset, _records_js__WEBPACK_IMPORTED_MODULE_5__/* .LOCAL_HEADER_SIZE */ ._0 + entry.rawName.length + EXTRA_GUESS);
    return parseLocalHeader(header, entry, label);
}
function checkSupported(entry, label) {
    if (entry.flags & 0x0001)
        throw damaged(label, entry, 'it is encrypted');
    if (entry.method !== _records_js__WEBPACK_IMPORTED_MODULE_5__/* .METHOD_STORED */ .y$ && entry.method !== _records_js__WEBPACK_IMPORTED_MODULE_5__/* .METHOD_DEFLATED */ .oT) {
        throw damaged(label, entry, `compression method ${entry.method} is not supported (only stored and deflated)`);
    }
}
/**
 * Reads and decompresses one entry into memory, with the local header and data in one read,
 * and checks its size and CRC-32. For small entries such as `model/metadata.json`.
 */
async function readEntry(handle, entry, label) {
    checkSupported(entry, label);
    const guess = _records_js__WEBPACK_IMPORTED_MODULE_5__/* .LOCAL_HEADER_SIZE */ ._0 + entry.rawName.length + EXTRA_GUESS + entry.compressedSize;
    let block = await readAt(handle, entry.localOffset, guess);
    const start = parseLocalHeader(block, entry, label) - entry.localOffset;
    if (block.length < start + entry.compressedSize) {
        block = await readAt(handle, entry.localOffset, start + entry.compressedSize);
        if (block.length < start + entry.compressedSize)
            throw damaged(label, entry, 'its data is cut short');
    }
    const raw = block.subarray(start, start + entry.compressedSize);
    let data;
    if (entry.method === _records_js__WEBPACK_IMPORTED_MODULE_5__/* .METHOD_STORED */ .y$) {
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
    if ((0,_crc32_js__WEBPACK_IMPORTED_MODULE_3__/* .crc32 */ .Q)(data) !== entry.crc)
        throw damaged(label, entry, 'CRC-32 mismatch');
    return data;
}
/** Counts and checksums a decompressed stream, failing it as soon as it outgrows the header. */
class CheckedOutput extends node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform {
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
        this.crc = (0,_crc32_js__WEBPACK_IMPORTED_MODULE_3__/* .crc32 */ .Q)(chunk, this.crc);
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
    const source = handle.createReadStream({
        start,
        end: start + entry.compressedSize - 1,
        autoClose: false
    });
    const forward = (error) => {
        check.destroy(error.message.includes('damaged') ? error : damaged(label, entry, error.message));
    };
    source.on('error', forward);
    if (entry.method === _records_js__WEBPACK_IMPORTED_MODULE_5__/* .METHOD_STORED */ .y$) {
        source.pipe(check);
    }
    else {
        const inflate = node_zlib__WEBPACK_IMPORTED_MODULE_2__.createInflateRaw();
        inflate.on('error', forward);
        source.pipe(inflate).pipe(check);
    }
    return check;
}


/***/ })

};
