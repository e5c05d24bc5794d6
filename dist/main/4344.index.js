export const id = 4344;
export const ids = [4344];
export const modules = {

/***/ 64344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/actions/shared/runner-commands.ts
var runner_commands = __webpack_require__(72018);
;// CONCATENATED MODULE: ./src/actions/build/constants.ts
/** Names of the build action's inputs and outputs, as action.yml declares them. */
const Inputs = {
    Project: 'project',
    DeploymentDir: 'deployment-dir',
    Version: 'version',
    BuildNumber: 'build-number',
    Output: 'output',
    App: 'app',
    UploadArtifact: 'upload-artifact',
    ArtifactName: 'artifact-name',
    Config: 'config',
    Repository: 'repository',
    GitHubToken: 'github-token'
};
const Outputs = {
    MdaPath: 'mda-path',
    PackageVersion: 'package-version',
    Sha256: 'sha256',
    RuntimeVersion: 'runtime-version',
    ArtifactId: 'artifact-id',
    Stories: 'stories'
};

// EXTERNAL MODULE: ./src/actions/shared/inputs.ts
var inputs = __webpack_require__(86612);
;// CONCATENATED MODULE: ./src/actions/build/inputs.ts



/** The build action's inputs; throws ConfigurationError on a bad value. */
function getInputs() {
    const githubToken = (0,runner_commands/* readInput */.R5)(Inputs.GitHubToken);
    (0,runner_commands/* maskSecret */.$l)(githubToken);
    return {
        project: (0,inputs/* getOptionalInput */.l)(Inputs.Project),
        deploymentDir: (0,inputs/* getOptionalInput */.l)(Inputs.DeploymentDir),
        version: (0,runner_commands/* readInput */.R5)(Inputs.Version),
        buildNumber: (0,inputs/* getOptionalInput */.l)(Inputs.BuildNumber),
        output: (0,inputs/* getOptionalInput */.l)(Inputs.Output),
        app: (0,inputs/* getOptionalInput */.l)(Inputs.App),
        uploadArtifact: (0,inputs/* getBooleanInput */.V)(Inputs.UploadArtifact),
        artifactName: (0,runner_commands/* readInput */.R5)(Inputs.ArtifactName) || 'mxdeploy-package',
        config: (0,runner_commands/* readInput */.R5)(Inputs.Config) || 'mxdeploy.yml',
        repository: (0,inputs/* getOptionalInput */.l)(Inputs.Repository),
        githubToken
    };
}

;// CONCATENATED MODULE: ./src/actions/build/main.ts



// The engine (packing, config schema, GitHub and artifact clients, @actions/core itself) loads
// once the inputs are read: a step with a wrong input fails without paying for code it never runs.
async function engine() {
    const [core, logger, build, access, sha256, artifact, config, installer] = await Promise.all([
        __webpack_require__.e(/* import() */ 3838).then(__webpack_require__.bind(__webpack_require__, 33838)),
        Promise.all(/* import() */[__webpack_require__.e(3838), __webpack_require__.e(9453)]).then(__webpack_require__.bind(__webpack_require__, 79453)),
        Promise.all(/* import() */[__webpack_require__.e(11), __webpack_require__.e(1913), __webpack_require__.e(1673), __webpack_require__.e(8638), __webpack_require__.e(4722), __webpack_require__.e(7602)]).then(__webpack_require__.bind(__webpack_require__, 75648)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 38261)),
        __webpack_require__.e(/* import() */ 9180).then(__webpack_require__.bind(__webpack_require__, 89180)),
        __webpack_require__.e(/* import() */ 9635).then(__webpack_require__.bind(__webpack_require__, 59635)),
        Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3198), __webpack_require__.e(4008)]).then(__webpack_require__.bind(__webpack_require__, 58735)),
        __webpack_require__.e(/* import() */ 5642).then(__webpack_require__.bind(__webpack_require__, 35642))
    ]);
    return {
        core,
        actionLogger: logger.actionLogger,
        buildApp: build.buildApp,
        githubAccess: access.githubAccess,
        sidecarPath: sha256.sidecarPath,
        uploadFiles: artifact.uploadFiles,
        actionWorkspace: config.actionWorkspace,
        optionalConfig: config.optionalConfig,
        toolCacheInstaller: installer.toolCacheInstaller
    };
}
/** The build action: inputs → MDA (+ .sha256) → outputs, artifact and job summary. */
async function run() {
    (0,runner_commands/* setOutputEarly */.vF)(Outputs.ArtifactId, '');
    try {
        const inputs = getInputs();
        const { core, actionLogger, buildApp, githubAccess, sidecarPath, uploadFiles, actionWorkspace, optionalConfig, toolCacheInstaller } = await engine();
        const workspace = actionWorkspace();
        const result = await buildApp({
            face: 'action',
            cwd: workspace,
            env: process.env,
            github: githubAccess(process.env, inputs.githubToken),
            log: actionLogger,
            config: await optionalConfig(workspace, inputs.config),
            project: inputs.project,
            deploymentDir: inputs.deploymentDir,
            version: inputs.version || undefined,
            buildNumber: inputs.buildNumber,
            out: inputs.output,
            app: inputs.app,
            repository: inputs.repository,
            // .mpr builds keep MxBuild in the runner's tool cache; the JDK comes from JAVA_HOME (setup-java).
            mxbuild: { installer: toolCacheInstaller }
        });
        core.setOutput(Outputs.MdaPath, result.path);
        core.setOutput(Outputs.PackageVersion, result.version);
        core.setOutput(Outputs.Sha256, result.sha256);
        core.setOutput(Outputs.RuntimeVersion, result.metadata.runtimeVersion);
        core.setOutput(Outputs.Stories, JSON.stringify(result.manifest.stories));
        core.info(`built ${result.path} (${result.entries} entries, sha256 ${result.sha256})`);
        if (inputs.uploadArtifact) {
            const artifact = await uploadFiles(inputs.artifactName, [result.path, sidecarPath(result.path)], process.env);
            core.setOutput(Outputs.ArtifactId, String(artifact.id ?? ''));
            core.info(`uploaded artifact ${inputs.artifactName} (id ${artifact.id ?? 'unknown'})`);
        }
        core.summary.addHeading(`Package ${result.manifest.app} ${result.version}`, 3).addTable([
            [
                { data: 'Fact', header: true },
                { data: 'Value', header: true }
            ],
            ['Version', result.version],
            ['Runtime', result.metadata.runtimeVersion],
            ['SHA-256', `<code>${result.sha256}</code>`],
            ['Size', `${result.size} bytes, ${result.entries} entries`],
            ['Commit', result.manifest.commit ?? 'unknown'],
            ['Constants', String(result.metadata.constants.length)],
            ['Scheduled events', String(result.metadata.scheduledEvents.length)]
        ]);
        await core.summary.write();
    }
    catch (error) {
        (0,runner_commands/* failStep */.vy)(error);
    }
}


/***/ }),

/***/ 86612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ getBooleanInput),
/* harmony export */   l: () => (/* binding */ getOptionalInput)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72018);


/** An input's value, or undefined when it is empty or not given (never ''). */
function getOptionalInput(name) {
    const value = (0,_runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .readInput */ .R5)(name);
    return value === '' ? undefined : value;
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** A boolean input, strict as core.getBooleanInput (YAML 1.2 core schema), as a configuration error. */
function getBooleanInput(name) {
    const value = (0,_runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .readInput */ .R5)(name);
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input ${name} is "${value}"; use true or false`);
}


/***/ })

};
