export const id = 9957;
export const ids = [9957];
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

/***/ 72681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SS: () => (/* binding */ TRANSIENT_STATUSES),
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   gL: () => (/* binding */ isTransientCode)
/* harmony export */ });
/**
 * Answers that say "not now" rather than "no": request timeout, too many requests, and the
 * server-side failures a gateway or an overloaded server gives.
 */
const TRANSIENT_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
/** Socket errors where the network, not the request, failed. */
const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ENETDOWN',
    'ENETUNREACH',
    'EHOSTDOWN',
    'EHOSTUNREACH',
    // Node's name for a request stream whose socket closed under it.
    'ERR_STREAM_PREMATURE_CLOSE'
]);
/** Whether an errno-style code is a network fault worth another attempt. */
function isTransientCode(code) {
    return code !== undefined && TRANSIENT_CODES.has(code);
}
/**
 * The wait a `Retry-After` header asks for (RFC 9110 §10.2.3): delay-seconds or an HTTP-date,
 * in milliseconds from `now`; undefined when absent or unreadable.
 */
function retryAfterMs(header, now) {
    const value = (Array.isArray(header) ? header[0] : header)?.trim();
    if (!value)
        return undefined;
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    // RFC 9110's dates are GMT; the obsolete asctime form does not say so, and Date.parse would
    // read it as local time.
    const asctime = /^[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}$/.test(value);
    if (!asctime && !/ GMT$/.test(value))
        return undefined;
    const at = Date.parse(asctime ? `${value} GMT` : value);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}


/***/ }),

/***/ 50359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ downloadBlob),
  g: () => (/* binding */ readBlob)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/hash/hashing-file-writer.ts



// Run with `eval`, as in background-sha256.ts: no file to ship beside the bundle. It hashes each
// batch of pieces it is handed, writes them at their offset, and acknowledges the batch (handing
// the memory back), or reports the failure with its errno code.
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const { writevSync } = require('node:fs')
let hash = createHash('sha256')
parentPort.on('message', (m) => {
  if (m.kind === 'write') {
    try {
      for (const piece of m.pieces) hash.update(piece)
      let pieces = m.pieces
      let at = m.at
      while (pieces.length > 0) {
        let written = writevSync(workerData, pieces, at)
        if (written === 0) throw Object.assign(new Error('the file took no more bytes'), { code: 'EIO' })
        at += written
        while (pieces.length > 0 && written >= pieces[0].length) {
          written -= pieces[0].length
          pieces = pieces.slice(1)
        }
        if (written > 0) pieces = [pieces[0].subarray(written), ...pieces.slice(1)]
      }
      // The memory goes back to be collected where it came from: this thread allocates too little
      // to run its collector often, and held 100 MB of written batches.
      const back = m.pieces.map((piece) => piece.buffer).filter((b, i, all) => all.indexOf(b) === i)
      parentPort.postMessage({ kind: 'written' }, back)
    } catch (error) {
      parentPort.postMessage({ kind: 'failed', message: error.message, code: error.code, syscall: error.syscall })
    }
  } else if (m.kind === 'digest') {
    parentPort.postMessage({ kind: 'digest', hex: hash.digest('hex') })
    hash = createHash('sha256')
  } else if (m.kind === 'reset') {
    hash = createHash('sha256')
  }
})
`;
/** Bytes handed to the worker at once. */
const BATCH = 1 << 20;
/** Batches handed over and not yet written: the most the download runs ahead of the disk. */
const AHEAD = 8;
/**
 * Writes a download to a file and hashes it (SHA-256) on a worker thread, so that this thread
 * only reads the socket. The pieces that arrive are handed over in 1 MiB batches without a copy:
 * a piece that is the whole of its memory (as the socket's reads are) is transferred, any other
 * is copied. On 1 GiB from a loopback registry, hashing inline (0.6 s) and reading in turn took
 * 1.5–2.0 s against 1.2–1.4 s this way. (Hashing on a worker but writing from this thread, with
 * a copy into shared slots, measured slower than inline: that is not what this does.)
 */
class HashingFileWriter {
    file;
    dest;
    worker;
    batch = [];
    batchBytes = 0;
    handed = 0;
    inFlight = 0;
    drained = [];
    digests = [];
    failure;
    constructor(file, dest) {
        this.file = file;
        this.dest = dest;
        this.worker = new external_node_worker_threads_.Worker(SOURCE, { eval: true, workerData: file.fd });
        this.worker.on('message', (reply) => this.answer(reply));
        this.worker.on('error', (error) => this.fail(this.workerFailed(error)));
        this.worker.on('exit', (code) => this.fail(this.workerFailed(new Error(`exit code ${code}`))));
    }
    /** Creates (or empties) `dest`, mode 0644. */
    static async create(dest) {
        return new HashingFileWriter(await (0,promises_.open)(dest, 'w', 0o644), dest);
    }
    /** Bytes taken so far. */
    get size() {
        return this.handed + this.batchBytes;
    }
    workerFailed(cause) {
        return new errors/* OperationError */.OK(`${this.dest}: the thread writing it failed: ${cause.message}`, {
            cause
        });
    }
    answer(reply) {
        if (reply.kind === 'written') {
            this.inFlight--;
            this.wake();
        }
        else if (reply.kind === 'digest') {
            this.digests.shift()?.(reply.hex);
        }
        else {
            // An errno error as fs would throw it, so callers name the disk (ENOSPC) as they do.
            const error = Object.assign(new Error(`${reply.message}, ${reply.syscall ?? 'write'}`), {
                code: reply.code,
                syscall: reply.syscall,
                path: this.dest
            });
            this.fail(error);
        }
    }
    fail(error) {
        this.failure ??= error;
        this.wake();
    }
    wake() {
        const waiting = this.drained;
        this.drained = [];
        for (const done of waiting)
            done();
    }
    /** Resolves once at most `most` batches are in flight; rejects with a failure of the worker. */
    async until(most) {
        while (!this.failure && this.inFlight > most) {
            await new Promise((resolve) => this.drained.push(resolve));
        }
        if (this.failure)
            throw this.failure;
    }
    /** Takes a piece of the download; a promise, when returned, says when to hand the next one. */
    push(piece) {
        if (this.failure)
            return Promise.reject(this.failure);
        this.batch.push(piece);
        this.batchBytes += piece.length;
        if (this.batchBytes < BATCH)
            return undefined;
        this.hand();
        return this.inFlight > AHEAD ? this.until(AHEAD) : undefined;
    }
    hand() {
        if (this.batchBytes === 0)
            return;
        const pieces = [];
        const transfer = [];
        for (const piece of this.batch) {
            const whole = piece.byteOffset === 0 && piece.byteLength === piece.buffer.byteLength;
            if (whole && piece.buffer instanceof ArrayBuffer) {
                pieces.push(piece);
                transfer.push(piece.buffer);
            }
            else {
                pieces.push(Uint8Array.prototype.slice.call(piece));
            }
        }
        const message = { kind: 'write', pieces, at: this.handed };
        try {
            this.worker.postMessage(message, transfer);
        }
        catch {
            // Memory Node marks as not transferable: copied instead.
            this.worker.postMessage(message);
        }
        this.handed += this.batchBytes;
        this.batch = [];
        this.batchBytes = 0;
        this.inFlight++;
    }
    /** Hands over what is gathered and waits until every byte taken is written. */
    async flush() {
        this.hand();
        await this.until(0);
    }
    /** Empties the file and starts the hash again, for a download that starts over. */
    async restart() {
        await this.flush();
        this.handed = 0;
        this.worker.postMessage({ kind: 'reset' });
        await this.file.truncate(0);
    }
    /** Writes the rest, closes the file and returns the hex SHA-256 and size of everything taken. */
    async finish() {
        await this.flush();
        const sha256 = await new Promise((resolve, reject) => {
            this.digests.push(resolve);
            this.drained.push(() => (this.failure ? reject(this.failure) : undefined));
            this.worker.postMessage({ kind: 'digest' });
        });
        await this.file.close();
        await this.stop();
        return { sha256, size: this.handed };
    }
    /** Stops the worker and closes the file after a failure; the caller removes the file. */
    async abandon() {
        await this.stop();
        await this.file.close().catch(() => undefined);
    }
    async stop() {
        this.worker.removeAllListeners('exit');
        await this.worker.terminate();
    }
}

// EXTERNAL MODULE: ./src/net/retry-policy.ts
var retry_policy = __webpack_require__(27124);
// EXTERNAL MODULE: ./src/repository/oci/http.ts
var http = __webpack_require__(19868);
// EXTERNAL MODULE: ./src/repository/oci/registry-client.ts + 2 modules
var registry_client = __webpack_require__(42698);
;// CONCATENATED MODULE: ./src/repository/oci/blob-download.ts







const MAX_REDIRECTS = 5;
/**
 * GET of a blob, once, following redirects (registries such as ghcr.io send blobs from a CDN).
 * The registry's credentials go to its own origin only, never to where it redirects.
 */
async function getBlob(client, digest, headers) {
    let url = client.url(`blobs/${digest}`);
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
        let res;
        if (url.origin === client.ref.baseUrl.origin) {
            res = await client.request({ method: 'GET', path: url, headers, actions: 'pull', once: true });
        }
        else {
            const where = url;
            res = await (0,http/* send */.tN)({ method: 'GET', url: where, headers });
            await (0,http/* throwIfTransient */.qT)(res, client.retry.clock.now(), () => Promise.resolve(`${where.host} answered HTTP ${res.status} to the download of ${digest}`));
        }
        if (![301, 302, 303, 307, 308].includes(res.status))
            return res;
        const target = res.headers.location;
        await res.discard();
        if (!target)
            break;
        url = new URL(target, url);
        if (url.protocol !== 'https:' && url.origin !== client.ref.baseUrl.origin) {
            throw new errors/* OperationError */.OK(`registry ${client.ref.host} redirected the download of ${digest} to ${url.origin}, which is not HTTPS`);
        }
    }
    throw new errors/* OperationError */.OK(`registry ${client.ref.host} redirected the download of ${digest} too often, or without a Location`);
}
/** The first byte of a 206 answer's `Content-Range: bytes FIRST-LAST/SIZE`. */
function rangeStart(res) {
    const match = /^bytes (\d+)-\d+\/(?:\d+|\*)$/.exec(String(res.headers['content-range'] ?? ''));
    return match ? Number(match[1]) : undefined;
}
/** Feeds each piece of the body to `sink`; a failure of the connection (not of `sink`) is named. */
async function receive(res, what, url, sink) {
    const pieces = res.stream[Symbol.asyncIterator]();
    for (;;) {
        let next;
        try {
            next = await pieces.next();
        }
        catch (error) {
            throw (0,http/* streamError */.z3)(url, what, error);
        }
        if (next.done)
            return;
        const wait = sink(next.value);
        if (wait)
            await wait;
    }
}
/**
 * Streams a blob to `dest` and returns the SHA-256 (hex) and size of what arrived. A connection
 * lost on the way is resumed with a `Range` request from the first byte not yet received
 * (distribution-spec "Resumable Pull"), or started over when the registry sends the whole blob
 * again. Leaves no partial file behind on failure; the caller compares the hash and removes
 * `dest` on mismatch.
 */
async function downloadBlob(client, { digest, dest, progress }) {
    const what = `the download of ${digest}`;
    const budget = client.budget(what);
    // Hashed and written on a worker: this thread only reads the socket.
    const out = await HashingFileWriter.create(dest);
    try {
        for (;;) {
            try {
                const size = out.size;
                const res = await getBlob(client, digest, size > 0 ? { Range: `bytes=${size}-` } : {});
                const resumed = res.status === 206 && size > 0 && rangeStart(res) === size;
                if (size > 0 && !resumed && res.status !== 200) {
                    // A range the registry cannot serve as asked: take the whole blob again.
                    await res.discard();
                    await out.restart();
                    continue;
                }
                if (res.status !== 200 && !resumed)
                    throw await (0,registry_client/* unexpected */.os)(client, res, `GET of blob ${digest}`);
                if (res.status === 200 && size > 0)
                    await out.restart();
                const before = out.size;
                try {
                    await receive(res, what, client.ref.baseUrl, (piece) => {
                        const wait = out.push(piece);
                        progress?.update(out.size);
                        return wait;
                    });
                }
                finally {
                    if (out.size > before)
                        budget.progressed();
                    // What arrived is kept (written) before a resume asks for the rest.
                    await out.flush();
                }
                if (!res.stream.complete) {
                    throw new retry_policy/* TransientError */.N_(`registry ${client.ref.host} closed ${what} after ${out.size} bytes`);
                }
                return await out.finish();
            }
            catch (error) {
                if (!(error instanceof retry_policy/* TransientError */.N_))
                    throw error;
                await budget.failed(error);
            }
        }
    }
    catch (error) {
        await out.abandon();
        await (0,promises_.rm)(dest, { force: true });
        throw error;
    }
}
/**
 * A small blob (an image config) in memory, checked against its digest. A failed or cut answer
 * is asked for again under the client's retry policy.
 */
async function readBlob(client, digest) {
    const what = `GET of blob ${digest}`;
    return (0,retry_policy/* withRetries */.LH)(client.retry, client.task(what), async () => {
        const res = await getBlob(client, digest, {});
        if (res.status !== 200)
            throw await (0,registry_client/* unexpected */.os)(client, res, what);
        const bytes = await res.bytes();
        if (!res.stream.complete) {
            throw new retry_policy/* TransientError */.N_(`registry ${client.ref.host} closed the ${what} early`);
        }
        const actual = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
        if (actual !== digest) {
            throw new errors/* OperationError */.OK(`registry ${client.ref.host} sent blob ${digest} of ${client.ref.repository} with other content (${actual})`);
        }
        return bytes;
    });
}


/***/ }),

/***/ 43730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WI: () => (/* binding */ DEFAULT_CHUNK_SIZE),
  rS: () => (/* binding */ GHCR_CHUNK_SIZE),
  kQ: () => (/* reexport */ upload_session/* blobExists */.kQ),
  D: () => (/* binding */ uploadBytes),
  QM: () => (/* binding */ uploadFile)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/net/retry-policy.ts
var retry_policy = __webpack_require__(27124);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./src/repository/oci/range-hash.ts


/**
 * Hashes a file sent in ranges that may be resent (a chunk sent again after a token expired, an
 * upload resumed or started over): bytes before the hashed offset are skipped, so each byte is
 * hashed once, in order.
 */
class RangeHash {
    hash = (0,external_node_crypto_.createHash)('sha256');
    hashed = 0;
    result;
    tap(start) {
        let position = start;
        return new external_node_stream_.Transform({
            transform: (chunk, _encoding, done) => {
                const skip = this.hashed - position;
                if (skip < chunk.length) {
                    if (skip < 0) {
                        done(new Error(`range at ${position} sent before bytes ${this.hashed}..${position}`));
                        return;
                    }
                    this.hash.update(skip > 0 ? chunk.subarray(skip) : chunk);
                    this.hashed = position + chunk.length;
                }
                position += chunk.length;
                done(null, chunk);
            }
        });
    }
    /** `sha256:<hex>` of every byte sent; the same answer when asked again. */
    digest() {
        this.result ??= `sha256:${this.hash.digest('hex')}`;
        return this.result;
    }
}

// EXTERNAL MODULE: ./src/repository/oci/upload-session.ts
var upload_session = __webpack_require__(83348);
;// CONCATENATED MODULE: ./src/repository/oci/blob-upload.ts







/** Size of one PATCH of a chunked upload; files up to this size go in one PUT. */
const DEFAULT_CHUNK_SIZE = 16 << 20;
/** ghcr.io refuses request bodies over 4 MiB ("exceeds the maximum permissible limit of 4.00MiB"). */
const GHCR_CHUNK_SIZE = 4 << 20;
/**
 * Uploads small content in one POST + PUT, unless the repository has it already. A PUT that
 * fails transiently is sent again in a new upload.
 */
async function uploadBytes(client, bytes) {
    const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
    if (await (0,upload_session/* blobExists */.kQ)(client, digest))
        return digest;
    const budget = client.budget(`the upload of ${digest}`);
    for (;;) {
        const session = await (0,upload_session/* startUpload */.aH)(client);
        try {
            await (0,upload_session/* finishUpload */.Vz)(client, session, digest, bytes);
            return digest;
        }
        catch (error) {
            await (0,upload_session/* cancelUpload */.wM)(client, session.url);
            if (!(error instanceof retry_policy/* TransientError */.N_))
                throw error;
            await budget.failed(error);
            // The PUT may have arrived with only its answer lost.
            if (await (0,upload_session/* blobExists */.kQ)(client, digest))
                return digest;
        }
    }
}
/** Where a failed upload goes on: the same session from the registry's offset, or a new one. */
async function resumePoint(client, session, size, chunked) {
    if (!chunked)
        return undefined;
    const offset = await (0,upload_session/* uploadOffset */.T8)(client, session);
    return offset !== undefined && offset <= size ? offset : undefined;
}
/**
 * Streams a file into the repository as a blob: one PUT up to the chunk size, chunked PATCHes
 * with Content-Range above it, then the closing PUT with the digest. Never holds the file in
 * memory. A chunk that fails transiently is resumed from the range the registry reports it
 * holds (bytes it acknowledged are not sent again); an upload the registry dropped is started
 * over. Waits and the limit follow the client's retry policy. On a final failure the upload
 * session is cancelled; nothing refers to a partial blob.
 */
async function uploadFile(client, upload) {
    const { file, size, signal } = upload;
    const known = Promise.resolve(upload.digest);
    // Awaited only once the bytes are sent: a rejection before then must not count as unhandled.
    known.catch(() => undefined);
    const hash = new RangeHash();
    const range = (start, end) => ({
        length: end - start,
        open: () => {
            const source = (0,external_node_fs_.createReadStream)(file, { start, end: end - 1, highWaterMark: 1 << 20 });
            const tap = hash.tap(start);
            source.on('error', (error) => tap.destroy(error));
            let sent = start;
            source.on('data', (chunk) => upload.progress?.update((sent += chunk.length)));
            return source.pipe(tap);
        }
    });
    const budget = client.budget(`the upload of ${file}`);
    let session;
    let offset = 0;
    try {
        for (;;) {
            signal?.throwIfAborted();
            session ??= await (0,upload_session/* startUpload */.aH)(client);
            const chunkSize = Math.max(upload.chunkSize ?? DEFAULT_CHUNK_SIZE, session.minChunk);
            // Set once the closing PUT may have gone out: only then can the blob exist by our doing.
            let closing;
            try {
                if (size <= chunkSize) {
                    closing = await known;
                    await finishChecked(client, session, closing, range(0, size), hash);
                    return;
                }
                while (offset < size) {
                    signal?.throwIfAborted();
                    const end = Math.min(offset + chunkSize, size);
                    await (0,upload_session/* sendChunk */.Ef)(client, session, offset, end, range(offset, end), file);
                    offset = end;
                    budget.progressed();
                }
                const digest = await known;
                signal?.throwIfAborted();
                const actual = hash.digest();
                if (actual !== digest)
                    throw changed(file, actual, digest);
                closing = digest;
                await (0,upload_session/* finishUpload */.Vz)(client, session, digest);
                return;
            }
            catch (error) {
                if (!(error instanceof retry_policy/* TransientError */.N_))
                    throw error;
                await budget.failed(error);
                // A closing PUT may have arrived with only its answer lost. (Asked after any failure when
                // the digest is known: the round trip also gives docker-registry time to store what a cut
                // PATCH carried before its status is asked; see uploadOffset.)
                const asked = closing ?? (typeof upload.digest === 'string' ? upload.digest : undefined);
                if (asked !== undefined && (await (0,upload_session/* blobExists */.kQ)(client, asked)))
                    return;
                const resumed = await resumePoint(client, session, size, size > chunkSize);
                if (resumed === undefined) {
                    await (0,upload_session/* cancelUpload */.wM)(client, session.url);
                    session = undefined;
                }
                offset = resumed ?? 0;
            }
        }
    }
    catch (error) {
        if (session)
            await (0,upload_session/* cancelUpload */.wM)(client, session.url);
        throw error;
    }
}
async function finishChecked(client, session, digest, body, hash) {
    try {
        await (0,upload_session/* finishUpload */.Vz)(client, session, digest, body);
    }
    catch (error) {
        // The registry refuses a body whose digest differs: say why, if it was the file.
        if (error instanceof errors/* OperationError */.OK && /DIGEST_INVALID/.test(error.message)) {
            throw changed('the package', hash.digest(), digest);
        }
        throw error;
    }
}
function changed(file, actual, expected) {
    return new errors/* ConfigurationError */.j1(`${file} changed while it was being published (${actual}, expected ${expected}); nothing was published`);
}


/***/ }),

/***/ 85845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ chunkSizeFor)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _blob_upload_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43730);


/**
 * Bytes per PATCH for a registry: MXDEPLOY_OCI_CHUNK_MIB when set, 4 MiB on ghcr.io (its limit
 * per request), 16 MiB elsewhere.
 */
function chunkSizeFor(host, env) {
    const setting = env['MXDEPLOY_OCI_CHUNK_MIB']?.trim();
    if (setting) {
        if (!/^[1-9][0-9]{0,3}$/.test(setting) || Number(setting) > 1024) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`MXDEPLOY_OCI_CHUNK_MIB="${setting}" is not a whole number of MiB between 1 and 1024`);
        }
        return Number(setting) * 1024 * 1024;
    }
    return host.toLowerCase() === 'ghcr.io' ? _blob_upload_js__WEBPACK_IMPORTED_MODULE_0__/* .GHCR_CHUNK_SIZE */ .rS : _blob_upload_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CHUNK_SIZE */ .WI;
}


/***/ }),

/***/ 72728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ci: () => (/* binding */ credentialsHint),
/* harmony export */   _Y: () => (/* binding */ OCI_VARIABLES),
/* harmony export */   kv: () => (/* binding */ credentialsFromEnv)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _github_access_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38261);


/**
 * The prefix of the variables a registry's credentials come from (`<PREFIX>_USERNAME`,
 * `<PREFIX>_PASSWORD`): the package repository's by default; an image's base registry has its own.
 */
const OCI_VARIABLES = 'MXDEPLOY_OCI';
/** What to tell a user whose registry refused or asked for credentials. */
function credentialsHint(host, prefix = OCI_VARIABLES) {
    const ghcr = isGhcr(host)
        ? ' (on ghcr.io the workflow GITHUB_TOKEN works: give the job `permissions: packages: write`)'
        : '';
    return `set ${prefix}_USERNAME and ${prefix}_PASSWORD for ${host}${ghcr}`;
}
function isGhcr(host) {
    return host.toLowerCase() === 'ghcr.io';
}
/**
 * Credentials for `host` from the environment: `<prefix>_USERNAME`/`_PASSWORD`
 * (MXDEPLOY_OCI_USERNAME/PASSWORD by default), else for ghcr.io GITHUB_TOKEN as GITHUB_ACTOR.
 * The GitHub token is never offered to another host.
 */
function credentialsFromEnv(host, env, log, options = {}) {
    const prefix = options.prefix ?? OCI_VARIABLES;
    const github = options.github ?? (0,_github_access_js__WEBPACK_IMPORTED_MODULE_0__.githubAccess)(env);
    const [userVariable, passwordVariable] = [`${prefix}_USERNAME`, `${prefix}_PASSWORD`];
    const username = env[userVariable];
    const password = env[passwordVariable];
    if (username || password) {
        if (!username || !password) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`only one of ${userVariable} and ${passwordVariable} is set: set both for ${host}, or neither for anonymous access`);
        }
        log.secret(password);
        return { username, password, source: `${userVariable}/${passwordVariable}` };
    }
    const { token } = github;
    if (isGhcr(host) && token) {
        log.secret(token);
        // GHCR checks the token, not the name; the actor keeps its audit log readable.
        return { username: github.actor || 'mxdeploy', password: token, source: 'GITHUB_TOKEN' };
    }
    return undefined;
}


/***/ }),

/***/ 19868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qT: () => (/* binding */ throwIfTransient),
/* harmony export */   tN: () => (/* binding */ send),
/* harmony export */   z3: () => (/* binding */ streamError)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/* harmony import */ var _net_retry_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27124);
/* harmony import */ var _net_transient_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72681);






/** Seconds without a byte either way before a request is given up. */
const IDLE_SECONDS = 120;
const agents = {
    'http:': new (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent)({ keepAlive: true, maxSockets: 8 }),
    'https:': new (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent)({ keepAlive: true, maxSockets: 8 })
};
/**
 * A network failure described for a person: which host, and what happened. A dropped, refused or
 * timed-out connection is a TransientError, worth another attempt.
 */
function networkError(url, what, error) {
    const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errnoCode */ .UK)(error);
    const host = url.host;
    const reason = code === 'ECONNREFUSED'
        ? `refused the connection: is the registry running at ${url.origin}?`
        : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
            ? `could not be resolved (${code}): check the host in the repository URI`
            : code === 'ECONNRESET' || code === 'EPIPE'
                ? `reset the connection (${code}) during ${what}`
                : code === 'ETIMEDOUT'
                    ? `did not answer for ${IDLE_SECONDS} s during ${what}`
                    : `failed during ${what}: ${error instanceof Error ? error.message : String(error)}`;
    const message = `registry ${host} ${reason}`;
    return (0,_net_transient_js__WEBPACK_IMPORTED_MODULE_4__/* .isTransientCode */ .gL)(code)
        ? new _net_retry_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .TransientError */ .N_(message, { cause: error })
        : new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .OperationError */ .OK(message, { cause: error });
}
/**
 * Sends one HTTP request and resolves once the response headers arrive; the body is left for the
 * caller. Network failures become OperationErrors that name the host.
 */
function send(request) {
    const { method, url, body } = request;
    const what = `${method} ${url.pathname}`;
    const client = url.protocol === 'https:' ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : (node_http__WEBPACK_IMPORTED_MODULE_0___default());
    const headers = { ...request.headers };
    if (body !== undefined)
        headers['Content-Length'] = String(body.length);
    return new Promise((resolve, reject) => {
        let settled = false;
        const fail = (error) => {
            if (settled)
                return;
            settled = true;
            reject(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .OperationError */ .OK ? error : networkError(url, what, error));
        };
        const req = client.request(url, { method, headers, agent: agents[url.protocol] }, (res) => {
            settled = true;
            // Errors while the caller reads the body surface on the response stream itself.
            res.on('error', () => undefined);
            resolve(response(res, url, what));
        });
        req.setTimeout(IDLE_SECONDS * 1000, () => {
            req.destroy(Object.assign(new Error('idle timeout'), { code: 'ETIMEDOUT' }));
        });
        req.on('error', fail);
        if (body === undefined)
            req.end();
        else if (Buffer.isBuffer(body))
            req.end(body);
        else {
            // A server that answers early (an error) may close before the body is sent: its answer
            // wins, so a failed pipe only rejects when no response came.
            (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(body.open(), req).catch(fail);
        }
    });
}
function response(res, url, what) {
    const read = async () => {
        const chunks = [];
        let size = 0;
        try {
            for await (const chunk of res) {
                const buffer = chunk;
                size += buffer.length;
                // Registry answers are small JSON; never hold an unexpected large body.
                if (size > 8 << 20)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .OperationError */ .OK(`registry ${url.host}: answer too large`);
                chunks.push(buffer);
            }
        }
        catch (error) {
            throw error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .OperationError */ .OK ? error : networkError(url, what, error);
        }
        return Buffer.concat(chunks);
    };
    return {
        status: res.statusCode ?? 0,
        headers: res.headers,
        stream: res,
        bytes: read,
        text: async () => (await read()).toString('utf8'),
        discard: async () => {
            res.resume();
            if (res.complete || res.destroyed)
                return;
            await new Promise((done) => {
                res.once('end', done);
                res.once('close', done);
            });
        }
    };
}
/**
 * Throws a TransientError, after draining the body, when the answer is one that says "later"
 * (408, 429, 5xx), with the wait its Retry-After asks for; `describe` says what was answered.
 */
async function throwIfTransient(res, now, describe) {
    if (!_net_transient_js__WEBPACK_IMPORTED_MODULE_4__/* .TRANSIENT_STATUSES */ .SS.has(res.status))
        return;
    const message = await describe();
    await res.discard();
    throw new _net_retry_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .TransientError */ .N_(message, { retryAfterMs: (0,_net_transient_js__WEBPACK_IMPORTED_MODULE_4__/* .retryAfterMs */ .Vs)(res.headers['retry-after'], now) });
}
/** Wraps a failure seen while streaming a response body into an error that names the host. */
function streamError(url, what, error) {
    return error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .OperationError */ .OK ? error : networkError(url, what, error);
}


/***/ }),

/***/ 2018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ MEDIA_TYPE),
/* harmony export */   RV: () => (/* binding */ putManifest),
/* harmony export */   c2: () => (/* binding */ getManifest)
/* harmony export */ });
/* unused harmony export ACCEPT_ANY_MANIFEST */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7045);
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42698);



/** Manifest media types of image-spec and of Docker's schema 2 (distribution's manifest-v2-2). */
const MEDIA_TYPE = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json'
};
/** Every manifest kind mxdeploy reads: a registry without an Accept may fall back to schema 1. */
const ACCEPT_ANY_MANIFEST = Object.values(MEDIA_TYPE);
const DIGEST = /^sha256:[0-9a-f]{64}$/;
function bodyMediaType(bytes) {
    try {
        const parsed = JSON.parse(bytes.toString('utf8'));
        return typeof parsed.mediaType === 'string' ? parsed.mediaType : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * GET of a manifest by tag or digest (distribution-spec "Pulling manifests"), with the media
 * types the caller takes; undefined when the registry has none there (404). The bytes are checked
 * against the digest asked for, and against the Docker-Content-Digest the registry states.
 */
async function getManifest(client, reference, accept = ACCEPT_ANY_MANIFEST) {
    const res = await client.request({
        method: 'GET',
        path: `manifests/${reference}`,
        headers: { Accept: accept.join(', ') },
        actions: 'pull'
    });
    if (res.status === 404) {
        await res.discard();
        return undefined;
    }
    if (res.status !== 200)
        throw await (0,_registry_client_js__WEBPACK_IMPORTED_MODULE_1__/* .unexpected */ .os)(client, res, `GET of manifest ${reference}`);
    const bytes = await res.bytes();
    const digest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(bytes);
    const stated = res.headers['docker-content-digest'];
    const where = `manifest ${reference} of ${client.ref.host}/${client.ref.repository}`;
    if (typeof stated === 'string' && stated.startsWith('sha256:') && stated !== digest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(`registry ${client.ref.host} sent ${where} with digest ${digest}, but says it is ${stated}`);
    }
    if (DIGEST.test(reference) && reference !== digest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(`registry ${client.ref.host} sent ${where} with digest ${digest}: not the content asked for`);
    }
    const contentType = res.headers['content-type']?.split(';')[0]?.trim();
    return { bytes, digest, mediaType: bodyMediaType(bytes) ?? contentType };
}
/**
 * PUT of a manifest under a tag, or by its digest for a manifest an index refers to
 * (distribution-spec "Pushing manifests"). Returns its digest.
 */
async function putManifest(client, reference, bytes, mediaType) {
    const digest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(bytes);
    const res = await client.request({
        method: 'PUT',
        path: `manifests/${reference}`,
        headers: { 'Content-Type': mediaType },
        body: bytes,
        actions: 'pull,push'
    });
    if (res.status !== 201)
        throw await (0,_registry_client_js__WEBPACK_IMPORTED_MODULE_1__/* .unexpected */ .os)(client, res, `PUT of manifest ${reference}`);
    await res.discard();
    return digest;
}


/***/ }),

/***/ 7045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SY: () => (/* binding */ MANIFEST_MEDIA_TYPE),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   YX: () => (/* binding */ ANNOTATION),
/* harmony export */   pA: () => (/* binding */ EMPTY_CONFIG_BYTES),
/* harmony export */   sI: () => (/* binding */ sha256Digest),
/* harmony export */   u1: () => (/* binding */ buildManifest)
/* harmony export */ });
/* unused harmony exports MDA_MEDIA_TYPE, EMPTY_CONFIG, packageFileName */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** The MDA's media type: the artifact's `artifactType` and its one layer's `mediaType`. */
const MDA_MEDIA_TYPE = 'application/vnd.mendix.mda.v1+zip';
const MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json';
/** image-spec 1.1 "Guidance for an empty descriptor": `{}` as the config of an artifact. */
const EMPTY_CONFIG = {
    mediaType: 'application/vnd.oci.empty.v1+json',
    digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    size: 2
};
const EMPTY_CONFIG_BYTES = Buffer.from('{}');
/** Pre-defined annotation keys of image-spec, and mxdeploy's own for the rest of the record. */
const ANNOTATION = {
    version: 'org.opencontainers.image.version',
    revision: 'org.opencontainers.image.revision',
    created: 'org.opencontainers.image.created',
    source: 'org.opencontainers.image.source',
    title: 'org.opencontainers.image.title',
    app: 'dev.mxdeploy.app',
    sha256: 'dev.mxdeploy.sha256',
    runtimeVersion: 'dev.mxdeploy.runtime-version',
    modelVersion: 'dev.mxdeploy.model-version',
    branch: 'dev.mxdeploy.branch',
    createdBy: 'dev.mxdeploy.created-by',
    stories: 'dev.mxdeploy.stories'
};
/** The file name an MDA gets when it is pulled (`org.opencontainers.image.title`). */
function packageFileName(app, version) {
    return `${app}_${version}.mda`;
}
/**
 * The manifest of one package: the MDA as the only layer, the empty config, and annotations
 * that carry the whole record, so `list` and `get` need nothing but manifests.
 */
function buildManifest(record, source) {
    const annotations = {
        [ANNOTATION.version]: record.version,
        [ANNOTATION.created]: record.createdAt,
        [ANNOTATION.app]: record.app,
        [ANNOTATION.sha256]: record.sha256,
        [ANNOTATION.runtimeVersion]: record.runtimeVersion,
        [ANNOTATION.modelVersion]: record.modelVersion,
        [ANNOTATION.createdBy]: record.createdBy,
        [ANNOTATION.stories]: JSON.stringify(record.stories)
    };
    if (record.commit)
        annotations[ANNOTATION.revision] = record.commit;
    if (record.branch)
        annotations[ANNOTATION.branch] = record.branch;
    if (source)
        annotations[ANNOTATION.source] = source;
    const manifest = {
        schemaVersion: 2,
        mediaType: MANIFEST_MEDIA_TYPE,
        artifactType: MDA_MEDIA_TYPE,
        config: { ...EMPTY_CONFIG },
        layers: [
            {
                mediaType: MDA_MEDIA_TYPE,
                digest: `sha256:${record.sha256}`,
                size: record.size,
                annotations: { [ANNOTATION.title]: packageFileName(record.app, record.version) }
            }
        ],
        annotations
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    return { manifest, bytes, digest: sha256Digest(bytes) };
}
/** `sha256:<hex>` of some bytes. */
function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function stringMap(value) {
    if (!isObject(value))
        return {};
    return Object.fromEntries(Object.entries(value).filter((entry) => typeof entry[1] === 'string'));
}
function parseStories(text) {
    if (!text)
        return [];
    try {
        const parsed = JSON.parse(text);
        return Array.isArray(parsed) ? parsed.filter((s) => typeof s === 'string') : [];
    }
    catch {
        return [];
    }
}
/**
 * Rebuilds a package record from a manifest's bytes. `url` is the reference the record gets.
 * Anything that is not an mxdeploy MDA artifact, or whose annotations disagree with its
 * layer, is reported as `other` with the reason.
 */
function readManifest(bytes, mediaType, url) {
    let parsed;
    try {
        parsed = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return { kind: 'other', why: 'its manifest is not JSON' };
    }
    if (!isObject(parsed))
        return { kind: 'other', why: 'its manifest is not a JSON object' };
    const type = typeof parsed['mediaType'] === 'string' ? parsed['mediaType'] : mediaType;
    if (type !== MANIFEST_MEDIA_TYPE) {
        return { kind: 'other', why: `it holds a ${type ?? 'manifest without a media type'}` };
    }
    const layers = Array.isArray(parsed['layers']) ? parsed['layers'] : [];
    const layer = layers[0];
    const artifactType = parsed['artifactType'];
    if ((artifactType !== undefined && artifactType !== MDA_MEDIA_TYPE) ||
        layers.length !== 1 ||
        !isObject(layer) ||
        layer['mediaType'] !== MDA_MEDIA_TYPE ||
        typeof layer['digest'] !== 'string' ||
        typeof layer['size'] !== 'number') {
        return {
            kind: 'other',
            why: `it is not an MDA artifact (artifactType ${JSON.stringify(artifactType ?? null)})`
        };
    }
    const annotations = stringMap(parsed['annotations']);
    const digest = layer['digest'];
    const sha256 = /^sha256:([0-9a-f]{64})$/.exec(digest)?.[1];
    const app = annotations[ANNOTATION.app];
    const version = annotations[ANNOTATION.version];
    if (!sha256)
        return { kind: 'other', why: `its layer digest ${digest} is not SHA-256` };
    if (!app || !version)
        return { kind: 'other', why: 'its manifest names no app or version' };
    const stated = annotations[ANNOTATION.sha256];
    if (stated !== undefined && stated !== sha256) {
        return {
            kind: 'other',
            why: `its annotations say SHA-256 ${stated} but its layer is ${sha256}`
        };
    }
    const record = {
        app,
        version,
        sha256,
        size: layer['size'],
        runtimeVersion: annotations[ANNOTATION.runtimeVersion] ?? '',
        modelVersion: annotations[ANNOTATION.modelVersion] ?? version,
        commit: annotations[ANNOTATION.revision] ?? null,
        branch: annotations[ANNOTATION.branch] ?? null,
        createdAt: annotations[ANNOTATION.created] ?? '',
        createdBy: annotations[ANNOTATION.createdBy] ?? '',
        url: url(sha256Digest(bytes)),
        stories: parseStories(annotations[ANNOTATION.stories])
    };
    const descriptor = {
        mediaType: MDA_MEDIA_TYPE,
        digest,
        size: layer['size'],
        annotations: stringMap(layer['annotations'])
    };
    return {
        kind: 'package',
        manifest: parsed,
        record,
        layer: descriptor
    };
}


/***/ }),

/***/ 99283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bw: () => (/* binding */ REPOSITORY),
/* harmony export */   TH: () => (/* binding */ plainHttpAllowed),
/* harmony export */   U9: () => (/* binding */ isLoopback),
/* harmony export */   Xz: () => (/* binding */ parseOciUri),
/* harmony export */   jg: () => (/* binding */ HOST),
/* harmony export */   mO: () => (/* binding */ registryBaseUrl)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76670);


// distribution-spec "Pulling manifests": <name> grammar.
const COMPONENT = '[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*';
/** A repository name as distribution-spec allows it: lower-case components separated by `/`. */
const REPOSITORY = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`);
/** `host[:port]`, a DNS name or a bracketed IPv6 address. */
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/;
/** Hosts on this machine, where plain HTTP carries nothing across a network. */
function isLoopback(hostname) {
    const bare = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return bare === 'localhost' || bare === '::1' || /^127\.\d+\.\d+\.\d+$/.test(bare);
}
/** Whether the environment allows plain HTTP to registries off this machine. */
function plainHttpAllowed(env) {
    const value = env['MXDEPLOY_OCI_PLAIN_HTTP']?.trim().toLowerCase();
    return value === 'true' || value === '1';
}
/**
 * Parses `oci://HOST[:PORT]/REPO`. Plain HTTP is used on loopback, or anywhere when
 * MXDEPLOY_OCI_PLAIN_HTTP=true; HTTPS otherwise.
 */
function parseOciUri(uri, env) {
    if ((0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .hasUserinfo */ .m)(uri)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`repository "${(0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactCredentials */ .U)(uri)}" carries credentials, which would be printed and recorded with it: write oci://HOST/REPO and set MXDEPLOY_OCI_USERNAME and MXDEPLOY_OCI_PASSWORD instead`);
    }
    const rest = uri.startsWith('oci://') ? uri.slice('oci://'.length) : undefined;
    const slash = rest?.indexOf('/') ?? -1;
    if (rest === undefined || slash <= 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`repository "${uri}" is not an OCI reference: write oci://HOST/REPO, such as oci://ghcr.io/my-org/hello`);
    }
    const host = rest.slice(0, slash);
    const repository = rest.slice(slash + 1);
    if (!HOST.test(host)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`repository "${uri}": "${host}" is not a registry host[:port]`);
    }
    if (!REPOSITORY.test(repository)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`repository "${uri}": "${repository}" is not an OCI repository name: lower-case letters, digits and . _ - separated by /, without a tag or digest`);
    }
    return { host, repository, baseUrl: registryBaseUrl(host, env) };
}
/** The registry API's base URL for a host: plain HTTP on loopback or when allowed, else HTTPS. */
function registryBaseUrl(host, env) {
    const hostname = host.replace(/:[0-9]+$/, '');
    const scheme = isLoopback(hostname) || plainHttpAllowed(env) ? 'http' : 'https';
    return new URL(`${scheme}://${host}/`);
}


/***/ }),

/***/ 42698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bP: () => (/* binding */ RegistryClient),
  m2: () => (/* binding */ errorDetail),
  os: () => (/* binding */ unexpected)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/net/retry-policy.ts
var retry_policy = __webpack_require__(27124);
// EXTERNAL MODULE: ./src/net/retry-settings.ts
var retry_settings = __webpack_require__(46383);
;// CONCATENATED MODULE: ./src/repository/oci/challenge.ts
// auth-param = token BWS "=" BWS ( token / quoted-string )   (RFC 9110 §11.2)
const PARAM = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^\s,]*)\s*(?:,|$)/;
/**
 * Parses the challenges of a `WWW-Authenticate` header, such as
 * `Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:o/r:pull"`.
 */
function parseChallenges(header) {
    const values = Array.isArray(header) ? header : header === undefined ? [] : [header];
    const challenges = [];
    for (const value of values) {
        let rest = value.trim();
        while (rest) {
            const scheme = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)(?:\s+|$|,)/.exec(rest);
            if (!scheme)
                break;
            rest = rest.slice(scheme[0].length);
            const params = {};
            for (let match = PARAM.exec(rest); match; match = PARAM.exec(rest)) {
                const raw = match[2];
                params[match[1].toLowerCase()] = raw.startsWith('"')
                    ? raw.slice(1, -1).replace(/\\(.)/g, '$1')
                    : raw;
                rest = rest.slice(match[0].length);
            }
            challenges.push({ scheme: scheme[1].toLowerCase(), params });
            rest = rest.replace(/^[\s,]+/, '');
        }
    }
    return challenges;
}

// EXTERNAL MODULE: ./src/repository/oci/credentials.ts
var oci_credentials = __webpack_require__(72728);
// EXTERNAL MODULE: ./src/repository/oci/http.ts
var http = __webpack_require__(19868);
// EXTERNAL MODULE: ./src/repository/oci/reference.ts
var reference = __webpack_require__(99283);
;// CONCATENATED MODULE: ./src/repository/oci/token.ts





/** The Docker token spec's default lifetime when a token service gives none. */
const DEFAULT_EXPIRES_IN = 60;
/**
 * Fetches a bearer token as the Docker registry token spec describes: GET the challenge's realm
 * with `service` and `scope`, with basic credentials when there are some (anonymous otherwise).
 * A token service that is briefly unavailable is asked again under the retry policy.
 */
async function fetchToken(registryHost, challenge, scope, { credentials, env, log, retry, variables }) {
    const realm = challenge.params['realm'];
    let url;
    try {
        url = new URL(realm ?? '');
    }
    catch {
        throw new errors/* OperationError */.OK(`registry ${registryHost} asked for a bearer token without a valid realm (${JSON.stringify(realm ?? null)})`);
    }
    if (url.protocol !== 'https:' &&
        !(url.protocol === 'http:' && ((0,reference/* isLoopback */.U9)(url.hostname) || (0,reference/* plainHttpAllowed */.TH)(env)))) {
        throw new errors/* ConfigurationError */.j1(`registry ${registryHost} points to ${url.origin} for tokens, which is not HTTPS: mxdeploy will not send credentials there (set MXDEPLOY_OCI_PLAIN_HTTP=true only on a trusted network)`);
    }
    if (challenge.params['service'])
        url.searchParams.set('service', challenge.params['service']);
    url.searchParams.set('scope', scope);
    const headers = { Accept: 'application/json' };
    if (credentials) {
        const basic = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
        headers['Authorization'] = `Basic ${basic}`;
    }
    const started = Date.now();
    const service = `the token service of registry ${registryHost} (${url.origin})`;
    const res = await (0,retry_policy/* withRetries */.LH)(retry, {
        what: `${service}: GET ${url.pathname}`,
        advice: 'the token service is down or overloaded: try again later',
        onRetry: (line) => log.info(line)
    }, async () => {
        const answer = await (0,http/* send */.tN)({ method: 'GET', url, headers });
        await (0,http/* throwIfTransient */.qT)(answer, retry.clock.now(), () => Promise.resolve(`${service} answered HTTP ${answer.status}`));
        return answer;
    });
    const text = await res.text();
    if (res.status === 401 || res.status === 403) {
        throw new errors/* ConfigurationError */.j1(credentials
            ? `the token service of registry ${registryHost} (${url.origin}) refused the credentials from ${credentials.source} for ${scope}: ${(0,oci_credentials/* credentialsHint */.Ci)(registryHost, variables)}`
            : `registry ${registryHost} requires credentials for ${scope}: ${(0,oci_credentials/* credentialsHint */.Ci)(registryHost, variables)}`);
    }
    if (res.status !== 200) {
        throw new errors/* OperationError */.OK(`the token service of registry ${registryHost} (${url.origin}) answered HTTP ${res.status} for ${scope}`);
    }
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        throw new errors/* OperationError */.OK(`the token service of registry ${registryHost} (${url.origin}) did not answer JSON`);
    }
    // The spec names it `token`; OAuth 2.0 compatible services send `access_token`.
    const value = typeof body.token === 'string' ? body.token : body.access_token;
    if (typeof value !== 'string' || !value) {
        throw new errors/* OperationError */.OK(`the token service of registry ${registryHost} (${url.origin}) answered without a token`);
    }
    log.secret(value);
    const expiresIn = typeof body.expires_in === 'number' ? body.expires_in : DEFAULT_EXPIRES_IN;
    // Fetch a new one a little before it lapses, so a large chunk is not sent on a dead token.
    const margin = Math.min(10, expiresIn / 4);
    return { value, scope, refreshAfter: started + (expiresIn - margin) * 1000 };
}

;// CONCATENATED MODULE: ./src/repository/oci/registry-client.ts








/**
 * The registry API of one repository, with authentication: anonymous, basic (when the registry
 * challenges for it) and bearer tokens fetched from the challenge's realm. Credentials are only
 * sent to the registry's own origin. Requests are retried by the retry policy on a lost
 * connection and on 408, 429 and 5xx answers.
 */
class RegistryClient {
    ref;
    credentials;
    env;
    log;
    retry;
    variables;
    basic = false;
    token;
    constructor(ref, credentials, env, log, retry, 
    /** The prefix of the variables its credentials come from, for messages. */
    variables = oci_credentials/* OCI_VARIABLES */._Y) {
        this.ref = ref;
        this.credentials = credentials;
        this.env = env;
        this.log = log;
        this.retry = retry;
        this.variables = variables;
    }
    /** What a retried call is, for progress lines and the message when it is given up. */
    task(what) {
        const seconds = Math.round(this.retry.deadlineMs / 1000);
        return {
            what: `registry ${this.ref.host}: ${what}`,
            advice: `the registry is down or overloaded: try again later (each request is tried for up to ${seconds} s; ${retry_settings/* RETRY_SECONDS_VARIABLE */.mY} sets how long)`,
            onRetry: (line) => this.log.info(line)
        };
    }
    /** The retry bookkeeping of a transfer that resumes (an upload, a download). */
    budget(what) {
        return new retry_policy/* RetryBudget */.Km(this.retry, this.task(what));
    }
    /** The URL of a path under this repository's `/v2/<name>/`. */
    url(path) {
        return new URL(`v2/${this.ref.repository}/${path}`, this.ref.baseUrl);
    }
    sameOrigin(url) {
        return url.origin === this.ref.baseUrl.origin;
    }
    async authorization(url) {
        if (!this.sameOrigin(url))
            return {};
        if (this.token) {
            if (Date.now() > this.token.refreshAfter)
                await this.refresh(this.token.scope);
            return { Authorization: `Bearer ${this.token.value}` };
        }
        if (this.basic && this.credentials) {
            const { username, password } = this.credentials;
            return { Authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` };
        }
        return {};
    }
    lastBearer;
    pending = new Map();
    /** A token for a scope; requests that meet the same challenge at once share one fetch. */
    async obtain(challenge, scope) {
        this.lastBearer = challenge;
        let pending = this.pending.get(scope);
        if (!pending) {
            pending = fetchToken(this.ref.host, challenge, scope, {
                credentials: this.credentials,
                env: this.env,
                log: this.log,
                retry: this.retry,
                variables: this.variables
            });
            this.pending.set(scope, pending);
            pending.then(() => this.pending.delete(scope), () => this.pending.delete(scope));
        }
        this.token = await pending;
    }
    async refresh(scope) {
        if (this.lastBearer)
            await this.obtain(this.lastBearer, scope);
    }
    /**
     * Sends a request, retrying it while it fails transiently (unless it is sent `once`); on a 401
     * answers the challenge once and resends. A second 401 or a 403 is a ConfigurationError that
     * says which credentials to set.
     */
    async request(request) {
        const url = typeof request.path === 'string' ? this.url(request.path) : request.path;
        if (request.once)
            return this.attempt(request, url);
        const what = `${request.method} ${url.pathname}`;
        return (0,retry_policy/* withRetries */.LH)(this.retry, this.task(what), () => this.attempt(request, url));
    }
    async attempt(request, url) {
        let sentBasic = false;
        const attempt = async () => {
            const auth = await this.authorization(url);
            sentBasic = auth['Authorization']?.startsWith('Basic ') ?? false;
            return (0,http/* send */.tN)({
                method: request.method,
                url,
                headers: { ...request.headers, ...auth },
                body: request.body
            });
        };
        let res = await attempt();
        if (res.status === 401 && this.sameOrigin(url)) {
            const header = res.headers['www-authenticate'];
            await res.discard();
            await this.answer(header, request.actions, sentBasic);
            res = await attempt();
            if (res.status === 401) {
                const again = parseChallenges(res.headers['www-authenticate']);
                await res.discard();
                const scope = again.find((c) => c.params['error'] === 'insufficient_scope');
                throw new errors/* ConfigurationError */.j1(scope && this.credentials
                    ? `registry ${this.ref.host} gave the credentials from ${this.credentials.source} no ${request.actions} access to ${this.ref.repository}: grant them that permission, or ${(0,oci_credentials/* credentialsHint */.Ci)(this.ref.host, this.variables)}`
                    : this.refusal());
            }
        }
        if (res.status === 403) {
            const detail = await errorDetail(res);
            throw new errors/* ConfigurationError */.j1(`registry ${this.ref.host} denied ${request.method} on ${this.ref.repository}${detail}: ${this.credentials
                ? `the credentials from ${this.credentials.source} lack ${request.actions} permission, or `
                : ''}${(0,oci_credentials/* credentialsHint */.Ci)(this.ref.host, this.variables)}`);
        }
        await (0,http/* throwIfTransient */.qT)(res, this.retry.clock.now(), async () => {
            const detail = await errorDetail(res);
            return `registry ${this.ref.host} answered HTTP ${res.status} to ${request.method} ${url.pathname}${detail}`;
        });
        return res;
    }
    refusal() {
        return this.credentials
            ? `registry ${this.ref.host} refused the credentials from ${this.credentials.source}: ${(0,oci_credentials/* credentialsHint */.Ci)(this.ref.host, this.variables)}`
            : `registry ${this.ref.host} requires credentials: ${(0,oci_credentials/* credentialsHint */.Ci)(this.ref.host, this.variables)}`;
    }
    async answer(header, actions, sentBasic) {
        const challenges = parseChallenges(header);
        const bearer = challenges.find((c) => c.scheme === 'bearer');
        if (bearer) {
            const scope = bearer.params['scope'] ?? `repository:${this.ref.repository}:${actions}`;
            await this.obtain(bearer, scope);
            return;
        }
        if (challenges.some((c) => c.scheme === 'basic')) {
            if (!this.credentials || sentBasic)
                throw new errors/* ConfigurationError */.j1(this.refusal());
            if (this.ref.baseUrl.protocol !== 'https:' && !(0,reference/* isLoopback */.U9)(this.ref.baseUrl.hostname)) {
                this.log.warning(`sending credentials to registry ${this.ref.host} over plain HTTP (MXDEPLOY_OCI_PLAIN_HTTP is set)`);
            }
            this.basic = true;
            return;
        }
        throw new errors/* OperationError */.OK(`registry ${this.ref.host} asked for authentication mxdeploy does not speak (${String(header ?? 'no WWW-Authenticate header')}): it supports Basic and Bearer`);
    }
}
/** ` (CODE: message)` from an OCI error body, or '' when there is none. */
async function errorDetail(res) {
    let text;
    try {
        text = await res.text();
    }
    catch {
        return '';
    }
    try {
        const body = JSON.parse(text);
        const first = body.errors?.[0];
        if (first)
            return ` (${String(first.code)}: ${String(first.message)})`;
    }
    catch {
        // Not an OCI error body: show a little of it.
    }
    const short = text.trim().slice(0, 200);
    return short ? ` (${short})` : '';
}
/**
 * An OperationError for an answer that was not expected; a ConfigurationError when the registry
 * says the repository of the URI is unknown or not a valid name, which another try never mends.
 */
async function unexpected(client, res, what) {
    const detail = await errorDetail(res);
    const answered = `registry ${client.ref.host} answered HTTP ${res.status} to ${what} in ${client.ref.repository}${detail}`;
    if (/^ \(NAME_UNKNOWN:/.test(detail)) {
        return new errors/* ConfigurationError */.j1(`${answered}: it has no repository ${client.ref.repository}; check the repository in the URI (oci://HOST/REPO), or create it first where the registry needs that (Harbor projects, Amazon ECR repositories)`);
    }
    if (/^ \(NAME_INVALID:/.test(detail)) {
        return new errors/* ConfigurationError */.j1(`${answered}: ${client.ref.repository} is not a repository name it takes; change the repository in the URI (oci://HOST/REPO)`);
    }
    return new errors/* OperationError */.OK(answered);
}


/***/ }),

/***/ 83348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ef: () => (/* binding */ sendChunk),
/* harmony export */   T8: () => (/* binding */ uploadOffset),
/* harmony export */   Vz: () => (/* binding */ finishUpload),
/* harmony export */   aH: () => (/* binding */ startUpload),
/* harmony export */   kQ: () => (/* binding */ blobExists),
/* harmony export */   wM: () => (/* binding */ cancelUpload)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _net_retry_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27124);
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42698);



const OCTETS = { 'Content-Type': 'application/octet-stream' };
function location(res, base, client) {
    const value = res.headers.location;
    if (!value) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(`registry ${client.ref.host} answered ${res.status} without a Location for the upload`);
    }
    // Location may be absolute or relative to the request (distribution-spec).
    return new URL(value, base);
}
function withDigest(url, digest) {
    const next = new URL(url);
    // Appended by hand: re-serialising would re-encode the registry's opaque upload state.
    next.search = `${next.search ? `${next.search}&` : '?'}digest=${encodeURIComponent(digest)}`;
    return next;
}
/** Opens an upload (POST); a POST lost on the way leaves at most an unused session, which expires. */
async function startUpload(client) {
    const url = client.url('blobs/uploads/');
    const res = await client.request({ method: 'POST', path: url, actions: 'pull,push' });
    if (res.status !== 202)
        throw await (0,_registry_client_js__WEBPACK_IMPORTED_MODULE_1__/* .unexpected */ .os)(client, res, 'the start of a blob upload');
    await res.discard();
    const min = Number(res.headers['oci-chunk-min-length']);
    return {
        url: location(res, url, client),
        minChunk: Number.isSafeInteger(min) && min > 0 ? min : 1
    };
}
/** Cancels an upload, best effort: an abandoned upload holds no tag, and registries expire them. */
async function cancelUpload(client, url) {
    try {
        const res = await client.request({
            method: 'DELETE',
            path: url,
            actions: 'pull,push',
            once: true
        });
        await res.discard();
    }
    catch {
        // Nothing more to do.
    }
}
/**
 * Sends bytes `start`..`end` of the blob as one PATCH, once, and returns the next Location. A
 * lost connection, a 5xx, a 416 (the registry holds another range) or a 404 (it dropped the
 * upload) is a TransientError: the caller asks the registry where the upload stands and goes on
 * from there.
 */
async function sendChunk(client, session, start, end, body, file) {
    const res = await client.request({
        method: 'PATCH',
        path: session.url,
        headers: { ...OCTETS, 'Content-Range': `${start}-${end - 1}` },
        body,
        actions: 'pull,push',
        once: true
    });
    if (res.status === 416) {
        await res.discard();
        throw new _net_retry_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_(`registry ${client.ref.host} holds another range of the upload than bytes ${start}-${end - 1} (416)`);
    }
    if (res.status === 404) {
        // The upload is gone (BLOB_UPLOAD_UNKNOWN/INVALID): docker-registry 2.8 drops one whose lost
        // chunk it stored part of only after it answered the status that the caller resumed from.
        // The caller asks again, finds it gone, and starts over in a new session.
        const gone = await (0,_registry_client_js__WEBPACK_IMPORTED_MODULE_1__/* .unexpected */ .os)(client, res, `the upload of bytes ${start}-${end - 1} of ${file}`);
        throw new _net_retry_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_(gone.message, { cause: gone });
    }
    if (res.status !== 202) {
        throw await (0,_registry_client_js__WEBPACK_IMPORTED_MODULE_1__/* .unexpected */ .os)(client, res, `the upload of bytes ${start}-${end - 1} of ${file}`);
    }
    await res.discard();
    // Each answer carries the URL of the next step (distribution keeps its state in it).
    session.url = location(res, session.url, client);
}
/**
 * Where an upload stands (distribution-spec "get the current status": GET of the upload URL,
 * 204 with `Range: 0-<last>` and the Location to go on with): the offset of the next byte, or
 * undefined when the registry no longer has the upload (404: start it again).
 */
async function uploadOffset(client, session) {
    const res = await client.request({ method: 'GET', path: session.url, actions: 'pull,push' });
    if (res.status === 404) {
        // docker-registry 2.8 also answers 404 (BLOB_UPLOAD_INVALID) once part of a lost chunk was
        // stored: its state in the URL no longer matches the data, and it drops the upload.
        await res.discard();
        return undefined;
    }
    if (res.status !== 204)
        throw await (0,_registry_client_js__WEBPACK_IMPORTED_MODULE_1__/* .unexpected */ .os)(client, res, 'the status of a blob upload');
    await res.discard();
    const range = /^(?:bytes=)?0-(\d+)$/.exec(String(res.headers.range ?? '').trim());
    if (!range) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(`registry ${client.ref.host} gave the status of an upload without a Range (${JSON.stringify(res.headers.range ?? null)})`);
    }
    session.url = location(res, session.url, client);
    // Ranges are inclusive, so `0-0` would be one byte; registries send it for an empty upload
    // (docker-registry does), and a single stored byte cannot happen with whole chunks of ≥ 1 MiB.
    const last = Number(range[1]);
    return last === 0 ? 0 : last + 1;
}
/**
 * Closes an upload with PUT `?digest=`, with the last bytes or none. Sent once when it carries
 * bytes (the caller starts over), retried when empty; a retry that finds the upload gone because
 * the first PUT did arrive finds the blob instead.
 */
async function finishUpload(client, session, digest, body) {
    const res = await client.request({
        method: 'PUT',
        path: withDigest(session.url, digest),
        headers: OCTETS,
        body: body ?? Buffer.alloc(0),
        actions: 'pull,push',
        once: body !== undefined
    });
    if (res.status === 201) {
        await res.discard();
        return;
    }
    const failure = await (0,_registry_client_js__WEBPACK_IMPORTED_MODULE_1__/* .unexpected */ .os)(client, res, `the end of the upload of ${digest}`);
    if (res.status === 404 && body === undefined && (await blobExists(client, digest)))
        return;
    throw failure;
}
/** Whether the repository already has a blob (distribution-spec "Checking if content exists"). */
async function blobExists(client, digest) {
    const res = await client.request({ method: 'HEAD', path: `blobs/${digest}`, actions: 'pull' });
    await res.discard();
    if (res.status === 200)
        return true;
    if (res.status === 404)
        return false;
    throw await (0,_registry_client_js__WEBPACK_IMPORTED_MODULE_1__/* .unexpected */ .os)(client, res, `HEAD of blob ${digest}`);
}


/***/ })

};
