export const id = 962;
export const ids = [962];
export const modules = {

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ booleanValue),
/* harmony export */   r: () => (/* binding */ stringValue)
/* harmony export */ });
/** A string flag's value, or undefined when it was not given (never ''). */
function stringValue(context, name) {
    const value = context.values[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function booleanValue(context, name) {
    return context.values[name] === true;
}


/***/ }),

/***/ 80177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildCommand: () => (/* binding */ buildCommand)
/* harmony export */ });
/* harmony import */ var _build_build_package_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41177);
/* harmony import */ var _build_stories_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97698);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3567);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96719);




const buildCommand = {
    name: 'build',
    summary: 'Build a deployment package (MDA) from a Mendix deployment folder, or from a .mpr with MxBuild.',
    usage: 'build (--deployment-dir DIR | --project App.mpr [--mxbuild PATH] [--java-home DIR]) --version X.Y.Z[.B] [--out FILE]',
    options: {
        'deployment-dir': {
            type: 'string',
            value: 'DIR',
            description: 'Mendix deployment folder (model/, web/, native/)'
        },
        project: {
            type: 'string',
            value: 'FILE',
            description: 'Mendix app file (.mpr), built with MxBuild'
        },
        version: {
            type: 'string',
            value: 'X.Y.Z[.B]',
            description: 'package version; a build number is appended to X.Y.Z'
        },
        'build-number': {
            type: 'string',
            value: 'N',
            description: 'build number for X.Y.Z versions (default: GITHUB_RUN_NUMBER, else 0)'
        },
        out: {
            type: 'string',
            value: 'FILE',
            description: 'where to write the MDA (default: <app>_<version>.mda)'
        },
        app: {
            type: 'string',
            value: 'NAME',
            description: "app name in the manifest (default: mxdeploy.yml's app, else the project's name)"
        },
        mxbuild: {
            type: 'string',
            value: 'PATH',
            description: "--project: the mxbuild program or an unpacked MxBuild's folder (default: cached, else downloaded)"
        },
        'mxbuild-cache': {
            type: 'string',
            value: 'DIR',
            description: '--project: where downloaded MxBuild versions are kept (default: MXDEPLOY_MXBUILD_CACHE, else ~/.cache/mxdeploy/mxbuild)'
        },
        'java-home': {
            type: 'string',
            value: 'DIR',
            description: '--project: the JDK MxBuild uses (default: JAVA_HOME)'
        },
        'java-exe-path': {
            type: 'string',
            value: 'FILE',
            description: '--project: the java program (default: <java-home>/bin/java)'
        },
        config: {
            type: 'string',
            value: 'FILE',
            description: 'mxdeploy.yml with the story patterns and the package repository (default: ./mxdeploy.yml if present)'
        },
        repository: {
            type: 'string',
            value: 'URI',
            description: "where the previous package is looked for: the manifest lists the stories of the commits since it (default: mxdeploy.yml's, else the newest <app>-v* tag)"
        }
    },
    async run(context) {
        const source = {
            deploymentDir: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r)(context, 'deployment-dir'),
            project: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r)(context, 'project'),
            app: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r)(context, 'app')
        };
        const { stories, app } = await (0,_build_stories_js__WEBPACK_IMPORTED_MODULE_1__/* .cliBuildStories */ .m_)(context, source);
        const result = await (0,_build_build_package_js__WEBPACK_IMPORTED_MODULE_0__/* .buildPackage */ .P)({
            deploymentDir: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r)(context, 'deployment-dir'),
            project: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r)(context, 'project'),
            version: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r)(context, 'version') ?? '',
            buildNumber: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r)(context, 'build-number'),
            out: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r)(context, 'out'),
            app,
            ...(stories ? { stories } : {}),
            mxbuild: {
                path: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r)(context, 'mxbuild'),
                cacheDir: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r)(context, 'mxbuild-cache'),
                javaHome: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r)(context, 'java-home'),
                javaExePath: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r)(context, 'java-exe-path')
            },
            cwd: context.io.cwd,
            env: context.io.env,
            log: context.log
        });
        const json = {
            path: result.path,
            app: result.manifest.app,
            version: result.version,
            runtimeVersion: result.metadata.runtimeVersion,
            ...(result.mendixVersion ? { mendixVersion: result.mendixVersion } : {}),
            sha256: result.sha256,
            size: result.size,
            entries: result.entries,
            manifest: result.manifest
        };
        const text = `built ${result.path}\n${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .keyValues */ .K7)([
            ['app', result.manifest.app],
            ['version', result.version],
            ['runtime', result.metadata.runtimeVersion],
            ...(result.mendixVersion ? [['mxbuild', result.mendixVersion]] : []),
            ['entries', String(result.entries)],
            ['size', (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(result.size)],
            ['sha256', result.sha256],
            ['commit', result.manifest.commit ?? '(unknown)'],
            ['stories', result.manifest.stories.join(', ') || '(none)']
        ])}`;
        return { json, text };
    }
};


/***/ }),

/***/ 27768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Writes a file so readers see the old content or the new, never a mix: a temp file beside it,
 * fsynced, renamed over it.
 */
async function writeFileAtomic(path, data, mode = 0o644) {
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'w', mode);
    try {
        await handle.writeFile(data);
        await handle.sync();
    }
    catch (error) {
        await handle.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
    await handle.close();
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
}


/***/ }),

/***/ 36577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ withLock)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);





function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoCode */ .UK)(error) === 'EPERM';
    }
}
async function readOwner(path) {
    try {
        const [text, info] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8'), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path)]);
        try {
            return { owner: JSON.parse(text), mtimeMs: info.mtimeMs };
        }
        catch {
            return { mtimeMs: info.mtimeMs }; // created, not yet written
        }
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoCode */ .UK)(error) === 'ENOENT')
            return undefined;
        throw error;
    }
}
/**
 * Whether a lock is abandoned: its holder on this host is gone, or, for a holder elsewhere, it is
 * older than `staleMs`. A live holder on this host keeps its lock however long it takes (a
 * Mendix Cloud deployment may take half an hour).
 */
function isStale(found, staleMs) {
    const { owner } = found;
    if (owner?.host === (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)() && typeof owner.pid === 'number')
        return !processAlive(owner.pid);
    const since = owner ? Date.parse(owner.since) : found.mtimeMs;
    return Date.now() - (Number.isNaN(since) ? found.mtimeMs : since) > staleMs;
}
async function tryCreate(path, content) {
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'wx');
        try {
            await handle.writeFile(content);
        }
        finally {
            await handle.close();
        }
        return true;
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoCode */ .UK)(error) === 'EEXIST')
            return false;
        throw error;
    }
}
/**
 * Removes an abandoned lock. Only one process at a time may do so (a second O_EXCL file guards
 * it), and it re-checks under that guard, so a lock just taken by a live process is never removed.
 */
async function breakStaleLock(path, seen, staleMs) {
    const guard = `${path}.break`;
    if (!(await tryCreate(guard, String(process.pid)))) {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(guard).catch(() => undefined);
        if (info && Date.now() - info.mtimeMs > 30_000)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(guard, { force: true });
        return false;
    }
    try {
        const now = await readOwner(path);
        if (now && now.owner?.token === seen?.token && isStale(now, staleMs))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(path, { force: true });
        return true;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(guard, { force: true });
    }
}
/**
 * Runs `work` holding an exclusive lock: a file created with O_EXCL that names its holder.
 * A lock left by a process that died is taken over; the lock is released only by its holder.
 */
async function withLock(path, work, options = {}) {
    const staleMs = options.staleMs ?? 10 * 60_000;
    const deadline = Date.now() + (options.timeoutMs ?? 30_000);
    const me = {
        token: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12).toString('hex'),
        pid: process.pid,
        host: (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)(),
        since: ''
    };
    let wait = 2;
    for (;;) {
        me.since = new Date().toISOString();
        if (await tryCreate(path, JSON.stringify(me)))
            break;
        const found = await readOwner(path);
        if (found && isStale(found, staleMs) && (await breakStaleLock(path, found.owner, staleMs)))
            continue;
        if (Date.now() > deadline) {
            const holder = found?.owner
                ? ` (process ${found.owner.pid} on ${found.owner.host}, since ${found.owner.since})`
                : '';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OperationError */ .OK(`${options.what ?? path} is locked by another mxdeploy process${holder}; wait for it to finish, or remove ${path} if no mxdeploy runs there`);
        }
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_3__.setTimeout)(wait + Math.random() * wait);
        wait = Math.min(wait * 2, 250);
    }
    try {
        return await work();
    }
    finally {
        const found = await readOwner(path);
        if (found?.owner?.token === me.token)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(path).catch(() => undefined);
    }
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

/***/ 52084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ modelVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   y3: () => (/* binding */ isModelVersion)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

const PART = '(0|[1-9][0-9]{0,9})';
const THREE = new RegExp(`^${PART}\\.${PART}\\.${PART}$`);
const FOUR = new RegExp(`^${PART}\\.${PART}\\.${PART}\\.${PART}$`);
const INT_MAX = 2 ** 31 - 1;
function checkRange(version) {
    if (version.split('.').some((part) => Number(part) > INT_MAX)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`version "${version}" has a part larger than ${INT_MAX}`);
    }
}
/** Whether `version` is a four-part Mendix model version such as 1.2.0.15. */
function isModelVersion(version) {
    return FOUR.test(version);
}
/**
 * The four-part Mendix model version (major.minor.patch.build) for a `--version` and build number:
 * `1.2.0` with build 15 gives `1.2.0.15`; a four-part version is taken as it is. `fallback` (the
 * run number) applies to three-part versions only; an explicit build number that contradicts a
 * four-part version is refused.
 */
function modelVersion(version, buildNumber, fallback) {
    const trimmed = version.trim();
    if (FOUR.test(trimmed)) {
        if (buildNumber !== undefined && buildNumber !== trimmed.split('.')[3]) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`version "${trimmed}" already has a build number; give a three-part version with --build-number, or drop --build-number`);
        }
        checkRange(trimmed);
        return trimmed;
    }
    if (!THREE.test(trimmed)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`version "${version}" is not a Mendix version: use major.minor.patch (1.2.0) or major.minor.patch.build (1.2.0.15)`);
    }
    const build = (buildNumber ?? fallback ?? '0').trim();
    if (!/^(0|[1-9][0-9]{0,9})$/.test(build)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`build number "${build}" is not a non-negative whole number`);
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


/***/ }),

/***/ 94914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ openRepository)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/fs/atomic-write.ts
var atomic_write = __webpack_require__(27768);
// EXTERNAL MODULE: ./src/fs/file-lock.ts
var file_lock = __webpack_require__(36577);
// EXTERNAL MODULE: ./src/repository/package-repository.ts
var package_repository = __webpack_require__(57525);
;// CONCATENATED MODULE: ./src/repository/file-repository.ts










const INDEX = 'index.json';
/**
 * Copies a file while hashing it and returns the SHA-256 of what was copied. A durable copy (one
 * that goes into the repository) is fsynced; a download for staging need not be.
 */
async function copyHashed(from, to, mode, durable) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const tap = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            hash.update(chunk);
            done(null, chunk);
        }
    });
    const out = (0,external_node_fs_.createWriteStream)(to, { flags: 'wx', mode });
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(from, { highWaterMark: 1 << 20 }), tap, out);
    if (durable) {
        const handle = await (0,promises_.open)(to, 'r');
        await handle.sync();
        await handle.close();
    }
    return hash.digest('hex');
}
/**
 * The embedded default repository: a folder with one sub-folder per package
 * (`<app>/<version>/<app>_<version>.mda`, its `.sha256` and `record.json`) and an index per app.
 * A package folder appears by an atomic rename once complete, the index is rewritten atomically
 * under a lock, so two publishers at once never corrupt it. Nothing is ever overwritten.
 */
class FileRepository {
    root;
    uri;
    constructor(root) {
        this.root = root;
        this.root = (0,external_node_path_.resolve)(root);
        this.uri = `file:${this.root}`;
    }
    appDir(app) {
        return (0,external_node_path_.join)(this.root, app);
    }
    versionDir(app, version) {
        return (0,external_node_path_.join)(this.appDir(app), version);
    }
    fileName(app, version) {
        return `${app}_${version}.mda`;
    }
    async publish({ file, record }) {
        const appDir = this.appDir(record.app);
        await (0,promises_.mkdir)(appDir, { recursive: true });
        const existing = await this.readRecord(record.app, record.version);
        if (existing)
            return this.same(existing, record.sha256);
        const staging = (0,external_node_path_.join)(appDir, `.publish-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        await (0,promises_.mkdir)(staging);
        try {
            const name = this.fileName(record.app, record.version);
            // Read-only: a published package is never changed in place.
            const copied = await copyHashed(file, (0,external_node_path_.join)(staging, name), 0o444, true);
            if (copied !== record.sha256) {
                throw new errors/* ConfigurationError */.j1(`${file} changed while it was being published (SHA-256 ${copied}, expected ${record.sha256})`);
            }
            const full = {
                ...record,
                url: (0,external_node_path_.join)(this.versionDir(record.app, record.version), name)
            };
            await (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.join)(staging, `${name}.sha256`), `${record.sha256}  ${name}\n`);
            await (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.join)(staging, 'record.json'), `${JSON.stringify(full, null, 2)}\n`);
            return await (0,file_lock/* withLock */.k)((0,external_node_path_.join)(appDir, '.lock'), async () => {
                try {
                    await (0,promises_.rename)(staging, this.versionDir(record.app, record.version));
                }
                catch (error) {
                    const code = (0,errors/* errnoCode */.UK)(error);
                    if (code !== 'ENOTEMPTY' && code !== 'EEXIST')
                        throw error;
                    // Another publisher won the race for this version.
                    const winner = await this.readRecord(record.app, record.version);
                    if (!winner)
                        throw error;
                    return this.same(winner, record.sha256);
                }
                await this.writeIndex(record.app);
                return { record: full, created: true };
            }, { what: `package repository ${this.root}` });
        }
        finally {
            await (0,promises_.rm)(staging, { recursive: true, force: true });
        }
    }
    same(existing, sha256) {
        if (existing.sha256 !== sha256) {
            throw new errors/* ConfigurationError */.j1(`${existing.app} ${existing.version} is already published with other content (SHA-256 ${existing.sha256}, this package ${sha256}); published packages are never overwritten: build with a new version or build number`);
        }
        return { record: existing, created: false };
    }
    async readRecord(app, version) {
        try {
            const text = await (0,promises_.readFile)((0,external_node_path_.join)(this.versionDir(app, version), 'record.json'), 'utf8');
            return JSON.parse(text);
        }
        catch (error) {
            if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT' || (0,errors/* errnoCode */.UK)(error) === 'ENOTDIR')
                return undefined;
            throw error;
        }
    }
    /** Rebuilds the app's index from its package folders (the source of truth). */
    async writeIndex(app) {
        const records = await this.scan(app);
        await (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.join)(this.appDir(app), INDEX), `${JSON.stringify({ packages: records }, null, 2)}\n`);
        return records;
    }
    async scan(app) {
        let names;
        try {
            names = await (0,promises_.readdir)(this.appDir(app));
        }
        catch (error) {
            if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
                return [];
            throw error;
        }
        const records = await Promise.all(names
            .filter((name) => /^\d+\.\d+\.\d+\.\d+$/.test(name))
            .map((version) => this.readRecord(app, version)));
        return records.filter((r) => r !== undefined).sort(package_repository/* newestFirst */.l);
    }
    async list(app) {
        try {
            const index = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(this.appDir(app), INDEX), 'utf8'));
            return index.packages.sort(package_repository/* newestFirst */.l);
        }
        catch (error) {
            if ((0,errors/* errnoCode */.UK)(error) !== 'ENOENT' && !(error instanceof SyntaxError))
                throw error;
            return this.scan(app);
        }
    }
    async get(app, version) {
        if (version === 'latest')
            return (await this.list(app))[0];
        return this.readRecord(app, version);
    }
    async download(app, version, dest) {
        const record = await this.get(app, version);
        if (!record)
            throw new errors/* ConfigurationError */.j1(`${app} ${version} is not in the package repository ${this.uri}`);
        const source = (0,external_node_path_.join)(this.versionDir(app, record.version), this.fileName(app, record.version));
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(dest), { recursive: true });
        await (0,promises_.rm)(dest, { force: true });
        let copied;
        try {
            await (0,promises_.stat)(source);
            copied = await copyHashed(source, dest, 0o644, false);
        }
        catch (error) {
            await (0,promises_.rm)(dest, { force: true });
            if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT') {
                throw new errors/* ConfigurationError */.j1(`${app} ${record.version} is listed in ${this.uri} but its file ${source} is missing`);
            }
            throw error;
        }
        if (copied !== record.sha256) {
            await (0,promises_.rm)(dest, { force: true });
            throw new errors/* ConfigurationError */.j1(`${app} ${record.version} in ${this.uri} has SHA-256 ${copied}, but it was published with ${record.sha256}: the stored package was changed; it will not be deployed`);
        }
        return record;
    }
    async delete(app, version) {
        await (0,file_lock/* withLock */.k)((0,external_node_path_.join)(this.appDir(app), '.lock'), async () => {
            const dir = this.versionDir(app, version);
            const trash = (0,external_node_path_.join)(this.appDir(app), `.delete-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
            try {
                await (0,promises_.rename)(dir, trash);
            }
            catch (error) {
                if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
                    return;
                throw error;
            }
            await this.writeIndex(app);
            await (0,promises_.rm)(trash, { recursive: true, force: true });
        });
    }
}

;// CONCATENATED MODULE: ./src/repository/open-repository.ts



/**
 * The repository a URI selects: `file:DIR` (default), `github-release`, `oci://HOST/REPO`,
 * `artifact`. Adapters other than file load only when selected.
 */
async function openRepository(uri, context) {
    if (uri.startsWith('file:')) {
        const path = uri.slice('file:'.length);
        if (!path) {
            throw new errors/* ConfigurationError */.j1('repository "file:" needs a folder, such as file:.mxdeploy/packages');
        }
        return new FileRepository((0,external_node_path_.resolve)(context.cwd, path));
    }
    if (uri === 'github-release') {
        const { openGitHubReleaseRepository } = await Promise.all(/* import() */[__webpack_require__.e(101), __webpack_require__.e(981)]).then(__webpack_require__.bind(__webpack_require__, 39981));
        return openGitHubReleaseRepository(context.env, context);
    }
    if (uri === 'artifact' || uri.startsWith('artifact:')) {
        const name = uri === 'artifact' ? undefined : uri.slice('artifact:'.length);
        // Loaded only when selected: the adapter's client library costs start-up time.
        const { openArtifactRepository } = await Promise.all(/* import() */[__webpack_require__.e(700), __webpack_require__.e(680)]).then(__webpack_require__.bind(__webpack_require__, 46680));
        return openArtifactRepository(name, context.env);
    }
    if (uri.startsWith('oci://')) {
        const { OciRepository } = await __webpack_require__.e(/* import() */ 706).then(__webpack_require__.bind(__webpack_require__, 10706));
        return new OciRepository(uri, {
            env: context.env,
            ...(context.log ? { log: context.log } : {})
        });
    }
    throw new errors/* ConfigurationError */.j1(`unknown package repository "${uri}": use file:DIR, github-release, oci://HOST/REPO or artifact[:NAME]`);
}


/***/ }),

/***/ 57525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ newestFirst)
/* harmony export */ });
/* harmony import */ var _mda_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52084);

/** Newest first: by publication time, then by version. */
function newestFirst(a, b) {
    return b.createdAt.localeCompare(a.createdAt) || (0,_mda_version_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(b.version, a.version);
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
