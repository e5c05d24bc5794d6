export const id = 500;
export const ids = [500];
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

/***/ 12603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g2: () => (/* binding */ CONFIG_FILE),
  Z9: () => (/* binding */ loadConfig)
});

// UNUSED EXPORTS: parseConfig

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./schema/mxdeploy.schema.json
const mxdeploy_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/mxdeploy/mxdeploy/schema/mxdeploy.schema.json","title":"mxdeploy.yml","description":"Configuration of mxdeploy: how a Mendix app is built into a deployment package (MDA), where packages are kept, and the environments they are staged through.","type":"object","additionalProperties":false,"required":["app"],"properties":{"$schema":{"type":"string"},"app":{"description":"The app\'s name: used in package names, release tags (<app>-v<version>) and the activity log.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"},"build":{"description":"How the package is built: from a deployment folder, or from a .mpr with MxBuild.","type":"object","additionalProperties":false,"properties":{"deployment-dir":{"description":"Mendix deployment folder (model/, web/, native/), relative to this file.","type":"string","minLength":1},"project":{"description":"Mendix app file (.mpr), relative to this file; built with MxBuild.","type":"string","pattern":"\\\\.mpr$"},"version":{"description":"Package version: major.minor.patch (the build number is appended) or major.minor.patch.build.","type":"string","pattern":"^(0|[1-9][0-9]*)\\\\.(0|[1-9][0-9]*)\\\\.(0|[1-9][0-9]*)(\\\\.(0|[1-9][0-9]*))?$"},"output":{"description":"Where the MDA is written, relative to this file.","type":"string","minLength":1}}},"repository":{"description":"The package repository: file:DIR (default file:.mxdeploy/packages), github-release, oci://HOST/REPO, or artifact.","type":"string","pattern":"^(file:.+|github-release|oci://[^/]+/.+|artifact(:.+)?)$"},"traceability":{"description":"How commits name the user stories they belong to.","type":"object","additionalProperties":false,"properties":{"require-story":{"description":"What a pull request check does with commits that name no story.","enum":["off","warn","error"]},"patterns":{"description":"Story ID patterns; they replace the defaults (Jira keys, AB#123, #123, owner/repo#123, Story: trailers).","type":"array","items":{"type":"object","additionalProperties":false,"required":["regex"],"properties":{"name":{"description":"Tracker name, shown in summaries.","type":"string"},"regex":{"description":"Regular expression; the first capture group (or the whole match) is the ID.","type":"string","minLength":1},"url":{"description":"Link template, {id} is replaced: https://jira.example.com/browse/{id}","type":"string"}}}},"limit":{"description":"Most commits read for a first deployment.","type":"integer","minimum":1}}},"environments":{"description":"The environments a package is staged through, in order. Any names.","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$"},"additionalProperties":{"$ref":"#/definitions/environment"}}},"definitions":{"environment":{"type":"object","additionalProperties":false,"properties":{"target":{"$ref":"#/definitions/target"},"after":{"description":"The environment that must already run this exact package (same SHA-256).","type":"string"},"url":{"description":"The environment\'s URL, shown in GitHub deployments and summaries.","type":"string","pattern":"^https?://"},"production":{"description":"Marks the environment as production (GitHub deployments\' production_environment). Default: true for an environment named production/prod.","type":"boolean"},"constants":{"description":"Constant values, by qualified name (Module.Constant).","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*\\\\.[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":["string","number","boolean"]}},"scheduled-events":{"description":"Which scheduled events run: all, none, or a map of qualified name to true/false.","oneOf":[{"enum":["all","none"]},{"type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*\\\\.[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"boolean"}}]},"new-constants":{"description":"A constant new in a package that this environment does not set: use its default with a warning, or refuse the deployment.","enum":["default","require"]},"protection":{"description":"Who may deploy: GitHub environment protection and a TOTP second factor.","type":"object","additionalProperties":false,"properties":{"reviewers":{"description":"required: the GitHub environment must have required reviewers.","enum":["required","none"]},"prevent-self-review":{"description":"The GitHub environment must prevent self-review.","type":"boolean"},"mfa":{"description":"totp: each approver presents a code from an authenticator app.","enum":["totp","none"]},"session-hours":{"description":"How long a verified code lets the same user deploy without another.","type":"number","exclusiveMinimum":0,"maximum":24}}}}},"target":{"description":"Where the environment runs. Default: local, at .mxdeploy/envs/<name>.","type":"object","required":["type"],"properties":{"type":{"description":"The deployment target.","enum":["local","command","mendix-cloud"]}},"allOf":[{"if":{"properties":{"type":{"const":"local"}}},"then":{"additionalProperties":false,"properties":{"type":true,"path":{"description":"Folder holding releases/, current and settings.json, relative to this file.","type":"string","minLength":1},"keep":{"description":"How many releases to keep.","type":"integer","minimum":1},"restart":{"description":"Command run after the switch, in the environment folder.","type":"string","minLength":1}}}},{"if":{"properties":{"type":{"const":"command"}}},"then":{"additionalProperties":false,"required":["run"],"properties":{"type":true,"run":{"description":"Shell command that deploys; it gets MDA_PATH, CONSTANTS, SCHEDULED_EVENTS and MX_<Module>_<Constant>.","type":"string","minLength":1},"timeout-minutes":{"description":"How long the command may run.","type":"number","exclusiveMinimum":0}}}},{"if":{"properties":{"type":{"const":"mendix-cloud"}}},"then":{"additionalProperties":false,"required":["app-id"],"properties":{"type":true,"app-id":{"description":"The app\'s AppId in the Deploy API: its subdomain (calc for calc.mendixcloud.com).","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]*$"},"environment":{"description":"The Mendix Cloud environment: its Mode (Test, Acceptance, Production or a flexible environment\'s name) or its environment ID. Default: this environment\'s name.","type":"string","minLength":1},"deploy-api-url":{"description":"Base URL of the Deploy API v1/v2 and the Backups API v2 (default https://deploy.mendix.com).","type":"string","pattern":"^https?://[^/]+"},"portal-api-url":{"description":"Base URL of the Deploy API v4 (default https://cloud.home.mendix.com).","type":"string","pattern":"^https?://[^/]+"},"backup":{"description":"before: a backup snapshot before every deployment; none: never. Default: before for a production environment, none otherwise.","enum":["before","none"]},"timeouts":{"description":"How long each wait may take, in minutes.","type":"object","additionalProperties":false,"properties":{"upload":{"description":"Uploading the package until Mendix Cloud has processed it (default 30).","type":"number","exclusiveMinimum":0},"backup":{"description":"Creating the backup snapshot (default 60).","type":"number","exclusiveMinimum":0},"transport":{"description":"Retrying the transport while Mendix Cloud still processes the package (default 10).","type":"number","exclusiveMinimum":0},"stop":{"description":"Stopping the environment (default 10).","type":"number","exclusiveMinimum":0},"start":{"description":"Starting the environment until it runs (default 30).","type":"number","exclusiveMinimum":0}}}}}}]}}}');
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/config/normalize.ts
var normalize = __webpack_require__(39137);
;// CONCATENATED MODULE: ./src/config/yaml-position.ts

/** Line and column (1-based) of a YAML node, found by its JSON pointer path. */
function positionOf(document, lines, path, key) {
    let node = document.contents;
    for (const segment of path) {
        if (!(0,dist/* isMap */.jh)(node) && !(0,dist/* isSeq */.oP)(node))
            break;
        const next = node.get(segment, true);
        if (next === undefined)
            break;
        node = next;
    }
    if (key !== undefined && (0,dist/* isMap */.jh)(node)) {
        const pair = node.items.find((item) => (0,dist/* isPair */.tO)(item) && (0,dist/* isScalar */.jn)(item.key) && item.key.value === key);
        if (pair && (0,dist/* isScalar */.jn)(pair.key) && pair.key.range)
            return toPosition(lines, pair.key.range[0]);
    }
    const range = node?.range;
    return range ? toPosition(lines, range[0]) : undefined;
}
function toPosition(lines, offset) {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
}


;// CONCATENATED MODULE: ./src/config/load.ts








const CONFIG_FILE = 'mxdeploy.yml';
let validator;
function validate(value) {
    validator ??= new ajv.Ajv({ allErrors: true, verbose: true, strict: false }).compile(mxdeploy_schema_namespaceObject);
    return validator(value) ? [] : (validator.errors ?? []);
}
function pointerPath(pointer) {
    return pointer
        .split('/')
        .slice(1)
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function describePath(path) {
    return path.length ? path.join('.') : 'the top level';
}
function explain(error) {
    const path = pointerPath(error.instancePath);
    const where = describePath(path);
    const schemaNode = error.parentSchema;
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = error.params.additionalProperty;
            const allowed = Object.keys(schemaNode?.properties ?? {}).filter((k) => k !== '$schema' && k !== 'type');
            const hint = allowed.length ? `; allowed here: ${allowed.join(', ')}` : '';
            return { message: `unknown key "${key}" in ${where}${hint}`, key };
        }
        case 'required':
            return {
                message: `${where} needs "${error.params.missingProperty}"`
            };
        case 'enum':
            return {
                message: `${where} is ${JSON.stringify(error.data)}; allowed: ${error.params.allowedValues.map(String).join(', ')}`
            };
        case 'type':
            return {
                message: `${where} must be ${error.params.type.toString().replace(/,/g, ' or ')}, not ${JSON.stringify(error.data)}`
            };
        case 'pattern': {
            if (error.schemaPath.includes('/propertyNames/'))
                return undefined; // reported as propertyNames
            const what = schemaNode?.description ? ` (${schemaNode.description})` : '';
            return { message: `${where} is ${JSON.stringify(error.data)}, which is not allowed${what}` };
        }
        case 'propertyNames': {
            const name = error.params.propertyName;
            const qualified = path.at(-1) === 'constants' || path.at(-1) === 'scheduled-events';
            const rule = qualified
                ? 'use the qualified name Module.Name, as Studio Pro shows it'
                : 'use letters, digits, "_", "." and "-" (at most 63), starting with a letter or digit';
            return { message: `name "${name}" in ${where} is not allowed: ${rule}`, key: name };
        }
        case 'if':
        case 'oneOf':
        case 'anyOf':
        case 'allOf':
            return undefined; // the errors inside say what is wrong
        default:
            return { message: `${where} ${error.message ?? 'is not valid'}` };
    }
}
/** Validation problems as `file:line:column: message` lines, most specific first, no repeats. */
function schemaProblems(errors, locate) {
    const found = new Map();
    for (const error of errors) {
        const explained = explain(error);
        if (!explained)
            continue;
        const where = locate(pointerPath(error.instancePath), explained.key);
        found.set(`${where}: ${explained.message}`, where);
    }
    const position = (where) => where.split(':').slice(-2).map(Number);
    const lines = new Set([...found.entries()]
        .sort(([, a], [, b]) => {
        const [la = 0, ca = 0] = position(a);
        const [lb = 0, cb = 0] = position(b);
        return la - lb || ca - cb;
    })
        .map(([line]) => line));
    if (lines.size === 0 && errors.length > 0) {
        const first = errors[0];
        lines.add(`${locate(pointerPath(first.instancePath))}: ${describePath(pointerPath(first.instancePath))} ${first.message ?? 'is not valid'}`);
    }
    return [...lines];
}
/**
 * Reads and validates mxdeploy.yml against the shipped JSON Schema; every problem is reported with
 * its file, line and column, and what is allowed there.
 */
async function loadConfig(file, options = {}) {
    const path = (0,external_node_path_.resolve)(file);
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if ((0,src_errors/* errnoCode */.UK)(error) === 'ENOENT') {
            throw new src_errors/* ConfigurationError */.j1(`configuration ${file} does not exist: create ${CONFIG_FILE} (see README) or pass --config FILE`);
        }
        if ((0,src_errors/* errnoCode */.UK)(error) === 'EISDIR')
            throw new src_errors/* ConfigurationError */.j1(`configuration ${file} is a directory; give the ${CONFIG_FILE} file`);
        throw error;
    }
    return parseConfig(text, path, options);
}
/** Validates the text of a configuration file; `path` is used for messages and relative paths. */
function parseConfig(text, path, options = {}) {
    const lines = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, {
        lineCounter: lines,
        prettyErrors: false,
        uniqueKeys: true
    });
    const yamlErrors = document.errors;
    if (yamlErrors.length > 0) {
        const detail = yamlErrors.map((error) => {
            const { line, col } = lines.linePos(error.pos[0]);
            return `${path}:${line}:${col}: ${error.message.split('\n')[0]}`;
        });
        throw new src_errors/* ConfigurationError */.j1(`${path} is not valid YAML:\n${detail.join('\n')}`);
    }
    const value = document.toJS() ?? {};
    const locate = (at, key) => {
        const position = positionOf(document, lines, at, key);
        return position ? `${path}:${position.line}:${position.column}` : path;
    };
    const errors = validate(value);
    if (errors.length > 0) {
        throw new src_errors/* ConfigurationError */.j1(`${path} has errors:\n${schemaProblems(errors, locate).join('\n')}`);
    }
    const dir = (0,external_node_path_.dirname)(path);
    const stateDir = options.stateDir
        ? (0,external_node_path_.isAbsolute)(options.stateDir)
            ? options.stateDir
            : (0,external_node_path_.resolve)(options.stateDir)
        : (0,external_node_path_.resolve)(dir, '.mxdeploy');
    return (0,normalize/* normalizeConfig */.I6)(value, { file: path, dir, stateDir, locate });
}


/***/ }),

/***/ 39137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AJ: () => (/* binding */ DEFAULT_PORTAL_API_URL),
/* harmony export */   I6: () => (/* binding */ normalizeConfig),
/* harmony export */   rx: () => (/* binding */ DEFAULT_DEPLOY_API_URL)
/* harmony export */ });
/* unused harmony export DEFAULT_MENDIX_CLOUD_TIMEOUTS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


const DEFAULT_KEEP = 5;
const DEFAULT_DEPLOY_API_URL = 'https://deploy.mendix.com';
const DEFAULT_PORTAL_API_URL = 'https://cloud.home.mendix.com';
/** Minutes: generous, since a large app's backup or first start can take long. */
const DEFAULT_MENDIX_CLOUD_TIMEOUTS = {
    upload: 30,
    backup: 60,
    transport: 10,
    stop: 10,
    start: 30
};
const DEFAULT_STORY_LIMIT = 1000;
function pathIn(dir, value) {
    return typeof value === 'string' ? ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(value) ? value : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(dir, value)) : undefined;
}
function mendixCloudTarget(raw, name) {
    const timeouts = (raw['timeouts'] ?? {});
    const trim = (url) => url.replace(/\/+$/, '');
    return {
        type: 'mendix-cloud',
        appId: raw['app-id'],
        environment: raw['environment'] ?? name,
        deployApiUrl: trim(raw['deploy-api-url'] ?? DEFAULT_DEPLOY_API_URL),
        portalApiUrl: trim(raw['portal-api-url'] ?? DEFAULT_PORTAL_API_URL),
        backup: raw['backup'],
        timeouts: {
            upload: timeouts['upload'] ?? DEFAULT_MENDIX_CLOUD_TIMEOUTS.upload,
            backup: timeouts['backup'] ?? DEFAULT_MENDIX_CLOUD_TIMEOUTS.backup,
            transport: timeouts['transport'] ?? DEFAULT_MENDIX_CLOUD_TIMEOUTS.transport,
            stop: timeouts['stop'] ?? DEFAULT_MENDIX_CLOUD_TIMEOUTS.stop,
            start: timeouts['start'] ?? DEFAULT_MENDIX_CLOUD_TIMEOUTS.start
        }
    };
}
function target(raw, name, context) {
    if (!raw || raw['type'] === 'local') {
        return {
            type: 'local',
            path: pathIn(context.dir, raw?.['path']) ?? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(context.stateDir, 'envs', name),
            keep: raw?.['keep'] ?? DEFAULT_KEEP,
            ...(typeof raw?.['restart'] === 'string' ? { restart: raw['restart'] } : {})
        };
    }
    if (raw['type'] === 'mendix-cloud')
        return mendixCloudTarget(raw, name);
    return {
        type: 'command',
        run: raw['run'],
        ...(typeof raw['timeout-minutes'] === 'number'
            ? { timeoutMinutes: raw['timeout-minutes'] }
            : {})
    };
}
function environment(name, raw, context) {
    const protection = (raw['protection'] ?? {});
    const constants = Object.fromEntries(Object.entries((raw['constants'] ?? {})).map(([key, value]) => [key, String(value)]));
    return {
        name,
        target: target(raw['target'], name, context),
        after: raw['after'],
        url: raw['url'],
        production: raw['production'] ?? /^prod(uction)?$/i.test(name),
        constants,
        scheduledEvents: raw['scheduled-events'],
        newConstants: raw['new-constants'] ?? 'default',
        protection: {
            reviewers: protection['reviewers'] ?? 'none',
            preventSelfReview: protection['prevent-self-review'] ?? false,
            mfa: protection['mfa'] ?? 'none',
            sessionHours: protection['session-hours'] ?? 8
        }
    };
}
/** Every `after:` names an environment of the file, and following them never comes back. */
function checkOrder(environments, context) {
    const byName = new Map(environments.map((env) => [env.name, env]));
    for (const env of environments) {
        if (env.after === undefined)
            continue;
        if (!byName.has(env.after)) {
            const known = environments.map((e) => e.name).join(', ');
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${context.locate(['environments', env.name, 'after'])}: environment "${env.name}" comes after "${env.after}", which is not an environment of this file (they are: ${known})`);
        }
        const seen = [env.name];
        for (let step = byName.get(env.after); step; step = step.after ? byName.get(step.after) : undefined) {
            if (seen.includes(step.name)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${context.locate(['environments', env.name, 'after'])}: the "after:" links form a cycle: ${[...seen, step.name].join(' → ')}`);
            }
            seen.push(step.name);
        }
    }
}
/** Applies defaults to a validated document and resolves its paths. */
function normalizeConfig(raw, context) {
    const build = (raw['build'] ?? {});
    const traceability = (raw['traceability'] ?? {});
    const repository = raw['repository'] ?? `file:${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(context.stateDir, 'packages')}`;
    const environments = Object.entries((raw['environments'] ?? {})).map(([name, env]) => environment(name, env ?? {}, context));
    checkOrder(environments, context);
    return {
        file: context.file,
        dir: context.dir,
        app: raw['app'],
        build: {
            deploymentDir: pathIn(context.dir, build['deployment-dir']),
            project: pathIn(context.dir, build['project']),
            version: build['version'],
            output: pathIn(context.dir, build['output'])
        },
        repository: repository.startsWith('file:')
            ? `file:${pathIn(context.dir, repository.slice(5))}`
            : repository,
        traceability: {
            requireStory: traceability['require-story'] ?? 'off',
            patterns: traceability['patterns'],
            limit: traceability['limit'] ?? DEFAULT_STORY_LIMIT
        },
        environments
    };
}


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
async function writeFileAtomic(path, data) {
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'w', 0o644);
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
/* unused harmony export acquireLock */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoCode */ .UK)(error) === 'EPERM';
    }
}
/** Whether the holder recorded in a lock file is gone (same host, process not running). */
async function isStale(path, staleMs) {
    try {
        const [text, info] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path)]);
        const [host, pid] = text.split(' ');
        if (host === (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)() && pid && !isAlive(Number(pid)))
            return true;
        return Date.now() - info.mtimeMs > staleMs;
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoCode */ .UK)(error) === 'ENOENT')
            return true;
        throw error;
    }
}
/**
 * Takes an exclusive lock (a file created with O_EXCL holding host and pid) and returns its
 * release. A lock left by a process that died is taken over.
 */
async function acquireLock(path, options = {}) {
    const timeoutMs = options.timeoutMs ?? 30_000;
    const staleMs = options.staleMs ?? 10 * 60_000;
    const deadline = Date.now() + timeoutMs;
    let wait = 10;
    for (;;) {
        try {
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'wx');
            await handle.writeFile(`${(0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)()} ${process.pid} ${new Date().toISOString()}`);
            await handle.close();
            return async () => {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(path, { force: true });
            };
        }
        catch (error) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoCode */ .UK)(error) !== 'EEXIST')
                throw error;
        }
        if (await isStale(path, staleMs)) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(path, { force: true });
            continue;
        }
        if (Date.now() > deadline) {
            const holder = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8').catch(() => 'unknown');
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(`${options.what ?? path} is locked by another mxdeploy process (${holder.trim()}); wait for it to finish, or remove ${path} if that process is gone`);
        }
        await new Promise((resolve) => setTimeout(resolve, wait));
        wait = Math.min(wait * 2, 250);
    }
}
/** Runs `work` holding the lock at `path`. */
async function withLock(path, work, options) {
    const release = await acquireLock(path, options);
    try {
        return await work();
    }
    finally {
        await release();
    }
}


/***/ })

};
