export const id = 7445;
export const ids = [7445];
export const modules = {

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
 * Whether an end record sits right after the directory it describes, as the end record of this
 * archive does. One of an archive stored inside (a .jar in model/bundles) points at a directory
 * elsewhere, so finding it in a cut file must not read as "data appended". ZIP64 end records
 * come between: those are taken as this archive's.
 */
function endsItsDirectory(tail, at, tailStart) {
    const size = tail.readUInt32LE(at + 12);
    const offset = tail.readUInt32LE(at + 16);
    if (size === _records_js__WEBPACK_IMPORTED_MODULE_0__/* .U32_MAX */ .cd || offset === _records_js__WEBPACK_IMPORTED_MODULE_0__/* .U32_MAX */ .cd)
        return true;
    if (at >= _records_js__WEBPACK_IMPORTED_MODULE_0__/* .ZIP64_LOCATOR_SIZE */ .zV && tail.readUInt32LE(at - _records_js__WEBPACK_IMPORTED_MODULE_0__/* .ZIP64_LOCATOR_SIZE */ .zV) === _records_js__WEBPACK_IMPORTED_MODULE_0__/* .SIG_ZIP64_LOCATOR */ .Zi)
        return true;
    return offset + size === tailStart + at;
}
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
        if (end < fileSize && endsItsDirectory(tail, at, tailStart))
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

/***/ 73452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ entryStream),
  h: () => (/* binding */ readEntry)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/fs/read-at.ts
var read_at = __webpack_require__(77093);
// EXTERNAL MODULE: ./src/zip/crc32.ts
var crc32 = __webpack_require__(13592);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/zip/records.ts
var records = __webpack_require__(88269);
;// CONCATENATED MODULE: ./src/zip/local-header.ts


/**
 * The local records of an entry checked against its central directory entry (PKWARE APPNOTE
 * 6.3.10: 4.3.7 local header, 4.3.9 data descriptor, 4.4.4 flags, 4.5.3 ZIP64 extra field).
 * Readers of the central directory (unzip, java.util.zip.ZipFile) and readers of the local
 * records (funzip, java.util.zip.ZipInputStream, anything that unpacks a stream) must see the same
 * file, so any disagreement makes the archive ambiguous and is refused.
 */
/** A data descriptor's most bytes: signature, CRC-32 and two 8-byte sizes. */
const MAX_DESCRIPTOR = 24;
const ZIP64_EXTRA_ID = 0x0001;
/** Records that may follow an entry's data: where one starts, there is no data descriptor. */
const NEXT_RECORDS = new Set([records/* SIG_LOCAL */.SX, records/* SIG_CENTRAL */.st, records/* SIG_EOCD */.iM, records/* SIG_ZIP64_EOCD */.uj]);
function damaged(label, entry, why) {
    return new errors/* ConfigurationError */.j1(`${label}: entry ${JSON.stringify(entry.name)} is damaged: ${why}`);
}
const hex = (value, digits) => `0x${value.toString(16).padStart(digits, '0')}`;
/** Bytes of the local header at the start of `block`, or undefined when it has no signature. */
function localHeaderLength(block) {
    if (block.length < records/* LOCAL_HEADER_SIZE */._0 || block.readUInt32LE(0) !== records/* SIG_LOCAL */.SX)
        return undefined;
    return records/* LOCAL_HEADER_SIZE */._0 + block.readUInt16LE(26) + block.readUInt16LE(28);
}
/** The sizes in a local ZIP64 extra field: both, uncompressed first (APPNOTE 4.5.3). */
function zip64Sizes(extra) {
    for (let at = 0; at + 4 <= extra.length;) {
        const length = extra.readUInt16LE(at + 2);
        if (extra.readUInt16LE(at) === ZIP64_EXTRA_ID) {
            if (length < 16 || at + 4 + 16 > extra.length)
                return null;
            return {
                size: Number(extra.readBigUInt64LE(at + 4)),
                compressedSize: Number(extra.readBigUInt64LE(at + 12))
            };
        }
        at += 4 + length;
    }
    return undefined;
}
/**
 * Checks a whole local header (`header` holds at least `localHeaderLength` bytes) against the
 * central entry: name bytes, flags, method, and CRC-32 and sizes. With flag bit 3 those three may
 * be zero, the data descriptor then carries them (Info-ZIP keeps the real size, so a field may
 * also hold the real value); anything else disagrees.
 */
function checkLocalHeader(header, entry, label) {
    const length = localHeaderLength(header);
    if (length === undefined)
        throw damaged(label, entry, 'its local header is missing');
    if (header.length < length)
        throw damaged(label, entry, 'its local header is cut short');
    const disagree = (field, local, central) => damaged(label, entry, `local header and central directory disagree on the ${field} (${local} vs ${central})`);
    const nameEnd = records/* LOCAL_HEADER_SIZE */._0 + header.readUInt16LE(26);
    const name = header.subarray(records/* LOCAL_HEADER_SIZE */._0, nameEnd);
    if (!name.equals(entry.rawName)) {
        const text = (bytes) => JSON.stringify(bytes.toString('utf8'));
        throw disagree('file name', text(name), text(entry.rawName));
    }
    const flags = header.readUInt16LE(6);
    if (flags !== entry.flags)
        throw disagree('flags', hex(flags, 4), hex(entry.flags, 4));
    const method = header.readUInt16LE(8);
    if (method !== entry.method)
        throw disagree('compression method', `${method}`, `${entry.method}`);
    const sizes = zip64Sizes(header.subarray(nameEnd, length));
    let compressedSize = header.readUInt32LE(18);
    let size = header.readUInt32LE(22);
    if (compressedSize === records/* U32_MAX */.cd || size === records/* U32_MAX */.cd) {
        if (!sizes)
            throw damaged(label, entry, 'its local ZIP64 extra field is missing or too short');
        if (compressedSize === records/* U32_MAX */.cd)
            compressedSize = sizes.compressedSize;
        if (size === records/* U32_MAX */.cd)
            size = sizes.size;
    }
    const deferred = (flags & records/* FLAG_DESCRIPTOR */.rh) !== 0;
    const fields = [
        ['CRC-32', header.readUInt32LE(14), entry.crc, 8],
        ['compressed size', compressedSize, entry.compressedSize, 0],
        ['uncompressed size', size, entry.size, 0]
    ];
    for (const [field, local, central, digits] of fields) {
        if (local === central || (deferred && local === 0))
            continue;
        const show = (value) => (digits ? hex(value, digits) : `${value}`);
        throw disagree(field, show(local), show(central));
    }
    return { length, flags, zip64: sizes !== undefined };
}
/**
 * Checks the data descriptor that follows the data of an entry with flag bit 3. Its signature is
 * optional (APPNOTE 4.3.9.3), and its sizes are 8 bytes when the local header has a ZIP64 extra
 * field (4.3.9.2); `bytes` starts right after the data.
 */
function checkDescriptor(bytes, local, entry, label) {
    const width = local.zip64 ? 8 : 4;
    const read = (at) => {
        if (bytes.length < at + 4 + 2 * width)
            return undefined;
        const size = (where) => width === 8 ? Number(bytes.readBigUInt64LE(where)) : bytes.readUInt32LE(where);
        return [bytes.readUInt32LE(at), size(at + 4), size(at + 4 + width)];
    };
    // With the signature first, unless the CRC-32 itself happens to equal the signature.
    const candidates = [bytes.length >= 4 && bytes.readUInt32LE(0) === records/* SIG_DESCRIPTOR */.un ? 4 : 0, 0];
    const central = [entry.crc, entry.compressedSize, entry.size];
    const found = candidates.map(read);
    if (found.some((values) => values?.every((value, i) => value === central[i])))
        return;
    const values = found[0];
    if (!values || NEXT_RECORDS.has(bytes.readUInt32LE(0))) {
        // Seen in real widget packages: bit 3 set, the values in the local header, no descriptor.
        throw damaged(label, entry, 'flag bit 3 says a data descriptor follows its data, but none does: readers that stream the archive would misread it');
    }
    const names = ['CRC-32', 'compressed size', 'uncompressed size'];
    const i = values.findIndex((value, n) => value !== central[n]);
    const show = (value) => (i === 0 ? hex(value, 8) : `${value}`);
    throw damaged(label, entry, `data descriptor and central directory disagree on the ${names[i]} (${show(values[i])} vs ${show(central[i])})`);
}

;// CONCATENATED MODULE: ./src/zip/entry-data.ts








/** Bytes per read of an entry's data. */
const READ_SIZE = 1 << 20;
const inflateRaw = (0,external_node_util_.promisify)(external_node_zlib_.inflateRaw);
/** Room for the local extra field, which may differ from the central one. */
const EXTRA_GUESS = 256;
/**
 * Reads an entry's local header and checks it, and its data descriptor if it has one, against
 * the central entry; with `withData`, the data comes in the same read. Returns what was read and
 * where the data starts in it.
 */
async function readLocal(handle, entry, label, withData) {
    const tail = withData ? entry.compressedSize + MAX_DESCRIPTOR : 0;
    const guess = records/* LOCAL_HEADER_SIZE */._0 + entry.rawName.length + EXTRA_GUESS + tail;
    let block = await (0,read_at/* readAt */.m)(handle, entry.localOffset, guess);
    const length = localHeaderLength(block);
    if (length !== undefined && block.length === guess && guess < length + tail) {
        block = await (0,read_at/* readAt */.m)(handle, entry.localOffset, length + tail); // a longer extra field
    }
    const local = checkLocalHeader(block, entry, label);
    const dataEnd = local.length + entry.compressedSize;
    if (withData && block.length < dataEnd)
        throw damaged(label, entry, 'its data is cut short');
    if (local.flags & records/* FLAG_DESCRIPTOR */.rh) {
        const descriptor = withData
            ? block.subarray(dataEnd, dataEnd + MAX_DESCRIPTOR)
            : await (0,read_at/* readAt */.m)(handle, entry.localOffset + dataEnd, MAX_DESCRIPTOR);
        checkDescriptor(descriptor, local, entry, label);
    }
    return { block, start: local.length };
}
function checkSupported(entry, label) {
    if (entry.flags & 0x0001)
        throw damaged(label, entry, 'it is encrypted');
    if (entry.method !== records/* METHOD_STORED */.y$ && entry.method !== records/* METHOD_DEFLATED */.oT) {
        throw damaged(label, entry, `compression method ${entry.method} is not supported (only stored and deflated)`);
    }
}
/**
 * Reads and decompresses one entry into memory, with the local records and data in one read,
 * and checks its local records, size and CRC-32. For small entries such as `model/metadata.json`.
 */
async function readEntry(handle, entry, label) {
    checkSupported(entry, label);
    const { block, start } = await readLocal(handle, entry, label, true);
    const raw = block.subarray(start, start + entry.compressedSize);
    let data;
    if (entry.method === records/* METHOD_STORED */.y$) {
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
    if ((0,crc32/* crc32 */.Q)(data) !== entry.crc)
        throw damaged(label, entry, 'CRC-32 mismatch');
    return data;
}
/** Counts and checksums a decompressed stream, failing it as soon as it outgrows the header. */
class CheckedOutput extends external_node_stream_.Transform {
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
        this.crc = (0,crc32/* crc32 */.Q)(chunk, this.crc);
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
 * A stream of an entry's decompressed bytes, once its local records are checked, that errors on a
 * size or CRC-32 mismatch at the end;
 * memory stays flat whatever the entry's size. The caller keeps `handle` open until it ends.
 */
async function entryStream(handle, entry, label) {
    checkSupported(entry, label);
    const start = entry.localOffset + (await readLocal(handle, entry, label, false)).start;
    const check = new CheckedOutput(entry, label);
    if (entry.compressedSize === 0) {
        check.end();
        return check;
    }
    // By descriptor number, not FileHandle.createReadStream: that adds a listener to the shared
    // handle per stream, and an archive has thousands of entries.
    const source = (0,external_node_fs_.createReadStream)('', {
        fd: handle.fd,
        start,
        end: start + entry.compressedSize - 1,
        autoClose: false,
        // 1 MiB reads, not the default 64 KiB: each read is a trip through the thread pool, and a
        // 1 GiB entry took 16,384 of them (2 s of verifying a package, mostly waiting on them).
        highWaterMark: READ_SIZE
    });
    const forward = (error) => {
        check.destroy(error.message.includes('damaged') ? error : damaged(label, entry, error.message));
    };
    source.on('error', forward);
    if (entry.method === records/* METHOD_STORED */.y$) {
        source.pipe(check);
    }
    else {
        const inflate = external_node_zlib_.createInflateRaw();
        inflate.on('error', forward);
        source.pipe(inflate).pipe(check);
    }
    return check;
}


/***/ })

};
