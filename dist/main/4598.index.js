export const id = 4598;
export const ids = [4598];
export const modules = {

/***/ 4598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployMendixApp: () => (/* binding */ deployMendixApp)
});

// UNUSED EXPORTS: eventsOf

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/net/poll.ts
var poll = __webpack_require__(37158);
// EXTERNAL MODULE: ./src/targets/kubernetes/app-state.ts
var app_state = __webpack_require__(76372);
;// CONCATENATED MODULE: ./src/targets/kubernetes/events.ts

/** `Warning BuildFailed: could not download the MDA`. */
function describeEvent(event) {
    return `${event.type ?? 'Normal'} ${event.reason ?? '(no reason)'}: ${(event.message ?? '').trim()}`;
}
function key(event) {
    return `${event.metadata?.uid ?? event.metadata?.name ?? describeEvent(event)}#${event.count ?? 1}`;
}
/**
 * The events of one MendixApp that appear after a point: "most controllers also send Kubernetes
 * events when a change has been processed successfully or failed" (Mendix docs, technical
 * appendix). Events are told apart by uid and count, not by time, so clock skew between this
 * machine and the cluster does not matter. A cluster that will not list events (RBAC) costs only
 * a warning.
 */
class EventWatch {
    list;
    log;
    seen = new Set();
    since = [];
    unreadable = false;
    constructor(list, log) {
        this.list = list;
        this.log = log;
    }
    async read() {
        if (this.unreadable)
            return [];
        try {
            return await this.list();
        }
        catch (error) {
            this.unreadable = true;
            this.log.warning(`cannot read the MendixApp's events, going on without them: ${(0,errors/* errorMessage */.gJ)(error)}`);
            return [];
        }
    }
    /** Takes the events there are now as already seen. */
    async mark() {
        for (const event of await this.read())
            this.seen.add(key(event));
    }
    /** Events new since the last call (or the mark). */
    async fresh() {
        const found = [];
        for (const event of await this.read()) {
            const id = key(event);
            if (this.seen.has(id))
                continue;
            this.seen.add(id);
            found.push(event);
        }
        this.since.push(...found);
        return found;
    }
    /** Every event since the mark, in the order seen. */
    get all() {
        return this.since;
    }
}

// EXTERNAL MODULE: ./src/targets/kubernetes/mendix-app.ts
var mendix_app = __webpack_require__(80012);
;// CONCATENATED MODULE: ./src/targets/kubernetes/secret-store.ts

/**
 * The documented secret store (Mendix docs: "Configuring a Secret Store with the Secrets Store CSI
 * Driver"): a SecretProviderClass and a ServiceAccount, both named like the MendixApp and
 * annotated for it, the class mapping keys such as `mx-const-Module.Constant` (on Azure Key
 * Vault `mx-const-Module-Constant`) from an external store.
 */
const PROVIDER_CLASS = { apiVersion: 'secrets-store.csi.x-k8s.io/v1', kind: 'SecretProviderClass' };
const CLASS_ANNOTATION = 'privatecloud.mendix.com/environment-class';
const ACCOUNT_ANNOTATION = 'privatecloud.mendix.com/environment-account';
const DOCS = 'see docs/kubernetes.md, "Secret constants"';
/**
 * Checks, before anything is applied, that the secret store the operator reads `secret-constants`
 * from is in place and names each of them. mxdeploy never sees or writes the values.
 */
async function checkSecretStore(cluster, config, environment) {
    if (config.secretConstants.length === 0)
        return;
    const where = `namespace ${config.namespace}`;
    const providerClass = await cluster.read({
        ...PROVIDER_CLASS,
        name: config.name
    });
    if (!providerClass) {
        throw new errors/* ConfigurationError */.j1(`environment ${environment} reads ${config.secretConstants.join(', ')} from the secret store, but ${where} has no SecretProviderClass ${config.name} (the operator reads the one named like the MendixApp): create it with the keys ${config.secretConstants.map((name) => `mx-const-${name}`).join(', ')}; ${DOCS}`);
    }
    if (providerClass.metadata?.annotations?.[CLASS_ANNOTATION] !== 'true') {
        throw new errors/* ConfigurationError */.j1(`SecretProviderClass ${config.name} in ${where} lacks the annotation ${CLASS_ANNOTATION}: "true", without which the operator does not use it; ${DOCS}`);
    }
    const parameters = JSON.stringify(providerClass.spec?.parameters ?? {});
    const missing = config.secretConstants.filter((name) => !parameters.includes(`mx-const-${name}`) &&
        !parameters.includes(`mx-const-${name.replace('.', '-')}`));
    if (missing.length > 0) {
        throw new errors/* ConfigurationError */.j1(`SecretProviderClass ${config.name} in ${where} maps no ${missing.map((name) => `mx-const-${name}`).join(', ')}, so the operator would not find ${missing.length === 1 ? 'that constant' : 'those constants'}: add ${missing.length === 1 ? 'it' : 'them'} to its objects; ${DOCS}`);
    }
    const account = await cluster.read({
        apiVersion: 'v1',
        kind: 'ServiceAccount',
        name: config.name
    });
    if (account?.metadata?.annotations?.[ACCOUNT_ANNOTATION] !== 'true') {
        throw new errors/* ConfigurationError */.j1(`${where} ${account ? `has ServiceAccount ${config.name} without the annotation ${ACCOUNT_ANNOTATION}: "true"` : `has no ServiceAccount ${config.name}`}, which the operator runs the app with to read the secret store; ${DOCS}`);
    }
}

// EXTERNAL MODULE: ./src/targets/kubernetes/source-url.ts
var source_url = __webpack_require__(46922);
// EXTERNAL MODULE: ./src/net/retry-policy.ts
var retry_policy = __webpack_require__(27124);
;// CONCATENATED MODULE: ./src/targets/kubernetes/wait.ts





/** How long Ready statuses are not believed after a change, when the status has no generation. */
const DEFAULT_PICKUP_MS = 60_000;
/** The operator reported a failure for the applied spec. */
class OperatorFailedError extends errors/* OperationError */.OK {
    resource;
    name = 'OperatorFailedError';
    constructor(resource) {
        super(`the Mendix Operator reports ${(0,app_state/* describeStatus */.Wn)(resource)}`);
        this.resource = resource;
    }
}
/**
 * Polls the resource until the operator reports it running (or failed), with the shared bounded,
 * adaptive waits and a progress line per change of status or new event. With observedGeneration
 * in the status, Ready is tied to the applied spec. Without it (the Mendix documents do not
 * mention it) Ready right after a change may still describe the old spec, so it counts only
 * once the statuses have left Ready, or after the pickup time, with a warning.
 */
async function waitForOperator(options) {
    const { clock, log } = options;
    const started = clock.now();
    const pickupMs = options.pickupMs ?? DEFAULT_PICKUP_MS;
    let leftReady = !options.changed;
    let last;
    return (0,poll/* pollUntil */.g3)({
        what: `waiting for the Mendix Operator (${options.what})`,
        timeoutMs: options.timeoutMs,
        backoff: options.backoff,
        clock,
        log,
        isTransient: (error) => error instanceof retry_policy/* TransientError */.N_ || error instanceof retry_policy/* RetriesExhaustedError */.i5,
        check: async () => {
            const resource = await options.read();
            if (!resource) {
                throw new errors/* OperationError */.OK(`${options.what} was deleted while mxdeploy waited for the operator${last ? ` (it last reported ${(0,app_state/* describeStatus */.Wn)(last)})` : ''}`);
            }
            last = resource;
            for (const event of await options.events.fresh())
                log.info(`  event ${describeEvent(event)}`);
            const progress = (0,app_state/* operatorProgress */.yJ)(resource);
            if (progress.state === 'failed')
                throw new OperatorFailedError(resource);
            if (!leftReady && !(0,app_state/* reportsGeneration */.GN)(resource)) {
                if (progress.state === 'working') {
                    leftReady = true;
                }
                else if (clock.now() - started < pickupMs) {
                    return {
                        done: false,
                        status: `waiting for the operator to take up the change (${(0,app_state/* describeStatus */.Wn)(resource)})`
                    };
                }
                else {
                    log.warning(`the operator's statuses stayed Ready for ${(0,poll/* seconds */.YA)(pickupMs)} after the change and it reports no status.observedGeneration, so mxdeploy cannot tell whether they describe the new spec; taking them as done`);
                    return { done: true, value: resource };
                }
            }
            if (progress.state === 'running')
                return { done: true, value: resource };
            return { done: false, status: progress.summary };
        }
    });
}

;// CONCATENATED MODULE: ./src/targets/kubernetes/deploy-flow.ts








/** The MendixApp's events, as the events API selects them (involvedObject field selectors). */
function eventsOf(cluster, name) {
    return () => cluster.list('v1', 'Event', `involvedObject.kind=${mendix_app/* MENDIX_APP */.Oy.kind},involvedObject.name=${name}`);
}
/** What ran before the apply, for the failure message: the package the resource then named. */
function previously(before, app) {
    if (!before)
        return 'nothing';
    const { version, sha256 } = (0,app_state/* packageOf */.wg)(before);
    const named = version
        ? `${app} ${version}`
        : sha256
            ? `the package with sha256 ${sha256.slice(0, 12)}`
            : `the package at ${String(before.spec?.['sourceURL'])}`;
    return (0,app_state/* operatorProgress */.yJ)(before).state === 'running'
        ? named
        : `${named} (which the operator did not report running either: ${(0,app_state/* describeStatus */.Wn)(before)})`;
}
/** The failure message: what the status and the events say, and what still runs. */
function failure(error, context, request, before, events) {
    if (!(error instanceof OperatorFailedError) && !(error instanceof poll/* PollTimeoutError */.t5))
        return error;
    const { config } = context;
    const pkg = request.package;
    const said = error instanceof OperatorFailedError
        ? `it reports ${(0,app_state/* describeStatus */.Wn)(error.resource)}`
        : `it still reported ${error.lastStatus} when the time allowed ran out (target.timeout-minutes: ${config.timeoutMinutes})`;
    const shown = events.slice(-10).map((event) => `  - ${describeEvent(event)}`);
    const last = error instanceof OperatorFailedError ? error.resource : undefined;
    const buildFailed = /fail|error/i.test(String(last?.status?.buildStatus ?? ''));
    const prior = previously(before, context.app);
    const runs = !before
        ? 'Nothing ran in this MendixApp before.'
        : buildFailed
            ? `${prior} still runs: the operator restarts the app only after a successful build. It does not retry a failed build by itself: read the build pod's log (kubectl -n ${config.namespace} get pods), fix the cause, delete the failed build pod, and stage again.`
            : `Before this deploy it ran ${prior}; the operator stops the app before it starts a changed package, so that may no longer run${last ? ` (appState ${String(last.status?.appState ?? 'not reported')})` : ''}.`;
    return new errors/* OperationError */.OK(`the Mendix Operator did not run ${pkg.app} ${pkg.version} in MendixApp ${config.namespace}/${config.name}: ${said}.\n${shown.length > 0 ? `Events:\n${shown.join('\n')}` : 'The MendixApp has no events since the apply.'}\n${runs} (kubectl -n ${config.namespace} describe mendixapp ${config.name} shows more.)`);
}
function appUrl(config) {
    if (!config.appUrl)
        return undefined;
    return `${config.tls?.enable === false ? 'http' : 'https'}://${config.appUrl}`;
}
/**
 * Stages a package to a MendixApp: checks that the cluster can download it and that the secret
 * store names every secret constant (refusals before anything is applied), applies the resource
 * with server-side apply as `mxdeploy`, and waits until the operator runs it.
 */
async function deployMendixApp(context, request) {
    const { cluster, config, environment } = context;
    const { package: pkg, log } = request;
    const sourceURL = (0,source_url/* sourceUrlFor */.Mf)(context.repository, pkg, context.env, environment.name);
    await (0,source_url/* checkAnonymousRead */.MP)(sourceURL, environment.name, log, {
        ...(context.fetch ? { fetch: context.fetch } : {})
    });
    await checkSecretStore(cluster, config, environment.name);
    const desired = (0,mendix_app/* desiredMendixApp */.pv)({
        config,
        app: context.app,
        environment,
        package: pkg,
        settings: request.settings,
        sourceURL
    });
    const what = `MendixApp ${config.namespace}/${config.name}`;
    const read = () => cluster.read({ ...mendix_app/* MENDIX_APP */.Oy, name: config.name });
    const before = await read();
    const events = new EventWatch(eventsOf(cluster, config.name), log);
    await events.mark();
    log.info(`applying ${what} on ${cluster.description}: server-side apply as field manager ${mendix_app/* FIELD_MANAGER */.vy}${config.forceConflicts ? ', taking over fields other managers hold' : ''}; sourceURL ${sourceURL}`);
    const applied = await cluster.apply(desired, mendix_app/* FIELD_MANAGER */.vy, config.forceConflicts);
    const changed = before === undefined || applied.metadata.generation !== before.metadata.generation;
    log.info(changed
        ? `${what} is at generation ${applied.metadata.generation ?? '?'}; the operator takes it from here`
        : `${what} already had this spec; the operator has nothing new to do`);
    try {
        const running = await waitForOperator({
            what,
            read,
            events,
            changed,
            timeoutMs: config.timeoutMinutes * 60_000,
            backoff: context.backoff,
            clock: context.clock,
            log,
            ...(context.pickupMs !== undefined ? { pickupMs: context.pickupMs } : {})
        });
        log.info(`the Mendix Operator runs ${pkg.app} ${pkg.version}: ${(0,app_state/* describeStatus */.Wn)(running)}`);
        const url = appUrl(config);
        return {
            ...(url ? { url } : {}),
            details: {
                mendixApp: `${config.namespace}/${config.name}`,
                cluster: cluster.description,
                generation: running.metadata.generation ?? null,
                sourceURL
            }
        };
    }
    catch (error) {
        throw failure(error, context, request, before, events.all);
    }
}


/***/ })

};
