export const id = 6915;
export const ids = [6915];
export const modules = {

/***/ 43998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ mapPool)
/* harmony export */ });
/**
 * Runs `work` over `items` with at most `limit` calls in flight, and resolves with the results in
 * item order. Every call runs to the end even when one fails; then the first failure is thrown.
 */
async function mapPool(items, limit, work) {
    const results = new Array(items.length);
    const failures = [];
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            try {
                results[index] = await work(items[index], index);
            }
            catch (error) {
                failures.push(error);
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    if (failures.length > 0)
        throw failures[0];
    return results;
}


/***/ }),

/***/ 56915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildProject: () => (/* binding */ buildProject)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/git/commit-info.ts
var commit_info = __webpack_require__(51176);
// EXTERNAL MODULE: ./src/mda/deployment-folder.ts
var deployment_folder = __webpack_require__(65518);
// EXTERNAL MODULE: ./src/mda/metadata.ts
var metadata = __webpack_require__(1143);
// EXTERNAL MODULE: ./src/mda/pack.ts + 4 modules
var pack = __webpack_require__(34722);
// EXTERNAL MODULE: ./src/mda/package-identity.ts
var package_identity = __webpack_require__(3767);
// EXTERNAL MODULE: ./src/source-date.ts
var source_date = __webpack_require__(9515);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/zip/extract.ts
var extract = __webpack_require__(13134);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/mxbuild/installer.ts
var mxbuild_installer = __webpack_require__(66911);
// EXTERNAL MODULE: ./src/fs/make-directory.ts
var make_directory = __webpack_require__(891);
;// CONCATENATED MODULE: ./src/mxbuild/cache-installer.ts











const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** Overrides the cache folder, as `--mxbuild-cache` does. */
const CACHE_VARIABLE = 'MXDEPLOY_MXBUILD_CACHE';
/** `~/.cache/mxdeploy/mxbuild` (XDG_CACHE_HOME honoured), `%LOCALAPPDATA%\mxdeploy\mxbuild` on Windows. */
function defaultCacheRoot(env, platform = process.platform) {
    if (platform === 'win32' && env['LOCALAPPDATA']) {
        return (0,external_node_path_.join)(env['LOCALAPPDATA'], 'mxdeploy', 'mxbuild');
    }
    const cache = env['XDG_CACHE_HOME'] || (0,external_node_path_.join)(env['HOME'] || (0,external_node_os_.homedir)(), '.cache');
    return (0,external_node_path_.join)(cache, 'mxdeploy', 'mxbuild');
}
async function isDirectory(path) {
    try {
        return (await (0,promises_.stat)(path)).isDirectory();
    }
    catch (error) {
        if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
            return false;
        throw error;
    }
}
async function download(url, file) {
    let response;
    try {
        response = await fetch(url);
    }
    catch (error) {
        const cause = error.cause;
        throw new mxbuild_installer/* DownloadFailed */.Qv((0,errors/* errorMessage */.gJ)(cause ?? error));
    }
    if (!response.ok || !response.body) {
        await response.body?.cancel();
        throw new mxbuild_installer/* DownloadFailed */.Qv(`HTTP ${response.status} ${response.statusText}`, response.status);
    }
    const body = external_node_stream_.Readable.fromWeb(response.body);
    await (0,external_node_stream_promises_.pipeline)(body, (0,external_node_fs_.createWriteStream)(file, { flags: 'wx' }));
    return (await (0,promises_.stat)(file)).size;
}
/**
 * MxBuild versions kept in `<root>/<version>`: downloaded with fetch, unpacked with tar in a
 * temporary folder beside them, then renamed into place, so a folder that exists is complete.
 */
function cacheInstaller(root) {
    return {
        describe: `the cache folder ${root}`,
        async find(version) {
            const folder = (0,external_node_path_.join)(root, version);
            return (await isDirectory(folder)) ? folder : undefined;
        },
        async install(version, url, log) {
            await (0,make_directory/* makeDirectory */.O)(root);
            const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)(root, `.download-${version}-`));
            try {
                log.info(`downloading MxBuild ${version} from ${url}`);
                const bytes = await download(url, (0,external_node_path_.join)(work, 'mxbuild.tar.gz'));
                log.info(`downloaded ${(bytes / 1024 / 1024).toFixed(1)} MiB; unpacking into ${root}`);
                await (0,promises_.mkdir)((0,external_node_path_.join)(work, 'unpacked'));
                try {
                    // Relative names and cwd: Windows' tar would take "C:" in a path for a remote host.
                    await run('tar', ['-xzf', 'mxbuild.tar.gz', '-C', 'unpacked'], {
                        cwd: work,
                        maxBuffer: 16 << 20
                    });
                }
                catch (error) {
                    const stderr = error.stderr?.trim();
                    throw new errors/* OperationError */.OK(`can't unpack MxBuild ${version} from ${url}: ${stderr || (0,errors/* errorMessage */.gJ)(error)}`);
                }
                const folder = (0,external_node_path_.join)(root, version);
                try {
                    await (0,promises_.rename)((0,external_node_path_.join)(work, 'unpacked'), folder);
                }
                catch (error) {
                    // Another build installed the same version meanwhile: theirs is as good as ours.
                    const code = (0,errors/* errnoCode */.UK)(error);
                    const taken = code === 'EEXIST' || code === 'ENOTEMPTY' || code === 'EPERM';
                    if (!(taken && (await isDirectory(folder)))) {
                        throw error;
                    }
                }
                return folder;
            }
            finally {
                await (0,promises_.rm)(work, { recursive: true, force: true });
            }
        }
    };
}

// EXTERNAL MODULE: ./src/fs/path-kind.ts
var path_kind = __webpack_require__(33515);
;// CONCATENATED MODULE: ./src/mxbuild/java.ts



const SETUP_HINT = 'in GitHub Actions add "uses: actions/setup-java@v4" with "distribution: temurin" and the "java-version" your Mendix version needs (17 or 21 for Mendix 10) before this step; elsewhere install a JDK and set JAVA_HOME';
/** Finds the JDK: `--java-home` else JAVA_HOME, and `--java-exe-path` else its bin/java. */
async function resolveJdk(options) {
    const given = options.javaHome ?? (options.env['JAVA_HOME'] || undefined);
    if (!given) {
        throw new errors/* ConfigurationError */.j1(`MxBuild needs a JDK and none is set: give --java-home DIR or set JAVA_HOME (${SETUP_HINT})`);
    }
    const javaHome = (0,external_node_path_.resolve)(options.cwd, given);
    const source = options.javaHome ? '--java-home' : 'JAVA_HOME';
    if ((await (0,path_kind/* pathKind */.g)(javaHome)) !== 'directory') {
        throw new errors/* ConfigurationError */.j1(`${source} ${javaHome} is not a directory: point it at an installed JDK (${SETUP_HINT})`);
    }
    const javaExe = options.javaExePath
        ? (0,external_node_path_.resolve)(options.cwd, options.javaExePath)
        : (0,external_node_path_.join)(javaHome, 'bin', options.platform === 'win32' ? 'java.exe' : 'java');
    if ((await (0,path_kind/* pathKind */.g)(javaExe)) !== 'file') {
        throw new errors/* ConfigurationError */.j1(options.javaExePath
            ? `--java-exe-path ${javaExe} is not a file: give the java program of the JDK`
            : `${javaHome} (${source}) has no ${javaExe}: is it a JDK? Give --java-exe-path FILE if java lives elsewhere`);
    }
    return { javaHome, javaExe };
}

;// CONCATENATED MODULE: ./src/mxbuild/locate.ts





/**
 * Where an unpacked MxBuild keeps its program: `modeler/mxbuild` (Linux, Mendix 10+),
 * `modeler/mxbuild.exe` (Windows; on Linux run with mono before Mendix 10), `modeler/mxbuild.dll`
 * (run with dotnet). A folder that is `modeler/` itself works too.
 */
function candidates(platform) {
    const names = platform === 'win32' ? ['mxbuild.exe'] : ['mxbuild', 'mxbuild.dll', 'mxbuild.exe'];
    return names.flatMap((name) => [(0,external_node_path_.join)('modeler', name), name]);
}
/** The command for an MxBuild program file, by its kind. */
function commandFor(path, platform) {
    const ext = (0,external_node_path_.extname)(path).toLowerCase();
    if (ext === '.dll')
        return { program: 'dotnet', prefix: [path], path };
    if (ext === '.exe' && platform !== 'win32')
        return { program: 'mono', prefix: [path], path };
    return { program: path, prefix: [], path };
}
/** The MxBuild program inside an unpacked MxBuild folder, or undefined. */
async function findInFolder(dir, platform) {
    for (const name of candidates(platform)) {
        const path = (0,external_node_path_.join)(dir, name);
        if ((await (0,path_kind/* pathKind */.g)(path)) === 'file')
            return commandFor(path, platform);
    }
    return undefined;
}
/** The MxBuild that `--mxbuild PATH` names: the program, or the folder of an unpacked MxBuild. */
async function explicitMxBuild(given, cwd, platform) {
    const path = (0,external_node_path_.resolve)(cwd, given);
    const kind = await (0,path_kind/* pathKind */.g)(path);
    if (!kind) {
        throw new errors/* ConfigurationError */.j1(`MxBuild ${path} does not exist: give --mxbuild the mxbuild program or the folder MxBuild's .tar.gz unpacks into, or leave it out to download MxBuild`);
    }
    if (kind === 'directory') {
        const found = await findInFolder(path, platform);
        if (!found) {
            throw new errors/* ConfigurationError */.j1(`${path} holds no MxBuild: expected ${candidates(platform).join(', ')} in it`);
        }
        return found;
    }
    const command = commandFor(path, platform);
    if (command.program === path && platform !== 'win32') {
        try {
            await (0,promises_.access)(path, promises_.constants.X_OK);
        }
        catch {
            throw new errors/* ConfigurationError */.j1(`MxBuild ${path} is not executable: chmod +x it`);
        }
    }
    return command;
}
/** The MxBuild for `version`: installed already, else downloaded and installed. */
async function installedMxBuild(options) {
    const { version, installer, platform, log } = options;
    const cached = await installer.find(version);
    if (cached) {
        const found = await findInFolder(cached, platform);
        if (!found) {
            throw new errors/* OperationError */.OK(`${cached} in ${installer.describe} holds no MxBuild program (${candidates(platform).join(', ')}): delete the folder so it is downloaded again`);
        }
        log.info(`using MxBuild ${version} from ${cached}`);
        return found;
    }
    if (platform !== 'linux' && platform !== 'win32') {
        throw new errors/* ConfigurationError */.j1(`Mendix publishes MxBuild for Linux and Windows only; on ${platform} give --mxbuild PATH (an MxBuild ${version} you have), or build on Linux`);
    }
    const url = (0,mxbuild_installer/* mxbuildUrl */.tG)(version, platform, options.baseUrl);
    let folder;
    try {
        folder = await installer.install(version, url, log);
    }
    catch (error) {
        if (!(error instanceof mxbuild_installer/* DownloadFailed */.Qv))
            throw error;
        if (error.status === 404) {
            throw new errors/* ConfigurationError */.j1(`there is no MxBuild ${version} at ${url} (HTTP 404): the .mpr says Mendix ${version}; check that this is a released Mendix version, or give --mxbuild PATH`);
        }
        throw new errors/* OperationError */.OK(`can't download MxBuild ${version} from ${url}: ${error.message}`);
    }
    const found = await findInFolder(folder, platform);
    if (!found) {
        throw new errors/* OperationError */.OK(`the MxBuild archive ${url} holds none of ${candidates(platform).join(', ')}`);
    }
    return found;
}

// EXTERNAL MODULE: ./src/mxbuild/mpr-version.ts + 3 modules
var mpr_version = __webpack_require__(31202);
;// CONCATENATED MODULE: ./src/mxbuild/problems.ts


function problems_text(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
function problems_location(value) {
    const item = (typeof value === 'object' && value !== null ? value : {});
    return {
        module: problems_text(item['module']),
        document: problems_text(item['document']),
        element: problems_text(item['element'])
    };
}
/**
 * Parses the --write-errors JSON: `{"problems": [{name?, severity, message, locations}]}`, UTF-8
 * with an optional BOM. Unknown severities count as errors, so nothing serious is played down.
 */
function parseProblems(source) {
    const raw = (typeof source === 'string' ? source : source.toString('utf8')).replace(/^\uFEFF/, '');
    const document = JSON.parse(raw);
    const problems = document?.problems;
    if (!Array.isArray(problems))
        throw new Error('it has no "problems" list');
    return problems.map((value, index) => {
        const item = (typeof value === 'object' && value !== null ? value : {});
        const message = problems_text(item['message']);
        if (!message)
            throw new Error(`problem ${index + 1} has no "message"`);
        const severity = problems_text(item['severity']);
        const locations = Array.isArray(item['locations']) ? item['locations'].map(problems_location) : [];
        return {
            ...(problems_text(item['name']) ? { name: problems_text(item['name']) } : {}),
            severity: severity === 'Warning' || severity === 'Deprecation' ? severity : 'Error',
            message,
            locations
        };
    });
}
/** The problems in MxBuild's error file, or why they can't be read (never throws). */
async function readProblems(path) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(path);
    }
    catch (error) {
        const missing = (0,errors/* errnoCode */.UK)(error) === 'ENOENT';
        return { unreadable: missing ? 'MxBuild wrote no error file' : (0,errors/* errorMessage */.gJ)(error), missing };
    }
    try {
        return { problems: parseProblems(bytes) };
    }
    catch (error) {
        return { unreadable: `its error file is not valid: ${(0,errors/* errorMessage */.gJ)(error)}`, missing: false };
    }
}
/** `CE1613: message (Module › Document › element)`: one line per problem. */
function describeProblem(problem) {
    const where = problem.locations
        .map((at) => [at.module, at.document, at.element].filter(Boolean).join(' › '))
        .filter(Boolean);
    const code = problem.name ? `${problem.name}: ` : '';
    return `${code}${problem.message}${where.length ? ` (${where.join('; ')})` : ''}`;
}
/**
 * Reports problems through the logger: errors as errors, warnings and deprecations as warnings
 * (annotations in Actions, lines in the CLI), each pointing at the .mpr.
 */
function reportProblems(problems, log, project) {
    let errors = 0;
    let warnings = 0;
    for (const problem of problems) {
        const title = `MxBuild ${problem.severity.toLowerCase()}${problem.name ? ` ${problem.name}` : ''}`;
        if (problem.severity === 'Error') {
            errors++;
            log.error(describeProblem(problem), { file: project, title });
        }
        else {
            warnings++;
            log.warning(describeProblem(problem), { file: project, title });
        }
    }
    return { errors, warnings };
}

;// CONCATENATED MODULE: ./src/mxbuild/outcome.ts


/** MxBuild did not build the package; the step fails (exit 1), with its problems reported. */
class MxBuildFailed extends errors/* OperationError */.OK {
    exit;
    problems;
    name = 'MxBuildFailed';
    constructor(message, exit, problems) {
        super(message);
        this.exit = exit;
        this.problems = problems;
    }
}
/**
 * Reports the problems of MxBuild's error file and turns its exit into a result: nothing on 0,
 * MxBuildFailed otherwise (1 internal error, 2 bad options, 3 errors in the model).
 */
async function judgeMxBuild(context) {
    const { exit, log, project } = context;
    const read = await readProblems(context.errorsFile);
    const problems = 'problems' in read ? read.problems : [];
    const { errors } = reportProblems(problems, log, project);
    if (exit.code === 0) {
        if ('unreadable' in read && !read.missing)
            log.warning(`MxBuild's ${read.unreadable}`);
        return problems;
    }
    const firstError = problems.find((problem) => problem.severity === 'Error');
    const unreadable = 'unreadable' in read ? `, and ${read.unreadable}` : '';
    const seeOutput = 'see its output above';
    let message;
    if (exit.code === 3) {
        message =
            errors > 0
                ? `MxBuild found ${errors === 1 ? '1 error' : `${errors} errors`} in the model of ${project} (exit code 3): fix ${errors === 1 ? 'it in Studio Pro: ' : 'them in Studio Pro; the first: '}${describeProblem(firstError)}`
                : `MxBuild found errors in the model of ${project} (exit code 3)${unreadable}: ${seeOutput}, and fix them in Studio Pro`;
    }
    else if (exit.code === 2) {
        message = `MxBuild rejected its options (exit code 2)${unreadable}: ${seeOutput}; check that ${context.mxbuildPath} is MxBuild ${context.mendixVersion}, the version ${project} was saved with`;
    }
    else if (exit.code === 1) {
        message = `MxBuild failed with an internal error (exit code 1)${unreadable}: ${seeOutput}${firstError ? `; it reported: ${describeProblem(firstError)}` : ''}`;
    }
    else if (exit.signal) {
        message = `MxBuild was stopped by ${exit.signal} before it finished (out of memory, or cancelled?): ${seeOutput}`;
    }
    else {
        message = `MxBuild ended with exit code ${exit.code}, which it does not document${unreadable}: ${seeOutput}`;
    }
    throw new MxBuildFailed(message, exit, problems);
}

;// CONCATENATED MODULE: ./src/mxbuild/run.ts


/** The arguments MxBuild's documentation gives for building a deployment package. */
function mxbuildArguments(run) {
    return [
        ...run.command.prefix,
        `--java-home=${run.jdk.javaHome}`,
        `--java-exe-path=${run.jdk.javaExe}`,
        '--target=package',
        `--output=${run.output}`,
        `--model-version=${run.modelVersion}`,
        `--write-errors=${run.errorsFile}`,
        run.project
    ];
}
/** Passes a stream to `line` one line at a time, as it arrives. */
function eachLine(stream, line) {
    return new Promise((done) => {
        let pending = '';
        stream.setEncoding('utf8');
        stream.on('data', (chunk) => {
            const lines = (pending + chunk).split(/\r?\n/);
            pending = lines.pop();
            for (const text of lines)
                line(text);
        });
        stream.on('close', () => {
            if (pending)
                line(pending);
            done();
        });
    });
}
/** Runs MxBuild with its output streamed to the logger, and returns how it ended. */
async function runMxBuild(run) {
    const { command, log } = run;
    const args = mxbuildArguments(run);
    log.info(`running ${command.path} --target=package --model-version=${run.modelVersion}`);
    const child = (0,external_node_child_process_.spawn)(command.program, args, {
        env: { ...run.env, JAVA_HOME: run.jdk.javaHome },
        stdio: ['ignore', 'pipe', 'pipe'],
        windowsHide: true
    });
    const started = new Promise((ok, fail) => {
        child.once('spawn', ok);
        child.once('error', fail);
    });
    const exit = new Promise((done) => {
        child.once('close', (code, signal) => done({ code, signal }));
    });
    try {
        await started;
    }
    catch (error) {
        const code = (0,errors/* errnoCode */.UK)(error);
        if (code === 'ENOENT' && command.program !== command.path) {
            throw new errors/* ConfigurationError */.j1(`${command.path} runs with ${command.program}, which is not installed: install ${command.program === 'mono' ? 'Mono (Mendix 9 and older on Linux)' : 'the .NET runtime'} or use an MxBuild that runs on its own`);
        }
        if (code === 'ENOENT' || code === 'EACCES') {
            throw new errors/* OperationError */.OK(`can't start MxBuild ${command.path}: ${error.message}`);
        }
        throw error;
    }
    await Promise.all([
        eachLine(child.stdout, (text) => log.info(text)),
        eachLine(child.stderr, (text) => log.info(text))
    ]);
    return exit;
}

;// CONCATENATED MODULE: ./src/mxbuild/build-project.ts



















/** The .mpr as annotations should name it: relative to the workspace when inside it. */
function shownPath(path, cwd) {
    const inside = (0,external_node_path_.relative)(cwd, path);
    return inside && !inside.startsWith('..') && !(0,external_node_path_.isAbsolute)(inside)
        ? inside.split(external_node_path_.sep).join('/')
        : path;
}
async function isFile(path) {
    try {
        return (await (0,promises_.stat)(path)).isFile();
    }
    catch (error) {
        if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
            return false;
        throw error;
    }
}
/** Unpacks MxBuild's MDA into `folder`; a package it made that can't be read is a failure. */
async function unpack(mda, folder, log) {
    try {
        await (0,extract/* extractZip */.J)(mda, folder, "MxBuild's package");
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j1))
            throw error;
        throw new errors/* OperationError */.OK(`can't repack MxBuild's package: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    const dropped = (await (0,promises_.readdir)(folder)).filter((name) => !deployment_folder/* PACKAGED_FOLDERS */.dp.includes(name));
    if (dropped.length > 0) {
        log.warning(`left out of the package, as from any deployment folder: ${dropped.join(', ')}`);
    }
    if (!(await isFile((0,external_node_path_.join)(folder, metadata/* METADATA_PATH */.GN)))) {
        throw new errors/* OperationError */.OK(`MxBuild's package has no ${metadata/* METADATA_PATH */.GN}; it is not an MDA`);
    }
}
async function mxbuildMetadata(folder) {
    try {
        return (0,metadata/* parseMetadata */.jR)(await (0,promises_.readFile)((0,external_node_path_.join)(folder, metadata/* METADATA_PATH */.GN)), `MxBuild's ${metadata/* METADATA_PATH */.GN}`);
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j1))
            throw error;
        throw new errors/* OperationError */.OK((0,errors/* errorMessage */.gJ)(error));
    }
}
/**
 * Builds a package from a .mpr: reads its Mendix version, finds (or downloads) that MxBuild and
 * the JDK, runs MxBuild, then repacks its MDA like a deployment folder, so the package has the same
 * manifest, determinism and `.sha256` as every other build. Checks all input before anything runs.
 */
async function buildProject(request) {
    const { cwd, env, log } = request;
    const project = (0,external_node_path_.resolve)(cwd, request.project);
    const mendixVersion = await (0,mpr_version/* readMprVersion */.i1)(project);
    log.info(`${project} is a Mendix ${mendixVersion} app`);
    const out = request.out ? (0,external_node_path_.resolve)(cwd, request.out) : undefined;
    if (out)
        await (0,pack/* checkOutputPath */.$b)(out);
    const tools = await mxbuildTools(request, mendixVersion);
    const commit = await (0,commit_info/* commitInfo */.o)((0,external_node_path_.dirname)(project), env);
    const temp = await (0,promises_.mkdtemp)((0,external_node_path_.join)(env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), 'mxdeploy-mxbuild-'));
    try {
        const folder = await runToFolder(request, { project, mendixVersion, temp, ...tools });
        const metadata = await mxbuildMetadata(folder);
        const app = (0,package_identity/* buildAppName */.RU)(request.app, metadata.projectName, (0,external_node_path_.basename)(project).replace(/\.mpr$/i, ''));
        for (const warning of metadata.warnings)
            log.warning(warning);
        const result = await (0,pack/* packDeploymentFolder */.Bn)({
            deploymentDir: folder,
            out: out ?? (0,external_node_path_.resolve)(cwd, `${app}_${request.version}.mda`),
            version: request.version,
            app,
            commit: commit.commit,
            branch: commit.branch,
            builtAt: request.sourceDate ?? commit.time ?? source_date/* ZIP_EPOCH */.q,
            entryDate: request.sourceDate ?? source_date/* ZIP_EPOCH */.q,
            builder: `${version/* BUILDER */.i}, MxBuild ${mendixVersion}`,
            source: 'mxbuild',
            stories: request.stories ?? [],
            progress: log.progress
        });
        return { ...result, version: request.version, mendixVersion };
    }
    finally {
        await (0,promises_.rm)(temp, { recursive: true, force: true });
    }
}
/** The JDK and the MxBuild of the app's Mendix version: given, cached, or downloaded. */
async function mxbuildTools(request, mendixVersion) {
    const { cwd, env, log } = request;
    const platform = process.platform;
    const options = request.mxbuild ?? {};
    const jdk = await resolveJdk({
        javaHome: options.javaHome,
        javaExePath: options.javaExePath,
        env,
        cwd,
        platform
    });
    const command = options.path
        ? await explicitMxBuild(options.path, cwd, platform)
        : await installedMxBuild({
            version: mendixVersion,
            installer: options.installer ??
                cacheInstaller((0,external_node_path_.resolve)(cwd, options.cacheDir ?? (env[CACHE_VARIABLE] || defaultCacheRoot(env)))),
            baseUrl: env[mxbuild_installer/* BASE_URL_VARIABLE */.V1] || mxbuild_installer/* DEFAULT_BASE_URL */.Ql,
            platform,
            log
        });
    return { jdk, command };
}
/** Runs MxBuild into `temp`, judges its outcome, and unpacks its MDA as a deployment folder. */
async function runToFolder(request, run) {
    const { env, log } = request;
    const mda = (0,external_node_path_.join)(run.temp, 'out.mda');
    const errorsFile = (0,external_node_path_.join)(run.temp, 'errors.json');
    const exit = await runMxBuild({
        command: run.command,
        jdk: run.jdk,
        project: run.project,
        output: mda,
        modelVersion: request.version,
        errorsFile,
        env,
        log
    });
    await judgeMxBuild({
        exit,
        errorsFile,
        project: shownPath(run.project, request.cwd),
        mendixVersion: run.mendixVersion,
        mxbuildPath: run.command.path,
        log
    });
    if (!(await isFile(mda))) {
        throw new errors/* OperationError */.OK(`MxBuild exited with 0 but wrote no package at ${mda}`);
    }
    const folder = (0,external_node_path_.join)(run.temp, 'deployment');
    await unpack(mda, folder, log);
    return folder;
}


/***/ }),

/***/ 13134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ extractZip)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _async_pool_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(43998);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(83916);
/* harmony import */ var _fs_open_input_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56318);
/* harmony import */ var _central_directory_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(81752);
/* harmony import */ var _entry_data_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73452);
/* harmony import */ var _safety_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(93513);
/* harmony import */ var _fs_make_directory_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(891);











/** Names Windows can't hold as they are: device names, reserved characters, trailing dots. */
function windowsProblem(name) {
    for (const segment of name.replace(/\/$/, '').split('/')) {
        const control = [...segment].some((char) => char.charCodeAt(0) < 0x20);
        if (control || /[<>:"|?*]/.test(segment))
            return 'a character Windows does not allow';
        if (/[. ]$/.test(segment))
            return 'a name ending in a dot or space';
        if (/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(segment))
            return 'a Windows device name';
    }
    return undefined;
}
/** Every folder the entries need, parents before children. */
function folders(entries) {
    const all = new Set();
    for (const entry of entries) {
        const parts = entry.name.replace(/\/$/, '').split('/');
        const depth = (0,_safety_js__WEBPACK_IMPORTED_MODULE_7__/* .isDirectory */ .wd)(entry) ? parts.length : parts.length - 1;
        for (let i = 1; i <= depth; i++)
            all.add(parts.slice(0, i).join('/'));
    }
    return [...all].sort((a, b) => a.split('/').length - b.split('/').length);
}
/**
 * Extracts an archive into `dest`, a folder this call creates (it must not exist yet). The archive
 * is refused before anything is written when its central directory shows it is unsafe; every
 * entry's size and CRC-32 are checked as it streams; only plain files and folders are created,
 * all under `dest`. On any failure `dest` is removed, so nothing is left behind.
 */
async function extractZip(path, dest, label = path, limits = _safety_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_LIMITS */ .dR) {
    const handle = await (0,_fs_open_input_js__WEBPACK_IMPORTED_MODULE_4__/* .openInputFile */ .H)(path, 'archive');
    try {
        const { size } = await handle.stat();
        const directory = await (0,_central_directory_js__WEBPACK_IMPORTED_MODULE_5__/* .readCentralDirectory */ .H)(handle, size, label);
        const problems = (0,_safety_js__WEBPACK_IMPORTED_MODULE_7__/* .directoryProblems */ .YF)(directory, limits);
        if (process.platform === 'win32') {
            for (const entry of directory.entries) {
                const why = windowsProblem(entry.name);
                if (why)
                    problems.push(`entry ${JSON.stringify(entry.name)} has ${why}`);
            }
        }
        if (problems.length > 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j1(`${label} can't be extracted safely: ${problems.join('; ')}`);
        }
        await (0,_fs_make_directory_js__WEBPACK_IMPORTED_MODULE_8__/* .makeDirectory */ .O)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dest));
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dest);
        }
        catch (error) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errnoCode */ .UK)(error) === 'EEXIST') {
                throw new Error(`can't extract ${label} into ${dest}: it exists already`);
            }
            throw error;
        }
        try {
            for (const folder of folders(directory.entries))
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dest, folder));
            const files = directory.entries
                .filter((entry) => !(0,_safety_js__WEBPACK_IMPORTED_MODULE_7__/* .isDirectory */ .wd)(entry))
                .sort((a, b) => a.localOffset - b.localOffset);
            await (0,_async_pool_js__WEBPACK_IMPORTED_MODULE_10__/* .mapPool */ .P)(files, 4, async (entry) => {
                const source = await (0,_entry_data_js__WEBPACK_IMPORTED_MODULE_6__/* .entryStream */ .v)(handle, entry, label);
                // 'wx': never follow or replace what is there (a name that collides with a folder fails).
                await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(source, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dest, entry.name), { flags: 'wx' }));
            });
            return { files: files.length, bytes: files.reduce((sum, entry) => sum + entry.size, 0) };
        }
        catch (error) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dest, { recursive: true, force: true });
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j1)
                throw error;
            const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errnoCode */ .UK)(error);
            if (code === 'EEXIST' || code === 'ENOTDIR' || code === 'EISDIR') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j1(`${label} can't be extracted: two entries claim the same path (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errorMessage */ .gJ)(error)})`);
            }
            throw error;
        }
    }
    finally {
        await handle.close();
    }
}


/***/ })

};
