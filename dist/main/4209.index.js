export const id = 4209;
export const ids = [4209];
export const modules = {

/***/ 75648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildApp: () => (/* binding */ buildApp),
  buildSourceDir: () => (/* binding */ buildSourceDir)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/git/commit-info.ts
var commit_info = __webpack_require__(51176);
// EXTERNAL MODULE: ./src/mda/deployment-folder.ts
var deployment_folder = __webpack_require__(65518);
// EXTERNAL MODULE: ./src/mda/metadata.ts
var mda_metadata = __webpack_require__(1143);
// EXTERNAL MODULE: ./src/mda/pack.ts + 4 modules
var pack = __webpack_require__(34722);
// EXTERNAL MODULE: ./src/mda/package-identity.ts
var package_identity = __webpack_require__(3767);
// EXTERNAL MODULE: ./src/mda/version.ts
var mda_version = __webpack_require__(52084);
// EXTERNAL MODULE: ./src/source-date.ts
var source_date = __webpack_require__(9515);
// EXTERNAL MODULE: ./src/version.ts
var src_version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/build/build-package.ts











/** Checks the request's shape before anything is read or written. */
function checkBuildRequest(request) {
    if (request.deploymentDir && request.project) {
        throw new errors/* ConfigurationError */.j1('give either a deployment folder or a .mpr project to build, not both');
    }
    if (!request.deploymentDir && !request.project) {
        throw new errors/* ConfigurationError */.j1('nothing to build: give a deployment folder (--deployment-dir, input deployment-dir) or a Mendix app file (--project App.mpr)');
    }
    if (!request.version) {
        throw new errors/* ConfigurationError */.j1('a package needs a version: give --version 1.2.0 (input version)');
    }
    if (request.app !== undefined)
        (0,package_identity/* checkAppName */.XF)(request.app.trim(), '--app, input app or mxdeploy.yml');
}
/**
 * Builds a package: the four-part version, the commit it comes from, a reproducible timestamp,
 * then the MDA with its manifest and `.sha256`.
 */
async function buildPackage(request) {
    checkBuildRequest(request);
    const version = (0,mda_version/* modelVersion */.C5)(request.version, request.buildNumber, request.env['GITHUB_RUN_NUMBER'] || undefined);
    const sourceDate = (0,source_date/* sourceDateEpoch */.p)(request.env);
    if (request.project) {
        // Loaded only for .mpr builds: folder builds never pay for the MxBuild runner.
        const { buildProject } = await Promise.all(/* import() */[__webpack_require__.e(7445), __webpack_require__.e(5686), __webpack_require__.e(6915)]).then(__webpack_require__.bind(__webpack_require__, 56915));
        return buildProject({
            project: request.project,
            version,
            out: request.out,
            app: request.app,
            stories: request.stories,
            sourceDate,
            mxbuild: request.mxbuild,
            cwd: request.cwd,
            env: request.env,
            log: request.log
        });
    }
    const deploymentDir = (0,external_node_path_.resolve)(request.cwd, request.deploymentDir);
    const commit = await (0,commit_info/* commitInfo */.o)(deploymentDir, request.env);
    await (0,deployment_folder/* checkDeploymentFolder */.c$)(deploymentDir);
    const metadataPath = (0,external_node_path_.join)(deploymentDir, mda_metadata/* METADATA_PATH */.GN);
    const metadata = (0,mda_metadata/* parseMetadata */.jR)(await (0,promises_.readFile)(metadataPath), metadataPath);
    const app = (0,package_identity/* buildAppName */.RU)(request.app, metadata.projectName, (0,external_node_path_.basename)(deploymentDir));
    for (const warning of metadata.warnings)
        request.log.warning(warning);
    const out = (0,external_node_path_.resolve)(request.cwd, request.out ?? (0,external_node_path_.join)(request.cwd, `${app}_${version}.mda`));
    request.log.info(`building ${app} ${version} from ${deploymentDir}`);
    const result = await (0,pack/* packDeploymentFolder */.Bn)({
        deploymentDir,
        out,
        version,
        app,
        commit: commit.commit,
        branch: commit.branch,
        builtAt: sourceDate ?? commit.time ?? source_date/* ZIP_EPOCH */.q,
        entryDate: sourceDate ?? source_date/* ZIP_EPOCH */.q,
        builder: src_version/* BUILDER */.i,
        stories: request.stories ?? [],
        progress: request.log.progress
    });
    return { ...result, version };
}

// EXTERNAL MODULE: ./src/repository/open-repository.ts + 3 modules
var open_repository = __webpack_require__(1673);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/trace/previous-tag.ts

/** Tags such as `hello-v1.2.0.15`: what the github-release repository tags each package with. */
function packageTagPattern(app) {
    return `refs/tags/${app}-v*`;
}
/**
 * The newest (by version) package tag `<app>-v*` in the history of `commit` that is not on
 * `commit` itself, or null: the previous package when the repository is github-release and the
 * checkout holds its tags (actions/checkout with fetch-depth: 0). Null, too, outside a checkout.
 */
function previousPackageTag(dir, app, commit) {
    const args = [
        'for-each-ref',
        `--merged=${commit}`,
        '--sort=-v:refname',
        '--format=%(refname:strip=2) %(objectname) %(*objectname)',
        packageTagPattern(app)
    ];
    return new Promise((done) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd: dir, encoding: 'utf8' }, (error, stdout) => {
            if (error)
                return done(null);
            for (const line of stdout.split('\n')) {
                const [name, object, peeled] = line.split(' ');
                const target = peeled || object;
                if (name && target && target !== commit)
                    return done({ name, commit: target });
            }
            done(null);
        });
    });
}

// EXTERNAL MODULE: ./src/trace/trace-sources.ts
var trace_sources = __webpack_require__(44983);
;// CONCATENATED MODULE: ./src/trace/package-stories.ts




/**
 * The newest package of the app built from another commit (a rebuild of one commit is skipped):
 * from the repository, else (none there, or no repository) from the package tags in the checkout.
 */
async function previousPackage(request, commit) {
    if (!request.app)
        return null;
    const fromRepository = request.repository ? await listedPackage(request, commit) : null;
    if (fromRepository || !request.tagDir)
        return fromRepository;
    // No package of the app in the repository (or none given): its release tags, if any.
    const tag = await previousPackageTag(request.tagDir, request.app, commit);
    return tag ? { label: `tag ${tag.name}`, commit: tag.commit } : null;
}
async function listedPackage(request, commit) {
    const repository = request.repository;
    try {
        const packages = await repository.list(request.app);
        const found = packages.find((p) => p.commit !== null && p.commit !== commit);
        return found ? { label: `${found.app} ${found.version}`, commit: found.commit } : null;
    }
    catch (error) {
        request.log.warning(`could not list the packages of ${request.app} in ${repository.uri} to find the previous one: ${(0,errors/* errorMessage */.gJ)(error)}; looking at the package tags of the checkout instead`);
        return null;
    }
}
/**
 * The stories a new package carries in its manifest: those of the commits since the previous
 * package published to the repository, or tagged `<app>-v*` in the checkout without one
 * (reachable from this build's commit and not from that package's). The first package reads the
 * whole history up to the limit. Never fails a build:
 * when the commits cannot be read, a warning says why and the manifest lists none.
 */
async function storiesSincePreviousPackage(request) {
    const none = (previous = null) => ({
        stories: [],
        previous,
        trace: null
    });
    const { commit, log } = request;
    if (!commit) {
        log.info('the build has no commit (no git checkout, no GITHUB_SHA), so its manifest lists no stories');
        return none();
    }
    const previous = await previousPackage(request, commit);
    try {
        const outcome = await (0,trace_sources/* traceFromSources */.M)(request.sources, { from: previous?.commit, to: commit, limit: request.limit }, request.patterns, { log, ...(request.links ? { links: request.links } : {}) });
        if (outcome.status !== 'complete') {
            log.warning(`the stories of this package could not be read, so its manifest lists none: ${outcome.message}`);
            return none(previous);
        }
        const { trace } = outcome;
        const stories = trace.stories.map((story) => story.id);
        log.info(previous
            ? `stories since ${(0,text_escape/* logText */.kc)(previous.label)} (${previous.commit.slice(0, 12)}): ${trace.commits.length} commits, ${(0,text_escape/* logText */.kc)(stories.join(', ')) || 'none'}`
            : `first package${request.app ? ` of ${request.app}` : ''}: ${trace.truncated ? `the newest ${request.limit} commits (traceability.limit)` : `the whole history, ${trace.commits.length} commits`}, ${stories.length} stories`);
        return { stories, previous, trace };
    }
    catch (error) {
        log.warning(`the stories of this package could not be read, so its manifest lists none: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return none(previous);
    }
}

// EXTERNAL MODULE: ./src/app/repository-choice.ts
var repository_choice = __webpack_require__(67311);
// EXTERNAL MODULE: ./src/app/trace-context.ts
var trace_context = __webpack_require__(12368);
;// CONCATENATED MODULE: ./src/app/build.ts








/**
 * Builds a package for either face: flags win, mxdeploy.yml's `build:` fills in (a deployment
 * folder or a .mpr, the version, the output), and the manifest lists the stories of the commits
 * since the previous package. Reading stories never fails a build: a repository that cannot be
 * opened or a history that cannot be read is a warning, and the manifest lists what was found.
 */
async function buildApp(request) {
    const { config } = request;
    const given = request.deploymentDir ?? request.project;
    const fromConfig = given ? undefined : config?.build;
    const deploymentDir = request.deploymentDir ?? fromConfig?.deploymentDir;
    const project = request.project ?? fromConfig?.project;
    const app = request.app ?? config?.app;
    const stories = await buildStories(request, { deploymentDir, project, app });
    return buildPackage({
        deploymentDir,
        project,
        version: request.version ?? config?.build.version ?? '',
        buildNumber: request.buildNumber,
        out: request.out ?? config?.build.output,
        app,
        stories,
        ...(request.mxbuild ? { mxbuild: request.mxbuild } : {}),
        cwd: request.cwd,
        env: request.env,
        log: request.log
    });
}
/** The folder whose git history a build comes from. */
function buildSourceDir(cwd, source) {
    if (source.project)
        return (0,external_node_path_.dirname)((0,external_node_path_.resolve)(cwd, source.project));
    return source.deploymentDir ? (0,external_node_path_.resolve)(cwd, source.deploymentDir) : undefined;
}
async function buildStories(request, source) {
    const { log, config } = request;
    const dir = buildSourceDir(request.cwd, source);
    if (!dir)
        return []; // the build says what is missing
    try {
        // The commit is GITHUB_SHA or the checkout's HEAD; without either there are no stories. A
        // shallow or missing checkout is completed from GitHub's compare API when there is a token.
        const { commit } = await (0,commit_info/* commitInfo */.o)(dir, request.env);
        const found = await storiesSincePreviousPackage({
            app: source.app,
            commit,
            repository: request.openedRepository ?? (await previousPackages(request)),
            tagDir: dir,
            ...(await (0,trace_context/* traceContext */.D)({
                traceability: config?.traceability ?? {},
                file: config?.file,
                dir,
                github: request.github,
                log
            }))
        });
        return found.stories;
    }
    catch (error) {
        log.warning(`the stories of this package could not be read, so its manifest lists none: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return [];
    }
}
/** The repository the previous package is looked for in; undefined: the tags of the checkout. */
async function previousPackages(request) {
    const uri = (0,repository_choice/* chooseRepository */.Q)({
        given: request.repository,
        config: request.config,
        face: request.face
    });
    try {
        return await (0,open_repository.openRepository)(uri, {
            cwd: request.config?.dir ?? request.cwd,
            env: request.env,
            github: request.github,
            log: request.log
        });
    }
    catch (error) {
        request.log.warning(`cannot open the package repository ${uri} to find the previous package: ${(0,errors/* errorMessage */.gJ)(error)}; the stories are read since the newest package tag instead`);
        return undefined;
    }
}


/***/ }),

/***/ 12368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ traceContext)
/* harmony export */ });
/* harmony import */ var _stories_story_patterns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10970);
/* harmony import */ var _trace_commit_sources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5931);
/* harmony import */ var _trace_trace_range_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91656);



/**
 * The one trace context of both faces: commits from the checkout at `dir`, and from GitHub's
 * compare API when `github` has a token and a repository (a shallow clone lacks history);
 * patterns and limit from mxdeploy.yml (`file` names it in messages; none: the defaults).
 */
async function traceContext(options) {
    const { traceability, github, log } = options;
    return {
        sources: await (0,_trace_commit_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .commitSources */ .G)(options.dir, github, log),
        patterns: (0,_stories_story_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .compileStoryPatterns */ .Y9)(traceability.patterns, options.file ?? ''),
        limit: traceability.limit ?? _trace_trace_range_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_TRACE_LIMIT */ .CO,
        links: {
            ...(github.repository ? { server: github.serverUrl, repository: github.repository } : {})
        },
        log
    };
}


/***/ }),

/***/ 51176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ commitInfo)
/* harmony export */ });
/* harmony import */ var _git_output_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5764);

/**
 * The commit and branch a build comes from: the Actions variables when they are set (the runner's
 * checkout may be detached), else the git repository around `cwd`, else unknown.
 */
async function commitInfo(cwd, env) {
    const head = await (0,_git_output_js__WEBPACK_IMPORTED_MODULE_0__/* .gitOutput */ .o)(cwd, ['log', '-1', '--format=%H %ct']);
    const [gitCommit, gitTime] = head ? head.split(' ') : [];
    const commit = env['GITHUB_SHA'] || gitCommit || null;
    const branch = env['GITHUB_HEAD_REF'] ||
        env['GITHUB_REF_NAME'] ||
        (await (0,_git_output_js__WEBPACK_IMPORTED_MODULE_0__/* .gitOutput */ .o)(cwd, ['symbolic-ref', '--short', '-q', 'HEAD'])) ||
        null;
    const time = gitTime && commit === gitCommit ? new Date(Number(gitTime) * 1000) : null;
    return { commit, branch, time };
}


/***/ }),

/***/ 5764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ gitOutput)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);


const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/**
 * What a git command prints, trimmed; undefined when git fails, is missing or prints nothing.
 * For questions whose answer may be "not a repository" (the current branch, the top folder).
 */
async function gitOutput(cwd, args) {
    try {
        const { stdout } = await run('git', args, { cwd, timeout: 10_000 });
        return stdout.trim() || undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 38864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E0: () => (/* binding */ withProgress),
/* harmony export */   RZ: () => (/* binding */ silentProgress),
/* harmony export */   ml: () => (/* binding */ systemClock)
/* harmony export */ });
/* unused harmony export startProgress */
/**
 * Progress of long work (packing, uploads, downloads) as the domain reports it, without knowing
 * who shows it: a terminal's updating line, a plain line every few seconds in a log, or nothing.
 */
const systemClock = { now: () => Date.now() };
const IGNORED = {
    update: () => undefined,
    advance: () => undefined,
    end: () => undefined
};
/** Shows nothing: `--quiet`, and code that was given no reporter. */
const silentProgress = { start: () => IGNORED };
/** A task of `reporter`, or one that shows nothing when there is none. */
function startProgress(reporter, label, total) {
    return reporter ? reporter.start(label, total) : IGNORED;
}
/** Runs `work` with a task that ends when the work does, whether it succeeds or fails. */
async function withProgress(reporter, label, total, work) {
    const task = startProgress(reporter, label, total);
    try {
        return await work(task);
    }
    finally {
        task.end();
    }
}


/***/ }),

/***/ 9515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ sourceDateEpoch),
/* harmony export */   q: () => (/* binding */ ZIP_EPOCH)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** The DOS epoch: the earliest time a ZIP entry can carry. */
const ZIP_EPOCH = new Date(Date.UTC(1980, 0, 1));
/** `SOURCE_DATE_EPOCH` (reproducible-builds.org) as a date, or undefined when it is not set. */
function sourceDateEpoch(env) {
    const value = env['SOURCE_DATE_EPOCH']?.trim();
    if (!value)
        return undefined;
    if (!/^\d{1,12}$/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`SOURCE_DATE_EPOCH "${value}" is not a number of seconds since 1970`);
    }
    return new Date(Number(value) * 1000);
}


/***/ }),

/***/ 10970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tg: () => (/* binding */ storyUrl),
/* harmony export */   Y9: () => (/* binding */ compileStoryPatterns)
/* harmony export */ });
/* unused harmony exports NOT_JIRA_KEYS, DEFAULT_STORY_PATTERNS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/**
 * Prefixes of well-known standards and encodings that look like Jira keys but are not stories:
 * UTF-8, SHA-256, ISO-8601, RFC-7231, CVE-2024-1234, UTC-5, COVID-19...
 */
const NOT_JIRA_KEYS = [
    'AES',
    'CP',
    'CVE',
    'CWE',
    'COVID',
    'ECMA',
    'GMT',
    'HTTP',
    'IEC',
    'ISO',
    'JSR',
    'MD',
    'PEP',
    'RFC',
    'RSA',
    'SHA',
    'SSL',
    'TLS',
    'UCS',
    'UTC',
    'UTF',
    'WIN'
];
/** The patterns used when mxdeploy.yml lists none, in the order their IDs are reported. */
const DEFAULT_STORY_PATTERNS = [
    {
        // PROJ-123: a letter, then letters, digits or "_" (2+ in all), a dash and a number that does
        // not start with 0. Not inside a word or a longer dashed token (CVE-2024-1234), not a version.
        name: 'jira',
        requires: '-',
        regex: `(?<![\\w-])(?!(?:${NOT_JIRA_KEYS.join('|')})-)[A-Z][A-Z0-9_]+-[1-9][0-9]*(?![\\w]|-[0-9]|\\.[0-9])`
    },
    {
        name: 'azure-boards',
        requires: 'AB#',
        regex: '(?<![\\w-])(?<id>AB#(?<number>[1-9][0-9]*))(?!\\w)'
    },
    {
        // #123 and owner/repo#123, as GitHub links them; not foo#123 or &#123;.
        name: 'github',
        requires: '#',
        regex: '(?<![\\w.\\-/#&])(?<id>(?<repository>[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+)?#(?<number>[1-9][0-9]*))(?!\\w)',
        url: '{server}/{repository}/issues/{number}'
    },
    {
        // Trailer lines: "Story: 123", "Stories: 12, 34", "Related stories: ABC-1 ABC-2".
        name: 'trailer',
        requires: 'tor',
        regex: '^[ \\t]*(?:[Ss]tor(?:y|ies)|[Rr]elated[ -][Ss]tor(?:y|ies))[ \\t]*:[ \\t]*(?<ids>.*)$'
    }
];
const CONTEXT_KEYS = new Set(['server', 'repository']);
function describe(index, name) {
    return `traceability.patterns[${index}]${name ? ` ("${name}")` : ''}`;
}
function checkUrl(template, regex, where) {
    if (!/^(https?:\/\/|\{server\})/.test(template)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: url "${template}" must start with http:// or https:// (or {server}), such as https://jira.example.com/browse/{id}`);
    }
    const groups = new Set([...regex.source.matchAll(/\(\?<([A-Za-z_$][\w$]*)>/g)].map((match) => match[1]));
    for (const [, name] of template.matchAll(/\{([^}]*)\}/g)) {
        if (name === 'id' || CONTEXT_KEYS.has(name) || groups.has(name))
            continue;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: url "${template}" uses {${name}}, which is neither {id}, {server}, {repository} nor a named group of the regex`);
    }
}
function compile(config, index, source) {
    const fallback = DEFAULT_STORY_PATTERNS.find((p) => p.name === config.name);
    const where = `${source}${describe(index, config.name)}`;
    const text = config.regex ?? fallback?.regex;
    if (text === undefined) {
        const names = DEFAULT_STORY_PATTERNS.map((p) => p.name).join(', ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where} has no regex: add one, or name a default pattern (${names}) to use its regex`);
    }
    let regex;
    try {
        regex = new RegExp(text, 'gm');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: regex ${JSON.stringify(text)} is not valid: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error).replace(/^Invalid regular expression: /, '')}`);
    }
    if (regex.test('')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: regex ${JSON.stringify(text)} matches the empty string, so it would find an ID everywhere; make it match at least one character`);
    }
    regex.lastIndex = 0;
    const url = config.url ?? (config.regex === undefined ? fallback?.url : undefined);
    if (url !== undefined)
        checkUrl(url, regex, where);
    const requires = config.regex === undefined ? fallback?.requires : undefined;
    return {
        name: config.name ?? `pattern-${index + 1}`,
        regex,
        url,
        ...(requires ? { requires } : {})
    };
}
/**
 * Compiles the patterns of `traceability.patterns` (or the defaults when undefined). A bad regex
 * or link template is a ConfigurationError that names the pattern; `source` prefixes messages.
 */
function compileStoryPatterns(configured, source = '') {
    const list = configured ?? DEFAULT_STORY_PATTERNS.map(({ name }) => ({ name }));
    const prefix = source ? `${source}: ` : '';
    return list.map((config, index) => compile(config, index, prefix));
}
const templates = new Map();
// Templates are split into parts once: links are built for every ID of every commit.
function templateParts(template) {
    let parts = templates.get(template);
    if (parts === undefined) {
        parts = template
            .split(/(\{[^}]*\})/)
            .filter((part) => part !== '')
            .map((part) => (/^\{[^}]*\}$/.test(part) ? { name: part.slice(1, -1) } : part));
        templates.set(template, parts);
    }
    return parts;
}
function placeholder(name, id, groups, context) {
    if (name === 'id')
        return id;
    const value = groups?.[name];
    if (value !== undefined)
        return value;
    if (name === 'server')
        return context.server ?? 'https://github.com';
    return name === 'repository' ? context.repository : undefined;
}
/** The link of one ID, or undefined when the pattern has no url or a placeholder has no value. */
function storyUrl(template, id, groups, context) {
    if (template === undefined)
        return undefined;
    let url = '';
    for (const part of templateParts(template)) {
        if (typeof part === 'string') {
            url += part;
            continue;
        }
        const value = placeholder(part.name, id, groups, context);
        if (value === undefined || value === '')
            return undefined;
        // server is a URL prefix; every other value is one path part (owner/repo keeps its slash).
        url +=
            part.name === 'server' && groups?.['server'] === undefined
                ? value.replace(/\/+$/, '')
                : encodeURIComponent(value).replace(/%2F/g, '/');
    }
    return /^https?:\/\/[^\s]+$/.test(url) ? url : undefined;
}


/***/ }),

/***/ 67388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   kc: () => (/* binding */ logText),
/* harmony export */   p7: () => (/* binding */ markdownText),
/* harmony export */   wh: () => (/* binding */ plainText)
/* harmony export */ });
/* unused harmony export truncate */
/**
 * Untrusted text (commit messages, story IDs, names) made safe for logs and for GitHub-flavoured
 * markdown: no HTML, no markdown structure, no @mentions, issue references or autolinks.
 */
const ZWSP = '\u200b';
// C0/C1 controls (terminal escapes among them) and the bidirectional overrides and isolates
// that make text read differently from what it is ("Trojan Source").
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /[\t\n\r\u2028\u2029\u0085]+/g;
/** Cuts text to at most `max` characters (code points), ending in "…" when cut. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    // Walk code points (a surrogate pair is one character) to where the cut goes.
    let index = 0;
    let points = 0;
    let cutAt = 0;
    while (index < text.length) {
        if (points === max - 1)
            cutAt = index;
        const code = text.charCodeAt(index);
        index += code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1;
        points++;
        if (points > max)
            return `${text.slice(0, cutAt)}…`;
    }
    return text;
}
/** One line of plain text: controls removed, line breaks and tabs as spaces, at most `max` characters. */
function plainText(text, max = Infinity) {
    const line = text.replace(CONTROLS, '').replace(LINE_BREAKS, ' ').replace(/ {2,}/g, ' ').trim();
    return max === Infinity ? line : truncate(line, max);
}
/**
 * Untrusted text for a log line (plainText) that a runner cannot read as a workflow command:
 * `::` at the start of the line and the older `##[command]` form anywhere get a zero-width space.
 */
function logText(text, max = Infinity) {
    return plainText(text, max).replace(/##\[/g, `#${ZWSP}#[`).replace(/^::/, `:${ZWSP}:`);
}
// Every ASCII punctuation character that starts markdown structure is backslash-escaped (GFM
// honours `\|` inside table cells too); `<`, `>` and `&` become entities, so no HTML and no
// entity reaches the renderer. GitHub links @user, @org/team, #123, GH-123 and bare URLs after
// rendering, on the text itself, so escapes don't stop those: a zero-width space breaks them.
const SPECIAL = /[\\`*_{}[\]()+\-.!|~^=$&<>@]|#(\d)?|\bGH-(?=\d)|:\/\/|\bwww\./gi;
const REPLACEMENT = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '@': `@${ZWSP}`,
    '#': '\\#',
    '://': `:${ZWSP}//`
};
function escapeMatch(match, digit) {
    if (digit !== undefined)
        return `\\#${ZWSP}${digit}`;
    const fixed = REPLACEMENT[match];
    if (fixed !== undefined)
        return fixed;
    if (match.length === 3)
        return `${match.slice(0, 2)}\\-${ZWSP}`; // GH-
    if (match.length === 4)
        return `${match.slice(0, 3)}${ZWSP}\\.`; // www.
    return `\\${match}`;
}
/**
 * Untrusted text as one line of markdown that renders as exactly that text, also inside a table
 * cell: nothing in it can format, link, embed HTML, mention (`@user`) or reference (`#123`).
 */
function markdownText(text, max = Infinity) {
    return plainText(text, max).replace(SPECIAL, escapeMatch);
}
/** A URL that is safe in a markdown link target: http(s) only, with no blanks, quotes or brackets. */
function safeUrl(url) {
    if (!url || !/^https?:\/\/[^\s]+$/i.test(url))
        return undefined;
    return url.replace(/[()<>"'`\\[\]|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** A markdown link whose text is escaped; plain escaped text when the URL is not safe. */
function markdownLink(text, url, max = Infinity) {
    const label = markdownText(text, max);
    const target = safeUrl(url);
    return target ? `[${label}](${target})` : label;
}


/***/ }),

/***/ 5931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ commitSources)
/* harmony export */ });
/* harmony import */ var _github_access_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38261);
/* harmony import */ var _git_commit_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87108);


/**
 * Where commits are read: the git checkout at `dir`, then, when `github` has a repository and a
 * token, GitHub's compare API for what a shallow clone lacks. The GitHub client loads only then.
 */
async function commitSources(dir, github, log) {
    const sources = [new _git_commit_source_js__WEBPACK_IMPORTED_MODULE_0__/* .GitCommitSource */ .P(dir)];
    const repository = (0,_github_access_js__WEBPACK_IMPORTED_MODULE_1__.ownerAndRepo)(github);
    const { token } = github;
    if (repository && token) {
        log.secret(token);
        const [{ createOctokit }, { GitHubCompareSource }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(4101), __webpack_require__.e(7617)]).then(__webpack_require__.bind(__webpack_require__, 77617)),
            __webpack_require__.e(/* import() */ 5308).then(__webpack_require__.bind(__webpack_require__, 95308))
        ]);
        const octokit = createOctokit({ token, logger: log, baseUrl: github.apiUrl });
        sources.push(new GitHubCompareSource({ octokit, ...repository }));
    }
    return sources;
}


/***/ }),

/***/ 44983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ traceFromSources),
/* harmony export */   g: () => (/* binding */ containsFromSources)
/* harmony export */ });
/* harmony import */ var _trace_range_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91656);

/**
 * Traces a range from the first source that holds it: local git first, then GitHub's compare
 * API when the checkout lacks the history. Each fallback is logged with the reason; when no
 * source holds the range, the outcome's message gives every source's reason.
 */
async function traceFromSources(sources, request, patterns, options = {}) {
    const missed = [];
    for (let i = 0; i < sources.length; i++) {
        const source = sources[i];
        const outcome = await (0,_trace_range_js__WEBPACK_IMPORTED_MODULE_0__/* .traceRange */ .xx)(source, request, patterns, options);
        if (outcome.status === 'complete')
            return outcome;
        missed.push(outcome);
        const next = sources[i + 1];
        if (next)
            options.log?.info(`${outcome.message}; reading the commits from ${next.name} instead`);
    }
    const last = missed.at(-1);
    if (last === undefined) {
        return {
            status: 'history-missing',
            reason: 'unavailable',
            message: 'no source of commits is available'
        };
    }
    if (missed.length === 1)
        return last;
    return { ...last, message: missed.map((m) => m.message).join('; and ') };
}
/** Whether `ancestor` is in the history of `descendant`, from the first source that knows. */
async function containsFromSources(sources, ancestor, descendant) {
    for (const source of sources) {
        const answer = await source.contains(ancestor, descendant);
        if (answer !== undefined)
            return answer;
    }
    return undefined;
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


/***/ }),

/***/ 93513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YF: () => (/* binding */ directoryProblems),
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   wd: () => (/* binding */ isDirectory),
/* harmony export */   y$: () => (/* binding */ listRuleBreaches)
/* harmony export */ });
/* unused harmony export unsafeName */
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88269);

const DEFAULT_LIMITS = {
    maxTotalBytes: 16 * 1024 ** 3,
    maxEntries: 1_000_000
};
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const UNIX_HOST = 3;
/** Whether the entry is a directory marker (a name ending in `/`). */
function isDirectory(entry) {
    return entry.name.endsWith('/');
}
/** Why a name can't be extracted safely, or undefined when it can. */
function unsafeName(name) {
    if (name.length === 0)
        return 'an empty name';
    if (name.includes('\0'))
        return 'a NUL character in its name';
    if (name.includes('\\'))
        return 'a backslash in its name (ZIP paths use "/")';
    if (name.startsWith('/'))
        return 'an absolute path';
    if (/^[A-Za-z]:/.test(name))
        return 'a drive letter';
    const segments = name.replace(/\/$/, '').split('/');
    if (segments.includes('..'))
        return 'a ".." segment that escapes the extraction folder';
    if (segments.some((s) => s === '' || s === '.'))
        return 'an empty or "." path segment';
    return undefined;
}
/**
 * The rules on a package's list of entries, which build checks before it writes a package and
 * verify, publish and extraction check on every archive: safe names, no name twice, the number of
 * entries and their total size.
 */
function listRuleBreaches(entries, limits = DEFAULT_LIMITS) {
    const breaches = [];
    if (entries.length > limits.maxEntries) {
        breaches.push({ why: `it has ${entries.length} entries; the limit is ${limits.maxEntries}` });
    }
    const seen = new Set();
    let total = 0;
    for (const { name, size } of entries) {
        const unsafe = unsafeName(name);
        if (unsafe)
            breaches.push({ entry: name, why: `has ${unsafe}` });
        const key = name.normalize('NFC');
        if (seen.has(key))
            breaches.push({ entry: name, why: 'appears more than once' });
        seen.add(key);
        total += size;
    }
    if (total > limits.maxTotalBytes) {
        breaches.push({
            why: `its entries expand to ${total} bytes, past the ${limits.maxTotalBytes}-byte limit (a zip bomb?)`
        });
    }
    return breaches;
}
/**
 * Everything wrong with an archive that its central directory alone shows: the list rules, then
 * symlinks, encryption, unknown methods and overlapping entries. Returns one message per problem.
 */
function directoryProblems(directory, limits = DEFAULT_LIMITS) {
    const problems = listRuleBreaches(directory.entries, limits).map(({ entry, why }) => entry === undefined ? why : `entry ${JSON.stringify(entry)} ${why}`);
    for (const entry of directory.entries) {
        const label = JSON.stringify(entry.name);
        if (entry.versionMadeBy >> 8 === UNIX_HOST &&
            ((entry.externalAttributes >>> 16) & S_IFMT) === S_IFLNK) {
            problems.push(`entry ${label} is a symbolic link; an MDA holds only files`);
        }
        if (entry.flags & _records_js__WEBPACK_IMPORTED_MODULE_0__/* .FLAG_ENCRYPTED */ .uM)
            problems.push(`entry ${label} is encrypted`);
        if (entry.method !== _records_js__WEBPACK_IMPORTED_MODULE_0__/* .METHOD_STORED */ .y$ && entry.method !== _records_js__WEBPACK_IMPORTED_MODULE_0__/* .METHOD_DEFLATED */ .oT) {
            problems.push(`entry ${label} uses compression method ${entry.method}; only stored (0) and deflated (8) are allowed`);
        }
        if (entry.method === _records_js__WEBPACK_IMPORTED_MODULE_0__/* .METHOD_STORED */ .y$ && entry.size !== entry.compressedSize) {
            problems.push(`entry ${label} is stored but its sizes differ (${entry.compressedSize} vs ${entry.size})`);
        }
    }
    problems.push(...overlapProblems(directory));
    return problems;
}
/** Entries whose data overlaps another's, or the central directory: the overlapping-file bomb. */
function overlapProblems(directory) {
    const sorted = [...directory.entries].sort((a, b) => a.localOffset - b.localOffset);
    const problems = [];
    for (let i = 0; i < sorted.length; i++) {
        const entry = sorted[i];
        const end = entry.localOffset + _records_js__WEBPACK_IMPORTED_MODULE_0__/* .LOCAL_HEADER_SIZE */ ._0 + entry.rawName.length + entry.compressedSize;
        const next = sorted[i + 1]?.localOffset ?? directory.directoryOffset;
        if (end > next) {
            problems.push(`entry ${JSON.stringify(entry.name)} overlaps the data that follows it`);
        }
    }
    return problems;
}


/***/ })

};
