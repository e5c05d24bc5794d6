export const id = 948;
export const ids = [948];
export const modules = {

/***/ 58735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionWorkspace: () => (/* binding */ actionWorkspace),
/* harmony export */   optionalConfig: () => (/* binding */ optionalConfig)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33198);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);




/**
 * mxdeploy.yml for actions that work without one (build, publish): the default name may be
 * missing; a file named on purpose must exist, and a wrong one fails the step.
 */
async function optionalConfig(cwd, file, options = {}) {
    if (!file)
        return undefined;
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, file);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
        if (file === _config_load_js__WEBPACK_IMPORTED_MODULE_2__.CONFIG_FILE)
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`config ${file} does not exist (looked for ${path}): fix the config input, or leave it at ${_config_load_js__WEBPACK_IMPORTED_MODULE_2__.CONFIG_FILE}`);
    }
    return (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__.loadConfig)(path, options);
}
/** The folder an action works in: the workflow's workspace (the checkout). */
function actionWorkspace() {
    return process.env['GITHUB_WORKSPACE'] || process.cwd();
}


/***/ }),

/***/ 64242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ jobActivityLog),
/* harmony export */   g: () => (/* binding */ jobRepository)
/* harmony export */ });
/* harmony import */ var _activity_github_deployments_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39888);
/* harmony import */ var _app_repository_choice_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67311);
/* harmony import */ var _repository_open_repository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1673);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79453);




/**
 * The package repository of a job: the input, else mxdeploy.yml's, else github-release (the
 * rule of src/app/repository-choice.ts), opened with the step's GitHub access.
 */
async function jobRepository(given, config, github, cwd) {
    const uri = (0,_app_repository_choice_js__WEBPACK_IMPORTED_MODULE_3__/* .chooseRepository */ .Q)({ given, config, face: 'action', log: _logger_js__WEBPACK_IMPORTED_MODULE_2__.actionLogger });
    return (0,_repository_open_repository_js__WEBPACK_IMPORTED_MODULE_1__.openRepository)(uri, {
        cwd: config?.dir ?? cwd,
        env: process.env,
        github,
        storyPatterns: config?.traceability.patterns,
        log: _logger_js__WEBPACK_IMPORTED_MODULE_2__.actionLogger
    });
}
/**
 * The activity log of a job: the repository's GitHub deployments, one per operation, shown on
 * GitHub's own deployment for the job when the job has `environment:`. `checkRunId` is the job's
 * `job.check_run_id` where GitHub gives it; without it the run identifies the job's deployment.
 */
function jobActivityLog(octokit, context, config, checkRunId) {
    return new _activity_github_deployments_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubDeploymentsLog */ .o({
        octokit,
        owner: context.owner,
        repo: context.repo,
        fallbackRef: context.sha,
        runId: context.runId,
        ...(context.runId
            ? { job: { runId: context.runId, ...(checkRunId ? { checkRunId } : {}) } }
            : {}),
        isProduction: (name) => config.environments.find((e) => e.name === name)?.production ?? false,
        log: _logger_js__WEBPACK_IMPORTED_MODULE_2__.actionLogger
    });
}


/***/ }),

/***/ 70948:
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
// EXTERNAL MODULE: ./src/config/load.ts + 4 modules
var load = __webpack_require__(33198);
// EXTERNAL MODULE: ./src/github/octokit.ts + 4 modules
var github_octokit = __webpack_require__(77617);
// EXTERNAL MODULE: ./src/github/run-context.ts
var run_context = __webpack_require__(47068);
// EXTERNAL MODULE: ./src/config/find-environment.ts
var find_environment = __webpack_require__(21903);
// EXTERNAL MODULE: ./src/app/stage.ts + 6 modules
var stage = __webpack_require__(70503);
// EXTERNAL MODULE: ./src/github/access.ts
var access = __webpack_require__(38261);
// EXTERNAL MODULE: ./src/actions/shared/logger.ts
var logger = __webpack_require__(79453);
// EXTERNAL MODULE: ./src/actions/shared/runner-commands.ts
var runner_commands = __webpack_require__(72018);
// EXTERNAL MODULE: ./src/actions/shared/config.ts
var shared_config = __webpack_require__(58735);
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
    Otp: 'otp',
    CheckRunId: 'check-run-id'
};
const Outputs = {
    DeploymentId: 'deployment-id',
    EnvironmentUrl: 'environment-url',
    PackageVersion: 'package-version',
    Sha256: 'sha256',
    Changed: 'changed',
    Stories: 'stories',
    ImageRef: 'image-ref'
};

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/actions/shared/inputs.ts
var inputs = __webpack_require__(86612);
;// CONCATENATED MODULE: ./src/actions/stage/inputs.ts




/** The stage action's inputs; secrets are masked before anything else can print them. */
function getInputs() {
    const otp = (0,inputs/* getOptionalInput */.l)(Inputs.Otp);
    if (otp) {
        // Apps show "492 039"; the code is the digits, which must not print either.
        core.setSecret(otp);
        if (/\s/.test(otp) && otp.replace(/\s+/g, ''))
            core.setSecret(otp.replace(/\s+/g, ''));
    }
    const githubToken = core.getInput(Inputs.GitHubToken);
    if (githubToken)
        core.setSecret(githubToken);
    const environment = core.getInput(Inputs.Environment);
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
        config: core.getInput(Inputs.Config) || 'mxdeploy.yml',
        repository: (0,inputs/* getOptionalInput */.l)(Inputs.Repository),
        githubToken,
        redeploy: (0,inputs/* getBooleanInput */.V)(Inputs.Redeploy),
        rollback,
        otp,
        checkRunId: checkRunIdInput()
    };
}
/** Digits or nothing: GHES has no `job.check_run_id`, so its default is empty there. */
function checkRunIdInput() {
    const value = (0,inputs/* getOptionalInput */.l)(Inputs.CheckRunId);
    if (value !== undefined && !/^\d+$/.test(value)) {
        throw new errors/* ConfigurationError */.j1(`input check-run-id is '${value}', not a number: leave it at its default (job.check_run_id)`);
    }
    return value;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/access/github-oidc.ts


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

// EXTERNAL MODULE: ./src/activity/github-records.ts
var github_records = __webpack_require__(4881);
// EXTERNAL MODULE: ./src/github/permission-error.ts
var permission_error = __webpack_require__(86759);
;// CONCATENATED MODULE: ./src/mfa/github-ledger.ts


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
        const records = [];
        // An environment's records are on it and, for jobs with `environment:`, on the records one.
        for (const filter of (0,github_records/* recordFilters */.zA)(query.environment)) {
            records.push(...(await this.recordsWhere(filter, query.since)));
        }
        return records;
    }
    async recordsWhere(filter, since) {
        const { octokit, owner, repo } = this.options;
        const records = [];
        const pages = octokit.paginate.iterator(octokit.rest.repos.listDeployments, {
            owner,
            repo,
            per_page: 100,
            ...filter
        });
        let count = 0;
        const iterator = pages[Symbol.asyncIterator]();
        for (;;) {
            const next = await (0,permission_error/* withPermission */.I)('deployments: read', 'list deployments', () => iterator.next());
            if (next.done)
                return records;
            for (const deployment of next.value.data) {
                if (Date.parse(deployment.created_at) < since.getTime())
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
    if (kind !== github_records/* PAYLOAD_KIND */.Ut)
        return undefined;
    const ledger = start?.mfa?.ledger;
    return Array.isArray(ledger) && ledger.length ? ledger : undefined;
}

// EXTERNAL MODULE: ./src/stage/policy.ts
var policy = __webpack_require__(63866);
// EXTERNAL MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
var dist_src = __webpack_require__(31015);
;// CONCATENATED MODULE: ./src/access/github-environment-protection.ts



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

;// CONCATENATED MODULE: ./src/access/github-protection-policy.ts




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

;// CONCATENATED MODULE: ./src/access/github-run-approvals.ts


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
// EXTERNAL MODULE: ./src/access/totp-policy.ts + 7 modules
var totp_policy = __webpack_require__(46365);
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
                ? (audience) => core.getIDToken(audience)
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
                return Promise.resolve((0,secrets/* parseTotpSecrets */.Kh)(secretsDocument, secrets/* SECRETS_VARIABLE */.Bx, logger.actionLogger));
            },
            stateDir,
            ledger: new DeploymentsMfaLedger({ octokit, owner, repo })
        })
    ];
}

// EXTERNAL MODULE: ./src/report/deployment-summary.ts
var deployment_summary = __webpack_require__(110);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: ./src/report/promotion-diagram.ts
var promotion_diagram = __webpack_require__(14991);
// EXTERNAL MODULE: ./src/stage/promotion-sequence.ts
var promotion_sequence = __webpack_require__(72285);
// EXTERNAL MODULE: ./src/activity/environment-history.ts
var environment_history = __webpack_require__(55205);
;// CONCATENATED MODULE: ./src/trace/latest-deployments.ts

// Refused attempts never reached the environment; other operations (restart) deploy nothing.
const LOOK_BACK = 10;
/**
 * The latest deployment (deploy or rollback, successful or not; refused attempts aside) of each
 * environment, in the order given; environments without one are left out.
 */
async function latestDeployments(activity, app, environments) {
    const latest = await Promise.all(environments.map(async (environment) => {
        const records = await activity.list({ app, environment, limit: LOOK_BACK });
        return records.find((record) => environment_history/* DEPLOYING */.WH.has(record.operation) && record.package !== null && !record.details?.['refused']);
    }));
    return latest.filter((record) => record !== undefined);
}

// EXTERNAL MODULE: ./src/async-pool.ts
var async_pool = __webpack_require__(43998);
;// CONCATENATED MODULE: ./src/report/github-associated-pulls.ts


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
 * First line of the sticky pull-request comment before it named its app. A comment that starts
 * with it is the one app's of its repository, so the app that stages next takes it over.
 */
const DEPLOYMENTS_MARKER = '<!-- mxdeploy:deployments -->';
/**
 * First line of an app's sticky pull-request comment: the comment to update is the one whose
 * body starts with it (and that the token's own user wrote; anyone can quote the marker
 * elsewhere). The app is URI-encoded, so no name can end the HTML comment early.
 */
function deploymentsMarker(app) {
    return `<!-- mxdeploy:deployments app=${encodeURIComponent(app)} -->`;
}
const APP_MARKER = /^<!-- mxdeploy:deployments app=(\S+) -->$/;
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
    const stories = shown.map((story) => (0,text_escape/* markdownLink */.iQ)(story.id, story.url, 100));
    if (hidden > 0)
        stories.push(`+${(0,markdown/* count */.U9)(hidden, 'more', 'more')}`);
    return [
        (0,text_escape/* markdownLink */.iQ)(deployment.environment, deployment.environmentUrl, 100),
        (0,text_escape/* markdownText */.p7)(deployment.packageVersion, 50),
        (0,text_escape/* markdownLink */.iQ)(STATUS[deployment.status], deployment.runUrl),
        (0,markdown/* formatTime */.fU)(deployment.time),
        stories.join(', ') || '—'
    ];
}
function render(input, rows, storyCap, limit) {
    const shown = input.deployments.slice(0, rows);
    const diagram = (0,promotion_diagram/* renderPromotionDiagram */.j)(input.promotion ?? []);
    const lines = [
        deploymentsMarker(input.app),
        `### Deployments of ${(0,text_escape/* markdownText */.p7)(input.app, 100)}`,
        '',
        ...(diagram ? [diagram] : []),
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
/**
 * Whose sticky deployments comment a body is, by its first line: the app its marker names, `''`
 * for the marker without an app (written before comments named their app), `undefined` when it
 * is not one.
 */
function deploymentsCommentApp(body) {
    if (typeof body !== 'string')
        return undefined;
    const first = body.split('\n', 1)[0].trimEnd();
    if (first === DEPLOYMENTS_MARKER)
        return '';
    const encoded = APP_MARKER.exec(first)?.[1];
    if (encoded === undefined)
        return undefined;
    try {
        return decodeURIComponent(encoded);
    }
    catch {
        return undefined;
    }
}
/** True when a comment body is a sticky deployments comment, of any app. */
function isDeploymentsComment(body) {
    return deploymentsCommentApp(body) !== undefined;
}

;// CONCATENATED MODULE: ./src/report/github-sticky-comment.ts



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
 * Keeps one deployments comment per pull request and app: the first comment that starts with the
 * app's marker AND was written by the token's own user is updated in place (anyone can paste the
 * marker into a comment of their own; those are left alone); failing that, the first own comment
 * with the marker of before apps were named, which was the one app's; else a new one is created.
 */
async function upsertStickyComment(request) {
    const { octokit, owner, repo, number, body, login, app } = request;
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
        let unnamed;
        for await (const page of pages) {
            for (const comment of page.data) {
                if (comment.user?.login !== login)
                    continue;
                const of = deploymentsCommentApp(comment.body);
                if (of === app)
                    return comment;
                if (of === '')
                    unnamed ??= comment;
            }
        }
        return unnamed;
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

// EXTERNAL MODULE: ./src/stories/story-link.ts
var story_link = __webpack_require__(1337);
;// CONCATENATED MODULE: ./src/report/deployment-rows.ts

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
            url: (0,story_link/* storyLink */.A)(id, options.patterns, options.links, options.known)
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
        const latest = request.latest ??
            (await latestDeployments(request.activity, request.config.app, request.config.environments.map((environment) => environment.name)));
        const order = (0,promotion_sequence/* promotionSequence */.F)(request.config.environments);
        for (const pull of pulls) {
            const deployments = await rowsFor(request, pull, latest);
            const body = renderDeploymentsComment({
                app: request.config.app,
                deployments,
                promotion: (0,promotion_diagram/* promotionSteps */.X)(order, (environment) => {
                    const row = deployments.find((d) => d.environment === environment);
                    return row ? { version: row.packageVersion, status: row.status } : undefined;
                })
            });
            const done = await upsertStickyComment({
                octokit,
                owner: context.owner,
                repo: context.repo,
                number: pull.number,
                app: request.config.app,
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
 * The latest deployment of every environment, read once for the diagram and the pull-request
 * comment; undefined (and a warning) when the log cannot be read: a report never fails a stage.
 */
async function latestOfEach(report) {
    try {
        return await latestDeployments(report.activity, report.config.app, report.config.environments.map((environment) => environment.name));
    }
    catch (error) {
        logger.actionLogger.warning(`the job summary has no promotion diagram: the deployments could not be read (${(0,errors/* errorMessage */.gJ)(error)})`);
        return undefined;
    }
}
/** Where the package just deployed stands in every environment, in promotion order. */
function packageSteps(config, latest, sha256) {
    const of = (environment) => latest.find((r) => r.environment === environment);
    return (0,promotion_diagram/* promotionSteps */.X)((0,promotion_sequence/* promotionSequence */.F)(config.environments), (environment) => {
        const record = of(environment);
        return record?.package?.sha256 === sha256
            ? { version: record.package.version, status: record.result }
            : undefined;
    }, (environment) => {
        const record = of(environment);
        return record?.result === 'success' ? record.package?.version : undefined;
    });
}
/**
 * After a stage: the job summary (environment, package, who, MFA, the stories with links and
 * the commits), then the sticky deployments comment on the pull requests of those commits.
 */
async function reportStage(report) {
    const { result, config } = report;
    const record = result.record;
    if (!record) {
        core.summary.addRaw(`## ${(0,text_escape/* markdownText */.p7)(result.environment)} already runs ${(0,text_escape/* markdownText */.p7)(config.app)} ${(0,text_escape/* markdownText */.p7)(result.package.version)}\n\nNothing was switched (sha256 \`${result.package.sha256}\`); set redeploy: true to switch again.\n`);
        return;
    }
    const found = report.stories.result;
    const latest = await latestOfEach(report);
    core.summary.addRaw((0,deployment_summary/* renderDeploymentSummary */.S)({
        record,
        trace: found?.trace ?? null,
        ...(found?.note ? { traceNote: found.note } : {}),
        environmentUrl: result.url ?? null,
        links: report.tracing.links,
        ...(latest && record.package
            ? { promotion: packageSteps(config, latest, record.package.sha256) }
            : {})
    }));
    if (found?.trace && record.result === 'success') {
        await commentOnPullRequests({
            ...(latest ? { latest } : {}),
            octokit: report.octokit,
            context: report.context,
            config,
            activity: report.activity,
            record,
            trace: found.trace,
            tracing: report.tracing,
            log: logger.actionLogger
        });
    }
}

// EXTERNAL MODULE: ./src/actions/shared/job.ts
var job = __webpack_require__(64242);
;// CONCATENATED MODULE: ./src/actions/stage/main.ts

















/** The stage action: one published package to one environment, recorded as a GitHub deployment. */
async function run() {
    for (const name of Object.values(Outputs))
        core.setOutput(name, '');
    try {
        const inputs = getInputs();
        (0,stage.checkStageRequest)(inputs);
        const context = (0,run_context/* runContext */.p)(process.env);
        const workspace = (0,shared_config.actionWorkspace)();
        const stateDir = (0,external_node_path_.join)(process.env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), 'mxdeploy-state');
        const config = await (0,load.loadConfig)((0,external_node_path_.resolve)(workspace, inputs.config), { stateDir });
        const environment = (0,find_environment/* findEnvironment */.j)(config, inputs.environment);
        const github = (0,access.githubAccess)(process.env, inputs.githubToken);
        const octokit = (0,github_octokit.createOctokit)({ token: inputs.githubToken, logger: logger.actionLogger });
        const repository = await (0,job/* jobRepository */.g)(inputs.repository, config, github, workspace);
        const activity = (0,job/* jobActivityLog */.Z)(octokit, context, config, inputs.checkRunId);
        const { result, stories, tracing } = await (0,stage.stageApp)({
            config,
            environment: environment.name,
            package: inputs.package,
            redeploy: inputs.redeploy,
            rollback: inputs.rollback,
            repository,
            activity,
            policies: githubPolicies({ octokit, context, inputs, stateDir, env: process.env }),
            actor: context.actor,
            runUrl: context.runUrl,
            stateDir,
            env: process.env,
            github,
            checkout: workspace,
            log: logger.actionLogger
        });
        const deploymentId = result.record?.details?.['deploymentId'];
        core.setOutput(Outputs.DeploymentId, typeof deploymentId === 'number' ? String(deploymentId) : '');
        core.setOutput(Outputs.EnvironmentUrl, result.url ?? '');
        core.setOutput(Outputs.PackageVersion, result.package.version);
        core.setOutput(Outputs.Sha256, result.package.sha256);
        core.setOutput(Outputs.Changed, String(result.changed));
        core.setOutput(Outputs.Stories, JSON.stringify(result.record?.stories ?? result.package.stories));
        const imageRef = result.details?.['imageRef'];
        core.setOutput(Outputs.ImageRef, typeof imageRef === 'string' ? imageRef : '');
        await reportStage({ result, stories, tracing, config, activity, octokit, context });
        await core.summary.write();
    }
    catch (error) {
        (0,runner_commands/* failStep */.vy)(error);
    }
}


/***/ }),

/***/ 77617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createOctokit: () => (/* binding */ createOctokit)
});

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(14730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-request-log/dist-src/index.js + 1 modules
var plugin_request_log_dist_src = __webpack_require__(55077);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(93779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(49210);
;// CONCATENATED MODULE: ./node_modules/@octokit/rest/dist-src/version.js
const VERSION = "22.0.1";


;// CONCATENATED MODULE: ./node_modules/@octokit/rest/dist-src/index.js





const Octokit = dist_src/* Octokit */.E.plugin(plugin_request_log_dist_src/* requestLog */.M, plugin_rest_endpoint_methods_dist_src/* legacyRestEndpointMethods */.T, dist_bundle/* paginateRest */.ud).defaults(
  {
    userAgent: `octokit-rest.js/${VERSION}`
  }
);


// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = dist_bundle_VERSION;
throttling.triggersNotification = triggersNotification;


// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
var request_error_dist_src = __webpack_require__(31015);
;// CONCATENATED MODULE: ./src/github/request-attempts.ts

const attempts = new WeakMap();
/** How many times a request was sent, retries included (0 if it never went through the factory). */
function attemptsOf(options) {
    return attempts.get(options) ?? 0;
}
/**
 * The innermost plugin: counts attempts and turns a response whose body was cut off into a
 * retryable error. Octokit swallows a body that fails mid-read (it yields `''` or an empty
 * buffer), so without this a reset connection would look like a successful empty answer.
 */
function requestAttempts(octokit) {
    octokit.hook.wrap('request', async (request, options) => {
        attempts.set(options, attemptsOf(options) + 1);
        const response = await request(options);
        const problem = truncation(response.headers, response.data);
        if (problem) {
            // Status 500, as octokit itself reports a failed connection, so plugin-retry retries it.
            throw new request_error_dist_src/* RequestError */.G(`the response body ${problem}`, 500, {
                request: options,
                response
            });
        }
        return response;
    });
}
function truncation(headers, data) {
    const type = typeof headers['content-type'] === 'string' ? headers['content-type'] : '';
    if (/^application\/(scim\+)?json/i.test(type) && typeof data === 'string') {
        return data === '' ? 'was cut off (empty JSON body)' : 'was cut off (JSON does not parse)';
    }
    const declared = Number(headers['content-length']);
    const encoded = headers['content-encoding'] && headers['content-encoding'] !== 'identity';
    if (data instanceof ArrayBuffer && !encoded && Number.isFinite(declared)) {
        if (data.byteLength < declared) {
            return `was cut off (${data.byteLength} of ${declared} bytes)`;
        }
    }
    return undefined;
}
/** A fetch whose every attempt (connection, upload and body) is bounded by `timeoutMs`. */
function fetchWithTimeout(timeoutMs) {
    return (input, init) => {
        // TimeoutError, unlike AbortError, becomes a RequestError with status 500, which is retried.
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        return fetch(input, { ...init, signal });
    };
}

// EXTERNAL MODULE: ./src/github/request-failure.ts
var request_failure = __webpack_require__(94221);
;// CONCATENATED MODULE: ./src/github/octokit.ts








const DEFAULTS = {
    retries: 3,
    rateLimitRetries: 3,
    maxRateLimitWaitSeconds: 600,
    retryUnitMs: 1000,
    timeoutMs: 300_000
};
// Attempt counting must wrap each single request, so it is the first (innermost) plugin.
const MxdeployOctokit = Octokit.plugin(requestAttempts, plugin_retry_dist_bundle/* retry */.L, throttling);
/** The one GitHub client of mxdeploy: retries, throttling, GHES base URL, a clear final error. */
function createOctokit(options) {
    const settings = { ...DEFAULTS, ...definedOnly(options) };
    const logger = options.logger ?? log/* silentLogger */.q;
    const baseUrl = options.baseUrl ?? (process.env.GITHUB_API_URL || 'https://api.github.com');
    const onLimit = (kind) => (retryAfter, request, _o, count) => {
        const call = `${request.method} ${request.url}`;
        if (count >= settings.rateLimitRetries) {
            logger.warning(`GitHub ${kind} on ${call}: giving up after ${count} retries`);
            return false;
        }
        if (retryAfter > settings.maxRateLimitWaitSeconds) {
            logger.warning(`GitHub ${kind} on ${call}: it asks to wait ${retryAfter}s, more than the ` +
                `${settings.maxRateLimitWaitSeconds}s mxdeploy waits; giving up`);
            return false;
        }
        logger.info(`GitHub ${kind} on ${call}: retrying in ${retryAfter}s ` +
            `(retry ${count + 1} of ${settings.rateLimitRetries})`);
        return true;
    };
    const spacing = settings.writeSpacingMs === undefined
        ? {}
        : {
            write: new (light_default()).Group({ maxConcurrent: 1, minTime: settings.writeSpacingMs }),
            notifications: new (light_default()).Group({
                maxConcurrent: 1,
                minTime: settings.writeSpacingMs
            })
        };
    const octokit = new MxdeployOctokit({
        auth: options.token,
        baseUrl: baseUrl.replace(/\/+$/, ''),
        userAgent: `mxdeploy/${version/* MXDEPLOY_VERSION */.u}`,
        request: { fetch: fetchWithTimeout(settings.timeoutMs) },
        log: {
            // Octokit logs every failed request as an error, expected 404s and retried 503s too;
            // what matters reaches the caller as the final error instead.
            debug: () => undefined,
            info: () => undefined,
            warn: (message) => logger.warning(message),
            error: () => undefined
        },
        retry: {
            retries: settings.retries,
            retryAfterBaseValue: settings.retryUnitMs,
            // Rate limits (403/429) belong to the throttling plugin; the rest are the caller's to handle.
            doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451]
        },
        throttle: {
            retryAfterBaseValue: settings.retryUnitMs,
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            ...spacing
        }
    });
    // Registered after the plugins, so it is the outermost wrap and sees the final outcome.
    octokit.hook.wrap('request', async (request, requestOptions) => {
        try {
            return await request(requestOptions);
        }
        catch (error) {
            throw (0,request_failure/* rejectedToken */.YR)((0,request_failure/* explainFailure */.SP)(error, attemptsOf(requestOptions)));
        }
    });
    return octokit;
}
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}


/***/ }),

/***/ 1337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ storyLink)
/* harmony export */ });
/* harmony import */ var _extract_stories_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45156);

/**
 * The link of a story ID as the patterns give it, from `known` links first (those a trace
 * found), else by reading the ID itself with the patterns; null when none has a url.
 */
function storyLink(id, patterns, links, known = new Map()) {
    const url = known.get(id);
    if (url)
        return url;
    return (0,_extract_stories_js__WEBPACK_IMPORTED_MODULE_0__/* .extractStories */ .f)(id, patterns, links).find((story) => story.id === id)?.url ?? null;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ BUILDER),
/* harmony export */   u: () => (/* binding */ MXDEPLOY_VERSION)
/* harmony export */ });
/** mxdeploy's own version, recorded in every package it builds. Kept equal to package.json's. */
const MXDEPLOY_VERSION = '0.1.0';
const BUILDER = `mxdeploy ${MXDEPLOY_VERSION}`;


/***/ })

};
