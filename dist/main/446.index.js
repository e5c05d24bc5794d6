export const id = 446;
export const ids = [446];
export const modules = {

/***/ 2060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: ./src/build/build-package.ts + 7 modules
var build_package = __webpack_require__(53609);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/mda/sha256-file.ts
var sha256_file = __webpack_require__(89180);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/actions/shared/artifact.ts


/**
 * Uploads files as one workflow artifact. `@actions/artifact` is loaded only here: it adds
 * 150–270 ms to start-up, which actions that don't upload should not pay.
 */
async function uploadFiles(name, files, env) {
    if (!env['ACTIONS_RUNTIME_TOKEN'] || !env['ACTIONS_RESULTS_URL']) {
        throw new errors/* ConfigurationError */.j1('upload-artifact is true, but this is not a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set): set upload-artifact to false');
    }
    const { DefaultArtifactClient } = await __webpack_require__.e(/* import() */ 584).then(__webpack_require__.bind(__webpack_require__, 20584));
    const client = new DefaultArtifactClient();
    const root = (0,external_node_path_.dirname)(files[0]);
    const result = await client.uploadArtifact(name, files, root, {});
    return { id: result.id, size: result.size };
}

;// CONCATENATED MODULE: ./src/actions/shared/logger.ts

function properties(where) {
    if (!where)
        return {};
    return {
        ...(where.file ? { file: where.file } : {}),
        ...(where.line ? { startLine: where.line } : {}),
        ...(where.column ? { startColumn: where.column } : {}),
        ...(where.title ? { title: where.title } : {})
    };
}
/** The domain's logger as workflow commands: log lines, annotations and masks. */
const actionLogger = {
    info: (message) => core/* info */.pq(message),
    warning: (message, where) => core/* warning */.$e(message, properties(where)),
    error: (message, where) => core/* error */.z3(message, properties(where)),
    secret: (value) => {
        if (value)
            core/* setSecret */.Pq(value);
    }
};

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
    ArtifactName: 'artifact-name'
};
const Outputs = {
    MdaPath: 'mda-path',
    PackageVersion: 'package-version',
    Sha256: 'sha256',
    RuntimeVersion: 'runtime-version',
    ArtifactId: 'artifact-id'
};

;// CONCATENATED MODULE: ./src/actions/shared/inputs.ts


/** An input's value, or undefined when it is empty or not given (never ''). */
function getOptionalInput(name) {
    const value = core/* getInput */.V4(name);
    return value === '' ? undefined : value;
}
/** A boolean input, strict as core.getBooleanInput, but failing as a configuration error. */
function getBooleanInput(name) {
    try {
        return core/* getBooleanInput */.Vt(name);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`input ${name} is "${core/* getInput */.V4(name)}"; use true or false`);
    }
}

;// CONCATENATED MODULE: ./src/actions/build/inputs.ts



/** The build action's inputs; throws ConfigurationError on a bad value. */
function getInputs() {
    return {
        project: getOptionalInput(Inputs.Project),
        deploymentDir: getOptionalInput(Inputs.DeploymentDir),
        version: core/* getInput */.V4(Inputs.Version),
        buildNumber: getOptionalInput(Inputs.BuildNumber),
        output: getOptionalInput(Inputs.Output),
        app: getOptionalInput(Inputs.App),
        uploadArtifact: getBooleanInput(Inputs.UploadArtifact),
        artifactName: core/* getInput */.V4(Inputs.ArtifactName) || 'mxdeploy-package'
    };
}

;// CONCATENATED MODULE: ./src/actions/build/main.ts








/** The build action: inputs → MDA (+ .sha256) → outputs, artifact and job summary. */
async function run() {
    core/* setOutput */.uH(Outputs.ArtifactId, '');
    try {
        const inputs = getInputs();
        const result = await (0,build_package/* buildPackage */.P)({
            project: inputs.project,
            deploymentDir: inputs.deploymentDir,
            version: inputs.version,
            buildNumber: inputs.buildNumber,
            out: inputs.output,
            app: inputs.app,
            cwd: process.env['GITHUB_WORKSPACE'] || process.cwd(),
            env: process.env,
            log: actionLogger
        });
        core/* setOutput */.uH(Outputs.MdaPath, result.path);
        core/* setOutput */.uH(Outputs.PackageVersion, result.version);
        core/* setOutput */.uH(Outputs.Sha256, result.sha256);
        core/* setOutput */.uH(Outputs.RuntimeVersion, result.metadata.runtimeVersion);
        core/* info */.pq(`built ${result.path} (${result.entries} entries, sha256 ${result.sha256})`);
        if (inputs.uploadArtifact) {
            const artifact = await uploadFiles(inputs.artifactName, [result.path, (0,sha256_file/* sidecarPath */.n8)(result.path)], process.env);
            core/* setOutput */.uH(Outputs.ArtifactId, String(artifact.id ?? ''));
            core/* info */.pq(`uploaded artifact ${inputs.artifactName} (id ${artifact.id ?? 'unknown'})`);
        }
        core/* summary */.z.addHeading(`Package ${result.manifest.app} ${result.version}`, 3).addTable([
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
        await core/* summary */.z.write();
    }
    catch (error) {
        core/* setFailed */.C1((0,errors/* errorMessage */.gJ)(error));
    }
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
