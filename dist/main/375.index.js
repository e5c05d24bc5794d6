export const id = 375;
export const ids = [375];
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

/***/ 94375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  packagesCommand: () => (/* binding */ packagesCommand)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/activity/environment-history.ts
var environment_history = __webpack_require__(55205);
;// CONCATENATED MODULE: ./src/repository/prune.ts

/**
 * Which packages retention removes: never one an environment runs; of the others, the `keep`
 * most recently published stay (Mendix keeps deployed packages and the 5 most recent).
 */
async function planPrune(repository, activity, app, environments, keep) {
    const records = await repository.list(app);
    const running = new Map();
    for (const environment of environments) {
        const [last] = await (0,environment_history/* deploymentHistory */.S)(activity, app, environment);
        if (last?.package)
            running.set(last.package.sha256, [...(running.get(last.package.sha256) ?? []), environment]);
    }
    const plan = { keep: [], remove: [] };
    let recent = 0;
    for (const record of records) {
        const runs = running.get(record.sha256);
        if (runs)
            plan.keep.push({ record, why: `runs in ${runs.join(', ')}` });
        else if (recent < keep) {
            recent++;
            plan.keep.push({ record, why: `one of the ${keep} most recent` });
        }
        else
            plan.remove.push(record);
    }
    return plan;
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/format.ts
var format = __webpack_require__(96719);
// EXTERNAL MODULE: ./src/cli/workspace.ts + 7 modules
var workspace = __webpack_require__(54709);
;// CONCATENATED MODULE: ./src/cli/commands/packages.ts





async function list(context) {
    const { repository, config } = await (0,workspace/* openWorkspace */.O)(context);
    const records = await repository.list(config.app);
    const rows = records.map((r) => [
        r.version,
        r.createdAt.replace(/\.\d+Z$/, 'Z'),
        r.sha256.slice(0, 12),
        (0,format/* formatBytes */.z3)(r.size),
        r.runtimeVersion,
        r.commit?.slice(0, 7) ?? ''
    ]);
    return {
        json: { app: config.app, repository: repository.uri, packages: records },
        text: records.length
            ? (0,format/* table */.tp)(['version', 'published', 'sha256', 'size', 'runtime', 'commit'], rows)
            : `no packages of ${config.app} in ${repository.uri}`
    };
}
async function prune(context) {
    const keepText = (0,command/* stringValue */.r)(context, 'keep') ?? '5';
    if (!/^\d+$/.test(keepText))
        throw new errors/* ConfigurationError */.j1(`--keep ${keepText} is not a whole number`);
    const dryRun = (0,command/* booleanValue */.e)(context, 'dry-run');
    const { repository, config, activity } = await (0,workspace/* openWorkspace */.O)(context);
    const environments = config.environments.map((env) => env.name);
    const plan = await planPrune(repository, activity, config.app, environments, Number(keepText));
    for (const record of plan.remove) {
        if (!dryRun)
            await repository.delete(record.app, record.version);
        context.log.info(`${dryRun ? 'would remove' : 'removed'} ${record.app} ${record.version}`);
    }
    const lines = [
        ...plan.keep.map(({ record, why }) => `keep    ${record.version}  (${why})`),
        ...plan.remove.map((record) => `${dryRun ? 'remove' : 'removed'}  ${record.version}`)
    ];
    return {
        json: {
            dryRun,
            kept: plan.keep.map(({ record, why }) => ({ version: record.version, why })),
            removed: plan.remove.map((record) => record.version)
        },
        text: lines.join('\n') || 'no packages'
    };
}
const packagesCommand = {
    name: 'packages',
    summary: "List the app's packages in the repository (newest first), or prune old ones: packages an environment runs are never removed.",
    usage: 'packages [list] [--json] | packages prune [--keep N] [--dry-run]',
    positionals: ['ACTION'],
    options: {
        ...workspace/* WORKSPACE_OPTIONS */.n,
        keep: {
            type: 'string',
            value: 'N',
            description: 'prune: how many recent packages to keep besides those running (default 5)'
        },
        'dry-run': { type: 'boolean', description: 'prune: show what would be removed, remove nothing' }
    },
    async run(context) {
        const [action = 'list'] = context.positionals;
        if (action === 'list')
            return list(context);
        if (action === 'prune')
            return prune(context);
        throw new errors/* ConfigurationError */.j1(`unknown packages action "${action}": use list or prune`);
    }
};


/***/ })

};
