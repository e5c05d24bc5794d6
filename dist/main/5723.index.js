export const id = 5723;
export const ids = [5723];
export const modules = {

/***/ 97711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ environmentLock)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _fs_path_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59263);


/**
 * The lock file of an environment in the state folder, whose `locks` folder is made first: a
 * state folder that cannot be used fails here, named, before anything changes.
 */
async function environmentLock(stateDir, environment) {
    const locks = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(stateDir, 'locks');
    await (0,_fs_path_error_js__WEBPACK_IMPORTED_MODULE_1__/* .prepareFolder */ .G)({
        what: 'the state folder',
        path: stateDir,
        fix: 'give --state-dir a folder on a writable disk'
    }, locks);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(locks, `${environment}.lock`);
}


/***/ }),

/***/ 63866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ PolicyRefusal)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/**
 * An access-control refusal (wrong or reused code, no approval): the user's input, so exit 2 and
 * nothing deployed — but unlike other input errors it is recorded in the activity log, because
 * auditors want refused attempts too.
 */
class PolicyRefusal extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    facts;
    name = 'PolicyRefusal';
    constructor(message, facts) {
        super(message);
        this.facts = facts;
    }
}


/***/ }),

/***/ 736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ runRecorded)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/stage/policy.ts
var policy = __webpack_require__(63866);
;// CONCATENATED MODULE: ./src/stage/policy-run.ts


/**
 * Runs every policy's check in order and merges what they learned. A PolicyRefusal is recorded
 * first (who tried, what, and why; `startOf` builds the record from the facts so far), then
 * rethrown; a record that cannot be written is a warning, so the refusal's reason still shows.
 */
async function checkPolicies(policies, context, startOf) {
    const facts = {};
    try {
        for (const policy of policies)
            Object.assign(facts, await policy.check(context));
    }
    catch (error) {
        if (error instanceof policy/* PolicyRefusal */.F) {
            await recordRefusal(context, startOf({ ...facts, ...error.facts }), error);
        }
        throw error;
    }
    return facts;
}
/** Runs the policies' confirmations on a started record; a refusal finishes it as refused. */
async function confirmPolicies(policies, context, started) {
    try {
        for (const policy of policies)
            await policy.confirm?.(context, started);
    }
    catch (error) {
        await context.activity.finish(started, {
            result: 'failure',
            error: (0,errors/* errorMessage */.gJ)(error),
            durationMs: 0,
            ...(error instanceof policy/* PolicyRefusal */.F ? { details: { refused: true } } : {})
        });
        throw error;
    }
}
async function recordRefusal(context, start, refusal) {
    try {
        const open = await context.activity.begin({
            ...start,
            details: { ...start.details, refused: true }
        });
        await context.activity.finish(open, {
            result: 'failure',
            error: refusal.message,
            durationMs: 0
        });
    }
    catch (error) {
        context.log.warning(`the refusal could not be recorded in the activity log: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/stage/record-outcome.ts

/**
 * Records an operation that changed the environment. A record that cannot be written fails the
 * operation (exit 1) with a message that says what did happen, so a lost record never passes
 * for a success: `fact.done` is what happened ("test now runs hello 1.2.0.1"), `fact.what` names
 * the operation, and `fact.redo` how to get it recorded once the log can take it.
 */
async function recordDone(activity, open, outcome, fact) {
    try {
        return await activity.finish(open, outcome);
    }
    catch (error) {
        const redo = fact.redo
            ? `; once the log can be written again, record the ${fact.what} with ${fact.redo}`
            : '';
        throw new errors/* OperationError */.OK(`${fact.done}, but the ${fact.what} is not in the activity log: ${(0,errors/* errorMessage */.gJ)(error)}${redo}`);
    }
}
/**
 * Records an operation that failed. The operation's own error is what the caller reports, so a
 * record that cannot be written is a warning here rather than a second error hiding the first.
 */
async function recordFailure(activity, open, outcome, log) {
    try {
        await activity.finish(open, outcome);
    }
    catch (error) {
        log.warning(`this failure is not in the activity log: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/stage/recorded-operation.ts




/**
 * The one way an operation that changes an environment is run and recorded, for stages and for
 * start/stop/restart alike: every policy, the start record, the policies' confirmations, the
 * work, then the outcome — a failure recorded (a record that cannot be written is a warning
 * beside the failure), a success recorded or the operation fails saying what did happen.
 */
async function runRecorded(operation) {
    const { context, policies } = operation;
    const { activity, log } = context;
    const startOf = (facts) => ({
        id: (0,external_node_crypto_.randomUUID)(),
        time: new Date().toISOString(),
        app: context.config.app,
        environment: context.environment.name,
        operation: operation.operation,
        package: operation.package,
        actor: context.actor,
        approvers: facts.approvers ?? [],
        mfa: facts.mfa ?? null,
        commit: operation.commit,
        runUrl: operation.runUrl,
        stories: []
    });
    const facts = await checkPolicies(policies, context, startOf);
    const started = Date.now();
    const open = await activity.begin({
        ...startOf(facts),
        time: new Date(started).toISOString(),
        ...operation.extra
    });
    await confirmPolicies(policies, context, open);
    log.info(operation.announce);
    let done;
    try {
        done = await operation.work();
    }
    catch (error) {
        const failed = { result: 'failure', error: (0,errors/* errorMessage */.gJ)(error) };
        await recordFailure(activity, open, { ...failed, durationMs: Date.now() - started }, log);
        throw error;
    }
    const record = await recordDone(activity, open, { result: 'success', error: null, durationMs: Date.now() - started, ...done.outcome }, operation.done);
    return { value: done.value, record };
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


/***/ }),

/***/ 46922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MP: () => (/* binding */ checkAnonymousRead),
/* harmony export */   Mf: () => (/* binding */ sourceUrlFor),
/* harmony export */   mj: () => (/* binding */ refuseUnreadableRepository)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _repository_oci_reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99283);


/**
 * The documents: spec.sourceURL is "an HTTP or HTTPS URL specifying the location of the
 * deployment package (this must be accessible from your cluster without any authentication)",
 * or `oci-image://` for an image the operator built itself. Which package repositories give one.
 */
const UNREADABLE = [
    {
        test: (uri) => uri.startsWith('file:'),
        why: 'a file: repository is a folder on the machine that runs mxdeploy, which the cluster cannot read'
    },
    {
        test: (uri) => uri === 'artifact' || uri.startsWith('artifact:'),
        why: 'GitHub Actions artifacts are downloaded only with a GitHub token, and as a zip around the MDA'
    }
];
const READABLE_HINT = 'The Mendix Operator downloads spec.sourceURL over http(s) without credentials; use repository: oci://HOST/REPO on a registry that allows anonymous pulls, or github-release in a public repository';
/**
 * Refuses, before anything is done, a package repository the cluster cannot download from:
 * the operator takes no credentials in the resource.
 */
function refuseUnreadableRepository(repository, environment) {
    const found = UNREADABLE.find((rule) => rule.test(repository));
    if (found) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`environment ${environment} deploys to Kubernetes, but its packages are in ${repository}: ${found.why}. ${READABLE_HINT}`);
    }
}
/**
 * The URL the operator downloads the package from: an OCI repository's blob of the MDA (its
 * digest is the MDA's SHA-256), or a GitHub release asset's download URL.
 */
function sourceUrlFor(repository, pkg, env, environment) {
    refuseUnreadableRepository(repository, environment);
    if (repository.startsWith('oci://')) {
        const ref = (0,_repository_oci_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseOciUri */ .Xz)(repository, env);
        return new URL(`v2/${ref.repository}/blobs/sha256:${pkg.sha256}`, ref.baseUrl).href;
    }
    if (/^https?:\/\//.test(pkg.url))
        return pkg.url;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`environment ${environment} deploys to Kubernetes, but ${pkg.app} ${pkg.version} in ${repository} has no http(s) download URL (${pkg.url}). ${READABLE_HINT}`);
}
/**
 * Asks for the package's first byte as the operator would, without credentials. An answer that
 * needs authentication (401, 403, 404 for a private repository) is refused before anything is
 * applied; a URL this machine cannot reach at all is only warned about, since the cluster's
 * network may reach it.
 */
async function checkAnonymousRead(url, environment, log, options = {}) {
    const get = options.fetch ?? fetch;
    let status;
    try {
        const res = await get(url, {
            headers: { Range: 'bytes=0-0' },
            redirect: 'follow',
            signal: AbortSignal.timeout(options.timeoutMs ?? 15_000)
        });
        status = res.status;
        await res.body?.cancel();
    }
    catch (error) {
        log.warning(`could not check that the cluster can download ${url} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}); going on, as the cluster's network may reach it`);
        return;
    }
    if (status === 200 || status === 206)
        return;
    if ([401, 403, 404].includes(status)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`environment ${environment}: the cluster cannot download the package from ${url}: it answers ${status} without credentials. ${READABLE_HINT}`);
    }
    log.warning(`${url} answers ${status} without credentials; going on, but the operator may fail to download it`);
}


/***/ }),

/***/ 71918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ openTarget)
});

// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/net/poll.ts
var poll = __webpack_require__(37158);
// EXTERNAL MODULE: ./src/net/retry-settings.ts
var retry_settings = __webpack_require__(46383);
;// CONCATENATED MODULE: ./src/targets/cloudfoundry/annotations.ts
/**
 * Where mxdeploy keeps its facts on the platform, as metadata annotations (a SHA-256 in hex is
 * 64 characters, one more than a label value takes; annotations take 5000). The package's own
 * `checksum` is not the MDA's: the Cloud Controller rewrites the zip before hashing it.
 */
const ANNOTATION = {
    /** On the package and the droplet: the MDA's SHA-256. */
    sha256: 'mxdeploy/mda-sha256',
    /** On the droplet: the package version (`1.2.0.4`). */
    version: 'mxdeploy/package-version',
    /** On the droplet: the buildpack it was staged with, as mxdeploy.yml named it. */
    buildpack: 'mxdeploy/buildpack',
    /** On the droplet: the package's constants, comma-separated, in parts (for new-constants). */
    constants: 'mxdeploy/constants',
    /** On the app: the environment variables mxdeploy set, comma-separated, in parts. */
    variables: 'mxdeploy/variables'
};
/** An annotation value holds at most 5000 characters. */
const VALUE_LIMIT = 5000;
/** Parts of one list: two lists stay well within the platform's default of 200 annotations. */
const MAX_PARTS = 50;
function annotation(metadata, key) {
    const value = metadata?.annotations?.[key];
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function partKey(key, index) {
    return index === 0 ? key : `${key}-${index + 1}`;
}
/** A list kept in the annotations `key`, `key-2`, …; undefined when `key` is absent. */
function readList(metadata, key) {
    if (typeof metadata?.annotations?.[key] !== 'string')
        return undefined;
    const names = [];
    for (let index = 0; index < MAX_PARTS; index++) {
        const part = metadata.annotations[partKey(key, index)];
        if (typeof part !== 'string')
            break;
        names.push(...part.split(',').filter(Boolean));
    }
    return names;
}
/**
 * The annotations that keep a list of names under `key`: parts of at most 5000 characters split
 * at commas, and `null` for parts an earlier, longer list left (the PATCH merges, null deletes).
 */
function listAnnotations(key, names, previous) {
    const parts = [];
    let current = '';
    for (const name of [...names].sort()) {
        const next = current ? `${current},${name}` : name;
        if (next.length > VALUE_LIMIT && current) {
            parts.push(current);
            current = name;
        }
        else {
            current = next;
        }
    }
    if (current)
        parts.push(current);
    const result = {};
    parts.forEach((part, index) => (result[partKey(key, index)] = part));
    for (let index = parts.length; index < MAX_PARTS; index++) {
        if (typeof previous?.annotations?.[partKey(key, index)] !== 'string')
            break;
        result[partKey(key, index)] = null;
    }
    return result;
}
function dropletFacts(metadata) {
    const sha256 = annotation(metadata, ANNOTATION.sha256);
    return {
        sha256: sha256 && /^[0-9a-f]{64}$/.test(sha256) ? sha256 : undefined,
        version: annotation(metadata, ANNOTATION.version),
        buildpack: annotation(metadata, ANNOTATION.buildpack),
        constants: readList(metadata, ANNOTATION.constants)
    };
}
/** The annotations of a droplet staged from this package with this buildpack. */
function dropletAnnotations(pkg, buildpack, constants) {
    const list = listAnnotations(ANNOTATION.constants, constants, undefined);
    return {
        [ANNOTATION.sha256]: pkg.sha256,
        [ANNOTATION.version]: pkg.version,
        [ANNOTATION.buildpack]: buildpack,
        // Written even when empty: "no constants" is not "unknown".
        [ANNOTATION.constants]: '',
        ...list
    };
}
/** The variables mxdeploy set on the app, from its annotations. */
function ownedVariables(metadata) {
    return readList(metadata, ANNOTATION.variables) ?? [];
}
/** The annotations that record these variables as mxdeploy's. */
function ownedAnnotations(names, previous) {
    return listAnnotations(ANNOTATION.variables, names, previous);
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/net/retry-policy.ts
var retry_policy = __webpack_require__(27124);
// EXTERNAL MODULE: ./src/net/transient.ts
var net_transient = __webpack_require__(72681);
;// CONCATENATED MODULE: ./src/targets/cloudfoundry/cf-errors.ts

/** A call Cloud Foundry answered with an error (exit 1). */
class CfApiError extends errors/* OperationError */.OK {
    status;
    errors;
    name = 'CfApiError';
    constructor(message, status, errors) {
        super(message);
        this.status = status;
        this.errors = errors;
    }
}
/** A call refused for the user to fix: credentials, roles, a buildpack the platform lacks (exit 2). */
class CfAccessError extends errors/* ConfigurationError */.j1 {
    status;
    errors;
    name = 'CfAccessError';
    constructor(message, status, errors) {
        super(message);
        this.status = status;
        this.errors = errors;
    }
}
/** The status and errors of a Cloud Foundry error, or undefined for anything else. */
function cfFailure(error) {
    return error instanceof CfApiError || error instanceof CfAccessError ? error : undefined;
}
/** Whether a failure carries this error title (`CF-InvalidAuthToken`). */
function hasTitle(failure, title) {
    return failure?.errors.some((entry) => entry.title === title) ?? false;
}
/**
 * The `errors` of a v3 error body. Every error response has that shape (a 429 of the rate limiter
 * too, though it says text/plain); anything else becomes one entry with the text.
 */
function errorEntries(body) {
    const list = body?.errors;
    if (Array.isArray(list)) {
        return list.map((raw) => {
            const entry = (raw ?? {});
            return {
                code: typeof entry['code'] === 'number' ? entry['code'] : undefined,
                title: typeof entry['title'] === 'string' ? entry['title'] : undefined,
                detail: typeof entry['detail'] === 'string' ? entry['detail'] : ''
            };
        });
    }
    const text = typeof body === 'string' ? body.slice(0, 500) : '';
    return text ? [{ code: undefined, title: undefined, detail: text }] : [];
}
/**
 * Quota refusals are 422 CF-UnprocessableEntity with the reason in `detail` only: "memory
 * space_quota_exceeded for space …", "organization's memory limit exceeded: staging requires …".
 */
const QUOTA = /quota_exceeded|limit_exceeded|limit exceeded|quota may not be large enough/i;
/** Whether a failure is a quota refusal. */
function isQuota(failure) {
    // Only a 422: "Rate Limit Exceeded" (429) reads like a limit too.
    return failure?.status === 422 && failure.errors.some((entry) => QUOTA.test(entry.detail));
}
function said(status, errors) {
    if (errors.length === 0)
        return `HTTP ${status}`;
    return errors
        .map((e) => `${e.title ?? `HTTP ${status}`}${e.code ? ` (${e.code})` : ''}: ${e.detail}`)
        .join('; ');
}
/** What the documented errors mean for the reader, and how to fix them. */
function explain(status, errors, context) {
    const titles = new Set(errors.map((e) => e.title));
    const failure = { status, errors };
    if (isQuota(failure)) {
        const quota = `a quota of org ${context.org} or space ${context.space} is exceeded: raise it (cf org ${context.org}, cf space ${context.space} show the quotas)`;
        if (errors.some((e) => /staging requires/i.test(e.detail))) {
            return `${quota}, or stop another app: staging needs its memory beside the running instances`;
        }
        if (errors.some((e) => /rolling deployments/i.test(e.detail))) {
            return `${quota}, give the app less memory or fewer instances (cf scale), or use strategy: restart, which needs no room for an extra instance`;
        }
        return `${quota}, or give the app less memory or fewer instances (cf scale)`;
    }
    if (titles.has('CF-StagingInProgress')) {
        return 'another staging of the app is running: wait until it has finished and stage again';
    }
    if (titles.has('CF-CustomBuildpacksDisabled')) {
        return 'the platform does not allow buildpacks given by URL: set buildpack: to the name of an installed buildpack (cf buildpacks lists them)';
    }
    if (errors.some((e) => /must be an existing admin buildpack or a valid git URI/i.test(e.detail))) {
        return 'set buildpack: to the name of an installed buildpack (cf buildpacks lists them) or the URL of a cf-mendix-buildpack release';
    }
    if (titles.has('CF-AppPackageInvalid')) {
        return 'Cloud Foundry could not take the package: check that it is a valid MDA within the platform’s package size';
    }
    return undefined;
}
/** Errors the user fixes in mxdeploy.yml, the platform's settings or their roles. */
function isUsersToFix(status, errors) {
    if (status === 401 || status === 403)
        return true;
    return errors.some((e) => e.title === 'CF-CustomBuildpacksDisabled' ||
        /must be an existing admin buildpack or a valid git URI/i.test(e.detail));
}
/** The error to throw for a failed call: what was done, what Cloud Foundry said, what it means. */
function cfErrorFor(status, errors, context) {
    const text = said(status, errors);
    if (status === 401) {
        return new CfAccessError(`${context.what} was refused (401 ${text}): Cloud Foundry did not accept the token the login server gave; check that CF_USERNAME/CF_PASSWORD or CF_CLIENT_ID/CF_CLIENT_SECRET belong to this platform`, status, errors);
    }
    if (status === 403) {
        return new CfAccessError(`${context.what} was refused (403 ${text}): the ${context.where} needs the Space Developer role: an org manager grants it with cf set-space-role <user> ${context.org} ${context.space} SpaceDeveloper`, status, errors);
    }
    const explained = explain(status, errors, context);
    const message = `${context.what} failed with ${text}${explained ? ` (${explained})` : ''}`;
    return isUsersToFix(status, errors)
        ? new CfAccessError(message, status, errors)
        : new CfApiError(message, status, errors);
}

// EXTERNAL MODULE: ./src/net/buffered-exchange.ts
var buffered_exchange = __webpack_require__(4096);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/targets/cloudfoundry/exchange.ts



/** No answer at all, or one cut off: a network fault. */
class CfNetworkError extends errors/* OperationError */.OK {
    name = 'CfNetworkError';
}
const MAX_BODY = 4 << 20;
function isLoopback(host) {
    return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
/**
 * A URL credentials and tokens may be sent to: https, or http on this machine only (a local
 * stand-in). `what` names it for the message: `the api of environment acceptance`.
 */
function secureUrl(value, what) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${what} is not a URL: ${value}`);
    }
    if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname))) {
        return url;
    }
    throw new errors/* ConfigurationError */.j1(`${what} is ${url.origin}: mxdeploy sends Cloud Foundry credentials and tokens only over https`);
}
function header(value) {
    if (value === undefined)
        return [];
    return Array.isArray(value) ? value : [value];
}
/** Sends one request and reads the whole answer (bounded); network faults become CfNetworkError. */
async function exchange(request) {
    const { body } = request;
    const headers = {
        'User-Agent': `mxdeploy/${version/* MXDEPLOY_VERSION */.u}`,
        ...request.headers
    };
    if (body) {
        headers['Content-Length'] = body.length;
        if (!Buffer.isBuffer(body))
            headers['Content-Type'] = body.contentType;
    }
    const answer = await (0,buffered_exchange/* bufferedExchange */.l)({
        ...request,
        headers,
        maxBody: MAX_BODY,
        networkError: (message, cause) => new CfNetworkError(message, { cause })
    });
    return {
        status: answer.status,
        retryAfter: header(answer.headers['retry-after'])[0],
        warnings: header(answer.headers['x-cf-warnings']),
        text: answer.text
    };
}
/** A warning header value as the Cloud Controller escapes it (Ruby's CGI.escape). */
function decodeWarning(value) {
    try {
        return decodeURIComponent(value.replace(/\+/g, ' '));
    }
    catch {
        return value;
    }
}

;// CONCATENATED MODULE: ./src/targets/cloudfoundry/cf-http.ts






const DEFAULT_TIMEOUT_MS = 60_000;
/**
 * The Cloud Controller v3 client: bearer tokens from the UAA (renewed once when a call says
 * CF-InvalidAuthToken), JSON in and out, streamed uploads, the `errors` bodies mapped to messages,
 * warnings passed on, pages followed, and transient faults retried under the retry policy:
 * 429 (with its Retry-After) and 408 and refused connections for any call, lost answers and 5xx
 * only for calls that may be sent twice.
 */
class CfHttp {
    tokens;
    retry;
    context;
    log;
    constructor(tokens, retry, context, log) {
        this.tokens = tokens;
        this.retry = retry;
        this.context = context;
        this.log = log;
    }
    async send(request) {
        const task = {
            what: request.what,
            advice: 'Cloud Foundry is unavailable or limiting requests: try again later (cf curl /v2/info shows whether the API answers)',
            onRetry: (line) => this.log.info(line)
        };
        let renewed = false;
        for (;;) {
            try {
                return await (0,retry_policy/* withRetries */.LH)(this.retry, task, () => this.attempt(request));
            }
            catch (error) {
                // An expired token is renewed once; a second refusal is the credentials' fault.
                if (renewed || !hasTitle(cfFailure(error), 'CF-InvalidAuthToken'))
                    throw error;
                renewed = true;
                await this.tokens.renew();
            }
        }
    }
    /** The JSON body of a successful call. */
    async json(request) {
        return (await this.send(request)).body;
    }
    /** Every resource of a list, following `pagination.next` on the same origin only. */
    async list(url, what) {
        const origin = new URL(url).origin;
        const all = [];
        let next = url;
        for (let page = 1; next; page++) {
            const body = await this.json({ method: 'GET', url: next, what });
            all.push(...(body?.resources ?? []));
            next = body?.pagination?.next?.href ?? undefined;
            if (next && new URL(next).origin !== origin) {
                // The token goes with every page: never to a host the API did not start on.
                throw new errors/* OperationError */.OK(`${what}: page ${page + 1} is at ${new URL(next).origin}, not ${origin}; mxdeploy does not send its token there`);
            }
        }
        return all;
    }
    async attempt(request) {
        const url = new URL(request.url);
        const headers = {
            Accept: 'application/json',
            Authorization: await this.tokens.header()
        };
        const payload = request.json === undefined ? undefined : Buffer.from(JSON.stringify(request.json));
        if (payload)
            headers['Content-Type'] = 'application/json';
        const idempotent = request.idempotent ?? request.method === 'GET';
        let answer;
        try {
            answer = await exchange({
                method: request.method,
                url,
                headers,
                ...(payload ? { body: payload } : request.stream ? { body: request.stream } : {}),
                what: request.what,
                timeoutMs: request.timeoutMs ?? DEFAULT_TIMEOUT_MS
            });
        }
        catch (error) {
            if (error instanceof CfNetworkError &&
                (idempotent || (0,errors/* errnoCode */.UK)(error.cause) === 'ECONNREFUSED')) {
                throw new retry_policy/* TransientError */.N_(error.message, { cause: error });
            }
            throw error;
        }
        for (const warning of answer.warnings) {
            this.log.warning(`Cloud Foundry: ${decodeWarning(warning)} (${request.what})`);
        }
        const body = (0,buffered_exchange/* parseBody */.O)(answer.text);
        if ((answer.status >= 200 && answer.status < 300) || request.accept?.includes(answer.status)) {
            return { status: answer.status, body };
        }
        const failure = cfErrorFor(answer.status, errorEntries(body), {
            ...this.context,
            what: request.what
        });
        const again = answer.status === 429 ||
            answer.status === 408 ||
            (idempotent && [500, 502, 503, 504].includes(answer.status));
        if (!again)
            throw failure;
        throw new retry_policy/* TransientError */.N_(failure.message, {
            retryAfterMs: (0,net_transient/* retryAfterMs */.Vs)(answer.retryAfter, this.retry.clock.now()),
            cause: failure
        });
    }
}

;// CONCATENATED MODULE: ./src/targets/cloudfoundry/context.ts
/** A v3 URL: `${v3}${path}`, with query parameters encoded. */
function v3Url(context, path, query = {}) {
    const params = new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)])).toString();
    return `${context.v3}${path}${params ? `?${params}` : ''}`;
}
/** Minutes of the configuration as milliseconds. */
function minutes(value) {
    return Math.round(value * 60_000);
}

;// CONCATENATED MODULE: ./src/targets/cloudfoundry/credentials.ts

const HELP = 'set CF_USERNAME and CF_PASSWORD (a technical user of the platform) or CF_CLIENT_ID and CF_CLIENT_SECRET (a UAA client with the cloud_controller.read and cloud_controller.write authorities); in GitHub Actions, from secrets';
/** Who is logged in, for messages: `user ci@example.com` or `client mxdeploy-ci`. */
function principal(credentials) {
    return credentials.grant === 'password'
        ? `user ${credentials.username}`
        : `client ${credentials.clientId}`;
}
/**
 * The credentials from the environment, secrets masked in the log. A client wins over a user
 * when both are complete (it is what a pipeline is usually given); half of a pair is refused.
 */
function cfCredentials(env, log) {
    const read = (name) => env[name]?.trim() || undefined;
    const [clientId, clientSecret] = [read('CF_CLIENT_ID'), read('CF_CLIENT_SECRET')];
    const [username, password] = [read('CF_USERNAME'), read('CF_PASSWORD')];
    if (clientId && clientSecret) {
        log.secret(clientSecret);
        return { grant: 'client_credentials', clientId, clientSecret };
    }
    if (username && password) {
        log.secret(password);
        return { grant: 'password', username, password };
    }
    const half = [
        [clientId, 'CF_CLIENT_ID', 'CF_CLIENT_SECRET'],
        [clientSecret, 'CF_CLIENT_SECRET', 'CF_CLIENT_ID'],
        [username, 'CF_USERNAME', 'CF_PASSWORD'],
        [password, 'CF_PASSWORD', 'CF_USERNAME']
    ].find(([value]) => value);
    if (half) {
        throw new errors/* ConfigurationError */.j1(`${half[1]} is set but ${half[2]} is not: ${HELP}`);
    }
    throw new errors/* ConfigurationError */.j1(`no Cloud Foundry credentials: ${HELP}`);
}

;// CONCATENATED MODULE: ./src/targets/cloudfoundry/app-variables.ts



/** The app's environment variables (`GET /v3/apps/:guid/environment_variables`). */
async function readVariables(context, app) {
    const body = await context.http.json({
        method: 'GET',
        url: v3Url(context, `/apps/${app.guid}/environment_variables`),
        what: `reading the environment variables of app ${app.name}`
    });
    return Object.fromEntries(Object.entries(body?.var ?? {}).map(([key, value]) => [key, String(value)]));
}
/**
 * Writes variables (the PATCH merges; null deletes) and then the annotation of those that are
 * mxdeploy's. In that order: a stage killed in between leaves a set variable unrecorded (taken
 * over at the next stage), never a recorded one that was not set. Returns the app's metadata
 * as it is afterwards.
 */
async function writeVariables(context, app, metadata, patch, owned) {
    if (Object.keys(patch).length > 0) {
        await context.http.send({
            method: 'PATCH',
            url: v3Url(context, `/apps/${app.guid}/environment_variables`),
            json: { var: patch },
            what: `setting ${Object.keys(patch).join(', ')} on app ${app.name}`,
            idempotent: true
        });
    }
    const before = metadata?.annotations ?? {};
    const annotations = Object.fromEntries(Object.entries(ownedAnnotations(owned, metadata)).filter(([key, value]) => (before[key] ?? null) !== value));
    if (Object.keys(annotations).length > 0) {
        await context.http.send({
            method: 'PATCH',
            url: v3Url(context, `/apps/${app.guid}`),
            json: { metadata: { annotations } },
            what: `recording the variables mxdeploy set on app ${app.name}`,
            idempotent: true
        });
    }
    const merged = { ...(metadata?.annotations ?? {}) };
    for (const [key, value] of Object.entries(annotations)) {
        if (value === null)
            delete merged[key];
        else
            merged[key] = value;
    }
    return { ...metadata, annotations: merged };
}
/**
 * The app's variables for one deployment: `apply` sets the plan's, `restore` puts back what was
 * there when the app turns out to run what it ran before (a deployment refused or canceled).
 */
class AppVariables {
    context;
    app;
    plan;
    before;
    ownedBefore;
    metadata;
    constructor(context, app, plan, before, ownedBefore) {
        this.context = context;
        this.app = app;
        this.plan = plan;
        this.before = before;
        this.ownedBefore = ownedBefore;
        this.metadata = app.metadata;
    }
    get set() {
        return Object.keys(this.plan.patch).filter((name) => this.plan.patch[name] !== null);
    }
    get removed() {
        return Object.keys(this.plan.patch).filter((name) => this.plan.patch[name] === null);
    }
    async apply(journal) {
        journal.to('variables-set');
        this.metadata = await writeVariables(this.context, this.app, this.metadata, this.plan.patch, this.plan.owned);
        const { set, removed } = this;
        if (set.length + removed.length === 0)
            return;
        const parts = [
            set.length ? `set ${set.join(', ')}` : '',
            removed.length ? `removed ${removed.join(', ')}` : ''
        ];
        const done = `${parts.filter(Boolean).join(' and ')} on app ${this.app.name}`;
        journal.record(done);
        this.context.progress.line(`${done} (they apply from this rollout on)`);
    }
    /** Puts the variables back; tells the journal what came of it. */
    async restore(journal) {
        const undo = {};
        for (const name of Object.keys(this.plan.patch))
            undo[name] = this.before[name] ?? null;
        try {
            this.metadata = await writeVariables(this.context, this.app, this.metadata, undo, this.ownedBefore);
            if (journal.current === 'variables-set')
                journal.to('restored');
            else
                journal.afterwards(`put the variables of app ${this.app.name} back`);
        }
        catch (error) {
            journal.afterwards(`putting the variables of app ${this.app.name} back failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./src/net/multipart.ts



/** A parameter value as RFC 7578 allows it in a quoted Content-Disposition parameter. */
function quoted(name) {
    return name.replace(/[\r\n"%]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
/**
 * A multipart/form-data body (RFC 7578): text fields first, then one file streamed from disk,
 * its length known up front, so the file is never held in memory. A file that changes size
 * while it is sent fails the stream rather than sending other bytes than were counted.
 */
function multipartBody(fields, file) {
    const boundary = `mxdeploy-${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`;
    const text = Object.entries(fields)
        .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${quoted(name)}"\r\n\r\n${value}\r\n`)
        .join('');
    const head = Buffer.from(`${text}--${boundary}\r\nContent-Disposition: form-data; name="${quoted(file.field)}"; filename="${quoted(file.fileName)}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    return {
        contentType: `multipart/form-data; boundary=${boundary}`,
        length: head.length + file.size + tail.length,
        open: () => external_node_stream_.Readable.from((async function* () {
            yield head;
            let sent = 0;
            for await (const chunk of (0,external_node_fs_.createReadStream)(file.path, { highWaterMark: 1 << 20 })) {
                sent += chunk.length;
                yield chunk;
                file.onBytes?.(sent);
            }
            if (sent !== file.size) {
                throw new Error(`${file.path} changed while it was being uploaded (${sent} bytes, expected ${file.size})`);
            }
            yield tail;
        })(), { objectMode: false })
    };
}

;// CONCATENATED MODULE: ./src/targets/cloudfoundry/wait.ts





/**
 * Faults a wait polls through: no answer, a call its retries gave up, a 5xx. The wait's own time
 * limit still bounds them.
 */
function isTransient(error) {
    if (error instanceof CfNetworkError || error instanceof retry_policy/* RetriesExhaustedError */.i5)
        return true;
    const status = cfFailure(error)?.status;
    return status !== undefined && status >= 500;
}
/** Polls `check` with the context's backoff until it is done or `timeoutMs` has passed. */
function waitFor(context, what, timeoutMs, check) {
    return (0,poll/* pollUntil */.g3)({
        what,
        timeoutMs,
        backoff: context.backoff,
        clock: context.clock,
        // Progress lines go through the stage's progress reporter, not straight to the log.
        log: { ...log/* silentLogger */.q, info: (line) => context.progress.line(line) },
        isTransient,
        check
    });
}

;// CONCATENATED MODULE: ./src/targets/cloudfoundry/bits.ts






/**
 * Uploads the MDA as the bits of a new package of the app, as `cf push -p app.mda` does: a
 * bits package (the MDA's SHA-256 in its annotations), the upload as multipart/form-data with
 * `resources` "[]" and the file as `bits`, streamed; then waits until the Cloud Controller has
 * processed it (READY). An upload whose answer was lost is sent again; "already uploaded" then
 * means the first one arrived.
 */
async function uploadPackage(context, app, pkg, mdaPath) {
    const { http } = context;
    const label = `${pkg.app} ${pkg.version}`;
    const started = context.clock.now();
    const timeoutMs = minutes(context.config.timeouts.upload);
    const created = await http.json({
        method: 'POST',
        url: v3Url(context, '/packages'),
        json: {
            type: 'bits',
            relationships: { app: { data: { guid: app.guid } } },
            metadata: {
                annotations: { [ANNOTATION.sha256]: pkg.sha256, [ANNOTATION.version]: pkg.version }
            }
        },
        what: `creating a package of app ${app.name}`
    });
    const what = `uploading ${label} to app ${app.name}`;
    const transfer = context.progress.transfer(what, pkg.size);
    try {
        await http.send({
            method: 'POST',
            url: v3Url(context, `/packages/${created.guid}/upload`),
            stream: multipartBody({ resources: '[]' }, {
                field: 'bits',
                fileName: 'package.zip',
                path: mdaPath,
                size: pkg.size,
                onBytes: transfer.bytes
            }),
            what,
            timeoutMs,
            idempotent: true
        });
    }
    catch (error) {
        if (!hasTitle(cfFailure(error), 'CF-PackageBitsAlreadyUploaded'))
            throw error;
    }
    transfer.done();
    const remaining = Math.max(1, timeoutMs - (context.clock.now() - started));
    return waitFor(context, `package ${created.guid}`, remaining, async () => {
        const current = await http.json({
            method: 'GET',
            url: v3Url(context, `/packages/${created.guid}`),
            what: `reading package ${created.guid}`
        });
        if (current.state === 'READY')
            return { done: true, value: current };
        if (current.state === 'FAILED' || current.state === 'EXPIRED') {
            throw new errors/* OperationError */.OK(`Cloud Foundry could not process the uploaded ${label} (package ${created.guid} ${current.state}${current.data?.error ? `: ${current.data.error}` : ''})`);
        }
        return { done: false, status: current.state };
    });
}

;// CONCATENATED MODULE: ./src/targets/cloudfoundry/journal.ts


/**
 * What a deployment has done so far, so a failure says where it stopped and what the app runs:
 * "uploaded hello 1.2.0.1 (package …); staged …; the deployment was canceled: hello-acc runs
 * hello 1.1.0.1 again". A ConfigurationError stays one only while the app is untouched.
 */
class CfJournal {
    app;
    before;
    label;
    environment;
    done = [];
    after = [];
    stage = 'untouched';
    /**
     * @param app the Cloud Foundry app's name
     * @param before what it ran when we began: `hello 1.1.0.1 (droplet 585b…)` or `no droplet`
     * @param label what is being deployed: `hello 1.2.0.1`
     */
    constructor(app, before, label, environment) {
        this.app = app;
        this.before = before;
        this.label = label;
        this.environment = environment;
    }
    record(text) {
        this.done.push(text);
    }
    /** Something done about a failure, told after it: `put the variables back`. */
    afterwards(text) {
        this.after.push(text);
    }
    to(stage) {
        this.stage = stage;
    }
    get current() {
        return this.stage;
    }
    /** Whether the app's variables or what it runs have changed (a rollback of them too). */
    get changed() {
        return this.stage !== 'untouched' && this.stage !== 'restored';
    }
    state(error) {
        const { app, before, label } = this;
        const rollBack = `fix the cause and stage again, or roll back with mxdeploy stage -e ${this.environment} --rollback`;
        switch (this.stage) {
            case 'untouched':
                return `app ${app} is unchanged: it runs ${before}`;
            case 'restored':
                return `app ${app} is unchanged: it runs ${before}, and its variables were put back`;
            case 'variables-set':
                return `app ${app} runs ${before}; its variables are already those of ${label} and apply at its next start: stage again to finish`;
            case 'rolled-back':
                return `the deployment was canceled: app ${app} runs ${before} again`;
            case 'rolling-out':
                return `app ${app} may still be rolling out ${label}: cf app ${app} shows its instances`;
            case 'stopped':
                return `app ${app} is stopped (it ran ${before}); ${rollBack}`;
            case 'starting':
                return error instanceof poll/* PollTimeoutError */.t5
                    ? `app ${app} may still be starting ${label}: cf app ${app} shows its instances`
                    : `app ${app} has ${label} and does not run: ${rollBack}`;
            case 'running-new':
                return `app ${app} has ${label} and its instances do not run: ${rollBack}`;
        }
    }
    /** The error to throw: what was done, the failure, where the app stands. */
    failure(error) {
        const message = [...this.done, (0,errors/* errorMessage */.gJ)(error), ...this.after, this.state(error)].join('; ');
        return error instanceof errors/* ConfigurationError */.j1 && !this.changed
            ? new errors/* ConfigurationError */.j1(message)
            : new errors/* OperationError */.OK(message);
    }
}

;// CONCATENATED MODULE: ./src/targets/cloudfoundry/locate.ts


/**
 * One resource by name from a filtered list. The `names` filter is case-insensitive, so the
 * exact spelling is preferred when the platform returns several.
 */
function byName(found, name) {
    return found.find((item) => item.name === name) ?? found[0];
}
/**
 * The app of the configuration, found through its org and space. A missing org, space or app is
 * the user's to create, named with the cf command that does it; mxdeploy never creates them
 * (services such as the database are bound to the app by the team).
 */
async function findApp(context) {
    const { config, http } = context;
    const where = `environment ${context.environment}`;
    const orgs = await http.list(v3Url(context, '/organizations', { names: config.org }), `looking up org ${config.org}`);
    const org = byName(orgs, config.org);
    if (!org) {
        throw new errors/* ConfigurationError */.j1(`${where}: org ${config.org} does not exist on ${config.api} or the Cloud Foundry user is not a member of it (cf orgs lists the orgs it sees)`);
    }
    const spaces = await http.list(v3Url(context, '/spaces', { names: config.space, organization_guids: org.guid }), `looking up space ${config.space} in org ${config.org}`);
    const space = byName(spaces, config.space);
    if (!space) {
        throw new errors/* ConfigurationError */.j1(`${where}: org ${config.org} has no space ${config.space} that the Cloud Foundry user can see (cf spaces lists them; an org manager adds the user with cf set-space-role <user> ${config.org} ${config.space} SpaceDeveloper)`);
    }
    const apps = await http.list(v3Url(context, '/apps', { names: config.app, space_guids: space.guid }), `looking up app ${config.app} in space ${config.space}`);
    const app = byName(apps, config.app);
    if (!app) {
        throw new errors/* ConfigurationError */.j1(`${where}: space ${config.space} of org ${config.org} has no app ${config.app}: create it with "cf target -o ${config.org} -s ${config.space} && cf create-app ${config.app} -b ${config.buildpack}", give it memory (cf scale ${config.app} -m 2G) and bind its database service (cf bind-service ${config.app} <service>); mxdeploy deploys to an app, it does not create one`);
    }
    if (app.lifecycle.type !== 'buildpack') {
        throw new errors/* ConfigurationError */.j1(`${where}: app ${config.app} has the ${app.lifecycle.type} lifecycle; the Mendix buildpack stages only buildpack apps: create the app with cf create-app ${config.app} --app-type buildpack`);
    }
    return app;
}

;// CONCATENATED MODULE: ./src/targets/cloudfoundry/variables.ts

/** The variable the Mendix buildpack reads a constant from: every dot becomes an underscore. */
function constantVariable(name) {
    return `MX_${name.replace(/\./g, '_')}`;
}
const SCHEDULED_EVENTS = 'SCHEDULED_EVENTS';
/**
 * `SCHEDULED_EVENTS` as the buildpack reads it: `ALL`, `NONE`, or the names joined by commas with
 * no spaces (it splits on "," and trims nothing, so "A.B, C.D" would drop " C.D").
 */
function scheduledEventsValue(events) {
    const names = Object.keys(events);
    const on = names.filter((name) => events[name]);
    const odd = names.find((name) => !/^[^\s,]+$/.test(name));
    if (odd !== undefined) {
        throw new errors/* ConfigurationError */.j1(`scheduled event ${JSON.stringify(odd)} cannot be named in SCHEDULED_EVENTS, which the Mendix buildpack splits at commas`);
    }
    if (names.length > 0 && on.length === names.length)
        return 'ALL';
    return on.length === 0 ? 'NONE' : on.join(',');
}
/**
 * Runtime settings the buildpack merges *after* MX_ and SCHEDULED_EVENTS, appending strings and
 * merging maps: `MXRUNTIME_ScheduledEventExecution=NONE` beside SCHEDULED_EVENTS=ALL gives the
 * runtime "ALLNONE", and a MicroflowConstants map overrides the MX_ values.
 */
const CONFLICTING_KEYS = ['MicroflowConstants', 'ScheduledEventExecution', 'MyScheduledEvents'];
function conflicts(input) {
    const found = [];
    for (const key of CONFLICTING_KEYS) {
        if (`MXRUNTIME_${key}` in input.current)
            found.push(`MXRUNTIME_${key}`);
    }
    const custom = input.current['CUSTOM_RUNTIME_SETTINGS'];
    if (custom !== undefined) {
        try {
            const parsed = JSON.parse(custom);
            if (typeof parsed === 'object' && parsed !== null) {
                const keys = CONFLICTING_KEYS.filter((key) => key in parsed);
                if (keys.length > 0)
                    found.push(`CUSTOM_RUNTIME_SETTINGS (${keys.join(', ')})`);
            }
        }
        catch {
            // Not JSON: the buildpack fails on it at start with its own message; nothing of ours.
        }
    }
    return found;
}
/** Constants that share one variable must share one value, or the buildpack gives both either. */
function checkCollisions(input) {
    const groups = new Map();
    for (const name of Object.keys(input.settings.constants)) {
        const variable = constantVariable(name);
        groups.set(variable, [...(groups.get(variable) ?? []), name]);
    }
    const problems = [];
    for (const [variable, names] of groups) {
        if (names.length < 2 || !names.some((name) => name in input.configured))
            continue;
        const values = new Set(names.map((name) => input.settings.constants[name]));
        if (values.size > 1) {
            problems.push(`${names.join(' and ')} are both read from ${variable} by the Mendix buildpack, so they cannot have different values on Cloud Foundry: rename one of them in Studio Pro, or give them the same value in mxdeploy.yml`);
        }
    }
    if (problems.length > 0) {
        throw new errors/* ConfigurationError */.j1(`the package does not fit environment ${input.environment}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    }
}
/**
 * The variables a deployment sets, following the buildpack's rules (cf-mendix-buildpack,
 * buildpack/core/runtime.py): `MX_<Module>_<Constant>` for each constant mxdeploy.yml sets,
 * and `SCHEDULED_EVENTS`. mxdeploy owns what it set (recorded on the app) and removes those it
 * no longer sets (a constant taken out of mxdeploy.yml or out of the package), so the default
 * applies again. Variables someone else set are never touched: an `MX_` variable of a constant
 * mxdeploy.yml does not set keeps its value (the place for secrets), one the package has no
 * constant for is reported. `SCHEDULED_EVENTS` is always written unless someone else set it and
 * mxdeploy.yml sets no scheduled events: the buildpack's default is ALL, the settings' is none.
 * Never written: `CONSTANTS`, `MXRUNTIME_*`, `CUSTOM_RUNTIME_SETTINGS`; refused: those of them
 * that would override or garble what mxdeploy sets.
 */
function planVariables(input) {
    const found = conflicts(input);
    if (found.length > 0) {
        throw new errors/* ConfigurationError */.j1(`app ${input.app} has ${found.join(', ')}, which the Mendix buildpack applies after the constants and scheduled events mxdeploy sets, overriding or garbling them: remove ${found.length > 1 ? 'them' : 'it'} (cf unset-env ${input.app} <name>) and set constants and scheduled-events in mxdeploy.yml`);
    }
    checkCollisions(input);
    const owned = new Set(input.owned);
    const notes = [];
    const warnings = [];
    const wanted = new Map();
    for (const name of Object.keys(input.configured)) {
        const value = input.settings.constants[name];
        if (value !== undefined)
            wanted.set(constantVariable(name), value);
    }
    const events = input.current[SCHEDULED_EVENTS];
    if (input.eventsConfigured || events === undefined || owned.has(SCHEDULED_EVENTS)) {
        wanted.set(SCHEDULED_EVENTS, scheduledEventsValue(input.settings.scheduledEvents));
    }
    else {
        warnings.push(`${SCHEDULED_EVENTS}=${events} was set on app ${input.app} outside mxdeploy and stays, because mxdeploy.yml sets no scheduled-events for ${input.environment}`);
    }
    const patch = {};
    for (const [variable, value] of wanted) {
        const before = input.current[variable];
        if (before === value)
            continue;
        patch[variable] = value;
        if (before !== undefined && !owned.has(variable)) {
            notes.push(`${variable} was set on app ${input.app} outside mxdeploy; mxdeploy.yml's value replaces it`);
        }
    }
    for (const variable of owned) {
        if (!wanted.has(variable) && variable in input.current)
            patch[variable] = null;
    }
    const variables = new Map(Object.keys(input.settings.constants).map((name) => [constantVariable(name), name]));
    for (const variable of Object.keys(input.current)) {
        if (!variable.startsWith('MX_') || owned.has(variable) || wanted.has(variable))
            continue;
        const constant = variables.get(variable);
        if (constant) {
            notes.push(`${variable}, set on app ${input.app} outside mxdeploy, gives ${constant} its value (mxdeploy.yml does not set it)`);
        }
        else {
            warnings.push(`${variable} is set on app ${input.app}, but the package has no constant it gives a value to (the buildpack ignores it): remove it with cf unset-env ${input.app} ${variable}`);
        }
    }
    return { patch, owned: [...wanted.keys()].sort(), notes, warnings };
}

;// CONCATENATED MODULE: ./src/targets/cloudfoundry/new-constants.ts


/**
 * Constants the package brings that the running droplet's package did not have, that
 * mxdeploy.yml does not set and no variable set by hand gives a value: refused with
 * `new-constants: require`, else a warning. The engine cannot tell (this target does not read
 * constants back), so the droplet's annotation of constant names tells. Names only.
 */
function checkNewConstants(request, running, variables, app) {
    if (!running)
        return;
    const known = new Set(running);
    const { environment } = request;
    const fresh = Object.keys(request.settings.constants).filter((name) => !known.has(name) && !(name in environment.constants) && !(constantVariable(name) in variables));
    if (fresh.length === 0)
        return;
    const env = environment.name;
    if (environment.newConstants === 'require') {
        throw new errors/* ConfigurationError */.j1(`${fresh.join(', ')} ${fresh.length > 1 ? 'are' : 'is'} new in this package and ${env} requires a value for new constants (new-constants: require): set ${fresh.map((name) => `environments.${env}.constants.${name}`).join(', ')} in mxdeploy.yml, or a secret with cf set-env ${app} ${fresh.map(constantVariable).join(' / ')}`);
    }
    for (const name of fresh) {
        request.log.warning(`constant ${name} is new in this package; app ${app} gives it its default value (set environments.${env}.constants.${name} in mxdeploy.yml, or cf set-env ${app} ${constantVariable(name)} for a secret)`);
    }
}

;// CONCATENATED MODULE: ./src/targets/cloudfoundry/log-cache.ts

/** An envelope's time in nanoseconds; 0 when it has none readable. */
function stamp(envelope) {
    try {
        return BigInt(envelope.timestamp ?? 0);
    }
    catch {
        return 0n;
    }
}
function nanoseconds(iso) {
    const ms = iso ? Date.parse(iso) : NaN;
    return Number.isNaN(ms) ? '0' : (BigInt(ms) * 1000000n).toString();
}
/**
 * The app's last log lines of one kind from log-cache, as `cf logs --recent` reads them
 * (`/api/v1/read/<app guid>`, LOG envelopes, newest first, then put in order). Undefined with
 * the reason when the platform has no log-cache or it cannot be read: a failure being reported
 * must not be hidden by its logs.
 */
async function recentLogLines(context, query) {
    if (!context.logCache)
        return { unavailable: 'the platform names no log-cache' };
    const params = new URLSearchParams({
        envelope_types: 'LOG',
        limit: '1000',
        descending: 'true',
        start_time: nanoseconds(query.since)
    });
    let body;
    try {
        body = await context.http.json({
            method: 'GET',
            url: `${context.logCache}/api/v1/read/${encodeURIComponent(query.appGuid)}?${params.toString()}`,
            what: `reading the recent logs of app ${context.config.app}`
        });
    }
    catch (error) {
        return { unavailable: (0,errors/* errorMessage */.gJ)(error) };
    }
    const envelopes = (body?.envelopes?.batch ?? [])
        .filter((e) => e.log && query.sourceType(e.tags?.['source_type'] ?? ''))
        .sort((a, b) => {
        const [x, y] = [stamp(a), stamp(b)];
        return x < y ? -1 : x > y ? 1 : 0;
    });
    const lines = envelopes.flatMap((e) => Buffer.from(e.log?.payload ?? '', 'base64')
        .toString('utf8')
        .split(/\r?\n/)
        .filter((line) => line.trim() !== ''));
    return { lines: lines.slice(-query.lines) };
}
/** The lines indented under a message, or the reason they are missing and where to look. */
function formatLogLines(found, kind, app) {
    if ('unavailable' in found) {
        return `(the ${kind} log could not be read: ${found.unavailable}; cf logs ${app} --recent shows it)`;
    }
    if (found.lines.length === 0)
        return `(the ${kind} log is empty; cf logs ${app} --recent)`;
    return `the last lines of the ${kind} log:\n${found.lines.map((line) => `    ${line}`).join('\n')}`;
}

;// CONCATENATED MODULE: ./src/targets/cloudfoundry/instances.ts



/** How many of the app's own log lines a crash report shows. */
const CRASH_LOG_LINES = 15;
/** The instances of a process crashed, all of them. */
class CrashError extends errors/* OperationError */.OK {
    name = 'CrashError';
}
/** The stats of a process's instances (`{ "resources": [...] }`, not paginated). */
async function processStats(context, processGuid) {
    const body = await context.http.json({
        method: 'GET',
        url: v3Url(context, `/processes/${processGuid}/stats`),
        what: `reading the instances of process ${processGuid}`
    });
    return body?.resources ?? [];
}
/** The stats of the app's web process. */
async function webStats(context, app) {
    const body = await context.http.json({
        method: 'GET',
        url: v3Url(context, `/apps/${app.guid}/processes/web/stats`),
        what: `reading the instances of app ${app.name}`
    });
    return body?.resources ?? [];
}
/**
 * The cf CLI's rule: a process is up once any instance is RUNNING, failed when all crashed;
 * anything else is still on its way.
 */
function summarize(stats) {
    const count = (state) => stats.filter((s) => s.state === state).length;
    const running = count('RUNNING');
    const parts = [`${running} of ${stats.length} running`];
    for (const state of ['STARTING', 'CRASHED', 'DOWN', 'STOPPING']) {
        if (count(state) > 0)
            parts.push(`${count(state)} ${state.toLowerCase()}`);
    }
    const placement = [...new Set(stats.map((s) => s.details).filter((d) => !!d))];
    return {
        running: running > 0,
        crashed: stats.length > 0 && count('CRASHED') === stats.length,
        text: `${parts.join(', ')}${placement.length ? ` (${placement.join('; ')})` : ''}`
    };
}
/**
 * Why the app's instances crashed: the newest `audit.app.process.crash` event since `since`
 * (exit status, description and reason from Diego), and the app's last log lines.
 */
async function crashReport(context, app, since, processGuid) {
    let reason = 'no crash event was found';
    try {
        const events = await context.http.json({
            method: 'GET',
            url: v3Url(context, '/audit_events', {
                types: 'audit.app.process.crash',
                target_guids: app.guid,
                order_by: '-created_at',
                per_page: 10
            }),
            what: `reading the crash events of app ${app.name}`
        });
        const after = since ? Date.parse(since) : NaN;
        const event = (events?.resources ?? []).find((e) => (Number.isNaN(after) || Date.parse(e.created_at) >= after) &&
            (!processGuid || !e.actor?.guid || e.actor.guid === processGuid));
        if (event?.data) {
            const d = event.data;
            reason = [
                `instance ${d.index ?? '?'} exited`,
                d.exit_status !== undefined ? ` with status ${d.exit_status}` : '',
                d.exit_description ? `: ${d.exit_description}` : '',
                d.reason ? ` (${d.reason})` : ''
            ].join('');
        }
    }
    catch (error) {
        reason = `the crash events could not be read: ${error.message}`;
    }
    const log = await recentLogLines(context, {
        appGuid: app.guid,
        since,
        sourceType: (type) => type.startsWith('APP'),
        lines: CRASH_LOG_LINES
    });
    return `${reason}; ${formatLogLines(log, 'app', app.name)}`;
}

;// CONCATENATED MODULE: ./src/targets/cloudfoundry/rollout.ts






/** How long a cancel may take to put the previous droplet back. */
const CANCEL_TIMEOUT_MS = 120_000;
/** Waits until an instance of the app's web process runs; all crashed is a CrashError. */
async function waitForWeb(context, app, deadline, since) {
    await waitFor(context, `app ${app.name}`, Math.max(1, deadline - context.clock.now()), async () => {
        const summary = summarize(await webStats(context, app));
        if (summary.running)
            return { done: true, value: undefined };
        if (summary.crashed) {
            throw new CrashError(`the instances of app ${app.name} crashed: ${await crashReport(context, app, since)}`);
        }
        return { done: false, status: summary.text };
    });
}
/**
 * A rolling v3 deployment of the droplet: the Cloud Controller starts new instances beside the
 * old ones and swaps them one by one. It has no failed state (new instances that keep crashing
 * leave it DEPLOYING), so mxdeploy stops waiting when all new instances crashed or the time is
 * up, cancels it (the app goes back to its previous droplet) and says why.
 */
async function rolling(context, app, droplet, journal) {
    const { http } = context;
    const deadline = context.clock.now() + minutes(context.config.timeouts.start);
    let deployment;
    try {
        deployment = await http.json({
            method: 'POST',
            url: v3Url(context, '/deployments'),
            json: {
                droplet: { guid: droplet.guid },
                strategy: 'rolling',
                relationships: { app: { data: { guid: app.guid } } }
            },
            what: `creating a rolling deployment of app ${app.name}`
        });
    }
    catch (error) {
        // An answer lost on the way back: the deployment may exist and roll out.
        if (error instanceof CfNetworkError)
            journal.to('rolling-out');
        throw error;
    }
    journal.to('rolling-out');
    journal.record(`created deployment ${deployment.guid}`);
    try {
        await waitFor(context, `deployment ${deployment.guid}`, Math.max(1, deadline - context.clock.now()), async () => {
            const current = await http.json({
                method: 'GET',
                url: v3Url(context, `/deployments/${deployment.guid}`),
                what: `reading deployment ${deployment.guid}`
            });
            const { value, reason, details } = current.status;
            if (value === 'FINALIZED' && reason === 'DEPLOYED')
                return { done: true, value: undefined };
            if (value === 'FINALIZED') {
                throw new errors/* OperationError */.OK(`deployment ${deployment.guid} ended ${reason}${reason === 'SUPERSEDED' ? ' (another deployment of the app replaced it)' : ''}`);
            }
            const fresh = current.new_processes?.[0];
            let status = `${value} ${reason}${details?.error ? ` (${details.error})` : ''}`;
            if (fresh) {
                const summary = summarize(await processStats(context, fresh.guid));
                if (summary.crashed) {
                    throw new CrashError(`the new instances of app ${app.name} crashed: ${await crashReport(context, app, deployment.created_at, fresh.guid)}`);
                }
                status += `, new instances ${summary.text}`;
            }
            return { done: false, status };
        });
    }
    catch (error) {
        if (error instanceof CrashError || error instanceof poll/* PollTimeoutError */.t5) {
            throw await cancel(context, deployment, journal, error);
        }
        throw error;
    }
    journal.to('running-new');
    journal.record(`deployment ${deployment.guid} DEPLOYED`);
    await waitForWeb(context, app, deadline, deployment.created_at);
    return { deployment: deployment.guid };
}
/** Cancels a deployment that does not come up, and returns the error to throw. */
async function cancel(context, deployment, journal, cause) {
    const { http } = context;
    try {
        await http.send({
            method: 'POST',
            url: v3Url(context, `/deployments/${deployment.guid}/actions/cancel`),
            what: `canceling deployment ${deployment.guid}`
        });
        await waitFor(context, `canceling deployment ${deployment.guid}`, CANCEL_TIMEOUT_MS, async () => {
            const current = await http.json({
                method: 'GET',
                url: v3Url(context, `/deployments/${deployment.guid}`),
                what: `reading deployment ${deployment.guid}`
            });
            return current.status.value === 'FINALIZED'
                ? { done: true, value: undefined }
                : { done: false, status: `${current.status.value} ${current.status.reason}` };
        });
        journal.to('rolled-back');
        return cause;
    }
    catch (error) {
        return new errors/* OperationError */.OK(`${cause.message}; canceling deployment ${deployment.guid} failed too: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
/** Stop, then start with the new droplet: simple, with downtime, and no room needed for more. */
async function restart(context, app, droplet, journal) {
    const { http } = context;
    const deadline = context.clock.now() + minutes(context.config.timeouts.start);
    if (app.state === 'STARTED') {
        await http.send({
            method: 'POST',
            url: v3Url(context, `/apps/${app.guid}/actions/stop`),
            what: `stopping app ${app.name}`,
            idempotent: true
        });
        journal.to('stopped');
        journal.record(`stopped app ${app.name}`);
    }
    await http.send({
        method: 'PATCH',
        url: v3Url(context, `/apps/${app.guid}/relationships/current_droplet`),
        json: { data: { guid: droplet.guid } },
        what: `setting droplet ${droplet.guid} as the current droplet of app ${app.name}`,
        idempotent: true
    });
    journal.to('starting');
    const started = await http.json({
        method: 'POST',
        url: v3Url(context, `/apps/${app.guid}/actions/start`),
        what: `starting app ${app.name}`,
        idempotent: true
    });
    journal.record(`started app ${app.name} with droplet ${droplet.guid}`);
    await waitForWeb(context, app, deadline, started.updated_at);
    return {};
}
/** Puts the droplet into service by the configured strategy and waits until it runs. */
function rollOut(context, app, droplet, journal) {
    context.progress.line(`${context.config.strategy === 'rolling' ? 'rolling out' : 'restarting'} app ${app.name} with droplet ${droplet.guid}`);
    return context.config.strategy === 'rolling'
        ? rolling(context, app, droplet, journal)
        : restart(context, app, droplet, journal);
}

;// CONCATENATED MODULE: ./src/targets/cloudfoundry/staging.ts





/** How many lines of the buildpack's output a staging failure shows. */
const STAGING_LOG_LINES = 25;
/**
 * Stages the package with the configured buildpack (`POST /v3/builds`) and waits for the
 * droplet; a failed staging is reported with the buildpack's last lines of the staging log,
 * where its reason is (the build's `error` only says which phase failed). The droplet gets the
 * MDA's SHA-256, version, buildpack and constant names as annotations: the Cloud Controller
 * copies nothing of the package or build onto it.
 */
async function stage(context, app, uploaded, pkg, constants) {
    const { http, config } = context;
    const label = `${pkg.app} ${pkg.version}`;
    const build = await http.json({
        method: 'POST',
        url: v3Url(context, '/builds'),
        json: {
            package: { guid: uploaded.guid },
            lifecycle: { type: 'buildpack', data: { buildpacks: [config.buildpack] } }
        },
        what: `staging ${label} with ${config.buildpack}`
    });
    context.progress.line(`staging ${label} with ${config.buildpack} (build ${build.guid})`);
    const staged = await waitFor(context, `build ${build.guid}`, minutes(config.timeouts.staging), async () => {
        const current = await http.json({
            method: 'GET',
            url: v3Url(context, `/builds/${build.guid}`),
            what: `reading build ${build.guid}`
        });
        if (current.state === 'STAGED' && current.droplet)
            return { done: true, value: current };
        if (current.state === 'FAILED') {
            const log = await recentLogLines(context, {
                appGuid: app.guid,
                since: current.created_at,
                sourceType: (type) => type === 'STG',
                lines: STAGING_LOG_LINES
            });
            throw new errors/* OperationError */.OK(`staging ${label} with ${config.buildpack} failed (${current.error ?? 'no reason given'}); ${formatLogLines(log, 'staging', app.name)}`);
        }
        return { done: false, status: current.state };
    });
    const droplet = await http.json({
        method: 'PATCH',
        url: v3Url(context, `/droplets/${staged.droplet.guid}`),
        json: { metadata: { annotations: dropletAnnotations(pkg, config.buildpack, constants) } },
        what: `recording ${label} on droplet ${staged.droplet.guid}`,
        idempotent: true
    });
    return droplet;
}
/**
 * A droplet of the app staged from these bytes with this buildpack and still kept by the
 * platform (STAGED, not expired), newest first: deploying it again needs no upload or staging.
 */
async function findDroplet(context, app, pkg) {
    const droplets = await context.http.list(v3Url(context, `/apps/${app.guid}/droplets`, {
        states: 'STAGED',
        order_by: '-created_at',
        per_page: 50
    }), `listing the droplets of app ${app.name}`);
    return droplets.find((droplet) => {
        const facts = dropletFacts(droplet.metadata);
        return facts.sha256 === pkg.sha256 && facts.buildpack === context.config.buildpack;
    });
}

;// CONCATENATED MODULE: ./src/targets/cloudfoundry/deploy-flow.ts










/** What the app runs before the deployment: for messages, and the constants its package has. */
async function readCurrent(context, app) {
    const guid = app.relationships?.current_droplet?.data?.guid;
    if (!guid)
        return { text: 'no droplet', constants: undefined };
    const { status, body } = await context.http.send({
        method: 'GET',
        url: v3Url(context, `/droplets/${guid}`),
        what: `reading the current droplet of app ${app.name}`,
        accept: [404]
    });
    const facts = status === 404 ? undefined : dropletFacts(body.metadata);
    const what = facts?.version ? `${facts.version} (droplet ${guid})` : `droplet ${guid}`;
    return {
        text: `${what}${app.state === 'STOPPED' ? ', stopped' : ''}`,
        constants: facts?.constants
    };
}
/** The app's first route as a URL, when it has one. */
async function appUrl(context, app) {
    const routes = await context.http.json({
        method: 'GET',
        url: v3Url(context, `/apps/${app.guid}/routes`, { per_page: 1 }),
        what: `reading the routes of app ${app.name}`
    });
    const route = routes?.resources?.[0];
    if (!route)
        return undefined;
    return `${route.protocol === 'tcp' ? 'tcp' : 'https'}://${route.url}`;
}
/**
 * Deploys a package to a Cloud Foundry app: find the app, plan its variables (refusing what the
 * buildpack would misread), reuse a droplet of these bytes or upload and stage them, set the
 * variables, roll the droplet out and wait until it runs. Variables change only after staging
 * succeeded, and are put back when the app ends up on what it ran before.
 */
async function deployToCloudFoundry(context, request) {
    const { package: pkg, log } = request;
    const label = `${pkg.app} ${pkg.version}`;
    const app = await findApp(context);
    const before = await readVariables(context, app);
    const owned = ownedVariables(app.metadata);
    const plan = planVariables({
        app: app.name,
        environment: request.environment.name,
        settings: request.settings,
        configured: request.environment.constants,
        eventsConfigured: request.environment.scheduledEvents !== undefined,
        current: before,
        owned
    });
    const running = await readCurrent(context, app);
    checkNewConstants(request, running.constants, before, app.name);
    for (const note of plan.notes)
        log.info(note);
    for (const warning of plan.warnings)
        log.warning(warning);
    const variables = new AppVariables(context, app, plan, before, owned);
    const journal = new CfJournal(app.name, running.text, label, request.environment.name);
    const details = {
        api: context.config.api,
        org: context.config.org,
        space: context.config.space,
        app: app.name,
        appGuid: app.guid,
        strategy: context.config.strategy,
        buildpack: context.config.buildpack
    };
    try {
        let droplet = await findDroplet(context, app, pkg);
        if (droplet) {
            context.progress.line(`app ${app.name} keeps a droplet of ${label} staged with ${context.config.buildpack} (${droplet.guid}): deploying it without uploading or staging again`);
            details['staged'] = false;
        }
        else {
            const uploaded = await uploadPackage(context, app, pkg, request.mdaPath);
            journal.record(`uploaded ${label} (package ${uploaded.guid})`);
            details['package'] = uploaded.guid;
            droplet = await stage(context, app, uploaded, pkg, Object.keys(request.settings.constants));
            journal.record(`staged droplet ${droplet.guid}`);
            details['staged'] = true;
        }
        details['droplet'] = droplet.guid;
        await variables.apply(journal);
        details['variables'] = { set: variables.set, removed: variables.removed };
        try {
            const rollout = await rollOut(context, app, droplet, journal);
            if (rollout.deployment)
                details['deployment'] = rollout.deployment;
        }
        catch (error) {
            if (journal.current === 'variables-set' || journal.current === 'rolled-back') {
                await variables.restore(journal);
            }
            throw error;
        }
        // A URL in mxdeploy.yml (a custom domain) wins over the app's first route.
        const url = request.environment.url ? undefined : await appUrl(context, app);
        log.info(`app ${app.name} runs ${label} (droplet ${droplet.guid})${url ? ` at ${url}` : ''}`);
        return { ...(url ? { url } : {}), details };
    }
    catch (error) {
        throw journal.failure(error);
    }
}

;// CONCATENATED MODULE: ./src/targets/cloudfoundry/discovery.ts





function href(links, name) {
    const value = links[name]?.href;
    return typeof value === 'string' && value ? value.replace(/\/+$/, '') : undefined;
}
/**
 * Reads the API root (`GET /`, no authentication) for the v3, login and log-cache links. The
 * token endpoint is the login link's, as the cf CLI does (on most platforms login and uaa are the
 * same server, but not on all).
 */
async function discover(api, where, retry, log) {
    const url = secureUrl(`${api}/`, `the api of ${where}`);
    const what = `reading the API root ${url.origin}`;
    const answer = await (0,retry_policy/* withRetries */.LH)(retry, {
        what,
        advice: 'the Cloud Foundry API is unavailable: check the api: URL, or try again later',
        onRetry: (line) => log.info(line)
    }, async () => {
        let raw;
        try {
            raw = await exchange({
                method: 'GET',
                url,
                headers: { Accept: 'application/json' },
                what,
                timeoutMs: 60_000
            });
        }
        catch (error) {
            if (error instanceof CfNetworkError)
                throw new retry_policy/* TransientError */.N_(error.message, { cause: error });
            throw error;
        }
        if (raw.status === 429 || raw.status === 408 || raw.status >= 500) {
            throw new retry_policy/* TransientError */.N_(`${what} failed with HTTP ${raw.status}`, {
                retryAfterMs: (0,net_transient/* retryAfterMs */.Vs)(raw.retryAfter, retry.clock.now())
            });
        }
        return raw;
    });
    const body = (0,buffered_exchange/* parseBody */.O)(answer.text);
    const links = answer.status === 200 ? body?.links : undefined;
    if (!links || typeof links !== 'object') {
        throw new errors/* ConfigurationError */.j1(`${where}: ${url.origin} is not a Cloud Foundry API (GET / answered ${answer.status} without links): set api: to the URL cf api shows`);
    }
    const v3 = href(links, 'cloud_controller_v3');
    if (!v3) {
        throw new errors/* ConfigurationError */.j1(`${where}: ${url.origin} offers no Cloud Controller v3 API (links.cloud_controller_v3): mxdeploy needs a platform that cf CLI v7 or later works with`);
    }
    const login = href(links, 'login') ?? href(links, 'uaa');
    if (!login) {
        throw new errors/* ConfigurationError */.j1(`${where}: ${url.origin} names no login server (links.login)`);
    }
    const logCache = href(links, 'log_cache');
    return {
        v3: secureUrl(v3, `the v3 link of ${url.origin}`).href.replace(/\/+$/, ''),
        tokenUrl: secureUrl(`${login}/oauth/token`, `the login link of ${url.origin}`),
        logCache: logCache
            ? secureUrl(logCache, `the log_cache link of ${url.origin}`).href.replace(/\/+$/, '')
            : undefined
    };
}

;// CONCATENATED MODULE: ./src/targets/cloudfoundry/progress.ts

/** How often a transfer in progress is reported. */
const TRANSFER_EVERY_MS = 10_000;
/**
 * Every progress line of the Cloud Foundry target goes through here (waits and transfers), so
 * they can move to a progress API in one change.
 */
class Progress {
    log;
    clock;
    constructor(log, clock) {
        this.log = log;
        this.clock = clock;
    }
    /** A line about a step or a wait. */
    line(text) {
        this.log.info(text);
    }
    /** A reporter of bytes sent: a line every 10 s while it lasts; `done()` reports the end. */
    transfer(what, total) {
        const started = this.clock.now();
        let last = started;
        let sent = 0;
        const mib = (bytes) => `${(bytes / (1 << 20)).toFixed(1)} MiB`;
        return {
            bytes: (now) => {
                sent = now;
                const at = this.clock.now();
                if (at - last < TRANSFER_EVERY_MS)
                    return;
                last = at;
                this.line(`  ${what}: ${mib(sent)} of ${mib(total)} (${Math.floor((sent / total) * 100)}%)`);
            },
            done: () => this.line(`  ${what}: ${mib(total)} in ${(0,retry_policy/* duration */.p0)(this.clock.now() - started)}`)
        };
    }
}

;// CONCATENATED MODULE: ./src/targets/cloudfoundry/uaa.ts







/** The cf CLI's OAuth client: id `cf`, empty secret, sent as HTTP Basic for the password grant. */
const CF_CLIENT_BASIC = `Basic ${Buffer.from('cf:').toString('base64')}`;
/** A token this close to its expiry is renewed before it is used (at most halfway). */
const RENEW_MARGIN_MS = 60_000;
/**
 * Access tokens from the platform's UAA (`<login link>/oauth/token`), as the cf CLI asks for
 * them: the password grant through the `cf` client for a user, client credentials in the form
 * body for a client. Tokens are renewed before they expire and when the Cloud Controller says
 * one is no longer valid; a refresh token that is refused falls back to a new grant.
 */
class TokenSource {
    tokenUrl;
    credentials;
    retry;
    log;
    token;
    constructor(tokenUrl, credentials, retry, log) {
        this.tokenUrl = tokenUrl;
        this.credentials = credentials;
        this.retry = retry;
        this.log = log;
    }
    /** The `Authorization` header value for the Cloud Controller and log-cache. */
    async header() {
        if (!this.token || this.token.renewAt <= this.retry.clock.now()) {
            await this.renew();
        }
        return `bearer ${this.token.access}`;
    }
    /** Forgets the token (the Cloud Controller refused it), so the next call gets another. */
    async renew() {
        const refresh = this.token?.refresh;
        this.token = undefined;
        if (refresh) {
            try {
                this.token = await this.request({ grant_type: 'refresh_token', refresh_token: refresh });
                return;
            }
            catch (error) {
                if (!(error instanceof CfAccessError))
                    throw error;
                // An expired or revoked refresh token: a new grant with the credentials follows.
            }
        }
        this.token = await this.request(this.grantForm());
    }
    grantForm() {
        const c = this.credentials;
        return c.grant === 'password'
            ? { grant_type: 'password', username: c.username, password: c.password }
            : { grant_type: 'client_credentials', client_id: c.clientId, client_secret: c.clientSecret };
    }
    async request(form) {
        const what = `logging in to ${this.tokenUrl.host} as ${principal(this.credentials)}`;
        const task = {
            what,
            advice: 'the login server is unavailable or limiting requests: try again later',
            onRetry: (line) => this.log.info(line)
        };
        return (0,retry_policy/* withRetries */.LH)(this.retry, task, () => this.attempt(form, what));
    }
    async attempt(form, what) {
        const headers = {
            Accept: 'application/json',
            'Content-Type': 'application/x-www-form-urlencoded'
        };
        // The CLI authenticates the `cf` client with Basic for the password and refresh grants;
        // a client of its own puts its id and secret in the form.
        if (this.credentials.grant === 'password')
            headers['Authorization'] = CF_CLIENT_BASIC;
        let answer;
        try {
            answer = await exchange({
                method: 'POST',
                url: this.tokenUrl,
                headers,
                body: Buffer.from(new URLSearchParams(form).toString()),
                what,
                timeoutMs: 60_000
            });
        }
        catch (error) {
            // Asking for a token changes nothing: any network fault is worth another attempt.
            if (error instanceof CfNetworkError)
                throw new retry_policy/* TransientError */.N_(error.message, { cause: error });
            throw error;
        }
        const body = (0,buffered_exchange/* parseBody */.O)(answer.text);
        if (answer.status === 200 && typeof body?.access_token === 'string') {
            const seconds = typeof body.expires_in === 'number' ? body.expires_in : 300;
            // Renewed a minute early, or halfway for a token that lives less than two minutes.
            const early = Math.min(RENEW_MARGIN_MS, (seconds * 1000) / 2);
            return {
                access: body.access_token,
                renewAt: this.retry.clock.now() + seconds * 1000 - early,
                refresh: typeof body.refresh_token === 'string' ? body.refresh_token : undefined
            };
        }
        const reason = [body?.error, body?.error_description]
            .filter((part) => typeof part === 'string' && part !== '')
            .join(': ');
        const said = `${answer.status}${reason ? ` ${reason}` : ''}`;
        if (answer.status === 429 || answer.status >= 500) {
            throw new retry_policy/* TransientError */.N_(`${what} failed with ${said}`, {
                retryAfterMs: (0,net_transient/* retryAfterMs */.Vs)(answer.retryAfter, this.retry.clock.now())
            });
        }
        if (answer.status === 400 || answer.status === 401 || answer.status === 403) {
            const variables = this.credentials.grant === 'password'
                ? 'CF_USERNAME and CF_PASSWORD'
                : 'CF_CLIENT_ID and CF_CLIENT_SECRET';
            throw new CfAccessError(`${what} was refused (${said}): check ${variables}; a user must belong to the platform's default identity provider and may not need a second factor, a client needs the cloud_controller.read and cloud_controller.write authorities`, answer.status, []);
        }
        throw new errors/* OperationError */.OK(`${what} failed with ${said}`);
    }
}

;// CONCATENATED MODULE: ./src/targets/cloudfoundry/cloudfoundry-target.ts













/** A logger whose destination changes per call: current() is silent, deploy() reports. */
class LogRelay {
    to = log/* silentLogger */.q;
    info(message) {
        this.to.info(message);
    }
    warning(message, where) {
        this.to.warning(message, where);
    }
    error(message, where) {
        this.to.error(message, where);
    }
    secret(value) {
        this.to.secret(value);
    }
}
/**
 * Cloud Foundry (SAP BTP, IBM Cloud, any CF v3 platform) with the Mendix buildpack: the app must
 * exist; each stage sets its variables, uploads and stages the MDA (or reuses a droplet of the
 * same bytes), and rolls the droplet out. What runs is read from the app's current droplet,
 * whose annotations name the package.
 */
class CloudFoundryTarget {
    options;
    knowsWhatRuns = true;
    type = 'cloudfoundry';
    relay = new LogRelay();
    session;
    constructor(options) {
        this.options = options;
    }
    async connect(log) {
        const { config } = this.options;
        const env = this.options.env ?? process.env;
        const clock = this.options.clock ?? poll/* realClock */.dQ;
        this.relay.to = log;
        // Read every time: a missing variable is reported before anything, secrets masked in `log`.
        const credentials = cfCredentials(env, log);
        if (!this.session) {
            const retry = this.options.retry ?? (0,retry_settings/* retryPolicyFromEnv */.ed)(env, { clock });
            const where = `environment ${this.options.environment.name}`;
            const endpoints = await discover(config.api, where, retry, this.relay);
            const tokens = new TokenSource(endpoints.tokenUrl, credentials, retry, this.relay);
            const http = new CfHttp(tokens, retry, {
                where: `${principal(credentials)} in org ${config.org}, space ${config.space}`,
                org: config.org,
                space: config.space
            }, this.relay);
            this.session = { endpoints, tokens, http };
        }
        return {
            http: this.session.http,
            v3: this.session.endpoints.v3,
            logCache: this.session.endpoints.logCache,
            config,
            environment: this.options.environment.name,
            backoff: this.options.backoff ?? poll/* DEFAULT_BACKOFF */.VU,
            clock,
            log,
            progress: new Progress(log, clock)
        };
    }
    /**
     * What the app runs: the package named by its current droplet's annotations, while the app
     * is started and an instance runs or starts (a stopped or crashed app is deployed again rather
     * than skipped). A droplet mxdeploy did not stage (cf push) names no package. Constants and
     * scheduled events are left to the activity log: the app's variables tell only those
     * mxdeploy.yml sets and values set by hand, not which constants run on their defaults.
     */
    async current() {
        const context = await this.connect(log/* silentLogger */.q);
        const app = await findApp(context);
        if (app.state !== 'STARTED')
            return undefined;
        const { status, body } = await context.http.send({
            method: 'GET',
            url: v3Url(context, `/apps/${app.guid}/droplets/current`),
            what: `reading the current droplet of app ${app.name}`,
            accept: [404]
        });
        if (status === 404)
            return undefined;
        const facts = dropletFacts(body.metadata);
        if (!facts.sha256)
            return { version: undefined, sha256: undefined, constants: undefined };
        const stats = await webStats(context, app);
        if (!stats.some((s) => s.state === 'RUNNING' || s.state === 'STARTING'))
            return undefined;
        return {
            version: facts.version,
            sha256: facts.sha256,
            constants: undefined,
            scheduledEvents: undefined
        };
    }
    async deploy(request) {
        return deployToCloudFoundry(await this.connect(request.log), request);
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/targets/buildpack-settings.ts
/**
 * The variable Mendix's buildpacks read a constant from: `MX_` and the constant's name with
 * every `.` as `_` (cf-mendix-buildpack `_get_constants`, which docker-mendix-buildpack runs).
 * The buildpack looks names up from the model's constants, so underscores in them stay.
 */
function buildpack_settings_constantVariable(name) {
    return `MX_${name.replace(/\./g, '_')}`;
}
/**
 * SCHEDULED_EVENTS as the buildpacks read it: ALL, NONE, or the enabled events separated by
 * commas without spaces (the buildpack splits on `,` and does not trim).
 */
function buildpack_settings_scheduledEventsValue(events) {
    const names = Object.keys(events);
    const enabled = names.filter((name) => events[name]);
    if (names.length > 0 && enabled.length === names.length)
        return 'ALL';
    return enabled.length === 0 ? 'NONE' : enabled.join(',');
}
/**
 * The settings in the Mendix buildpacks' conventions: `MX_<Module>_<Constant>` per constant,
 * `CONSTANTS` as JSON, `SCHEDULED_EVENTS` as ALL, NONE or a comma-separated list.
 */
function settingsEnvironment(settings) {
    const env = { CONSTANTS: JSON.stringify(settings.constants) };
    for (const [name, value] of Object.entries(settings.constants))
        env[buildpack_settings_constantVariable(name)] = value;
    env['SCHEDULED_EVENTS'] = buildpack_settings_scheduledEventsValue(settings.scheduledEvents);
    return env;
}
/**
 * The settings a buildpack would run with, from its variables, for the constants and events of
 * a package: a constant without its variable is left out; SCHEDULED_EVENTS unset means ALL, as
 * the buildpack takes it.
 */
function settingsFromVariables(variables, constants, events) {
    const values = {};
    for (const name of constants) {
        const value = variables[buildpack_settings_constantVariable(name)];
        if (value !== undefined)
            values[name] = value;
    }
    const setting = variables['SCHEDULED_EVENTS'] ?? 'ALL';
    const listed = new Set(setting.split(','));
    const scheduledEvents = Object.fromEntries(events.map((name) => [
        name,
        setting === 'ALL' ? true : setting === 'NONE' ? false : listed.has(name)
    ]));
    return { constants: values, scheduledEvents };
}

;// CONCATENATED MODULE: ./src/targets/command-target.ts



/**
 * Runs the user's deploy command (Docker, the Portable App Distribution, a VM script) with the
 * MDA and settings in its environment. A non-zero exit fails the stage with its output.
 */
class CommandTarget {
    options;
    knowsWhatRuns = false;
    type = 'command';
    constructor(options) {
        this.options = options;
    }
    current() {
        return Promise.resolve(undefined);
    }
    async deploy(request) {
        const { log } = request;
        const env = {
            ...process.env,
            ...settingsEnvironment(request.settings),
            MDA_PATH: request.mdaPath,
            MXDEPLOY_APP: request.package.app,
            MXDEPLOY_ENVIRONMENT: request.environment.name,
            MXDEPLOY_PACKAGE_VERSION: request.package.version,
            MXDEPLOY_PACKAGE_SHA256: request.package.sha256,
            MXDEPLOY_RUNTIME_VERSION: request.package.runtimeVersion
        };
        log.info(`running: ${this.options.run}`);
        const tail = [];
        const timeoutMs = (this.options.timeoutMinutes ?? 60) * 60_000;
        const { code, timedOut } = await new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.spawn)(this.options.run, {
                shell: true,
                cwd: this.options.cwd,
                env,
                stdio: ['ignore', 'pipe', 'pipe']
            });
            let timedOut = false;
            const timer = setTimeout(() => {
                timedOut = true;
                child.kill('SIGTERM');
            }, timeoutMs);
            const collect = (chunk) => {
                const text = chunk.toString('utf8');
                tail.push(text);
                if (tail.length > 200)
                    tail.shift();
                for (const line of text.split('\n'))
                    if (line.trim())
                        log.info(`  ${line}`);
            };
            child.stdout.on('data', collect);
            child.stderr.on('data', collect);
            child.on('error', (error) => {
                clearTimeout(timer);
                reject(error);
            });
            child.on('close', (exit) => {
                clearTimeout(timer);
                resolve({ code: exit, timedOut });
            });
        });
        if (timedOut)
            throw new errors/* OperationError */.OK(`the deploy command ran longer than ${this.options.timeoutMinutes ?? 60} minutes and was stopped`);
        if (code !== 0) {
            const output = tail.join('').trim().slice(-4000);
            throw new errors/* OperationError */.OK(`the deploy command exited with ${code}${output ? `:\n${output}` : ' and printed nothing'}`);
        }
        return { details: { command: this.options.run } };
    }
}

// EXTERNAL MODULE: ./src/targets/image/app-image.ts + 5 modules
var app_image = __webpack_require__(56612);
// EXTERNAL MODULE: ./src/repository/oci/image-reference.ts
var image_reference = __webpack_require__(29219);
// EXTERNAL MODULE: ./src/targets/image/image-config.ts
var image_config = __webpack_require__(69512);
// EXTERNAL MODULE: ./src/targets/image/image-labels.ts
var image_labels = __webpack_require__(11353);
// EXTERNAL MODULE: ./src/targets/image/push-image.ts
var push_image = __webpack_require__(91926);
// EXTERNAL MODULE: ./src/targets/image/read-image.ts
var read_image = __webpack_require__(59790);
;// CONCATENATED MODULE: ./src/targets/image/environment-image.ts







/** The tags of an environment: its image of one package version, and what it runs now. */
function environmentTags(version, environment) {
    return [`${version}-${environment}`, environment];
}
/**
 * The variables of an environment's settings: MX_<Module>_<Constant> for every constant and
 * SCHEDULED_EVENTS. Two constants that map to one variable with different values are refused:
 * the buildpack would give both the same value.
 */
function environmentVariables(settings) {
    const variables = {};
    const owner = {};
    for (const [name, value] of Object.entries(settings.constants)) {
        const variable = buildpack_settings_constantVariable(name);
        if (variables[variable] !== undefined && variables[variable] !== value) {
            throw new errors/* ConfigurationError */.j1(`constants ${owner[variable]} and ${name} both become ${variable}, with different values: the runtime would give both the same one; rename one of them in the model`);
        }
        variables[variable] = value;
        owner[variable] = name;
    }
    variables['SCHEDULED_EVENTS'] = buildpack_settings_scheduledEventsValue(settings.scheduledEvents);
    return variables;
}
/**
 * Pushes an environment's image: the app image's layers with a config that adds the
 * environment's settings as the buildpack's variables (no layer of its own), tagged
 * `<version>-<environment>` and then `<environment>`. That last tag is what the environment runs.
 */
async function pushEnvironmentImage(client, app, environment, settings, created) {
    const env = environmentVariables(settings);
    const labels = {
        [image_labels/* IMAGE_KEY */.u1.environment]: environment,
        [image_labels/* IMAGE_KEY */.u1.constants]: JSON.stringify(Object.keys(settings.constants)),
        [image_labels/* IMAGE_KEY */.u1.scheduledEvents]: JSON.stringify(Object.keys(settings.scheduledEvents))
    };
    const images = app.images.map((image) => ({
        platform: image.platform,
        config: (0,image_config/* composeConfig */.Rm)(image.config, {
            created,
            labels,
            env,
            createdBy: `mxdeploy: the settings of environment ${environment}`
        }),
        layers: image.layers
    }));
    const tags = environmentTags(app.tag, environment);
    const pushed = await (0,push_image/* pushImage */.G)(client, images, { ...app.annotations, ...labels }, tags);
    return {
        reference: `${(0,image_reference/* imageName */.tO)(client.ref)}:${tags[0]}@${pushed.digest}`,
        digest: pushed.digest,
        tags
    };
}
function names(text) {
    try {
        const parsed = JSON.parse(text ?? '[]');
        return Array.isArray(parsed) ? parsed.filter((n) => typeof n === 'string') : [];
    }
    catch {
        return [];
    }
}
/**
 * What an environment runs, read back from its tag: the package from the labels, the settings
 * from the variables of the config. Undefined when the tag does not exist; an image mxdeploy did
 * not build there is refused, since the next stage would move the tag away from it.
 */
async function readEnvironmentImage(client, environment) {
    const name = `${(0,image_reference/* imageName */.tO)(client.ref)}:${environment}`;
    const found = await (0,read_image/* readImage */.A)(client, environment, `image ${name}`, { kind: 'all' });
    if (!found)
        return undefined;
    const config = found.images[0].config;
    const labels = (0,image_config/* configLabels */.sF)(config);
    const sha256 = labels[image_labels/* IMAGE_KEY */.u1.sha256];
    const version = labels[image_labels/* IMAGE_KEY */.u1.version];
    if (!sha256 || !/^[0-9a-f]{64}$/.test(sha256) || !version) {
        throw new errors/* ConfigurationError */.j1(`tag ${environment} of ${(0,image_reference/* imageName */.tO)(client.ref)} holds an image mxdeploy did not build (no ${image_labels/* IMAGE_KEY */.u1.sha256} label): mxdeploy moves that tag to what environment ${environment} runs; push to another image repository, or delete the tag`);
    }
    const settings = settingsFromVariables((0,image_config/* configVariables */.sz)(config), names(labels[image_labels/* IMAGE_KEY */.u1.constants]), names(labels[image_labels/* IMAGE_KEY */.u1.scheduledEvents]));
    return {
        version,
        sha256,
        constants: settings.constants,
        scheduledEvents: settings.scheduledEvents,
        reference: `${(0,image_reference/* imageName */.tO)(client.ref)}:${environmentTags(version, environment)[0]}@${found.digest}`
    };
}

// EXTERNAL MODULE: ./src/targets/image/image-inputs.ts
var image_inputs = __webpack_require__(54927);
// EXTERNAL MODULE: ./src/targets/image/progress.ts
var image_progress = __webpack_require__(16809);
// EXTERNAL MODULE: ./src/targets/image/registries.ts
var registries = __webpack_require__(74005);
;// CONCATENATED MODULE: ./src/targets/image/image-target.ts






/**
 * A container image per environment, built without a Docker daemon: the app image of the package
 * (tagged with its version, shared by every environment) and a config-only image with the
 * environment's constants and scheduled events as the buildpack's variables, tagged
 * `<version>-<environment>` and `<environment>`. What runs is what the `<environment>` tag holds,
 * read back from the registry.
 */
class ImageTarget {
    options;
    knowsWhatRuns = true;
    type = 'image';
    what;
    platforms;
    constructor(options) {
        this.options = options;
        const { environment, config } = options;
        this.what = `environment ${environment.name}'s image target`;
        (0,image_inputs/* checkEnvironmentTag */.ai)(environment.name);
        this.platforms = (0,image_inputs/* platformChoice */.$L)(config.platforms, this.what);
        // Opened now, so a bad reference is refused before anything is read or pushed.
        this.registries(log/* silentLogger */.q);
    }
    registries(log) {
        const { config } = this.options;
        return (0,registries/* openRegistries */.cs)({ base: config.base, image: config.image }, {
            env: this.options.env ?? process.env,
            log,
            what: this.what,
            ...(this.options.packageRepository
                ? { packageRepository: this.options.packageRepository }
                : {})
        });
    }
    async current() {
        const running = await readEnvironmentImage(this.registries(log/* silentLogger */.q).image, this.options.environment.name);
        if (!running)
            return undefined;
        const { reference, ...state } = running;
        return { ...state, details: { imageRef: reference } };
    }
    async deploy(request) {
        const { log, package: pkg, settings } = request;
        const environment = this.options.environment.name;
        environmentVariables(settings); // a clash of constants is refused before anything is pushed
        const registries = this.registries(log);
        const progress = new image_progress/* ImageProgress */.J(log);
        const created = await (0,image_inputs/* packageCreated */.Tp)(request.mdaPath, pkg);
        const app = await (0,app_image/* buildAppImage */.N)({
            registries,
            package: pkg,
            mdaPath: request.mdaPath,
            created,
            platforms: this.platforms,
            compression: this.options.config.compression,
            source: (0,image_inputs/* imageSource */.ZZ)(this.options.env ?? process.env),
            progress
        });
        const image = await pushEnvironmentImage(registries.image, app, environment, settings, created);
        progress.pushed(image.reference);
        return {
            details: {
                imageRef: image.reference,
                appImage: app.reference,
                tags: image.tags,
                appImagePushed: app.pushed
            }
        };
    }
}

// EXTERNAL MODULE: ./src/targets/kubernetes/app-state.ts
var app_state = __webpack_require__(76372);
// EXTERNAL MODULE: ./src/targets/kubernetes/mendix-app.ts
var mendix_app = __webpack_require__(80012);
// EXTERNAL MODULE: ./src/targets/kubernetes/source-url.ts
var source_url = __webpack_require__(46922);
;// CONCATENATED MODULE: ./src/targets/kubernetes/kubernetes-target.ts






/**
 * A MendixApp of the Mendix Operator, created or updated with server-side apply (field manager
 * mxdeploy); what runs is read back from its spec and status. @kubernetes/client-node loads only
 * when a Kubernetes environment is used.
 */
class KubernetesTarget {
    options;
    knowsWhatRuns = true;
    type = 'kubernetes';
    constructor(options) {
        this.options = options;
    }
    get env() {
        return this.options.env ?? process.env;
    }
    async cluster(log) {
        const { config } = this.options;
        const { Cluster } = await Promise.all(/* import() */[__webpack_require__.e(7824), __webpack_require__.e(4018), __webpack_require__.e(4757)]).then(__webpack_require__.bind(__webpack_require__, 74757));
        return new Cluster({
            env: this.env,
            context: config.context,
            namespace: config.namespace,
            retry: this.options.retry ?? (0,retry_settings/* retryPolicyFromEnv */.ed)(this.env),
            log,
            ...(this.options.requestTimeoutMs !== undefined
                ? { requestTimeoutMs: this.options.requestTimeoutMs }
                : {})
        });
    }
    /**
     * What the MendixApp runs: the package mxdeploy recorded on it (while its sourceURL is still
     * the one recorded) with the constants and scheduled events of its spec, when the operator
     * reports it running; undefined when there is no MendixApp.
     */
    async current() {
        // Refused here too: a stage reads what runs first, so nothing is recorded or applied.
        (0,source_url/* refuseUnreadableRepository */.mj)(this.options.repository, this.options.environment.name);
        const cluster = await this.cluster(log/* silentLogger */.q);
        const resource = await cluster.read({
            ...mendix_app/* MENDIX_APP */.Oy,
            name: this.options.config.name
        });
        return resource ? (0,app_state/* runningStateOf */.Yh)(resource) : undefined;
    }
    async deploy(request) {
        (0,source_url/* refuseUnreadableRepository */.mj)(this.options.repository, this.options.environment.name);
        const { deployMendixApp } = await __webpack_require__.e(/* import() */ 4598).then(__webpack_require__.bind(__webpack_require__, 4598));
        return deployMendixApp({
            cluster: await this.cluster(request.log),
            config: this.options.config,
            environment: this.options.environment,
            app: this.options.app,
            repository: this.options.repository,
            env: this.env,
            backoff: this.options.backoff ?? poll/* DEFAULT_BACKOFF */.VU,
            clock: this.options.clock ?? poll/* realClock */.dQ,
            ...(this.options.pickupMs !== undefined ? { pickupMs: this.options.pickupMs } : {}),
            ...(this.options.fetch ? { fetch: this.options.fetch } : {})
        }, request);
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/fs/atomic-write.ts
var atomic_write = __webpack_require__(27768);
// EXTERNAL MODULE: ./src/fs/fs-error.ts
var fs_error = __webpack_require__(37523);
// EXTERNAL MODULE: ./src/fs/path-error.ts
var path_error = __webpack_require__(59263);
// EXTERNAL MODULE: ./src/mda/metadata.ts
var mda_metadata = __webpack_require__(1143);
// EXTERNAL MODULE: ./src/fs/make-directory.ts
var make_directory = __webpack_require__(891);
// EXTERNAL MODULE: ./src/fs/file-lock.ts
var file_lock = __webpack_require__(36577);
// EXTERNAL MODULE: ./src/zip/extract.ts
var extract = __webpack_require__(13134);
;// CONCATENATED MODULE: ./src/targets/release-store.ts








/** Written last into a release folder: its presence means the release is complete. */
const RELEASE_MARKER = '.mxdeploy-release.json';
/**
 * Packages unpacked once each into `ROOT/releases/<version>-<sha>/` and a `ROOT/current` symlink
 * switched by an atomic rename, shared by the targets that run a release from a folder (local,
 * m2ee). A release folder is renamed into place only once complete, with its marker written
 * last, so a process killed at any moment leaves `current` on a complete release.
 */
class ReleaseStore {
    root;
    constructor(root) {
        this.root = root;
    }
    get releases() {
        return (0,external_node_path_.join)(this.root, 'releases');
    }
    get currentLink() {
        return (0,external_node_path_.join)(this.root, 'current');
    }
    /** The folder name of a package's release. */
    static nameOf(pkg) {
        return `${pkg.version}-${pkg.sha256.slice(0, 12)}`;
    }
    /** The release `current` points at; undefined when there is none or it has no marker. */
    async current() {
        let target;
        try {
            target = await (0,promises_.readlink)(this.currentLink);
        }
        catch (error) {
            if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
                return undefined;
            throw error;
        }
        // A link switched by hand may hold an absolute path.
        const dir = (0,external_node_path_.resolve)(this.root, target);
        try {
            const marker = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, RELEASE_MARKER), 'utf8'));
            return { name: (0,external_node_path_.basename)(dir), dir, marker };
        }
        catch (error) {
            if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
                return undefined;
            throw error;
        }
    }
    /** Runs `fn` holding the store's lock, so two deployments never interleave. */
    async locked(what, fn) {
        await (0,make_directory/* makeDirectory */.O)(this.releases);
        return (0,file_lock/* withLock */.k)((0,external_node_path_.join)(this.root, '.lock'), fn, { what });
    }
    /** Unpacks the package into its release folder unless a complete one is there; returns it. */
    async unpack(pkg, mdaPath, log) {
        const name = ReleaseStore.nameOf(pkg);
        const release = (0,external_node_path_.join)(this.releases, name);
        if (await this.isComplete(release))
            return release;
        await (0,promises_.rm)(release, { recursive: true, force: true });
        const partial = (0,external_node_path_.join)(this.releases, `.${name}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.partial`);
        try {
            const { files } = await (0,extract/* extractZip */.J)(mdaPath, partial, mdaPath);
            const marker = {
                version: pkg.version,
                sha256: pkg.sha256,
                unpackedAt: new Date().toISOString()
            };
            await (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.join)(partial, RELEASE_MARKER), `${JSON.stringify(marker, null, 2)}\n`);
            await (0,promises_.rename)(partial, release);
            log.info(`unpacked ${files} files into ${release}`);
        }
        finally {
            await (0,promises_.rm)(partial, { recursive: true, force: true });
        }
        return release;
    }
    async isComplete(release) {
        try {
            await (0,promises_.stat)((0,external_node_path_.join)(release, RELEASE_MARKER));
            return true;
        }
        catch (error) {
            if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
                return false;
            throw error;
        }
    }
    /** Points `current` at a release: a new link beside it, renamed over it (rename(2) is atomic). */
    async switchTo(name) {
        await replaceWithLink(this.currentLink, (0,external_node_path_.join)('releases', name), `.current`);
    }
    /**
     * Keeps the newest `keep` complete releases (the current one always) and drops leftovers of
     * killed processes; `removed` hears of each release dropped.
     */
    async prune(current, keep, log, removed) {
        const complete = [];
        for (const entry of await (0,promises_.readdir)(this.releases)) {
            if (entry.endsWith('.partial')) {
                // Left by a process killed while unpacking; ours was renamed or removed already, and the
                // lock keeps any other process out.
                await (0,promises_.rm)((0,external_node_path_.join)(this.releases, entry), { recursive: true, force: true });
                continue;
            }
            try {
                const marker = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(this.releases, entry, RELEASE_MARKER), 'utf8'));
                complete.push({ name: entry, marker });
            }
            catch {
                // An incomplete release left by a killed process: never current, safe to drop.
                await (0,promises_.rm)((0,external_node_path_.join)(this.releases, entry), { recursive: true, force: true });
            }
        }
        complete.sort((a, b) => b.marker.unpackedAt.localeCompare(a.marker.unpackedAt));
        const kept = new Set([current, ...complete.slice(0, keep).map((r) => r.name)]);
        for (const release of complete) {
            if (kept.has(release.name))
                continue;
            await (0,promises_.rm)((0,external_node_path_.join)(this.releases, release.name), { recursive: true, force: true });
            await removed?.(release.marker);
            log.info(`removed old release ${release.name}`);
        }
    }
}
/**
 * Makes `path` a symlink to `target` with one rename(2) of a new link over it, so readers see the
 * old link or the new one, never none. `prefix` names the temporary link beside it.
 */
async function replaceWithLink(path, target, prefix) {
    const next = (0,external_node_path_.join)(path, '..', `${prefix}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
    await (0,promises_.symlink)(target, next);
    try {
        await (0,promises_.rename)(next, path);
    }
    catch (error) {
        await (0,promises_.rm)(next, { force: true });
        throw error;
    }
}
/** Whether `path` is a symlink to exactly `target`. */
async function linksTo(path, target) {
    try {
        return (await (0,promises_.readlink)(path)) === target;
    }
    catch (error) {
        if (['ENOENT', 'EINVAL'].includes((0,errors/* errnoCode */.UK)(error) ?? ''))
            return false;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/targets/runtime-settings.ts
/**
 * The runtime's names for the settings: ALL when every event of the package runs, NONE when none
 * does (or it has none), else SPECIFIED with the ones that run.
 */
function toRuntimeSettings(settings) {
    const events = Object.entries(settings.scheduledEvents);
    const enabled = events.filter(([, on]) => on).map(([name]) => name);
    const constants = { ...settings.constants };
    if (events.length > 0 && enabled.length === events.length)
        return { MicroflowConstants: constants, ScheduledEventExecution: 'ALL' };
    if (enabled.length === 0)
        return { MicroflowConstants: constants, ScheduledEventExecution: 'NONE' };
    return {
        MicroflowConstants: constants,
        ScheduledEventExecution: 'SPECIFIED',
        MyScheduledEvents: enabled.join(',')
    };
}
/**
 * The settings back from the runtime's names, with `events` the package's scheduled events (from
 * its metadata.json): ALL and NONE only mean something against that list.
 */
function fromRuntimeSettings(runtime, events) {
    const specified = new Set((runtime.MyScheduledEvents ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean));
    const on = (name) => runtime.ScheduledEventExecution === 'ALL' ||
        (runtime.ScheduledEventExecution === 'SPECIFIED' && specified.has(name));
    return {
        constants: { ...runtime.MicroflowConstants },
        scheduledEvents: Object.fromEntries(events.map((name) => [name, on(name)]))
    };
}
/** Whether a parsed document has the runtime's names (rather than some other shape). */
function isRuntimeSettings(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const doc = value;
    const constants = doc['MicroflowConstants'];
    return (typeof constants === 'object' &&
        constants !== null &&
        !Array.isArray(constants) &&
        Object.values(constants).every((v) => typeof v === 'string') &&
        ['ALL', 'NONE', 'SPECIFIED'].includes(doc['ScheduledEventExecution']) &&
        (doc['MyScheduledEvents'] === undefined || typeof doc['MyScheduledEvents'] === 'string'));
}

;// CONCATENATED MODULE: ./src/targets/shell-command.ts

/**
 * Runs a command line with `sh -c` as the user wrote it (a restart command), logging each line
 * it prints as it comes.
 */
function runShellCommand(command, options) {
    const { log } = options;
    const redact = options.redact ?? ((line) => line);
    const lines = [];
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(command, {
            shell: true,
            cwd: options.cwd,
            env: { ...process.env, ...options.env },
            stdio: ['ignore', 'pipe', 'pipe']
        });
        // Output is split into lines per stream, so a line cut between two chunks stays whole.
        const reader = (stream) => {
            let pending = '';
            return (chunk) => {
                const text = pending + (chunk ? chunk.toString('utf8') : '');
                const parts = text.split('\n');
                pending = chunk ? parts.pop() : '';
                for (const part of parts) {
                    const line = redact(part.replace(/\r$/, ''), stream);
                    if (!line.trim())
                        continue;
                    lines.push(line);
                    log.info(`  ${line}`);
                }
            };
        };
        const out = reader('stdout');
        const err = reader('stderr');
        child.stdout.on('data', out);
        child.stderr.on('data', err);
        child.on('error', reject);
        child.on('close', (code) => {
            out();
            err();
            resolve({ code, lines });
        });
    });
}

;// CONCATENATED MODULE: ./src/targets/local-target.ts










/**
 * The settings of a release, inside it, so switching `current` switches both at once. Written in
 * the runtime's names (MicroflowConstants, ScheduledEventExecution, MyScheduledEvents); releases
 * deployed before that hold `{ constants, scheduledEvents }`, which is still read.
 */
const SETTINGS = '.mxdeploy-settings.json';
/**
 * The local (on-premises shaped) target: each package unpacked once into
 * `releases/<version>-<sha>/`, its settings beside its files, and `current` a symlink switched
 * by an atomic rename. `settings.json` is a link through `current`, so a process killed at any
 * moment leaves `current` on a complete release with its own settings.
 */
class LocalTarget {
    options;
    knowsWhatRuns = true;
    type = 'local';
    store;
    constructor(options) {
        this.options = options;
        this.store = new ReleaseStore(options.path);
    }
    async current() {
        const release = await this.store.current();
        if (!release)
            return undefined;
        let settings;
        try {
            settings = await readSettings(release.dir);
        }
        catch (error) {
            if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
                return undefined;
            throw error;
        }
        // settings.json is linked after the switch: a deployment stopped in between (killed, a full
        // disk) left the app without its settings file, so the release is in place, not running.
        const linked = await linksTo((0,external_node_path_.join)(this.options.path, 'settings.json'), (0,external_node_path_.join)('current', SETTINGS));
        return {
            version: release.marker.version,
            sha256: release.marker.sha256,
            constants: settings.constants,
            scheduledEvents: settings.scheduledEvents,
            ...(linked
                ? {}
                : {
                    unconfirmed: `${(0,external_node_path_.join)(this.options.path, 'settings.json')} does not lead to its settings (the deployment stopped after the switch)`
                })
        };
    }
    chosen(environment) {
        return {
            what: `the folder of environment ${environment}`,
            path: this.options.path,
            fix: `set target.path of ${environment} in mxdeploy.yml to a folder on a writable disk`
        };
    }
    async deploy(request) {
        const { environment, package: pkg } = request;
        const chosen = this.chosen(environment.name);
        await (0,path_error/* prepareFolder */.G)(chosen, this.store.releases);
        const state = { switched: false };
        try {
            return await this.store.locked(`environment ${environment.name} (${this.options.path})`, () => this.deployLocked(request, state));
        }
        catch (error) {
            // Until the switch nothing runs differently: a full disk (the lock, the new link) is named
            // as the folder's. After it, what failed is said with what is already true.
            if (!state.switched)
                throw await (0,path_error/* pathError */.g)(error, chosen);
            if (!(0,errors/* errnoCode */.UK)(error))
                throw error;
            throw new errors/* OperationError */.OK(`switched ${environment.name} to ${pkg.version}, but then ${(0,fs_error/* fsReason */.E)(error)} in ${this.options.path}`);
        }
    }
    async deployLocked(request, state) {
        const { package: pkg, log } = request;
        let release;
        try {
            release = await this.store.unpack(pkg, request.mdaPath, log);
            const settings = toRuntimeSettings(request.settings);
            await (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.join)(release, SETTINGS), `${JSON.stringify(settings, null, 2)}\n`);
        }
        catch (error) {
            // Nothing is switched yet: a full disk or a folder that turned read-only is named as such.
            throw await (0,path_error/* pathError */.g)(error, this.chosen(request.environment.name));
        }
        const name = ReleaseStore.nameOf(pkg);
        await this.store.switchTo(name);
        state.switched = true;
        log.info(`switched ${this.store.currentLink} to ${name}`);
        const settingsLink = (0,external_node_path_.join)(this.options.path, 'settings.json');
        if (!(await linksTo(settingsLink, (0,external_node_path_.join)('current', SETTINGS)))) {
            await replaceWithLink(settingsLink, (0,external_node_path_.join)('current', SETTINGS), 'settings.json');
        }
        await this.store.prune(name, this.options.keep, log);
        if (this.options.restart)
            await this.restart(this.options.restart, request, log);
        return { details: { release } };
    }
    async restart(command, request, log) {
        log.info(`restarting: ${command}`);
        const { code, lines } = await runShellCommand(command, {
            cwd: this.options.path,
            env: {
                MXDEPLOY_RELEASE: this.store.currentLink,
                MXDEPLOY_ENVIRONMENT: request.environment.name
            },
            log
        });
        if (code !== 0) {
            throw new errors/* OperationError */.OK(`switched ${request.environment.name} to ${request.package.version}, but the restart command exited with ${code}: ${lines.join('\n').slice(-2000)}`);
        }
    }
}
/**
 * A release's settings: the runtime's names expanded against the release's own scheduled
 * events, or the shape releases deployed before them hold.
 */
async function readSettings(release) {
    const doc = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(release, SETTINGS), 'utf8'));
    if (!isRuntimeSettings(doc))
        return doc;
    const metadataPath = (0,external_node_path_.join)(release, mda_metadata/* METADATA_PATH */.GN);
    const metadata = (0,mda_metadata/* parseMetadata */.jR)(await (0,promises_.readFile)(metadataPath), metadataPath);
    return fromRuntimeSettings(doc, metadata.scheduledEvents.map((event) => event.name));
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/targets/m2ee/fragment.ts




/** The release-independent path m2ee is given with `-c`, relative to app-base. */
const FRAGMENT_LINK = '.mxdeploy/m2ee.yaml';
/** The fragment's name inside each release folder. */
const FRAGMENT_FILE = 'm2ee.yaml';
/** The part of an environment's settings that mxdeploy.yml decides. */
function fragmentSettings(settings, decided) {
    const runtime = toRuntimeSettings(settings);
    const constants = Object.fromEntries(decided.constants
        .filter((name) => name in runtime.MicroflowConstants)
        .map((name) => [name, runtime.MicroflowConstants[name]]));
    if (!decided.scheduledEvents)
        return { MicroflowConstants: constants };
    return { ...runtime, MicroflowConstants: constants };
}
/**
 * YAML text for one value: double-quoted as JSON writes it, which YAML reads as the same text, with
 * the characters JSON leaves raw but PyYAML refuses (C1 controls, U+FFFE/U+FFFF) or takes for line
 * breaks (NEL, U+2028, U+2029) escaped: m2ee would skip the whole file over one of them.
 */
const fragment_quoted = (text) => JSON.stringify(text).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
/**
 * mxdeploy's m2ee configuration file: only `mxruntime`, every constant quoted (so YAML makes
 * none of them a number, boolean or date), and `MyScheduledEvents` as one comma-separated text,
 * which replaces the team's value when m2ee merges the files (a list would be appended to the
 * team's list instead).
 */
function renderFragment(settings, header) {
    const lines = [
        `# Written by mxdeploy for ${header.app} ${header.version} (environment ${header.environment}).`,
        '# Do not edit: every deployment replaces it. Set constants and scheduled events in mxdeploy.yml.',
        `# m2ee reads it after the team's m2ee.yaml: ${header.usage}`,
        'mxruntime:',
        '  MicroflowConstants:'
    ];
    const names = Object.keys(settings.MicroflowConstants).sort();
    if (names.length === 0)
        lines[lines.length - 1] += ' {}';
    for (const name of names) {
        lines.push(`    ${fragment_quoted(name)}: ${fragment_quoted(settings.MicroflowConstants[name])}`);
    }
    if (settings.ScheduledEventExecution !== undefined) {
        lines.push(`  ScheduledEventExecution: ${settings.ScheduledEventExecution}`);
    }
    if (settings.MyScheduledEvents !== undefined) {
        lines.push(`  MyScheduledEvents: ${fragment_quoted(settings.MyScheduledEvents)}`);
    }
    const text = `${lines.join('\n')}\n`;
    // m2ee skips a file it cannot read with only a warning, so what is written is read back first.
    const back = parseFragment(text, 'the m2ee settings mxdeploy wrote');
    if (!(0,external_node_util_.isDeepStrictEqual)(back, settings)) {
        throw new errors/* OperationError */.OK('the m2ee settings file mxdeploy wrote does not read back as written');
    }
    return text;
}
/** The settings in an m2ee fragment mxdeploy wrote; throws when it is not one. */
function parseFragment(text, label) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { version: '1.1' });
    if (doc.errors.length > 0)
        throw new errors/* OperationError */.OK(`${label}: ${doc.errors[0].message}`);
    const value = doc.toJS();
    if (!isFragmentSettings(value?.mxruntime)) {
        throw new errors/* OperationError */.OK(`${label} is not an m2ee settings file mxdeploy wrote`);
    }
    return value.mxruntime;
}
function isFragmentSettings(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const doc = value;
    const constants = doc['MicroflowConstants'];
    const execution = doc['ScheduledEventExecution'];
    const events = doc['MyScheduledEvents'];
    return (typeof constants === 'object' &&
        constants !== null &&
        !Array.isArray(constants) &&
        Object.values(constants).every((v) => typeof v === 'string') &&
        (execution === undefined || ['ALL', 'NONE', 'SPECIFIED'].includes(execution)) &&
        (events === undefined || (typeof events === 'string' && execution === 'SPECIFIED')));
}

;// CONCATENATED MODULE: ./src/targets/m2ee/app-base.ts








/** Where m2ee-tools runs the app from (app_base/model, app_base/web), and what links them. */
const RUNTIME_FOLDERS = ['model', 'web'];
/**
 * The app base as m2ee-tools runs it, with mxdeploy's releases beside it:
 *
 *     app-base/model -> .mxdeploy/current/model        (fixed links, made once)
 *     app-base/web   -> .mxdeploy/current/web
 *     app-base/.mxdeploy/m2ee.yaml -> current/m2ee.yaml (mxdeploy's settings for m2ee -c)
 *     app-base/.mxdeploy/current -> releases/<version>-<sha>   (switched by one rename)
 *     app-base/.mxdeploy/releases/<version>-<sha>/{model,web,m2ee.yaml,.mxdeploy-release.json}
 *
 * One rename of `current` switches the model, the web files and the settings together.
 */
class AppBase {
    path;
    store;
    constructor(path) {
        this.path = path;
        this.store = new ReleaseStore((0,external_node_path_.join)(path, '.mxdeploy'));
    }
    /** The path m2ee is given with `-c`. */
    get fragment() {
        return (0,external_node_path_.join)(this.path, FRAGMENT_LINK);
    }
    get pendingFile() {
        return (0,external_node_path_.join)(this.store.root, 'pending.json');
    }
    /**
     * Whether app-base/model, app-base/web and the settings file m2ee is given resolve into the
     * release `current` points at: only then is that release what m2ee starts.
     */
    async runs(release) {
        const used = [...RUNTIME_FOLDERS.map((folder) => (0,external_node_path_.join)(this.path, folder)), this.fragment];
        const ours = [
            ...RUNTIME_FOLDERS.map((folder) => (0,external_node_path_.join)(release.dir, folder)),
            (0,external_node_path_.join)(release.dir, FRAGMENT_FILE)
        ];
        for (const [i, path] of used.entries()) {
            try {
                const [actual, expected] = await Promise.all([(0,promises_.realpath)(path), (0,promises_.realpath)(ours[i])]);
                if (actual !== expected)
                    return false;
            }
            catch (error) {
                if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
                    return false;
                throw error;
            }
        }
        return true;
    }
    /**
     * Makes model/, web/ and the settings file links through `current`. The empty model/ and web/
     * that m2ee-tools' install guide creates are removed; folders with files (an `m2ee unpack` made
     * before mxdeploy took over) are moved to .mxdeploy/replaced/<time>/, never deleted.
     */
    async placeLinks(log) {
        for (const folder of RUNTIME_FOLDERS) {
            const path = (0,external_node_path_.join)(this.path, folder);
            const target = (0,external_node_path_.join)('.mxdeploy', 'current', folder);
            if (await linksTo(path, target))
                continue;
            const info = await (0,promises_.lstat)(path).catch((error) => {
                if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
                    return undefined;
                throw error;
            });
            if (info?.isDirectory()) {
                if ((await (0,promises_.readdir)(path)).length === 0) {
                    await (0,promises_.rmdir)(path);
                }
                else {
                    const aside = (0,external_node_path_.join)(this.store.root, 'replaced', new Date().toISOString().replace(/:/g, ''));
                    await (0,make_directory/* makeDirectory */.O)(aside);
                    await (0,promises_.rename)(path, (0,external_node_path_.join)(aside, folder));
                    log.warning(`${path} held an app mxdeploy did not deploy (an m2ee unpack?): moved to ${(0,external_node_path_.join)(aside, folder)}`);
                }
            }
            await replaceWithLink(path, target, `.${folder}`);
        }
        const settings = (0,external_node_path_.join)('current', FRAGMENT_FILE);
        if (!(await linksTo(this.fragment, settings))) {
            await replaceWithLink(this.fragment, settings, '.m2ee.yaml');
        }
    }
    /** The release whose switch waits for a confirmed restart, if any. */
    async pending() {
        try {
            return JSON.parse(await (0,promises_.readFile)(this.pendingFile, 'utf8')).release;
        }
        catch (error) {
            if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
                return undefined;
            throw error;
        }
    }
    async markPending(release) {
        const pending = { release, since: new Date().toISOString() };
        await (0,atomic_write/* writeFileAtomic */.Z)(this.pendingFile, `${JSON.stringify(pending, null, 2)}\n`);
    }
    async clearPending() {
        await (0,promises_.rm)(this.pendingFile, { force: true });
    }
}
/**
 * Puts the MDA where `m2ee unpack` looks for uploads (m2ee's model_upload_path), written beside
 * and renamed into place, so the server holds the package it runs as m2ee-tools expects.
 */
async function placeUpload(dir, name, mdaPath) {
    await (0,make_directory/* makeDirectory */.O)(dir);
    const path = (0,external_node_path_.join)(dir, name);
    const temp = (0,external_node_path_.join)(dir, `.${name}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    try {
        await (0,promises_.copyFile)(mdaPath, temp);
        await (0,promises_.rename)(temp, path);
    }
    finally {
        await (0,promises_.rm)(temp, { force: true });
    }
    return path;
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./src/targets/m2ee/admin-api.ts


/**
 * Asks the runtime for its status the way `m2ee status` does (m2ee-tools client.py): a JSON POST
 * `{"action": "runtime_status", "params": {}}` to http://127.0.0.1:admin_port/ with the admin
 * password base64-encoded in X-M2EE-Authentication; the answer is
 * `{"result": 0, "feedback": {"status": "running"}}`. A refused connection is a runtime that does
 * not run (m2ee says "The application process is not running").
 */
function runtimeStatus(api) {
    const body = JSON.stringify({ action: 'runtime_status', params: {} });
    return new Promise((resolve) => {
        const req = (0,external_node_http_.request)({
            host: '127.0.0.1',
            port: api.port,
            method: 'POST',
            path: '/',
            headers: {
                'Content-Type': 'application/json',
                'Content-Length': Buffer.byteLength(body),
                'X-M2EE-Authentication': Buffer.from(api.pass, 'utf8').toString('base64')
            },
            timeout: api.timeoutMs ?? 10_000
        }, (res) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('error', (error) => resolve({ problem: (0,errors/* errorMessage */.gJ)(error) }));
            res.on('end', () => resolve(readAnswer(res.statusCode ?? 0, Buffer.concat(chunks))));
        });
        req.on('timeout', () => {
            req.destroy();
            resolve({
                problem: `the admin API on port ${api.port} did not answer within ${Math.round((api.timeoutMs ?? 10_000) / 1000)} s`
            });
        });
        req.on('error', (error) => {
            resolve({
                problem: (0,errors/* errnoCode */.UK)(error) === 'ECONNREFUSED'
                    ? `nothing listens on the admin port ${api.port}: the application process is not running`
                    : `the admin API on port ${api.port} failed: ${(0,errors/* errorMessage */.gJ)(error)}`
            });
        });
        req.end(body);
    });
}
function readAnswer(status, raw) {
    const text = raw.toString('utf8');
    if (status !== 200) {
        const hint = status === 401 || status === 403 ? ' (is admin_pass the one the runtime started with?)' : '';
        return {
            problem: `the admin API answered HTTP ${status}${hint}: ${text.slice(0, 300)}`
        };
    }
    let answer;
    try {
        answer = JSON.parse(text);
    }
    catch {
        return {
            problem: `the admin API answered with something other than JSON: ${text.slice(0, 300)}`
        };
    }
    if (answer.result !== 0) {
        const cause = answer.cause ? `, caused by: ${JSON.stringify(answer.cause)}` : '';
        return {
            problem: `runtime_status did not succeed: result ${String(answer.result)}, message: ${JSON.stringify(answer.message)}${cause}`
        };
    }
    const runtime = answer.feedback?.status;
    if (typeof runtime !== 'string') {
        return { problem: `runtime_status answered without a status: ${text.slice(0, 300)}` };
    }
    return { status: runtime };
}

;// CONCATENATED MODULE: ./src/targets/m2ee/m2ee-output.ts
/** m2ee --yolo resets admin users' password 1 and logs the new one at INFO (m2ee.py). */
const NEW_PASSWORD = /(Changing password for user \S+ to )\S+/g;
const LOGGING_ERROR = '--- Logging error ---';
/** Python's repr() of a str back to the text: quotes removed, the usual escapes undone. */
function fromPythonRepr(repr) {
    const quote = repr[0];
    if ((quote !== "'" && quote !== '"') || repr[repr.length - 1] !== quote)
        return repr;
    return repr
        .slice(1, -1)
        .replace(/\\(x[0-9a-f]{2}|u[0-9a-f]{4}|U[0-9a-f]{8}|.)/g, (_, escape) => {
        if (/^[xuU]/.test(escape))
            return String.fromCodePoint(parseInt(escape.slice(1), 16));
        return { n: '\n', t: '\t', r: '\r' }[escape] ?? escape;
    });
}
/**
 * Makes m2ee's output readable and safe to log. Under Python 3 with stdout not a terminal (a
 * pipe, as here), m2ee.py wraps stdout in a codecs writer and every line below ERROR fails with
 * a `--- Logging error ---` traceback on stderr that ends in `Message: '<the line>'`; each such
 * block is turned back into `LEVEL: <the line>`, the level read from the call that logged it.
 * Passwords m2ee prints and the given secrets are replaced by ***.
 */
function m2eeOutputFilter(secrets) {
    const blocks = {
        stdout: undefined,
        stderr: undefined
    };
    const hide = (line) => {
        let out = line.replace(NEW_PASSWORD, '$1***');
        for (const secret of secrets)
            if (secret)
                out = out.split(secret).join('***');
        return out;
    };
    return {
        redact(line, stream) {
            if (line === LOGGING_ERROR) {
                blocks[stream] = { level: 'INFO', lines: 0 };
                return '';
            }
            const block = blocks[stream];
            if (!block)
                return hide(line);
            // A block cut short never swallows what m2ee logs next.
            if (/^(CRITICAL|ERROR|WARNING|INFO|DEBUG): /.test(line) || ++block.lines > 200) {
                blocks[stream] = undefined;
                return hide(line);
            }
            const call = /\b(?:logger|logging)\.(debug|info|warning|error|critical)\(/.exec(line);
            if (call)
                block.level = call[1].toUpperCase();
            if (line.startsWith('Message: '))
                return hide(`${block.level}: ${fromPythonRepr(line.slice(9))}`);
            if (line.startsWith('Arguments: ')) {
                blocks[stream] = undefined;
                const args = line.slice(11);
                return args === '()' ? '' : hide(`  (arguments ${args})`);
            }
            return '';
        },
        errors(lines) {
            return lines.filter((line) => /^(ERROR|CRITICAL): /.test(line));
        }
    };
}

;// CONCATENATED MODULE: ./src/targets/m2ee/restart.ts






const shellQuote = (text) => `'${text.replace(/'/g, `'\\''`)}'`;
/** The `-c` arguments that make m2ee read the team's file and then mxdeploy's. */
function m2eeArgs(configFiles) {
    return configFiles.map((file) => `-c ${shellQuote(file)}`).join(' ');
}
/**
 * What a restart script gets to run m2ee with the right files: MXDEPLOY_M2EE_ARGS for
 * `m2ee $MXDEPLOY_M2EE_ARGS --yolo restart` (unquoted, so the shell splits it: paths without
 * spaces), and each file on its own for `m2ee -c "$MXDEPLOY_M2EE_CONFIG" -c "$MXDEPLOY_M2EE_SETTINGS"`.
 */
function m2eeVariables(configFiles) {
    return {
        MXDEPLOY_M2EE_ARGS: configFiles.map((file) => `-c ${file}`).join(' '),
        MXDEPLOY_M2EE_CONFIG: configFiles[0],
        MXDEPLOY_M2EE_SETTINGS: configFiles[1]
    };
}
/**
 * The command line to run: an `m2ee` command that names no `-c` file (nor $MXDEPLOY_M2EE_*)
 * gets the two files right after `m2ee` (with `-c`, m2ee reads only the files named, in that
 * order: the team's, then mxdeploy's, whose values win); any other command runs as written, with
 * them in MXDEPLOY_M2EE_ARGS.
 */
function restartCommandLine(command, configFiles) {
    const match = /^(\s*)(\S+)(.*)$/s.exec(command);
    if (!match || (0,external_node_path_.basename)(match[2]) !== 'm2ee')
        return command;
    if (/(^|\s)-c(\s|$)/.test(match[3]) || match[3].includes('MXDEPLOY_M2EE_'))
        return command;
    return `${match[1]}${match[2]} ${m2eeArgs(configFiles)}${match[3]}`;
}
/**
 * Runs the restart command and checks that the runtime runs afterwards. `m2ee --yolo restart`
 * exits 0 when the runtime refuses to start (m2ee.py logs the error, stops the process and
 * returns), so its exit code proves nothing: the runtime is asked for its status through the
 * admin API, as `m2ee status` does. `starting` is waited for; anything but `running` fails the
 * deployment with the status and the ERROR and CRITICAL lines m2ee printed.
 */
async function restartAndCheck(options) {
    const { log, admin } = options;
    const line = restartCommandLine(options.command, options.configFiles);
    log.info(`restarting: ${line}`);
    const filter = m2eeOutputFilter([admin.pass]);
    const { code, lines } = await runShellCommand(line, {
        cwd: options.appBase,
        env: {
            ...options.env,
            ...m2eeVariables(options.configFiles),
            // m2ee leaves the runtime running detached. A GitHub Actions runner kills every process
            // that carries its job's RUNNER_TRACKING_ID when the job ends; without it, the runtime lives on.
            RUNNER_TRACKING_ID: ''
        },
        log,
        redact: (line, stream) => filter.redact(line, stream)
    });
    const said = filter.errors(lines);
    if (code !== 0) {
        const output = (said.length > 0 ? said : lines.slice(-30)).join('\n');
        throw new errors/* OperationError */.OK(`the restart command exited with ${code}${output ? `:\n${output}` : ' and printed nothing'}`);
    }
    const status = await awaitRunning(options);
    if (status.status === 'running') {
        log.info(`the Mendix runtime reports status running (admin API, port ${admin.port})`);
        return;
    }
    const why = status.problem ?? `the runtime reports status ${status.status}`;
    throw new errors/* OperationError */.OK(`the restart command exited 0, but the Mendix runtime does not run: ${why}${said.length > 0 ? `\nm2ee said:\n${said.join('\n')}` : ''}`);
}
/** The runtime's status once it no longer reports `starting`, or when the wait is over. */
async function awaitRunning(options) {
    const deadline = Date.now() + (options.startTimeoutMs ?? 10 * 60_000);
    let wait = options.firstWaitMs ?? 250;
    let reported = false;
    for (;;) {
        const status = await runtimeStatus(options.admin);
        if (status.status !== 'starting' || Date.now() + wait > deadline)
            return status;
        if (!reported)
            options.log.info('the Mendix runtime is still starting; waiting for it');
        reported = true;
        await (0,external_node_timers_promises_.setTimeout)(wait);
        wait = Math.min(wait * 2, 10_000);
    }
}

;// CONCATENATED MODULE: ./src/targets/m2ee/settings-conflicts.ts

const EVENT_KEYS = ['ScheduledEventExecution', 'MyScheduledEvents'];
/**
 * What in the team's configuration meets mxdeploy's settings. m2ee loads the team's m2ee.yaml,
 * then mxdeploy's file, then the `include:` files: a value mxdeploy.yml also sets is replaced in
 * the team's file (a warning, so nobody edits it in vain) and would replace mxdeploy's from an
 * included file (refused: what mxdeploy records would not be what runs). Values mxdeploy.yml
 * does not set are the team's to keep.
 */
function checkSettingsConflicts(team, ours) {
    const warnings = [];
    for (const { file, section, included } of team.runtimeSections) {
        const constants = Object.keys(section['MicroflowConstants'] ?? {}).filter((name) => name in ours.MicroflowConstants);
        const events = ours.ScheduledEventExecution === undefined
            ? []
            : EVENT_KEYS.filter((key) => section[key] !== undefined);
        if (included && (constants.length > 0 || events.length > 0)) {
            const names = [...constants.map((c) => `MicroflowConstants.${c}`), ...events];
            throw new errors/* ConfigurationError */.j1(`${file}, included by the team's m2ee.yaml, sets mxruntime ${names.join(', ')}: m2ee reads included files after mxdeploy's settings, so they would override what mxdeploy.yml sets; keep each in one place: remove them there, or from mxdeploy.yml`);
        }
        if (constants.length > 0) {
            warnings.push(`${file} sets constants ${constants.join(', ')}, which mxdeploy.yml sets too: m2ee runs with mxdeploy.yml's values`);
        }
        if (events.length > 0) {
            warnings.push(`${file} sets ${events.join(' and ')}, and mxdeploy.yml sets scheduled-events: m2ee runs with mxdeploy.yml's`);
        }
    }
    return warnings;
}

;// CONCATENATED MODULE: ./src/targets/m2ee/team-config.ts




const isMapping = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** PyYAML reads YAML 1.1 and m2ee turns admin_pass into Python's str() of what it read. */
function pythonText(value) {
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    return String(value);
}
async function loadYaml(file) {
    const text = await (0,promises_.readFile)(file, 'utf8');
    const doc = (0,dist/* parseDocument */.Tp)(text, { version: '1.1', uniqueKeys: false });
    if (doc.errors.length > 0)
        throw new Error(doc.errors[0].message);
    return doc.toJS({ maxAliasCount: 100 });
}
/**
 * Reads the team's m2ee.yaml and its `include:` files as m2ee-tools does (YAML 1.1; includes after
 * every `-c` file, not recursively, relative ones from the folder m2ee runs in, app-base), and
 * checks what would stop mxdeploy's settings file from taking effect. Nothing is written.
 */
async function readTeamConfig(options) {
    const { file, appBase } = options;
    let team;
    try {
        team = await loadYaml(file);
    }
    catch (error) {
        const why = (0,errors/* errnoCode */.UK)(error) === 'ENOENT' ? 'does not exist' : `cannot be read: ${(0,errors/* errorMessage */.gJ)(error)}`;
        throw new errors/* ConfigurationError */.j1(`m2ee-config ${file} ${why}: point m2ee-config at the team's m2ee.yaml (the file m2ee runs with)`);
    }
    if (!isMapping(team)) {
        throw new errors/* ConfigurationError */.j1(`m2ee-config ${file} is not a YAML mapping with m2ee: and mxruntime: sections, so m2ee would ignore it`);
    }
    const warnings = [];
    const loaded = [
        { file, doc: team, included: false }
    ];
    const include = team['include'];
    if (include !== undefined && include !== null && !Array.isArray(include)) {
        warnings.push(`${file}: include is not a list, so m2ee ignores it`);
    }
    const fragment = (0,external_node_path_.resolve)(options.fragment);
    let includesFragment = false;
    for (const entry of Array.isArray(include) ? include : []) {
        const path = (0,external_node_path_.isAbsolute)(String(entry)) ? String(entry) : (0,external_node_path_.resolve)(appBase, String(entry));
        if (path === fragment) {
            includesFragment = true;
            continue;
        }
        try {
            const doc = await loadYaml(path);
            if (isMapping(doc))
                loaded.push({ file: path, doc, included: true });
            else if (doc !== null)
                warnings.push(`${path} (included by ${file}) is not a YAML mapping, so m2ee skips it`);
        }
        catch (error) {
            warnings.push(`${path} (included by ${file}) cannot be read, so m2ee skips it: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    // The m2ee section's scalars: the last file that sets one wins.
    const setting = (key) => {
        let found;
        for (const { file: from, doc } of loaded) {
            const section = doc['m2ee'];
            if (isMapping(section) && section[key] !== undefined && section[key] !== null) {
                found = { value: section[key], file: from };
            }
        }
        return found;
    };
    const missing = (key) => new errors/* ConfigurationError */.j1(`${file} has no m2ee.${key}: m2ee cannot run without it, and mxdeploy reads it from there`);
    const base = setting('app_base');
    if (!base)
        throw missing('app_base');
    await checkAppBase(String(base.value), base.file, appBase);
    const port = setting('admin_port');
    if (!port)
        throw missing('admin_port');
    const adminPort = Number(port.value);
    if (!Number.isInteger(adminPort) || adminPort < 1 || adminPort > 65535) {
        throw new errors/* ConfigurationError */.j1(`${port.file}: m2ee.admin_port is ${JSON.stringify(port.value)}, not a TCP port number`);
    }
    const pass = setting('admin_pass');
    if (!pass)
        throw missing('admin_pass');
    const upload = setting('model_upload_path');
    return {
        files: loaded.map((l) => l.file),
        adminPort,
        adminPass: pythonText(pass.value),
        modelUploadPath: upload
            ? String(upload.value)
            : (0,external_node_path_.join)(String(base.value), 'data', 'model-upload'),
        runtimeSections: runtimeSections(loaded),
        includesFragment,
        warnings
    };
}
/** m2ee's app_base must be the folder mxdeploy deploys to, or the runtime runs something else. */
async function checkAppBase(configured, from, appBase) {
    let ours;
    try {
        ours = await (0,promises_.realpath)(appBase);
    }
    catch (error) {
        if ((0,errors/* errnoCode */.UK)(error) !== 'ENOENT')
            throw error;
        throw new errors/* ConfigurationError */.j1(`app-base ${appBase} does not exist: create it as m2ee-tools' install guide does (runtimes/, data/, data/model-upload, owned by the user m2ee runs as)`);
    }
    const theirs = await (0,promises_.realpath)((0,external_node_path_.resolve)(configured)).catch(() => (0,external_node_path_.resolve)(configured));
    if (ours !== theirs) {
        throw new errors/* ConfigurationError */.j1(`${from}: m2ee.app_base is ${configured}, but mxdeploy.yml's app-base is ${appBase}: m2ee would run another folder than the one mxdeploy deploys to; make them the same`);
    }
}
/**
 * The `mxruntime` sections in load order, refusing the shapes that make m2ee skip mxdeploy's file
 * altogether: m2ee merges a mapping into a text or list value by failing, and then ignores the
 * whole file it was reading with only a warning.
 */
function runtimeSections(loaded) {
    const sections = [];
    for (const { file, doc, included } of loaded) {
        const section = doc['mxruntime'];
        if (section === undefined || section === null)
            continue;
        if (!isMapping(section)) {
            throw new errors/* ConfigurationError */.j1(`${file}: mxruntime is not a mapping, so m2ee would skip mxdeploy's settings file (it fails to merge a mapping into it); make mxruntime a mapping`);
        }
        const constants = section['MicroflowConstants'];
        if (constants !== undefined && constants !== null && !isMapping(constants)) {
            throw new errors/* ConfigurationError */.j1(`${file}: mxruntime.MicroflowConstants is not a mapping, so m2ee would skip mxdeploy's settings file; write it as Module.Name: value lines, or remove it and set constants in mxdeploy.yml`);
        }
        sections.push({ file, section, included });
    }
    return sections;
}

;// CONCATENATED MODULE: ./src/targets/m2ee/m2ee-target.ts














/**
 * An on-premises Linux server run by m2ee-tools: each package unpacked into its own release under
 * app-base/.mxdeploy, app-base/model and web linked to the current one, the settings in m2ee's own
 * format in a file m2ee reads after the team's m2ee.yaml, the MDA in m2ee's upload folder, then
 * the restart command and a check, through the runtime's admin API, that the runtime runs.
 */
class M2eeTarget {
    options;
    knowsWhatRuns = true;
    type = 'm2ee';
    appBase;
    constructor(options) {
        this.options = options;
        this.appBase = new AppBase(options.config.appBase);
    }
    /**
     * What the app base runs: the marker of the release `current` points at, when model/ and web/
     * lead into it, with the settings of its m2ee file. A release mxdeploy switched to whose restart
     * it never saw succeed is reported as unconfirmed.
     */
    async current() {
        const release = await this.appBase.store.current();
        if (!release || !(await this.appBase.runs(release)))
            return undefined;
        const settings = await readReleaseSettings(release.dir);
        const pending = (await this.appBase.pending()) === release.name;
        return {
            version: release.marker.version,
            sha256: release.marker.sha256,
            constants: settings?.constants,
            scheduledEvents: settings?.scheduledEvents,
            ...(pending
                ? {
                    unconfirmed: `mxdeploy switched ${this.options.config.appBase} to it, but never saw the runtime run after the restart (the restart failed or was interrupted)`
                }
                : {})
        };
    }
    async deploy(request) {
        const { config } = this.options;
        const { log, package: pkg } = request;
        // Everything that can refuse is checked before anything is written.
        const team = await readTeamConfig({
            file: config.m2eeConfig,
            appBase: config.appBase,
            fragment: this.appBase.fragment
        });
        log.secret(team.adminPass);
        const settings = fragmentSettings(request.settings, {
            constants: Object.keys(request.environment.constants),
            scheduledEvents: request.environment.scheduledEvents !== undefined
        });
        for (const warning of [...team.warnings, ...checkSettingsConflicts(team, settings)]) {
            log.warning(warning);
        }
        await this.checkRestartReadsSettings(team, log);
        const files = [config.m2eeConfig, this.appBase.fragment];
        const fragment = renderFragment(settings, {
            app: pkg.app,
            version: pkg.version,
            environment: request.environment.name,
            usage: `m2ee ${m2eeArgs(files)} ...`
        });
        const state = { switched: false };
        try {
            return await this.deployLocked(request, files, fragment, team, state);
        }
        catch (error) {
            // Until the switch nothing runs differently: a full disk is named as app-base's. After it,
            // what failed is said with what is already true.
            if (!state.switched) {
                throw await (0,path_error/* pathError */.g)(error, {
                    what: `the app base of environment ${request.environment.name}`,
                    path: config.appBase,
                    fix: `set target.app-base of ${request.environment.name} in mxdeploy.yml to m2ee's app_base on a writable disk`
                });
            }
            if (!(0,errors/* errnoCode */.UK)(error))
                throw error;
            throw new errors/* OperationError */.OK(`switched ${config.appBase} to ${pkg.app} ${pkg.version}, but then ${(0,fs_error/* fsReason */.E)(error)}`);
        }
    }
    async deployLocked(request, files, fragment, team, state) {
        const { config } = this.options;
        const { package: pkg, log } = request;
        const store = this.appBase.store;
        return store.locked(`environment ${request.environment.name} (${config.appBase})`, async () => {
            const release = await store.unpack(pkg, request.mdaPath, log);
            const name = ReleaseStore.nameOf(pkg);
            await this.appBase.markPending(name);
            await (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.join)(release, FRAGMENT_FILE), fragment);
            const upload = await placeUpload(team.modelUploadPath, uploadName(pkg.app, pkg.version), request.mdaPath);
            await store.switchTo(name);
            state.switched = true;
            await this.appBase.placeLinks(log);
            log.info(`switched ${config.appBase} (model/, web/, ${this.appBase.fragment}) to ${name}`);
            await store.prune(name, config.keep, log, (marker) => (0,promises_.rm)((0,external_node_path_.join)(team.modelUploadPath, uploadName(pkg.app, marker.version)), { force: true }));
            try {
                await restartAndCheck({
                    command: config.restart,
                    configFiles: files,
                    appBase: config.appBase,
                    env: { MXDEPLOY_ENVIRONMENT: request.environment.name, MXDEPLOY_RELEASE: release },
                    admin: { port: team.adminPort, pass: team.adminPass },
                    log,
                    ...(this.options.startTimeoutMs ? { startTimeoutMs: this.options.startTimeoutMs } : {})
                });
            }
            catch (error) {
                throw new errors/* OperationError */.OK(`${config.appBase} holds ${pkg.app} ${pkg.version} now, but it did not start: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
            await this.appBase.clearPending();
            return { details: { release, upload, settingsFile: this.appBase.fragment } };
        });
    }
    /**
     * m2ee reads mxdeploy's settings only when it is given them with `-c` or the team's file
     * includes them: a restart that names neither (nor a script that does) starts the app without.
     */
    async checkRestartReadsSettings(team, log) {
        const { restart, m2eeConfig } = this.options.config;
        const files = [m2eeConfig, this.appBase.fragment];
        if (team.includesFragment || restartCommandLine(restart, files) !== restart)
            return;
        const names = (text) => text.includes(this.appBase.fragment) || text.includes('MXDEPLOY_M2EE_');
        if (names(restart) || names(await scriptText(restart, this.options.config.appBase)))
            return;
        const hint = `give m2ee ${m2eeArgs(files)} (a script gets them as $MXDEPLOY_M2EE_ARGS, or $MXDEPLOY_M2EE_CONFIG and $MXDEPLOY_M2EE_SETTINGS), or list ${this.appBase.fragment} under include: in ${m2eeConfig}`;
        if (/^\s*(\S*\/)?m2ee\s/.test(restart)) {
            throw new errors/* ConfigurationError */.j1(`the restart command "${restart}" gives m2ee its own -c files without mxdeploy's settings: ${hint}`);
        }
        log.warning(`the restart command "${restart}" does not name mxdeploy's settings file: unless it runs m2ee with them, the runtime starts without mxdeploy.yml's constants and scheduled events; ${hint}`);
    }
}
/** The text of the script a command runs first, when it is a small file; '' otherwise. */
async function scriptText(command, cwd) {
    const first = /^\s*(\S+)/.exec(command)?.[1];
    if (!first || !first.includes('/'))
        return '';
    try {
        const path = (0,external_node_path_.resolve)(cwd, first);
        if ((await (0,promises_.stat)(path)).size > 65_536)
            return '';
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        return '';
    }
}
/** The MDA's name in m2ee's upload folder, one per version (`m2ee unpack` lists the .mda files). */
const uploadName = (app, version) => `${app}_${version}.mda`;
/**
 * A release's settings as mxdeploy decides them: the constants of its m2ee file, the model's
 * default for the others (left to the team's file), and its scheduled events when the file sets
 * them (else undefined: the team's file decides them).
 */
async function readReleaseSettings(dir) {
    const file = (0,external_node_path_.join)(dir, FRAGMENT_FILE);
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
            return undefined;
        throw error;
    }
    const fragment = parseFragment(text, file);
    const metadataPath = (0,external_node_path_.join)(dir, mda_metadata/* METADATA_PATH */.GN);
    const metadata = (0,mda_metadata/* parseMetadata */.jR)(await (0,promises_.readFile)(metadataPath), metadataPath);
    const constants = Object.fromEntries(metadata.constants.map((c) => [c.name, c.defaultValue]));
    Object.assign(constants, fragment.MicroflowConstants);
    if (fragment.ScheduledEventExecution === undefined)
        return { constants };
    const events = fromRuntimeSettings(fragment, metadata.scheduledEvents.map((event) => event.name)).scheduledEvents;
    return { constants, scheduledEvents: events };
}

// EXTERNAL MODULE: ./src/targets/mendix-cloud/api-context.ts
var api_context = __webpack_require__(95080);
// EXTERNAL MODULE: ./src/targets/mendix-cloud/credentials.ts
var credentials = __webpack_require__(2496);
// EXTERNAL MODULE: ./src/targets/mendix-cloud/api-errors.ts
var api_errors = __webpack_require__(6336);
// EXTERNAL MODULE: ./src/targets/mendix-cloud/poll.ts
var mendix_cloud_poll = __webpack_require__(75905);
;// CONCATENATED MODULE: ./src/targets/mendix-cloud/backups.ts


function snapshotsUrl(context, projectId, environmentId) {
    return `${context.deployApiUrl}/api/v2/apps/${encodeURIComponent(projectId)}/environments/${encodeURIComponent(environmentId)}/snapshots`;
}
/**
 * Creates a snapshot of the environment's data (database and files) and waits until it is
 * completed; a failed snapshot fails the call with Mendix's status message.
 */
async function createSnapshot(context, ids, comment, timeoutMs) {
    const base = snapshotsUrl(context, ids.projectId, ids.environmentId);
    const started = context.clock.now();
    const created = await context.http.json({
        method: 'POST',
        url: base,
        json: { comment },
        what: `creating a backup snapshot of ${ids.mode}`,
        right: 'Access to Backups'
    });
    if (!created?.snapshot_id) {
        throw new errors/* OperationError */.OK(`creating a backup snapshot of ${ids.mode}: Mendix answered without a snapshot_id (${JSON.stringify(created)})`);
    }
    return (0,mendix_cloud_poll/* pollUntil */.g3)({
        what: `backup snapshot ${created.snapshot_id}`,
        timeoutMs: Math.max(1, timeoutMs - (context.clock.now() - started)),
        backoff: context.backoff,
        clock: context.clock,
        log: context.log,
        check: async () => {
            const snapshot = await context.http.json({
                method: 'GET',
                url: `${base}/${encodeURIComponent(created.snapshot_id)}`,
                what: `reading backup snapshot ${created.snapshot_id}`,
                right: 'Access to Backups'
            });
            if (snapshot.state === 'completed')
                return { done: true, value: snapshot };
            if (snapshot.state === 'failed') {
                throw new errors/* OperationError */.OK(`the backup snapshot ${created.snapshot_id} of ${ids.mode} failed: ${snapshot.status_message ?? 'Mendix gave no reason'}`);
            }
            return {
                done: false,
                status: `${snapshot.state}${snapshot.status_message ? ` (${snapshot.status_message})` : ''}`
            };
        }
    });
}

// EXTERNAL MODULE: ./src/targets/mendix-cloud/environments.ts
var environments = __webpack_require__(74);
;// CONCATENATED MODULE: ./src/targets/mendix-cloud/journal.ts


/**
 * What a deployment or operation has done so far, so a failure says exactly where it stopped
 * and what the environment runs now: "uploaded …; transporting … failed with …; Acceptance
 * still runs 1.0.0.3 (Running), unchanged".
 */
class Journal {
    mode;
    before;
    label;
    done = [];
    transported = false;
    stopped = false;
    startRequested = false;
    /**
     * @param mode the environment's Mode
     * @param before what it ran when we began: `model 1.0.0.3 (Running)` or `nothing (Empty)`
     * @param label what is being deployed, for messages: `hello 1.2.0.4`
     */
    constructor(mode, before, label) {
        this.mode = mode;
        this.before = before;
        this.label = label;
    }
    /** A step that completed. */
    record(text) {
        this.done.push(text);
    }
    markTransported() {
        this.transported = true;
    }
    markStopped() {
        this.stopped = true;
    }
    markStartRequested() {
        this.startRequested = true;
    }
    /** The previous package was transported back after a failure: the environment is as it was. */
    markRestored() {
        this.transported = false;
    }
    /** Transported, not yet stopped: transporting the previous package back undoes it. */
    get undoable() {
        return this.transported && !this.stopped;
    }
    /** Whether the environment itself has changed (its package or whether it runs). */
    get changed() {
        return this.transported || this.stopped;
    }
    /** What the environment runs now, as far as the steps done tell. */
    state(error) {
        const { mode, before, label } = this;
        if (this.startRequested && !this.stopped && !this.transported && !before.running) {
            return `${mode} is unchanged: it has ${before.text}`;
        }
        if (this.startRequested) {
            return error instanceof mendix_cloud_poll/* PollTimeoutError */.t5
                ? `${mode} may still be starting ${label}: see its status in the Portal`
                : `${mode} is stopped: ${label} did not start`;
        }
        if (this.stopped)
            return `${mode} is stopped (it ran ${before.text})`;
        if (this.transported) {
            return before.running
                ? `${mode} still runs ${before.text}; ${label} is transported to it but not started: stage again to finish`
                : `${mode} is not running, as before; ${label} is transported to it but not started: stage again to finish`;
        }
        return `${mode} is unchanged: ${before.running ? 'it still runs' : 'it has'} ${before.text}`;
    }
    /**
     * The error to throw for a failure: everything done, the failure, what was done about it, where
     * things stand. A
     * ConfigurationError stays one while the environment is untouched (exit 2, nothing changed).
     */
    failure(error, afterwards = []) {
        const message = [...this.done, (0,errors/* errorMessage */.gJ)(error), ...afterwards, this.state(error)].join('; ');
        return error instanceof errors/* ConfigurationError */.j1 && !this.changed
            ? new errors/* ConfigurationError */.j1(message)
            : new errors/* OperationError */.OK(message);
    }
}

// EXTERNAL MODULE: ./src/targets/mendix-cloud/http-client.ts
var http_client = __webpack_require__(22870);
;// CONCATENATED MODULE: ./src/targets/mendix-cloud/operations.ts






/**
 * Transports an uploaded package to the environment (it runs after the next start). While
 * Mendix Cloud still processes a fresh package it answers 503; that is retried until the time
 * is up. Other errors, APP_IS_RUNNING among them, are thrown as they are.
 */
async function transportPackage(context, mode, packageId, timeoutMs) {
    await (0,mendix_cloud_poll/* pollUntil */.g3)({
        what: `transport to ${mode}`,
        timeoutMs,
        backoff: context.backoff,
        clock: context.clock,
        log: context.log,
        check: async () => {
            try {
                await context.http.send({
                    method: 'POST',
                    url: (0,api_context/* v1Url */.PZ)(context, `${(0,api_context/* modePath */.$T)(mode)}/transport`),
                    json: { PackageId: packageId },
                    what: `transporting package ${packageId} to ${mode}`,
                    right: 'Transport Rights'
                });
                return { done: true, value: undefined };
            }
            catch (error) {
                if ((0,api_errors/* apiFailure */.tF)(error)?.status === 503) {
                    return { done: false, status: 'the package is still being processed' };
                }
                throw error;
            }
        }
    });
}
/** Stops the environment and waits until it no longer runs. */
async function stopEnvironment(context, mode, timeoutMs) {
    const started = context.clock.now();
    await context.http.send({
        method: 'POST',
        url: (0,api_context/* v1Url */.PZ)(context, `${(0,api_context/* modePath */.$T)(mode)}/stop`),
        json: {},
        what: `stopping ${mode}`,
        right: 'Transport Rights',
        timeoutMs
    });
    // The document shows no answer for stop; whether it returns before the app has stopped is not
    // said, so the environment's Status is read until it is no longer Running.
    await (0,mendix_cloud_poll/* pollUntil */.g3)({
        what: `stopping ${mode}`,
        timeoutMs: Math.max(1, timeoutMs - (context.clock.now() - started)),
        backoff: context.backoff,
        clock: context.clock,
        log: context.log,
        check: async () => {
            const environment = await (0,environments/* getEnvironment */.uc)(context, mode);
            return environment.Status === 'Running'
                ? { done: false, status: 'Running' }
                : { done: true, value: undefined };
        }
    });
}
/**
 * Starts the environment with the database synchronized to the model (`AutoSyncDb: true`) and
 * polls the start job until it is Started. Errors of the start job (MISSING_CONSTANT,
 * INSECURE_ADMIN_PASSWORD, …) are thrown with their code.
 */
async function startEnvironment(context, mode, timeoutMs) {
    const started = context.clock.now();
    const answer = await context.http.send({
        method: 'POST',
        url: (0,api_context/* v1Url */.PZ)(context, `${(0,api_context/* modePath */.$T)(mode)}/start`),
        json: { AutoSyncDb: true },
        what: `starting ${mode}`,
        right: 'Transport Rights'
    });
    const jobId = answer.body?.JobId;
    if (typeof jobId !== 'string' || !jobId) {
        // Documented as a 200 answer: "ALREADY_STARTED: Cannot start app. App is already running."
        if ((0,http_client/* errorFields */.au)(answer.body).code === 'ALREADY_STARTED')
            return { jobId: undefined };
        throw new errors/* OperationError */.OK(`starting ${mode}: Mendix answered without a JobId (${JSON.stringify(answer.body)})`);
    }
    await (0,mendix_cloud_poll/* pollUntil */.g3)({
        what: `start job ${jobId} of ${mode}`,
        timeoutMs: Math.max(1, timeoutMs - (context.clock.now() - started)),
        backoff: context.backoff,
        clock: context.clock,
        log: context.log,
        check: async () => {
            const status = await context.http.json({
                method: 'GET',
                url: (0,api_context/* v1Url */.PZ)(context, `${(0,api_context/* modePath */.$T)(mode)}/start/${encodeURIComponent(jobId)}`),
                what: `starting ${mode}`
            });
            return status.Status === 'Started'
                ? { done: true, value: undefined }
                : { done: false, status: status.Status };
        }
    });
    return { jobId };
}

;// CONCATENATED MODULE: ./src/targets/mendix-cloud/settings.ts


/** The environment's constants, custom settings and scheduled events. */
async function settings_readSettings(context, mode) {
    const settings = await context.http.json({
        method: 'GET',
        url: (0,api_context/* v1Url */.PZ)(context, `${(0,api_context/* modePath */.$T)(mode)}/settings`),
        what: `reading the settings of ${mode}`
    });
    return {
        Constants: settings?.Constants ?? [],
        CustomSettings: settings?.CustomSettings ?? [],
        ScheduledEvents: settings?.ScheduledEvents ?? []
    };
}
/**
 * The settings to write: the document as read (the API takes back what it gave), with the
 * wanted constant values and events put in. Lists the names whose value changes.
 */
function planSettings(current, wanted) {
    const constants = [];
    const events = [];
    const body = {
        Constants: current.Constants.map((constant) => {
            const value = wanted.constants[constant.Name];
            if (value === undefined || value === constant.Value)
                return constant;
            constants.push(constant.Name);
            return { ...constant, Value: value };
        }),
        CustomSettings: current.CustomSettings,
        ScheduledEvents: current.ScheduledEvents.map((event) => {
            const on = wanted.scheduledEvents?.[event.Name];
            if (on === undefined)
                return event;
            const value = on ? 'Enabled' : 'Disabled';
            if (value === event.Value)
                return event;
            events.push(event.Name);
            return { ...event, Value: value };
        })
    };
    const constantNames = new Set(current.Constants.map((c) => c.Name));
    const eventNames = new Set(current.ScheduledEvents.map((e) => e.Name));
    const unknown = [
        ...Object.keys(wanted.constants).filter((name) => !constantNames.has(name)),
        ...Object.keys(wanted.scheduledEvents ?? {}).filter((name) => !eventNames.has(name))
    ];
    return { body, constants, events, unknown };
}
/**
 * Puts the wanted constants and scheduled events on the environment; they apply at its next
 * start. Returns the names changed (never their values: constants may hold secrets).
 */
async function pushSettings(context, mode, wanted) {
    const plan = planSettings(await settings_readSettings(context, mode), wanted);
    if (plan.unknown.length > 0) {
        throw new errors/* OperationError */.OK(`${mode} has no ${plan.unknown.join(', ')} after the transport, though the package defines ${plan.unknown.length > 1 ? 'them' : 'it'}`);
    }
    if (plan.constants.length === 0 && plan.events.length === 0) {
        return { constants: [], events: [] };
    }
    await context.http.send({
        method: 'POST',
        url: (0,api_context/* v1Url */.PZ)(context, `${(0,api_context/* modePath */.$T)(mode)}/settings`),
        json: plan.body,
        what: `setting ${[...plan.constants, ...plan.events].join(', ')} on ${mode}`,
        right: 'Transport Rights'
    });
    return { constants: plan.constants, events: plan.events };
}

// EXTERNAL MODULE: ./src/progress/progress.ts
var progress = __webpack_require__(38864);
;// CONCATENATED MODULE: ./src/targets/mendix-cloud/upload.ts






/** Mendix Cloud refuses uploads above 1 GB. */
const MAX_UPLOAD_BYTES = 1024 * 1024 * 1024;
/**
 * The name a package is uploaded under: app, version and full SHA-256, so the environment's
 * package tells which bytes it runs, and a package uploaded once is transported again, not
 * uploaded again, to the next environment of the app.
 */
function packageName(pkg) {
    return `${pkg.app}_${pkg.version}_${pkg.sha256}.mda`;
}
/** The SHA-256 in a package name mxdeploy gave, or undefined for any other name. */
function sha256OfPackageName(name) {
    return /_([0-9a-f]{64})\.mda$/.exec(name)?.[1];
}
/** The package with these bytes if it was uploaded before and is ready to transport. */
async function findUploaded(context, pkg) {
    const name = packageName(pkg);
    const packages = await (0,environments/* listPackages */.Ad)(context);
    return packages.find((p) => p.Name === name && p.Status === 'Succeeded' && p.Size === pkg.size);
}
/**
 * Uploads the MDA with Deploy API v2 (multipart, streamed; v1 times out above 300 MB) and waits
 * for the upload job to complete. Returns the new package's ID.
 */
async function upload_uploadPackage(context, mdaPath, pkg, timeoutMs) {
    const name = packageName(pkg);
    const started = context.clock.now();
    const answer = await (0,progress/* withProgress */.E0)(context.log.progress, `uploading ${pkg.app} ${pkg.version} to Mendix Cloud`, pkg.size, (task) => context.http.json({
        method: 'POST',
        url: (0,api_context/* v2Url */.oK)(context, `/packages/upload?name=${encodeURIComponent(name)}`),
        stream: multipartBody({}, {
            field: 'file',
            fileName: name,
            path: mdaPath,
            size: pkg.size,
            onBytes: (sent) => task.update(sent)
        }),
        what: `uploading ${name}`,
        timeoutMs
    }));
    if (!answer?.PackageId || !answer.JobId) {
        throw new errors/* OperationError */.OK(`uploading ${name}: Mendix answered without a PackageId and JobId (${JSON.stringify(answer)})`);
    }
    const remaining = Math.max(1, timeoutMs - (context.clock.now() - started));
    await (0,mendix_cloud_poll/* pollUntil */.g3)({
        what: `upload job ${answer.JobId}`,
        timeoutMs: remaining,
        backoff: context.backoff,
        clock: context.clock,
        log: context.log,
        check: async () => {
            const job = await context.http.json({
                method: 'GET',
                url: (0,api_context/* v2Url */.oK)(context, `/jobs/${encodeURIComponent(answer.JobId)}`),
                what: `reading upload job ${answer.JobId}`
            });
            if (job.Status === 'Completed')
                return { done: true, value: undefined };
            if (job.Status === 'Failed') {
                throw new errors/* OperationError */.OK(`Mendix Cloud could not process the uploaded package ${name} (upload job ${answer.JobId} Failed): check that it is a valid MDA for this app`);
            }
            return { done: false, status: job.Status };
        }
    });
    return { packageId: answer.PackageId, jobId: answer.JobId };
}

;// CONCATENATED MODULE: ./src/targets/mendix-cloud/deploy-flow.ts









/** What an environment runs, for messages: `model 1.0.0.3 (Running)`. */
function describeRunning(environment) {
    if (environment.Status === 'Empty' || !environment.ModelVersion) {
        return { text: `nothing deployed (${environment.Status})`, running: false };
    }
    return {
        text: `model ${environment.ModelVersion} (${environment.Status})`,
        running: environment.Status === 'Running'
    };
}
/**
 * Constants the package brings that the environment does not have yet and mxdeploy.yml does not
 * set: refused with `new-constants: require`, else a warning. Only names are printed.
 */
async function deploy_flow_checkNewConstants(context, environment, request) {
    if (environment.Status === 'Empty')
        return;
    const current = new Set((await settings_readSettings(context, environment.Mode)).Constants.map((c) => c.Name));
    const fresh = Object.keys(request.settings.constants).filter((name) => !current.has(name) && !(name in request.environment.constants));
    if (fresh.length === 0)
        return;
    const env = request.environment.name;
    if (request.environment.newConstants === 'require') {
        throw new errors/* ConfigurationError */.j1(`${fresh.join(', ')} ${fresh.length > 1 ? 'are' : 'is'} new in this package and ${env} requires a value for new constants (new-constants: require): set ${fresh.map((name) => `environments.${env}.constants.${name}`).join(', ')} in mxdeploy.yml`);
    }
    for (const name of fresh) {
        request.log.warning(`constant ${name} is new in this package; ${environment.Mode} gives it its default value (set it in mxdeploy.yml or the Portal)`);
    }
}
/**
 * Deploys a package to a Mendix Cloud environment: upload it (unless these bytes were uploaded
 * before), back up a production environment, transport, push the settings of mxdeploy.yml,
 * stop, start with AutoSyncDb, and wait until it runs. Any failure says what was done and what
 * the environment runs now, after putting the previous package back where that is possible.
 */
async function deployToMendixCloud(context, config, request) {
    const { package: pkg } = request;
    const label = `${pkg.app} ${pkg.version}`;
    if (pkg.size > MAX_UPLOAD_BYTES) {
        throw new errors/* ConfigurationError */.j1(`${label} is ${pkg.size} bytes; Mendix Cloud takes packages up to 1 GB`);
    }
    const app = await (0,environments/* getApp */.Sx)(context);
    const environment = await (0,environments/* resolveEnvironment */.g9)(context, config.environment);
    const mode = environment.Mode;
    const journal = new Journal(mode, describeRunning(environment), label);
    await deploy_flow_checkNewConstants(context, environment, request);
    const details = {
        appId: context.appId,
        mode,
        environmentId: environment.EnvironmentId,
        previous: { modelVersion: environment.ModelVersion, status: environment.Status }
    };
    const run = { context, config, request, label, mode, environment, journal, details };
    let previous;
    let packageId;
    try {
        packageId = await upload(run);
        await backUp(run, app.ProjectId);
        previous = environment.Status === 'Empty' ? undefined : await (0,environments/* deployedPackage */.z5)(context, mode);
        await transport(run, packageId);
        await applySettings(run);
        await deploy_flow_restart(run);
        return await confirmRunning(run);
    }
    catch (error) {
        const afterwards = await restorePrevious(run, previous, packageId);
        throw journal.failure(error, afterwards);
    }
}
/** The package on Mendix Cloud: uploaded now, or the same bytes uploaded before. */
async function upload(run) {
    const { context, request, label, details } = run;
    const existing = await findUploaded(context, request.package);
    if (existing) {
        request.log.info(`${label} is already uploaded to ${context.appId} (package ${existing.PackageId}); not uploading it again`);
        details['packageId'] = existing.PackageId;
        details['uploaded'] = false;
        return existing.PackageId;
    }
    request.log.info(`uploading ${packageName(request.package)} to app ${context.appId}`);
    const uploaded = await upload_uploadPackage(context, request.mdaPath, request.package, (0,api_context/* minutes */.Gx)(run.config.timeouts.upload));
    run.journal.record(`uploaded ${label} (package ${uploaded.packageId})`);
    details['packageId'] = uploaded.packageId;
    details['uploaded'] = true;
    return uploaded.packageId;
}
/** A backup before deploying to production (or as `backup:` says), when there is anything to keep. */
async function backUp(run, projectId) {
    const { environment, mode, request } = run;
    const production = request.environment.production || environment.Production;
    const backup = run.config.backup ?? (production ? 'before' : 'none');
    if (backup !== 'before')
        return;
    if (environment.Status === 'Empty') {
        request.log.info(`no backup: ${mode} has nothing deployed yet`);
        return;
    }
    request.log.info(`backing up ${mode} before the deployment`);
    const snapshot = await createSnapshot(run.context, { projectId, environmentId: environment.EnvironmentId, mode }, `mxdeploy: before deploying ${run.label}`, (0,api_context/* minutes */.Gx)(run.config.timeouts.backup));
    run.journal.record(`backed up ${mode} (snapshot ${snapshot.snapshot_id})`);
    run.details['snapshotId'] = snapshot.snapshot_id;
}
/** Transports the package, stopping the environment first when Mendix Cloud asks for that. */
async function transport(run, packageId) {
    const { context, mode, journal, config } = run;
    const log = run.request.log;
    log.info(`transporting ${run.label} to ${mode}`);
    try {
        await transportPackage(context, mode, packageId, (0,api_context/* minutes */.Gx)(config.timeouts.transport));
    }
    catch (error) {
        if ((0,api_errors/* apiFailure */.tF)(error)?.code !== 'APP_IS_RUNNING')
            throw error;
        log.info(`${mode} must be stopped for the transport; stopping it`);
        await stopEnvironment(context, mode, (0,api_context/* minutes */.Gx)(config.timeouts.stop));
        journal.markStopped();
        journal.record(`stopped ${mode}`);
        await transportPackage(context, mode, packageId, (0,api_context/* minutes */.Gx)(config.timeouts.transport));
    }
    journal.markTransported();
    journal.record(`transported ${run.label} to ${mode}`);
}
/** Pushes the constants and scheduled events mxdeploy.yml sets; the rest stays as the Portal has it. */
async function applySettings(run) {
    const { request, mode } = run;
    const changed = await pushSettings(run.context, mode, {
        constants: request.environment.constants,
        scheduledEvents: request.environment.scheduledEvents === undefined
            ? undefined
            : request.settings.scheduledEvents
    });
    const names = [...changed.constants, ...changed.events];
    if (names.length > 0) {
        request.log.info(`set ${names.join(', ')} on ${mode}`);
        run.journal.record(`set ${names.join(', ')}`);
    }
    run.details['settingsChanged'] = names;
}
/** Stops the environment if it runs, then starts it with AutoSyncDb and waits for it. */
async function deploy_flow_restart(run) {
    const { context, mode, journal, config } = run;
    const log = run.request.log;
    if ((await (0,environments/* getEnvironment */.uc)(context, mode)).Status === 'Running') {
        log.info(`stopping ${mode}`);
        await stopEnvironment(context, mode, (0,api_context/* minutes */.Gx)(config.timeouts.stop));
        journal.markStopped();
        journal.record(`stopped ${mode}`);
    }
    log.info(`starting ${mode} (AutoSyncDb: true)`);
    journal.markStartRequested();
    const started = await startEnvironment(context, mode, (0,api_context/* minutes */.Gx)(config.timeouts.start));
    run.details['startJobId'] = started.jobId ?? null;
}
/** What the environment reports once started: its URL, and a warning if the version differs. */
async function confirmRunning(run) {
    const { mode, request } = run;
    const pkg = request.package;
    const after = await (0,environments/* getEnvironment */.uc)(run.context, mode);
    if (pkg.modelVersion && after.ModelVersion && after.ModelVersion !== pkg.modelVersion) {
        request.log.warning(`${mode} reports model version ${after.ModelVersion} after the start, not ${pkg.modelVersion}`);
    }
    const url = after.Url || run.environment.Url;
    request.log.info(`${mode} runs ${run.label} (${after.Status}) at ${url}`);
    return { url, details: run.details };
}
/** After a failure: the previous package transported back where the failure allows it. */
async function restorePrevious(run, previous, packageId) {
    if (!run.journal.undoable || !previous || previous.PackageId === packageId)
        return [];
    try {
        const timeout = (0,api_context/* minutes */.Gx)(run.config.timeouts.transport);
        await transportPackage(run.context, run.mode, previous.PackageId, timeout);
        run.journal.markRestored();
        return [`transported the previous package ${previous.Name} back`];
    }
    catch (restoreError) {
        return [
            `transporting the previous package ${previous.Name} back failed too: ${(0,errors/* errorMessage */.gJ)(restoreError)} (stage again with --redeploy)`
        ];
    }
}

;// CONCATENATED MODULE: ./src/targets/mendix-cloud/mendix-cloud-target.ts











/**
 * Mendix Cloud through its public APIs: Deploy API v2 upload, Backups API v2 snapshot, Deploy
 * API v1 transport, settings, stop and start. Credentials come from the environment variables
 * when a call is made, so a missing one is reported before anything changes.
 */
class MendixCloudTarget {
    options;
    knowsWhatRuns = true;
    type = 'mendix-cloud';
    constructor(options) {
        this.options = options;
    }
    context(log) {
        const { config } = this.options;
        const env = this.options.env ?? process.env;
        const clock = this.options.clock ?? mendix_cloud_poll/* realClock */.dQ;
        const retry = this.options.retry ?? (0,retry_settings/* retryPolicyFromEnv */.ed)(env, { clock });
        return {
            http: new http_client/* MendixHttp */.IB((0,credentials/* apiKeyAuth */.wb)(env, log), { retry, log }),
            deployApiUrl: config.deployApiUrl,
            appId: config.appId,
            backoff: this.options.backoff ?? mendix_cloud_poll/* DEFAULT_BACKOFF */.VU,
            clock,
            log
        };
    }
    /**
     * What a running environment runs: its model version, and the package's SHA-256 when mxdeploy
     * uploaded it (its name carries it). Constants are left out: the Portal may hold secrets in
     * them, and their values would reach the log in the preflight's list of changes.
     */
    async current() {
        const context = this.context(log/* silentLogger */.q);
        const environment = await (0,environments/* resolveEnvironment */.g9)(context, this.options.config.environment);
        // Only a running environment runs its package: a stopped one (a start that failed, a
        // transport not yet started) is deployed again rather than skipped as "already runs".
        if (environment.Status !== 'Running') {
            return { version: undefined, sha256: undefined, constants: undefined };
        }
        const deployed = await (0,environments/* deployedPackage */.z5)(context, environment.Mode);
        return {
            version: environment.ModelVersion ?? deployed?.Version ?? undefined,
            sha256: deployed ? sha256OfPackageName(deployed.Name) : undefined,
            constants: undefined
        };
    }
    deploy(request) {
        return deployToMendixCloud(this.context(request.log), this.options.config, request);
    }
    /** Start, stop or restart (stop, then start with AutoSyncDb) the environment, waiting for each. */
    async operate(operation, log) {
        const context = this.context(log);
        const { timeouts } = this.options.config;
        const environment = await (0,environments/* resolveEnvironment */.g9)(context, this.options.config.environment);
        const mode = environment.Mode;
        const journal = new Journal(mode, describeRunning(environment), 'the app');
        try {
            if (operation !== 'start') {
                if (environment.Status === 'Running') {
                    log.info(`stopping ${mode}`);
                    await stopEnvironment(context, mode, (0,api_context/* minutes */.Gx)(timeouts.stop));
                    journal.markStopped();
                    journal.record(`stopped ${mode}`);
                }
                else {
                    log.info(`${mode} is not running (${environment.Status})`);
                }
            }
            if (operation !== 'stop') {
                log.info(`starting ${mode} (AutoSyncDb: true)`);
                journal.markStartRequested();
                const started = await startEnvironment(context, mode, (0,api_context/* minutes */.Gx)(timeouts.start));
                log.info(started.jobId ? `${mode} is running` : `${mode} was already running`);
            }
        }
        catch (error) {
            throw journal.failure(error);
        }
    }
}

;// CONCATENATED MODULE: ./src/targets/open-target.ts







/** The target an environment deploys to, from its configuration. */
function openTarget(environment, config, context = {}) {
    const { target } = environment;
    switch (target.type) {
        case 'local':
            return new LocalTarget({
                path: target.path,
                keep: target.keep,
                ...(target.restart ? { restart: target.restart } : {})
            });
        case 'command':
            return new CommandTarget({
                run: target.run,
                cwd: config.dir,
                ...(target.timeoutMinutes ? { timeoutMinutes: target.timeoutMinutes } : {})
            });
        case 'mendix-cloud':
            return new MendixCloudTarget({
                config: target,
                environment,
                ...(context.env ? { env: context.env } : {})
            });
        case 'image':
            return new ImageTarget({
                config: target,
                environment,
                packageRepository: context.repository ?? config.repository,
                ...(context.env ? { env: context.env } : {})
            });
        case 'cloudfoundry':
            return new CloudFoundryTarget({
                config: target,
                environment,
                ...(context.env ? { env: context.env } : {})
            });
        case 'kubernetes':
            return new KubernetesTarget({
                config: target,
                environment,
                app: config.app,
                repository: context.repository ?? config.repository,
                ...(context.env ? { env: context.env } : {})
            });
        case 'm2ee':
            return new M2eeTarget({ config: target });
    }
}


/***/ }),

/***/ 13134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ extractZip)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _async_pool_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(43998);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(83916);
/* harmony import */ var _fs_open_input_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56318);
/* harmony import */ var _central_directory_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(81752);
/* harmony import */ var _entry_data_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73452);
/* harmony import */ var _safety_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(93513);
/* harmony import */ var _fs_make_directory_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(891);











/** Names Windows can't hold as they are: device names, reserved characters, trailing dots. */
function windowsProblem(name) {
    for (const segment of name.replace(/\/$/, '').split('/')) {
        const control = [...segment].some((char) => char.charCodeAt(0) < 0x20);
        if (control || /[<>:"|?*]/.test(segment))
            return 'a character Windows does not allow';
        if (/[. ]$/.test(segment))
            return 'a name ending in a dot or space';
        if (/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(segment))
            return 'a Windows device name';
    }
    return undefined;
}
/** Every folder the entries need, parents before children. */
function folders(entries) {
    const all = new Set();
    for (const entry of entries) {
        const parts = entry.name.replace(/\/$/, '').split('/');
        const depth = (0,_safety_js__WEBPACK_IMPORTED_MODULE_7__/* .isDirectory */ .wd)(entry) ? parts.length : parts.length - 1;
        for (let i = 1; i <= depth; i++)
            all.add(parts.slice(0, i).join('/'));
    }
    return [...all].sort((a, b) => a.split('/').length - b.split('/').length);
}
/**
 * Extracts an archive into `dest`, a folder this call creates (it must not exist yet). The archive
 * is refused before anything is written when its central directory shows it is unsafe; every
 * entry's size and CRC-32 are checked as it streams; only plain files and folders are created,
 * all under `dest`. On any failure `dest` is removed, so nothing is left behind.
 */
async function extractZip(path, dest, label = path, limits = _safety_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_LIMITS */ .dR) {
    const handle = await (0,_fs_open_input_js__WEBPACK_IMPORTED_MODULE_4__/* .openInputFile */ .H)(path, 'archive');
    try {
        const { size } = await handle.stat();
        const directory = await (0,_central_directory_js__WEBPACK_IMPORTED_MODULE_5__/* .readCentralDirectory */ .H)(handle, size, label);
        const problems = (0,_safety_js__WEBPACK_IMPORTED_MODULE_7__/* .directoryProblems */ .YF)(directory, limits);
        if (process.platform === 'win32') {
            for (const entry of directory.entries) {
                const why = windowsProblem(entry.name);
                if (why)
                    problems.push(`entry ${JSON.stringify(entry.name)} has ${why}`);
            }
        }
        if (problems.length > 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j1(`${label} can't be extracted safely: ${problems.join('; ')}`);
        }
        await (0,_fs_make_directory_js__WEBPACK_IMPORTED_MODULE_8__/* .makeDirectory */ .O)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dest));
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dest);
        }
        catch (error) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errnoCode */ .UK)(error) === 'EEXIST') {
                throw new Error(`can't extract ${label} into ${dest}: it exists already`);
            }
            throw error;
        }
        try {
            for (const folder of folders(directory.entries))
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dest, folder));
            const files = directory.entries
                .filter((entry) => !(0,_safety_js__WEBPACK_IMPORTED_MODULE_7__/* .isDirectory */ .wd)(entry))
                .sort((a, b) => a.localOffset - b.localOffset);
            await (0,_async_pool_js__WEBPACK_IMPORTED_MODULE_10__/* .mapPool */ .P)(files, 4, async (entry) => {
                const source = await (0,_entry_data_js__WEBPACK_IMPORTED_MODULE_6__/* .entryStream */ .v)(handle, entry, label);
                // 'wx': never follow or replace what is there (a name that collides with a folder fails).
                await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(source, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dest, entry.name), { flags: 'wx' }));
            });
            return { files: files.length, bytes: files.reduce((sum, entry) => sum + entry.size, 0) };
        }
        catch (error) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dest, { recursive: true, force: true });
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j1)
                throw error;
            const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errnoCode */ .UK)(error);
            if (code === 'EEXIST' || code === 'ENOTDIR' || code === 'EISDIR') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j1(`${label} can't be extracted: two entries claim the same path (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errorMessage */ .gJ)(error)})`);
            }
            throw error;
        }
    }
    finally {
        await handle.close();
    }
}


/***/ })

};
