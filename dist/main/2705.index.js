export const id = 2705;
export const ids = [2705,4757];
export const modules = {

/***/ 62705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listMendixApps: () => (/* binding */ listMendixApps)
/* harmony export */ });
/* harmony import */ var _app_state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76372);
/* harmony import */ var _cluster_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74757);
/* harmony import */ var _mendix_app_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80012);



/** The MendixApps of one namespace, with version and status read from each resource. */
async function listMendixApps(options) {
    const cluster = new _cluster_js__WEBPACK_IMPORTED_MODULE_1__.Cluster(options);
    const resources = await cluster.list(_mendix_app_js__WEBPACK_IMPORTED_MODULE_2__/* .MENDIX_APP */ .Oy.apiVersion, _mendix_app_js__WEBPACK_IMPORTED_MODULE_2__/* .MENDIX_APP */ .Oy.kind);
    const apps = resources
        .map((resource) => {
        const { version, sha256 } = (0,_app_state_js__WEBPACK_IMPORTED_MODULE_0__/* .packageOf */ .wg)(resource);
        const appURL = resource.spec?.['appURL'];
        return {
            name: resource.metadata.name,
            version: version ?? null,
            sha256: sha256 ?? null,
            managedByMxdeploy: resource.metadata.labels?.[_mendix_app_js__WEBPACK_IMPORTED_MODULE_2__/* .LABEL */ .d_.managedBy] === 'mxdeploy',
            environment: resource.metadata.annotations?.[_mendix_app_js__WEBPACK_IMPORTED_MODULE_2__/* .ANNOTATION */ .YX.environment] ?? null,
            state: (0,_app_state_js__WEBPACK_IMPORTED_MODULE_0__/* .operatorProgress */ .yJ)(resource).state,
            status: (0,_app_state_js__WEBPACK_IMPORTED_MODULE_0__/* .describeStatus */ .Wn)(resource),
            replicas: (0,_app_state_js__WEBPACK_IMPORTED_MODULE_0__/* .wantedReplicas */ .hb)(resource),
            appURL: typeof appURL === 'string' ? appURL : null
        };
    })
        .sort((a, b) => a.name.localeCompare(b.name));
    return { cluster: cluster.description, apps };
}


/***/ }),

/***/ 76372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ reportsGeneration),
/* harmony export */   Wn: () => (/* binding */ describeStatus),
/* harmony export */   Yh: () => (/* binding */ runningStateOf),
/* harmony export */   hb: () => (/* binding */ wantedReplicas),
/* harmony export */   wg: () => (/* binding */ packageOf),
/* harmony export */   yJ: () => (/* binding */ operatorProgress)
/* harmony export */ });
/* unused harmony export STATUS_FIELDS */
/* harmony import */ var _mendix_app_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80012);

/**
 * The statuses the documents say reach Ready once the app runs ("Monitoring the Build Process"),
 * in the order a deployment passes them. appState is Started or Stopped.
 */
const STATUS_FIELDS = [
    'buildStatus',
    'databaseStatus',
    'storageStatus',
    'networkStatus',
    'mendixAppState',
    'runtimeStatus'
];
/**
 * The documents name no failure values; a status saying it failed or is in error is taken as
 * one. Anything else that is not Ready is work in progress, bounded by the wait's time.
 */
const FAILED = /fail|error/i;
function objectMap(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : {};
}
function jsonList(text) {
    if (!text)
        return [];
    try {
        const value = JSON.parse(text);
        return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
    }
    catch {
        return [];
    }
}
/** `buildStatus Ready, runtimeStatus Building, appState Started`: what the status says. */
function describeStatus(resource) {
    const status = resource.status ?? {};
    const parts = [...STATUS_FIELDS, 'appState']
        .filter((field) => typeof status[field] === 'string')
        .map((field) => `${field} ${String(status[field])}`);
    return parts.length > 0 ? parts.join(', ') : 'no status yet';
}
/** The replicas the resource asks for; the documents say one when not set. */
function wantedReplicas(resource) {
    const replicas = resource.spec?.['replicas'];
    return typeof replicas === 'number' ? replicas : 1;
}
/**
 * Where the operator is with the resource's spec: running it (every reported status Ready and
 * appState Started, or Stopped with 0 replicas), failed, or still working. When the status
 * carries observedGeneration (Kubernetes API conventions), an older one means the operator has
 * not taken up the spec yet.
 */
function operatorProgress(resource) {
    const status = resource.status ?? {};
    const generation = resource.metadata.generation;
    if (typeof status.observedGeneration === 'number' &&
        typeof generation === 'number' &&
        status.observedGeneration < generation) {
        return {
            state: 'working',
            summary: `the operator has not taken up generation ${generation} yet (it reports ${status.observedGeneration}; ${describeStatus(resource)})`
        };
    }
    const failed = STATUS_FIELDS.filter((field) => typeof status[field] === 'string' && FAILED.test(String(status[field])));
    if (failed.length > 0)
        return { state: 'failed', summary: describeStatus(resource) };
    const reported = STATUS_FIELDS.filter((field) => typeof status[field] === 'string');
    const ready = reported.includes('runtimeStatus') && reported.every((field) => status[field] === 'Ready');
    const appState = wantedReplicas(resource) > 0 ? 'Started' : 'Stopped';
    if (ready && status.appState === appState)
        return { state: 'running' };
    return { state: 'working', summary: describeStatus(resource) };
}
/** Whether the status reports observedGeneration, so Ready can be tied to a spec. */
function reportsGeneration(resource) {
    return typeof resource.status?.observedGeneration === 'number';
}
/** The package the resource names: mxdeploy's annotations when they still match its sourceURL. */
function packageOf(resource) {
    const annotations = resource.metadata.annotations ?? {};
    const sourceURL = resource.spec?.['sourceURL'];
    if (annotations[_mendix_app_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATION */ .YX.sha256] && annotations[_mendix_app_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATION */ .YX.sourceUrl] === sourceURL) {
        return { version: annotations[_mendix_app_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATION */ .YX.version], sha256: annotations[_mendix_app_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATION */ .YX.sha256] };
    }
    // Changed by someone else: a registry blob URL still names the bytes it serves.
    const blob = typeof sourceURL === 'string' ? /\/blobs\/sha256:([0-9a-f]{64})$/.exec(sourceURL) : null;
    return { version: undefined, sha256: blob?.[1] };
}
/** The scheduled events the resource runs, for the event names mxdeploy recorded on it. */
function scheduledEventsOf(resource) {
    const runtime = objectMap(resource.spec?.['runtime']);
    const names = jsonList(resource.metadata.annotations?.[_mendix_app_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATION */ .YX.scheduledEvents]);
    const execution = runtime['scheduledEventExecution'];
    const listed = Array.isArray(runtime['myScheduledEvents'])
        ? runtime['myScheduledEvents'].filter((v) => typeof v === 'string')
        : [];
    const events = {};
    for (const name of new Set([...names, ...(execution === 'SPECIFIED' ? listed : [])])) {
        events[name] = execution === 'ALL' || (execution === 'SPECIFIED' && listed.includes(name));
    }
    return events;
}
/**
 * What the resource runs, read from its spec and status: undefined when the operator does not
 * report it running (a failed build, a start in progress), so a stage deploys it again. Constants
 * are left out when some come from the secret store, whose values mxdeploy never sees.
 */
function runningStateOf(resource) {
    if (operatorProgress(resource).state !== 'running') {
        return { version: undefined, sha256: undefined, constants: undefined };
    }
    const { version, sha256 } = packageOf(resource);
    const runtime = objectMap(resource.spec?.['runtime']);
    const secrets = jsonList(resource.metadata.annotations?.[_mendix_app_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATION */ .YX.secretConstants]);
    const constants = Object.fromEntries(Object.entries(objectMap(runtime['microflowConstants'])).map(([name, value]) => [
        name,
        String(value)
    ]));
    return {
        version,
        sha256,
        constants: secrets.length > 0 ? undefined : constants,
        scheduledEvents: scheduledEventsOf(resource)
    };
}


/***/ }),

/***/ 74757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cluster: () => (/* binding */ Cluster)
});

// UNUSED EXPORTS: DEFAULT_REQUEST_TIMEOUT_MS

// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 827 modules
var dist = __webpack_require__(64018);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(76670);
// EXTERNAL MODULE: ./src/net/retry-policy.ts
var retry_policy = __webpack_require__(27124);
// EXTERNAL MODULE: ./src/net/transient.ts
var net_transient = __webpack_require__(72681);
;// CONCATENATED MODULE: ./src/targets/kubernetes/api-errors.ts


/** A call the cluster answered with an error that is not the user's to fix (exit 1). */
class KubernetesApiError extends errors/* OperationError */.OK {
    code;
    reason;
    name = 'KubernetesApiError';
    constructor(message, code, reason) {
        super(message);
        this.code = code;
        this.reason = reason;
    }
}
/** A call the cluster refused for the user to fix: credentials, RBAC, namespace, invalid spec (exit 2). */
class KubernetesRefusal extends errors/* ConfigurationError */.j1 {
    code;
    reason;
    name = 'KubernetesRefusal';
    constructor(message, code, reason) {
        super(message);
        this.code = code;
        this.reason = reason;
    }
}
/** A field another field manager owns with another value (server-side apply, 409): nothing was applied. */
class FieldConflictError extends errors/* ConfigurationError */.j1 {
    conflicts;
    name = 'FieldConflictError';
    constructor(message, conflicts) {
        super(message);
        this.conflicts = conflicts;
    }
}
/** The Status an ApiException carries (client-node keeps the body as text), when it has one. */
function statusOf(error) {
    if (!(error instanceof dist/* ApiException */.UJ4))
        return undefined;
    const body = error.body;
    try {
        const parsed = typeof body === 'string' ? JSON.parse(body) : body;
        if (typeof parsed === 'object' && parsed !== null)
            return parsed;
    }
    catch {
        // not JSON: a proxy's HTML page, an empty body
    }
    return undefined;
}
function conflicts(status) {
    return (status.details?.causes ?? [])
        .filter((cause) => cause.reason === 'FieldManagerConflict')
        .map((cause) => ({
        manager: /conflict with "([^"]*)"/.exec(cause.message ?? '')?.[1] ?? 'another manager',
        field: cause.field ?? '(a field)'
    }));
}
function invalidDetail(status) {
    const causes = (status.details?.causes ?? []).map((cause) => `  - ${cause.field ? `${cause.field}: ` : ''}${cause.message ?? cause.reason ?? ''}`);
    return causes.length > 0 ? `\n${causes.join('\n')}` : '';
}
/** The error to throw for an answer the cluster gave with an error status. */
function errorForStatus(code, status, call) {
    const reason = status?.reason;
    const said = status?.message ?? `HTTP ${code}${reason ? ` ${reason}` : ''}`;
    if (code === 401) {
        return new KubernetesRefusal(`${call.what} was refused (401 Unauthorized): the cluster did not accept the credentials of ${call.cluster}; renew them (a fresh kubeconfig secret, or the cloud login step before mxdeploy) and run again`, code, reason);
    }
    if (code === 403) {
        return new KubernetesRefusal(`${call.what} was refused (403 Forbidden: ${said}): the kubeconfig's user needs, in namespace ${call.namespace}, get, list, create and patch on mendixapps.privatecloud.mendix.com and list on events (see docs/kubernetes.md for a Role)`, code, reason);
    }
    if (code === 404 && status?.details?.kind === 'namespaces') {
        return new KubernetesRefusal(`${call.what} failed: ${said}; correct target.namespace, or create the namespace and install the Mendix Operator in it`, code, reason);
    }
    if (code === 409 && status && conflicts(status).length > 0) {
        const found = conflicts(status);
        const lines = found.map((c) => `  - ${c.field} (managed by "${c.manager}")`).join('\n');
        return new FieldConflictError(`${call.what} was refused, and nothing was applied: ${found.length === 1 ? 'a field' : 'fields'} mxdeploy sets ${found.length === 1 ? 'is' : 'are'} owned by another field manager with another value:\n${lines}\nSomeone changed ${found.length === 1 ? 'it' : 'them'} outside mxdeploy (kubectl edit, kubectl apply, another tool). Put the value you want in mxdeploy.yml and set target.force-conflicts: true to take ${found.length === 1 ? 'it' : 'them'} over, or undo the change where it was made.`, found);
    }
    if (code === 422) {
        return new KubernetesRefusal(`${call.what} was refused by the cluster as invalid (422): ${said}${invalidDetail(status ?? {})}\nCorrect the target's settings in mxdeploy.yml; nothing was applied.`, code, reason);
    }
    return new KubernetesApiError(`${call.what} failed with HTTP ${code}${reason ? ` ${reason}` : ''}: ${said}`, code, reason);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/targets/kubernetes/kubeconfig.ts




/** Where a pod finds its service account (Kubernetes "Accessing the API from a Pod"). */
const SERVICE_ACCOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';
const KUBECONFIG_HELP = 'set KUBECONFIG to a kubeconfig file, or write ~/.kube/config (in GitHub Actions: a kubeconfig from a secret, or a cloud login step that writes one; see docs/kubernetes.md)';
function loadFile(file) {
    const config = new dist/* KubeConfig */.ypW();
    try {
        config.loadFromFile(file);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`kubeconfig ${file} cannot be read: ${(0,errors/* errorMessage */.gJ)(error).split('\n')[0]}`);
    }
    return config;
}
/**
 * KUBECONFIG's files merged as kubectl merges them: files that do not exist are skipped, and the
 * first file to name a cluster, user, context or the current context wins.
 */
function fromKubeconfigVariable(value) {
    const files = value.split(external_node_path_.delimiter).filter(Boolean);
    const present = files.filter((file) => (0,external_node_fs_.existsSync)(file));
    if (present.length === 0) {
        throw new errors/* ConfigurationError */.j1(`KUBECONFIG names ${files.join(external_node_path_.delimiter) || '""'}, which does not exist: ${KUBECONFIG_HELP}`);
    }
    const [first, ...rest] = present.map(loadFile);
    for (const other of rest) {
        const has = (list, item) => list.some((entry) => entry.name === item.name);
        for (const cluster of other.getClusters())
            if (!has(first.getClusters(), cluster))
                first.addCluster(cluster);
        for (const user of other.getUsers())
            if (!has(first.getUsers(), user))
                first.addUser(user);
        for (const context of other.getContexts())
            if (!has(first.getContexts(), context))
                first.addContext(context);
        if (!first.getCurrentContext() && other.getCurrentContext()) {
            first.setCurrentContext(other.getCurrentContext());
        }
    }
    return first;
}
/** The pod's own service account, as client-node's loadFromCluster reads it, from `env`. */
function inCluster(env) {
    const host = env['KUBERNETES_SERVICE_HOST'];
    const port = env['KUBERNETES_SERVICE_PORT'];
    if (!host || !port || !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(SERVICE_ACCOUNT, 'token')))
        return undefined;
    const config = new dist/* KubeConfig */.ypW();
    const namespaceFile = (0,external_node_path_.join)(SERVICE_ACCOUNT, 'namespace');
    config.loadFromOptions({
        clusters: [
            {
                name: 'in-cluster',
                server: `https://${host.includes(':') ? `[${host}]` : host}:${port}`,
                caFile: (0,external_node_path_.join)(SERVICE_ACCOUNT, 'ca.crt'),
                skipTLSVerify: false
            }
        ],
        users: [
            {
                name: 'in-cluster',
                authProvider: { name: 'tokenFile', config: { tokenFile: (0,external_node_path_.join)(SERVICE_ACCOUNT, 'token') } }
            }
        ],
        contexts: [
            {
                name: 'in-cluster',
                cluster: 'in-cluster',
                user: 'in-cluster',
                ...((0,external_node_fs_.existsSync)(namespaceFile)
                    ? { namespace: (0,external_node_fs_.readFileSync)(namespaceFile, 'utf8').trim() }
                    : {})
            }
        ],
        currentContext: 'in-cluster'
    });
    return config;
}
/**
 * The kubeconfig as kubectl finds it, from `env` rather than this process's variables:
 * KUBECONFIG, else ~/.kube/config, else the pod's service account. client-node's loadFromDefault
 * falls back to http://localhost:8080 when there is none; this says what to set instead.
 */
function resolveKubeConfig(env, context) {
    const home = env['HOME'] ? (0,external_node_path_.join)(env['HOME'], '.kube', 'config') : undefined;
    const config = env['KUBECONFIG']
        ? fromKubeconfigVariable(env['KUBECONFIG'])
        : home && (0,external_node_fs_.existsSync)(home)
            ? loadFile(home)
            : inCluster(env);
    if (!config)
        throw new errors/* ConfigurationError */.j1(`no kubeconfig was found: ${KUBECONFIG_HELP}`);
    const names = config.getContexts().map((c) => c.name);
    if (context !== undefined) {
        if (!names.includes(context)) {
            throw new errors/* ConfigurationError */.j1(`the kubeconfig has no context "${context}" (it has: ${names.join(', ') || 'none'}): correct target.context, or use a kubeconfig that has it`);
        }
        config.setCurrentContext(context);
    }
    else if (!config.getCurrentContext() || !names.includes(config.getCurrentContext())) {
        throw new errors/* ConfigurationError */.j1(`the kubeconfig has no current context${config.getCurrentContext() ? ` ("${config.getCurrentContext()}" is not one of its contexts)` : ''}: set target.context to one of ${names.join(', ') || '(none: the kubeconfig has no contexts)'}`);
    }
    const name = config.getCurrentContext();
    const cluster = config.getCurrentCluster();
    if (!cluster) {
        throw new errors/* ConfigurationError */.j1(`context "${name}" of the kubeconfig names a cluster the kubeconfig does not have`);
    }
    if (cluster.server.startsWith('http:') && !cluster.skipTLSVerify) {
        throw new errors/* ConfigurationError */.j1(`context "${name}" reaches its cluster over plain HTTP (${cluster.server}), which would carry its credentials unencrypted: use the cluster's https:// address`);
    }
    return { config, description: `context ${name} (${cluster.server})` };
}

;// CONCATENATED MODULE: ./src/targets/kubernetes/cluster.ts







/** How long one request may go unanswered before it counts as lost (and is tried again). */
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/** What provides a kind the target uses, for the message when a cluster lacks it. */
const INSTALL = {
    MendixApp: 'install the Mendix Operator and its custom resource definitions (Mendix docs: "Using Command Line to Deploy a Mendix App to a Private Cloud Cluster")',
    SecretProviderClass: 'install the Kubernetes Secrets Store CSI driver and a provider (Mendix docs: "Configuring a Secret Store with the Secrets Store CSI Driver")'
};
/** KubernetesObjectApi with its discovery step callable on its own. */
class ObjectApi extends dist/* KubernetesObjectApi */.e1Y {
    discover(apiVersion, kind) {
        return this.resource(apiVersion, kind);
    }
}
/** Plain JSON, as the API server sent it (client-node turns timestamps into Dates). */
function plain(value) {
    return JSON.parse(JSON.stringify(value));
}
/**
 * One namespace of one cluster through @kubernetes/client-node: the kubeconfig resolved as kubectl
 * does, each request bounded in time, lost answers, 429 and 5xx retried under the shared policy
 * (every call here is a read or a server-side apply, which gives the same result when repeated),
 * and errors turned into messages that say what to fix.
 */
class Cluster {
    options;
    description;
    api;
    discovered = new Map();
    constructor(options) {
        this.options = options;
        const resolved = resolveKubeConfig(options.env, options.context);
        this.description = (0,redact/* redactCredentials */.U)(resolved.description);
        const cluster = resolved.config.getCurrentCluster();
        const timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
        this.api = new ObjectApi((0,dist/* createConfiguration */.$v4)({
            baseServer: new dist/* ServerConfiguration */.i04(cluster.server, {}),
            authMethods: { default: resolved.config },
            promiseMiddleware: [
                {
                    pre: (context) => {
                        context.setSignal(AbortSignal.timeout(timeoutMs));
                        return Promise.resolve(context);
                    },
                    post: (context) => Promise.resolve(context)
                }
            ]
        }));
    }
    call(what) {
        return { what, namespace: this.options.namespace, cluster: this.description };
    }
    /** A network fault or a "not now" answer, as the retry policy's TransientError. */
    transient(error) {
        if (error instanceof dist/* ApiException */.UJ4 && net_transient/* TRANSIENT_STATUSES */.SS.has(error.code)) {
            const headers = error.headers;
            return new retry_policy/* TransientError */.N_(`HTTP ${error.code} ${statusOf(error)?.reason ?? ''}`.trim(), {
                retryAfterMs: (0,net_transient/* retryAfterMs */.Vs)(headers['retry-after'], this.options.retry.clock.now()),
                cause: error
            });
        }
        if (error instanceof dist/* AbortError */.lcN) {
            const ms = this.options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
            return new retry_policy/* TransientError */.N_(`no answer within ${ms / 1000} s`, { cause: error });
        }
        if (error instanceof dist/* FetchError */.fkK) {
            const code = error.code;
            return new retry_policy/* TransientError */.N_(`no answer (${code ?? error.message})`, { cause: error });
        }
        return undefined;
    }
    /** Runs one request under the retry policy; failures become errors that say what to do. */
    async request(what, attempt) {
        try {
            return await (0,retry_policy/* withRetries */.LH)(this.options.retry, {
                what: `${what} on ${this.description}`,
                advice: 'check that the cluster is reachable from here and try again',
                onRetry: (line) => this.options.log.info(`  ${line}`)
            }, async () => {
                try {
                    return await attempt();
                }
                catch (error) {
                    throw this.transient(error) ?? error;
                }
            });
        }
        catch (error) {
            if (error instanceof dist/* ApiException */.UJ4) {
                throw errorForStatus(error.code, statusOf(error), this.call(what));
            }
            if (error instanceof retry_policy/* RetriesExhaustedError */.i5 || error instanceof errors/* ConfigurationError */.j1)
                throw error;
            if (error instanceof errors/* OperationError */.OK)
                throw error;
            throw new errors/* OperationError */.OK(`${what} on ${this.description} failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    /** Whether the cluster serves the kind; a ConfigurationError naming what to install if not. */
    discover(apiVersion, kind) {
        const key = `${apiVersion} ${kind}`;
        let found = this.discovered.get(key);
        if (!found) {
            const missing = (why) => new errors/* ConfigurationError */.j1(`${this.description} does not serve ${kind} (${apiVersion}): ${why}; ${INSTALL[kind] ?? `install what provides ${kind}`}`);
            found = this.request(`asking for the ${kind} resource type`, async () => {
                try {
                    return await this.api.discover(apiVersion, kind);
                }
                catch (error) {
                    if (error instanceof dist/* ApiException */.UJ4 && error.code === 404)
                        return undefined;
                    throw error;
                }
            }).then((resource) => {
                if (!resource)
                    throw missing(`${apiVersion} lists no ${kind}`);
            });
            this.discovered.set(key, found);
            found.catch(() => this.discovered.delete(key));
        }
        return found;
    }
    /** One object of the namespace, or undefined when it does not exist. */
    async read(ref) {
        await this.discover(ref.apiVersion, ref.kind);
        const what = `reading ${ref.kind} ${this.options.namespace}/${ref.name}`;
        const found = await this.request(what, async () => {
            try {
                return await this.api.read({
                    apiVersion: ref.apiVersion,
                    kind: ref.kind,
                    metadata: { name: ref.name, namespace: this.options.namespace }
                });
            }
            catch (error) {
                if (error instanceof dist/* ApiException */.UJ4 && error.code === 404)
                    return undefined;
                throw error;
            }
        });
        return found === undefined ? undefined : plain(found);
    }
    /** Every object of a kind in the namespace, page by page. */
    async list(apiVersion, kind, fieldSelector) {
        await this.discover(apiVersion, kind);
        const items = [];
        let token;
        do {
            const page = plain(await this.request(`listing ${kind} objects in namespace ${this.options.namespace}`, () => this.api.list(apiVersion, kind, this.options.namespace, undefined, undefined, undefined, fieldSelector, undefined, 500, token)));
            items.push(...(page.items ?? []));
            token = page.metadata?.continue ?? page.metadata?._continue ?? undefined;
        } while (token);
        return items;
    }
    /**
     * Server-side apply of `object` with field manager `manager` (force only when asked): creates
     * it or merges it into the live object. Repeating it gives the same result, so it is retried.
     */
    async apply(object, manager, force) {
        await this.discover(object.apiVersion, object.kind);
        const what = `applying ${object.kind} ${this.options.namespace}/${object.metadata.name}`;
        const applied = await this.request(what, () => this.api.patch(plain(object), undefined, undefined, manager, force, dist/* PatchStrategy */.Qve.ServerSideApply));
        return plain(applied);
    }
}


/***/ }),

/***/ 80012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oy: () => (/* binding */ MENDIX_APP),
/* harmony export */   YX: () => (/* binding */ ANNOTATION),
/* harmony export */   d_: () => (/* binding */ LABEL),
/* harmony export */   pv: () => (/* binding */ desiredMendixApp),
/* harmony export */   vy: () => (/* binding */ FIELD_MANAGER)
/* harmony export */ });
/* unused harmony export eventExecution */
/** The Mendix Operator's custom resource (Mendix docs: "Using Command Line to Deploy a Mendix App"). */
const MENDIX_APP = {
    apiVersion: 'privatecloud.mendix.com/v1alpha1',
    kind: 'MendixApp',
    plural: 'mendixapps.privatecloud.mendix.com'
};
/** The field manager of every apply (server-side apply's `fieldManager`). */
const FIELD_MANAGER = 'mxdeploy';
/** What mxdeploy records on the resource, so what runs can be read back from it. */
const ANNOTATION = {
    app: 'mxdeploy.dev/app',
    environment: 'mxdeploy.dev/environment',
    version: 'mxdeploy.dev/package-version',
    sha256: 'mxdeploy.dev/package-sha256',
    sourceUrl: 'mxdeploy.dev/source-url',
    scheduledEvents: 'mxdeploy.dev/scheduled-events',
    secretConstants: 'mxdeploy.dev/secret-constants'
};
/** Kubernetes' recommended labels (kubernetes.io "Recommended Labels"). */
const LABEL = {
    managedBy: 'app.kubernetes.io/managed-by',
    version: 'app.kubernetes.io/version'
};
/** ALL when every event runs, NONE when none does, else SPECIFIED with the ones that do. */
function eventExecution(events) {
    const names = Object.keys(events);
    const on = names.filter((name) => events[name]).sort();
    if (names.length > 0 && on.length === names.length)
        return { execution: 'ALL', specified: [] };
    if (on.length === 0)
        return { execution: 'NONE', specified: [] };
    return { execution: 'SPECIFIED', specified: on };
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** `base` with `over` laid on top: objects merged key by key, anything else replaced. */
function merge(base, over) {
    const out = { ...base };
    for (const [key, value] of Object.entries(over)) {
        const current = out[key];
        out[key] = isObject(current) && isObject(value) ? merge(current, value) : value;
    }
    return out;
}
function defined(entries) {
    return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}
/**
 * The MendixApp mxdeploy applies: the target's spec fields, the package (sourceURL, runtime
 * version), the environment's settings (dtapMode, constants, scheduled events) and annotations
 * that let `current()` read back which package it is. Secret constants are left out: the
 * operator reads them from the secret store.
 */
function desiredMendixApp(desired) {
    const { config, settings, package: pkg } = desired;
    const secret = new Set(config.secretConstants);
    const constants = Object.fromEntries(Object.entries(settings.constants)
        .filter(([name]) => !secret.has(name))
        .sort(([a], [b]) => a.localeCompare(b)));
    const events = eventExecution(settings.scheduledEvents);
    const ours = defined({
        mendixRuntimeVersion: pkg.runtimeVersion,
        sourceURL: desired.sourceURL,
        replicas: config.replicas,
        database: config.databasePlan ? { servicePlan: config.databasePlan } : undefined,
        storage: config.storagePlan ? { servicePlan: config.storagePlan } : undefined,
        appURL: config.appUrl,
        tls: config.tls
            ? defined({ enableTLS: config.tls.enable, secretName: config.tls.secretName })
            : undefined,
        resources: config.resources,
        allowOverrideSecretsWithSecretStoreCSIDriver: secret.size > 0 ? true : undefined,
        runtime: defined({
            dtapMode: desired.environment.production ? 'P' : 'D',
            microflowConstants: constants,
            scheduledEventExecution: events.execution,
            myScheduledEvents: events.execution === 'SPECIFIED' ? events.specified : undefined,
            environmentVariables: config.environmentVariables.length > 0
                ? config.environmentVariables.map((variable) => 'value' in variable
                    ? { name: variable.name, value: variable.value }
                    : {
                        name: variable.name,
                        valueFrom: { secretKeyRef: { name: variable.secret, key: variable.key } }
                    })
                : undefined,
            customConfiguration: config.customConfiguration
                ? JSON.stringify(config.customConfiguration)
                : undefined
        })
    });
    return {
        apiVersion: MENDIX_APP.apiVersion,
        kind: MENDIX_APP.kind,
        metadata: {
            name: config.name,
            namespace: config.namespace,
            labels: { [LABEL.managedBy]: 'mxdeploy', [LABEL.version]: pkg.version },
            annotations: defined({
                [ANNOTATION.app]: desired.app,
                [ANNOTATION.environment]: desired.environment.name,
                [ANNOTATION.version]: pkg.version,
                [ANNOTATION.sha256]: pkg.sha256,
                [ANNOTATION.sourceUrl]: desired.sourceURL,
                [ANNOTATION.scheduledEvents]: JSON.stringify(Object.keys(settings.scheduledEvents).sort()),
                [ANNOTATION.secretConstants]: secret.size > 0 ? JSON.stringify([...secret].sort()) : undefined
            })
        },
        spec: merge(config.spec, ours)
    };
}


/***/ })

};
