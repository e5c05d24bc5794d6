export const id = 5686;
export const ids = [5686];
export const modules = {

/***/ 33515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ pathKind)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


/** What is at a path (links followed): a file, a directory, or nothing (also: something else). */
async function pathKind(path) {
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        return info.isFile() ? 'file' : info.isDirectory() ? 'directory' : undefined;
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errnoCode */ .UK)(error) === 'ENOENT' || (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errnoCode */ .UK)(error) === 'ENOTDIR')
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 66911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ql: () => (/* binding */ DEFAULT_BASE_URL),
/* harmony export */   Qv: () => (/* binding */ DownloadFailed),
/* harmony export */   V1: () => (/* binding */ BASE_URL_VARIABLE),
/* harmony export */   tG: () => (/* binding */ mxbuildUrl)
/* harmony export */ });
/** A download that did not succeed; `status` is the HTTP status when the server answered. */
class DownloadFailed extends Error {
    status;
    name = 'DownloadFailed';
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
const DEFAULT_BASE_URL = 'https://cdn.mendix.com/runtime/';
/** Overrides DEFAULT_BASE_URL, for mirrors and tests. */
const BASE_URL_VARIABLE = 'MXDEPLOY_MXBUILD_BASE_URL';
/** The download address Mendix documents for an MxBuild version on this platform. */
function mxbuildUrl(version, platform, baseUrl) {
    const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
    return `${base}${platform === 'win32' ? 'win-' : ''}mxbuild-${version}.tar.gz`;
}


/***/ }),

/***/ 31202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XL: () => (/* binding */ readMprFacts),
  i1: () => (/* binding */ readMprVersion)
});

// UNUSED EXPORTS: productVersion

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/mxbuild/sqlite/record.ts
/** A problem with the bytes of an SQLite file; the reader turns it into a message naming the file. */
class SqliteFormatError extends Error {
    name = 'SqliteFormatError';
}
/** The file is no SQLite database at all (as opposed to a damaged one). */
class NotSqliteError extends SqliteFormatError {
    name = 'NotSqliteError';
}
/**
 * Reads the varint at `at` and returns it with the offset after it. Values past 2^53 lose
 * precision; only rowids get that large, and the reader never needs them exactly.
 */
function readVarint(bytes, at) {
    let value = 0;
    for (let i = 0; i < 8; i++) {
        const byte = bytes[at + i];
        if (byte === undefined)
            throw new SqliteFormatError('a varint runs past its page');
        value = value * 128 + (byte & 0x7f);
        if ((byte & 0x80) === 0)
            return [value, at + i + 1];
    }
    const last = bytes[at + 8];
    if (last === undefined)
        throw new SqliteFormatError('a varint runs past its page');
    return [value * 256 + last, at + 9];
}
const INT_SIZES = { 1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8 };
/** How many bytes a value of `serialType` takes in the record body. */
function valueSize(serialType) {
    if (serialType >= 12)
        return Math.floor((serialType - 12) / 2);
    if (serialType === 7)
        return 8;
    if (serialType === 10 || serialType === 11) {
        throw new SqliteFormatError(`a record uses reserved serial type ${serialType}`);
    }
    return INT_SIZES[serialType] ?? 0;
}
function readInt(bytes, at, size) {
    if (size === 8) {
        const big = bytes.readBigInt64BE(at);
        return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER)
            ? Number(big)
            : big;
    }
    return bytes.readIntBE(at, size);
}
/**
 * Decodes an SQLite record (a header of serial types, then the values). Text is UTF-8: the reader
 * refuses databases in another encoding before any record is read.
 */
function decodeRecord(payload) {
    const [headerSize, first] = readVarint(payload, 0);
    if (headerSize < first || headerSize > payload.length) {
        throw new SqliteFormatError('a record header is longer than its record');
    }
    const types = [];
    for (let at = first; at < headerSize;) {
        const [type, next] = readVarint(payload, at);
        if (next > headerSize)
            throw new SqliteFormatError('a record header runs into its body');
        types.push(type);
        at = next;
    }
    const values = [];
    let at = headerSize;
    for (const type of types) {
        const size = valueSize(type);
        if (at + size > payload.length)
            throw new SqliteFormatError('a record value runs past its end');
        if (type === 0)
            values.push(null);
        else if (type === 8)
            values.push(0);
        else if (type === 9)
            values.push(1);
        else if (type === 7)
            values.push(payload.readDoubleBE(at));
        else if (type < 12)
            values.push(readInt(payload, at, size));
        else if (type % 2 === 0)
            values.push(Buffer.from(payload.subarray(at, at + size)));
        else
            values.push(payload.toString('utf8', at, at + size));
        at += size;
    }
    return values;
}

;// CONCATENATED MODULE: ./src/mxbuild/sqlite/database.ts

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_SIZE = 100;
const LEAF_TABLE = 0x0d;
const INTERIOR_TABLE = 0x05;
const LEAF_INDEX = 0x0a;
const INTERIOR_INDEX = 0x02;
/** B-trees deeper than this are damaged: even 2^64 rows fit in far fewer levels. */
const MAX_DEPTH = 40;
/** Parses the database header; `fileSize` bounds the page count. */
function parseHeader(header, fileSize) {
    if (header.length < HEADER_SIZE || !header.subarray(0, 16).equals(MAGIC)) {
        throw new NotSqliteError('it is not an SQLite database');
    }
    const rawPageSize = header.readUInt16BE(16);
    const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) {
        throw new SqliteFormatError(`its header gives an impossible page size (${rawPageSize})`);
    }
    const readVersion = header[19];
    if (readVersion !== 1 && readVersion !== 2) {
        throw new SqliteFormatError(`it needs a newer SQLite to read (file format read version ${readVersion})`);
    }
    const reservedBytes = header[20];
    const usableSize = pageSize - reservedBytes;
    if (usableSize < 480) {
        throw new SqliteFormatError(`its header reserves ${reservedBytes} bytes of ${pageSize}`);
    }
    const encodingCode = header.readUInt32BE(56);
    const textEncoding = encodingCode === 0 || encodingCode === 1
        ? 'utf-8'
        : encodingCode === 2
            ? 'utf-16le'
            : encodingCode === 3
                ? 'utf-16be'
                : undefined;
    if (!textEncoding) {
        throw new SqliteFormatError(`its header gives an unknown text encoding (${encodingCode})`);
    }
    const filePages = Math.floor(fileSize / pageSize);
    // The in-header size is valid only when written by SQLite 3.7.0+ (its change counters agree).
    const headerPages = header.readUInt32BE(28);
    const headerValid = headerPages > 0 && header.readUInt32BE(24) === header.readUInt32BE(92);
    if (headerValid && headerPages > filePages) {
        throw new SqliteFormatError(`it is truncated: its header counts ${headerPages} pages of ${pageSize} bytes, the file holds ${filePages}`);
    }
    return {
        pageSize,
        reservedBytes,
        usableSize,
        pageCount: headerValid ? headerPages : filePages,
        textEncoding,
        readVersion
    };
}
/**
 * A read-only view of an SQLite database file that reads only the pages a query walks through.
 * It reads table b-trees (rowid tables), records and overflow chains; not indexes or the WAL.
 */
class SqliteDatabase {
    handle;
    header;
    /** Pages read so far, for callers that check how little was read. */
    pagesRead = 0;
    constructor(handle, header) {
        this.handle = handle;
        this.header = header;
    }
    /** Reads the header of an open file; the caller keeps ownership of `handle`. */
    static async open(handle) {
        const { size } = await handle.stat();
        const first = Buffer.alloc(HEADER_SIZE);
        const { bytesRead } = await handle.read(first, 0, HEADER_SIZE, 0);
        if (bytesRead < HEADER_SIZE) {
            throw new NotSqliteError(size === 0 ? 'it is empty' : `it is ${size} bytes long, shorter than an SQLite header`);
        }
        return new SqliteDatabase(handle, parseHeader(first, size));
    }
    /** Reads page `number` (1-based) in one read. */
    async page(number) {
        const { pageSize, pageCount } = this.header;
        if (!Number.isInteger(number) || number < 1 || number > pageCount) {
            throw new SqliteFormatError(`it points to page ${number}, past its ${pageCount} pages`);
        }
        const bytes = Buffer.alloc(pageSize);
        let done = 0;
        while (done < pageSize) {
            const { bytesRead } = await this.handle.read(bytes, done, pageSize - done, (number - 1) * pageSize + done);
            if (bytesRead === 0)
                throw new SqliteFormatError(`it is truncated inside page ${number}`);
            done += bytesRead;
        }
        this.pagesRead++;
        return bytes;
    }
    /** The rows of the table b-tree rooted at `root`, in rowid order, read page by page. */
    rows(root) {
        return this.walk(root, new Set(), 0);
    }
    async *walk(number, seen, depth) {
        if (seen.has(number))
            throw new SqliteFormatError(`its b-tree loops back to page ${number}`);
        if (depth > MAX_DEPTH)
            throw new SqliteFormatError('a b-tree is implausibly deep');
        seen.add(number);
        const page = await this.page(number);
        const at = number === 1 ? HEADER_SIZE : 0;
        const type = page[at];
        if (type === LEAF_INDEX || type === INTERIOR_INDEX) {
            throw new SqliteFormatError(`page ${number} belongs to an index b-tree where a table was expected`);
        }
        if (type !== LEAF_TABLE && type !== INTERIOR_TABLE) {
            throw new SqliteFormatError(`page ${number} is not a b-tree page (type ${type})`);
        }
        const cells = page.readUInt16BE(at + 3);
        const pointers = at + (type === LEAF_TABLE ? 8 : 12);
        if (pointers + 2 * cells > this.header.usableSize) {
            throw new SqliteFormatError(`page ${number} claims more cells than it can hold`);
        }
        for (let i = 0; i < cells; i++) {
            const cell = page.readUInt16BE(pointers + 2 * i);
            if (cell < pointers + 2 * cells || cell >= this.header.usableSize) {
                throw new SqliteFormatError(`page ${number} has a cell outside its content area`);
            }
            if (type === LEAF_TABLE) {
                yield await this.leafCell(page, cell, seen);
            }
            else {
                if (cell + 4 > this.header.usableSize) {
                    throw new SqliteFormatError(`page ${number} has a cell outside its content area`);
                }
                yield* this.walk(page.readUInt32BE(cell), seen, depth + 1);
            }
        }
        if (type === INTERIOR_TABLE)
            yield* this.walk(page.readUInt32BE(at + 8), seen, depth + 1);
    }
    async leafCell(page, cell, seen) {
        const usable = page.subarray(0, this.header.usableSize);
        const [size, afterSize] = readVarint(usable, cell);
        const [rowid, start] = readVarint(usable, afterSize);
        if (size > this.header.pageCount * this.header.usableSize) {
            throw new SqliteFormatError(`a row claims ${size} bytes, more than the file holds`);
        }
        const local = localPayload(size, this.header.usableSize);
        const localEnd = start + local + (local < size ? 4 : 0);
        if (localEnd > usable.length)
            throw new SqliteFormatError('a cell runs past its page');
        if (local === size)
            return { rowid, values: decodeRecord(usable.subarray(start, start + size)) };
        const payload = Buffer.alloc(size);
        usable.copy(payload, 0, start, start + local);
        let filled = local;
        let next = usable.readUInt32BE(start + local);
        while (filled < size) {
            if (next === 0)
                throw new SqliteFormatError('an overflow chain ends before its row does');
            if (seen.has(next))
                throw new SqliteFormatError(`an overflow chain loops at page ${next}`);
            seen.add(next);
            const overflow = await this.page(next);
            const take = Math.min(size - filled, this.header.usableSize - 4);
            overflow.copy(payload, filled, 4, 4 + take);
            filled += take;
            next = overflow.readUInt32BE(0);
        }
        return { rowid, values: decodeRecord(payload) };
    }
}
/** How much of a payload of `size` bytes a table leaf cell keeps on its own page (file format §1.6). */
function localPayload(size, usable) {
    const maxLocal = usable - 35;
    if (size <= maxLocal)
        return size;
    const minLocal = Math.floor(((usable - 12) * 32) / 255) - 23;
    const k = minLocal + ((size - minLocal) % (usable - 4));
    return k <= maxLocal ? k : minLocal;
}

;// CONCATENATED MODULE: ./src/mxbuild/sqlite/schema.ts

/** Page 1 holds the root of sqlite_schema: type, name, tbl_name, rootpage, sql. */
const SCHEMA_ROOT = 1;
/** Finds a table by name (SQLite compares names case-insensitively) in sqlite_schema. */
async function findTable(db, name) {
    const wanted = name.toLowerCase();
    for await (const { values } of db.rows(SCHEMA_ROOT)) {
        const [type, tableName, , rootPage, sql] = values;
        if (type !== 'table' || typeof tableName !== 'string')
            continue;
        if (tableName.toLowerCase() !== wanted)
            continue;
        if (typeof sql !== 'string') {
            throw new SqliteFormatError(`sqlite_schema holds no CREATE TABLE statement for ${tableName}`);
        }
        const { columns, withoutRowid } = parseCreateTable(sql);
        return {
            name: tableName,
            rootPage: typeof rootPage === 'number' ? rootPage : 0,
            sql,
            columns,
            withoutRowid
        };
    }
    return undefined;
}
/** SQL tokens: quoted names and strings as one token each, words, and single punctuation. */
function tokenize(sql) {
    const tokens = [];
    const closing = { '"': '"', '`': '`', '[': ']', "'": "'" };
    let at = 0;
    while (at < sql.length) {
        const char = sql[at];
        if (/\s/.test(char)) {
            at++;
        }
        else if (sql.startsWith('--', at)) {
            const end = sql.indexOf('\n', at);
            at = end < 0 ? sql.length : end + 1;
        }
        else if (sql.startsWith('/*', at)) {
            const end = sql.indexOf('*/', at + 2);
            at = end < 0 ? sql.length : end + 2;
        }
        else if (closing[char]) {
            const close = closing[char];
            let text = '';
            let end = at + 1;
            for (;;) {
                const found = sql.indexOf(close, end);
                if (found < 0)
                    throw new SqliteFormatError('a CREATE TABLE statement has an open quote');
                text += sql.slice(end, found);
                // A doubled quote stands for itself (not inside [...], which has no escape).
                if (close !== ']' && sql[found + 1] === close) {
                    text += close;
                    end = found + 2;
                    continue;
                }
                end = found + 1;
                break;
            }
            tokens.push({ text, quoted: true });
            at = end;
        }
        else if (/[\w$\u0080-\uffff]/.test(char)) {
            const match = /^[\w$\u0080-\uffff]+/.exec(sql.slice(at));
            tokens.push({ text: match[0], quoted: false });
            at += match[0].length;
        }
        else {
            tokens.push({ text: char, quoted: false });
            at++;
        }
    }
    return tokens;
}
const TABLE_CONSTRAINTS = new Set(['constraint', 'primary', 'unique', 'check', 'foreign']);
/**
 * The column names of a CREATE TABLE statement in declaration order (the order of values in each
 * record), and whether it is a WITHOUT ROWID table.
 */
function parseCreateTable(sql) {
    const tokens = tokenize(sql);
    const open = tokens.findIndex((token) => token.text === '(' && !token.quoted);
    if (open < 0)
        throw new SqliteFormatError(`can't find the columns in: ${sql.slice(0, 200)}`);
    const columns = [];
    let depth = 0;
    let expectName = true;
    let inConstraints = false;
    let at = open + 1;
    for (; at < tokens.length; at++) {
        const token = tokens[at];
        if (!token.quoted && token.text === '(')
            depth++;
        else if (!token.quoted && token.text === ')') {
            if (depth === 0)
                break;
            depth--;
        }
        else if (depth === 0 && !token.quoted && token.text === ',')
            expectName = true;
        else if (expectName) {
            expectName = false;
            if (!token.quoted && TABLE_CONSTRAINTS.has(token.text.toLowerCase()))
                inConstraints = true;
            if (!inConstraints)
                columns.push(token.text);
        }
    }
    if (at >= tokens.length)
        throw new SqliteFormatError('a CREATE TABLE statement is not closed');
    const rest = tokens.slice(at + 1).map((token) => (token.quoted ? '' : token.text.toLowerCase()));
    const withoutRowid = rest.some((word, i) => word === 'without' && rest[i + 1] === 'rowid');
    return { columns, withoutRowid };
}

;// CONCATENATED MODULE: ./src/mxbuild/mpr-version.ts





const TABLE = '_MetaData';
const COLUMN = '_ProductVersion';
const FORMAT_COLUMN = '_FormatVersion';
/**
 * Studio Pro writes its version in four parts (10.24.8.80126) or three (5.6.0, 7.8.0, 11.6.0),
 * and pre-releases with a suffix (5.10.0-beta, 11.1.0-dev, 11.6.0-alpha.build.85714).
 */
const MENDIX_VERSION = /^\d{1,4}\.\d{1,4}\.\d{1,4}(\.\d{1,10})?(-[0-9A-Za-z][0-9A-Za-z.-]{0,63})?$/;
async function openProject(path) {
    try {
        const handle = await (0,promises_.open)(path, 'r');
        if (!(await handle.stat()).isFile()) {
            await handle.close();
            throw new errors/* ConfigurationError */.j1(`${path} is not a file: give the .mpr file of the Mendix app`);
        }
        return handle;
    }
    catch (error) {
        const code = (0,errors/* errnoCode */.UK)(error);
        if (code === 'ENOENT') {
            throw new errors/* ConfigurationError */.j1(`Mendix app file ${path} does not exist: give the .mpr in the app's folder (--project, input project)`);
        }
        if (code === 'EACCES')
            throw new errors/* ConfigurationError */.j1(`${path} can't be read (permission denied)`);
        if (code === 'EISDIR')
            throw new errors/* ConfigurationError */.j1(`${path} is not a file: give the .mpr file of the Mendix app`);
        throw error;
    }
}
async function notSqlite(handle, path, why) {
    const start = Buffer.alloc(64);
    const { bytesRead } = await handle.read(start, 0, 64, 0);
    if (start.subarray(0, bytesRead).toString('latin1').startsWith('version https://git-lfs')) {
        throw new errors/* ConfigurationError */.j1(`${path} is a Git LFS pointer, not the app file: fetch it first (git lfs pull; in GitHub Actions, actions/checkout with "lfs: true")`);
    }
    throw new errors/* ConfigurationError */.j1(`${path} is not a Mendix app file: ${why}; a .mpr is an SQLite database written by Studio Pro`);
}
/** Refuses a database whose newest changes may still sit in its write-ahead log. */
async function checkWal(path, readVersion) {
    if (readVersion !== 2)
        return;
    try {
        if ((await (0,promises_.stat)(`${path}-wal`)).size > 0) {
            throw new errors/* ConfigurationError */.j1(`${path} has unsaved changes in ${path}-wal: close Studio Pro (or the program that has the app open) so they are written into the .mpr, then build again`);
        }
    }
    catch (error) {
        if ((0,errors/* errnoCode */.UK)(error) !== 'ENOENT')
            throw error;
    }
}
/**
 * The Mendix version a .mpr was last saved with (`SELECT _ProductVersion FROM _MetaData`), read
 * from its SQLite pages directly: no native module, the same on every Node version.
 */
async function readMprVersion(path) {
    return (await readMprFacts(path)).mendixVersion;
}
/** The Mendix version and file format of a .mpr, from its `_MetaData` row. */
async function readMprFacts(path) {
    const handle = await openProject(path);
    try {
        try {
            const db = await SqliteDatabase.open(handle);
            if (db.header.textEncoding !== 'utf-8') {
                throw new errors/* ConfigurationError */.j1(`${path} is an SQLite database in ${db.header.textEncoding.toUpperCase()}; Studio Pro writes .mpr files in UTF-8, so this is not a Mendix app file`);
            }
            await checkWal(path, db.header.readVersion);
            return await metaData(db, path);
        }
        catch (error) {
            if (error instanceof NotSqliteError)
                return await notSqlite(handle, path, error.message);
            if (error instanceof SqliteFormatError) {
                throw new errors/* ConfigurationError */.j1(`${path} is damaged: ${error.message}; check it out again, or open it in Studio Pro`);
            }
            throw error;
        }
    }
    finally {
        await handle.close();
    }
}
/** The version in an open .mpr's _MetaData table; `path` names it in messages. */
async function productVersion(db, path) {
    return (await metaData(db, path)).mendixVersion;
}
async function metaData(db, path) {
    const notMendix = `is not a Mendix app file (Studio Pro writes the app's version there)`;
    const table = await findTable(db, TABLE);
    if (!table)
        throw new errors/* ConfigurationError */.j1(`${path} has no ${TABLE} table: it ${notMendix}`);
    if (table.withoutRowid || table.rootPage < 1) {
        throw new errors/* ConfigurationError */.j1(`${path}: its ${TABLE} table is ${table.withoutRowid ? 'a WITHOUT ROWID' : 'a virtual'} table, which Studio Pro never writes, so it ${notMendix}`);
    }
    const columnIndex = (name) => table.columns.findIndex((column) => column.toLowerCase() === name.toLowerCase());
    const index = columnIndex(COLUMN);
    if (index < 0) {
        throw new errors/* ConfigurationError */.j1(`${path}: its ${TABLE} table has no ${COLUMN} column, so it ${notMendix}`);
    }
    const formatIndex = columnIndex(FORMAT_COLUMN);
    for await (const row of db.rows(table.rootPage)) {
        const value = row.values[index] ?? null;
        if (typeof value !== 'string' || !MENDIX_VERSION.test(value.trim())) {
            throw new errors/* ConfigurationError */.j1(`${path}: ${TABLE}.${COLUMN} is ${describeValue(value)}, not a Mendix version such as 10.24.8.80126 or 7.23.0`);
        }
        const format = formatIndex < 0 ? 1 : row.values[formatIndex];
        return { mendixVersion: value.trim(), formatVersion: formatNumber(format, path) };
    }
    throw new errors/* ConfigurationError */.j1(`${path}: its ${TABLE} table is empty, so it ${notMendix}`);
}
function formatNumber(value, path) {
    if (value === null || value === undefined)
        return 1;
    const number = typeof value === 'bigint' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) {
        throw new errors/* ConfigurationError */.j1(`${path}: ${TABLE}.${FORMAT_COLUMN} is ${describeValue(value)}, not a file format number; open the app in Studio Pro and save it`);
    }
    return number;
}
/** An SQLite value as a message shows it. */
function describeValue(value) {
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (Buffer.isBuffer(value))
        return `a ${value.length}-byte blob`;
    if (typeof value === 'number' || typeof value === 'bigint')
        return String(value);
    return 'null';
}


/***/ })

};
