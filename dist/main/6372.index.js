export const id = 6372;
export const ids = [6372];
export const modules = {

/***/ 36372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   activityCommand: () => (/* binding */ activityCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _config_find_environment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21903);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3567);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96719);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15107);





const COLUMNS = [
    'time',
    'environment',
    'operation',
    'version',
    'sha256',
    'actor',
    'approvers',
    'mfa',
    'result',
    'durationMs',
    'error'
];
function cells(record) {
    return [
        record.time,
        record.environment,
        record.operation,
        record.package?.version ?? '',
        record.package?.sha256.slice(0, 12) ?? '',
        record.actor,
        record.approvers.join(' '),
        record.mfa ? record.mfa.users.map((u) => `${u.user}:${u.via}`).join(' ') : '',
        record.result,
        String(record.durationMs),
        record.error?.split('\n')[0] ?? ''
    ];
}
/** RFC 4180 CSV: fields with commas, quotes or line breaks are quoted. */
function csvField(value) {
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
const activityCommand = {
    name: 'activity',
    summary: 'Show the activity log: every operation on every environment, newest first.',
    usage: 'activity [--environment NAME] [--format table|json|csv] [--limit N]',
    options: {
        ..._workspace_js__WEBPACK_IMPORTED_MODULE_0__/* .WORKSPACE_OPTIONS */ .n,
        environment: {
            type: 'string',
            short: 'e',
            value: 'NAME',
            description: 'only this environment'
        },
        format: {
            type: 'string',
            value: 'table|json|csv',
            description: 'output format (default table; --json is the same as --format json)'
        },
        limit: { type: 'string', value: 'N', description: 'at most N records' }
    },
    async run(context) {
        const format = context.json ? 'json' : ((0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r)(context, 'format') ?? 'table');
        if (!['table', 'json', 'csv'].includes(format))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--format ${format} is not one of table, json, csv`);
        const limitText = (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r)(context, 'limit');
        if (limitText !== undefined && !/^[1-9]\d*$/.test(limitText))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--limit ${limitText} is not a positive whole number`);
        const { config, activity } = await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_0__/* .openWorkspace */ .O)(context);
        const environment = (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r)(context, 'environment');
        if (environment)
            (0,_config_find_environment_js__WEBPACK_IMPORTED_MODULE_3__/* .findEnvironment */ .j)(config, environment);
        const records = await activity.list({
            app: config.app,
            ...(environment ? { environment } : {}),
            ...(limitText ? { limit: Number(limitText) } : {})
        });
        let text;
        if (format === 'json')
            text = JSON.stringify(records, null, 2);
        else if (format === 'csv')
            text = [COLUMNS.join(','), ...records.map((r) => cells(r).map(csvField).join(','))].join('\n');
        else
            text = records.length ? (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .table */ .tp)([...COLUMNS], records.map(cells)) : 'no activity yet';
        return { json: records, text };
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


/***/ }),

/***/ 21903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ findEnvironment)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** The environment of a name, or a ConfigurationError listing the names there are. */
function findEnvironment(config, name) {
    const environment = config.environments.find((env) => env.name === name);
    if (!environment) {
        const known = config.environments.map((env) => env.name);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`unknown environment "${name}"${config.file ? ` in ${config.file}` : ''}; the environments are: ${known.join(', ') || '(none)'}`);
    }
    return environment;
}


/***/ })

};
