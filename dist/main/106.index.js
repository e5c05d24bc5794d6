export const id = 106;
export const ids = [106];
export const modules = {

/***/ 6106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/config/load.ts + 2 modules
var load = __webpack_require__(12603);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/activity/activity-log.ts
var activity_log = __webpack_require__(53995);
// EXTERNAL MODULE: ./src/github/permission-error.ts
var permission_error = __webpack_require__(86759);
;// CONCATENATED MODULE: ./src/github/deployments-activity-log.ts



/** Marks deployments made by mxdeploy, so others on the same environment are left out. */
const PAYLOAD_KIND = 'mxdeploy/activity-v1';
const ACTIVE = new Set(['queued', 'pending', 'in_progress']);
function describe(start) {
    const what = start.package
        ? `${start.app} ${start.package.version} (sha256 ${start.package.sha256.slice(0, 12)})`
        : start.app;
    return `${start.operation} ${what}`.slice(0, 140);
}
/**
 * The activity log as GitHub Deployments: one deployment per operation (environment = name,
 * ref = the package's commit, payload = the record), statuses in_progress → success/failure with
 * the environment and run URLs. History is read back from deployments and their statuses, so the
 * log is what the repository's Environments page shows.
 */
class GitHubDeploymentsLog {
    options;
    constructor(options) {
        this.options = options;
    }
    async begin(start) {
        await this.refuseWhileBusy(start.environment);
        const { octokit, owner, repo } = this.options;
        const payload = {
            kind: PAYLOAD_KIND,
            start,
            ...(this.options.runId ? { runId: this.options.runId } : {})
        };
        const created = await (0,permission_error/* withPermission */.I)('deployments: write', 'create a deployment', () => octokit.rest.repos.createDeployment({
            owner,
            repo,
            ref: start.commit ?? this.options.fallbackRef,
            environment: start.environment,
            task: start.operation === 'deploy' ? 'deploy' : `deploy:${start.operation}`,
            payload: payload,
            description: describe(start),
            auto_merge: false,
            required_contexts: [],
            production_environment: this.options.isProduction(start.environment),
            transient_environment: false
        }));
        if (created.status !== 201 || !('id' in created.data)) {
            throw new errors/* OperationError */.OK(`GitHub did not create the deployment for ${start.environment}: ${JSON.stringify(created.data)}`);
        }
        const id = created.data.id;
        await (0,permission_error/* withPermission */.I)('deployments: write', 'set a deployment status', () => octokit.rest.repos.createDeploymentStatus({
            owner,
            repo,
            deployment_id: id,
            state: 'in_progress',
            description: describe(start),
            ...(start.runUrl ? { log_url: start.runUrl } : {})
        }));
        return { start, ref: String(id) };
    }
    async finish(open, outcome) {
        const { octokit, owner, repo } = this.options;
        await (0,permission_error/* withPermission */.I)('deployments: write', 'set a deployment status', () => octokit.rest.repos.createDeploymentStatus({
            owner,
            repo,
            deployment_id: Number(open.ref),
            state: outcome.result === 'success' ? 'success' : 'failure',
            description: (outcome.error ?? describe(open.start)).split('\n')[0].slice(0, 140),
            auto_inactive: outcome.result === 'success',
            ...(open.start.runUrl ? { log_url: open.start.runUrl } : {}),
            ...(outcome.url ? { environment_url: outcome.url } : {})
        }));
        return (0,activity_log/* finishedRecord */.e)(open, outcome, { deploymentId: Number(open.ref) });
    }
    /** Two runs never deploy one environment at once: another run's in-progress deployment refuses. */
    async refuseWhileBusy(environment) {
        const { octokit, owner, repo } = this.options;
        const { data } = await (0,permission_error/* withPermission */.I)('deployments: read', 'list deployments', () => octokit.rest.repos.listDeployments({ owner, repo, environment, per_page: 5 }));
        for (const deployment of data) {
            const payload = deployment.payload;
            if (typeof payload !== 'object' || payload.kind !== PAYLOAD_KIND)
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
    async list(query) {
        const { octokit, owner, repo } = this.options;
        const limit = query.limit ?? 100;
        const records = [];
        const pages = octokit.paginate.iterator(octokit.rest.repos.listDeployments, {
            owner,
            repo,
            per_page: 100,
            ...(query.environment ? { environment: query.environment } : {})
        });
        for await (const page of pages) {
            for (const deployment of page.data) {
                const payload = deployment.payload;
                if (typeof payload !== 'object' || payload.kind !== PAYLOAD_KIND || !payload.start)
                    continue;
                if (query.app && payload.start.app !== query.app)
                    continue;
                records.push(await this.record(deployment.id, deployment.created_at, payload.start));
                if (records.length >= limit)
                    return records;
            }
        }
        return records;
    }
    async record(id, createdAt, start) {
        const { octokit, owner, repo } = this.options;
        const { data } = await (0,permission_error/* withPermission */.I)('deployments: read', 'read deployment statuses', () => octokit.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: id, per_page: 10 }));
        const final = data.find((status) => status.state === 'success' || status.state === 'failure' || status.state === 'error');
        const result = final?.state === 'success' ? 'success' : 'failure';
        return {
            ...start,
            result: final ? result : 'failure',
            error: final
                ? result === 'failure'
                    ? (final.description ?? 'failed')
                    : null
                : 'did not finish (no final status)',
            durationMs: final ? Date.parse(final.created_at) - Date.parse(createdAt) : 0
        };
    }
}

// EXTERNAL MODULE: ./src/github/octokit.ts + 4 modules
var github_octokit = __webpack_require__(77617);
// EXTERNAL MODULE: ./src/github/run-context.ts
var run_context = __webpack_require__(47068);
// EXTERNAL MODULE: ./src/repository/open-repository.ts + 1 modules
var open_repository = __webpack_require__(94914);
// EXTERNAL MODULE: ./src/config/find-environment.ts
var find_environment = __webpack_require__(21903);
// EXTERNAL MODULE: ./src/stage/stage-service.ts + 2 modules
var stage_service = __webpack_require__(57481);
// EXTERNAL MODULE: ./src/trace/deployment-stories.ts
var deployment_stories = __webpack_require__(24850);
// EXTERNAL MODULE: ./src/actions/shared/logger.ts
var logger = __webpack_require__(79453);
// EXTERNAL MODULE: ./src/actions/shared/trace-context.ts
var trace_context = __webpack_require__(28046);
;// CONCATENATED MODULE: ./src/actions/stage/constants.ts
/** Names of the stage action's inputs and outputs, as action.yml declares them. */
const Inputs = {
    Environment: 'environment',
    Package: 'package',
    Config: 'config',
    Repository: 'repository',
    GitHubToken: 'github-token',
    Redeploy: 'redeploy',
    Rollback: 'rollback',
    Otp: 'otp'
};
const Outputs = {
    DeploymentId: 'deployment-id',
    EnvironmentUrl: 'environment-url',
    PackageVersion: 'package-version',
    Sha256: 'sha256',
    Changed: 'changed',
    Stories: 'stories'
};

// EXTERNAL MODULE: ./src/actions/shared/inputs.ts
var inputs = __webpack_require__(86612);
;// CONCATENATED MODULE: ./src/actions/stage/inputs.ts




/** The stage action's inputs; secrets are masked before anything else can print them. */
function getInputs() {
    const otp = (0,inputs/* getOptionalInput */.l)(Inputs.Otp);
    if (otp) {
        // Apps show "492 039"; the code is the digits, which must not print either.
        core/* setSecret */.Pq(otp);
        if (/\s/.test(otp) && otp.replace(/\s+/g, ''))
            core/* setSecret */.Pq(otp.replace(/\s+/g, ''));
    }
    const githubToken = core/* getInput */.V4(Inputs.GitHubToken);
    if (githubToken)
        core/* setSecret */.Pq(githubToken);
    const environment = core/* getInput */.V4(Inputs.Environment);
    if (!environment)
        throw new errors/* ConfigurationError */.j1('input environment is required: the environment to deploy to');
    if (!githubToken) {
        throw new errors/* ConfigurationError */.j1('input github-token is empty: leave it at its default (github.token) or pass a token with deployments: write');
    }
    const rollback = (0,inputs/* getBooleanInput */.V)(Inputs.Rollback);
    const pkg = (0,inputs/* getOptionalInput */.l)(Inputs.Package);
    if (rollback && pkg && pkg !== 'latest') {
        throw new errors/* ConfigurationError */.j1('rollback deploys the previous package: leave the package input empty');
    }
    return {
        environment,
        package: pkg,
        config: core/* getInput */.V4(Inputs.Config) || 'mxdeploy.yml',
        repository: (0,inputs/* getOptionalInput */.l)(Inputs.Repository),
        githubToken,
        redeploy: (0,inputs/* getBooleanInput */.V)(Inputs.Redeploy),
        rollback,
        otp
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/github/actions-oidc.ts


/** The audience mxdeploy asks GitHub's OIDC provider for; only mxdeploy's check accepts it. */
const OIDC_AUDIENCE = 'mxdeploy';
/** Seconds of clock difference tolerated between the runner and GitHub. */
const LEEWAY_SECONDS = 60;
const FETCH_TIMEOUT_MS = 30_000;
/**
 * The issuer of a GitHub instance's Actions ID tokens, derived from GITHUB_SERVER_URL and never
 * from the token: github.com's is token.actions.githubusercontent.com, GHE.com tenants' is
 * token.actions.<tenant>.ghe.com, GitHub Enterprise Server serves it at /_services/token.
 */
function actionsIssuer(serverUrl) {
    const url = new URL(serverUrl);
    if (url.hostname === 'github.com')
        return 'https://token.actions.githubusercontent.com';
    if (/^[a-z0-9-]+\.ghe\.com$/i.test(url.hostname)) {
        return `https://token.actions.${url.hostname.toLowerCase()}`;
    }
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}/_services/token`;
}
/** A token that is not GitHub's, not for us, or not valid now: the check refuses it. */
class IdTokenRejected extends Error {
    name = 'IdTokenRejected';
}
function decode(token) {
    const parts = token.split('.');
    if (parts.length !== 3)
        throw new IdTokenRejected('the OIDC token is not a JWT');
    const [header, payload, signature] = parts;
    try {
        return {
            header: JSON.parse(Buffer.from(header, 'base64url').toString('utf8')),
            claims: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')),
            signingInput: `${header}.${payload}`,
            signature: Buffer.from(signature, 'base64url')
        };
    }
    catch {
        throw new IdTokenRejected('the OIDC token is not a JWT (its parts are not JSON)');
    }
}
async function getJson(url, what) {
    let response;
    try {
        response = await fetch(url, {
            headers: { accept: 'application/json' },
            signal: AbortSignal.timeout(FETCH_TIMEOUT_MS)
        });
    }
    catch (error) {
        throw new errors/* OperationError */.OK(`could not read ${what} at ${url}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    if (!response.ok) {
        throw new errors/* OperationError */.OK(`could not read ${what} at ${url}: HTTP ${response.status}`);
    }
    try {
        return await response.json();
    }
    catch {
        throw new errors/* OperationError */.OK(`${what} at ${url} is not JSON`);
    }
}
/**
 * The issuer's signing keys: discovery document first (its `issuer` must be the pinned one), then
 * its JWKS, which must be served by the issuer's own host.
 */
async function signingKeys(issuer) {
    const discovery = (await getJson(`${issuer}/.well-known/openid-configuration`, 'the OIDC discovery document'));
    if (discovery.issuer !== issuer || typeof discovery.jwks_uri !== 'string') {
        throw new errors/* OperationError */.OK(`the OIDC discovery document at ${issuer} names another issuer or no JWKS: it is not GitHub's`);
    }
    if (new URL(discovery.jwks_uri).origin !== new URL(issuer).origin) {
        throw new errors/* OperationError */.OK(`the OIDC issuer ${issuer} points its keys to another host`);
    }
    const jwks = (await getJson(discovery.jwks_uri, 'the OIDC signing keys'));
    return Array.isArray(jwks.keys) ? jwks.keys : [];
}
function includesAudience(aud, audience) {
    return aud === audience || (Array.isArray(aud) && aud.includes(audience));
}
/**
 * Verifies an Actions ID token: RS256 signature against the pinned issuer's JWKS, then `iss`,
 * `aud`, `exp`, `nbf` and `iat`. Returns its claims; what they must say about the job is the
 * caller's to check. A token that fails is IdTokenRejected; an issuer that can't be read, an
 * OperationError.
 */
async function verifyActionsIdToken(token, options) {
    const { header, claims, signingInput, signature } = decode(token);
    if (header.alg !== 'RS256') {
        throw new IdTokenRejected(`the OIDC token is signed with ${JSON.stringify(header.alg)}, not RS256`);
    }
    const keys = await signingKeys(options.issuer);
    const jwk = keys.find((key) => key.kty === 'RSA' && key.kid === header.kid);
    if (!jwk) {
        throw new IdTokenRejected(`the OIDC token is signed with a key (kid ${JSON.stringify(header.kid)}) that ${options.issuer} does not publish`);
    }
    let valid;
    try {
        valid = (0,external_node_crypto_.verify)('sha256', Buffer.from(signingInput), (0,external_node_crypto_.createPublicKey)({ key: jwk, format: 'jwk' }), signature);
    }
    catch {
        valid = false;
    }
    if (!valid) {
        throw new IdTokenRejected(`the OIDC token's signature does not verify against the keys of ${options.issuer}`);
    }
    if (claims.iss !== options.issuer) {
        throw new IdTokenRejected(`the OIDC token was issued by ${JSON.stringify(claims.iss)}, not ${options.issuer}`);
    }
    if (!includesAudience(claims.aud, options.audience)) {
        throw new IdTokenRejected(`the OIDC token is for audience ${JSON.stringify(claims.aud)}, not ${options.audience}`);
    }
    const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
    if (typeof claims.exp !== 'number' || claims.exp <= now - LEEWAY_SECONDS) {
        throw new IdTokenRejected(`the OIDC token expired${typeof claims.exp === 'number' ? ` at ${new Date(claims.exp * 1000).toISOString()}` : ' (it has no exp)'}`);
    }
    for (const claim of ['nbf', 'iat']) {
        const value = claims[claim];
        if (value !== undefined && (typeof value !== 'number' || value > now + LEEWAY_SECONDS)) {
            throw new IdTokenRejected(`the OIDC token is not valid yet (${claim} is in the future)`);
        }
    }
    return claims;
}

;// CONCATENATED MODULE: ./src/github/deployments-mfa-ledger.ts


/** Deployments read back at most; a repository deploying more within the session hours is unusual. */
const MAX_PAGES = 20;
/**
 * The MFA ledger as mxdeploy's GitHub deployments carry it: `payload.start.mfa.ledger` of each
 * deployment, newest first until one older than asked. The deployment ID orders them (GitHub
 * hands out increasing IDs). Entries are returned unchecked: anyone with `deployments: write` can
 * create a deployment, so the ledger verifies every entry's signature.
 */
class DeploymentsMfaLedger {
    options;
    constructor(options) {
        this.options = options;
    }
    async records(query) {
        const { octokit, owner, repo } = this.options;
        const records = [];
        const pages = octokit.paginate.iterator(octokit.rest.repos.listDeployments, {
            owner,
            repo,
            per_page: 100,
            ...(query.environment ? { environment: query.environment } : {})
        });
        let count = 0;
        const iterator = pages[Symbol.asyncIterator]();
        for (;;) {
            const next = await (0,permission_error/* withPermission */.I)('deployments: read', 'list deployments', () => iterator.next());
            if (next.done)
                return records;
            for (const deployment of next.value.data) {
                if (Date.parse(deployment.created_at) < query.since.getTime())
                    return records;
                const entries = ledgerOf(deployment.payload);
                if (entries)
                    records.push({ order: deployment.id, ref: String(deployment.id), entries });
            }
            if (++count >= MAX_PAGES)
                return records;
        }
    }
}
function ledgerOf(payload) {
    if (typeof payload !== 'object' || payload === null)
        return undefined;
    const { kind, start } = payload;
    if (kind !== PAYLOAD_KIND)
        return undefined;
    const ledger = start?.mfa?.ledger;
    return Array.isArray(ledger) && ledger.length ? ledger : undefined;
}

// EXTERNAL MODULE: ./src/stage/policy.ts
var policy = __webpack_require__(63866);
// EXTERNAL MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
var dist_src = __webpack_require__(31015);
;// CONCATENATED MODULE: ./src/github/environment-protection.ts



/** GitHub's permission for `GET /repos/{owner}/{repo}/environments/{name}` and run approvals. */
const ACTIONS_READ = 'actions: read';
/** Where in GitHub's settings an environment's reviewers are set, for messages. */
function reviewersSetting(environment) {
    return `Settings → Environments → ${environment} → Required reviewers`;
}
/**
 * Reads an environment's protection rules. 404 (no such environment) and 403 (the token may not
 * read it) are ConfigurationErrors that say what to create or which permission to grant.
 */
async function readEnvironmentProtection(octokit, owner, repo, name) {
    let data;
    try {
        data = (await octokit.rest.repos.getEnvironment({ owner, repo, environment_name: name })).data;
    }
    catch (error) {
        if (error instanceof dist_src/* RequestError */.G && error.status === 404) {
            throw new errors/* ConfigurationError */.j1(`GitHub has no environment '${name}' in ${owner}/${repo}: create it under Settings → Environments → New environment, add its required reviewers, and give the job "environment: ${name}" (if it exists, the token cannot see it: grant \`${ACTIONS_READ}\` under the job's permissions)`);
        }
        throw (0,permission_error/* permissionError */.e)(error, ACTIONS_READ, `read environment ${name}`);
    }
    let reviewers;
    let preventSelfReview = false;
    for (const rule of data.protection_rules ?? []) {
        if (rule.type !== 'required_reviewers' || !('reviewers' in rule))
            continue;
        reviewers = (rule.reviewers ?? []).flatMap(({ reviewer }) => {
            if (!reviewer)
                return [];
            return 'login' in reviewer ? [reviewer.login] : 'slug' in reviewer ? [reviewer.slug] : [];
        });
        preventSelfReview = rule.prevent_self_review === true;
    }
    return { name: data.name, reviewers, preventSelfReview };
}
/**
 * Why the environment's rules fall short of what mxdeploy.yml asks, naming the setting to change;
 * undefined when they hold.
 */
function protectionShortfall(protection, wanted) {
    const { name } = protection;
    if (wanted.reviewers !== 'required')
        return undefined;
    if (!protection.reviewers?.length) {
        return `GitHub environment '${name}' has no required reviewers, but mxdeploy.yml requires them (protection.reviewers: required): add reviewers under ${reviewersSetting(name)}`;
    }
    if (wanted.preventSelfReview && !protection.preventSelfReview) {
        return `GitHub environment '${name}' lets the person who started a run approve it, but mxdeploy.yml sets prevent-self-review: true: tick "Prevent self-review" under ${reviewersSetting(name)}`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/github/protection-policy.ts




const sameName = (a, b) => a?.toLowerCase() === b.toLowerCase();
/** Why the token's claims do not place this job in `environment` of this run, if they don't. */
function claimsMismatch(claims, options, environment) {
    const repository = `${options.owner}/${options.repo}`;
    if (!sameName(claims.repository, repository)) {
        return `the job's OIDC token is for repository ${String(claims.repository)}, not ${repository}`;
    }
    if (claims.run_id !== options.runId) {
        return `the job's OIDC token is for run ${String(claims.run_id)}, not this run (${String(options.runId)})`;
    }
    if (claims.environment === undefined) {
        return `the job runs in no GitHub environment: give it "environment: ${environment}" so that GitHub asks the environment's reviewers before it starts`;
    }
    if (!sameName(claims.environment, environment)) {
        return `the job runs in GitHub environment '${String(claims.environment)}', not '${environment}': give it "environment: ${environment}", whose reviewers must approve it`;
    }
    return undefined;
}
/**
 * `protection: { reviewers: required }` on GitHub: the environment has required reviewers (and
 * prevents self-review when asked), this job provably runs inside it (the OIDC token's
 * `environment` claim, or else this run's approval for it), and somebody approved this run for
 * it. The approvers go into the activity record. Refusals are recorded.
 */
function githubProtectionPolicy(options) {
    async function proveEnvironment(environment) {
        if (!options.idToken) {
            const approved = await options.approvals.approvers(environment);
            if (approved.length)
                return undefined;
            return `nothing proves that this job runs in GitHub environment '${environment}': grant the job "id-token: write" (mxdeploy then checks GitHub's OIDC token for it), or have a reviewer approve it; run ${String(options.runId)} holds no approval for ${environment}`;
        }
        let token;
        try {
            token = await options.idToken(OIDC_AUDIENCE);
        }
        catch (error) {
            throw new errors/* OperationError */.OK(`could not get the job's OIDC token from GitHub: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        try {
            const claims = await verifyActionsIdToken(token, {
                issuer: options.issuer,
                audience: OIDC_AUDIENCE,
                ...(options.now ? { now: options.now() } : {})
            });
            return claimsMismatch(claims, options, environment);
        }
        catch (error) {
            if (error instanceof IdTokenRejected)
                return `${error.message}: refused`;
            throw error;
        }
    }
    return {
        name: 'GitHub environment protection',
        async check({ environment }) {
            if (environment.protection.reviewers !== 'required')
                return {};
            const { name } = environment;
            const protection = await readEnvironmentProtection(options.octokit, options.owner, options.repo, name);
            const shortfall = protectionShortfall(protection, environment.protection);
            if (shortfall)
                throw new policy/* PolicyRefusal */.F(shortfall, {});
            const unproven = await proveEnvironment(name);
            if (unproven)
                throw new policy/* PolicyRefusal */.F(`${name} is protected: ${unproven}`, {});
            const approvers = await options.approvals.approvers(name);
            if (!approvers.length) {
                throw new policy/* PolicyRefusal */.F(`${name} requires reviewers, but nobody approved run ${String(options.runId)} for it (an administrator may have bypassed the protection rules): have a reviewer approve the job, and clear "Allow administrators to bypass configured protection rules" under ${reviewersSetting(name)}`, {});
            }
            return { approvers };
        }
    };
}

;// CONCATENATED MODULE: ./src/github/run-approvals.ts


/**
 * The reviews of one workflow run (`GET /repos/{o}/{r}/actions/runs/{id}/approvals`), read once
 * and shared by the checks that need them. The comments may hold TOTP codes: never log them.
 */
class RunApprovals {
    octokit;
    owner;
    repo;
    runId;
    reviews;
    constructor(octokit, owner, repo, runId) {
        this.octokit = octokit;
        this.owner = owner;
        this.repo = repo;
        this.runId = runId;
    }
    /** Approvals for `environment` (names compare case-insensitively, as GitHub's do), oldest first. */
    async forEnvironment(environment) {
        const wanted = environment.toLowerCase();
        return (await this.load()).flatMap((review) => review.environments.some((name) => name.toLowerCase() === wanted)
            ? [{ user: review.user, comment: review.comment }]
            : []);
    }
    /**
     * Each approver's latest approval for `environment`: GitHub lists a run's reviews oldest first,
     * and earlier ones belong to earlier attempts, whose codes have long expired (trying them would
     * count as wrong codes).
     */
    async latestByUser(environment) {
        const latest = new Map();
        for (const approval of await this.forEnvironment(environment)) {
            const key = approval.user.toLowerCase();
            latest.delete(key);
            latest.set(key, approval);
        }
        return [...latest.values()];
    }
    /** The distinct users who approved this run for `environment`. */
    async approvers(environment) {
        return (await this.latestByUser(environment)).map((approval) => approval.user);
    }
    load() {
        this.reviews ??= this.read();
        return this.reviews;
    }
    async read() {
        // Outside a workflow run there is nothing anyone could have approved.
        if (!this.runId)
            return [];
        const { owner, repo, runId } = this;
        const { data } = await (0,permission_error/* withPermission */.I)(ACTIONS_READ, `read the approvals of run ${runId}`, () => this.octokit.rest.actions.getReviewsForRun({ owner, repo, run_id: Number(runId) }));
        return data.flatMap((review) => review.state === 'approved'
            ? [
                {
                    user: review.user.login,
                    comment: review.comment ?? null,
                    environments: review.environments.flatMap((env) => (env.name ? [env.name] : []))
                }
            ]
            : []);
    }
}

// EXTERNAL MODULE: ./src/mfa/code-input.ts
var code_input = __webpack_require__(39048);
// EXTERNAL MODULE: ./src/mfa/secrets.ts
var secrets = __webpack_require__(29623);
// EXTERNAL MODULE: ./src/stage/totp-policy.ts + 7 modules
var totp_policy = __webpack_require__(98981);
;// CONCATENATED MODULE: ./src/actions/stage/policies.ts










/**
 * Takes the secrets document out of the environment, so that deployment targets (which may run
 * commands with that environment) never inherit it; it is parsed only for an environment with
 * `mfa: totp`.
 */
function takeSecretsDocument(env) {
    const text = env[secrets/* SECRETS_VARIABLE */.Bx] ?? process.env[secrets/* SECRETS_VARIABLE */.Bx];
    delete env[secrets/* SECRETS_VARIABLE */.Bx];
    delete process.env[secrets/* SECRETS_VARIABLE */.Bx];
    return text;
}
/**
 * The codes of a run: each approver's latest "Review deployments" comment for the environment,
 * and the `otp` input, which only a workflow_dispatch run can take from a person.
 */
async function codeOffers(approvals, { context, inputs }, { environment }) {
    const offers = (await approvals.latestByUser(environment.name)).map((approval) => (0,code_input/* offerFromComment */.IO)(approval.user, approval.comment));
    if (inputs.otp !== undefined) {
        if (context.eventName !== 'workflow_dispatch') {
            throw new errors/* ConfigurationError */.j1(`the otp input is for workflow_dispatch runs, where the person who starts the run types the code; this run was started by ${context.eventName ?? 'an unknown event'}: approvers give their code in the comment of the "Review deployments" dialog instead`);
        }
        offers.push({
            user: context.actor,
            source: 'input',
            code: (0,code_input/* parseOtp */.hm)(inputs.otp, 'the otp input')
        });
    }
    return offers;
}
/**
 * The access-control checks of a stage run on GitHub: the environment's protection rules and
 * that this job runs inside the environment (`reviewers: required`), then the TOTP second factor
 * of its approvers or actor (`mfa: totp`), whose replay, session and lockout state travels in the
 * environment's deployments from run to run.
 */
function githubPolicies(policy) {
    const { octokit, context, stateDir, env } = policy;
    const { owner, repo, runId } = context;
    const approvals = new RunApprovals(octokit, owner, repo, runId);
    const secretsDocument = takeSecretsDocument(env);
    return [
        githubProtectionPolicy({
            octokit,
            owner,
            repo,
            runId,
            approvals,
            issuer: actionsIssuer(context.serverUrl),
            // The runner sets the request URL only for jobs with `id-token: write`.
            idToken: env['ACTIONS_ID_TOKEN_REQUEST_URL']
                ? (audience) => core/* getIDToken */.V9(audience)
                : undefined
        }),
        (0,totp_policy/* totpPolicy */.y)({
            async users({ environment }) {
                const approvers = await approvals.approvers(environment.name);
                return approvers.length ? approvers : [context.actor];
            },
            offers: (policyContext) => codeOffers(approvals, policy, policyContext),
            secrets() {
                if (secretsDocument === undefined || !secretsDocument.trim()) {
                    return Promise.reject(new errors/* ConfigurationError */.j1(`no TOTP secrets: give the step "env: ${secrets/* SECRETS_VARIABLE */.Bx}: \${{ secrets.${secrets/* SECRETS_VARIABLE */.Bx} }}" and store the secrets document as the environment secret ${secrets/* SECRETS_VARIABLE */.Bx} (see mxdeploy mfa enroll)`));
                }
                return Promise.resolve((0,secrets/* parseTotpSecrets */.Kh)(secretsDocument, secrets/* SECRETS_VARIABLE */.Bx, logger/* actionLogger */.v));
            },
            stateDir,
            ledger: new DeploymentsMfaLedger({ octokit, owner, repo })
        })
    ];
}

// EXTERNAL MODULE: ./src/report/deployment-summary.ts
var deployment_summary = __webpack_require__(110);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/async-pool.ts
var async_pool = __webpack_require__(43998);
;// CONCATENATED MODULE: ./src/github/associated-pulls.ts


/** Most commits whose pull requests are looked up after one deployment (one API call each). */
const MAX_COMMITS_LOOKED_UP = 100;
const PARALLEL = 4;
/**
 * The pull requests of commits, through GitHub's "pull requests associated with a commit" (the
 * merged pull request of a merge or squash commit, the open ones of a branch commit). `shas` are
 * newest first; only the newest `max` are looked up, and the log says when more were left out.
 */
async function associatedPulls(options, shas) {
    const { octokit, owner, repo, log } = options;
    const max = options.max ?? MAX_COMMITS_LOOKED_UP;
    const looked = shas.slice(0, max);
    if (shas.length > looked.length) {
        log.info(`looked up the pull requests of the newest ${looked.length} of ${shas.length} commits only; older ones get no deployment comment`);
    }
    const numbers = await (0,async_pool/* mapPool */.P)(looked, PARALLEL, async (sha) => {
        const { data } = await (0,permission_error/* withPermission */.I)('pull-requests: read', `list the pull requests of commit ${sha.slice(0, 12)}`, () => octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha }));
        // Pull requests of forks that merely contain the commit belong to other repositories.
        return data
            .filter((pull) => pull.base.repo.full_name === `${owner}/${repo}`)
            .map((pull) => pull.number);
    });
    const found = new Map();
    looked.forEach((sha, index) => {
        for (const number of numbers[index]) {
            if (!found.has(number))
                found.set(number, { number, commit: sha });
        }
    });
    return [...found.values()].sort((a, b) => a.number - b.number);
}

// EXTERNAL MODULE: ./src/report/fit.ts
var fit = __webpack_require__(40877);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/report/pull-request-comment.ts



/**
 * First line of the sticky pull-request comment: the comment to update is the one whose body
 * starts with it (and that the token's own user wrote; anyone can quote the marker elsewhere).
 */
const DEPLOYMENTS_MARKER = '<!-- mxdeploy:deployments -->';
/** GitHub refuses an issue comment body longer than this. */
const COMMENT_MAX_CHARS = 65_536;
const STATUS = {
    success: '✅ deployed',
    failure: '❌ failed',
    'in-progress': '⏳ in progress'
};
function row(deployment, storyCap) {
    const shown = deployment.stories.slice(0, storyCap);
    const hidden = deployment.stories.length - shown.length;
    const stories = shown.map((story) => (0,report_escape/* markdownLink */.iQ)(story.id, story.url, 100));
    if (hidden > 0)
        stories.push(`+${(0,markdown/* count */.U9)(hidden, 'more', 'more')}`);
    return [
        (0,report_escape/* markdownLink */.iQ)(deployment.environment, deployment.environmentUrl, 100),
        (0,report_escape/* markdownText */.p7)(deployment.packageVersion, 50),
        (0,report_escape/* markdownLink */.iQ)(STATUS[deployment.status], deployment.runUrl),
        (0,markdown/* formatTime */.fU)(deployment.time),
        stories.join(', ') || '—'
    ];
}
function render(input, rows, storyCap, limit) {
    const shown = input.deployments.slice(0, rows);
    const lines = [
        DEPLOYMENTS_MARKER,
        `### Deployments of ${(0,report_escape/* markdownText */.p7)(input.app, 100)}`,
        '',
        shown.length
            ? (0,markdown/* markdownTable */.Qj)(['Environment', 'Package', 'Status', 'Time', 'Stories'], shown.map((deployment) => row(deployment, storyCap)))
            : 'No environment runs a package with these commits yet.'
    ];
    const hiddenStories = shown.reduce((sum, d) => sum + Math.max(0, d.stories.length - storyCap), 0);
    const hiddenRows = input.deployments.length - shown.length;
    if (hiddenStories > 0 || hiddenRows > 0) {
        const cut = [
            hiddenRows > 0 ? `${(0,markdown/* count */.U9)(hiddenRows, 'environment')} (the last ones)` : '',
            hiddenStories > 0 ? `${(0,markdown/* count */.U9)(hiddenStories, 'story link', 'story links')}` : ''
        ].filter(Boolean);
        lines.push('', `_Cut to stay under GitHub's ${(0,markdown/* thousands */.oh)(limit)}-character limit for a comment: ${cut.join(' and ')} not shown. The job summaries of the runs list everything._`);
    }
    return `${lines.join('\n')}\n`;
}
/**
 * The body of the sticky pull-request comment: the marker, then one table of environments ×
 * package × status × time × stories. When it would pass `maxChars`, stories per row are cut
 * first, then the last environments, and a note says what was cut. Same input, same text.
 */
function renderDeploymentsComment(input, maxChars = COMMENT_MAX_CHARS) {
    const rows = input.deployments.length;
    // A story takes at least 3 characters (", 1"), a row 20: no need to try more than fit.
    const most = Math.min(Math.ceil(maxChars / 3), input.deployments.reduce((m, d) => Math.max(m, d.stories.length), 0));
    const cap = (0,fit/* largestFitting */.oA)(most, maxChars, (n) => render(input, rows, n, maxChars).length);
    if (cap >= 0)
        return render(input, rows, cap, maxChars);
    const fitting = (0,fit/* largestFitting */.oA)(Math.min(rows, Math.ceil(maxChars / 20)), maxChars, (n) => render(input, n, 0, maxChars).length);
    return render(input, Math.max(0, fitting), 0, maxChars);
}
/** True when a comment body is the sticky deployments comment (it starts with the marker). */
function isDeploymentsComment(body) {
    return typeof body === 'string' && body.startsWith(DEPLOYMENTS_MARKER);
}

;// CONCATENATED MODULE: ./src/github/sticky-comment.ts



/**
 * The login the token acts as: `github-actions[bot]` for the workflow's token, the app's bot or
 * the user otherwise. GraphQL's `viewer` answers for every kind of token (REST's GET /user
 * refuses installation tokens).
 */
async function tokenLogin(octokit) {
    const answer = await octokit.graphql('query { viewer { login } }');
    return answer.viewer.login;
}
const PERMISSION = 'pull-requests: write';
/**
 * Keeps one deployments comment per pull request: the first comment that starts with the marker
 * AND was written by the token's own user is updated in place (anyone can paste the marker into
 * a comment of their own; those are left alone), else a new one is created.
 */
async function upsertStickyComment(request) {
    const { octokit, owner, repo, number, body, login } = request;
    if (body.length > COMMENT_MAX_CHARS) {
        throw new errors/* OperationError */.OK(`the deployments comment for #${number} has ${body.length} characters, more than GitHub's ${COMMENT_MAX_CHARS}`);
    }
    const existing = await (0,permission_error/* withPermission */.I)('pull-requests: read', `read the comments of #${number}`, async () => {
        const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number: number,
            per_page: 100
        });
        for await (const page of pages) {
            const own = page.data.find((comment) => comment.user?.login === login && isDeploymentsComment(comment.body));
            if (own)
                return own;
        }
        return undefined;
    });
    if (existing?.body === body)
        return { action: 'unchanged', url: existing.html_url };
    if (existing) {
        const { data } = await (0,permission_error/* withPermission */.I)(PERMISSION, `update comment ${existing.id}`, () => octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body }));
        return { action: 'updated', url: data.html_url };
    }
    const { data } = await (0,permission_error/* withPermission */.I)(PERMISSION, `comment on #${number}`, () => octokit.rest.issues.createComment({ owner, repo, issue_number: number, body }));
    return { action: 'created', url: data.html_url };
}

// EXTERNAL MODULE: ./src/trace/extract-stories.ts
var extract_stories = __webpack_require__(52308);
;// CONCATENATED MODULE: ./src/trace/latest-deployments.ts

const DEPLOYING = new Set(['deploy', 'rollback']);
// Refused attempts never reached the environment; other operations (restart) deploy nothing.
const LOOK_BACK = 10;
/**
 * The latest deployment (deploy or rollback, successful or not; refused attempts aside) of each
 * environment, in the order given; environments without one are left out.
 */
async function latestDeployments(activity, app, environments) {
    const latest = await Promise.all(environments.map(async (environment) => {
        const records = await activity.list({ app, environment, limit: LOOK_BACK });
        return records.find((record) => DEPLOYING.has(record.operation) && record.package !== null && !record.details?.['refused']);
    }));
    return latest.filter((record) => record !== undefined);
}
/**
 * The link of a story ID as the patterns give it, from `known` links first (those a trace
 * found), else by reading the ID itself with the patterns; null when none has a url.
 */
function storyLink(id, patterns, links, known = new Map()) {
    const url = known.get(id);
    if (url)
        return url;
    return (0,extract_stories/* extractStories */.f)(id, patterns, links).find((story) => story.id === id)?.url ?? null;
}
/** One row of the pull-request comment from an activity record. */
function deploymentRow(record, options) {
    return {
        environment: record.environment,
        environmentUrl: options.environmentUrl ?? null,
        packageVersion: record.package?.version ?? '—',
        status: record.result === 'success' ? 'success' : 'failure',
        time: record.time,
        runUrl: record.runUrl,
        stories: record.stories.map((id) => ({
            id,
            url: storyLink(id, options.patterns, options.links, options.known)
        }))
    };
}

// EXTERNAL MODULE: ./src/trace/trace-sources.ts
var trace_sources = __webpack_require__(44983);
;// CONCATENATED MODULE: ./src/actions/stage/pull-request-comments.ts






const CANNOT_COMMENT = 'the job summary has the deployment (a run for a pull request from a fork gets a read-only token; elsewhere grant the job "pull-requests: write")';
/**
 * Updates the sticky deployments comment of every pull request whose commits this deployment
 * brought: one table of the environments whose latest deployment holds the pull request's
 * commits. Never fails the stage: a token that cannot comment gets a warning.
 */
async function commentOnPullRequests(request) {
    const { octokit, context, log, trace } = request;
    if (trace.commits.length === 0)
        return;
    try {
        const pulls = await associatedPulls({ octokit, owner: context.owner, repo: context.repo, log }, trace.commits.map((commit) => commit.sha));
        if (pulls.length === 0)
            return;
        const login = await tokenLogin(octokit);
        const latest = await latestDeployments(request.activity, request.config.app, request.config.environments.map((environment) => environment.name));
        for (const pull of pulls) {
            const body = renderDeploymentsComment({
                app: request.config.app,
                deployments: await rowsFor(request, pull, latest)
            });
            const done = await upsertStickyComment({
                octokit,
                owner: context.owner,
                repo: context.repo,
                number: pull.number,
                body,
                login
            });
            log.info(`deployments comment on #${pull.number} ${done.action}: ${done.url}`);
        }
    }
    catch (error) {
        const why = (0,errors/* errorMessage */.gJ)(error).replace(/\.$/, '');
        log.warning(`no deployments comment on the pull requests: ${why}; ${CANNOT_COMMENT}`);
    }
}
/** The environments whose latest deployment holds the pull request's commit, in config order. */
async function rowsFor(request, pull, latest) {
    const { record, tracing, config } = request;
    const known = new Map(request.trace.stories.map((story) => [story.id, story.url]));
    const rows = [];
    for (const deployment of latest) {
        const holds = deployment.id === record.id ||
            (deployment.commit !== null &&
                (await (0,trace_sources/* containsFromSources */.g)(tracing.sources, pull.commit, deployment.commit)) === true);
        if (!holds)
            continue;
        const environment = config.environments.find((env) => env.name === deployment.environment);
        rows.push(deploymentRow(deployment, {
            environmentUrl: environment?.url ?? null,
            patterns: tracing.patterns,
            links: tracing.links,
            known
        }));
    }
    return rows;
}

;// CONCATENATED MODULE: ./src/actions/stage/report.ts





/**
 * After a stage: the job summary (environment, package, who, MFA, the stories with links and
 * the commits), then the sticky deployments comment on the pull requests of those commits.
 */
async function reportStage(report) {
    const { result, config } = report;
    const record = result.record;
    if (!record) {
        core/* summary */.z.addRaw(`## ${(0,report_escape/* markdownText */.p7)(result.environment)} already runs ${(0,report_escape/* markdownText */.p7)(config.app)} ${(0,report_escape/* markdownText */.p7)(result.package.version)}\n\nNothing was switched (sha256 \`${result.package.sha256}\`); set redeploy: true to switch again.\n`);
        return;
    }
    const found = report.stories.result;
    core/* summary */.z.addRaw((0,deployment_summary/* renderDeploymentSummary */.S)({
        record,
        trace: found?.trace ?? null,
        ...(found?.note ? { traceNote: found.note } : {}),
        environmentUrl: result.url ?? null,
        links: report.tracing.links
    }));
    if (found?.trace && record.result === 'success') {
        await commentOnPullRequests({
            octokit: report.octokit,
            context: report.context,
            config,
            activity: report.activity,
            record,
            trace: found.trace,
            tracing: report.tracing,
            log: logger/* actionLogger */.v
        });
    }
}

;// CONCATENATED MODULE: ./src/actions/stage/main.ts


















/** The stage action: one published package to one environment, recorded as a GitHub deployment. */
async function run() {
    for (const name of Object.values(Outputs))
        core/* setOutput */.uH(name, '');
    try {
        const inputs = getInputs();
        const context = (0,run_context/* runContext */.p)(process.env);
        const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
        const stateDir = (0,external_node_path_.join)(process.env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), 'mxdeploy-state');
        const config = await (0,load/* loadConfig */.Z9)((0,external_node_path_.resolve)(workspace, inputs.config), { stateDir });
        const environment = (0,find_environment/* findEnvironment */.j)(config, inputs.environment);
        const octokit = (0,github_octokit.createOctokit)({ token: inputs.githubToken, logger: logger/* actionLogger */.v });
        // Repository adapters that talk to GitHub read the token as the CLI would.
        const env = { ...process.env, GITHUB_TOKEN: inputs.githubToken };
        const uri = inputs.repository ?? (config.repositoryConfigured ? config.repository : 'github-release');
        const repository = await (0,open_repository/* openRepository */.h)(uri, { cwd: workspace, env });
        const activity = new GitHubDeploymentsLog({
            octokit,
            owner: context.owner,
            repo: context.repo,
            fallbackRef: context.sha,
            runId: context.runId,
            isProduction: (name) => config.environments.find((e) => e.name === name)?.production ?? false
        });
        const tracing = (0,trace_context/* actionTraceContext */.B)({ ...config, workspace, octokit, context });
        const stories = new deployment_stories/* StageStories */._({ activity, log: logger/* actionLogger */.v, ...tracing });
        const result = await (0,stage_service/* stagePackage */.n)({
            config,
            environment: environment.name,
            package: inputs.package,
            redeploy: inputs.redeploy,
            rollback: inputs.rollback,
            repository,
            activity,
            policies: githubPolicies({ octokit, context, inputs, stateDir, env }),
            actor: context.actor,
            runUrl: context.runUrl,
            storiesFor: stories.storiesFor,
            stateDir,
            env,
            log: logger/* actionLogger */.v
        });
        const deploymentId = result.record?.details?.['deploymentId'];
        core/* setOutput */.uH(Outputs.DeploymentId, typeof deploymentId === 'number' ? String(deploymentId) : '');
        core/* setOutput */.uH(Outputs.EnvironmentUrl, result.url ?? '');
        core/* setOutput */.uH(Outputs.PackageVersion, result.package.version);
        core/* setOutput */.uH(Outputs.Sha256, result.package.sha256);
        core/* setOutput */.uH(Outputs.Changed, String(result.changed));
        core/* setOutput */.uH(Outputs.Stories, JSON.stringify(result.record?.stories ?? result.package.stories));
        await reportStage({ result, stories, tracing, config, activity, octokit, context });
        await core/* summary */.z.write();
    }
    catch (error) {
        core/* setFailed */.C1((0,errors/* errorMessage */.gJ)(error));
    }
}


/***/ }),

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

/***/ 55205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ deploymentHistory),
/* harmony export */   Z: () => (/* binding */ hasDeployed)
/* harmony export */ });
const DEPLOYING = new Set(['deploy', 'rollback']);
/** Successful deployments (deploy or rollback) of an environment, newest first. */
async function deploymentHistory(log, app, environment) {
    const records = await log.list({ app, environment });
    return records.filter((r) => DEPLOYING.has(r.operation) && r.result === 'success' && r.package !== null);
}
/** Whether the environment has ever run the package with this SHA-256 successfully. */
async function hasDeployed(log, app, environment, sha256) {
    return (await deploymentHistory(log, app, environment)).some((r) => r.package?.sha256 === sha256);
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
async function writeFileAtomic(path, data, mode = 0o644) {
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'w', mode);
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
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);





function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoCode */ .UK)(error) === 'EPERM';
    }
}
async function readOwner(path) {
    try {
        const [text, info] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8'), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path)]);
        try {
            return { owner: JSON.parse(text), mtimeMs: info.mtimeMs };
        }
        catch {
            return { mtimeMs: info.mtimeMs }; // created, not yet written
        }
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoCode */ .UK)(error) === 'ENOENT')
            return undefined;
        throw error;
    }
}
/**
 * Whether a lock is abandoned: its holder on this host is gone, or, for a holder elsewhere, it is
 * older than `staleMs`. A live holder on this host keeps its lock however long it takes (a
 * Mendix Cloud deployment may take half an hour).
 */
function isStale(found, staleMs) {
    const { owner } = found;
    if (owner?.host === (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)() && typeof owner.pid === 'number')
        return !processAlive(owner.pid);
    const since = owner ? Date.parse(owner.since) : found.mtimeMs;
    return Date.now() - (Number.isNaN(since) ? found.mtimeMs : since) > staleMs;
}
async function tryCreate(path, content) {
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'wx');
        try {
            await handle.writeFile(content);
        }
        finally {
            await handle.close();
        }
        return true;
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoCode */ .UK)(error) === 'EEXIST')
            return false;
        throw error;
    }
}
/**
 * Removes an abandoned lock. Only one process at a time may do so (a second O_EXCL file guards
 * it), and it re-checks under that guard, so a lock just taken by a live process is never removed.
 */
async function breakStaleLock(path, seen, staleMs) {
    const guard = `${path}.break`;
    if (!(await tryCreate(guard, String(process.pid)))) {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(guard).catch(() => undefined);
        if (info && Date.now() - info.mtimeMs > 30_000)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(guard, { force: true });
        return false;
    }
    try {
        const now = await readOwner(path);
        if (now && now.owner?.token === seen?.token && isStale(now, staleMs))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(path, { force: true });
        return true;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(guard, { force: true });
    }
}
/**
 * Runs `work` holding an exclusive lock: a file created with O_EXCL that names its holder.
 * A lock left by a process that died is taken over; the lock is released only by its holder.
 */
async function withLock(path, work, options = {}) {
    const staleMs = options.staleMs ?? 10 * 60_000;
    const deadline = Date.now() + (options.timeoutMs ?? 30_000);
    const me = {
        token: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12).toString('hex'),
        pid: process.pid,
        host: (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)(),
        since: ''
    };
    let wait = 2;
    for (;;) {
        me.since = new Date().toISOString();
        if (await tryCreate(path, JSON.stringify(me)))
            break;
        const found = await readOwner(path);
        if (found && isStale(found, staleMs) && (await breakStaleLock(path, found.owner, staleMs)))
            continue;
        if (Date.now() > deadline) {
            const holder = found?.owner
                ? ` (process ${found.owner.pid} on ${found.owner.host}, since ${found.owner.since})`
                : '';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OperationError */ .OK(`${options.what ?? path} is locked by another mxdeploy process${holder}; wait for it to finish, or remove ${path} if no mxdeploy runs there`);
        }
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_3__.setTimeout)(wait + Math.random() * wait);
        wait = Math.min(wait * 2, 250);
    }
    try {
        return await work();
    }
    finally {
        const found = await readOwner(path);
        if (found?.owner?.token === me.token)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(path).catch(() => undefined);
    }
}


/***/ }),

/***/ 52084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ modelVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   y3: () => (/* binding */ isModelVersion)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

const PART = '(0|[1-9][0-9]{0,9})';
const THREE = new RegExp(`^${PART}\\.${PART}\\.${PART}$`);
const FOUR = new RegExp(`^${PART}\\.${PART}\\.${PART}\\.${PART}$`);
const INT_MAX = 2 ** 31 - 1;
function checkRange(version) {
    if (version.split('.').some((part) => Number(part) > INT_MAX)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`version "${version}" has a part larger than ${INT_MAX}`);
    }
}
/** Whether `version` is a four-part Mendix model version such as 1.2.0.15. */
function isModelVersion(version) {
    return FOUR.test(version);
}
/**
 * The four-part Mendix model version (major.minor.patch.build) for a `--version` and build number:
 * `1.2.0` with build 15 gives `1.2.0.15`; a four-part version is taken as it is. `fallback` (the
 * run number) applies to three-part versions only; an explicit build number that contradicts a
 * four-part version is refused.
 */
function modelVersion(version, buildNumber, fallback) {
    const trimmed = version.trim();
    if (FOUR.test(trimmed)) {
        if (buildNumber !== undefined && buildNumber !== trimmed.split('.')[3]) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`version "${trimmed}" already has a build number; give a three-part version with --build-number, or drop --build-number`);
        }
        checkRange(trimmed);
        return trimmed;
    }
    if (!THREE.test(trimmed)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`version "${version}" is not a Mendix version: use major.minor.patch (1.2.0) or major.minor.patch.build (1.2.0.15)`);
    }
    const build = (buildNumber ?? fallback ?? '0').trim();
    if (!/^(0|[1-9][0-9]{0,9})$/.test(build)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`build number "${build}" is not a non-negative whole number`);
    }
    const full = `${trimmed}.${build}`;
    checkRange(full);
    return full;
}
/** Compares two four-part versions numerically. */
function compareVersions(a, b) {
    const pa = a.split('.').map(Number);
    const pb = b.split('.').map(Number);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}


/***/ }),

/***/ 94914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ openRepository)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/fs/atomic-write.ts
var atomic_write = __webpack_require__(27768);
// EXTERNAL MODULE: ./src/fs/file-lock.ts
var file_lock = __webpack_require__(36577);
// EXTERNAL MODULE: ./src/repository/package-repository.ts
var package_repository = __webpack_require__(57525);
;// CONCATENATED MODULE: ./src/repository/file-repository.ts










const INDEX = 'index.json';
/**
 * Copies a file while hashing it and returns the SHA-256 of what was copied. A durable copy (one
 * that goes into the repository) is fsynced; a download for staging need not be.
 */
async function copyHashed(from, to, mode, durable) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const tap = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            hash.update(chunk);
            done(null, chunk);
        }
    });
    const out = (0,external_node_fs_.createWriteStream)(to, { flags: 'wx', mode });
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(from, { highWaterMark: 1 << 20 }), tap, out);
    if (durable) {
        const handle = await (0,promises_.open)(to, 'r');
        await handle.sync();
        await handle.close();
    }
    return hash.digest('hex');
}
/**
 * The embedded default repository: a folder with one sub-folder per package
 * (`<app>/<version>/<app>_<version>.mda`, its `.sha256` and `record.json`) and an index per app.
 * A package folder appears by an atomic rename once complete, the index is rewritten atomically
 * under a lock, so two publishers at once never corrupt it. Nothing is ever overwritten.
 */
class FileRepository {
    root;
    uri;
    constructor(root) {
        this.root = root;
        this.root = (0,external_node_path_.resolve)(root);
        this.uri = `file:${this.root}`;
    }
    appDir(app) {
        return (0,external_node_path_.join)(this.root, app);
    }
    versionDir(app, version) {
        return (0,external_node_path_.join)(this.appDir(app), version);
    }
    fileName(app, version) {
        return `${app}_${version}.mda`;
    }
    async publish({ file, record }) {
        const appDir = this.appDir(record.app);
        await (0,promises_.mkdir)(appDir, { recursive: true });
        const existing = await this.readRecord(record.app, record.version);
        if (existing)
            return this.same(existing, record.sha256);
        const staging = (0,external_node_path_.join)(appDir, `.publish-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        await (0,promises_.mkdir)(staging);
        try {
            const name = this.fileName(record.app, record.version);
            // Read-only: a published package is never changed in place.
            const copied = await copyHashed(file, (0,external_node_path_.join)(staging, name), 0o444, true);
            if (copied !== record.sha256) {
                throw new errors/* ConfigurationError */.j1(`${file} changed while it was being published (SHA-256 ${copied}, expected ${record.sha256})`);
            }
            const full = {
                ...record,
                url: (0,external_node_path_.join)(this.versionDir(record.app, record.version), name)
            };
            await (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.join)(staging, `${name}.sha256`), `${record.sha256}  ${name}\n`);
            await (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.join)(staging, 'record.json'), `${JSON.stringify(full, null, 2)}\n`);
            return await (0,file_lock/* withLock */.k)((0,external_node_path_.join)(appDir, '.lock'), async () => {
                try {
                    await (0,promises_.rename)(staging, this.versionDir(record.app, record.version));
                }
                catch (error) {
                    const code = (0,errors/* errnoCode */.UK)(error);
                    if (code !== 'ENOTEMPTY' && code !== 'EEXIST')
                        throw error;
                    // Another publisher won the race for this version.
                    const winner = await this.readRecord(record.app, record.version);
                    if (!winner)
                        throw error;
                    return this.same(winner, record.sha256);
                }
                await this.writeIndex(record.app);
                return { record: full, created: true };
            }, { what: `package repository ${this.root}` });
        }
        finally {
            await (0,promises_.rm)(staging, { recursive: true, force: true });
        }
    }
    same(existing, sha256) {
        if (existing.sha256 !== sha256) {
            throw new errors/* ConfigurationError */.j1(`${existing.app} ${existing.version} is already published with other content (SHA-256 ${existing.sha256}, this package ${sha256}); published packages are never overwritten: build with a new version or build number`);
        }
        return { record: existing, created: false };
    }
    async readRecord(app, version) {
        try {
            const text = await (0,promises_.readFile)((0,external_node_path_.join)(this.versionDir(app, version), 'record.json'), 'utf8');
            return JSON.parse(text);
        }
        catch (error) {
            if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT' || (0,errors/* errnoCode */.UK)(error) === 'ENOTDIR')
                return undefined;
            throw error;
        }
    }
    /** Rebuilds the app's index from its package folders (the source of truth). */
    async writeIndex(app) {
        const records = await this.scan(app);
        await (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.join)(this.appDir(app), INDEX), `${JSON.stringify({ packages: records }, null, 2)}\n`);
        return records;
    }
    async scan(app) {
        let names;
        try {
            names = await (0,promises_.readdir)(this.appDir(app));
        }
        catch (error) {
            if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
                return [];
            throw error;
        }
        const records = await Promise.all(names
            .filter((name) => /^\d+\.\d+\.\d+\.\d+$/.test(name))
            .map((version) => this.readRecord(app, version)));
        return records.filter((r) => r !== undefined).sort(package_repository/* newestFirst */.l);
    }
    async list(app) {
        try {
            const index = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(this.appDir(app), INDEX), 'utf8'));
            return index.packages.sort(package_repository/* newestFirst */.l);
        }
        catch (error) {
            if ((0,errors/* errnoCode */.UK)(error) !== 'ENOENT' && !(error instanceof SyntaxError))
                throw error;
            return this.scan(app);
        }
    }
    async get(app, version) {
        if (version === 'latest')
            return (await this.list(app))[0];
        return this.readRecord(app, version);
    }
    async download(app, version, dest) {
        const record = await this.get(app, version);
        if (!record)
            throw new errors/* ConfigurationError */.j1(`${app} ${version} is not in the package repository ${this.uri}`);
        const source = (0,external_node_path_.join)(this.versionDir(app, record.version), this.fileName(app, record.version));
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(dest), { recursive: true });
        await (0,promises_.rm)(dest, { force: true });
        let copied;
        try {
            await (0,promises_.stat)(source);
            copied = await copyHashed(source, dest, 0o644, false);
        }
        catch (error) {
            await (0,promises_.rm)(dest, { force: true });
            if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT') {
                throw new errors/* ConfigurationError */.j1(`${app} ${record.version} is listed in ${this.uri} but its file ${source} is missing`);
            }
            throw error;
        }
        if (copied !== record.sha256) {
            await (0,promises_.rm)(dest, { force: true });
            throw new errors/* ConfigurationError */.j1(`${app} ${record.version} in ${this.uri} has SHA-256 ${copied}, but it was published with ${record.sha256}: the stored package was changed; it will not be deployed`);
        }
        return record;
    }
    async delete(app, version) {
        await (0,file_lock/* withLock */.k)((0,external_node_path_.join)(this.appDir(app), '.lock'), async () => {
            const dir = this.versionDir(app, version);
            const trash = (0,external_node_path_.join)(this.appDir(app), `.delete-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
            try {
                await (0,promises_.rename)(dir, trash);
            }
            catch (error) {
                if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
                    return;
                throw error;
            }
            await this.writeIndex(app);
            await (0,promises_.rm)(trash, { recursive: true, force: true });
        });
    }
}

;// CONCATENATED MODULE: ./src/repository/open-repository.ts



/**
 * The repository a URI selects: `file:DIR` (default), `github-release`, `oci://HOST/REPO`,
 * `artifact`. Adapters other than file load only when selected.
 */
async function openRepository(uri, context) {
    if (uri.startsWith('file:')) {
        const path = uri.slice('file:'.length);
        if (!path) {
            throw new errors/* ConfigurationError */.j1('repository "file:" needs a folder, such as file:.mxdeploy/packages');
        }
        return new FileRepository((0,external_node_path_.resolve)(context.cwd, path));
    }
    if (uri === 'github-release') {
        const { openGitHubReleaseRepository } = await Promise.all(/* import() */[__webpack_require__.e(101), __webpack_require__.e(981)]).then(__webpack_require__.bind(__webpack_require__, 39981));
        return openGitHubReleaseRepository(context.env, context);
    }
    if (uri === 'artifact' || uri.startsWith('artifact:')) {
        const name = uri === 'artifact' ? undefined : uri.slice('artifact:'.length);
        // Loaded only when selected: the adapter's client library costs start-up time.
        const { openArtifactRepository } = await Promise.all(/* import() */[__webpack_require__.e(700), __webpack_require__.e(680)]).then(__webpack_require__.bind(__webpack_require__, 46680));
        return openArtifactRepository(name, context.env);
    }
    if (uri.startsWith('oci://')) {
        const { OciRepository } = await __webpack_require__.e(/* import() */ 706).then(__webpack_require__.bind(__webpack_require__, 10706));
        return new OciRepository(uri, {
            env: context.env,
            ...(context.log ? { log: context.log } : {})
        });
    }
    throw new errors/* ConfigurationError */.j1(`unknown package repository "${uri}": use file:DIR, github-release, oci://HOST/REPO or artifact[:NAME]`);
}


/***/ }),

/***/ 57525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ newestFirst)
/* harmony export */ });
/* harmony import */ var _mda_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52084);

/** Newest first: by publication time, then by version. */
function newestFirst(a, b) {
    return b.createdAt.localeCompare(a.createdAt) || (0,_mda_version_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(b.version, a.version);
}


/***/ }),

/***/ 57481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ stagePackage)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/activity/environment-history.ts
var environment_history = __webpack_require__(55205);
// EXTERNAL MODULE: ./src/config/find-environment.ts
var find_environment = __webpack_require__(21903);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/fs/file-lock.ts
var file_lock = __webpack_require__(36577);
// EXTERNAL MODULE: ./src/mda/inspect.ts
var inspect = __webpack_require__(77700);
// EXTERNAL MODULE: ./src/targets/open-target.ts + 10 modules
var open_target = __webpack_require__(26845);
// EXTERNAL MODULE: ./src/stage/policy-run.ts
var policy_run = __webpack_require__(75570);
;// CONCATENATED MODULE: ./src/stage/preflight.ts

function suggestion(name, known) {
    const lower = name.toLowerCase();
    const close = known.find((k) => k.toLowerCase() === lower) ??
        known.find((k) => distance(k.toLowerCase(), lower) <= 2);
    return close ? ` (did you mean ${close}?)` : '';
}
/** Levenshtein distance, for "did you mean" hints on typos. */
function distance(a, b) {
    let row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const next = [i];
        for (let j = 1; j <= b.length; j++) {
            next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        row = next;
    }
    return row[b.length];
}
/** Why a configured value does not fit the constant's type, or undefined. */
function typeProblem(constant, value) {
    switch (constant.type) {
        case 'Boolean':
            return /^(true|false)$/.test(value) ? undefined : 'must be true or false';
        case 'Integer':
        case 'Long':
            return /^-?\d+$/.test(value) ? undefined : 'must be a whole number';
        case 'Decimal':
        case 'Float':
            return /^-?\d+(\.\d+)?$/.test(value) ? undefined : 'must be a number';
        default:
            return undefined;
    }
}
function scheduledEvents(environment, metadata) {
    const configured = environment.scheduledEvents;
    return Object.fromEntries(metadata.scheduledEvents.map((event) => {
        if (configured === 'all')
            return [event.name, true];
        if (configured === 'none' || configured === undefined)
            return [event.name, false];
        return [event.name, configured[event.name] ?? false];
    }));
}
/**
 * Checks an environment's configuration against a package's metadata.json before anything is
 * deployed: a constant or scheduled event the package doesn't have is a typo (error); a constant
 * new in this package takes its default with a warning, or is refused with `new-constants:
 * require`; values must fit their types. Returns the full settings and the diff against now.
 */
function preflight(environment, metadata, previous, where) {
    const problems = [];
    const warnings = [];
    const names = metadata.constants.map((c) => c.name);
    for (const [name, value] of Object.entries(environment.constants)) {
        const constant = metadata.constants.find((c) => c.name === name);
        if (!constant) {
            problems.push(`constant ${name} is set for ${environment.name}, but the package has no such constant${suggestion(name, names)}`);
            continue;
        }
        const wrong = typeProblem(constant, value);
        if (wrong)
            problems.push(`constant ${name} is ${JSON.stringify(value)} for ${environment.name}; a ${constant.type} constant ${wrong}`);
    }
    if (typeof environment.scheduledEvents === 'object') {
        const events = metadata.scheduledEvents.map((e) => e.name);
        for (const name of Object.keys(environment.scheduledEvents)) {
            if (!events.includes(name)) {
                problems.push(`scheduled event ${name} is set for ${environment.name}, but the package has no such event${suggestion(name, events)}`);
            }
        }
    }
    const defaulted = [];
    for (const constant of metadata.constants) {
        if (isSet(environment, constant.name))
            continue;
        const isNew = previous.constants !== undefined && !(constant.name in previous.constants);
        if (!isNew)
            continue;
        if (environment.newConstants === 'require') {
            problems.push(`constant ${constant.name} is new in this package and ${environment.name} requires a value for new constants (new-constants: require): set environments.${environment.name}.constants.${constant.name}`);
        }
        else {
            defaulted.push(constant.name);
            warnings.push(`constant ${constant.name} is new in this package; ${environment.name} uses its default ${JSON.stringify(constant.defaultValue)}`);
        }
    }
    if (problems.length > 0) {
        throw new errors/* ConfigurationError */.j1(`${where}: the package does not fit environment ${environment.name}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    }
    const constants = Object.fromEntries(metadata.constants.map((c) => [c.name, environment.constants[c.name] ?? c.defaultValue]));
    const changes = [];
    if (previous.constants) {
        for (const name of new Set([...Object.keys(previous.constants), ...Object.keys(constants)])) {
            const before = previous.constants[name];
            const after = constants[name];
            if (before !== after)
                changes.push({ name, before, after });
        }
    }
    return {
        settings: { constants, scheduledEvents: scheduledEvents(environment, metadata) },
        warnings,
        changes,
        defaulted
    };
}
function isSet(environment, name) {
    return Object.prototype.hasOwnProperty.call(environment.constants, name);
}

;// CONCATENATED MODULE: ./src/stage/promotion-order.ts


/**
 * `after: acceptance`: an environment takes only a package whose SHA-256 was deployed
 * successfully to the environment before it — the same bytes, not just the same version.
 */
const promotionOrder = {
    name: 'promotion order',
    async check({ config, environment, package: pkg, activity }) {
        // Start, stop and restart change no package: the order has nothing to say about them.
        if (!environment.after || !pkg)
            return {};
        if (await (0,environment_history/* hasDeployed */.Z)(activity, config.app, environment.after, pkg.sha256))
            return {};
        throw new errors/* ConfigurationError */.j1(`${environment.name} comes after ${environment.after}, and ${environment.after} has not run ${pkg.app} ${pkg.version} (sha256 ${pkg.sha256.slice(0, 12)}…) successfully: stage it there first (mxdeploy stage --environment ${environment.after} --package ${pkg.version})`);
    }
};

;// CONCATENATED MODULE: ./src/stage/stage-service.ts













async function resolvePackage(request, environment) {
    const { config, repository } = request;
    if (request.rollback) {
        const history = await (0,environment_history/* deploymentHistory */.S)(request.activity, config.app, environment.name);
        const current = history[0]?.package?.sha256;
        const previous = history.find((record) => record.package.sha256 !== current);
        if (!previous) {
            throw new errors/* ConfigurationError */.j1(`${environment.name} has no previous successful package to roll back to`);
        }
        const found = await repository.get(config.app, previous.package.version);
        if (!found) {
            throw new errors/* ConfigurationError */.j1(`${environment.name} last ran ${config.app} ${previous.package.version} before this one, but it is no longer in ${repository.uri}`);
        }
        return found;
    }
    const version = request.package ?? 'latest';
    const found = await repository.get(config.app, version);
    if (!found) {
        const versions = (await repository.list(config.app)).slice(0, 5).map((p) => p.version);
        const hint = versions.length
            ? `; recent versions: ${versions.join(', ')}`
            : '; publish one first (mxdeploy publish)';
        throw new errors/* ConfigurationError */.j1(`${config.app} ${version} is not in the package repository ${repository.uri}${hint}`);
    }
    return found;
}
/**
 * Stages one published package to one environment: resolve and download it (SHA-256 checked),
 * check the promotion order and every policy, preflight the settings against the package,
 * deploy through the environment's target, and record the operation. Refusals happen before
 * anything changes; two stages of one environment never interleave.
 */
async function stagePackage(request) {
    const { config } = request;
    const environment = (0,find_environment/* findEnvironment */.j)(config, request.environment);
    const target = (request.targetFor ?? ((env) => (0,open_target/* openTarget */.A)(env, config, request.env ? { env: request.env } : {})))(environment);
    const lock = (0,external_node_path_.join)(request.stateDir, 'locks', `${environment.name}.lock`);
    await (0,promises_.mkdir)((0,external_node_path_.join)(request.stateDir, 'locks'), { recursive: true });
    return (0,file_lock/* withLock */.k)(lock, () => stageLocked(request, environment, target), {
        what: `environment ${environment.name}`,
        timeoutMs: 5_000
    });
}
async function stageLocked(request, environment, target) {
    const { config, log, activity } = request;
    const operation = request.rollback ? 'rollback' : 'deploy';
    const pkg = await resolvePackage(request, environment);
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mxdeploy-stage-'));
    try {
        const mdaPath = (0,external_node_path_.join)(work, `${pkg.app}_${pkg.version}.mda`);
        await request.repository.download(pkg.app, pkg.version, mdaPath);
        log.info(`downloaded ${pkg.app} ${pkg.version} (sha256 ${pkg.sha256} verified)`);
        const { metadata } = await (0,inspect/* readPackageFacts */.w)(mdaPath);
        const running = (await target.current()) ?? (await lastDeployed(request, environment));
        const checked = preflight(environment, metadata, { constants: running?.constants }, config.file ?? 'mxdeploy.yml');
        for (const warning of checked.warnings)
            log.warning(warning);
        for (const change of checked.changes) {
            log.info(`  ${change.name}: ${change.before === undefined ? '(new)' : JSON.stringify(change.before)} → ${change.after === undefined ? '(removed)' : JSON.stringify(change.after)}`);
        }
        // Nothing changes, so there is nothing to authorise: no approval or code is spent on it.
        if (running?.sha256 === pkg.sha256 && !request.redeploy && operation === 'deploy') {
            log.info(`${environment.name} already runs ${pkg.app} ${pkg.version}; nothing to do (use --redeploy to switch again)`);
            return {
                environment: environment.name,
                operation,
                package: pkg,
                changed: false,
                record: null,
                url: environment.url,
                warnings: checked.warnings,
                changes: checked.changes
            };
        }
        const stories = request.storiesFor ? await request.storiesFor(pkg, environment) : pkg.stories;
        const context = {
            config,
            environment,
            package: pkg,
            operation,
            actor: request.actor,
            activity,
            log
        };
        const policies = operation === 'rollback'
            ? (request.policies ?? [])
            : [promotionOrder, ...(request.policies ?? [])];
        const startOf = (facts) => ({
            id: (0,external_node_crypto_.randomUUID)(),
            time: new Date().toISOString(),
            app: config.app,
            environment: environment.name,
            operation,
            package: { version: pkg.version, sha256: pkg.sha256 },
            actor: request.actor,
            approvers: facts.approvers ?? [],
            mfa: facts.mfa ?? null,
            commit: pkg.commit,
            runUrl: request.runUrl,
            stories: []
        });
        // Policies run last, right before the record: what they spend (a code) is recorded at once.
        const facts = await (0,policy_run/* checkPolicies */.J)(policies, context, startOf);
        const started = Date.now();
        const open = await activity.begin({
            ...startOf(facts),
            time: new Date(started).toISOString(),
            stories,
            details: { settings: checked.settings }
        });
        await (0,policy_run/* confirmPolicies */.$)(policies, context, open);
        log.info(`${operation === 'rollback' ? 'rolling back' : 'deploying'} ${pkg.app} ${pkg.version} to ${environment.name} (${target.type})`);
        try {
            const result = await target.deploy({
                environment,
                package: pkg,
                mdaPath,
                settings: checked.settings,
                log
            });
            const url = result.url ?? environment.url;
            const record = await activity.finish(open, {
                result: 'success',
                error: null,
                durationMs: Date.now() - started,
                ...(result.details ? { details: result.details } : {}),
                ...(url ? { url } : {})
            });
            log.info(`${environment.name} now runs ${pkg.app} ${pkg.version}`);
            return {
                environment: environment.name,
                operation,
                package: pkg,
                changed: true,
                record,
                url,
                warnings: checked.warnings,
                changes: checked.changes
            };
        }
        catch (error) {
            await activity.finish(open, {
                result: 'failure',
                error: (0,errors/* errorMessage */.gJ)(error),
                durationMs: Date.now() - started
            });
            throw error;
        }
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
/** What the activity log says the environment runs, for targets that can't tell themselves. */
async function lastDeployed(request, environment) {
    const [last] = await (0,environment_history/* deploymentHistory */.S)(request.activity, request.config.app, environment.name);
    if (!last?.package)
        return undefined;
    const settings = last.details?.['settings'];
    return { sha256: last.package.sha256, constants: settings?.constants };
}


/***/ }),

/***/ 24850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ StageStories)
/* harmony export */ });
/* unused harmony export traceDeployment */
/* harmony import */ var _activity_environment_history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55205);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _trace_sources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44983);



/**
 * The stories a package brings to an environment: those of the commits reachable from the
 * package's commit and not from the commit of the environment's last successful deployment (from
 * the activity log, never a tag). A first deployment reads the whole history up to the limit.
 * Traceability never blocks a deployment: when the commits cannot be read, a warning says why
 * and the stories the package's build recorded are used.
 */
async function traceDeployment(options, pkg, environment) {
    const recorded = (note) => ({ trace: null, stories: pkg.stories, note });
    if (!pkg.commit) {
        return recorded(`${pkg.app} ${pkg.version} records no commit, so its commits are not known; the stories are those its build recorded.`);
    }
    try {
        const history = await (0,_activity_environment_history_js__WEBPACK_IMPORTED_MODULE_0__/* .deploymentHistory */ .S)(options.activity, pkg.app, environment);
        const last = history.find((record) => record.commit);
        const outcome = await (0,_trace_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .traceFromSources */ .M)(options.sources, { from: last?.commit ?? undefined, to: pkg.commit, limit: options.limit }, options.patterns, { log: options.log, ...(options.links ? { links: options.links } : {}) });
        if (outcome.status === 'complete') {
            const { trace } = outcome;
            options.log.info(trace.firstDeployment
                ? `first deployment to ${environment}: ${trace.commits.length} commits${trace.truncated ? ` (the newest ${options.limit}, traceability.limit)` : ''}, ${trace.stories.length} stories`
                : `${trace.commits.length} commits since the last deployment to ${environment} (${trace.from.slice(0, 12)}), ${trace.stories.length} stories`);
            return { trace, stories: trace.stories.map((story) => story.id) };
        }
        options.log.warning(`the commits this deployment brings to ${environment} could not be read: ${outcome.message}. The deployment goes on with the stories its package recorded.`);
        return recorded(`The commits could not be read (${outcome.message}); the stories are those the package's build recorded.`);
    }
    catch (error) {
        options.log.warning(`the commits this deployment brings to ${environment} could not be read: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}. The deployment goes on with the stories its package recorded.`);
        return recorded(`The commits could not be read (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}); the stories are those the package's build recorded.`);
    }
}
/**
 * `StageRequest.storiesFor` for the staging engine, keeping what it found so the caller can show
 * the commits in its summary afterwards.
 */
class StageStories {
    options;
    /** What the last call found; undefined until the engine asks (it doesn't when nothing switches). */
    result;
    constructor(options) {
        this.options = options;
    }
    storiesFor = async (pkg, environment) => {
        this.result = await traceDeployment(this.options, pkg, environment.name);
        return this.result.stories;
    };
}


/***/ })

};
