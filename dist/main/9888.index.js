export const id = 9888;
export const ids = [9888];
export const modules = {

/***/ 39888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ GitHubDeploymentsLog)
});

// UNUSED EXPORTS: PAYLOAD_KIND

// EXTERNAL MODULE: ./src/activity/activity-log.ts
var activity_log = __webpack_require__(53995);
// EXTERNAL MODULE: ./src/activity/github-records.ts
var github_records = __webpack_require__(4881);
// EXTERNAL MODULE: ./src/github/permission-error.ts
var permission_error = __webpack_require__(86759);
;// CONCATENATED MODULE: ./src/activity/github-deployments-read.ts


/**
 * The records the query asks for, newest first. Each operation has exactly one deployment whose
 * payload is its record (on its environment, or on the records environment when GitHub's
 * deployment for the job shows it), and GitHub's own deployments carry none, so each shows once.
 */
async function readRecords(source, query) {
    const limit = query.limit ?? 100;
    const found = [];
    for (const filter of (0,github_records/* recordFilters */.zA)(query.environment)) {
        found.push(...(await findRecords(source, filter, query.app, limit)));
    }
    found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
    const records = [];
    for (const one of found.slice(0, limit))
        records.push(await withOutcome(source, one));
    return records;
}
async function findRecords(source, filter, app, limit) {
    const { octokit, owner, repo } = source;
    const found = [];
    const pages = octokit.paginate.iterator(octokit.rest.repos.listDeployments, {
        owner,
        repo,
        per_page: 100,
        ...filter
    });
    for await (const page of pages) {
        for (const deployment of page.data) {
            const payload = deployment.payload;
            if (!(0,github_records/* isRecord */.u4)(payload))
                continue;
            if (app && payload.start.app !== app)
                continue;
            found.push({ id: deployment.id, createdAt: deployment.created_at, start: payload.start });
            if (found.length >= limit)
                return found;
        }
    }
    return found;
}
async function withOutcome(source, found) {
    const { octokit, owner, repo } = source;
    const { data } = await (0,permission_error/* withPermission */.I)('deployments: read', 'read deployment statuses', () => octokit.rest.repos.listDeploymentStatuses({
        owner,
        repo,
        deployment_id: found.id,
        per_page: 10
    }));
    const final = data.find((status) => status.state === 'success' || status.state === 'failure' || status.state === 'error');
    const result = final?.state === 'success' ? 'success' : 'failure';
    return {
        ...found.start,
        result: final ? result : 'failure',
        error: final
            ? result === 'failure'
                ? (final.description ?? 'failed')
                : null
            : 'did not finish (no final status)',
        durationMs: final ? Date.parse(final.created_at) - Date.parse(found.createdAt) : 0
    };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/activity/github-job-deployment-status.ts


/** The one-line description of an operation, within GitHub's 140 characters. */
function describeOperation(start) {
    const what = start.package
        ? `${start.app} ${start.package.version} (sha256 ${start.package.sha256.slice(0, 12)})`
        : start.app;
    return `${start.operation} ${what}`.slice(0, 140);
}
/** The first line of an outcome's error, or the operation, within GitHub's 140 characters. */
function describeOutcome(start, outcome) {
    return (outcome.error ?? describeOperation(start)).split('\n')[0].slice(0, 140);
}
async function setStatus(target, id, fields) {
    const { octokit, owner, repo } = target;
    await (0,permission_error/* withPermission */.I)('deployments: write', 'set a deployment status', () => octokit.rest.repos.createDeploymentStatus({ owner, repo, deployment_id: id, ...fields }));
}
/**
 * Shows on GitHub's deployment for the job that the operation is in progress. The log link stays
 * the job's page GitHub gave it, so the Environments page still leads to the job.
 */
async function showJobDeploymentBusy(target, deployment, start) {
    await showing(target.log, deployment.id, () => setStatus(target, deployment.id, {
        state: 'in_progress',
        description: describeOperation(start),
        log_url: deployment.logUrl
    }));
}
/**
 * Shows how the operation ended on GitHub's deployment for the job, with the environment's URL.
 * GitHub writes its own status when the job ends (with the job's `environment.url`), so the
 * workflow should set that URL from the stage output for the page to keep the link.
 */
async function showJobDeploymentDone(target, deployment, start, outcome) {
    await showing(target.log, deployment.id, () => setStatus(target, deployment.id, {
        state: outcome.result === 'success' ? 'success' : 'failure',
        description: describeOutcome(start, outcome),
        auto_inactive: outcome.result === 'success',
        log_url: deployment.logUrl,
        ...(outcome.url ? { environment_url: outcome.url } : {})
    }));
}
/** The page is a view of the record, which is kept apart: a status that fails is a warning. */
async function showing(log, id, show) {
    try {
        await show();
    }
    catch (error) {
        log.warning(`GitHub's deployment ${id} for this job does not show this operation (${(0,errors/* errorMessage */.gJ)(error)}); the activity log has it`);
    }
}

;// CONCATENATED MODULE: ./src/activity/github-job-deployment.ts

/** How many of the environment's newest deployments are examined (their statuses are read). */
const CANDIDATES = 20;
function pathOf(url) {
    try {
        return new URL(url).pathname.replace(/\/+$/, '');
    }
    catch {
        return undefined;
    }
}
/**
 * Whether a status URL is the job's page: `/{owner}/{repo}/actions/runs/{run}/job/{id}` (today's
 * form) or `/{owner}/{repo}/runs/{id}` (the check-run form GitHub used until about 2023).
 */
function namesJob(url, checkRunId) {
    const path = pathOf(url);
    if (!path || !/^\d+$/.test(checkRunId))
        return false;
    return (new RegExp(`^/[^/]+/[^/]+/actions/runs/\\d+/job/${checkRunId}$`).test(path) ||
        new RegExp(`^/[^/]+/[^/]+/runs/${checkRunId}$`).test(path));
}
/** Whether a status URL is a page of the run (`/{owner}/{repo}/actions/runs/{run}[/…]`). */
function namesRun(url, runId) {
    const path = pathOf(url);
    if (!path || !/^\d+$/.test(runId))
        return false;
    return new RegExp(`^/[^/]+/[^/]+/actions/runs/${runId}(?:/|$)`).test(path);
}
/**
 * The rule that tells which deployment GitHub made for this job, given the environment's newest
 * deployments (newest first, mxdeploy's own left out):
 * 1. with the job's check run ID, the deployment one of whose statuses links to that job;
 * 2. else (or when no status URL has a form rule 1 knows), the one deployment whose statuses link
 *    to this run — none, or two (two jobs of the run deploying one environment, or a re-run),
 *    and the job's deployment is not known.
 */
function matchJobDeployment(candidates, job) {
    const { checkRunId } = job;
    if (checkRunId) {
        for (const candidate of candidates) {
            const url = candidate.statusUrls.find((u) => namesJob(u, checkRunId));
            if (url)
                return { found: { id: candidate.id, logUrl: url, by: 'job' } };
        }
    }
    const ofRun = candidates.flatMap((candidate) => {
        const url = candidate.statusUrls.find((u) => namesRun(u, job.runId));
        return url ? [{ id: candidate.id, logUrl: url, by: 'run' }] : [];
    });
    if (ofRun.length === 1)
        return { found: ofRun[0] };
    const either = checkRunId ? `job ${checkRunId} or ` : '';
    return {
        found: undefined,
        reason: ofRun.length === 0
            ? `no deployment's status links to ${either}run ${job.runId}`
            : `${ofRun.length} deployments link to run ${job.runId}${checkRunId ? ` and none to job ${checkRunId}` : ''}, so which one is this job's is unknown`
    };
}
/**
 * Finds the deployment GitHub created for this job's `environment:` among the environment's
 * newest deployments, reading their statuses (see matchJobDeployment). `isOwn` leaves out the
 * deployments mxdeploy made itself.
 */
async function findJobDeployment(octokit, where, job, isOwn) {
    const { owner, repo, environment } = where;
    const { data } = await (0,permission_error/* withPermission */.I)('deployments: read', 'list deployments', () => octokit.rest.repos.listDeployments({ owner, repo, environment, per_page: CANDIDATES }));
    const candidates = [];
    for (const deployment of data) {
        if (isOwn(deployment.payload))
            continue;
        const statuses = await (0,permission_error/* withPermission */.I)('deployments: read', 'read deployment statuses', () => octokit.rest.repos.listDeploymentStatuses({
            owner,
            repo,
            deployment_id: deployment.id,
            per_page: 100
        }));
        const statusUrls = statuses.data.flatMap((s) => [s.log_url ?? '', s.target_url].filter(Boolean));
        const candidate = { id: deployment.id, statusUrls };
        // The job's own deployment ends the search at once; the run rule needs them all.
        if (job.checkRunId && statusUrls.some((u) => namesJob(u, job.checkRunId))) {
            return matchJobDeployment([candidate], job);
        }
        candidates.push(candidate);
    }
    const match = matchJobDeployment(candidates, job);
    return match.found
        ? match
        : { found: undefined, reason: `of the newest ${CANDIDATES} of ${environment}, ${match.reason}` };
}

// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
;// CONCATENATED MODULE: ./src/activity/github-deployments.ts









const ACTIVE = new Set(['queued', 'pending', 'in_progress']);
/** Deployments mxdeploy made itself, which are never GitHub's deployment for a job. */
function isOwn(payload) {
    if (typeof payload !== 'object' || payload === null)
        return false;
    const kind = payload.kind;
    return typeof kind === 'string' && kind.startsWith('mxdeploy/');
}
/**
 * The activity log as GitHub Deployments: one deployment per operation whose payload is the
 * record and whose statuses (in_progress, then success or failure) its outcome, so history is
 * read back from deployments and their statuses. Outside a job with `environment:` that
 * deployment is on the environment (the Environments page shows it). In such a job GitHub has
 * made the environment's deployment already: mxdeploy's statuses go on it, and the record on the
 * records environment, so each operation shows once on the page and once in the log.
 */
class GitHubDeploymentsLog {
    options;
    /**
     * GitHub's deployment for the job of each operation begun here, by record. The open activity's
     * ref stays the record's deployment ID, which the MFA ledger compares with its records.
     */
    shownOn = new Map();
    constructor(options) {
        this.options = options;
    }
    async begin(start) {
        await this.refuseWhileBusy(start.environment);
        // A reconciled record tells of an earlier change, so it never takes the job's deployment.
        const job = start.operation === 'reconciled' ? undefined : await this.jobDeployment(start);
        const payload = {
            kind: github_records/* PAYLOAD_KIND */.Ut,
            start,
            ...(this.options.runId ? { runId: this.options.runId } : {}),
            ...(job ? { shownOn: job.id } : {})
        };
        const record = await this.createRecord(start, payload, job !== undefined);
        await this.recordStatus(record, 'in_progress', describeOperation(start), start.runUrl);
        if (job) {
            this.shownOn.set(record, job);
            await showJobDeploymentBusy(this.target, job, start);
        }
        return { start, ref: String(record) };
    }
    async finish(open, outcome) {
        const record = Number(open.ref);
        if (!Number.isSafeInteger(record)) {
            throw new errors/* OperationError */.OK(`not an operation this GitHub deployments log began: ${open.ref}`);
        }
        const job = this.shownOn.get(record);
        this.shownOn.delete(record);
        await this.recordStatus(record, outcome.result === 'success' ? 'success' : 'failure', describeOutcome(open.start, outcome), open.start.runUrl, 
        // On the environment a success makes the earlier ones inactive, as GitHub's own do;
        // records on the records environment are history and stay as they are.
        job ? undefined : outcome.url, !job && outcome.result === 'success');
        if (job)
            await showJobDeploymentDone(this.target, job, open.start, outcome);
        return (0,activity_log/* finishedRecord */.e)(open, outcome, job ? { deploymentId: job.id, recordId: record } : { deploymentId: record });
    }
    get target() {
        const { octokit, owner, repo } = this.options;
        return { octokit, owner, repo, log: this.options.log ?? log/* silentLogger */.q };
    }
    /** GitHub's deployment for this job on the operation's environment, when there is one. */
    async jobDeployment(start) {
        const { octokit, owner, repo, job } = this.options;
        if (!job)
            return undefined;
        const environment = start.environment;
        const match = await findJobDeployment(octokit, { owner, repo, environment }, job, isOwn);
        if (match.found)
            return match.found;
        this.target.log.info(`no deployment of GitHub's for this job on ${environment} (${match.reason}): mxdeploy makes one`);
        return undefined;
    }
    async createRecord(start, payload, apart) {
        const { octokit, owner, repo } = this.options;
        const created = await (0,permission_error/* withPermission */.I)('deployments: write', 'create a deployment', () => octokit.rest.repos.createDeployment({
            owner,
            repo,
            ref: start.commit ?? this.options.fallbackRef,
            environment: apart ? github_records/* RECORDS_ENVIRONMENT */.$g : start.environment,
            task: apart
                ? (0,github_records/* recordTask */.R)(start.environment)
                : start.operation === 'deploy'
                    ? 'deploy'
                    : `deploy:${start.operation}`,
            payload: payload,
            description: describeOperation(start),
            auto_merge: false,
            required_contexts: [],
            production_environment: !apart && this.options.isProduction(start.environment),
            transient_environment: false
        }));
        if (created.status !== 201 || !('id' in created.data)) {
            throw new errors/* OperationError */.OK(`GitHub did not create the deployment for ${start.environment}: ${JSON.stringify(created.data)}`);
        }
        return created.data.id;
    }
    async recordStatus(id, state, description, runUrl, environmentUrl, autoInactive = false) {
        const { octokit, owner, repo } = this.options;
        await (0,permission_error/* withPermission */.I)('deployments: write', 'set a deployment status', () => octokit.rest.repos.createDeploymentStatus({
            owner,
            repo,
            deployment_id: id,
            state,
            description,
            ...(state === 'in_progress' ? {} : { auto_inactive: autoInactive }),
            ...(runUrl ? { log_url: runUrl } : {}),
            ...(environmentUrl ? { environment_url: environmentUrl } : {})
        }));
    }
    /** Two runs never deploy one environment at once: another run's in-progress record refuses. */
    async refuseWhileBusy(environment) {
        const { octokit, owner, repo } = this.options;
        for (const filter of (0,github_records/* recordFilters */.zA)(environment)) {
            const { data } = await (0,permission_error/* withPermission */.I)('deployments: read', 'list deployments', () => octokit.rest.repos.listDeployments({ owner, repo, ...filter, per_page: 5 }));
            for (const deployment of data) {
                const payload = deployment.payload;
                if (!(0,github_records/* isRecord */.u4)(payload))
                    continue;
                if (payload.runId && payload.runId === this.options.runId)
                    continue;
                const [status] = (await (0,permission_error/* withPermission */.I)('deployments: read', 'read deployment statuses', () => octokit.rest.repos.listDeploymentStatuses({
                    owner,
                    repo,
                    deployment_id: deployment.id,
                    per_page: 1
                }))).data;
                if (status && ACTIVE.has(status.state)) {
                    throw new errors/* OperationError */.OK(`another run is deploying to ${environment} (deployment ${deployment.id}${status.log_url ? `, ${status.log_url}` : ''}); wait for it, and give the job "concurrency: mxdeploy-${environment}" so runs queue instead`);
                }
            }
        }
    }
    /** Records, newest first: those on the environments and those on the records environment. */
    async list(query) {
        return readRecords(this.options, query);
    }
}


/***/ }),

/***/ 4881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ RECORDS_ENVIRONMENT),
/* harmony export */   R: () => (/* binding */ recordTask),
/* harmony export */   Ut: () => (/* binding */ PAYLOAD_KIND),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   zA: () => (/* binding */ recordFilters)
/* harmony export */ });
/** Marks deployments that carry mxdeploy's records, so any other deployment is left out. */
const PAYLOAD_KIND = 'mxdeploy/activity-v1';
/**
 * The environment that keeps the records of operations shown on GitHub's own deployment for a
 * job (`environment:`): that deployment's payload is GitHub's and cannot change after creation,
 * so the record is a deployment here, its task naming the environment (docs/github-deployments.md).
 */
const RECORDS_ENVIRONMENT = 'mxdeploy-records';
/** The task of the records of one environment kept on the records environment. */
function recordTask(environment) {
    return `mxdeploy:${environment}`;
}
/** Whether a deployment's payload is one of mxdeploy's records. */
function isRecord(payload) {
    return (typeof payload === 'object' &&
        payload !== null &&
        payload.kind === PAYLOAD_KIND &&
        typeof payload.start === 'object');
}
/**
 * Where the records of an environment are: on the environment itself (operations outside a job
 * with `environment:`, and every record before mxdeploy used GitHub's job deployments) and on the
 * records environment under the environment's task. Without an environment: the whole list.
 */
function recordFilters(environment) {
    return environment
        ? [{ environment }, { environment: RECORDS_ENVIRONMENT, task: recordTask(environment) }]
        : [{}];
}


/***/ }),

/***/ 86759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ withPermission),
/* harmony export */   e: () => (/* binding */ permissionError)
/* harmony export */ });
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31015);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _request_failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94221);



/**
 * Turns GitHub's 403 or 404 into a `ConfigurationError` that names the permission the workflow
 * must grant (`permission` as written in workflow YAML, e.g. `deployments: write`); `doing`
 * says what mxdeploy was trying ("create the deployment"). Anything else is returned unchanged.
 */
function permissionError(error, permission, doing) {
    if (!(error instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .G) || (0,_request_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .isRateLimited */ .Jz)(error))
        return error;
    const fix = `grant it in the workflow with \`permissions:\` → \`${permission}\` on the job ` +
        `(or use a token that has it)`;
    if (error.status === 403) {
        const accepted = error.response?.headers['x-accepted-github-permissions'];
        const asks = accepted ? `; GitHub accepts: ${String(accepted)}` : '';
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`GitHub refused to ${doing} (403 ${error.message}${asks}): the token lacks ` +
            `\`${permission}\`. ${capitalise(fix)}.`);
    }
    if (error.status === 404) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`GitHub answered 404 when mxdeploy tried to ${doing}: it does not exist, or the token ` +
            `cannot see it. If it exists, the token needs \`${permission}\`: ${fix}.`);
    }
    return error;
}
/** Runs `call`, reporting a 403/404 as the missing `permission` (see `permissionError`). */
async function withPermission(permission, doing, call) {
    try {
        return await call();
    }
    catch (error) {
        throw permissionError(error, permission, doing);
    }
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 94221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jz: () => (/* binding */ isRateLimited),
/* harmony export */   SP: () => (/* binding */ explainFailure),
/* harmony export */   YR: () => (/* binding */ rejectedToken)
/* harmony export */ });
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31015);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


/** True for GitHub's primary or secondary rate-limit answers (403 or 429). */
function isRateLimited(error) {
    if (error.status !== 403 && error.status !== 429)
        return false;
    const headers = error.response?.headers ?? {};
    return /\bsecondary rate\b/i.test(error.message) || headers['x-ratelimit-remaining'] === '0';
}
/**
 * The error a caller sees once the factory has stopped retrying: the same `RequestError`
 * (status, request and response kept) with a message that names the call, what went wrong and
 * how many attempts were made. Errors that are not worth retrying are returned unchanged.
 */
function explainFailure(error, attempts) {
    if (!(error instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .G))
        return error;
    const what = describe(error);
    if (!what)
        return error;
    const method = error.request.method;
    const call = `${method} ${pathOf(error.request.url)}`;
    const tries = attempts > 1
        ? `gave up after ${attempts} attempts (${attempts - 1} retries)`
        : 'it was not retried';
    const message = `GitHub API call ${call} ${what}; ${tries}`;
    const explained = new _octokit_request_error__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .G(message, error.status, {
        request: error.request,
        ...(error.response ? { response: error.response } : {}),
        cause: error
    });
    return explained;
}
function describe(error) {
    if (isRateLimited(error)) {
        const headers = error.response?.headers ?? {};
        const kind = /\bsecondary rate\b/i.test(error.message) ? 'secondary rate limit' : 'rate limit';
        const after = headers['retry-after'] ? `, retry-after ${headers['retry-after']}s` : '';
        return `was refused by GitHub's ${kind} (${error.status}${after}): ${error.message}`;
    }
    if (error.status >= 500 && error.response) {
        return `failed with ${error.status}: ${error.message || 'server error'}`;
    }
    if (error.status >= 500) {
        return `could not get an answer (connection failed, reset or timed out): ${error.message}`;
    }
    return undefined;
}
function pathOf(url) {
    try {
        return new URL(url).pathname;
    }
    catch {
        return url;
    }
}
/**
 * GitHub's 401: the token itself is wrong, expired or revoked, which no permission or retry
 * mends. A ConfigurationError (exit 2) that says so and where the token comes from; anything
 * else is returned unchanged.
 */
function rejectedToken(error) {
    if (!(error instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .G) || error.status !== 401)
        return error;
    const call = `${error.request.method} ${pathOf(error.request.url)}`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`GitHub did not accept the token on ${call} (401 ${error.message}): it is wrong, expired or revoked; give a valid token in GITHUB_TOKEN or GH_TOKEN (in a workflow, the action's github-token input, github.token by default)`);
}


/***/ })

};
