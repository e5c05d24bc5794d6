export const id = 6581;
export const ids = [6581];
export const modules = {

/***/ 38864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E0: () => (/* binding */ withProgress),
/* harmony export */   RZ: () => (/* binding */ silentProgress),
/* harmony export */   ml: () => (/* binding */ systemClock)
/* harmony export */ });
/* unused harmony export startProgress */
/**
 * Progress of long work (packing, uploads, downloads) as the domain reports it, without knowing
 * who shows it: a terminal's updating line, a plain line every few seconds in a log, or nothing.
 */
const systemClock = { now: () => Date.now() };
const IGNORED = {
    update: () => undefined,
    advance: () => undefined,
    end: () => undefined
};
/** Shows nothing: `--quiet`, and code that was given no reporter. */
const silentProgress = { start: () => IGNORED };
/** A task of `reporter`, or one that shows nothing when there is none. */
function startProgress(reporter, label, total) {
    return reporter ? reporter.start(label, total) : IGNORED;
}
/** Runs `work` with a task that ends when the work does, whether it succeeds or fails. */
async function withProgress(reporter, label, total, work) {
    const task = startProgress(reporter, label, total);
    try {
        return await work(task);
    }
    finally {
        task.end();
    }
}


/***/ }),

/***/ 56581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OciRepository: () => (/* binding */ OciRepository)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/github/access.ts
var access = __webpack_require__(38261);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/async-pool.ts
var async_pool = __webpack_require__(43998);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/mda/version.ts
var version = __webpack_require__(52084);
// EXTERNAL MODULE: ./src/net/retry-settings.ts
var retry_settings = __webpack_require__(46383);
// EXTERNAL MODULE: ./src/progress/progress.ts
var progress = __webpack_require__(38864);
// EXTERNAL MODULE: ./src/repository/package-repository.ts
var package_repository = __webpack_require__(57525);
// EXTERNAL MODULE: ./src/repository/oci/blob-download.ts + 1 modules
var blob_download = __webpack_require__(50359);
// EXTERNAL MODULE: ./src/repository/oci/blob-upload.ts + 1 modules
var blob_upload = __webpack_require__(43730);
// EXTERNAL MODULE: ./src/repository/oci/chunk-size.ts
var chunk_size = __webpack_require__(85845);
// EXTERNAL MODULE: ./src/repository/oci/credentials.ts
var credentials = __webpack_require__(72728);
;// CONCATENATED MODULE: ./src/repository/oci/early-upload.ts




/**
 * The package's blob sent while the package is verified: the chunks go into an upload session
 * at once, and the closing PUT (`?digest=`, the step that makes the registry keep a blob) waits
 * for `finish`, which only a publish of the verified package calls. Until then the bytes are an
 * open upload that nothing refers to; `cancel` deletes it (the Docker Registry HTTP API V2's
 * "cancel outstanding upload", which docker-registry and most registries serve; the OCI
 * distribution-spec lists no such endpoint, so it stays best effort, and an upload left open
 * expires on its own). On one GiB this overlaps the 2 s of verification with the upload.
 */
class EarlyBlobUpload {
    file;
    stop = new AbortController();
    /** Cancelled: `finish` would only report that; publish uploads the file itself. */
    get cancelled() {
        return this.stop.signal.aborted;
    }
    settle;
    done;
    constructor(client, file, chunkSize, log, uri) {
        this.file = file;
        const digest = new Promise((resolve, reject) => {
            this.settle = { resolve, reject };
        });
        this.done = this.send(client, digest, chunkSize, log, uri);
        // Its outcome is read by finish; one that nobody finishes is dropped by cancel.
        this.done.catch(() => undefined);
    }
    async send(client, digest, chunkSize, log, uri) {
        const { file } = this;
        const info = await (0,promises_.stat)(file);
        // Anything but a regular file is verification's to refuse, unread (a FIFO would be drained).
        if (!info.isFile())
            throw new Error(`${file} is not a regular file`);
        const size = info.size;
        log.info(`uploading ${file} (${size} bytes) to ${uri}`);
        await (0,progress/* withProgress */.E0)(log.progress, `uploading ${(0,external_node_path_.basename)(file)}`, size, (progress) => (0,blob_upload/* uploadFile */.QM)(client, { file, size, digest, chunkSize, progress, signal: this.stop.signal }));
    }
    /** Closes the upload as `digest` once every byte is sent and hashed to it; fails as uploadFile. */
    finish(digest) {
        this.settle.resolve(digest);
        return this.done;
    }
    async cancel() {
        const reason = new Error(`the upload of ${this.file} was cancelled`);
        this.settle.reject(reason);
        this.stop.abort(reason);
        await this.done.catch(() => undefined);
    }
}

// EXTERNAL MODULE: ./src/repository/oci/manifest.ts
var oci_manifest = __webpack_require__(7045);
// EXTERNAL MODULE: ./src/repository/oci/manifest-io.ts
var manifest_io = __webpack_require__(2018);
// EXTERNAL MODULE: ./src/repository/oci/reference.ts
var reference = __webpack_require__(99283);
// EXTERNAL MODULE: ./src/repository/oci/registry-client.ts + 2 modules
var registry_client = __webpack_require__(42698);
;// CONCATENATED MODULE: ./src/repository/oci/tags.ts


/** Tags asked for per page; registries may give fewer, or ignore it and give all. */
const DEFAULT_PAGE_SIZE = 100;
/** A registry that keeps sending `next` links is stopped well before it exhausts memory. */
const MAX_PAGES = 10_000;
/** The `rel="next"` target of a Link header (RFC 8288), if any. */
function nextLink(header) {
    if (!header)
        return undefined;
    for (const part of header.split(/,(?=\s*<)/)) {
        const match = /^\s*<([^>]*)>(.*)$/.exec(part);
        if (match && /;\s*rel\s*=\s*"?next"?(?:\s|;|$)/i.test(match[2]))
            return match[1];
    }
    return undefined;
}
/**
 * Every tag of the repository (distribution-spec "Listing Tags"), following `Link: <…>;
 * rel="next"` pages. A repository that does not exist yet has no tags.
 */
async function listTags(client, pageSize = DEFAULT_PAGE_SIZE) {
    const tags = [];
    let url = client.url(`tags/list?n=${pageSize}`);
    const seen = new Set();
    while (url) {
        if (seen.has(url.href) || seen.size >= MAX_PAGES) {
            throw new errors/* OperationError */.OK(`registry ${client.ref.host} sent the tag list of ${client.ref.repository} in pages that never end (${url.href})`);
        }
        seen.add(url.href);
        const res = await client.request({ method: 'GET', path: url, actions: 'pull' });
        if (res.status === 404) {
            const detail = await (0,registry_client/* errorDetail */.m2)(res);
            // NAME_UNKNOWN on the first page: nothing was ever pushed to the repository.
            if (seen.size === 1)
                return [];
            throw new errors/* OperationError */.OK(`registry ${client.ref.host} has no tag list for ${client.ref.repository}${detail}`);
        }
        if (res.status !== 200)
            throw await (0,registry_client/* unexpected */.os)(client, res, 'GET of the tag list');
        let body;
        try {
            body = JSON.parse(await res.text());
        }
        catch {
            throw new errors/* OperationError */.OK(`registry ${client.ref.host} sent a tag list of ${client.ref.repository} that is not JSON`);
        }
        // `tags` is null for a repository without tags on some registries.
        if (Array.isArray(body.tags)) {
            for (const tag of body.tags)
                if (typeof tag === 'string')
                    tags.push(tag);
        }
        const next = nextLink(Array.isArray(res.headers.link) ? res.headers.link.join(', ') : res.headers.link);
        url = next ? new URL(next, url) : undefined;
    }
    return tags;
}

// EXTERNAL MODULE: ./src/fs/make-directory.ts
var make_directory = __webpack_require__(891);
;// CONCATENATED MODULE: ./src/repository/oci/oci-repository.ts





















const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
/**
 * Packages in an OCI registry (`oci://HOST/REPO`, GHCR in practice): one artifact per package,
 * tagged with its version, the MDA as its only blob and the record in its annotations.
 */
class OciRepository {
    uri;
    ref;
    client;
    log;
    chunkSize;
    pageSize;
    source;
    constructor(uri, options) {
        const { env } = options;
        this.log = options.log ?? log/* silentLogger */.q;
        this.ref = (0,reference/* parseOciUri */.Xz)(uri, env);
        this.uri = `oci://${this.ref.host}/${this.ref.repository}`;
        this.client = new registry_client/* RegistryClient */.bP(this.ref, (0,credentials/* credentialsFromEnv */.kv)(this.ref.host, env, this.log, { github: options.github }), env, this.log, options.retry ?? (0,retry_settings/* retryPolicyFromEnv */.ed)(env));
        this.chunkSize = options.chunkSize ?? (0,chunk_size/* chunkSizeFor */.U)(this.ref.host, env);
        this.pageSize = options.tagsPageSize ?? DEFAULT_PAGE_SIZE;
        const github = options.github ?? (0,access.githubAccess)(env);
        this.source = github.repository ? `${github.serverUrl}/${github.repository}` : undefined;
    }
    /** `host/repo:tag@digest`: pullable by tag or, immutably, by digest. */
    reference(tag, digest) {
        return `${this.ref.host}/${this.ref.repository}:${tag}@${digest}`;
    }
    async readTag(tag) {
        const found = await (0,manifest_io/* getManifest */.c2)(this.client, tag);
        if (!found)
            return undefined;
        const { bytes, digest, mediaType } = found;
        return { digest, reading: (0,oci_manifest/* readManifest */.WI)(bytes, mediaType, (d) => this.reference(tag, d)) };
    }
    same(tag, existing, record) {
        const { reading } = existing;
        if (reading.kind !== 'package') {
            throw new errors/* ConfigurationError */.j1(`tag ${tag} of ${this.uri} already holds something that is not an mxdeploy package (${reading.why}); tags are never overwritten: publish ${record.app} to a repository of its own`);
        }
        const found = reading.record;
        if (found.app !== record.app) {
            throw new errors/* ConfigurationError */.j1(`tag ${tag} of ${this.uri} already holds ${found.app} ${found.version}; tags are never overwritten: publish ${record.app} to a repository of its own`);
        }
        if (found.sha256 !== record.sha256) {
            throw new errors/* ConfigurationError */.j1(`${found.app} ${found.version} is already published with other content (SHA-256 ${found.sha256}, this package ${record.sha256}); published packages are never overwritten: build with a new version or build number`);
        }
        return { record: found, created: false };
    }
    beginUpload(file) {
        return new EarlyBlobUpload(this.client, file, this.chunkSize, this.log, this.uri);
    }
    async publish({ file, record, early }) {
        // One begun for this file by this repository; any other is left to its owner to cancel.
        const begun = early instanceof EarlyBlobUpload && early.file === file && !early.cancelled
            ? early
            : undefined;
        const tag = record.version;
        if (!TAG.test(tag)) {
            throw new errors/* ConfigurationError */.j1(`version "${tag}" cannot be an OCI tag (${TAG.source})`);
        }
        const existing = await this.readTag(tag);
        if (existing)
            return this.same(tag, existing, record);
        const { size } = await (0,promises_.stat)(file);
        if (size !== record.size) {
            throw new errors/* ConfigurationError */.j1(`${file} changed while it was being published (${size} bytes, expected ${record.size}); nothing was published`);
        }
        const digest = `sha256:${record.sha256}`;
        const manifest = (0,oci_manifest/* buildManifest */.u1)(record, this.source);
        try {
            if (await (0,blob_upload/* blobExists */.kQ)(this.client, digest)) {
                await begun?.cancel();
            }
            else if (begun) {
                await begun.finish(digest);
            }
            else {
                this.log.info(`uploading ${file} (${size} bytes) to ${this.uri}`);
                await (0,progress/* withProgress */.E0)(this.log.progress, `uploading ${(0,external_node_path_.basename)(file)}`, size, (progress) => (0,blob_upload/* uploadFile */.QM)(this.client, { file, size, digest, chunkSize: this.chunkSize, progress }));
            }
            await (0,blob_upload/* uploadBytes */.D)(this.client, oci_manifest/* EMPTY_CONFIG_BYTES */.pA);
            // Registries have no "create only": look again just before the tag is written.
            const raced = await this.readTag(tag);
            if (raced)
                return this.same(tag, raced, record);
            await (0,manifest_io/* putManifest */.RV)(this.client, tag, manifest.bytes, oci_manifest/* MANIFEST_MEDIA_TYPE */.SY);
        }
        catch (error) {
            if (error instanceof errors/* OperationError */.OK) {
                throw new errors/* OperationError */.OK(`${error.message}; ${record.app} ${tag} was not published (no tag was written): run the publish again`, { cause: error });
            }
            throw error;
        }
        return { record: { ...record, url: this.reference(tag, manifest.digest) }, created: true };
    }
    async packages(app) {
        const tags = (await listTags(this.client, this.pageSize)).filter(version/* isModelVersion */.y3);
        const read = await (0,async_pool/* mapPool */.P)(tags, 4, async (tag) => ({ tag, tagged: await this.readTag(tag) }));
        const found = [];
        for (const { tag, tagged } of read) {
            if (!tagged)
                continue; // deleted while we listed
            if (tagged.reading.kind === 'package') {
                if (tagged.reading.record.app === app)
                    found.push(tagged.reading);
            }
            else {
                this.log.warning(`${this.uri}: tag ${tag} skipped: ${tagged.reading.why}`);
            }
        }
        return found.sort((a, b) => (0,package_repository/* newestFirst */.l)(a.record, b.record));
    }
    async list(app) {
        return (await this.packages(app)).map((p) => p.record);
    }
    async find(app, version) {
        if (version === 'latest')
            return (await this.packages(app))[0];
        if (!TAG.test(version))
            return undefined;
        const tagged = await this.readTag(version);
        if (tagged?.reading.kind !== 'package' || tagged.reading.record.app !== app)
            return undefined;
        return tagged.reading;
    }
    async get(app, version) {
        return (await this.find(app, version))?.record;
    }
    async download(app, version, dest) {
        const found = await this.find(app, version);
        if (!found) {
            throw new errors/* ConfigurationError */.j1(`${app} ${version} is not in the package repository ${this.uri}`);
        }
        const { record, layer } = found;
        await (0,make_directory/* makeDirectory */.O)((0,external_node_path_.dirname)(dest));
        await (0,promises_.rm)(dest, { force: true });
        const got = await (0,progress/* withProgress */.E0)(this.log.progress, `downloading ${record.app} ${record.version}`, record.size, (progress) => (0,blob_download/* downloadBlob */.W)(this.client, { digest: layer.digest, dest, progress }));
        if (got.sha256 !== record.sha256 || got.size !== record.size) {
            await (0,promises_.rm)(dest, { force: true });
            throw new errors/* ConfigurationError */.j1(`${app} ${record.version} from ${this.uri} arrived with SHA-256 ${got.sha256} (${got.size} bytes), but it was published with ${record.sha256} (${record.size} bytes): the stored package or the transfer was changed; it will not be deployed`);
        }
        return record;
    }
    async delete(app, version) {
        if (this.ref.host.toLowerCase() === 'ghcr.io') {
            throw new errors/* ConfigurationError */.j1(`ghcr.io does not delete through the registry API, so mxdeploy cannot remove ${app} ${version} from ${this.uri}: delete the package version in GitHub (Packages → ${this.ref.repository} → Manage versions) or with the REST API (DELETE /orgs/{org}/packages/container/{name}/versions/{id}), or set a retention policy there`);
        }
        const tagged = TAG.test(version) ? await this.readTag(version) : undefined;
        if (!tagged)
            return;
        const { reading } = tagged;
        if (reading.kind !== 'package' || reading.record.app !== app) {
            throw new errors/* ConfigurationError */.j1(`tag ${version} of ${this.uri} is not a package of ${app}; it was not deleted`);
        }
        // Deleting the manifest by digest removes its tag; blobs stay for the registry's garbage collection.
        const res = await this.client.request({
            method: 'DELETE',
            path: `manifests/${tagged.digest}`,
            actions: 'delete'
        });
        if (res.status === 202 || res.status === 200 || res.status === 404) {
            await res.discard();
            return;
        }
        if (res.status === 405) {
            await res.discard();
            throw new errors/* ConfigurationError */.j1(`registry ${this.ref.host} does not allow deletes, so ${app} ${version} stays in ${this.uri}: enable them (docker-registry: storage.delete.enabled: true)`);
        }
        throw await (0,registry_client/* unexpected */.os)(this.client, res, `DELETE of manifest ${tagged.digest}`);
    }
}


/***/ })

};
