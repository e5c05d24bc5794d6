export const id = 372;
export const ids = [372];
export const modules = {

/***/ 53995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ finishedRecord)
/* harmony export */ });
/** The full record of a finished operation: its start, outcome and merged details. */
function finishedRecord(open, outcome, extraDetails) {
    const details = { ...open.start.details, ...outcome.details, ...extraDetails };
    return {
        ...open.start,
        result: outcome.result,
        error: outcome.error,
        durationMs: outcome.durationMs,
        ...(Object.keys(details).length > 0 ? { details } : {})
    };
}


/***/ }),

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
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8394);





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

/***/ 8394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ WORKSPACE_OPTIONS),
  O: () => (/* binding */ openWorkspace)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/activity/activity-log.ts
var activity_log = __webpack_require__(53995);
;// CONCATENATED MODULE: ./src/activity/jsonl-activity-log.ts




/**
 * The default activity log: one JSON line per finished operation in the state folder,
 * appended with O_APPEND (one write per record, so concurrent writers never interleave a line)
 * and fsynced.
 */
class JsonlActivityLog {
    path;
    constructor(path) {
        this.path = path;
    }
    begin(start) {
        return Promise.resolve({ start });
    }
    async finish(opened, outcome) {
        const record = (0,activity_log/* finishedRecord */.e)(opened, outcome);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(this.path), { recursive: true });
        const handle = await (0,promises_.open)(this.path, 'a', 0o644);
        try {
            await handle.write(`${JSON.stringify(record)}\n`);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        return record;
    }
    async list(query) {
        let text;
        try {
            text = await (0,promises_.readFile)(this.path, 'utf8');
        }
        catch (error) {
            if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
                return [];
            throw error;
        }
        const records = [];
        for (const line of text.split('\n')) {
            if (!line.trim())
                continue;
            let record;
            try {
                record = JSON.parse(line);
            }
            catch {
                continue; // a line cut short by a crash mid-write: skip it, keep the rest
            }
            if (query.app && record.app !== query.app)
                continue;
            if (query.environment && record.environment !== query.environment)
                continue;
            records.push(record);
        }
        records.reverse();
        records.sort((a, b) => b.time.localeCompare(a.time));
        return query.limit ? records.slice(0, query.limit) : records;
    }
}

// EXTERNAL MODULE: ./src/config/load.ts + 3 modules
var load = __webpack_require__(11852);
// EXTERNAL MODULE: ./src/repository/open-repository.ts + 2 modules
var open_repository = __webpack_require__(48961);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/workspace.ts





/** Flags every command that works on mxdeploy.yml takes. */
const WORKSPACE_OPTIONS = {
    config: {
        type: 'string',
        value: 'FILE',
        description: `configuration file (default: ./${load/* CONFIG_FILE */.g2})`
    },
    'state-dir': {
        type: 'string',
        value: 'DIR',
        description: 'where the activity log, locks and default environments live (default: .mxdeploy beside the configuration)'
    },
    repository: {
        type: 'string',
        value: 'URI',
        description: 'package repository, overriding mxdeploy.yml (file:DIR, github-release, oci://HOST/REPO, artifact[:NAME])'
    }
};
/** The configuration, state folder, repository and activity log a command works with. */
async function openWorkspace(context) {
    const cwd = context.io.cwd;
    const configPath = (0,external_node_path_.resolve)(cwd, (0,command/* stringValue */.r)(context, 'config') ?? load/* CONFIG_FILE */.g2);
    const stateOption = (0,command/* stringValue */.r)(context, 'state-dir');
    const config = await (0,load/* loadConfig */.Z9)(configPath, stateOption ? { stateDir: (0,external_node_path_.resolve)(cwd, stateOption) } : {});
    const stateDir = stateOption ? (0,external_node_path_.resolve)(cwd, stateOption) : (0,external_node_path_.join)(config.dir, '.mxdeploy');
    const uri = (0,command/* stringValue */.r)(context, 'repository') ?? config.repository;
    const repository = await (0,open_repository/* openRepository */.h)(uri, {
        cwd,
        env: context.io.env,
        storyPatterns: config.traceability.patterns,
        log: context.log
    });
    return {
        config,
        stateDir,
        repository,
        activity: new JsonlActivityLog((0,external_node_path_.join)(stateDir, 'activity.jsonl'))
    };
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
