export const id = 2833;
export const ids = [2833];
export const modules = {

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

;// CONCATENATED MODULE: ./src/cli/registry.ts
/**
 * Every command, loaded only when it runs, so `mxdeploy inspect` never pays for what
 * `mxdeploy publish` imports.
 */
const COMMANDS = {
    build: {
        summary: 'build an MDA from a deployment folder or a .mpr (MxBuild)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2463), __webpack_require__.e(577), __webpack_require__.e(11), __webpack_require__.e(5525), __webpack_require__.e(6893), __webpack_require__.e(4722), __webpack_require__.e(9901)]).then(__webpack_require__.bind(__webpack_require__, 44741))).buildCommand
    },
    inspect: {
        summary: "show a package's versions, constants, events and manifest",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(577), __webpack_require__.e(7445), __webpack_require__.e(341)]).then(__webpack_require__.bind(__webpack_require__, 70341))).inspectCommand
    },
    verify: {
        summary: "check a package's integrity and safety",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(577), __webpack_require__.e(7445), __webpack_require__.e(3412)]).then(__webpack_require__.bind(__webpack_require__, 63412))).verifyCommand
    },
    publish: {
        summary: 'put a package into the package repository (never overwrites)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2463), __webpack_require__.e(577), __webpack_require__.e(11), __webpack_require__.e(7445), __webpack_require__.e(5525), __webpack_require__.e(5107), __webpack_require__.e(3602)]).then(__webpack_require__.bind(__webpack_require__, 43602))).publishCommand
    },
    packages: {
        summary: "list the app's packages, or prune old ones",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2463), __webpack_require__.e(577), __webpack_require__.e(11), __webpack_require__.e(5525), __webpack_require__.e(5107), __webpack_require__.e(4722), __webpack_require__.e(2331)]).then(__webpack_require__.bind(__webpack_require__, 94375))).packagesCommand
    },
    stage: {
        summary: 'deploy a published package to one environment after every check',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2463), __webpack_require__.e(1950), __webpack_require__.e(577), __webpack_require__.e(11), __webpack_require__.e(7445), __webpack_require__.e(5525), __webpack_require__.e(6893), __webpack_require__.e(5986), __webpack_require__.e(5107), __webpack_require__.e(8796), __webpack_require__.e(5329), __webpack_require__.e(4016), __webpack_require__.e(2931), __webpack_require__.e(6746), __webpack_require__.e(3671)]).then(__webpack_require__.bind(__webpack_require__, 63671))).stageCommand
    },
    activity: {
        summary: 'show the activity log of every environment',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2463), __webpack_require__.e(11), __webpack_require__.e(5525), __webpack_require__.e(5107), __webpack_require__.e(6372)]).then(__webpack_require__.bind(__webpack_require__, 36372))).activityCommand
    },
    mfa: {
        summary: 'mfa enroll: a new TOTP secret for a user, its otpauth:// URI and QR code',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1950), __webpack_require__.e(1302), __webpack_require__.e(5472)]).then(__webpack_require__.bind(__webpack_require__, 85472))).mfaCommand
    },
    environments: {
        summary: "list a Mendix Cloud app's environments: status, model and runtime version",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2463), __webpack_require__.e(5525), __webpack_require__.e(5329), __webpack_require__.e(5185)]).then(__webpack_require__.bind(__webpack_require__, 70217))).environmentsCommand
    },
    start: {
        summary: 'start an environment and wait until it runs (recorded in the activity log)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2463), __webpack_require__.e(1950), __webpack_require__.e(577), __webpack_require__.e(11), __webpack_require__.e(7445), __webpack_require__.e(5525), __webpack_require__.e(5986), __webpack_require__.e(5107), __webpack_require__.e(8796), __webpack_require__.e(5329), __webpack_require__.e(4016), __webpack_require__.e(6746), __webpack_require__.e(6605)]).then(__webpack_require__.bind(__webpack_require__, 6605))).startCommand
    },
    stop: {
        summary: 'stop an environment and wait until it has stopped (recorded in the activity log)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2463), __webpack_require__.e(1950), __webpack_require__.e(577), __webpack_require__.e(11), __webpack_require__.e(7445), __webpack_require__.e(5525), __webpack_require__.e(5986), __webpack_require__.e(5107), __webpack_require__.e(8796), __webpack_require__.e(5329), __webpack_require__.e(4016), __webpack_require__.e(6746), __webpack_require__.e(6605)]).then(__webpack_require__.bind(__webpack_require__, 6605))).stopCommand
    },
    restart: {
        summary: 'stop, then start an environment (recorded in the activity log)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2463), __webpack_require__.e(1950), __webpack_require__.e(577), __webpack_require__.e(11), __webpack_require__.e(7445), __webpack_require__.e(5525), __webpack_require__.e(5986), __webpack_require__.e(5107), __webpack_require__.e(8796), __webpack_require__.e(5329), __webpack_require__.e(4016), __webpack_require__.e(6746), __webpack_require__.e(6605)]).then(__webpack_require__.bind(__webpack_require__, 6605))).restartCommand
    },
    image: {
        summary: 'build the app image of a package and push it to a registry, without deploying',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2463), __webpack_require__.e(577), __webpack_require__.e(11), __webpack_require__.e(7445), __webpack_require__.e(5525), __webpack_require__.e(5986), __webpack_require__.e(5107), __webpack_require__.e(8796), __webpack_require__.e(9898)]).then(__webpack_require__.bind(__webpack_require__, 9898))).imageCommand
    },
    trace: {
        summary: 'list the user stories of a commit range, and the commits that name none',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2463), __webpack_require__.e(11), __webpack_require__.e(5525), __webpack_require__.e(6893), __webpack_require__.e(5107), __webpack_require__.e(9744)]).then(__webpack_require__.bind(__webpack_require__, 9744))).traceCommand
    },
    pipeline: {
        summary: 'build → publish → stage through every environment in order: the main job',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2463), __webpack_require__.e(577), __webpack_require__.e(11), __webpack_require__.e(7445), __webpack_require__.e(5525), __webpack_require__.e(6893), __webpack_require__.e(5986), __webpack_require__.e(5107), __webpack_require__.e(8796), __webpack_require__.e(5329), __webpack_require__.e(4016), __webpack_require__.e(4722), __webpack_require__.e(2931), __webpack_require__.e(2506), __webpack_require__.e(4439)]).then(__webpack_require__.bind(__webpack_require__, 44439))).pipelineCommand
    }
};

;// CONCATENATED MODULE: ./src/cli/main.ts






const COMMON = {
    json: {
        type: 'boolean',
        description: 'print one JSON document on stdout (human text goes to stderr)'
    },
    help: { type: 'boolean', short: 'h', description: 'show this help' }
};
function stderrLogger(io) {
    const secrets = new Set();
    const scrub = (text) => {
        let out = (0,redact/* redactCredentials */.U)(text);
        for (const secret of secrets)
            out = out.split(secret).join('***');
        return out;
    };
    const where = (at) => at?.file ? `${at.file}${at.line ? `:${at.line}` : ''}${at.column ? `:${at.column}` : ''}: ` : '';
    const log = {
        info: (message) => io.stderr.write(`${scrub(message)}\n`),
        warning: (message, at) => io.stderr.write(`warning: ${where(at)}${scrub(message)}\n`),
        error: (message, at) => io.stderr.write(`error: ${where(at)}${scrub(message)}\n`),
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
        'Every command takes --json (one JSON document on stdout) and --help.',
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
    try {
        return (0,external_node_util_.parseArgs)({ args, options, allowPositionals: true, strict: true });
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
    const { log, scrub } = stderrLogger(io);
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
        io.stdout.write(json
            ? `${JSON.stringify(output.json, null, 2)}\n`
            : output.text.endsWith('\n') || !output.text
                ? output.text
                : `${output.text}\n`);
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
