export const id = 4439;
export const ids = [4439];
export const modules = {

/***/ 44439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pipelineCommand: () => (/* binding */ pipelineCommand)
/* harmony export */ });
/* harmony import */ var _app_pipeline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52506);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3567);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96719);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15107);




const pipelineCommand = {
    name: 'pipeline',
    summary: 'The main job on the app of mxdeploy.yml: build the package once, publish it, and stage it through every environment in promotion order, stopping before a protected one.',
    usage: 'pipeline [--config mxdeploy.yml] [--build-number N]',
    options: {
        ..._workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .WORKSPACE_OPTIONS */ .n,
        'build-number': {
            type: 'string',
            value: 'N',
            description: 'build number (default: GITHUB_RUN_NUMBER, else 0)'
        }
    },
    async run(context) {
        const workspace = await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .openWorkspace */ .O)(context);
        const { built, published, stages } = await (0,_app_pipeline_js__WEBPACK_IMPORTED_MODULE_0__.runPipeline)({
            ...workspace,
            buildNumber: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r)(context, 'build-number'),
            cwd: context.io.cwd,
            env: context.io.env,
            log: context.log
        });
        const { config, repository } = workspace;
        const json = {
            app: config.app,
            package: {
                ...published.record,
                path: built.path,
                entries: built.entries,
                created: published.created
            },
            runtimeVersion: built.metadata.runtimeVersion,
            stages: stages.map(({ environment, status, detail }) => ({ environment, status, detail }))
        };
        const text = [
            `pipeline for ${config.app}`,
            (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .keyValues */ .K7)([
                ['package', built.path],
                ['version', built.version],
                ['runtime', built.metadata.runtimeVersion],
                ['sha256', built.sha256],
                ['repository', `${repository.uri} (${published.created ? 'published' : 'already there'})`]
            ]),
            'stages:',
            ...stages.map((s) => `  ${s.environment.padEnd(12)} ${s.status.padEnd(9)} ${s.detail}`)
        ].join('\n');
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
