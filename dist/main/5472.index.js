export const id = 5472;
export const ids = [5472];
export const modules = {

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ booleanValue),
/* harmony export */   r: () => (/* binding */ stringValue)
/* harmony export */ });
/** A string flag's value, or undefined when it was not given (never ''). */
function stringValue(context, name) {
    const value = context.values[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function booleanValue(context, name) {
    return context.values[name] === true;
}


/***/ }),

/***/ 85472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mfaCommand: () => (/* binding */ mfaCommand)
});

// EXTERNAL MODULE: ./node_modules/qrcode/lib/index.js
var lib = __webpack_require__(21302);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@otplib/plugin-base32-scure/dist/index.js + 1 modules
var dist = __webpack_require__(75833);
// EXTERNAL MODULE: ./src/mfa/totp.ts
var totp = __webpack_require__(96185);
// EXTERNAL MODULE: ./src/mfa/user-name.ts
var user_name = __webpack_require__(97567);
;// CONCATENATED MODULE: ./src/mfa/enroll.ts





const DEFAULT_ISSUER = 'mxdeploy';
/** 160 bits, the HMAC-SHA-1 block-friendly length RFC 4226 recommends. */
const SECRET_BYTES = 20;
function checkIssuer(issuer) {
    if (!issuer.trim() || issuer.length > 64 || /[:\p{Cc}]/u.test(issuer)) {
        throw new errors/* ConfigurationError */.j1(`--issuer ${JSON.stringify(issuer)} is not usable: give 1 to 64 characters without ':' (it labels the entry in the authenticator app)`);
    }
    return issuer;
}
/** The Key Uri Format authenticator apps read: label `issuer:user`, every parameter explicit. */
function otpauthUri(issuer, user, secret) {
    const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(user)}`;
    const query = [
        `secret=${secret}`,
        `issuer=${encodeURIComponent(issuer)}`,
        `algorithm=${totp/* TOTP */._k.algorithm.toUpperCase()}`,
        `digits=${totp/* TOTP */._k.digits}`,
        `period=${totp/* TOTP */._k.period}`
    ].join('&');
    return `otpauth://totp/${label}?${query}`;
}
/** A new TOTP secret for `user` from the system's CSPRNG, and its otpauth:// URI. */
function enrol(user, issuer = DEFAULT_ISSUER) {
    (0,user_name/* checkUserName */.th)(user, '--user');
    checkIssuer(issuer);
    const secret = new dist/* ScureBase32Plugin */.gZ().encode((0,external_node_crypto_.randomBytes)(SECRET_BYTES), { padding: false });
    return { user, issuer, secret, uri: otpauthUri(issuer, user, secret) };
}

// EXTERNAL MODULE: ./src/mfa/secrets.ts
var secrets = __webpack_require__(29623);
// EXTERNAL MODULE: ./src/progress/terminal.ts
var terminal = __webpack_require__(40335);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/commands/mfa.ts






function instructions({ user, secret, issuer, uri }, qr) {
    return [
        `New TOTP secret for ${user} (issuer ${issuer}).`,
        'This output is sensitive: whoever has the secret has the second factor. Clear the terminal afterwards.',
        '',
        'Scan this QR code with an authenticator app:',
        qr.trimEnd(),
        '',
        `or open this URI on the device: ${uri}`,
        `or enter the key by hand: ${secret}  (time-based, SHA1, 6 digits, 30 seconds)`,
        '',
        `Then store the secret where mxdeploy reads it: add this line to the YAML document that the`,
        `environment secret ${secrets/* SECRETS_VARIABLE */.Bx} holds (one line per user):`,
        '',
        `  ${user}: ${secret}`,
        '',
        'GitHub: Settings → Environments → production → Environment secrets → ' + secrets/* SECRETS_VARIABLE */.Bx,
        `or with the GitHub CLI: gh secret set ${secrets/* SECRETS_VARIABLE */.Bx} --env production < secrets.yml`,
        '(the secret replaces the whole document: include every user, then delete secrets.yml).',
        `Elsewhere: export ${secrets/* SECRETS_VARIABLE */.Bx}, or pass the file with --totp-secrets FILE.`
    ].join('\n');
}
const mfaCommand = {
    name: 'mfa',
    summary: 'Two-factor authentication: "mfa enroll" makes a new TOTP secret for a user, with its otpauth:// URI and a QR code to scan.',
    usage: 'mfa enroll --user NAME [--issuer NAME] [--json]',
    positionals: ['SUBCOMMAND'],
    options: {
        user: {
            type: 'string',
            value: 'NAME',
            description: 'GitHub login of the user to enrol (the approver who will type the codes)'
        },
        issuer: {
            type: 'string',
            value: 'NAME',
            description: `name shown in the authenticator app (default: ${DEFAULT_ISSUER})`
        }
    },
    async run(context) {
        const [subcommand] = context.positionals;
        if (subcommand !== 'enroll') {
            throw new errors/* ConfigurationError */.j1(subcommand === undefined
                ? 'give the subcommand: mxdeploy mfa enroll --user NAME'
                : `unknown subcommand "mfa ${subcommand}"; the subcommands are: enroll`);
        }
        const user = (0,command/* stringValue */.r)(context, 'user');
        if (user === undefined) {
            throw new errors/* ConfigurationError */.j1('give the user to enrol: mxdeploy mfa enroll --user NAME (their GitHub login)');
        }
        const enrolment = enrol(user, (0,command/* stringValue */.r)(context, 'issuer') ?? DEFAULT_ISSUER);
        context.log.secret(enrolment.secret);
        const json = { user, secret: enrolment.secret, uri: enrolment.uri };
        if (context.json)
            return { json, text: '' };
        // The terminal renderer colours the code with escape sequences, which a pipe, a file or a
        // reader with NO_COLOR gets as garbage; block characters alone draw it everywhere.
        const qr = (0,terminal/* controlSequencesAllowed */.C)(context.io.stdout, context.io.env)
            ? await lib.toString(enrolment.uri, { type: 'terminal', small: true })
            : await lib.toString(enrolment.uri, { type: 'utf8' });
        return { json, text: instructions(enrolment, qr) };
    }
};


/***/ }),

/***/ 56318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ openInputFile),
/* harmony export */   e: () => (/* binding */ openInputFileIfThere)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



/**
 * Without O_NONBLOCK, opening a FIFO for reading waits for a writer, forever and in the thread
 * pool. Windows has no such flag (and no FIFOs in the file system).
 */
const READ_NONBLOCKING = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
function kindOf(info) {
    if (info.isDirectory())
        return 'a directory';
    if (info.isFIFO())
        return 'a named pipe (FIFO)';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    if (info.isSocket())
        return 'a socket';
    return 'not a file';
}
function notRegular(noun, path, info) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${noun} ${path} is ${kindOf(info)}, not a regular file`);
}
/**
 * Opens a regular file the user named for reading, or returns undefined when nothing is there.
 * Anything else is refused before it is read, and the check itself never blocks: `stat` first (so
 * a device is never even opened), then a non-blocking open and `fstat` (in case the path was
 * swapped in between).
 */
async function openInputFileIfThere(path, noun = 'file') {
    let handle;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
        if (!info.isFile())
            throw notRegular(noun, path, info);
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, READ_NONBLOCKING);
    }
    catch (error) {
        const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoCode */ .UK)(error);
        if (code === 'ENOENT')
            return undefined;
        if (code === 'EACCES')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${noun} ${path} can't be read (permission denied)`);
        throw error;
    }
    const info = await handle.stat();
    if (!info.isFile()) {
        await handle.close();
        throw notRegular(noun, path, info);
    }
    return handle;
}
/** Opens a regular file the user named for reading; a missing or unreadable one is an input error. */
async function openInputFile(path, noun = 'file') {
    const handle = await openInputFileIfThere(path, noun);
    if (!handle)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${noun} ${path} does not exist`);
    return handle;
}


/***/ }),

/***/ 29623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ SECRETS_VARIABLE),
/* harmony export */   Kh: () => (/* binding */ parseTotpSecrets),
/* harmony export */   Pn: () => (/* binding */ readTotpSecrets)
/* harmony export */ });
/* unused harmony export TotpSecrets */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var otplib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75833);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83916);
/* harmony import */ var _fs_open_input_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56318);
/* harmony import */ var _totp_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96185);
/* harmony import */ var _user_name_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(97567);







/** The environment variable (and GitHub environment secret) holding the secrets document. */
const SECRETS_VARIABLE = 'MXDEPLOY_TOTP_SECRETS';
const base32 = new otplib__WEBPACK_IMPORTED_MODULE_4__/* .ScureBase32Plugin */ .gZ();
const MIN_SECRET_CHARS = Math.ceil((_totp_js__WEBPACK_IMPORTED_MODULE_3__/* .MIN_SECRET_BYTES */ .SI * 8) / 5);
/**
 * Every user's TOTP secret, decoded. The secrets sit in a private field and the object prints and
 * serialises as its user list only, so a stray log of it leaks nothing.
 */
class TotpSecrets {
    source;
    #byUser;
    /** `source` names where the document came from, for messages. */
    constructor(source, entries) {
        this.source = source;
        this.#byUser = entries;
    }
    /** The decoded secret of a user (case-insensitive), or undefined. */
    secretOf(user) {
        return this.#byUser.get((0,_user_name_js__WEBPACK_IMPORTED_MODULE_5__/* .userKey */ .Xh)(user))?.secret;
    }
    get users() {
        return [...this.#byUser.values()].map((entry) => entry.name);
    }
    toJSON() {
        return { source: this.source, users: this.users };
    }
    toString() {
        return `TotpSecrets(${this.source}: ${this.users.join(', ')})`;
    }
    [node_util__WEBPACK_IMPORTED_MODULE_0__.inspect.custom]() {
        return this.toString();
    }
}
/**
 * How a message points at an entry. A key that looks like a secret (the document written the
 * wrong way round) is named by position so that the message never shows it.
 */
function entryName(key, index) {
    return /^[A-Z2-7]{16,}=*$/.test(key) || !(0,_user_name_js__WEBPACK_IMPORTED_MODULE_5__/* .isUserName */ .RO)(key)
        ? `entry ${index + 1}`
        : `the secret of '${key}'`;
}
const SHAPE_HINT = 'it must map each user to a base32 secret, one "user: SECRET" line each (mxdeploy mfa enroll makes them)';
function decodeSecret(value, where, source) {
    if (typeof value !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`${where} in ${source} is not text: write it as a base32 string (quote it if it is all digits)`);
    }
    // Authenticator apps show secrets in groups and sometimes lower case.
    const normalized = value.replace(/[\s-]/g, '').replace(/=+$/, '').toUpperCase();
    if (!/^[A-Z2-7]*$/.test(normalized)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`${where} in ${source} is not base32 (letters A-Z and digits 2-7 only): copy it again from mxdeploy mfa enroll`);
    }
    if (normalized.length < MIN_SECRET_CHARS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`${where} in ${source} is too short: at least ${MIN_SECRET_CHARS} base32 characters (${_totp_js__WEBPACK_IMPORTED_MODULE_3__/* .MIN_SECRET_BYTES */ .SI * 8} bits) are needed; make a new one with mxdeploy mfa enroll`);
    }
    let bytes;
    try {
        bytes = base32.decode(normalized);
    }
    catch {
        // The decoder's message would quote the input.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`${where} in ${source} is not valid base32 (its length or last character is wrong): copy it again from mxdeploy mfa enroll`);
    }
    if (bytes.length > _totp_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_SECRET_BYTES */ .sU) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`${where} in ${source} is too long: at most ${_totp_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_SECRET_BYTES */ .sU} bytes (${Math.floor((_totp_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_SECRET_BYTES */ .sU * 8) / 5)} base32 characters)`);
    }
    return bytes;
}
function registerSecrets(value, log) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return;
    for (const secret of Object.values(value)) {
        if (typeof secret === 'string' && secret.trim()) {
            log.secret(secret);
            log.secret(secret.trim());
        }
    }
}
/**
 * Parses a secrets document (YAML or JSON map of user → base32 secret). Every error is a
 * ConfigurationError that names the entry but never shows a secret; every value is registered
 * with `log.secret` first.
 */
function parseTotpSecrets(text, source, log) {
    if (!text.trim())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`${source} is empty: ${SHAPE_HINT}`);
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text);
    const [syntax] = document.errors;
    if (syntax) {
        // The parser's own message quotes the offending line, which may hold a secret.
        const at = syntax.linePos?.[0];
        const where = at ? ` at line ${at.line}, column ${at.col}` : '';
        const problem = syntax.code.toLowerCase().replace(/_/g, ' ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`${source} is not valid YAML or JSON${where} (${problem}): ${SHAPE_HINT}`);
    }
    const value = document.toJS({ maxAliasCount: 10 });
    registerSecrets(value, log);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        const kind = Array.isArray(value) ? 'a list' : value === null ? 'empty' : 'a single value';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`${source} is ${kind}, not a map: ${SHAPE_HINT}`);
    }
    const entries = new Map();
    Object.entries(value).forEach(([name, secret], index) => {
        const where = entryName(name, index);
        if (!(0,_user_name_js__WEBPACK_IMPORTED_MODULE_5__/* .isUserName */ .RO)(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`${where} of ${source} does not start with a user name: ${SHAPE_HINT}`);
        }
        const key = (0,_user_name_js__WEBPACK_IMPORTED_MODULE_5__/* .userKey */ .Xh)(name);
        if (entries.has(key)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`${source} lists user '${name}' twice (user names are case-insensitive, as GitHub logins are): keep one line`);
        }
        entries.set(key, { name, secret: decodeSecret(secret, where, source) });
    });
    if (entries.size === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`${source} is an empty map: ${SHAPE_HINT}`);
    return new TotpSecrets(source, entries);
}
/**
 * Reads the secrets document the CLI way: `--totp-secrets FILE` if given, else the
 * MXDEPLOY_TOTP_SECRETS environment variable; neither is a ConfigurationError.
 */
async function readTotpSecrets(options, log) {
    if (options.file !== undefined) {
        const handle = await (0,_fs_open_input_js__WEBPACK_IMPORTED_MODULE_2__/* .openInputFile */ .H)(options.file, 'TOTP secrets file');
        try {
            return parseTotpSecrets(await handle.readFile('utf8'), options.file, log);
        }
        finally {
            await handle.close();
        }
    }
    const text = options.env[SECRETS_VARIABLE];
    if (text === undefined || !text.trim()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`no TOTP secrets: set the environment variable ${SECRETS_VARIABLE} (in GitHub Actions: the environment secret of that name) or give --totp-secrets FILE`);
    }
    return parseTotpSecrets(text, SECRETS_VARIABLE, log);
}


/***/ }),

/***/ 96185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SI: () => (/* binding */ MIN_SECRET_BYTES),
/* harmony export */   WC: () => (/* binding */ matchingStep),
/* harmony export */   _k: () => (/* binding */ TOTP),
/* harmony export */   oM: () => (/* binding */ timeStep),
/* harmony export */   sU: () => (/* binding */ MAX_SECRET_BYTES)
/* harmony export */ });
/* unused harmony exports DRIFT_STEPS, totpCode */
/* harmony import */ var otplib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21498);
/* harmony import */ var otplib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81950);

/** What every authenticator app uses and `mfa enroll` announces: RFC 6238 with SHA-1, 6 digits, 30 s. */
const TOTP = { algorithm: 'sha1', digits: 6, period: 30 };
/** Clock drift tolerated between the authenticator and us, in time steps either way. */
const DRIFT_STEPS = 1;
/** 16 base32 characters: the shortest secret accepted (otplib's own floor is 128 bits). */
const MIN_SECRET_BYTES = 10;
const MAX_SECRET_BYTES = 64;
const guardrails = (0,otplib__WEBPACK_IMPORTED_MODULE_0__/* .createGuardrails */ .NZ)({ MIN_SECRET_BYTES, MAX_SECRET_BYTES });
/** The RFC 6238 time step T of a moment. */
function timeStep(epochSeconds, parameters = TOTP) {
    return Math.floor(epochSeconds / parameters.period);
}
/** The code of `secret` at a moment (RFC 6238 section 4). */
async function totpCode(secret, epochSeconds, parameters = TOTP) {
    return generate({ secret, epoch: Math.floor(epochSeconds), guardrails, ...parameters });
}
/**
 * The time step whose code equals `code`, looking `DRIFT_STEPS` either side of the moment, or
 * undefined when none does. Comparison is constant-time (otplib).
 */
async function matchingStep(secret, code, epochSeconds, parameters = TOTP) {
    if (code.length !== parameters.digits || !/^\d+$/.test(code))
        return undefined;
    const result = await (0,otplib__WEBPACK_IMPORTED_MODULE_1__/* .verify */ .MX)({
        secret,
        token: code,
        epoch: Math.floor(epochSeconds),
        epochTolerance: DRIFT_STEPS * parameters.period,
        guardrails,
        ...parameters
    });
    return result.valid ? timeStep(epochSeconds, parameters) + result.delta : undefined;
}


/***/ }),

/***/ 97567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RO: () => (/* binding */ isUserName),
/* harmony export */   Xh: () => (/* binding */ userKey),
/* harmony export */   th: () => (/* binding */ checkUserName)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/**
 * GitHub logins (letters, digits, hyphens; `_` for managed users) and the plain account names
 * other CI systems use; no `:` or spaces, so a name is safe in an otpauth label and in messages.
 */
const USER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
function isUserName(name) {
    return USER_NAME.test(name);
}
/** Throws a ConfigurationError naming `what` (e.g. `--user`) unless `name` is a valid user name. */
function checkUserName(name, what) {
    if (!isUserName(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${what} ${JSON.stringify(name)} is not a user name: use the GitHub login (letters, digits, '-', '_', '.'; at most 64 characters)`);
    }
    return name;
}
/** The key a user is stored and compared under: GitHub logins are case-insensitive. */
function userKey(name) {
    return name.toLowerCase();
}


/***/ })

};
