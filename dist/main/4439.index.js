export const id = 4439;
export const ids = [4439];
export const modules = {

/***/ 12741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dashboardCommand: () => (/* binding */ dashboardCommand),
/* harmony export */   writeDashboard: () => (/* binding */ writeDashboard)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _app_trace_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12368);
/* harmony import */ var _dashboard_build_dashboard_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32401);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83916);
/* harmony import */ var _git_commit_times_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85936);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3567);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15107);







async function activityLog(context, workspace) {
    const which = (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .stringValue */ .r)(context, 'activity') ?? 'jsonl';
    if (which === 'jsonl')
        return workspace.activity;
    if (which !== 'github') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`--activity ${which} is not one of jsonl, github`);
    }
    // Loaded only when asked for: the GitHub client costs start-up time.
    const { openDeploymentsLog } = await Promise.all(/* import() */[__webpack_require__.e(4101), __webpack_require__.e(5088)]).then(__webpack_require__.bind(__webpack_require__, 55088));
    return openDeploymentsLog(workspace.github, workspace.config, context.log);
}
/**
 * Writes the dashboard of the app in mxdeploy.yml into a folder: a self-contained index.html
 * (environments board, promotion view, history, story search, DORA charts) and data.json.
 */
async function writeDashboard(context, workspace, out) {
    const { config } = workspace;
    const tracing = await (0,_app_trace_context_js__WEBPACK_IMPORTED_MODULE_1__/* .traceContext */ .D)({
        traceability: config.traceability,
        file: config.file,
        dir: config.dir,
        github: workspace.github,
        log: context.log
    });
    return (0,_dashboard_build_dashboard_js__WEBPACK_IMPORTED_MODULE_2__/* .buildDashboard */ .p)({
        config,
        activity: await activityLog(context, workspace),
        repository: workspace.repository,
        ...tracing,
        commitTimes: (0,_git_commit_times_js__WEBPACK_IMPORTED_MODULE_3__/* .gitCommitTimes */ .S)(config.dir),
        out
    });
}
const dashboardCommand = {
    name: 'dashboard',
    summary: 'Write a static dashboard of the app: what runs in each environment, what waits to be promoted and the stories it brings, the history, a story search and the DORA figures.',
    usage: 'dashboard [--out DIR] [--activity jsonl|github]',
    options: {
        ..._workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .WORKSPACE_OPTIONS */ .n,
        out: {
            type: 'string',
            short: 'o',
            value: 'DIR',
            description: 'folder to write index.html and data.json into (default: dashboard in the state folder)'
        },
        activity: {
            type: 'string',
            value: 'jsonl|github',
            description: 'activity log to read: jsonl (the state folder, default) or github (GitHub Deployments of GITHUB_REPOSITORY with GITHUB_TOKEN)'
        }
    },
    async run(context) {
        const workspace = await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .openWorkspace */ .O)(context);
        const option = (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .stringValue */ .r)(context, 'out');
        const out = option ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(context.io.cwd, option) : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(workspace.stateDir, 'dashboard');
        const site = await writeDashboard(context, workspace, out);
        const { model } = site;
        const json = {
            app: model.app,
            dir: site.dir,
            index: site.index,
            data: site.data,
            bytes: site.bytes,
            environments: model.environments.map((e) => ({
                name: e.name,
                version: e.running?.version ?? null,
                lastResult: e.last?.result ?? null
            })),
            pending: model.pending.map((p) => ({
                from: p.from,
                to: p.to,
                version: p.version,
                stories: p.stories.map((s) => s.id)
            })),
            operations: model.history.length,
            stories: model.stories.length
        };
        return { json, text: `dashboard of ${model.app}: ${site.index}` };
    }
};


/***/ }),

/***/ 44439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pipelineCommand: () => (/* binding */ pipelineCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _app_pipeline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3605);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83916);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3567);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96719);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15107);
/* harmony import */ var _dashboard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12741);







const pipelineCommand = {
    name: 'pipeline',
    summary: 'The main job on the app of mxdeploy.yml: build the package once, publish it, and stage it through every environment in promotion order, stopping before a protected one.',
    usage: 'pipeline [--config mxdeploy.yml] [--build-number N]',
    options: {
        ..._workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .WORKSPACE_OPTIONS */ .n,
        'build-number': {
            type: 'string',
            value: 'N',
            description: 'build number (default: GITHUB_RUN_NUMBER, else 0)'
        }
    },
    async run(context) {
        const workspace = await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .openWorkspace */ .O)(context);
        const { built, published, stages } = await (0,_app_pipeline_js__WEBPACK_IMPORTED_MODULE_1__.runPipeline)({
            ...workspace,
            buildNumber: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringValue */ .r)(context, 'build-number'),
            cwd: context.io.cwd,
            env: context.io.env,
            log: context.log
        });
        const { config, repository } = workspace;
        const dashboard = await dashboardAfterwards(context, workspace);
        const json = {
            app: config.app,
            package: {
                ...published.record,
                path: built.path,
                entries: built.entries,
                created: published.created
            },
            runtimeVersion: built.metadata.runtimeVersion,
            stages: stages.map(({ environment, status, detail }) => ({ environment, status, detail })),
            dashboard
        };
        const text = [
            `pipeline for ${config.app}`,
            (0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .keyValues */ .K7)([
                ['package', built.path],
                ['version', built.version],
                ['runtime', built.metadata.runtimeVersion],
                ['sha256', built.sha256],
                ['repository', `${repository.uri} (${published.created ? 'published' : 'already there'})`]
            ]),
            'stages:',
            ...stages.map((s) => `  ${s.environment.padEnd(12)} ${s.status.padEnd(9)} ${s.detail}`),
            ...(dashboard ? [`dashboard: ${dashboard}`] : [])
        ].join('\n');
        return { json, text };
    }
};
/**
 * The app's dashboard in the state folder, written last; its path, or null with a warning when it
 * cannot be written: the deployments already happened, so that is no failure of the pipeline.
 */
async function dashboardAfterwards(context, workspace) {
    try {
        const site = await (0,_dashboard_js__WEBPACK_IMPORTED_MODULE_3__.writeDashboard)(context, workspace, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(workspace.stateDir, 'dashboard'));
        return site.index;
    }
    catch (error) {
        context.log.warning(`the dashboard could not be written: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}`);
        return null;
    }
}


/***/ }),

/***/ 96719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ keyValues),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });

/** Aligned `label  value` lines. */
function keyValues(rows, indent = '  ') {
    const width = Math.max(...rows.map(([key]) => key.length));
    return rows.map(([key, value]) => `${indent}${key.padEnd(width)}  ${value}`).join('\n');
}
/** A plain-text table with a header row. */
function table(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
    const line = (cells) => cells
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    return [line(header), ...rows.map(line)].join('\n');
}


/***/ })

};
