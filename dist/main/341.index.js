export const id = 341;
export const ids = [341,7700];
export const modules = {

/***/ 70341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspectCommand: () => (/* binding */ inspectCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(83916);
/* harmony import */ var _mda_inspect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77700);
/* harmony import */ var _mxbuild_jdk_version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98305);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96719);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1080);







function describe(facts) {
    const { metadata, manifest } = facts;
    const sections = [
        `${facts.path}`,
        (0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .keyValues */ .K7)([
            [
                'project',
                `${metadata.projectName ?? '(unnamed)'}${metadata.projectId ? ` (${metadata.projectId})` : ''}`
            ],
            ['runtime version', metadata.runtimeVersion],
            ['model version', metadata.modelVersion ?? '(none)'],
            ['java', String((0,_mxbuild_jdk_version_js__WEBPACK_IMPORTED_MODULE_4__/* .javaFor */ .W)(metadata.runtimeVersion, metadata.javaVersion).major)],
            ['entries', String(facts.entries)],
            ['size', `${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatBytes */ .z)(facts.size)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatBytes */ .z)(facts.uncompressedBytes)} unpacked)`],
            [
                'sha256',
                facts.sha256 ?? `(no ${facts.path}.sha256 beside it; run "mxdeploy verify" to compute it)`
            ]
        ])
    ];
    if (manifest) {
        sections.push('manifest:', (0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .keyValues */ .K7)([
            ['app', manifest.app],
            ['version', manifest.version],
            ['commit', manifest.commit ?? '(unknown)'],
            ['branch', manifest.branch ?? '(unknown)'],
            ['built', manifest.builtAt],
            ['builder', manifest.builder],
            ['stories', manifest.stories.length ? manifest.stories.join(', ') : '(none)']
        ]));
    }
    else {
        sections.push('manifest: none (not built by mxdeploy)');
    }
    sections.push(`constants (${metadata.constants.length}):`, metadata.constants.length
        ? (0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .table */ .tp)(['name', 'type', 'default'], metadata.constants.map((c) => [c.name, c.type, c.defaultValue]))
            .split('\n')
            .map((line) => `  ${line}`)
            .join('\n')
        : '  (none)', `scheduled events (${metadata.scheduledEvents.length}):`, metadata.scheduledEvents.length
        ? metadata.scheduledEvents.map((e) => `  ${e.name}`).join('\n')
        : '  (none)');
    return sections.join('\n');
}
function describeProject(facts) {
    const lines = [
        facts.path,
        (0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .keyValues */ .K7)([
            ['mendix version', facts.mendixVersion],
            [
                'file format',
                facts.formatVersion >= 2
                    ? `${facts.formatVersion} (documents in ${facts.mprcontents?.path ?? 'mprcontents/'})`
                    : `${facts.formatVersion} (documents inside the .mpr)`
            ],
            ['mxbuild', `${facts.mxbuild.version} (${facts.mxbuild.url})`],
            ['java', `${facts.java.major}: ${facts.java.rule}`]
        ])
    ];
    for (const warning of facts.warnings)
        lines.push(`warning: ${warning}`);
    return lines.join('\n');
}
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
/** A .mpr by its name, or by its content (an SQLite database), whatever it is called. */
async function isProjectFile(path) {
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.extname)(path).toLowerCase() === '.mpr')
        return true;
    // Only a regular file is opened here: opening a FIFO to read would block, and whatever is not
    // a file gets its message from the package reader.
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch(() => undefined);
    if (!info?.isFile())
        return false;
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK).catch(() => undefined);
    if (!handle)
        return false;
    try {
        const head = Buffer.alloc(SQLITE_MAGIC.length);
        const { bytesRead } = await handle.read(head, 0, head.length, 0);
        return bytesRead === head.length && head.equals(SQLITE_MAGIC);
    }
    finally {
        await handle.close();
    }
}
const inspectCommand = {
    name: 'inspect',
    summary: "Show a package's runtime and model version, constants, scheduled events and build manifest (reading only its central directory and metadata.json), or a .mpr's Mendix version, file format and the MxBuild and JDK that build it.",
    usage: 'inspect FILE [--json]',
    positionals: ['FILE'],
    options: {},
    async run(context) {
        const [file] = context.positionals;
        if (!file) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1('give the package or .mpr to inspect: mxdeploy inspect FILE');
        }
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(context.io.cwd, file);
        if (await isProjectFile(path)) {
            // Loaded only for .mpr files: the SQLite reader is not needed for packages.
            const { inspectProject } = await Promise.all(/* import() */[__webpack_require__.e(5686), __webpack_require__.e(6340)]).then(__webpack_require__.bind(__webpack_require__, 76340));
            const facts = await inspectProject(path, context.io.env);
            for (const warning of facts.warnings)
                context.log.warning(warning);
            return { json: facts, text: describeProject(facts) };
        }
        const facts = await (0,_mda_inspect_js__WEBPACK_IMPORTED_MODULE_3__.inspectPackage)(path);
        for (const warning of facts.metadata.warnings)
            context.log.warning(warning);
        return { json: { kind: 'mda', ...facts }, text: describe(facts) };
    }
};


/***/ }),

/***/ 96719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ keyValues),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });

/** Aligned `label  value` lines. */
function keyValues(rows, indent = '  ') {
    const width = Math.max(...rows.map(([key]) => key.length));
    return rows.map(([key, value]) => `${indent}${key.padEnd(width)}  ${value}`).join('\n');
}
/** A plain-text table with a header row. */
function table(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
    const line = (cells) => cells
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    return [line(header), ...rows.map(line)].join('\n');
}


/***/ }),

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

/***/ 98305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ mxbuildJavaFor),
/* harmony export */   W: () => (/* binding */ javaFor)
/* harmony export */ });
/* harmony import */ var _mda_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52084);

/**
 * The JDK Mendix's Cloud Foundry buildpack gives a Mendix version: Java 8 before Mendix 8; from
 * Mendix 8 the app's own setting (metadata.json's JavaVersion: 17 or 21), else 11. A .mpr does
 * not show the setting without MxBuild, so the rule is reported with it.
 */
function javaFor(mendixVersion, javaVersion) {
    if ((0,_mda_version_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(mendixVersion.replace(/-.*$/, ''), '8') < 0) {
        return { major: 8, rule: 'Mendix 7 and earlier run on Java 8' };
    }
    if (javaVersion === 17 || javaVersion === 21) {
        return { major: javaVersion, rule: "the app's Java version setting" };
    }
    return {
        major: 11,
        rule: "Java 11 unless the app's settings choose 17 or 21 (Mendix 9.24 and later); the built package's metadata.json says which (JavaVersion)"
    };
}
/**
 * The JDK to run MxBuild of a Mendix version with, for a .mpr whose Java setting is unknown:
 * Studio Pro installs JDK 21 from Mendix 10.11 on (mendix/docs, refguide/installation/install.md),
 * and every 10.11+ package seen in public projects says JavaVersion 21; a newer JDK compiles an
 * app set to 11 or 17 as well. Before 10.11 the buildpack's rule holds (8, else 11).
 */
function mxbuildJavaFor(mendixVersion) {
    if ((0,_mda_version_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(mendixVersion.replace(/-.*$/, ''), '10.11') >= 0) {
        return {
            major: 21,
            rule: 'Studio Pro installs JDK 21 from Mendix 10.11 on; it also builds apps set to Java 11 or 17'
        };
    }
    return javaFor(mendixVersion);
}


/***/ })

};
