export const id = 2833;
export const ids = [2833,6670];
export const modules = {

/***/ 62777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ JsonChunks),
/* harmony export */   q: () => (/* binding */ writeJsonChunks)
/* harmony export */ });
/**
 * A JSON document that a command hands over in pieces, for documents too large to build as one
 * string (the trace of 100,000 commits is 20 MB): the CLI writes the pieces as they come.
 * A piece is text, or UTF-8 bytes that end with a whole character. The pieces joined must
 * equal `JSON.stringify(document, null, 2)`.
 */
class JsonChunks {
    chunks;
    constructor(chunks) {
        this.chunks = chunks;
    }
}
// Pieces are gathered into writes of about this many characters: one write per commit would
// cost more than the pieces themselves.
const BATCH = 64 * 1024;
/** Writes the pieces of `document` to `out`, in batches, ending with a line feed. */
function writeJsonChunks(document, out) {
    let pending = '';
    for (const chunk of document.chunks()) {
        if (typeof chunk !== 'string') {
            if (pending !== '')
                out.write(pending);
            pending = '';
            out.write(chunk);
            continue;
        }
        pending += chunk;
        if (pending.length >= BATCH) {
            out.write(pending);
            pending = '';
        }
    }
    out.write(`${pending}\n`);
}


/***/ }),

/***/ 62833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/progress/choose.ts + 1 modules
var choose = __webpack_require__(57540);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(76670);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/cli/help-document.ts

/** The main help as one JSON document, for `mxdeploy --help --json`. */
function mainHelpDocument(commands) {
    return {
        version: version/* MXDEPLOY_VERSION */.u,
        usage: 'mxdeploy COMMAND [options]',
        commands: Object.entries(commands).map(([name, { summary }]) => ({ name, summary })),
        exitCodes: {
            '0': 'done',
            '1': 'the operation failed',
            '2': 'the input or configuration is wrong'
        }
    };
}
/** A command's help as one JSON document, for `mxdeploy COMMAND --help --json`. */
function commandHelpDocument(command, options) {
    return {
        command: command.name,
        usage: `mxdeploy ${command.usage}`,
        summary: command.summary,
        ...(command.positionals ? { positionals: command.positionals } : {}),
        options: Object.entries(options).map(([name, spec]) => ({
            name,
            ...(spec.short ? { short: spec.short } : {}),
            type: spec.type,
            ...(spec.multiple ? { multiple: true } : {}),
            ...(spec.value ? { value: spec.value } : {}),
            description: spec.description
        }))
    };
}

// EXTERNAL MODULE: ./src/cli/json-chunks.ts
var json_chunks = __webpack_require__(62777);
;// CONCATENATED MODULE: ./src/cli/registry.ts
/**
 * Every command, loaded only when it runs, so `mxdeploy inspect` never pays for what
 * `mxdeploy publish` imports.
 */
const COMMANDS = {
    init: {
        summary: "scaffold an app's repository: mxdeploy.yml, a workflow, and the GitHub set-up",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3198), __webpack_require__.e(5686), __webpack_require__.e(3631)]).then(__webpack_require__.bind(__webpack_require__, 87344))).initCommand
    },
    build: {
        summary: 'build an MDA from a deployment folder or a .mpr (MxBuild)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3198), __webpack_require__.e(11), __webpack_require__.e(1913), __webpack_require__.e(1673), __webpack_require__.e(8638), __webpack_require__.e(4722), __webpack_require__.e(5217)]).then(__webpack_require__.bind(__webpack_require__, 44741))).buildCommand
    },
    inspect: {
        summary: "show a package's versions, constants, events and manifest",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(7445), __webpack_require__.e(5696)]).then(__webpack_require__.bind(__webpack_require__, 70341))).inspectCommand
    },
    verify: {
        summary: "check a package's integrity and safety",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(1913), __webpack_require__.e(7445), __webpack_require__.e(3412)]).then(__webpack_require__.bind(__webpack_require__, 63412))).verifyCommand
    },
    publish: {
        summary: 'put a package into the package repository (never overwrites)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3198), __webpack_require__.e(11), __webpack_require__.e(1913), __webpack_require__.e(1673), __webpack_require__.e(7445), __webpack_require__.e(1271)]).then(__webpack_require__.bind(__webpack_require__, 43602))).publishCommand
    },
    packages: {
        summary: "list the app's packages, or prune old ones",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3198), __webpack_require__.e(11), __webpack_require__.e(1913), __webpack_require__.e(1673), __webpack_require__.e(4722), __webpack_require__.e(5048)]).then(__webpack_require__.bind(__webpack_require__, 94375))).packagesCommand
    },
    stage: {
        summary: 'deploy a published package to one environment after every check',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1950), __webpack_require__.e(3198), __webpack_require__.e(11), __webpack_require__.e(1913), __webpack_require__.e(1673), __webpack_require__.e(7445), __webpack_require__.e(8638), __webpack_require__.e(9957), __webpack_require__.e(8796), __webpack_require__.e(5329), __webpack_require__.e(5723), __webpack_require__.e(503), __webpack_require__.e(3636), __webpack_require__.e(5334), __webpack_require__.e(3671)]).then(__webpack_require__.bind(__webpack_require__, 63671))).stageCommand
    },
    activity: {
        summary: 'show the activity log of every environment',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3198), __webpack_require__.e(11), __webpack_require__.e(1673), __webpack_require__.e(920)]).then(__webpack_require__.bind(__webpack_require__, 41175))).activityCommand
    },
    mfa: {
        summary: 'mfa enroll: a new TOTP secret for a user, its otpauth:// URI and QR code',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1950), __webpack_require__.e(1302), __webpack_require__.e(5472)]).then(__webpack_require__.bind(__webpack_require__, 85472))).mfaCommand
    },
    environments: {
        summary: "list a Mendix Cloud app's environments: status, model and runtime version",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3198), __webpack_require__.e(5329), __webpack_require__.e(9926)]).then(__webpack_require__.bind(__webpack_require__, 70217))).environmentsCommand
    },
    start: {
        summary: 'start an environment and wait until it runs (recorded in the activity log)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1950), __webpack_require__.e(3198), __webpack_require__.e(11), __webpack_require__.e(1913), __webpack_require__.e(1673), __webpack_require__.e(7445), __webpack_require__.e(9957), __webpack_require__.e(8796), __webpack_require__.e(5329), __webpack_require__.e(5723), __webpack_require__.e(3636), __webpack_require__.e(5334), __webpack_require__.e(8446)]).then(__webpack_require__.bind(__webpack_require__, 6605))).startCommand
    },
    stop: {
        summary: 'stop an environment and wait until it has stopped (recorded in the activity log)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1950), __webpack_require__.e(3198), __webpack_require__.e(11), __webpack_require__.e(1913), __webpack_require__.e(1673), __webpack_require__.e(7445), __webpack_require__.e(9957), __webpack_require__.e(8796), __webpack_require__.e(5329), __webpack_require__.e(5723), __webpack_require__.e(3636), __webpack_require__.e(5334), __webpack_require__.e(8446)]).then(__webpack_require__.bind(__webpack_require__, 6605))).stopCommand
    },
    restart: {
        summary: 'stop, then start an environment (recorded in the activity log)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1950), __webpack_require__.e(3198), __webpack_require__.e(11), __webpack_require__.e(1913), __webpack_require__.e(1673), __webpack_require__.e(7445), __webpack_require__.e(9957), __webpack_require__.e(8796), __webpack_require__.e(5329), __webpack_require__.e(5723), __webpack_require__.e(3636), __webpack_require__.e(5334), __webpack_require__.e(8446)]).then(__webpack_require__.bind(__webpack_require__, 6605))).restartCommand
    },
    image: {
        summary: 'build the app image of a package and push it to a registry, without deploying',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3198), __webpack_require__.e(11), __webpack_require__.e(1913), __webpack_require__.e(1673), __webpack_require__.e(7445), __webpack_require__.e(9957), __webpack_require__.e(8796), __webpack_require__.e(5823)]).then(__webpack_require__.bind(__webpack_require__, 9898))).imageCommand
    },
    trace: {
        summary: 'list the user stories of a commit range, and the commits that name none',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8638), __webpack_require__.e(6489)]).then(__webpack_require__.bind(__webpack_require__, 56489))).traceCommand
    },
    dashboard: {
        summary: 'write a static dashboard: environments, promotions, history, stories, DORA charts',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3198), __webpack_require__.e(11), __webpack_require__.e(1673), __webpack_require__.e(8638), __webpack_require__.e(7710), __webpack_require__.e(797)]).then(__webpack_require__.bind(__webpack_require__, 12741))).dashboardCommand
    },
    pipeline: {
        summary: 'build → publish → stage through every environment in order: the main job',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3198), __webpack_require__.e(11), __webpack_require__.e(1913), __webpack_require__.e(1673), __webpack_require__.e(7445), __webpack_require__.e(8638), __webpack_require__.e(9957), __webpack_require__.e(8796), __webpack_require__.e(5329), __webpack_require__.e(5723), __webpack_require__.e(4722), __webpack_require__.e(503), __webpack_require__.e(7710), __webpack_require__.e(3605), __webpack_require__.e(4439)]).then(__webpack_require__.bind(__webpack_require__, 44439))).pipelineCommand
    }
};

;// CONCATENATED MODULE: ./src/cli/main.ts








const COMMON = {
    json: {
        type: 'boolean',
        description: 'print one JSON document on stdout (human text goes to stderr)'
    },
    quiet: {
        type: 'boolean',
        short: 'q',
        description: 'no progress or informational lines on stderr (warnings and errors still)'
    },
    help: { type: 'boolean', short: 'h', description: 'show this help' }
};
function stderrLogger(io, quiet) {
    const secrets = new Set();
    const scrub = (text) => {
        let out = (0,redact/* redactCredentials */.U)(text);
        for (const secret of secrets)
            out = out.split(secret).join('***');
        return out;
    };
    const where = (at) => at?.file ? `${at.file}${at.line ? `:${at.line}` : ''}${at.column ? `:${at.column}` : ''}: ` : '';
    // Progress goes to stderr, never stdout, so a --json stdout stays one document; log lines go
    // through it so that they never mix with a progress line on a terminal.
    const { reporter, printLine } = (0,choose/* progressFor */.L)(io.stderr, io.env, { quiet });
    const log = {
        info: (message) => {
            if (!quiet)
                printLine(scrub(message));
        },
        warning: (message, at) => printLine(`warning: ${where(at)}${scrub(message)}`),
        error: (message, at) => printLine(`error: ${where(at)}${scrub(message)}`),
        progress: reporter,
        secret: (value) => {
            if (!value)
                return;
            secrets.add(value);
            // In a workflow the runner masks it in the job log from here on; stderr, so that a --json
            // stdout stays one document (the runner reads workflow commands from both streams).
            if (io.env['GITHUB_ACTIONS'] === 'true')
                io.stderr.write(`::add-mask::${value}\n`);
        }
    };
    return { log, scrub };
}
function mainHelp() {
    const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
    const lines = Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`);
    return [
        `mxdeploy ${version/* MXDEPLOY_VERSION */.u}: build Mendix deployment packages once and stage them through environments`,
        '',
        'usage: mxdeploy COMMAND [options]',
        '',
        'commands:',
        ...lines,
        '',
        'Every command takes --json (one JSON document on stdout), --quiet (no progress) and --help.',
        'Exit codes: 0 done, 1 the operation failed, 2 the input or configuration is wrong.',
        ''
    ].join('\n');
}
function commandHelp(command) {
    const options = { ...command.options, ...COMMON };
    const labels = Object.entries(options).map(([name, spec]) => {
        const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : ''}`;
        return [flag, spec.description];
    });
    const width = Math.max(...labels.map(([flag]) => flag.length));
    return [
        `usage: mxdeploy ${command.usage}`,
        '',
        command.summary,
        '',
        'options:',
        ...labels.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
        ''
    ].join('\n');
}
function parse(command, args) {
    const options = Object.fromEntries(Object.entries({ ...command.options, ...COMMON }).map(([name, spec]) => [
        name,
        {
            type: spec.type,
            ...(spec.short ? { short: spec.short } : {}),
            ...(spec.multiple ? { multiple: true } : {})
        }
    ]));
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        const text = (0,errors/* errorMessage */.gJ)(error);
        const ambiguous = /^Option '(--[^']+)' argument is ambiguous/.exec(text);
        const message = ambiguous
            ? `option ${ambiguous[1]} needs a value (one that starts with "-" is written ${ambiguous[1]}=-VALUE)`
            : text
                .split('\n')[0]
                .replace(/\. To specify a positional argument.*$/, '')
                .replace(/\.$/, '');
        throw new errors/* ConfigurationError */.j1(`${message}; run "mxdeploy ${command.name} --help" for the options`);
    }
    // An empty value would silently mean the default (`--app ""` building under mxdeploy.yml's app).
    for (const [name, value] of Object.entries(parsed.values)) {
        if (value === '' || (Array.isArray(value) && value.includes(''))) {
            throw new errors/* ConfigurationError */.j1(`option --${name} is empty: give it a value or leave it out; run "mxdeploy ${command.name} --help" for the options`);
        }
    }
    return parsed;
}
function checkPositionals(command, positionals) {
    const names = command.positionals ?? [];
    const variadic = names.at(-1)?.endsWith('...') ?? false;
    if (!variadic && positionals.length > names.length) {
        const extra = positionals.slice(names.length).join(' ');
        throw new errors/* ConfigurationError */.j1(`unexpected argument ${JSON.stringify(extra)}; usage: mxdeploy ${command.usage}`);
    }
}
/**
 * Runs the CLI and returns its exit code: 0 done, 1 the operation failed, 2 the input was wrong.
 * With `--json`, stdout carries exactly one JSON document, also on failure.
 */
async function runCli(argv, io) {
    const json = argv.includes('--json');
    const quiet = argv.includes('--quiet') || argv.includes('-q');
    const { log, scrub } = stderrLogger(io, quiet);
    const document = (value) => `${JSON.stringify(value, null, 2)}\n`;
    try {
        // --json may come before the command, as in `mxdeploy --json --help`.
        const [first, ...rest] = argv[0] === '--json' ? [...argv.slice(1), '--json'] : argv;
        const name = first === '--json' ? undefined : first;
        if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
            io.stdout.write(json ? document(mainHelpDocument(COMMANDS)) : mainHelp());
            return name === undefined ? 2 : 0;
        }
        if (name === '--version') {
            io.stdout.write(json ? `${JSON.stringify({ version: version/* MXDEPLOY_VERSION */.u })}\n` : `${version/* MXDEPLOY_VERSION */.u}\n`);
            return 0;
        }
        const entry = COMMANDS[name];
        if (!entry) {
            throw new errors/* ConfigurationError */.j1(`unknown command "${name}"; the commands are: ${Object.keys(COMMANDS).join(', ')}`);
        }
        const command = await entry.load();
        const { values, positionals } = parse(command, rest);
        if (values['help'] === true) {
            io.stdout.write(json
                ? document(commandHelpDocument(command, { ...command.options, ...COMMON }))
                : commandHelp(command));
            return 0;
        }
        checkPositionals(command, positionals);
        const output = await command.run({ values, positionals, io, log, json });
        if (json && output.json instanceof json_chunks/* JsonChunks */.T)
            (0,json_chunks/* writeJsonChunks */.q)(output.json, io.stdout);
        else if (json)
            io.stdout.write(`${JSON.stringify(output.json, null, 2)}\n`);
        else {
            const text = typeof output.text === 'function' ? output.text() : output.text;
            io.stdout.write(text.endsWith('\n') || !text ? text : `${text}\n`);
        }
        return 0;
    }
    catch (error) {
        const code = (0,errors/* exitCodeOf */.FO)(error);
        const message = scrub((0,errors/* errorMessage */.gJ)(error));
        log.error(message);
        if (json) {
            const kind = code === 2 ? 'configuration' : 'operation';
            io.stdout.write(`${JSON.stringify({ error: { kind, message, exitCode: code } }, null, 2)}\n`);
        }
        if (code === 1 && io.env['MXDEPLOY_DEBUG'] && error instanceof Error) {
            io.stderr.write(`${scrub(error.stack ?? '')}\n`);
        }
        return code;
    }
}


/***/ }),

/***/ 57540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ plainInterval),
  L: () => (/* binding */ progressFor)
});

// EXTERNAL MODULE: ./src/progress/plain-progress.ts
var plain_progress = __webpack_require__(90775);
// EXTERNAL MODULE: ./src/progress/progress.ts
var progress = __webpack_require__(38864);
// EXTERNAL MODULE: ./src/progress/progress-text.ts
var progress_text = __webpack_require__(13778);
// EXTERNAL MODULE: ./src/progress/rate.ts
var rate = __webpack_require__(30773);
;// CONCATENATED MODULE: ./src/progress/terminal-progress.ts



/** Redraws at most this often: a terminal cannot show more, and each redraw costs a write. */
const REDRAW_MS = 100;
// Back to the start of the line, and erase from the cursor to its end.
const HOME = '\r';
const ERASE = '\u001b[K';
/**
 * Progress on a terminal: one line, redrawn in place (bytes, percent, rate, time left), ended
 * with a newline when the work ends. Log lines go through `printLine`, which clears the
 * progress line, prints above it and draws it again, so the two never mix.
 */
class TerminalProgress {
    stream;
    clock;
    current;
    /** A progress line is on the screen, without a newline after it. */
    onScreen = false;
    constructor(stream, clock = progress/* systemClock */.ml) {
        this.stream = stream;
        this.clock = clock;
    }
    start(label, total) {
        const shown = { label, total, done: 0, meter: new rate/* RateMeter */.U(), drawnAt: undefined };
        const set = (done) => {
            shown.done = done;
            const now = this.clock.now();
            shown.meter.add(now, done);
            this.current = shown;
            if (shown.drawnAt === undefined || now - shown.drawnAt >= REDRAW_MS)
                this.draw(shown, now);
        };
        let ended = false;
        return {
            update: (done) => set(done),
            advance: (bytes) => set(shown.done + bytes),
            end: () => {
                if (ended)
                    return;
                ended = true;
                if (this.current !== shown)
                    return;
                if (shown.drawnAt !== undefined)
                    this.draw(shown, this.clock.now());
                if (this.onScreen)
                    this.stream.write('\n');
                this.onScreen = false;
                this.current = undefined;
            }
        };
    }
    /** Writes a line of text (a log message) above the progress line. */
    printLine(text) {
        if (this.onScreen)
            this.stream.write(`${HOME}${ERASE}`);
        this.stream.write(text.endsWith('\n') ? text : `${text}\n`);
        this.onScreen = false;
        if (this.current?.drawnAt !== undefined)
            this.draw(this.current, this.clock.now());
    }
    draw(shown, now) {
        // A terminal that does not tell its width (0 or none) is taken to be 80 wide.
        const columns = this.stream.columns !== undefined && this.stream.columns > 0 ? this.stream.columns : 80;
        const width = Math.max(20, columns - 1);
        let line = (0,progress_text/* progressText */.l_)({ ...shown, rate: shown.meter.rate() });
        if (line.length > width)
            line = `${line.slice(0, width - 1)}…`;
        this.stream.write(`${HOME}${line}${ERASE}`);
        this.onScreen = true;
        shown.drawnAt = now;
    }
}

// EXTERNAL MODULE: ./src/progress/terminal.ts
var progress_terminal = __webpack_require__(40335);
;// CONCATENATED MODULE: ./src/progress/choose.ts




/**
 * How often plain lines are written: MXDEPLOY_PROGRESS_SECONDS (a log that wants fewer or more
 * lines), else every ten seconds.
 */
function plainInterval(env) {
    const text = env['MXDEPLOY_PROGRESS_SECONDS'];
    const seconds = text !== undefined && /^\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
    return seconds !== undefined ? seconds * 1000 : plain_progress/* PLAIN_INTERVAL_MS */.C;
}
/**
 * Progress for a stream: nothing with `quiet`; plain lines every ten seconds in GitHub Actions,
 * into a pipe or a file, or with NO_COLOR; one updating line on a terminal.
 */
function progressFor(stream, env, options = {}) {
    const clock = options.clock ?? progress/* systemClock */.ml;
    const plainLine = (text) => {
        stream.write(text.endsWith('\n') ? text : `${text}\n`);
    };
    if (options.quiet)
        return { reporter: progress/* silentProgress */.RZ, printLine: plainLine };
    if (env['GITHUB_ACTIONS'] === 'true' || !(0,progress_terminal/* controlSequencesAllowed */.C)(stream, env)) {
        return {
            reporter: new plain_progress/* PlainProgress */.E(plainLine, clock, plainInterval(env)),
            printLine: plainLine
        };
    }
    const terminal = new TerminalProgress(stream, clock);
    return { reporter: terminal, printLine: (text) => terminal.printLine(text) };
}


/***/ }),

/***/ 90775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ PLAIN_INTERVAL_MS),
/* harmony export */   E: () => (/* binding */ PlainProgress)
/* harmony export */ });
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38864);
/* harmony import */ var _progress_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13778);
/* harmony import */ var _rate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30773);



/** How often a line is written where lines cannot be redrawn: a log, not a flood. */
const PLAIN_INTERVAL_MS = 10_000;
/**
 * Progress where lines cannot be redrawn (GitHub Actions logs, pipes, files): a plain line every
 * ten seconds while the work lasts, and one when it ends if any was written. Work that ends
 * sooner writes nothing. No control characters.
 */
class PlainProgress {
    writeLine;
    clock;
    intervalMs;
    constructor(writeLine, clock = _progress_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .ml, intervalMs = PLAIN_INTERVAL_MS) {
        this.writeLine = writeLine;
        this.clock = clock;
        this.intervalMs = intervalMs;
    }
    start(label, total) {
        const meter = new _rate_js__WEBPACK_IMPORTED_MODULE_1__/* .RateMeter */ .U();
        let done = 0;
        let last = this.clock.now();
        let wrote = false;
        let ended = false;
        const line = () => (0,_progress_text_js__WEBPACK_IMPORTED_MODULE_2__/* .progressText */ .l_)({ label, done, total, rate: meter.rate() });
        const set = (value) => {
            done = value;
            const now = this.clock.now();
            meter.add(now, done);
            if (now - last >= this.intervalMs) {
                this.writeLine(line());
                last = now;
                wrote = true;
            }
        };
        meter.add(last, 0);
        return {
            update: (value) => set(value),
            advance: (bytes) => set(done + bytes),
            end: () => {
                if (ended)
                    return;
                ended = true;
                if (wrote)
                    this.writeLine(line());
            }
        };
    }
}


/***/ }),

/***/ 13778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l_: () => (/* binding */ progressText)
/* harmony export */ });
/* unused harmony export formatSeconds */
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1080);
// How progress reads: `uploading hello.mda  123 MB of 370 MB (33%), 45.6 MB/s, 6 s left`.


/** Seconds as a short duration: 5 s, 2 min 5 s, 1 h 3 min. */
function formatSeconds(seconds) {
    const s = Math.max(0, Math.round(seconds));
    if (s < 60)
        return `${s} s`;
    if (s < 3600)
        return s % 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s / 60} min`;
    const minutes = Math.round(s / 60);
    return minutes % 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes / 60} h`;
}
/** One line of progress: what, how much of how much, the rate, and the time left when known. */
function progressText({ label, done, total, rate }) {
    const parts = [];
    if (total !== undefined && total > 0) {
        const shown = Math.min(done, total);
        const percent = Math.floor((shown / total) * 100);
        parts.push(`${(0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(shown)} of ${(0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(total)} (${percent}%)`);
    }
    else {
        parts.push((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(done));
    }
    if (rate !== undefined && rate > 0) {
        parts.push(`${(0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(rate)}/s`);
        if (total !== undefined && total > done)
            parts.push(`${formatSeconds((total - done) / rate)} left`);
    }
    // A file name with a control character in it must not move the cursor.
    // eslint-disable-next-line no-control-regex
    return `${label.replace(/[\u0000-\u001f\u007f-\u009f]/g, '')}  ${parts.join(', ')}`;
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

/***/ 30773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ RateMeter)
/* harmony export */ });
/** How far back the rate looks: long enough to be steady, short enough to follow a change. */
const WINDOW_MS = 5_000;
/**
 * Bytes per second over the last few seconds, from samples of (time, bytes done). A count that
 * goes back (a resumed upload) starts the measurement again.
 */
class RateMeter {
    samples = [];
    add(at, done) {
        const last = this.samples.at(-1);
        if (last && done < last.done)
            this.samples = [];
        this.samples.push({ at, done });
        while (this.samples.length > 2 && at - this.samples[1].at >= WINDOW_MS)
            this.samples.shift();
    }
    /** Bytes per second; undefined until the samples span some time. */
    rate() {
        const first = this.samples[0];
        const last = this.samples.at(-1);
        if (!first || !last || last.at - first.at < 250)
            return undefined;
        return ((last.done - first.done) * 1000) / (last.at - first.at);
    }
}


/***/ }),

/***/ 40335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ controlSequencesAllowed)
/* harmony export */ });
/**
 * Whether colours and cursor control may go to a stream: a terminal, and the reader has not asked
 * for plain text (NO_COLOR set and not empty, see no-color.org; TERM=dumb).
 */
function controlSequencesAllowed(stream, env) {
    if (stream.isTTY !== true)
        return false;
    if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '')
        return false;
    return env['TERM'] !== 'dumb';
}


/***/ }),

/***/ 76670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ redactCredentials),
/* harmony export */   m: () => (/* binding */ hasUserinfo)
/* harmony export */ });
/** `scheme://user:password@` in any text: a URI that carries credentials. */
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/:@]*):([^\s/@]+)@/gi;
/**
 * Text with the password of every `scheme://user:password@host` replaced by `***`, so a
 * repository or API URI a user wrote with credentials never reaches a log, a message or a record.
 */
function redactCredentials(text) {
    return text.replace(USERINFO, (_, scheme, user) => `${scheme}${user}:***@`);
}
/** Whether a URI carries credentials in its userinfo part (`user:password@`, or `token@`). */
function hasUserinfo(uri) {
    const match = /^[a-z][a-z0-9+.-]*:\/\/([^/]*)/i.exec(uri);
    return match !== null && match[1].includes('@');
}


/***/ }),

/***/ 1080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Byte counts as people read them: 1.2 MB, 980 kB (powers of 1000, as disks and networks count). */
function formatBytes(bytes) {
    if (bytes < 1000)
        return `${Math.max(0, Math.round(bytes))} B`;
    const units = ['kB', 'MB', 'GB', 'TB'];
    let value = bytes;
    let unit = -1;
    while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit++;
    }
    return `${value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)} ${units[unit]}`;
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
