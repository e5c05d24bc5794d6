export const id = 671;
export const ids = [671];
export const modules = {

/***/ 63671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   stageCommand: () => (/* binding */ stageCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _repository_publish_package_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21726);
/* harmony import */ var _stage_stage_service_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13137);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3567);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96719);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54709);






const stageCommand = {
    name: 'stage',
    summary: 'Deploy a published package to one environment after every check: promotion order, access control, constants preflight. Recorded in the activity log.',
    usage: 'stage --environment NAME [--package VERSION|latest] [--redeploy | --rollback]',
    options: {
        ..._workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .WORKSPACE_OPTIONS */ .n,
        environment: {
            type: 'string',
            short: 'e',
            value: 'NAME',
            description: 'environment to deploy to'
        },
        package: {
            type: 'string',
            short: 'p',
            value: 'VERSION',
            description: 'package version, or latest (default)'
        },
        redeploy: {
            type: 'boolean',
            description: 'switch again even when the environment already runs this package'
        },
        rollback: {
            type: 'boolean',
            description: "deploy the environment's previous successful package"
        }
    },
    async run(context) {
        const environment = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r)(context, 'environment');
        if (!environment)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('give the environment: mxdeploy stage --environment NAME');
        const rollback = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .e)(context, 'rollback');
        if (rollback && (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r)(context, 'package')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('--rollback deploys the previous package; do not give --package with it');
        }
        const workspace = await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .openWorkspace */ .O)(context);
        const result = await (0,_stage_stage_service_js__WEBPACK_IMPORTED_MODULE_1__/* .stagePackage */ .n)({
            config: workspace.config,
            environment,
            package: (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r)(context, 'package'),
            redeploy: (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .e)(context, 'redeploy'),
            rollback,
            repository: workspace.repository,
            activity: workspace.activity,
            actor: (0,_repository_publish_package_js__WEBPACK_IMPORTED_MODULE_0__/* .currentActor */ .H)(context.io.env),
            runUrl: null,
            stateDir: workspace.stateDir,
            log: context.log
        });
        const json = {
            environment: result.environment,
            operation: result.operation,
            changed: result.changed,
            package: result.package,
            url: result.url ?? null,
            record: result.record,
            warnings: result.warnings,
            changes: result.changes
        };
        const headline = result.changed
            ? `${result.environment} now runs ${result.package.app} ${result.package.version}`
            : `${result.environment} already runs ${result.package.app} ${result.package.version}; nothing changed`;
        return {
            json,
            text: `${headline}\n${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .keyValues */ .K7)([
                ['sha256', result.package.sha256],
                ['operation', result.operation],
                ['url', result.url ?? '(none)'],
                ['record', result.record?.id ?? '(none)']
            ])}`
        };
    }
};


/***/ })

};
