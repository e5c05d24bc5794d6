export const id = 3671;
export const ids = [3671];
export const modules = {

/***/ 70761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mz: () => (/* binding */ MFA_OPTIONS),
  LF: () => (/* binding */ cliAccessPolicies)
});

// UNUSED EXPORTS: cliCodeOffers, cliTotpSecrets

// EXTERNAL MODULE: ./src/mfa/code-input.ts
var code_input = __webpack_require__(39048);
// EXTERNAL MODULE: ./src/mfa/secrets.ts
var secrets = __webpack_require__(29623);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/access/local-protection-policy.ts

/**
 * Outside GitHub Actions nobody can prove a GitHub approval, so an environment that requires
 * reviewers is changed from its workflow job, never from a laptop.
 */
const reviewersOnlyOnGitHub = {
    name: 'required reviewers',
    check({ environment, operation }) {
        if (environment.protection.reviewers !== 'required')
            return Promise.resolve({});
        const where = operation === 'deploy' || operation === 'rollback'
            ? `deploy it with actions/stage in a job that has "environment: ${environment.name}"`
            : `mxdeploy cannot ${operation} it from the CLI; ${operation} it where it runs (Mendix Cloud: the Developer Portal)`;
        return Promise.reject(new errors/* ConfigurationError */.j1(`${environment.name} requires GitHub environment reviewers (protection.reviewers: required), which only a workflow job can prove: ${where}`));
    }
};

// EXTERNAL MODULE: ./src/access/totp-policy.ts + 7 modules
var totp_policy = __webpack_require__(46365);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/access-options.ts





/** The second-factor flags of commands that change an environment (`stage`, `start`, `stop`, `restart`): spread into their options. */
const MFA_OPTIONS = {
    otp: {
        type: 'string',
        value: 'CODE',
        description: 'the 6-digit code of your authenticator app, for environments with mfa: totp'
    },
    user: {
        type: 'string',
        value: 'NAME',
        description: 'who deploys (the GitHub login the TOTP secret is stored under)'
    },
    'totp-secrets': {
        type: 'string',
        value: 'FILE',
        description: `YAML or JSON map of user to TOTP secret (default: the ${secrets/* SECRETS_VARIABLE */.Bx} variable)`
    }
};
/** The code offered with `--otp CODE --user NAME`, if any. */
function cliCodeOffers(context) {
    const code = (0,command/* stringValue */.r)(context, 'otp');
    return code === undefined ? [] : [(0,code_input/* offerFromOption */.eq)(code, (0,command/* stringValue */.r)(context, 'user'))];
}
/** The secrets document of `--totp-secrets FILE` or MXDEPLOY_TOTP_SECRETS. */
async function cliTotpSecrets(context) {
    return (0,secrets/* readTotpSecrets */.Pn)({ file: (0,command/* stringValue */.r)(context, 'totp-secrets'), env: context.io.env }, context.log);
}
/**
 * Access control outside GitHub Actions, the same for every command that changes an
 * environment: required reviewers can't be proven here, and the TOTP factor is the actor's.
 */
function cliAccessPolicies(context, actor, stateDir) {
    return [
        reviewersOnlyOnGitHub,
        (0,totp_policy/* totpPolicy */.y)({
            users: () => Promise.resolve([actor]),
            offers: cliCodeOffers(context),
            secrets: () => cliTotpSecrets(context),
            stateDir
        })
    ];
}


/***/ }),

/***/ 63671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   stageCommand: () => (/* binding */ stageCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/* harmony import */ var _repository_publish_package_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21726);
/* harmony import */ var _app_stage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99617);
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


/***/ }),

/***/ 36675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyPackage: () => (/* binding */ verifyPackage)
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
// EXTERNAL MODULE: ./src/zip/entry-data.ts + 1 modules
var entry_data = __webpack_require__(73452);
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
                    await (0,entry_data/* readEntry */.h)(handle, entry, label);
                }
                else {
                    const stream = await (0,entry_data/* entryStream */.v)(handle, entry, label);
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
    const { metadata, manifest } = await (0,inspect.readPackageFacts)(path);
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

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   currentActor: () => (/* binding */ currentActor),
/* harmony export */   publishPackage: () => (/* binding */ publishPackage)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _mda_package_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3767);
/* harmony import */ var _mda_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52084);
/* harmony import */ var _mda_verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36675);





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
    const verified = await (0,_mda_verify_js__WEBPACK_IMPORTED_MODULE_3__.verifyPackage)(file);
    const { manifest, metadata } = verified;
    const app = (0,_mda_package_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .checkAppName */ .XF)(packageApp(file, manifest?.app, options.app), 'app');
    const version = (0,_mda_package_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .checkPackageVersion */ .d$)(packageVersion(file, manifest?.version, metadata.modelVersion, options.version), 'package version');
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
/** The app a package is filed under: the one asked for, which a manifest must agree with. */
function packageApp(file, inManifest, asked) {
    if (asked)
        (0,_mda_package_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .checkAppName */ .XF)(asked, 'app');
    if (asked && inManifest && asked !== inManifest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${file} was built for app ${JSON.stringify(inManifest)}, but this publish is for app ${JSON.stringify(asked)} (--app or mxdeploy.yml's app): build it with this app's configuration, or publish it with --app ${inManifest}`);
    }
    const app = asked ?? inManifest;
    if (!app) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${file} has no mxdeploy build manifest naming its app: pass --app NAME (or set app: in mxdeploy.yml)`);
    }
    return app;
}
/**
 * The version a package is filed under: its manifest's, else its ModelVersion, else the one
 * asked for. Every version the package states must agree, or a deploy would report one version
 * while running another.
 */
function packageVersion(file, inManifest, modelVersion, asked) {
    const stated = modelVersion && (0,_mda_version_js__WEBPACK_IMPORTED_MODULE_2__/* .isModelVersion */ .y3)(modelVersion) ? modelVersion : undefined;
    if (inManifest && stated && inManifest !== stated) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${file} is damaged or was edited: its manifest says version ${inManifest}, its model/metadata.json says ModelVersion ${stated}; build it again`);
    }
    const own = inManifest ?? stated;
    if (asked && own && asked !== own) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${file} is version ${own}, not ${asked}: drop --version, or build the package with --version ${asked}`);
    }
    const version = own ?? asked;
    if (!version) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${file} carries no version (ModelVersion ${JSON.stringify(modelVersion ?? null)}, as Studio Pro writes when none is set): give the version to file it under with --version 1.2.0.15 (input version), or build it with mxdeploy build --version`);
    }
    return version;
}


/***/ })

};
