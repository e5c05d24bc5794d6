export const id = 3671;
export const ids = [3671];
export const modules = {

/***/ 63671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   stageCommand: () => (/* binding */ stageCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/* harmony import */ var _repository_publish_package_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21726);
/* harmony import */ var _app_stage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70503);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3567);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(96719);
/* harmony import */ var _access_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70761);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15107);







const stageCommand = {
    name: 'stage',
    summary: 'Deploy a published package to one environment after every check: promotion order, access control, constants preflight. Recorded in the activity log.',
    usage: 'stage --environment NAME [--package VERSION|latest] [--redeploy | --rollback] [--otp CODE --user NAME]',
    options: {
        ..._workspace_js__WEBPACK_IMPORTED_MODULE_3__/* .WORKSPACE_OPTIONS */ .n,
        ..._access_options_js__WEBPACK_IMPORTED_MODULE_2__/* .MFA_OPTIONS */ .Mz,
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
        const environment = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringValue */ .r)(context, 'environment');
        if (!environment)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('give the environment: mxdeploy stage --environment NAME');
        const request = {
            package: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringValue */ .r)(context, 'package'),
            rollback: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .booleanValue */ .e)(context, 'rollback'),
            redeploy: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .booleanValue */ .e)(context, 'redeploy')
        };
        (0,_app_stage_js__WEBPACK_IMPORTED_MODULE_1__.checkStageRequest)(request);
        const workspace = await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_3__/* .openWorkspace */ .O)(context);
        const actor = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringValue */ .r)(context, 'user') ?? (0,_repository_publish_package_js__WEBPACK_IMPORTED_MODULE_0__.currentActor)(context.io.env);
        const { result } = await (0,_app_stage_js__WEBPACK_IMPORTED_MODULE_1__.stageApp)({
            ...workspace,
            ...request,
            environment,
            actor,
            policies: (0,_access_options_js__WEBPACK_IMPORTED_MODULE_2__/* .cliAccessPolicies */ .LF)(context, actor, workspace.stateDir),
            runUrl: null,
            env: context.io.env,
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
            changes: result.changes,
            details: result.details ?? null
        };
        const headline = result.changed
            ? `${result.environment} now runs ${result.package.app} ${result.package.version}`
            : `${result.environment} already runs ${result.package.app} ${result.package.version}; nothing changed`;
        return {
            json,
            text: `${headline}\n${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .keyValues */ .K7)([
                ['sha256', result.package.sha256],
                ['operation', result.operation],
                ['url', result.url ?? '(none)'],
                ...(typeof result.details?.['imageRef'] === 'string'
                    ? [['image', result.details['imageRef']]]
                    : []),
                ['record', result.record?.id ?? '(none)']
            ])}`
        };
    }
};


/***/ })

};
