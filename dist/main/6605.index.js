export const id = 6605;
export const ids = [6605];
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


/***/ })

};
