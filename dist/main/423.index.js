export const id = 423;
export const ids = [423];
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

/***/ 58423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  environmentsCommand: () => (/* binding */ environmentsCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/load.ts + 3 modules
var load = __webpack_require__(11852);
// EXTERNAL MODULE: ./src/config/normalize.ts
var normalize = __webpack_require__(39137);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/net/retry-settings.ts
var retry_settings = __webpack_require__(46383);
// EXTERNAL MODULE: ./src/config/find-environment.ts
var find_environment = __webpack_require__(21903);
// EXTERNAL MODULE: ./src/targets/mendix-cloud/credentials.ts
var credentials = __webpack_require__(2496);
// EXTERNAL MODULE: ./src/net/retry-policy.ts
var retry_policy = __webpack_require__(27124);
// EXTERNAL MODULE: ./src/targets/mendix-cloud/environments.ts
var environments = __webpack_require__(74);
// EXTERNAL MODULE: ./src/targets/mendix-cloud/http-client.ts
var http_client = __webpack_require__(22870);
// EXTERNAL MODULE: ./src/targets/mendix-cloud/poll.ts
var poll = __webpack_require__(75905);
;// CONCATENATED MODULE: ./src/targets/mendix-cloud/environment-list.ts





function client(request) {
    return new http_client/* MendixHttp */.IB(request.auth, { retry: request.retry ?? (0,retry_policy/* retryPolicy */.Jb)(), log: request.log });
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PAGE = 100;
/** Every item of a paginated v4 list. */
async function allPages(http, url, key, what) {
    const items = [];
    for (let offset = 0;; offset += PAGE) {
        const separator = url.includes('?') ? '&' : '?';
        const page = await http.json({
            method: 'GET',
            url: `${url}${separator}offset=${offset}&limit=${PAGE}`,
            what
        });
        const found = page[key] ?? [];
        items.push(...found);
        if (found.length < PAGE)
            return items;
    }
}
/** Deploy API v4 (a personal access token): the app by its subdomain, then its environments. */
async function listV4(request) {
    const http = client(request);
    const base = `${request.portalApiUrl}/api/v4/apps`;
    let appId = request.appId;
    if (!UUID.test(appId)) {
        const apps = await allPages(http, base, 'apps', 'listing your Mendix Cloud apps');
        const app = apps.find((a) => a.subdomain === request.appId);
        if (!app) {
            throw new errors/* ConfigurationError */.j1(`none of the ${apps.length} Mendix Cloud apps MENDIX_PAT can see has the subdomain "${request.appId}": check app-id`);
        }
        appId = app.id;
    }
    const environments = await allPages(http, `${base}/${encodeURIComponent(appId)}/environments?expand=package`, 'environments', `listing the environments of app ${request.appId}`);
    return environments.map((env) => ({
        name: env.name,
        id: env.id,
        status: env.state,
        production: env.isProduction,
        url: env.url,
        modelVersion: env.package?.modelVersion ?? null,
        runtimeVersion: env.package?.runtimeVersion ?? null
    }));
}
/** Deploy API v1 (an API key). */
async function listV1(request) {
    const context = {
        http: client(request),
        deployApiUrl: request.deployApiUrl,
        appId: request.appId,
        backoff: poll/* DEFAULT_BACKOFF */.VU,
        clock: poll/* realClock */.dQ,
        log: request.log
    };
    return (await (0,environments/* listEnvironments */.DO)(context)).map((env) => ({
        name: env.Mode,
        id: env.EnvironmentId,
        status: env.Status,
        production: env.Production,
        url: env.Url,
        modelVersion: env.ModelVersion || null,
        runtimeVersion: env.MendixVersion || null
    }));
}
/** The app's environments with status, model and runtime version: v1 with an API key, v4 with a PAT. */
function listAppEnvironments(request) {
    return request.auth.kind === 'pat' ? listV4(request) : listV1(request);
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/format.ts
var format = __webpack_require__(96719);
;// CONCATENATED MODULE: ./src/cli/commands/environments.ts










function isMendixCloud(env) {
    return env.target.type === 'mendix-cloud';
}
/** The apps to list: one from --app-id, or those of the mendix-cloud targets in mxdeploy.yml. */
async function appsToList(context) {
    const appId = (0,command/* stringValue */.r)(context, 'app-id');
    if (appId) {
        return [
            {
                appId,
                deployApiUrl: (0,command/* stringValue */.r)(context, 'deploy-api-url') ?? normalize/* DEFAULT_DEPLOY_API_URL */.rx,
                portalApiUrl: (0,command/* stringValue */.r)(context, 'portal-api-url') ?? normalize/* DEFAULT_PORTAL_API_URL */.AJ,
                mapped: []
            }
        ];
    }
    const target = (0,command/* stringValue */.r)(context, 'target');
    if (target !== undefined && target !== 'mendix-cloud') {
        throw new errors/* ConfigurationError */.j1(`--target ${target}: only mendix-cloud environments can be listed (--target mendix-cloud)`);
    }
    const config = await (0,load/* loadConfig */.Z9)((0,external_node_path_.resolve)(context.io.cwd, (0,command/* stringValue */.r)(context, 'config') ?? load/* CONFIG_FILE */.g2));
    const name = (0,command/* stringValue */.r)(context, 'environment');
    const chosen = name ? [(0,find_environment/* findEnvironment */.j)(config, name)] : config.environments;
    const cloud = chosen.filter(isMendixCloud);
    if (cloud.length === 0) {
        throw new errors/* ConfigurationError */.j1(name
            ? `environment ${name} deploys to a ${chosen[0].target.type} target, not Mendix Cloud`
            : `no environment of ${config.file} deploys to Mendix Cloud (target: { type: mendix-cloud, app-id: … }); or give --app-id`);
    }
    const apps = new Map();
    for (const env of cloud) {
        const key = `${env.target.appId} ${env.target.deployApiUrl} ${env.target.portalApiUrl}`;
        const app = apps.get(key) ?? {
            appId: env.target.appId,
            deployApiUrl: env.target.deployApiUrl,
            portalApiUrl: env.target.portalApiUrl,
            mapped: []
        };
        app.mapped.push({ name: env.name, environment: env.target.environment });
        apps.set(key, app);
    }
    return [...apps.values()];
}
function environments_credentials(context) {
    const api = (0,command/* stringValue */.r)(context, 'api');
    if (api === undefined)
        return (0,credentials/* anyAuth */.N1)(context.io.env, context.log);
    if (api === 'v1')
        return (0,credentials/* apiKeyAuth */.wb)(context.io.env, context.log);
    if (api === 'v4') {
        const pat = (0,credentials/* patAuth */.cn)(context.io.env, context.log);
        if (!pat) {
            throw new errors/* ConfigurationError */.j1('--api v4 needs MENDIX_PAT: a personal access token with the mx:deployment:read scope (Mendix Profile → Personal Access Tokens)');
        }
        return pat;
    }
    throw new errors/* ConfigurationError */.j1(`--api ${api} is not one of v1, v4`);
}
function mxdeployName(app, env) {
    const found = app.mapped.find((m) => m.environment.toLowerCase() === env.name.toLowerCase() ||
        m.environment.toLowerCase() === env.id.toLowerCase());
    return found?.name ?? null;
}
const environmentsCommand = {
    name: 'environments',
    summary: "List a Mendix Cloud app's environments with their status, model and runtime version (Deploy API v1 with MENDIX_USERNAME and MENDIX_API_KEY, v4 with MENDIX_PAT).",
    usage: 'environments [--target mendix-cloud | --environment NAME | --app-id ID] [--api v1|v4]',
    options: {
        config: {
            type: 'string',
            value: 'FILE',
            description: `configuration file (default: ./${load/* CONFIG_FILE */.g2})`
        },
        target: {
            type: 'string',
            value: 'TYPE',
            description: 'the apps of every environment with this target type: mendix-cloud (default)'
        },
        environment: {
            type: 'string',
            short: 'e',
            value: 'NAME',
            description: 'the app of this environment of mxdeploy.yml'
        },
        'app-id': {
            type: 'string',
            value: 'ID',
            description: 'an app by its AppId (subdomain), without mxdeploy.yml'
        },
        'deploy-api-url': {
            type: 'string',
            value: 'URL',
            description: `with --app-id: the Deploy API v1 base URL (default ${normalize/* DEFAULT_DEPLOY_API_URL */.rx})`
        },
        'portal-api-url': {
            type: 'string',
            value: 'URL',
            description: `with --app-id: the Deploy API v4 base URL (default ${normalize/* DEFAULT_PORTAL_API_URL */.AJ})`
        },
        api: {
            type: 'string',
            value: 'v1|v4',
            description: 'which API to ask (default: v1 when MENDIX_API_KEY is set, else v4)'
        }
    },
    async run(context) {
        const apps = await appsToList(context);
        const auth = environments_credentials(context);
        const retry = (0,retry_settings/* retryPolicyFromEnv */.ed)(context.io.env);
        const listed = [];
        for (const app of apps) {
            const environments = await listAppEnvironments({ auth, ...app, log: context.log, retry });
            listed.push({
                appId: app.appId,
                api: auth.kind === 'pat' ? 'v4' : 'v1',
                environments: environments.map((env) => ({ ...env, mxdeploy: mxdeployName(app, env) }))
            });
        }
        const text = listed
            .map((app) => [
            `app ${app.appId} (Deploy API ${app.api})`,
            app.environments.length === 0
                ? '  no environments'
                : (0,format/* table */.tp)(['environment', 'mxdeploy', 'status', 'model', 'runtime', 'production', 'url'], app.environments.map((env) => [
                    env.name,
                    env.mxdeploy ?? '',
                    env.status,
                    env.modelVersion ?? '',
                    env.runtimeVersion ?? '',
                    env.production ? 'yes' : 'no',
                    env.url
                ]))
        ].join('\n'))
            .join('\n\n');
        return { json: { apps: listed }, text };
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
