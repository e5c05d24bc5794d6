export const id = 981;
export const ids = [981];
export const modules = {

/***/ 39981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openGitHubReleaseRepository: () => (/* binding */ openGitHubReleaseRepository)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/trace/story-patterns.ts
var story_patterns = __webpack_require__(59050);
// EXTERNAL MODULE: ./src/github/octokit.ts + 4 modules
var octokit = __webpack_require__(77617);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
var dist_src = __webpack_require__(31015);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/mda/version.ts
var mda_version = __webpack_require__(52084);
// EXTERNAL MODULE: ./src/github/permission-error.ts
var permission_error = __webpack_require__(86759);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/github/release-assets.ts







/** Whole-download attempts when the connection drops mid-body (the factory retries the request). */
const DOWNLOAD_ATTEMPTS = 3;
/** True for GitHub's 422 `already_exists` (a second release of a tag, a second asset of a name). */
function alreadyExists(error) {
    if (!(error instanceof dist_src/* RequestError */.G) || error.status !== 422)
        return false;
    const data = error.response?.data;
    return (data?.errors ?? []).some((e) => e.code === 'already_exists');
}
/**
 * Uploads one asset to the release's own `upload_url` (GHES and github.com differ in host), so
 * no uploads host is ever assumed. `data` is a Blob: a file-backed one is streamed from disk and
 * can be sent again when the factory retries.
 */
async function uploadAsset(octokit, release, name, data, contentType) {
    const response = await octokit.request({
        method: 'POST',
        url: release.upload_url,
        name,
        data,
        headers: { 'content-type': contentType },
        // Node's fetch keeps a copy of a streamed body for following redirects, which holds the
        // whole file in memory (nodejs/undici#4058); an upload is never redirected, so it need not.
        request: { redirect: 'error' }
    });
    return response.data;
}
function hashing(hash) {
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            hash.update(chunk);
            done(null, chunk);
        }
    });
}
/** One download of an asset's bytes into `sink`: GitHub answers 302 to storage, fetch follows. */
async function fetchAsset(octokit, repo, asset, sink) {
    const response = await octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
        ...repo,
        asset_id: asset.id,
        headers: { accept: 'application/octet-stream' },
        // The body as a stream: a package can be larger than the memory a runner has to spare.
        request: { parseSuccessResponseBody: false }
    });
    const body = response.data;
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    const count = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            bytes += chunk.length;
            done(null, chunk);
        }
    });
    await (0,external_node_stream_promises_.pipeline)(body ? external_node_stream_.Readable.fromWeb(body) : external_node_stream_.Readable.from([]), count, hashing(hash), sink);
    if (bytes !== asset.size) {
        throw new errors/* OperationError */.OK(`the download ended after ${bytes} of ${asset.size} bytes`);
    }
    return hash.digest('hex');
}
/**
 * Downloads an asset to `dest`, streaming, and returns the SHA-256 of the bytes written. A
 * connection lost mid-body is tried again from the start; `dest` appears only when complete.
 */
async function downloadAsset(octokit, repo, asset, dest) {
    const part = `${dest}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.part`;
    let failure;
    for (let attempt = 1; attempt <= DOWNLOAD_ATTEMPTS; attempt++) {
        try {
            const sha256 = await fetchAsset(octokit, repo, asset, (0,external_node_fs_.createWriteStream)(part, { mode: 0o644 }));
            await (0,promises_.rename)(part, dest);
            return sha256;
        }
        catch (error) {
            await (0,promises_.rm)(part, { force: true });
            // An answer GitHub gave (404, 403…) will not change on a second try; the factory already
            // retried 5xx answers.
            if (error instanceof dist_src/* RequestError */.G)
                throw error;
            failure = error;
        }
    }
    throw new errors/* OperationError */.OK(`downloading release asset ${asset.name} failed ${DOWNLOAD_ATTEMPTS} times: ${(0,errors/* errorMessage */.gJ)(failure)}`);
}
/** SHA-256 of an asset's bytes, downloaded and hashed without keeping them. */
async function hashAsset(octokit, repo, asset) {
    const discard = new external_node_stream_.Writable({ write: (_chunk, _encoding, done) => done() });
    return fetchAsset(octokit, repo, asset, discard);
}
/**
 * Whether an uploaded asset holds exactly these bytes: by GitHub's `digest` when it gives one,
 * else by downloading and hashing the asset (older GHES has no digests).
 */
async function assetHolds(octokit, repo, asset, sha256, size) {
    if (asset.state !== 'uploaded' || asset.size !== size)
        return false;
    if (asset.digest)
        return asset.digest === `sha256:${sha256}`;
    return (await hashAsset(octokit, repo, asset)) === sha256;
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/repository/record-shape.ts
var record_shape = __webpack_require__(75731);
// EXTERNAL MODULE: ./src/trace/extract-stories.ts
var extract_stories = __webpack_require__(52308);
;// CONCATENATED MODULE: ./src/github/release-notes.ts




/** Opens the machine-readable block: an HTML comment, so it does not show on the release page. */
const BLOCK_START = '<!-- mxdeploy:package v1';
// The JSON is one line; a body edited on github.com comes back with CRLF line ends.
const BLOCK = /<!-- mxdeploy:package v1\r?\n([^\r\n]*)\r?\n-->/;
/** Stories shown as a list; every one is in the record block whatever the count. */
const SHOWN_STORIES = 100;
/** The release of a package: `<app>-v<version>`. */
function releaseTag(app, version) {
    return `${app}-v${version}`;
}
/** The link of a story ID, from the first pattern that matches the whole ID and has a url. */
function storyLink(id, context) {
    const ref = (0,extract_stories/* extractStories */.f)(id, context.patterns, context.links).find((r) => r.id === id);
    return ref?.url ?? undefined;
}
function commitLine(commit, links) {
    if (!commit)
        return 'unknown';
    if (!/^[0-9a-f]{7,64}$/.test(commit))
        return (0,report_escape/* markdownText */.p7)(commit, 80);
    const server = links.server ?? 'https://github.com';
    const url = links.repository ? `${server}/${links.repository}/commit/${commit}` : undefined;
    return (0,report_escape/* markdownLink */.iQ)(commit.slice(0, 12), url);
}
/**
 * The record as one line of JSON inside an HTML comment. `<`, `>` and the line separators that
 * JSON leaves raw are written as escapes, so no text from a commit can close the comment, open
 * HTML or break the line.
 */
function recordBlock(record) {
    const json = JSON.stringify(record).replace(/[<>\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `${BLOCK_START}\n${json}\n-->`;
}
/**
 * The notes of a package's release: its facts and stories as plain lists (untrusted text
 * escaped, stories linked where a pattern gives a link), then the record for `list` and `get`.
 */
function releaseNotes(record, context) {
    const size = `${record.size.toLocaleString('en-US')} bytes`;
    const facts = [
        ['Version', (0,report_escape/* markdownText */.p7)(record.version)],
        ['SHA-256', `\`${record.sha256}\``],
        ['Size', size],
        ['Runtime version', (0,report_escape/* markdownText */.p7)(record.runtimeVersion, 40)],
        ['Model version', (0,report_escape/* markdownText */.p7)(record.modelVersion, 40)],
        ['Commit', commitLine(record.commit, context.links)],
        ['Branch', record.branch ? (0,report_escape/* markdownText */.p7)(record.branch, 200) : 'unknown'],
        ['Created by', (0,report_escape/* markdownText */.p7)(record.createdBy, 100)],
        ['Created at', (0,report_escape/* markdownText */.p7)(record.createdAt)]
    ];
    const lines = [
        `Mendix deployment package ${(0,report_escape/* markdownText */.p7)(record.app)} ${(0,report_escape/* markdownText */.p7)(record.version)}, published by mxdeploy.`,
        '',
        ...facts.map(([name, value]) => `- **${name}:** ${value}`),
        '',
        `### Stories (${record.stories.length})`,
        ''
    ];
    if (record.stories.length === 0)
        lines.push('None named.');
    for (const id of record.stories.slice(0, SHOWN_STORIES)) {
        lines.push(`- ${(0,report_escape/* markdownLink */.iQ)(id, storyLink(id, context), 100)}`);
    }
    if (record.stories.length > SHOWN_STORIES) {
        lines.push(`- … and ${record.stories.length - SHOWN_STORIES} more`);
    }
    lines.push('', recordBlock(record), '');
    return lines.join('\n');
}
/**
 * The record kept in a release's notes, or undefined when the notes hold none (a release that
 * mxdeploy did not make). A block that is there but damaged is a ConfigurationError.
 */
function recordFromNotes(body, tag) {
    const match = BLOCK.exec(body ?? '');
    if (!match)
        return undefined;
    let value;
    try {
        value = JSON.parse(match[1]);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`release ${tag}: the package record in its notes is not JSON (${error.message}); it was edited by hand`);
    }
    return (0,record_shape/* checkRecord */.E)(value, `release ${tag}: the package record in its notes`);
}

;// CONCATENATED MODULE: ./src/github/release-repository.ts











// The app name as mxdeploy.yml allows it: it is part of tags and asset names.
const APP = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
const READ = 'contents: read';
const WRITE = 'contents: write';
function assetName(app, version) {
    return `${app}_${version}.mda`;
}
function checkApp(app) {
    if (!APP.test(app) || app.includes('..')) {
        throw new errors/* ConfigurationError */.j1(`app name "${app}" cannot be part of a release tag (<app>-v<version>): use letters, digits, ".", "_" and "-" (at most 63), starting with a letter or digit`);
    }
}
/** The tag of a package, refusing names git or GitHub would not take. */
function tagFor(app, version) {
    checkApp(app);
    if (!(0,mda_version/* isModelVersion */.y3)(version)) {
        throw new errors/* ConfigurationError */.j1(`"${version}" is not a four-part package version such as 1.2.0.15`);
    }
    return releaseTag(app, version);
}
function notFound(error) {
    return error instanceof dist_src/* RequestError */.G && error.status === 404;
}
/**
 * Packages as GitHub releases, one per package: tag `<app>-v<version>` on the package's commit,
 * assets `<app>_<version>.mda` and its `.sha256`, notes that list the facts and stories and keep
 * the record (so listing never downloads an asset). A release is made as a draft and published
 * only once its assets are complete, which also suits immutable releases; a rerun resumes the
 * draft. A published release is never changed.
 */
class GitHubReleaseRepository {
    options;
    uri = 'github-release';
    octokit;
    ref;
    fullName;
    log;
    constructor(options) {
        this.options = options;
        const [owner = '', repo = ''] = options.repository.split('/');
        this.octokit = options.octokit;
        this.ref = { owner, repo };
        this.fullName = options.repository;
        this.log = options.log ?? log/* silentLogger */.q;
    }
    /** Runs a GitHub call, a 403 (or an unexpected 404) becoming the permission the job lacks. */
    async call(permission, doing, work) {
        try {
            return await work();
        }
        catch (error) {
            throw (0,permission_error/* permissionError */.e)(error, permission, `${doing} in ${this.fullName}`);
        }
    }
    /** The published release of a tag (drafts have no tag yet, so GitHub does not find them). */
    async byTag(tag, permission) {
        return this.call(permission, `read release ${tag}`, async () => {
            try {
                return (await this.octokit.rest.repos.getReleaseByTag({ ...this.ref, tag })).data;
            }
            catch (error) {
                if (notFound(error))
                    return undefined;
                throw error;
            }
        });
    }
    /** A draft of the tag left by an earlier attempt: found by listing, newest first. */
    async draftByTag(tag) {
        return this.call(WRITE, 'list releases', async () => {
            const pages = this.octokit.paginate.iterator(this.octokit.rest.repos.listReleases, {
                ...this.ref,
                per_page: 100
            });
            for await (const page of pages) {
                const draft = page.data.find((r) => r.draft && r.tag_name === tag);
                if (draft)
                    return draft;
            }
            return undefined;
        });
    }
    /** The record a release's notes keep, its URL the asset's; undefined if mxdeploy did not make it. */
    recordOf(release) {
        const stored = recordFromNotes(release.body, release.tag_name);
        if (!stored)
            return undefined;
        if (releaseTag(stored.app, stored.version) !== release.tag_name) {
            throw new errors/* ConfigurationError */.j1(`release ${release.tag_name} in ${this.fullName} keeps the record of ${stored.app} ${stored.version}, not of its tag: its notes were edited by hand`);
        }
        const asset = release.assets.find((a) => a.name === assetName(stored.app, stored.version));
        return { ...stored, url: asset?.browser_download_url ?? stored.url };
    }
    async publish({ file, record }) {
        const tag = tagFor(record.app, record.version);
        const published = await this.byTag(tag, WRITE);
        if (published)
            return this.alreadyPublished(published, record.sha256);
        const commit = record.commit ?? this.options.defaultCommit;
        if (!commit) {
            throw new errors/* ConfigurationError */.j1(`${record.app} ${record.version} names no commit, and a release tags one: build the package in a git checkout (its manifest then records the commit) or set GITHUB_SHA`);
        }
        const name = assetName(record.app, record.version);
        const { server = 'https://github.com' } = this.options.notes.links;
        const full = {
            ...record,
            url: `${server}/${this.fullName}/releases/download/${encodeURIComponent(tag)}/${name}`
        };
        const body = releaseNotes(full, this.options.notes);
        let release = await this.draftByTag(tag);
        if (release)
            this.log.info(`resuming the draft release ${tag} left by an earlier attempt`);
        else {
            const created = await this.createDraft(tag, commit, `${record.app} ${record.version}`, body);
            if (!created.draft)
                return this.alreadyPublished(created, record.sha256);
            release = created;
        }
        await this.uploadAssets(release, file, full);
        const done = await this.call(WRITE, `publish release ${tag}`, async () => {
            try {
                const { data } = await this.octokit.rest.repos.updateRelease({
                    ...this.ref,
                    release_id: release.id,
                    target_commitish: commit,
                    name: `${record.app} ${record.version}`,
                    body,
                    draft: false
                });
                return data;
            }
            catch (error) {
                throw this.badTarget(error, commit) ?? error;
            }
        });
        this.log.info(`published release ${tag} on commit ${commit}`);
        return { record: this.recordOf(done) ?? full, created: true };
    }
    /** GitHub's 422 for a target it does not have, as what to do about it. */
    badTarget(error, commit) {
        if (!(error instanceof dist_src/* RequestError */.G) || error.status !== 422)
            return undefined;
        const data = error.response?.data;
        if (!(data?.errors ?? []).some((e) => e.field === 'target_commitish'))
            return undefined;
        return new errors/* ConfigurationError */.j1(`commit ${commit}, which the package was built from, is not in ${this.fullName}: push it, then publish again (the release stays a draft until then)`);
    }
    async createDraft(tag, commit, name, body) {
        return this.call(WRITE, `create release ${tag}`, async () => {
            try {
                const { data } = await this.octokit.rest.repos.createRelease({
                    ...this.ref,
                    tag_name: tag,
                    target_commitish: commit,
                    name,
                    body,
                    draft: true
                });
                this.log.info(`created the draft release ${tag}`);
                return data;
            }
            catch (error) {
                // Another publisher made it meanwhile: take what is there.
                if (!alreadyExists(error))
                    throw this.badTarget(error, commit) ?? error;
                const other = (await this.byTag(tag, WRITE)) ?? (await this.draftByTag(tag));
                if (!other)
                    throw error;
                return other;
            }
        });
    }
    alreadyPublished(release, sha256) {
        const tag = release.tag_name;
        const stored = this.recordOf(release);
        if (!stored) {
            throw new errors/* ConfigurationError */.j1(`release ${tag} already exists in ${this.fullName} and was not made by mxdeploy (its notes hold no package record): delete it, or build with another version`);
        }
        if (stored.sha256 !== sha256) {
            throw new errors/* ConfigurationError */.j1(`${stored.app} ${stored.version} is already published with other content (SHA-256 ${stored.sha256}, this package ${sha256}) as release ${tag} in ${this.fullName}; published packages are never overwritten: build with a new version or build number`);
        }
        const name = assetName(stored.app, stored.version);
        if (!release.assets.some((a) => a.name === name)) {
            throw new errors/* ConfigurationError */.j1(`release ${tag} in ${this.fullName} is published but has no asset ${name}: it was removed by hand; delete the release (and its tag) to publish again`);
        }
        return { record: stored, created: false };
    }
    /**
     * Uploads what the draft lacks: an asset already there with the same bytes is kept, one with
     * other bytes (an earlier attempt's) is replaced, which is allowed only because it is a draft.
     */
    async uploadAssets(release, file, record) {
        const name = assetName(record.app, record.version);
        const { size } = await (0,promises_.stat)(file);
        if (size !== record.size) {
            throw new errors/* ConfigurationError */.j1(`${file} changed while it was being published (${size} bytes, expected ${record.size})`);
        }
        const sidecar = `${record.sha256}  ${name}\n`;
        const wanted = [
            { name, sha256: record.sha256, size, type: 'application/zip', data: () => (0,external_node_fs_.openAsBlob)(file) },
            {
                name: `${name}.sha256`,
                sha256: (0,external_node_crypto_.createHash)('sha256').update(sidecar).digest('hex'),
                size: Buffer.byteLength(sidecar),
                type: 'text/plain',
                data: () => Promise.resolve(new Blob([sidecar]))
            }
        ];
        for (const asset of wanted) {
            const doing = `upload ${asset.name} to release ${release.tag_name}`;
            await this.call(WRITE, doing, async () => {
                const present = release.assets.find((a) => a.name === asset.name);
                if (present) {
                    if (await assetHolds(this.octokit, this.ref, present, asset.sha256, asset.size))
                        return;
                    this.log.info(`replacing ${asset.name} of the draft ${release.tag_name}: other bytes`);
                    await this.octokit.rest.repos.deleteReleaseAsset({ ...this.ref, asset_id: present.id });
                }
                let uploaded;
                try {
                    uploaded = await uploadAsset(this.octokit, release, asset.name, await asset.data(), asset.type);
                }
                catch (error) {
                    if (!alreadyExists(error))
                        throw error;
                    // The upload took effect but its answer was lost; the retry met the asset it made.
                    const { data } = await this.octokit.rest.repos.listReleaseAssets({
                        ...this.ref,
                        release_id: release.id,
                        per_page: 100
                    });
                    const made = data.find((a) => a.name === asset.name);
                    if (made && (await assetHolds(this.octokit, this.ref, made, asset.sha256, asset.size)))
                        return;
                    throw new errors/* OperationError */.OK(`${asset.name} was uploaded to the draft ${release.tag_name} by someone else meanwhile: publish again`);
                }
                if (uploaded.digest && uploaded.digest !== `sha256:${asset.sha256}`) {
                    throw new errors/* ConfigurationError */.j1(`${asset.name} arrived with ${uploaded.digest}, not sha256:${asset.sha256}: ${file} changed while it was uploaded; the release stays a draft`);
                }
            });
        }
    }
    /** The app's published releases with their records, newest first. */
    async entries(app) {
        checkApp(app);
        const tag = new RegExp(`^${app.replace(/\./g, '\\.')}-v\\d+\\.\\d+\\.\\d+\\.\\d+$`);
        const found = [];
        await this.call(READ, 'list releases', async () => {
            const pages = this.octokit.paginate.iterator(this.octokit.rest.repos.listReleases, {
                ...this.ref,
                per_page: 100
            });
            for await (const page of pages) {
                for (const release of page.data) {
                    if (release.draft || !tag.test(release.tag_name))
                        continue;
                    try {
                        const record = this.recordOf(release);
                        if (record?.app === app)
                            found.push({ release, record });
                    }
                    catch (error) {
                        // One release edited by hand must not hide the others.
                        this.log.warning(`skipping release ${release.tag_name}: ${error.message}`);
                    }
                }
            }
        });
        return found.sort((a, b) => b.record.createdAt.localeCompare(a.record.createdAt) ||
            (0,mda_version/* compareVersions */.Zy)(b.record.version, a.record.version));
    }
    async find(app, version) {
        if (version === 'latest')
            return (await this.entries(app))[0];
        const release = await this.byTag(tagFor(app, version), READ);
        const record = release && this.recordOf(release);
        return release && record ? { release, record } : undefined;
    }
    async list(app) {
        return (await this.entries(app)).map((entry) => entry.record);
    }
    async get(app, version) {
        return (await this.find(app, version))?.record;
    }
    async download(app, version, dest) {
        const found = await this.find(app, version);
        if (!found) {
            throw new errors/* ConfigurationError */.j1(`${app} ${version} is not published as a release in ${this.fullName} (repository github-release)`);
        }
        const { release, record } = found;
        const name = assetName(record.app, record.version);
        const asset = release.assets.find((a) => a.name === name);
        if (!asset) {
            throw new errors/* ConfigurationError */.j1(`release ${release.tag_name} in ${this.fullName} has no asset ${name}: it was removed by hand`);
        }
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(dest), { recursive: true });
        await (0,promises_.rm)(dest, { force: true });
        const sha256 = await this.call(READ, `download ${name}`, () => downloadAsset(this.octokit, this.ref, asset, dest));
        if (sha256 !== record.sha256) {
            await (0,promises_.rm)(dest, { force: true });
            throw new errors/* ConfigurationError */.j1(`${app} ${record.version} in release ${release.tag_name} of ${this.fullName} has SHA-256 ${sha256}, but it was published with ${record.sha256}: the asset was changed; it will not be deployed`);
        }
        return record;
    }
    async delete(app, version) {
        const tag = tagFor(app, version);
        const release = (await this.byTag(tag, WRITE)) ?? (await this.draftByTag(tag));
        await this.call(WRITE, `delete release ${tag}`, async () => {
            if (release)
                await this.octokit.rest.repos.deleteRelease({ ...this.ref, release_id: release.id });
            try {
                // GitHub keeps the tag of a deleted release; a pruned package goes completely.
                await this.octokit.rest.git.deleteRef({ ...this.ref, ref: `tags/${tag}` });
            }
            catch (error) {
                // 422 "Reference does not exist": nothing left to remove.
                if (!(error instanceof dist_src/* RequestError */.G) || ![404, 422].includes(error.status))
                    throw error;
            }
        });
    }
}

;// CONCATENATED MODULE: ./src/github/open-release-repository.ts




/**
 * The `github-release` repository of the environment: the token from GITHUB_TOKEN (else
 * GH_TOKEN), the repository from GITHUB_REPOSITORY, the API from GITHUB_API_URL (GHES too).
 */
function openGitHubReleaseRepository(env, context = {}) {
    const token = env['GITHUB_TOKEN'] || env['GH_TOKEN'];
    if (!token) {
        throw new errors/* ConfigurationError */.j1('repository github-release needs a GitHub token: set GITHUB_TOKEN or GH_TOKEN (in a workflow, the publish action passes its github-token input)');
    }
    const repository = env['GITHUB_REPOSITORY'] ?? '';
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) {
        throw new errors/* ConfigurationError */.j1(`repository github-release needs the GitHub repository that holds the releases: set GITHUB_REPOSITORY=owner/name${repository ? ` (it is "${repository}")` : ''}`);
    }
    context.log?.secret(token);
    const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
    return new GitHubReleaseRepository({
        octokit: (0,octokit/* createOctokit */.Q)({
            token,
            baseUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
            ...(context.log ? { logger: context.log } : {})
        }),
        repository,
        defaultCommit: env['GITHUB_SHA'] || undefined,
        notes: {
            patterns: (0,story_patterns/* compileStoryPatterns */.Y9)(context.storyPatterns),
            links: { server, repository }
        },
        ...(context.log ? { log: context.log } : {})
    });
}


/***/ }),

/***/ 25625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
const silentLogger = {
    info: () => undefined,
    warning: () => undefined,
    error: () => undefined,
    secret: () => undefined
};


/***/ }),

/***/ 75731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ checkRecord)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

function isText(value) {
    return typeof value === 'string';
}
/**
 * A stored package record (record.json, a release's notes) checked field by field: a record that
 * lies about its shape is refused. `where` names it in messages ("artifact x: record.json").
 */
function checkRecord(value, where) {
    const wrong = (field) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where} has no valid "${field}"`);
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw wrong('app');
    const fields = value;
    for (const field of [
        'app',
        'version',
        'runtimeVersion',
        'modelVersion',
        'createdAt',
        'createdBy',
        'url'
    ]) {
        if (!isText(fields[field]))
            throw wrong(field);
    }
    if (!isText(fields['sha256']) || !/^[0-9a-f]{64}$/.test(fields['sha256']))
        throw wrong('sha256');
    if (typeof fields['size'] !== 'number' || !Number.isSafeInteger(fields['size']))
        throw wrong('size');
    for (const field of ['commit', 'branch']) {
        if (fields[field] !== null && !isText(fields[field]))
            throw wrong(field);
    }
    const stories = fields['stories'] ?? [];
    if (!Array.isArray(stories) || !stories.every(isText))
        throw wrong('stories');
    return { ...fields, stories };
}


/***/ }),

/***/ 52308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ extractStories),
/* harmony export */   l: () => (/* binding */ scanStories)
/* harmony export */ });
/* harmony import */ var _story_patterns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59050);

// Items of a trailer list ("Stories: 12, 34 and 56"): split on commas, semicolons and blanks;
// an item without a digit ("and") is a word, not an ID.
const LIST_SEPARATOR = /[\s,;]+/;
const HAS_DIGIT = /[0-9]/;
function collect(message, pattern, order, hits) {
    const regex = pattern.regex;
    regex.lastIndex = 0;
    for (let match = regex.exec(message); match !== null; match = regex.exec(message)) {
        if (match[0] === '') {
            regex.lastIndex++; // a pattern that can match nothing must still move on
            continue;
        }
        const groups = match.groups;
        const list = groups?.['ids'];
        if (list !== undefined) {
            let offset = match.index;
            for (const item of list.split(LIST_SEPARATOR)) {
                const id = item.replace(/^[([]+|[.)\]]+$/g, '');
                if (!HAS_DIGIT.test(id))
                    continue;
                const at = message.indexOf(item, offset);
                offset = at + item.length;
                hits.push({ id, index: at, order, pattern, groups: undefined });
            }
            continue;
        }
        const id = groups?.['id'] ?? match[1] ?? match[0];
        if (id !== '')
            hits.push({ id, index: match.index, order, pattern, groups });
    }
}
/**
 * Every story ID of one commit message, in the order they appear, each once, passed to `visit`
 * (no result array: this runs for every commit of a range). When two patterns find the same ID
 * the first keeps it, and it takes a link from a later one if it had none. Returns the count.
 */
function scanStories(message, patterns, context, visit) {
    const hits = [];
    for (let order = 0; order < patterns.length; order++) {
        const pattern = patterns[order];
        // A cheap substring test spares running the regex over most messages.
        if (pattern.requires !== undefined && !message.includes(pattern.requires))
            continue;
        collect(message, pattern, order, hits);
    }
    if (hits.length === 0)
        return 0;
    if (hits.length === 1) {
        const [hit] = hits;
        visit(hit.id, hit.pattern.name, (0,_story_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .storyUrl */ .Tg)(hit.pattern.url, hit.id, hit.groups, context) ?? null);
        return 1;
    }
    hits.sort((a, b) => a.index - b.index || a.order - b.order);
    let found = 0;
    for (let i = 0; i < hits.length; i++) {
        const hit = hits[i];
        let seen = false;
        for (let j = 0; j < i && !seen; j++)
            seen = hits[j].id === hit.id;
        if (seen)
            continue;
        // Links are built only for the hit that keeps an ID, or the later ones while it has none.
        let url;
        for (let j = i; j < hits.length && url === undefined; j++) {
            const other = hits[j];
            if (other.id === hit.id)
                url = (0,_story_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .storyUrl */ .Tg)(other.pattern.url, other.id, other.groups, context);
        }
        visit(hit.id, hit.pattern.name, url ?? null);
        found++;
    }
    return found;
}
/** The stories of one commit message as a list (see `scanStories`). */
function extractStories(message, patterns, context = {}) {
    const refs = [];
    scanStories(message, patterns, context, (id, tracker, url) => refs.push({ id, tracker, url }));
    return refs;
}


/***/ })

};
