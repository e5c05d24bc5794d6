export const id = 297;
export const ids = [297];
export const modules = {

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
// EXTERNAL MODULE: ./src/build/build-package.ts + 6 modules
var build_package = __webpack_require__(39693);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/mda/inspect.ts
var inspect = __webpack_require__(77700);
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

// EXTERNAL MODULE: ./src/stage/stage-service.ts + 6 modules
var stage_service = __webpack_require__(13137);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/format.ts
var format = __webpack_require__(96719);
// EXTERNAL MODULE: ./src/cli/workspace.ts + 7 modules
var workspace = __webpack_require__(54709);
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
        const built = await (0,build_package/* buildPackage */.P)({
            deploymentDir: build.deploymentDir,
            project: build.project,
            version: build.version,
            buildNumber: (0,command/* stringValue */.r)(context, 'build-number'),
            out: build.output,
            app: config.app,
            cwd: (0,external_node_path_.join)(stateDir, 'build'),
            env: context.io.env,
            log: context.log
        });
        context.log.info(`built ${built.path} (${(0,format/* formatBytes */.z3)(built.size)}, ${built.entries} entries)`);
        const facts = await (0,inspect/* inspectPackage */.H)(built.path);
        const published = await (0,publish_package/* publishPackage */.e)(repository, built.path, {
            app: config.app,
            env: context.io.env,
            log: context.log
        });
        const stages = [];
        for (const environment of promotionSequence(config.environments)) {
            if (isProtected(environment)) {
                const command = `mxdeploy stage --config ${config.file} --environment ${environment.name} --package ${built.version}`;
                context.log.info(`stopping before ${environment.name}: it is protected (approval and/or a second factor); deploy it with: ${command} (plus --otp CODE --user NAME for TOTP)`);
                stages.push({
                    environment: environment.name,
                    status: 'stopped',
                    detail: `protected: run ${command}`
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
                stateDir,
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
            runtimeVersion: facts.metadata.runtimeVersion,
            stages
        };
        const text = [
            `pipeline for ${config.app}`,
            (0,format/* keyValues */.K7)([
                ['package', built.path],
                ['version', built.version],
                ['runtime', facts.metadata.runtimeVersion],
                ['sha256', built.sha256],
                ['repository', `${repository.uri} (${published.created ? 'published' : 'already there'})`]
            ]),
            'stages:',
            ...stages.map((s) => `  ${s.environment.padEnd(12)} ${s.status.padEnd(9)} ${s.detail}`)
        ].join('\n');
        return { json, text };
    }
};


/***/ })

};
