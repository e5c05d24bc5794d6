export const id = 722;
export const ids = [722];
export const modules = {

/***/ 70341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspectCommand: () => (/* binding */ inspectCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _mda_inspect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77700);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96719);



function describe(facts) {
    const { metadata, manifest } = facts;
    const sections = [
        `${facts.path}`,
        (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .keyValues */ .K7)([
            [
                'project',
                `${metadata.projectName ?? '(unnamed)'}${metadata.projectId ? ` (${metadata.projectId})` : ''}`
            ],
            ['runtime version', metadata.runtimeVersion],
            ['model version', metadata.modelVersion ?? '(none)'],
            ['entries', String(facts.entries)],
            ['size', `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(facts.size)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(facts.uncompressedBytes)} unpacked)`],
            [
                'sha256',
                facts.sha256 ?? `(no ${facts.path}.sha256 beside it; run "mxdeploy verify" to compute it)`
            ]
        ])
    ];
    if (manifest) {
        sections.push('manifest:', (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .keyValues */ .K7)([
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
        ? (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['name', 'type', 'default'], metadata.constants.map((c) => [c.name, c.type, c.defaultValue]))
            .split('\n')
            .map((line) => `  ${line}`)
            .join('\n')
        : '  (none)', `scheduled events (${metadata.scheduledEvents.length}):`, metadata.scheduledEvents.length
        ? metadata.scheduledEvents.map((e) => `  ${e.name}`).join('\n')
        : '  (none)');
    return sections.join('\n');
}
const inspectCommand = {
    name: 'inspect',
    summary: "Show a package's runtime and model version, constants, scheduled events and build manifest, reading only its central directory and metadata.json.",
    usage: 'inspect FILE [--json]',
    positionals: ['FILE'],
    options: {},
    async run(context) {
        const [file] = context.positionals;
        if (!file)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('give the package to inspect: mxdeploy inspect FILE');
        const facts = await (0,_mda_inspect_js__WEBPACK_IMPORTED_MODULE_0__/* .inspectPackage */ .H)(file);
        return { json: facts, text: describe(facts) };
    }
};


/***/ }),

/***/ 96719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ keyValues),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Byte counts as people read them: 1.2 MB, 980 kB. */
function formatBytes(bytes) {
    if (bytes < 1000)
        return `${bytes} B`;
    const units = ['kB', 'MB', 'GB', 'TB'];
    let value = bytes;
    let unit = -1;
    while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit++;
    }
    return `${value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)} ${units[unit]}`;
}
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


/***/ })

};
