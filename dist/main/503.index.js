export const id = 503;
export const ids = [503];
export const modules = {

/***/ 55205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SP: () => (/* binding */ deploymentHistory),
/* harmony export */   WH: () => (/* binding */ DEPLOYING),
/* harmony export */   ZC: () => (/* binding */ hasDeployed)
/* harmony export */ });
/** Operations after which an environment runs the package they name. */
const DEPLOYING = new Set(['deploy', 'rollback', 'reconciled']);
/** Successful deployments (deploy, rollback, reconciled) of an environment, newest first. */
async function deploymentHistory(log, app, environment) {
    const records = await log.list({ app, environment });
    return records.filter((r) => DEPLOYING.has(r.operation) && r.result === 'success' && r.package !== null);
}
/** Whether the environment has ever run the package with this SHA-256 successfully. */
async function hasDeployed(log, app, environment, sha256) {
    return (await deploymentHistory(log, app, environment)).some((r) => r.package?.sha256 === sha256);
}


/***/ }),

/***/ 70503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkStageRequest: () => (/* binding */ checkStageRequest),
  stageApp: () => (/* binding */ stageApp)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/activity/environment-history.ts
var environment_history = __webpack_require__(55205);
// EXTERNAL MODULE: ./src/config/find-environment.ts
var find_environment = __webpack_require__(21903);
// EXTERNAL MODULE: ./src/stage/environment-lock.ts
var environment_lock = __webpack_require__(97711);
// EXTERNAL MODULE: ./src/fs/file-lock.ts
var file_lock = __webpack_require__(36577);
// EXTERNAL MODULE: ./src/mda/inspect.ts
var inspect = __webpack_require__(77700);
// EXTERNAL MODULE: ./src/targets/open-target.ts + 47 modules
var open_target = __webpack_require__(71918);
// EXTERNAL MODULE: ./src/mda/version.ts
var version = __webpack_require__(52084);
;// CONCATENATED MODULE: ./src/stage/constant-types.ts

const WHOLE = /^[+-]?\d+$/;
const RANGES = {
    Integer: [-(2n ** 31n), 2n ** 31n - 1n],
    Long: [-(2n ** 63n), 2n ** 63n - 1n]
};
/**
 * Mendix's Decimal: at most 20 digits before the point and 8 after, 18 after from Mendix 11.6
 * (Studio Pro guide, "Data Types").
 */
const DECIMAL = /^[+-]?(\d{1,20})(?:\.(\d+))?$/;
/** ISO 8601 date, or date and time with optional seconds, milliseconds and offset. */
const DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])([T ]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?)?$/;
function wholeNumber(value, type) {
    if (!WHOLE.test(value))
        return 'must be a whole number';
    const [min, max] = RANGES[type];
    const number = BigInt(value);
    return number < min || number > max ? `must lie between ${min} and ${max}` : undefined;
}
function decimal(value, runtimeVersion) {
    const match = DECIMAL.exec(value);
    const scale = (0,version/* compareVersions */.Zy)(runtimeVersion, '11.6') >= 0 ? 18 : 8;
    if (!match)
        return `must be a number with at most 20 digits before the point, such as 12.50`;
    if ((match[2]?.length ?? 0) > scale) {
        return `may have at most ${scale} digits after the point in Mendix ${runtimeVersion}`;
    }
    return undefined;
}
/**
 * Why a value does not fit a Mendix constant type, or undefined when it does. Types mxdeploy
 * does not know are passed unchecked (their package was warned about when it was read).
 */
function constantValueProblem(type, value, runtimeVersion) {
    switch (type) {
        case 'Boolean':
            return /^(true|false)$/i.test(value) ? undefined : 'must be true or false';
        case 'Integer':
        case 'Long':
            return wholeNumber(value, type);
        case 'Decimal':
            return decimal(value, runtimeVersion);
        case 'DateTime':
            return DATE_TIME.test(value)
                ? undefined
                : 'must be an ISO 8601 date or date and time, such as 2026-01-31 or 2026-01-31T08:00:00Z';
        default:
            return undefined;
    }
}

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
        const wrong = constantValueProblem(constant.type, value, metadata.runtimeVersion);
        if (wrong)
            problems.push(`constant ${name} is ${JSON.stringify(value)} for ${environment.name}; ${/^[AEIOU]/.test(constant.type) ? 'an' : 'a'} ${constant.type} constant ${wrong}`);
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
            warnings.push(`constant ${constant.name} is new in this package; ${environment.name} uses its default value (set environments.${environment.name}.constants.${constant.name} to choose one)`);
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

// EXTERNAL MODULE: ./src/stage/recorded-operation.ts + 2 modules
var recorded_operation = __webpack_require__(736);
;// CONCATENATED MODULE: ./src/stage/promotion-order-policy.ts


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
        if (await (0,environment_history/* hasDeployed */.ZC)(activity, config.app, environment.after, pkg.sha256))
            return {};
        throw new errors/* ConfigurationError */.j1(`${environment.name} comes after ${environment.after}, and ${environment.after} has not run ${pkg.app} ${pkg.version} (sha256 ${pkg.sha256.slice(0, 12)}…) successfully: stage it there first (mxdeploy stage --environment ${environment.after} --package ${pkg.version})`);
    }
};

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/fs/fs-error.ts
var fs_error = __webpack_require__(37523);
;// CONCATENATED MODULE: ./src/stage/stage-download.ts





/** File-system codes a temporary folder can fail with: the disk, not the network or the input. */
const DISK = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'ENOTDIR', 'EIO', 'EFBIG']);
/** A failure of the temporary folder named as such, with what to do; anything else unchanged. */
function tempFolderError(error, folder, doing) {
    if (!DISK.has((0,errors/* errnoCode */.UK)(error) ?? ''))
        return error;
    return new errors/* OperationError */.OK(`could not ${doing} in the temporary folder ${folder}: ${(0,fs_error/* fsReason */.E)(error)}; free space there, or set TMPDIR to a folder on a disk with room`);
}
/** A temporary folder for one stage's download (under TMPDIR). */
async function makeStageFolder() {
    try {
        return await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mxdeploy-stage-'));
    }
    catch (error) {
        throw tempFolderError(error, (0,external_node_os_.tmpdir)(), 'make a folder for the package');
    }
}
/** Downloads a package (SHA-256 checked by the repository) to `dest` in a stage's folder. */
async function downloadForStage(repository, pkg, dest) {
    try {
        await repository.download(pkg.app, pkg.version, dest);
    }
    catch (error) {
        throw tempFolderError(error, (0,external_node_path_.dirname)(dest), `download ${pkg.app} ${pkg.version}`);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/stage/running-state.ts


function recordedSettings(record) {
    return record?.details?.['settings'] ?? {};
}
/**
 * What runs in an environment: read from the target when it can tell (the log is history, not
 * truth), else the log's last deployment. A package the target runs but the log does not show —
 * a stage killed between its switch and its record, a change made by hand — is recorded first as
 * `reconciled`, so promotion and rollback see what really runs.
 */
async function observeEnvironment(request) {
    const { app, environment, target } = request;
    const [last] = await (0,environment_history/* deploymentHistory */.SP)(request.activity, app, environment.name);
    if (!target.knowsWhatRuns) {
        if (!last?.package)
            return { running: undefined, settings: {} };
        const settings = recordedSettings(last);
        return {
            running: {
                version: last.package.version,
                sha256: last.package.sha256,
                constants: settings.constants,
                scheduledEvents: settings.scheduledEvents
            },
            settings
        };
    }
    const running = await target.current();
    if (!running?.sha256)
        return { running: undefined, settings: {} };
    const logged = last?.package?.sha256 === running.sha256;
    // A package whose start was never confirmed is not running for sure: nothing to reconcile.
    if (!logged && !running.unconfirmed)
        await reconcile(request, running);
    // Settings the target cannot read back come from the log, when it is the same package.
    const fromLog = logged ? recordedSettings(last) : {};
    return {
        running,
        settings: {
            constants: running.constants ?? fromLog.constants,
            scheduledEvents: running.scheduledEvents ?? fromLog.scheduledEvents
        }
    };
}
async function reconcile(request, running) {
    const { app, environment, log } = request;
    const sha256 = running.sha256;
    const known = running.version ? await request.repository.get(app, running.version) : undefined;
    const version = running.version ?? known?.version ?? 'unknown';
    log.warning(`${environment.name} runs ${app} ${version} (sha256 ${sha256.slice(0, 12)}), which the activity log does not show: recording it as reconciled before going on`);
    const open = await request.activity.begin({
        id: (0,external_node_crypto_.randomUUID)(),
        time: new Date().toISOString(),
        app,
        environment: environment.name,
        operation: 'reconciled',
        package: { version, sha256 },
        actor: request.actor,
        approvers: [],
        mfa: null,
        commit: known?.sha256 === sha256 ? known.commit : null,
        runUrl: request.runUrl,
        stories: [],
        details: {
            reason: `the ${request.target.type} target runs this package; no recorded deployment put it there`,
            ...(running.constants || running.scheduledEvents
                ? {
                    settings: {
                        ...(running.constants ? { constants: running.constants } : {}),
                        ...(running.scheduledEvents ? { scheduledEvents: running.scheduledEvents } : {})
                    }
                }
                : {})
        }
    });
    await request.activity.finish(open, { result: 'success', error: null, durationMs: 0 });
}
/** Whether the wanted settings differ from what runs, where what runs is known. */
function settingsDiffer(running, wanted) {
    const differ = (a, b) => {
        if (!a)
            return false;
        const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
        for (const key of keys)
            if (a[key] !== b[key])
                return true;
        return false;
    };
    return (differ(running.constants, wanted.constants) ||
        differ(running.scheduledEvents, wanted.scheduledEvents));
}

;// CONCATENATED MODULE: ./src/stage/stage-package.ts














async function resolvePackage(request, environment, running) {
    const { config, repository } = request;
    if (request.rollback) {
        const history = await (0,environment_history/* deploymentHistory */.SP)(request.activity, config.app, environment.name);
        const current = running?.sha256 ?? history[0]?.package?.sha256;
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
    const target = (request.targetFor ??
        ((env) => (0,open_target/* openTarget */.A)(env, config, {
            repository: request.repository.uri,
            ...(request.env ? { env: request.env } : {})
        })))(environment);
    const lock = await (0,environment_lock/* environmentLock */.N)(request.stateDir, environment.name);
    return (0,file_lock/* withLock */.k)(lock, () => stageLocked(request, environment, target), {
        what: `environment ${environment.name}`,
        timeoutMs: 5_000
    });
}
async function stageLocked(request, environment, target) {
    const operation = request.rollback ? 'rollback' : 'deploy';
    // What runs comes first: a rollback goes back from what really runs, reconciled if need be.
    const observed = await observeEnvironment({
        app: request.config.app,
        environment,
        target,
        activity: request.activity,
        repository: request.repository,
        actor: request.actor,
        runUrl: request.runUrl,
        log: request.log
    });
    const pkg = await resolvePackage(request, environment, observed.running);
    const work = await makeStageFolder();
    try {
        const prepared = await prepare(request, environment, observed, operation, pkg, work);
        const running = prepared.observed.running;
        const unconfirmed = pkg.sha256 === running?.sha256 ? running.unconfirmed : undefined;
        const unchanged = pkg.sha256 === running?.sha256 && !unconfirmed;
        if (unconfirmed) {
            request.log.info(`${environment.name} has ${pkg.app} ${pkg.version} in place, but ${unconfirmed}: deploying it again`);
        }
        if (unchanged && operation === 'deploy' && !request.redeploy) {
            // Nothing changes, so there is nothing to authorise: no approval or code is spent on it.
            if (!settingsDiffer(prepared.observed.settings, prepared.checked.settings)) {
                request.log.info(`${environment.name} already runs ${pkg.app} ${pkg.version} with these settings; nothing to do (use --redeploy to switch again)`);
                return result(environment, prepared, false, null, environment.url, observed.running?.details);
            }
            request.log.info(`${environment.name} runs ${pkg.app} ${pkg.version} with other settings: applying them (a settings-only deploy)`);
        }
        return await deployRecorded(request, environment, target, prepared, unchanged);
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
/** Downloads the package (SHA-256 checked) and checks the settings against what runs. */
async function prepare(request, environment, observed, operation, pkg, work) {
    const { config, log } = request;
    const mdaPath = (0,external_node_path_.join)(work, `${pkg.app}_${pkg.version}.mda`);
    await downloadForStage(request.repository, pkg, mdaPath);
    log.info(`downloaded ${pkg.app} ${pkg.version} (sha256 ${pkg.sha256} verified)`);
    const { metadata } = await (0,inspect.readPackageFacts)(mdaPath);
    // The diff and the new-constant check use what the target reports; a target that cannot read
    // its settings back (Mendix Cloud) makes those checks against its own API when it deploys.
    const checked = preflight(environment, metadata, { constants: observed.running?.constants }, config.file ?? 'mxdeploy.yml');
    for (const warning of [...metadata.warnings, ...checked.warnings])
        log.warning(warning);
    for (const change of checked.changes) {
        log.info(`  ${change.name}: ${change.before === undefined ? '(new)' : JSON.stringify(change.before)} → ${change.after === undefined ? '(removed)' : JSON.stringify(change.after)}`);
    }
    const events = observed.settings.scheduledEvents;
    for (const [name, on] of Object.entries(checked.settings.scheduledEvents)) {
        if (events && events[name] !== on)
            log.info(`  ${name}: scheduled event ${on ? 'on' : 'off'}`);
    }
    return { operation, pkg, mdaPath, observed, checked };
}
/**
 * Checks every policy, records the start, deploys through the target and records the outcome.
 * Policies run last, right before the record: what they spend (a code) is recorded at once.
 */
async function deployRecorded(request, environment, target, prepared, settingsOnly) {
    const { config, log, activity } = request;
    const { operation, pkg, checked } = prepared;
    const stories = settingsOnly
        ? []
        : request.storiesFor
            ? await request.storiesFor(pkg, environment)
            : pkg.stories;
    const doing = operation === 'rollback' ? 'rolling back' : settingsOnly ? 'applying settings of' : 'deploying';
    const { value: deployed, record } = await (0,recorded_operation/* runRecorded */.A)({
        context: { config, environment, package: pkg, operation, actor: request.actor, activity, log },
        policies: operation === 'rollback'
            ? (request.policies ?? [])
            : [promotionOrder, ...(request.policies ?? [])],
        operation,
        package: { version: pkg.version, sha256: pkg.sha256 },
        commit: pkg.commit,
        runUrl: request.runUrl,
        extra: {
            stories,
            details: { settings: checked.settings, ...(settingsOnly ? { settingsOnly: true } : {}) }
        },
        announce: `${doing} ${pkg.app} ${pkg.version} to ${environment.name} (${target.type})`,
        work: async () => {
            const value = await target.deploy({
                environment,
                package: pkg,
                mdaPath: prepared.mdaPath,
                settings: checked.settings,
                log
            });
            const url = value.url ?? environment.url;
            return {
                value,
                outcome: { ...(value.details ? { details: value.details } : {}), ...(url ? { url } : {}) }
            };
        },
        // The environment has changed: a record that cannot be written fails the stage, saying so.
        done: {
            done: `${environment.name} now runs ${pkg.app} ${pkg.version}`,
            what: operation === 'rollback' ? 'rollback' : 'deployment',
            redo: `mxdeploy stage --environment ${environment.name} (it records what the environment runs as reconciled)`
        }
    });
    const url = deployed.url ?? environment.url;
    log.info(`${environment.name} now runs ${pkg.app} ${pkg.version}`);
    return result(environment, prepared, true, record, url, deployed.details);
}
function result(environment, prepared, changed, record, url, details) {
    return {
        environment: environment.name,
        operation: prepared.operation,
        package: prepared.pkg,
        changed,
        record,
        url,
        warnings: prepared.checked.warnings,
        changes: prepared.checked.changes,
        details
    };
}

// EXTERNAL MODULE: ./src/trace/deployment-stories.ts
var deployment_stories = __webpack_require__(24850);
// EXTERNAL MODULE: ./src/app/trace-context.ts
var trace_context = __webpack_require__(12368);
;// CONCATENATED MODULE: ./src/app/stage.ts




/**
 * The rules of a stage request, the same for the CLI and the action: `latest` (the default) is
 * no package at all, so it goes with --rollback; a named version does not (a rollback deploys
 * the previous package, whatever it is); a rollback always switches, so --redeploy says nothing.
 */
function checkStageRequest(request) {
    if (request.rollback && request.redeploy) {
        throw new errors/* ConfigurationError */.j1('--rollback and --redeploy do not go together: --rollback deploys the previous package, --redeploy the one given again; choose one');
    }
    if (request.rollback && request.package && request.package !== 'latest') {
        throw new errors/* ConfigurationError */.j1(`--rollback deploys the environment's previous package, so it takes no package version (${request.package}): leave --package (input package) out, or at latest`);
    }
}
/** Stages one package to one environment, with its stories traced from the checkout. */
async function stageApp(request) {
    checkStageRequest(request);
    const { config, log } = request;
    const tracing = await (0,trace_context/* traceContext */.D)({
        traceability: config.traceability,
        file: config.file,
        dir: request.checkout ?? config.dir,
        github: request.github,
        log
    });
    const stories = new deployment_stories/* StageStories */._({ activity: request.activity, ...tracing });
    const result = await stagePackage({
        config,
        environment: request.environment,
        ...(request.rollback ? {} : { package: request.package }),
        redeploy: request.redeploy ?? false,
        rollback: request.rollback ?? false,
        repository: request.repository,
        activity: request.activity,
        ...(request.policies ? { policies: request.policies } : {}),
        actor: request.actor,
        runUrl: request.runUrl,
        storiesFor: stories.storiesFor,
        stateDir: request.stateDir,
        env: request.env,
        log,
        ...(request.targetFor ? { targetFor: request.targetFor } : {})
    });
    return { result, stories, tracing };
}


/***/ }),

/***/ 12368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ traceContext)
/* harmony export */ });
/* harmony import */ var _stories_story_patterns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10970);
/* harmony import */ var _trace_commit_sources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5931);
/* harmony import */ var _trace_trace_range_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44450);



/**
 * The one trace context of both faces: commits from the checkout at `dir`, and from GitHub's
 * compare API when `github` has a token and a repository (a shallow clone lacks history);
 * patterns and limit from mxdeploy.yml (`file` names it in messages; none: the defaults).
 */
async function traceContext(options) {
    const { traceability, github, log } = options;
    return {
        sources: await (0,_trace_commit_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .commitSources */ .G)(options.dir, github, log),
        patterns: (0,_stories_story_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .compileStoryPatterns */ .Y9)(traceability.patterns, options.file ?? ''),
        limit: traceability.limit ?? _trace_trace_range_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_TRACE_LIMIT */ .CO,
        links: {
            ...(github.repository ? { server: github.serverUrl, repository: github.repository } : {})
        },
        log
    };
}


/***/ }),

/***/ 5931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ commitSources)
/* harmony export */ });
/* harmony import */ var _github_access_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38261);
/* harmony import */ var _git_commit_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46981);


/**
 * Where commits are read: the git checkout at `dir`, then, when `github` has a repository and a
 * token, GitHub's compare API for what a shallow clone lacks. The GitHub client loads only then.
 */
async function commitSources(dir, github, log) {
    const sources = [new _git_commit_source_js__WEBPACK_IMPORTED_MODULE_0__/* .GitCommitSource */ .P(dir)];
    const repository = (0,_github_access_js__WEBPACK_IMPORTED_MODULE_1__.ownerAndRepo)(github);
    const { token } = github;
    if (repository && token) {
        log.secret(token);
        const [{ createOctokit }, { GitHubCompareSource }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(4101), __webpack_require__.e(7617)]).then(__webpack_require__.bind(__webpack_require__, 77617)),
            __webpack_require__.e(/* import() */ 5308).then(__webpack_require__.bind(__webpack_require__, 95308))
        ]);
        const octokit = createOctokit({ token, logger: log, baseUrl: github.apiUrl });
        sources.push(new GitHubCompareSource({ octokit, ...repository }));
    }
    return sources;
}


/***/ }),

/***/ 24850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ StageStories),
/* harmony export */   f: () => (/* binding */ traceDeployment)
/* harmony export */ });
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
        const history = await (0,_activity_environment_history_js__WEBPACK_IMPORTED_MODULE_0__/* .deploymentHistory */ .SP)(options.activity, pkg.app, environment);
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


/***/ }),

/***/ 44983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ traceFromSources),
/* harmony export */   g: () => (/* binding */ containsFromSources)
/* harmony export */ });
/* harmony import */ var _trace_range_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44450);

/**
 * Traces a range from the first source that holds it: local git first, then GitHub's compare
 * API when the checkout lacks the history. Each fallback is logged with the reason; when no
 * source holds the range, the outcome's message gives every source's reason.
 */
async function traceFromSources(sources, request, patterns, options = {}) {
    const missed = [];
    for (let i = 0; i < sources.length; i++) {
        const source = sources[i];
        const outcome = await (0,_trace_range_js__WEBPACK_IMPORTED_MODULE_0__/* .traceRange */ .xx)(source, request, patterns, options);
        if (outcome.status === 'complete')
            return outcome;
        missed.push(outcome);
        const next = sources[i + 1];
        if (next)
            options.log?.info(`${outcome.message}; reading the commits from ${next.name} instead`);
    }
    const last = missed.at(-1);
    if (last === undefined) {
        return {
            status: 'history-missing',
            reason: 'unavailable',
            message: 'no source of commits is available'
        };
    }
    if (missed.length === 1)
        return last;
    return { ...last, message: missed.map((m) => m.message).join('; and ') };
}
/** Whether `ancestor` is in the history of `descendant`, from the first source that knows. */
async function containsFromSources(sources, ancestor, descendant) {
    for (const source of sources) {
        const answer = await source.contains(ancestor, descendant);
        if (answer !== undefined)
            return answer;
    }
    return undefined;
}


/***/ })

};
