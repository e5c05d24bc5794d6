export const id = 291;
export const ids = [291];
export const modules = {

/***/ 98220:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MFA_OPTIONS: () => (/* binding */ MFA_OPTIONS),
  cliCodeOffers: () => (/* binding */ cliCodeOffers),
  cliTotpSecrets: () => (/* binding */ cliTotpSecrets),
  mfaCommand: () => (/* binding */ mfaCommand)
});

// EXTERNAL MODULE: ./node_modules/qrcode/lib/index.js
var lib = __webpack_require__(21302);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/mfa/user-name.ts
var user_name = __webpack_require__(97567);
;// CONCATENATED MODULE: ./src/mfa/code-input.ts


// A 6-digit run that is not part of a longer number, a word, a decimal, a story key or a reference:
// "1.123456", "ABC-123456", "#123456" and "/pull/123456" are not codes.
const STANDALONE_CODE = /(?<![\w#/]|\d[.,]|\w-)\d{6}(?![\w]|[.,]\d|-\w)/g;
const SPACED_CODE = /(?<![\w#/]|\d[.,]|\w-)\d{3} \d{3}(?![\w]|[.,]\d|-\w)/;
/**
 * The code in an approval comment: exactly one standalone 6-digit number. None or several give a
 * `problem` instead; it never quotes the numbers.
 */
function offerFromComment(user, comment) {
    const found = [...(comment ?? '').matchAll(STANDALONE_CODE)].map((match) => match[0]);
    const distinct = new Set(found);
    if (distinct.size === 1)
        return { user, source: 'comment', code: found[0] };
    if (distinct.size > 1) {
        return {
            user,
            source: 'comment',
            problem: `the approval comment holds ${distinct.size} different 6-digit numbers; write only the code`
        };
    }
    const spaced = SPACED_CODE.test(comment ?? '');
    return {
        user,
        source: 'comment',
        problem: spaced
            ? 'the approval comment holds the code with a space in it; write the 6 digits together'
            : 'the approval comment holds no 6-digit code'
    };
}
/**
 * Validates a code typed as an option or input (`what` names it, e.g. `--otp`) and returns its 6
 * digits; spaces are dropped, as authenticator apps show "123 456". Never echoes the value.
 */
function parseOtp(value, what) {
    const code = value.replace(/\s+/g, '');
    if (!/^\d{6}$/.test(code)) {
        throw new errors/* ConfigurationError */.j1(`${what} must be the 6-digit code your authenticator app shows now (got ${code.length} characters${/^\d*$/.test(code) ? '' : ', not all digits'})`);
    }
    return code;
}
/** The offer of `--otp CODE --user NAME`; `--otp` alone is a ConfigurationError. */
function offerFromOption(code, user) {
    if (user === undefined) {
        throw new errors/* ConfigurationError */.j1('--otp needs --user NAME: the user whose authenticator made the code');
    }
    return { user: (0,user_name/* checkUserName */.th)(user, '--user'), source: 'cli', code: parseOtp(code, '--otp') };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@otplib/plugin-base32-scure/dist/index.js + 1 modules
var dist = __webpack_require__(75833);
// EXTERNAL MODULE: ./src/mfa/totp.ts
var totp = __webpack_require__(96185);
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

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/fs/open-input.ts
var open_input = __webpack_require__(56318);
;// CONCATENATED MODULE: ./src/mfa/secrets.ts







/** The environment variable (and GitHub environment secret) holding the secrets document. */
const SECRETS_VARIABLE = 'MXDEPLOY_TOTP_SECRETS';
const base32 = new dist/* ScureBase32Plugin */.gZ();
const MIN_SECRET_CHARS = Math.ceil((totp/* MIN_SECRET_BYTES */.SI * 8) / 5);
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
        return this.#byUser.get((0,user_name/* userKey */.Xh)(user))?.secret;
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
    [external_node_util_.inspect.custom]() {
        return this.toString();
    }
}
/**
 * How a message points at an entry. A key that looks like a secret (the document written the
 * wrong way round) is named by position so that the message never shows it.
 */
function entryName(key, index) {
    return /^[A-Z2-7]{16,}=*$/.test(key) || !(0,user_name/* isUserName */.RO)(key)
        ? `entry ${index + 1}`
        : `the secret of '${key}'`;
}
const SHAPE_HINT = 'it must map each user to a base32 secret, one "user: SECRET" line each (mxdeploy mfa enroll makes them)';
function decodeSecret(value, where, source) {
    if (typeof value !== 'string') {
        throw new errors/* ConfigurationError */.j1(`${where} in ${source} is not text: write it as a base32 string (quote it if it is all digits)`);
    }
    // Authenticator apps show secrets in groups and sometimes lower case.
    const normalized = value.replace(/[\s-]/g, '').replace(/=+$/, '').toUpperCase();
    if (!/^[A-Z2-7]*$/.test(normalized)) {
        throw new errors/* ConfigurationError */.j1(`${where} in ${source} is not base32 (letters A-Z and digits 2-7 only): copy it again from mxdeploy mfa enroll`);
    }
    if (normalized.length < MIN_SECRET_CHARS) {
        throw new errors/* ConfigurationError */.j1(`${where} in ${source} is too short: at least ${MIN_SECRET_CHARS} base32 characters (${totp/* MIN_SECRET_BYTES */.SI * 8} bits) are needed; make a new one with mxdeploy mfa enroll`);
    }
    let bytes;
    try {
        bytes = base32.decode(normalized);
    }
    catch {
        // The decoder's message would quote the input.
        throw new errors/* ConfigurationError */.j1(`${where} in ${source} is not valid base32 (its length or last character is wrong): copy it again from mxdeploy mfa enroll`);
    }
    if (bytes.length > totp/* MAX_SECRET_BYTES */.sU) {
        throw new errors/* ConfigurationError */.j1(`${where} in ${source} is too long: at most ${totp/* MAX_SECRET_BYTES */.sU} bytes (${Math.floor((totp/* MAX_SECRET_BYTES */.sU * 8) / 5)} base32 characters)`);
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
        throw new errors/* ConfigurationError */.j1(`${source} is empty: ${SHAPE_HINT}`);
    const document = (0,yaml_dist/* parseDocument */.Tp)(text);
    const [syntax] = document.errors;
    if (syntax) {
        // The parser's own message quotes the offending line, which may hold a secret.
        const at = syntax.linePos?.[0];
        const where = at ? ` at line ${at.line}, column ${at.col}` : '';
        const problem = syntax.code.toLowerCase().replace(/_/g, ' ');
        throw new errors/* ConfigurationError */.j1(`${source} is not valid YAML or JSON${where} (${problem}): ${SHAPE_HINT}`);
    }
    const value = document.toJS({ maxAliasCount: 10 });
    registerSecrets(value, log);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        const kind = Array.isArray(value) ? 'a list' : value === null ? 'empty' : 'a single value';
        throw new errors/* ConfigurationError */.j1(`${source} is ${kind}, not a map: ${SHAPE_HINT}`);
    }
    const entries = new Map();
    Object.entries(value).forEach(([name, secret], index) => {
        const where = entryName(name, index);
        if (!(0,user_name/* isUserName */.RO)(name)) {
            throw new errors/* ConfigurationError */.j1(`${where} of ${source} does not start with a user name: ${SHAPE_HINT}`);
        }
        const key = (0,user_name/* userKey */.Xh)(name);
        if (entries.has(key)) {
            throw new errors/* ConfigurationError */.j1(`${source} lists user '${name}' twice (user names are case-insensitive, as GitHub logins are): keep one line`);
        }
        entries.set(key, { name, secret: decodeSecret(secret, where, source) });
    });
    if (entries.size === 0)
        throw new errors/* ConfigurationError */.j1(`${source} is an empty map: ${SHAPE_HINT}`);
    return new TotpSecrets(source, entries);
}
/**
 * Reads the secrets document the CLI way: `--totp-secrets FILE` if given, else the
 * MXDEPLOY_TOTP_SECRETS environment variable; neither is a ConfigurationError.
 */
async function readTotpSecrets(options, log) {
    if (options.file !== undefined) {
        const handle = await (0,open_input/* openInputFile */.H)(options.file, 'TOTP secrets file');
        try {
            return parseTotpSecrets(await handle.readFile('utf8'), options.file, log);
        }
        finally {
            await handle.close();
        }
    }
    const text = options.env[SECRETS_VARIABLE];
    if (text === undefined || !text.trim()) {
        throw new errors/* ConfigurationError */.j1(`no TOTP secrets: set the environment variable ${SECRETS_VARIABLE} (in GitHub Actions: the environment secret of that name) or give --totp-secrets FILE`);
    }
    return parseTotpSecrets(text, SECRETS_VARIABLE, log);
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/commands/mfa.ts






/** The second-factor flags of commands that deploy (`stage`, `pipeline`): spread into their options. */
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
        description: `YAML or JSON map of user to TOTP secret (default: the ${SECRETS_VARIABLE} variable)`
    }
};
/** The code offered with `--otp CODE --user NAME`, if any. */
function cliCodeOffers(context) {
    const code = (0,command/* stringValue */.r)(context, 'otp');
    return code === undefined ? [] : [offerFromOption(code, (0,command/* stringValue */.r)(context, 'user'))];
}
/** The secrets document of `--totp-secrets FILE` or MXDEPLOY_TOTP_SECRETS. */
async function cliTotpSecrets(context) {
    return readTotpSecrets({ file: (0,command/* stringValue */.r)(context, 'totp-secrets'), env: context.io.env }, context.log);
}
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
        `environment secret ${SECRETS_VARIABLE} holds (one line per user):`,
        '',
        `  ${user}: ${secret}`,
        '',
        'GitHub: Settings → Environments → production → Environment secrets → ' + SECRETS_VARIABLE,
        `or with the GitHub CLI: gh secret set ${SECRETS_VARIABLE} --env production < secrets.yml`,
        '(the secret replaces the whole document: include every user, then delete secrets.yml).',
        `Elsewhere: export ${SECRETS_VARIABLE}, or pass the file with --totp-secrets FILE.`
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
        const qr = await lib.toString(enrolment.uri, { type: 'terminal', small: true });
        return { json, text: instructions(enrolment, qr) };
    }
};


/***/ }),

/***/ 29291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  stageCommand: () => (/* binding */ stageCommand)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/repository/publish-package.ts
var publish_package = __webpack_require__(21726);
;// CONCATENATED MODULE: ./src/stage/local-protection-policy.ts

/**
 * Outside GitHub Actions nobody can prove a GitHub approval, so an environment that requires
 * reviewers is deployed from its workflow job, never from a laptop.
 */
const reviewersOnlyOnGitHub = {
    name: 'required reviewers',
    check({ environment }) {
        if (environment.protection.reviewers !== 'required')
            return Promise.resolve({});
        return Promise.reject(new errors/* ConfigurationError */.j1(`${environment.name} requires GitHub environment reviewers (protection.reviewers: required), which only a workflow job can prove: deploy it with actions/stage in a job that has "environment: ${environment.name}"`));
    }
};

// EXTERNAL MODULE: ./src/stage/stage-service.ts + 2 modules
var stage_service = __webpack_require__(57481);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/mfa/lockout.ts
/** Wrong codes that lock a user out, the window they are counted in, and how long the lock lasts. */
const LOCKOUT = { failures: 5, windowMs: 15 * 60_000, durationMs: 15 * 60_000 };
const LOCKOUT_FILE = 'lockout.json';
function emptyLockoutState() {
    return { version: 1, users: {} };
}
const isTime = (value) => typeof value === 'string' && !Number.isNaN(Date.parse(value));
function isLockoutState(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const { version, users } = value;
    return (version === 1 &&
        typeof users === 'object' &&
        users !== null &&
        Object.values(users).every((entry) => Array.isArray(entry.failures) &&
            entry.failures.every(isTime) &&
            (entry.lockedUntil === undefined || isTime(entry.lockedUntil))));
}
/** When the user's lock ends, if they are locked at `now`. */
function lockedUntil(state, user, now) {
    const until = state.users[user]?.lockedUntil;
    return until !== undefined && Date.parse(until) > now.getTime() ? new Date(until) : undefined;
}
/** Wrong codes the user may still give before the lock (at `now`). */
function attemptsLeft(state, user, now) {
    const recent = (state.users[user]?.failures ?? []).filter((time) => now.getTime() - Date.parse(time) < LOCKOUT.windowMs);
    return Math.max(0, LOCKOUT.failures - recent.length);
}
function prune(users, now) {
    const kept = {};
    for (const [name, entry] of Object.entries(users)) {
        const failures = entry.failures.filter((time) => now.getTime() - Date.parse(time) < LOCKOUT.windowMs);
        const locked = entry.lockedUntil && Date.parse(entry.lockedUntil) > now.getTime();
        if (failures.length || locked) {
            kept[name] = locked ? { failures, lockedUntil: entry.lockedUntil } : { failures };
        }
    }
    return kept;
}
/** Counts a wrong code; the fifth within the window locks the user (and starts a fresh count). */
function recordFailure(state, user, now) {
    const users = prune(state.users, now);
    const failures = [...(users[user]?.failures ?? []), now.toISOString()];
    if (failures.length >= LOCKOUT.failures) {
        const until = new Date(now.getTime() + LOCKOUT.durationMs);
        users[user] = { failures: [], lockedUntil: until.toISOString() };
        return { state: { version: 1, users }, lockedUntil: until };
    }
    users[user] = { ...users[user], failures };
    return { state: { version: 1, users } };
}
/** A correct code clears the user's count of wrong ones. */
function clearFailures(state, user, now) {
    const users = prune(state.users, now);
    delete users[user];
    return { version: 1, users };
}

;// CONCATENATED MODULE: ./src/mfa/replay-guard.ts
const REPLAY_FILE = 'replay.json';
/**
 * Steps kept behind the current one. A step can only match while it is within the drift window;
 * the margin covers runners whose clocks differ by a few minutes.
 */
const KEEP_STEPS = 10;
function emptyReplayState() {
    return { version: 1, used: {} };
}
function isReplayState(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const { version, used } = value;
    return (version === 1 &&
        typeof used === 'object' &&
        used !== null &&
        Object.values(used).every((steps) => Array.isArray(steps) && steps.every((step) => Number.isSafeInteger(step))));
}
function wasUsed(state, user, step) {
    return state.used[user]?.includes(step) ?? false;
}
/** Records a spent step and drops, for every user, steps too old to match again. */
function markUsed(state, user, step, currentStep) {
    const used = {};
    const all = { ...state.used, [user]: [...(state.used[user] ?? []), step] };
    for (const [name, steps] of Object.entries(all)) {
        const kept = [...new Set(steps.filter((s) => s >= currentStep - KEEP_STEPS))].sort((a, b) => a - b);
        if (kept.length)
            used[name] = kept;
    }
    return { version: 1, used };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/mfa/user-name.ts
var user_name = __webpack_require__(97567);
;// CONCATENATED MODULE: ./src/mfa/session.ts


const SESSIONS_FILE = 'sessions.json';
const HKDF_SALT = 'mxdeploy mfa session v1';
function emptySessionState() {
    return { version: 1, sessions: [] };
}
function isSessionState(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const { version, sessions } = value;
    return (version === 1 &&
        Array.isArray(sessions) &&
        sessions.every((s) => typeof s === 'object' &&
            s !== null &&
            ['user', 'environment', 'opened', 'expires', 'mac'].every((field) => typeof s[field] === 'string')));
}
/**
 * The signing key of one user's sessions for one environment: HKDF-SHA256 of the user's TOTP
 * secret. A rotated secret gives another key, so the sessions it had open stop verifying.
 */
function sessionKey(secret, user, environment) {
    const info = `mxdeploy/mfa-session\u0000user=${(0,user_name/* userKey */.Xh)(user)}\u0000environment=${environment}`;
    return Buffer.from((0,external_node_crypto_.hkdfSync)('sha256', secret, HKDF_SALT, info, 32));
}
function signature(secret, record) {
    const payload = JSON.stringify([
        'mxdeploy-session-v1',
        (0,user_name/* userKey */.Xh)(record.user),
        record.environment,
        record.opened,
        record.expires
    ]);
    return (0,external_node_crypto_.createHmac)('sha256', sessionKey(secret, record.user, record.environment))
        .update(payload)
        .digest();
}
/** A new signed session for `user` in `environment`, from `now` for `hours`. */
function openSession(secret, user, environment, now, hours) {
    const fields = {
        user: (0,user_name/* userKey */.Xh)(user),
        environment,
        opened: now.toISOString(),
        expires: new Date(now.getTime() + hours * 3_600_000).toISOString()
    };
    return { ...fields, mac: signature(secret, fields).toString('base64url') };
}
function findSession(state, user, environment) {
    return state.sessions.find((s) => (0,user_name/* userKey */.Xh)(s.user) === (0,user_name/* userKey */.Xh)(user) && s.environment === environment);
}
/**
 * Whether `user` holds a valid session for `environment` at `now`. The session ends at its signed
 * expiry or `hours` after it opened, whichever is first, so lowering `session-hours` applies at once.
 */
function checkSession(state, secret, user, environment, now, hours) {
    const record = findSession(state, user, environment);
    if (!record)
        return { valid: false, problem: 'none' };
    const expected = signature(secret, record);
    const given = Buffer.from(record.mac, 'base64url');
    if (given.length !== expected.length || !(0,external_node_crypto_.timingSafeEqual)(given, expected)) {
        return { valid: false, problem: 'invalid' };
    }
    const opened = Date.parse(record.opened);
    const ends = Math.min(Date.parse(record.expires), opened + hours * 3_600_000);
    if (Number.isNaN(ends) || opened > now.getTime() + 300_000) {
        return { valid: false, problem: 'invalid' };
    }
    if (now.getTime() >= ends)
        return { valid: false, problem: 'expired', ended: new Date(ends) };
    return { valid: true, expires: new Date(ends) };
}
/** Replaces the user's session for that environment and drops every session that has ended. */
function storeSession(state, record, now) {
    const sessions = state.sessions.filter((s) => Date.parse(s.expires) > now.getTime() &&
        !((0,user_name/* userKey */.Xh)(s.user) === (0,user_name/* userKey */.Xh)(record.user) && s.environment === record.environment));
    return { version: 1, sessions: [...sessions, record] };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/fs/atomic-write.ts
var atomic_write = __webpack_require__(27768);
// EXTERNAL MODULE: ./src/fs/file-lock.ts
var file_lock = __webpack_require__(36577);
;// CONCATENATED MODULE: ./src/mfa/state-store.ts





/** Holders keep the state lock for milliseconds; one older than this elsewhere is abandoned. */
const STALE_LOCK_MS = 30_000;
const LOCK_TIMEOUT_MS = 15_000;
/**
 * Runs `action` holding the lock of a state folder (`.lock`), so two processes never interleave
 * read-modify-write cycles of replay records, lockouts and sessions.
 */
async function withStateLock(dir, action, options = {}) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    return (0,file_lock/* withLock */.k)((0,external_node_path_.join)(dir, '.lock'), action, {
        staleMs: options.staleMs ?? STALE_LOCK_MS,
        timeoutMs: options.timeoutMs ?? LOCK_TIMEOUT_MS,
        what: `the state folder ${dir}`
    });
}
/**
 * Reads a JSON state file; a missing file is `empty`. A damaged one is a ConfigurationError: the
 * user must look at it rather than have replay records or lockouts silently dropped.
 */
async function readStateFile(path, empty, check) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
            return empty;
        throw error;
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        value = undefined;
    }
    if (!check(value)) {
        throw new errors/* ConfigurationError */.j1(`the MFA state file ${path} is damaged: remove it (that ends its sessions, lockouts or replay records) and run again`);
    }
    return value;
}
/** Writes a JSON state file atomically, readable by its owner only. */
async function writeStateFile(path, value) {
    await (0,atomic_write/* writeFileAtomic */.Z)(path, `${JSON.stringify(value, null, 2)}\n`, 0o600);
}

// EXTERNAL MODULE: ./src/mfa/totp.ts
var totp = __webpack_require__(96185);
;// CONCATENATED MODULE: ./src/mfa/second-factor.ts








/** The sub-folder of the state folder that holds the MFA files. */
const MFA_STATE_DIR = 'mfa';
function distinctUsers(users) {
    const seen = new Map();
    for (const user of users)
        if (!seen.has((0,user_name/* userKey */.Xh)(user)))
            seen.set((0,user_name/* userKey */.Xh)(user), user);
    return [...seen.values()];
}
const refuse = (user, reason, message, until) => ({
    user,
    accepted: false,
    reason,
    message,
    ...(until ? { lockedUntil: until.toISOString() } : {})
});
function noCodeMessage(user, environment, session, problems) {
    const why = [
        session.valid
            ? undefined
            : session.problem === 'expired'
                ? `the TOTP session for ${environment} ended at ${session.ended?.toISOString()}`
                : session.problem === 'invalid'
                    ? `the stored session for ${environment} does not verify (altered, or signed with a secret since replaced)`
                    : `no TOTP session for ${environment}`,
        ...problems
    ].filter(Boolean);
    return `${user} needs a TOTP code for ${environment} (${why.join('; ')}): type the 6-digit code from the authenticator app in the approval comment, the otp input, or --otp CODE --user ${user}`;
}
async function decideUser(user, context) {
    const { request, state, epoch } = context;
    const { environment, now } = request;
    const key = (0,user_name/* userKey */.Xh)(user);
    const secret = request.secrets.secretOf(user);
    if (!secret) {
        return refuse(user, 'no-secret', `${user} has no TOTP secret in ${request.secrets.source}: enrol with "mxdeploy mfa enroll --user ${user}" and add the line it prints to MXDEPLOY_TOTP_SECRETS`);
    }
    const session = checkSession(state.sessions, secret, user, environment, now, request.sessionHours);
    if (session.valid) {
        return { user, accepted: true, via: 'session', sessionExpires: session.expires.toISOString() };
    }
    const mine = request.offers.filter((offer) => (0,user_name/* userKey */.Xh)(offer.user) === key);
    const codes = [...new Set(mine.flatMap((offer) => ('code' in offer ? [offer.code] : [])))];
    const problems = mine.flatMap((offer) => ('problem' in offer ? [offer.problem] : []));
    const locked = lockedUntil(state.lockout, key, now);
    if (locked)
        return lockedRefusal(user, locked);
    if (!codes.length)
        return refuse(user, 'no-code', noCodeMessage(user, environment, session, problems));
    let last;
    for (const code of codes) {
        const stillLocked = lockedUntil(state.lockout, key, now);
        if (stillLocked)
            return lockedRefusal(user, stillLocked);
        const step = await (0,totp/* matchingStep */.WC)(secret, code, epoch);
        if (step !== undefined && wasUsed(state.replay, key, step)) {
            last = refuse(user, 'replayed-code', `the code ${user} gave for ${environment} was already used (each code works once, for any environment): wait for the next code and give that`);
            continue;
        }
        if (step !== undefined) {
            state.replay = markUsed(state.replay, key, step, (0,totp/* timeStep */.oM)(epoch));
            state.lockout = clearFailures(state.lockout, key, now);
            const record = openSession(secret, user, environment, now, request.sessionHours);
            state.sessions = storeSession(state.sessions, record, now);
            state.changed.add('replay').add('lockout').add('sessions');
            return { user, accepted: true, via: 'code', sessionExpires: record.expires };
        }
        const failure = recordFailure(state.lockout, key, now);
        state.lockout = failure.state;
        state.changed.add('lockout');
        const left = attemptsLeft(state.lockout, key, now);
        last = failure.lockedUntil
            ? refuse(user, 'wrong-code', `the code ${user} gave for ${environment} is wrong, the ${LOCKOUT.failures}th in ${LOCKOUT.windowMs / 60_000} minutes: ${user} is locked out until ${failure.lockedUntil.toISOString()}`, failure.lockedUntil)
            : refuse(user, 'wrong-code', `the code ${user} gave for ${environment} is wrong (${left} more wrong code${left === 1 ? ' locks' : 's lock'} ${user} out for ${LOCKOUT.durationMs / 60_000} minutes): use the code of the mxdeploy entry for ${user}, and check the device's clock`);
    }
    return last;
}
function lockedRefusal(user, until) {
    return refuse(user, 'locked', `${user} is locked out after ${LOCKOUT.failures} wrong TOTP codes in ${LOCKOUT.windowMs / 60_000} minutes; no code is accepted until ${until.toISOString()}`, until);
}
/**
 * Decides, for each user who must present a second factor, whether a valid session or a code
 * offered lets them through. Holds the state folder's lock throughout so that concurrent stages
 * never accept the same code twice or lose a wrong attempt. Codes and secrets never leave it.
 */
async function verifySecondFactor(request) {
    const users = distinctUsers(request.users);
    if (!users.length) {
        throw new errors/* ConfigurationError */.j1(`TOTP for environment '${request.environment}' needs the user who deploys (the approvers, or the actor: --user NAME); none was given`);
    }
    for (const offer of request.offers)
        if ('code' in offer)
            request.log.secret(offer.code);
    const required = new Set(users.map(user_name/* userKey */.Xh));
    for (const offer of request.offers) {
        if (!required.has((0,user_name/* userKey */.Xh)(offer.user))) {
            request.log.info(`ignored a TOTP code offered by ${offer.user}: for ${request.environment} only ${users.join(', ')} present codes`);
        }
    }
    const dir = (0,external_node_path_.join)(request.stateDir, MFA_STATE_DIR);
    const decisions = await withStateLock(dir, async () => {
        const state = {
            replay: await readStateFile((0,external_node_path_.join)(dir, REPLAY_FILE), emptyReplayState(), isReplayState),
            lockout: await readStateFile((0,external_node_path_.join)(dir, LOCKOUT_FILE), emptyLockoutState(), isLockoutState),
            sessions: await readStateFile((0,external_node_path_.join)(dir, SESSIONS_FILE), emptySessionState(), isSessionState),
            changed: new Set()
        };
        const context = { request, state, epoch: Math.floor(request.now.getTime() / 1000) };
        const decided = [];
        for (const user of users)
            decided.push(await decideUser(user, context));
        if (state.changed.has('replay'))
            await writeStateFile((0,external_node_path_.join)(dir, REPLAY_FILE), state.replay);
        if (state.changed.has('lockout'))
            await writeStateFile((0,external_node_path_.join)(dir, LOCKOUT_FILE), state.lockout);
        if (state.changed.has('sessions'))
            await writeStateFile((0,external_node_path_.join)(dir, SESSIONS_FILE), state.sessions);
        return decided;
    });
    for (const decision of decisions) {
        if (decision.accepted) {
            request.log.info(decision.via === 'code'
                ? `${decision.user}: TOTP code accepted for ${request.environment}; session until ${decision.sessionExpires}`
                : `${decision.user}: TOTP session for ${request.environment} valid until ${decision.sessionExpires}`);
        }
    }
    return {
        environment: request.environment,
        accepted: decisions.every((decision) => decision.accepted),
        decisions,
        record: {
            method: 'totp',
            users: decisions.flatMap((d) => (d.accepted ? [{ user: d.user, via: d.via }] : []))
        }
    };
}
/** The error to stop the operation with when some user was refused (exit 2: nothing deployed). */
function secondFactorError(outcome) {
    const refused = outcome.decisions.flatMap((d) => (d.accepted ? [] : [d.message]));
    if (!refused.length)
        return undefined;
    return new errors/* ConfigurationError */.j1(`second factor refused for environment '${outcome.environment}': ${refused.join('; ')}`);
}

// EXTERNAL MODULE: ./src/stage/policy.ts
var policy = __webpack_require__(63866);
;// CONCATENATED MODULE: ./src/stage/totp-policy.ts


/**
 * `protection: { mfa: totp }`: every user who must present a second factor has a valid session
 * or a fresh code. A refusal is recorded (who, and why; never the code) and stops the stage.
 */
function totpPolicy(options) {
    return {
        name: 'two-factor authentication',
        async check(context) {
            const { environment, log } = context;
            if (environment.protection.mfa !== 'totp')
                return {};
            const outcome = await verifySecondFactor({
                environment: environment.name,
                users: await options.users(context),
                offers: options.offers,
                secrets: await options.secrets(),
                stateDir: options.stateDir,
                sessionHours: environment.protection.sessionHours,
                now: options.now?.() ?? new Date(),
                log
            });
            const refused = secondFactorError(outcome);
            if (refused) {
                const refusals = outcome.decisions.flatMap((d) => d.accepted ? [] : [{ user: d.user, reason: d.reason }]);
                throw new policy/* PolicyRefusal */.F(refused.message, { mfa: { ...outcome.record, refused: refusals } });
            }
            return { mfa: outcome.record };
        }
    };
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/format.ts
var format = __webpack_require__(96719);
// EXTERNAL MODULE: ./src/cli/commands/mfa.ts + 3 modules
var mfa = __webpack_require__(98220);
// EXTERNAL MODULE: ./src/cli/workspace.ts + 1 modules
var cli_workspace = __webpack_require__(8394);
;// CONCATENATED MODULE: ./src/cli/commands/stage.ts









const stageCommand = {
    name: 'stage',
    summary: 'Deploy a published package to one environment after every check: promotion order, access control, constants preflight. Recorded in the activity log.',
    usage: 'stage --environment NAME [--package VERSION|latest] [--redeploy | --rollback] [--otp CODE --user NAME]',
    options: {
        ...cli_workspace/* WORKSPACE_OPTIONS */.n,
        ...mfa.MFA_OPTIONS,
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
        const environment = (0,command/* stringValue */.r)(context, 'environment');
        if (!environment)
            throw new errors/* ConfigurationError */.j1('give the environment: mxdeploy stage --environment NAME');
        const rollback = (0,command/* booleanValue */.e)(context, 'rollback');
        if (rollback && (0,command/* stringValue */.r)(context, 'package')) {
            throw new errors/* ConfigurationError */.j1('--rollback deploys the previous package; do not give --package with it');
        }
        const workspace = await (0,cli_workspace/* openWorkspace */.O)(context);
        const actor = (0,command/* stringValue */.r)(context, 'user') ?? (0,publish_package/* currentActor */.H)(context.io.env);
        const result = await (0,stage_service/* stagePackage */.n)({
            config: workspace.config,
            environment,
            package: (0,command/* stringValue */.r)(context, 'package'),
            redeploy: (0,command/* booleanValue */.e)(context, 'redeploy'),
            rollback,
            repository: workspace.repository,
            activity: workspace.activity,
            actor,
            policies: [
                reviewersOnlyOnGitHub,
                totpPolicy({
                    users: () => Promise.resolve([actor]),
                    offers: (0,mfa.cliCodeOffers)(context),
                    secrets: () => (0,mfa.cliTotpSecrets)(context),
                    stateDir: workspace.stateDir
                })
            ],
            runUrl: null,
            stateDir: workspace.stateDir,
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
            changes: result.changes
        };
        const headline = result.changed
            ? `${result.environment} now runs ${result.package.app} ${result.package.version}`
            : `${result.environment} already runs ${result.package.app} ${result.package.version}; nothing changed`;
        return {
            json,
            text: `${headline}\n${(0,format/* keyValues */.K7)([
                ['sha256', result.package.sha256],
                ['operation', result.operation],
                ['url', result.url ?? '(none)'],
                ['record', result.record?.id ?? '(none)']
            ])}`
        };
    }
};


/***/ }),

/***/ 36675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ verifyPackage)
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
// EXTERNAL MODULE: ./src/zip/entry-data.ts
var entry_data = __webpack_require__(21052);
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
                    await (0,entry_data/* readEntry */.hB)(handle, entry, label);
                }
                else {
                    const stream = await (0,entry_data/* entryStream */.vk)(handle, entry, label);
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
    const { metadata } = await (0,inspect/* readPackageFacts */.w)(path);
    return { path, entries: directory.entries.length, sha256, metadata };
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


/***/ }),

/***/ 21726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ currentActor),
/* harmony export */   e: () => (/* binding */ publishPackage)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _mda_inspect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77700);
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
    const verified = await (0,_mda_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyPackage */ .s)(file);
    const { manifest, metadata, directory } = await (0,_mda_inspect_js__WEBPACK_IMPORTED_MODULE_1__/* .readPackageFacts */ .w)(file);
    const app = manifest?.app ?? options.app;
    const version = manifest?.version ?? metadata.modelVersion;
    if (!app) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${file} has no mxdeploy build manifest naming its app: pass --app NAME (or set app: in mxdeploy.yml)`);
    }
    if (!version || !(0,_mda_version_js__WEBPACK_IMPORTED_MODULE_2__/* .isModelVersion */ .y3)(version)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${file} has no four-part model version (found ${JSON.stringify(version ?? null)}): build it with mxdeploy build --version`);
    }
    const record = {
        app,
        version,
        sha256: verified.sha256,
        size: directory.fileSize,
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


/***/ })

};
