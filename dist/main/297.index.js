export const id = 297;
export const ids = [297];
export const modules = {

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

/***/ 85297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pipelineCommand: () => (/* binding */ pipelineCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/build/build-package.ts
var build_package = __webpack_require__(41177);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/repository/publish-package.ts
var publish_package = __webpack_require__(21726);
;// CONCATENATED MODULE: ./src/stage/environment-order.ts
/**
 * Environments in promotion order: each after the one its `after:` names, otherwise in the
 * order of the file. The configuration loader has already refused unknown names and cycles.
 */
function promotionSequence(environments) {
    const placed = new Set();
    const sequence = [];
    while (sequence.length < environments.length) {
        const next = environments.find((env) => !placed.has(env.name) && (!env.after || placed.has(env.after)));
        if (!next)
            break;
        placed.add(next.name);
        sequence.push(next);
    }
    return sequence;
}
/** Whether staging to the environment needs a person: approval or a second factor. */
function isProtected(environment) {
    return environment.protection.reviewers === 'required' || environment.protection.mfa === 'totp';
}

// EXTERNAL MODULE: ./src/stage/stage-service.ts + 2 modules
var stage_service = __webpack_require__(57481);
// EXTERNAL MODULE: ./src/trace/deployment-stories.ts
var deployment_stories = __webpack_require__(24850);
// EXTERNAL MODULE: ./src/cli/build-stories.ts
var build_stories = __webpack_require__(97698);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/trace-context.ts
var trace_context = __webpack_require__(65021);
// EXTERNAL MODULE: ./src/cli/format.ts
var format = __webpack_require__(96719);
// EXTERNAL MODULE: ./src/cli/workspace.ts + 1 modules
var workspace = __webpack_require__(8394);
;// CONCATENATED MODULE: ./src/cli/commands/pipeline.ts












const pipelineCommand = {
    name: 'pipeline',
    summary: 'The main job on the app of mxdeploy.yml: build the package once, publish it, and stage it through every environment in promotion order, stopping before a protected one.',
    usage: 'pipeline [--config mxdeploy.yml] [--build-number N]',
    options: {
        ...workspace/* WORKSPACE_OPTIONS */.n,
        'build-number': {
            type: 'string',
            value: 'N',
            description: 'build number (default: GITHUB_RUN_NUMBER, else 0)'
        }
    },
    async run(context) {
        const { config, stateDir, repository, activity } = await (0,workspace/* openWorkspace */.O)(context);
        const { build } = config;
        if (!build.version) {
            throw new errors/* ConfigurationError */.j1(`${config.file}: build.version is not set; add it, such as "build: { version: 1.0.0 }"`);
        }
        const cwd = (0,external_node_path_.join)(stateDir, 'build');
        // The manifest lists the stories since the previous package in the configured repository.
        const source = { deploymentDir: build.deploymentDir, project: build.project, app: config.app };
        const found = await (0,build_stories/* buildStories */.kV)(context, config, source, repository);
        const built = await (0,build_package/* buildPackage */.P)({
            deploymentDir: build.deploymentDir,
            project: build.project,
            version: build.version,
            buildNumber: (0,command/* stringValue */.r)(context, 'build-number'),
            out: build.output,
            app: config.app,
            ...(found ? { stories: found.stories } : {}),
            cwd,
            env: context.io.env,
            log: context.log
        });
        context.log.info(`built ${built.path} (${(0,format/* formatBytes */.z3)(built.size)}, ${built.entries} entries)`);
        const published = await (0,publish_package/* publishPackage */.e)(repository, built.path, {
            app: config.app,
            env: context.io.env,
            log: context.log
        });
        const sourceDir = (0,build_stories/* buildSourceDir */.TN)(context.io.cwd, source) ?? config.dir;
        const stories = new deployment_stories/* StageStories */._({
            activity,
            ...(await (0,trace_context/* cliTraceContext */.z)(config.traceability, config.file, sourceDir, context.io.env, context.log))
        });
        const stages = [];
        for (const environment of promotionSequence(config.environments)) {
            if (isProtected(environment)) {
                const next = environment.protection.reviewers === 'required'
                    ? `approve the ${environment.name} job of the workflow (GitHub environment reviewers)`
                    : `run mxdeploy stage --config ${config.file} --environment ${environment.name} --package ${built.version} --otp CODE --user NAME`;
                context.log.info(`stopping before ${environment.name}: it is protected; to deploy it, ${next}`);
                stages.push({
                    environment: environment.name,
                    status: 'stopped',
                    detail: `protected: ${next}`
                });
                break;
            }
            const result = await (0,stage_service/* stagePackage */.n)({
                config,
                environment: environment.name,
                package: built.version,
                repository,
                activity,
                actor: (0,publish_package/* currentActor */.H)(context.io.env),
                runUrl: null,
                storiesFor: stories.storiesFor,
                stateDir,
                env: context.io.env,
                log: context.log
            });
            stages.push({
                environment: environment.name,
                status: result.changed ? 'deployed' : 'unchanged',
                detail: `${result.package.version}${result.url ? ` at ${result.url}` : ''}`
            });
        }
        const json = {
            app: config.app,
            package: {
                ...published.record,
                path: built.path,
                entries: built.entries,
                created: published.created
            },
            runtimeVersion: built.metadata.runtimeVersion,
            stages
        };
        const text = [
            `pipeline for ${config.app}`,
            (0,format/* keyValues */.K7)([
                ['package', built.path],
                ['version', built.version],
                ['runtime', built.metadata.runtimeVersion],
                ['sha256', built.sha256],
                ['repository', `${repository.uri} (${published.created ? 'published' : 'already there'})`]
            ]),
            'stages:',
            ...stages.map((s) => `  ${s.environment.padEnd(12)} ${s.status.padEnd(9)} ${s.detail}`)
        ].join('\n');
        return { json, text };
    }
};


/***/ }),

/***/ 36675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ verifyPackage)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/zip/safety.ts
var safety = __webpack_require__(93513);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/async-pool.ts
var async_pool = __webpack_require__(43998);
// EXTERNAL MODULE: ./src/fs/open-input.ts
var open_input = __webpack_require__(56318);
// EXTERNAL MODULE: ./src/zip/central-directory.ts
var central_directory = __webpack_require__(81752);
// EXTERNAL MODULE: ./src/zip/entry-data.ts
var entry_data = __webpack_require__(21052);
;// CONCATENATED MODULE: ./src/zip/verify.ts







const IN_MEMORY_LIMIT = 8 << 20;
const MAX_REPORTED = 50;
/**
 * Checks an archive completely: the central directory's safety rules, then every entry's data
 * decompressed and compared with its size and CRC-32. Reads run in parallel, in offset order;
 * large entries stream, so memory stays bounded.
 */
async function verifyZip(path, label = path, limits = safety/* DEFAULT_LIMITS */.dR) {
    const handle = await (0,open_input/* openInputFile */.H)(path, 'archive');
    try {
        const { size } = await handle.stat();
        const directory = await (0,central_directory/* readCentralDirectory */.H)(handle, size, label);
        const problems = (0,safety/* directoryProblems */.YF)(directory, limits);
        if (problems.length > 0)
            return { directory, problems };
        const entries = [...directory.entries].sort((a, b) => a.localOffset - b.localOffset);
        await (0,async_pool/* mapPool */.P)(entries, 8, async (entry) => {
            if (problems.length >= MAX_REPORTED || (0,safety/* isDirectory */.wd)(entry))
                return;
            try {
                if (entry.compressedSize <= IN_MEMORY_LIMIT && entry.size <= IN_MEMORY_LIMIT) {
                    await (0,entry_data/* readEntry */.hB)(handle, entry, label);
                }
                else {
                    const stream = await (0,entry_data/* entryStream */.vk)(handle, entry, label);
                    stream.resume();
                    await (0,promises_.finished)(stream);
                }
            }
            catch (error) {
                if (!(error instanceof errors/* ConfigurationError */.j1))
                    throw error;
                problems.push((0,errors/* errorMessage */.gJ)(error).replace(`${label}: `, ''));
            }
        });
        return { directory, problems };
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./src/mda/inspect.ts
var inspect = __webpack_require__(77700);
// EXTERNAL MODULE: ./src/mda/sha256-file.ts
var sha256_file = __webpack_require__(89180);
;// CONCATENATED MODULE: ./src/mda/verify.ts





/**
 * Checks a package end to end: every entry's CRC-32, the safety rules (paths, links, duplicates,
 * encryption, bombs), an MDA's metadata.json, and the `.sha256` beside it when there is one.
 * Throws a ConfigurationError that lists every problem.
 */
async function verifyPackage(path, limits = safety/* DEFAULT_LIMITS */.dR) {
    // Hash while the entries are checked, but report what verifyZip finds first: a missing or
    // broken file gets its precise message rather than whichever read failed first.
    const hashing = (0,sha256_file/* sha256File */.Q3)(path);
    hashing.catch(() => undefined);
    const { directory, problems } = await verifyZip(path, path, limits);
    const [sha256, recorded] = await Promise.all([hashing, (0,sha256_file/* readSidecar */.YD)(path)]);
    if (recorded !== undefined && recorded !== sha256) {
        problems.push(`its SHA-256 is ${sha256}, but ${path}.sha256 records ${recorded}: the file changed after it was built`);
    }
    if (problems.length > 0) {
        const list = problems.map((p) => `  - ${p}`).join('\n');
        throw new errors/* ConfigurationError */.j1(`${path} failed verification (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${list}`);
    }
    const { metadata, manifest } = await (0,inspect/* readPackageFacts */.w)(path);
    return {
        path,
        entries: directory.entries.length,
        sha256,
        size: directory.fileSize,
        metadata,
        manifest
    };
}


/***/ }),

/***/ 21726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ currentActor),
/* harmony export */   e: () => (/* binding */ publishPackage)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _mda_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52084);
/* harmony import */ var _mda_verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36675);




/** Who is publishing: the workflow's actor, else the local user. */
function currentActor(env) {
    if (env['GITHUB_ACTOR'])
        return env['GITHUB_ACTOR'];
    try {
        return (0,node_os__WEBPACK_IMPORTED_MODULE_0__.userInfo)().username;
    }
    catch {
        return 'unknown';
    }
}
/**
 * Verifies a package completely (CRC, safety, `.sha256`), reads its manifest and metadata into a
 * record, and publishes it. Nothing reaches the repository unless all of that passes.
 */
async function publishPackage(repository, file, options) {
    const verified = await (0,_mda_verify_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyPackage */ .s)(file);
    const { manifest, metadata } = verified;
    const app = manifest?.app ?? options.app;
    const version = manifest?.version ?? metadata.modelVersion;
    if (!app) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${file} has no mxdeploy build manifest naming its app: pass --app NAME (or set app: in mxdeploy.yml)`);
    }
    if (!version || !(0,_mda_version_js__WEBPACK_IMPORTED_MODULE_1__/* .isModelVersion */ .y3)(version)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${file} has no four-part model version (found ${JSON.stringify(version ?? null)}): build it with mxdeploy build --version`);
    }
    const record = {
        app,
        version,
        sha256: verified.sha256,
        size: verified.size,
        runtimeVersion: metadata.runtimeVersion,
        modelVersion: metadata.modelVersion ?? version,
        commit: manifest?.commit ?? null,
        branch: manifest?.branch ?? null,
        createdAt: (options.now ?? new Date()).toISOString(),
        createdBy: currentActor(options.env),
        stories: manifest?.stories ?? []
    };
    options.log.info(`publishing ${app} ${version} (sha256 ${verified.sha256}) to ${repository.uri}`);
    const result = await repository.publish({ file, record });
    options.log.info(result.created
        ? `published ${result.record.url}`
        : `${app} ${version} was already published with the same content; nothing changed`);
    return result;
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
