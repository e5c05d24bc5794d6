export const id = 8446;
export const ids = [8446];
export const modules = {

/***/ 6605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  restartCommand: () => (/* binding */ restartCommand),
  startCommand: () => (/* binding */ startCommand),
  stopCommand: () => (/* binding */ stopCommand)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/repository/publish-package.ts
var publish_package = __webpack_require__(21726);
// EXTERNAL MODULE: ./src/fs/file-lock.ts
var file_lock = __webpack_require__(36577);
// EXTERNAL MODULE: ./src/targets/open-target.ts + 47 modules
var open_target = __webpack_require__(71918);
// EXTERNAL MODULE: ./src/config/find-environment.ts
var find_environment = __webpack_require__(21903);
// EXTERNAL MODULE: ./src/stage/environment-lock.ts
var environment_lock = __webpack_require__(97711);
// EXTERNAL MODULE: ./src/stage/recorded-operation.ts + 2 modules
var recorded_operation = __webpack_require__(736);
;// CONCATENATED MODULE: ./src/stage/operate-environment.ts






const PAST = {
    start: 'started',
    stop: 'stopped',
    restart: 'restarted'
};
/**
 * Starts, stops or restarts an environment through its target, under the environment's lock (so
 * it never interleaves with a stage), after the same access control as a stage (a refusal is
 * recorded too), and records it in the activity log as stage records a deployment: the package it
 * runs, who, when, with which approvals and second factor, and the outcome.
 */
async function operateEnvironment(request) {
    const { config, log, activity, operation } = request;
    const environment = (0,find_environment/* findEnvironment */.j)(config, request.environment);
    const target = (request.targetFor ?? ((env) => (0,open_target/* openTarget */.A)(env, config)))(environment);
    const operate = target.operate?.bind(target);
    if (!operate) {
        throw new errors/* ConfigurationError */.j1(`environment ${environment.name} deploys to a ${target.type} target, which cannot ${operation} an environment; ${operation} it where it runs`);
    }
    const lock = await (0,environment_lock/* environmentLock */.N)(request.stateDir, environment.name);
    return (0,file_lock/* withLock */.k)(lock, async () => {
        const running = await target.current();
        const { record } = await (0,recorded_operation/* runRecorded */.A)({
            context: {
                config,
                environment,
                package: null,
                operation,
                actor: request.actor,
                activity,
                log
            },
            policies: request.policies ?? [],
            operation,
            package: running?.version && running.sha256
                ? { version: running.version, sha256: running.sha256 }
                : null,
            commit: null,
            runUrl: request.runUrl,
            announce: `${operation}: ${environment.name} (${target.type})`,
            work: async () => ({ value: await operate(operation, log) }),
            done: { done: `${environment.name} was ${PAST[operation]}`, what: operation }
        });
        return { environment: environment.name, operation, record };
    }, { what: `environment ${environment.name}`, timeoutMs: 5_000 });
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/format.ts
var format = __webpack_require__(96719);
// EXTERNAL MODULE: ./src/cli/access-options.ts + 1 modules
var access_options = __webpack_require__(70761);
// EXTERNAL MODULE: ./src/cli/workspace.ts
var cli_workspace = __webpack_require__(15107);
;// CONCATENATED MODULE: ./src/cli/commands/operate.ts








const SUMMARIES = {
    start: 'Start an environment (Mendix Cloud: with AutoSyncDb) and wait until it runs.',
    stop: 'Stop an environment and wait until it has stopped.',
    restart: 'Stop an environment, then start it (Mendix Cloud: with AutoSyncDb) and wait until it runs.'
};
const DONE = {
    start: 'started',
    stop: 'stopped',
    restart: 'restarted'
};
function operationCommand(operation) {
    return {
        name: operation,
        summary: `${SUMMARIES[operation]} Recorded in the activity log.`,
        usage: `${operation} --environment NAME [--otp CODE --user NAME]`,
        options: {
            ...cli_workspace/* WORKSPACE_OPTIONS */.n,
            ...access_options/* MFA_OPTIONS */.Mz,
            environment: {
                type: 'string',
                short: 'e',
                value: 'NAME',
                description: `environment to ${operation}`
            }
        },
        async run(context) {
            const environment = (0,command/* stringValue */.r)(context, 'environment');
            if (!environment) {
                throw new errors/* ConfigurationError */.j1(`give the environment: mxdeploy ${operation} --environment NAME`);
            }
            const workspace = await (0,cli_workspace/* openWorkspace */.O)(context);
            const actor = (0,command/* stringValue */.r)(context, 'user') ?? (0,publish_package.currentActor)(context.io.env);
            const result = await operateEnvironment({
                config: workspace.config,
                environment,
                operation,
                activity: workspace.activity,
                actor,
                // The same access control as stage: the environment's protection guards the app, not
                // only its package.
                policies: (0,access_options/* cliAccessPolicies */.LF)(context, actor, workspace.stateDir),
                runUrl: null,
                stateDir: workspace.stateDir,
                log: context.log,
                targetFor: (env) => (0,open_target/* openTarget */.A)(env, workspace.config, { env: context.io.env })
            });
            return {
                json: { environment: result.environment, operation, record: result.record },
                text: `${result.environment} ${DONE[operation]}\n${(0,format/* keyValues */.K7)([
                    ['package', result.record.package?.version ?? '(unknown)'],
                    ['record', result.record.id]
                ])}`
            };
        }
    };
}
const startCommand = operationCommand('start');
const stopCommand = operationCommand('stop');
const restartCommand = operationCommand('restart');


/***/ }),

/***/ 10970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tg: () => (/* binding */ storyUrl),
/* harmony export */   Y9: () => (/* binding */ compileStoryPatterns),
/* harmony export */   ye: () => (/* binding */ NOT_JIRA_KEYS)
/* harmony export */ });
/* unused harmony export DEFAULT_STORY_PATTERNS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/**
 * Prefixes of well-known standards and encodings that look like Jira keys but are not stories:
 * UTF-8, SHA-256, CRC-32, ISO-8601, RFC-7231, CVE-2024-1234, UTC-5, COVID-19...
 */
const NOT_JIRA_KEYS = [
    'AES',
    'CP',
    'CRC',
    'CVE',
    'CWE',
    'COVID',
    'ECMA',
    'GMT',
    'HTTP',
    'IEC',
    'ISO',
    'JSR',
    'MD',
    'PEP',
    'RFC',
    'RSA',
    'SHA',
    'SSL',
    'TLS',
    'UCS',
    'UTC',
    'UTF',
    'WIN'
];
/** The patterns used when mxdeploy.yml lists none, in the order their IDs are reported. */
const DEFAULT_STORY_PATTERNS = [
    {
        // PROJ-123: a letter, then letters, digits or "_" (2+ in all), a dash and a number that does
        // not start with 0. Not inside a word or a longer dashed token (CVE-2024-1234), not a version.
        name: 'jira',
        requires: '-',
        regex: `(?<![\\w-])(?!(?:${NOT_JIRA_KEYS.join('|')})-)[A-Z][A-Z0-9_]+-[1-9][0-9]*(?![\\w]|-[0-9]|\\.[0-9])`
    },
    {
        name: 'azure-boards',
        requires: 'AB#',
        regex: '(?<![\\w-])(?<id>AB#(?<number>[1-9][0-9]*))(?!\\w)'
    },
    {
        // #123 and owner/repo#123, as GitHub links them; not foo#123 or &#123;.
        name: 'github',
        requires: '#',
        regex: '(?<![\\w.\\-/#&])(?<id>(?<repository>[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+)?#(?<number>[1-9][0-9]*))(?!\\w)',
        url: '{server}/{repository}/issues/{number}'
    },
    {
        // Trailer lines: "Story: 123", "Stories: 12, 34", "Related stories: ABC-1 ABC-2".
        name: 'trailer',
        requires: 'tor',
        regex: '^[ \\t]*(?:[Ss]tor(?:y|ies)|[Rr]elated[ -][Ss]tor(?:y|ies))[ \\t]*:[ \\t]*(?<ids>.*)$'
    }
];
const CONTEXT_KEYS = new Set(['server', 'repository']);
function describe(index, name) {
    return `traceability.patterns[${index}]${name ? ` ("${name}")` : ''}`;
}
function checkUrl(template, regex, where) {
    if (!/^(https?:\/\/|\{server\})/.test(template)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: url "${template}" must start with http:// or https:// (or {server}), such as https://jira.example.com/browse/{id}`);
    }
    const groups = new Set([...regex.source.matchAll(/\(\?<([A-Za-z_$][\w$]*)>/g)].map((match) => match[1]));
    for (const [, name] of template.matchAll(/\{([^}]*)\}/g)) {
        if (name === 'id' || CONTEXT_KEYS.has(name) || groups.has(name))
            continue;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: url "${template}" uses {${name}}, which is neither {id}, {server}, {repository} nor a named group of the regex`);
    }
}
function compile(config, index, source) {
    const fallback = DEFAULT_STORY_PATTERNS.find((p) => p.name === config.name);
    const where = `${source}${describe(index, config.name)}`;
    const text = config.regex ?? fallback?.regex;
    if (text === undefined) {
        const names = DEFAULT_STORY_PATTERNS.map((p) => p.name).join(', ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where} has no regex: add one, or name a default pattern (${names}) to use its regex`);
    }
    let regex;
    try {
        regex = new RegExp(text, 'gm');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: regex ${JSON.stringify(text)} is not valid: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error).replace(/^Invalid regular expression: /, '')}`);
    }
    if (regex.test('')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: regex ${JSON.stringify(text)} matches the empty string, so it would find an ID everywhere; make it match at least one character`);
    }
    regex.lastIndex = 0;
    const url = config.url ?? (config.regex === undefined ? fallback?.url : undefined);
    if (url !== undefined)
        checkUrl(url, regex, where);
    const builtin = config.regex === undefined ? fallback : undefined;
    return {
        name: config.name ?? `pattern-${index + 1}`,
        regex,
        url,
        ...(builtin ? { requires: builtin.requires, builtin: builtin.name } : {})
    };
}
/**
 * Compiles the patterns of `traceability.patterns` (or the defaults when undefined). A bad regex
 * or link template is a ConfigurationError that names the pattern; `source` prefixes messages.
 */
function compileStoryPatterns(configured, source = '') {
    const list = configured ?? DEFAULT_STORY_PATTERNS.map(({ name }) => ({ name }));
    const prefix = source ? `${source}: ` : '';
    return list.map((config, index) => compile(config, index, prefix));
}
const templates = new Map();
// Templates are split into parts once: links are built for every ID of every commit.
function templateParts(template) {
    let parts = templates.get(template);
    if (parts === undefined) {
        parts = template
            .split(/(\{[^}]*\})/)
            .filter((part) => part !== '')
            .map((part) => (/^\{[^}]*\}$/.test(part) ? { name: part.slice(1, -1) } : part));
        templates.set(template, parts);
    }
    return parts;
}
function placeholder(name, id, groups, context) {
    if (name === 'id')
        return id;
    const value = groups?.[name];
    if (value !== undefined)
        return value;
    if (name === 'server')
        return context.server ?? 'https://github.com';
    return name === 'repository' ? context.repository : undefined;
}
/** The link of one ID, or undefined when the pattern has no url or a placeholder has no value. */
function storyUrl(template, id, groups, context) {
    if (template === undefined)
        return undefined;
    let url = '';
    for (const part of templateParts(template)) {
        if (typeof part === 'string') {
            url += part;
            continue;
        }
        const value = placeholder(part.name, id, groups, context);
        if (value === undefined || value === '')
            return undefined;
        // server is a URL prefix; every other value is one path part (owner/repo keeps its slash).
        url +=
            part.name === 'server' && groups?.['server'] === undefined
                ? value.replace(/\/+$/, '')
                : encodeURIComponent(value).replace(/%2F/g, '/');
    }
    return /^https?:\/\/[^\s]+$/.test(url) ? url : undefined;
}


/***/ })

};
