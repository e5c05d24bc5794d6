export const id = 177;
export const ids = [177];
export const modules = {

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ stringValue)
/* harmony export */ });
/* unused harmony export booleanValue */
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
/* harmony import */ var _build_build_package_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53609);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3567);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96719);



const buildCommand = {
    name: 'build',
    summary: 'Build a deployment package (MDA) from a Mendix deployment folder, or from a .mpr with MxBuild.',
    usage: 'build (--deployment-dir DIR | --project App.mpr) --version X.Y.Z[.B] [--out FILE]',
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
            description: "app name in the manifest (default: the project's name)"
        }
    },
    async run(context) {
        const result = await (0,_build_build_package_js__WEBPACK_IMPORTED_MODULE_0__/* .buildPackage */ .P)({
            deploymentDir: (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r)(context, 'deployment-dir'),
            project: (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r)(context, 'project'),
            version: (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r)(context, 'version') ?? '',
            buildNumber: (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r)(context, 'build-number'),
            out: (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r)(context, 'out'),
            app: (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r)(context, 'app'),
            cwd: context.io.cwd,
            env: context.io.env,
            log: context.log
        });
        const json = {
            path: result.path,
            app: result.manifest.app,
            version: result.version,
            runtimeVersion: result.metadata.runtimeVersion,
            sha256: result.sha256,
            size: result.size,
            entries: result.entries,
            manifest: result.manifest
        };
        const text = `built ${result.path}\n${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .keyValues */ .K7)([
            ['app', result.manifest.app],
            ['version', result.version],
            ['runtime', result.metadata.runtimeVersion],
            ['entries', String(result.entries)],
            ['size', (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(result.size)],
            ['sha256', result.sha256],
            ['commit', result.manifest.commit ?? '(unknown)']
        ])}`;
        return { json, text };
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
