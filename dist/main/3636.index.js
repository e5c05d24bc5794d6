export const id = 3636;
export const ids = [3636];
export const modules = {

/***/ 46365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ totpPolicy)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/mfa/user-name.ts
var user_name = __webpack_require__(97567);
;// CONCATENATED MODULE: ./src/mfa/ledger-entry.ts


const HKDF_SALT = 'mxdeploy mfa ledger v1';
/**
 * The signing key of one user's ledger entries: HKDF-SHA256 of their TOTP secret with another
 * salt and info than session keys, so neither key can stand in for the other.
 */
function ledgerKey(secret, user) {
    const info = `mxdeploy/mfa-ledger\u0000user=${(0,user_name/* userKey */.Xh)(user)}`;
    return Buffer.from((0,external_node_crypto_.hkdfSync)('sha256', secret, HKDF_SALT, info, 32));
}
/** What the MAC covers: every field, the session's own fields and signature included. */
function signedText(entry) {
    const common = ['mxdeploy-ledger-v1', entry.kind, entry.id, (0,user_name/* userKey */.Xh)(entry.user), entry.at];
    if (entry.kind === 'wrong')
        return JSON.stringify(common);
    const { session } = entry;
    return JSON.stringify([
        ...common,
        entry.step,
        (0,user_name/* userKey */.Xh)(session.user),
        session.environment,
        session.opened,
        session.expires,
        session.mac
    ]);
}
function mac(secret, entry) {
    return (0,external_node_crypto_.createHmac)('sha256', ledgerKey(secret, entry.user)).update(signedText(entry)).digest();
}
/**
 * Signs the state changes of a verification for the activity record. Users without a secret
 * never cause a change, so every event has one.
 */
function signEvents(events, secrets) {
    return events.flatMap((event) => {
        const secret = secrets.secretOf(event.user);
        if (!secret)
            return [];
        const id = (0,external_node_crypto_.randomBytes)(9).toString('base64url');
        const unsigned = event.kind === 'wrong'
            ? { kind: 'wrong', id, user: event.user, at: event.at }
            : {
                kind: 'accepted',
                id,
                user: event.user,
                at: event.at,
                step: event.step,
                session: { ...event.session }
            };
        return [{ ...unsigned, mac: mac(secret, unsigned).toString('base64url') }];
    });
}
const isText = (value) => typeof value === 'string' && value.length < 200;
const isTime = (value) => isText(value) && !Number.isNaN(Date.parse(value));
/** Whether a value read back from a record has the shape of a ledger entry (it may be forged). */
function isLedgerEntry(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const entry = value;
    if (!isText(entry.id) || !isText(entry.user) || !isTime(entry.at) || !isText(entry.mac)) {
        return false;
    }
    if (entry.kind === 'wrong')
        return true;
    if (entry.kind !== 'accepted' || !Number.isSafeInteger(entry.step))
        return false;
    const session = entry.session;
    return (typeof session === 'object' &&
        session !== null &&
        isText(session.user) &&
        isText(session.environment) &&
        isTime(session.opened) &&
        isTime(session.expires) &&
        isText(session.mac));
}
/**
 * Whether an entry was signed with the current secret of its user. A forged entry, one whose
 * fields were changed, and one signed with a secret since replaced all fail.
 */
function entryVerifies(entry, secrets) {
    const secret = secrets.secretOf(entry.user);
    if (!secret)
        return false;
    const { mac: given, ...unsigned } = entry;
    const expected = mac(secret, unsigned);
    const actual = Buffer.from(given, 'base64url');
    return actual.length === expected.length && (0,external_node_crypto_.timingSafeEqual)(actual, expected);
}

;// CONCATENATED MODULE: ./src/mfa/lockout.ts
/** Wrong codes that lock a user out, the window they are counted in, and how long the lock lasts. */
const LOCKOUT = { failures: 5, windowMs: 15 * 60_000, durationMs: 15 * 60_000 };
const LOCKOUT_FILE = 'lockout.json';
function emptyLockoutState() {
    return { version: 1, users: {} };
}
const lockout_isTime = (value) => typeof value === 'string' && !Number.isNaN(Date.parse(value));
function isLockoutState(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const { version, users } = value;
    return (version === 1 &&
        typeof users === 'object' &&
        users !== null &&
        Object.values(users).every((entry) => Array.isArray(entry.failures) &&
            entry.failures.every(lockout_isTime) &&
            (entry.lockedUntil === undefined || lockout_isTime(entry.lockedUntil))));
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

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/mfa/session.ts


const SESSIONS_FILE = 'sessions.json';
const session_HKDF_SALT = 'mxdeploy mfa session v1';
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
    return Buffer.from((0,external_node_crypto_.hkdfSync)('sha256', secret, session_HKDF_SALT, info, 32));
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

// EXTERNAL MODULE: ./src/fs/atomic-write.ts
var atomic_write = __webpack_require__(27768);
// EXTERNAL MODULE: ./src/fs/file-lock.ts
var file_lock = __webpack_require__(36577);
// EXTERNAL MODULE: ./src/fs/make-directory.ts
var make_directory = __webpack_require__(891);
;// CONCATENATED MODULE: ./src/mfa/state-store.ts






/** Holders keep the state lock for milliseconds; one older than this elsewhere is abandoned. */
const STALE_LOCK_MS = 30_000;
const LOCK_TIMEOUT_MS = 15_000;
/**
 * Runs `action` holding the lock of a state folder (`.lock`), so two processes never interleave
 * read-modify-write cycles of replay records, lockouts and sessions.
 */
async function withStateLock(dir, action, options = {}) {
    await (0,make_directory/* makeDirectory */.O)(dir);
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
            state.events.push({
                kind: 'accepted',
                user: key,
                at: now.toISOString(),
                step,
                session: record
            });
            return { user, accepted: true, via: 'code', sessionExpires: record.expires };
        }
        const failure = recordFailure(state.lockout, key, now);
        state.lockout = failure.state;
        state.changed.add('lockout');
        state.events.push({ kind: 'wrong', user: key, at: now.toISOString() });
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
    const { decisions, events } = await withStateLock(dir, async () => {
        const state = {
            replay: await readStateFile((0,external_node_path_.join)(dir, REPLAY_FILE), emptyReplayState(), isReplayState),
            lockout: await readStateFile((0,external_node_path_.join)(dir, LOCKOUT_FILE), emptyLockoutState(), isLockoutState),
            sessions: await readStateFile((0,external_node_path_.join)(dir, SESSIONS_FILE), emptySessionState(), isSessionState),
            changed: new Set(),
            events: []
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
        return { decisions: decided, events: state.events };
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
        },
        events
    };
}
/** The error to stop the operation with when some user was refused (exit 2: nothing deployed). */
function secondFactorError(outcome) {
    const refused = outcome.decisions.flatMap((d) => (d.accepted ? [] : [d.message]));
    if (!refused.length)
        return undefined;
    return new errors/* ConfigurationError */.j1(`second factor refused for environment '${outcome.environment}': ${refused.join('; ')}`);
}

;// CONCATENATED MODULE: ./src/mfa/ledger-state.ts









/** How far back replay and lockout look: a lock starts at most 15 minutes after its first failure. */
const LEDGER_ATTEMPT_WINDOW_MS = LOCKOUT.windowMs + LOCKOUT.durationMs;
/** Clocks of runners and GitHub may differ by this much. */
const CLOCK_MARGIN_MS = 5 * 60_000;
/** Keeps the entries that verify, each once (copies share an id; the first record wins). */
function checkLedger(records, secrets) {
    const byId = new Map();
    const unverified = new Set();
    for (const record of [...records].sort((a, b) => a.order - b.order)) {
        for (const value of record.entries) {
            if (!isLedgerEntry(value)) {
                unverified.add(record.ref);
                continue;
            }
            const sameUser = value.kind === 'wrong' || (0,user_name/* userKey */.Xh)(value.session.user) === (0,user_name/* userKey */.Xh)(value.user);
            if (!sameUser || !entryVerifies(value, secrets)) {
                // A user no longer in the secrets document has nothing left to rebuild.
                if (secrets.secretOf(value.user))
                    unverified.add(record.ref);
                continue;
            }
            if (!byId.has(value.id))
                byId.set(value.id, { entry: value, order: record.order });
        }
    }
    return { entries: [...byId.values()], unverified: [...unverified] };
}
/**
 * The claim that wins a time step: the accepted entry of the earliest record. Two runs that
 * accepted the same code at once both recorded it; only the first one's session counts.
 */
function winners(entries) {
    const first = new Map();
    for (const item of entries) {
        if (item.entry.kind !== 'accepted')
            continue;
        const claim = `${(0,user_name/* userKey */.Xh)(item.entry.user)}\u0000${item.entry.step}`;
        const seen = first.get(claim);
        if (!seen || item.order < seen.order)
            first.set(claim, item);
    }
    return new Set([...first.values()].map((item) => item.entry.id));
}
/**
 * Replays the ledger in time order into the three state files, exactly as one long-lived state
 * folder would have evolved: steps spent, wrong codes counted and cleared, sessions opened.
 */
function stateFromLedger(entries, environment, now) {
    const current = (0,totp/* timeStep */.oM)(now.getTime() / 1000, totp/* TOTP */._k);
    const won = winners(entries);
    const ordered = [...entries].sort((a, b) => Date.parse(a.entry.at) - Date.parse(b.entry.at) || a.order - b.order);
    let replay = emptyReplayState();
    let lockout = emptyLockoutState();
    // The latest session of each user, ended or not, so that a refusal can say when it ended.
    const sessions = new Map();
    for (const { entry } of ordered) {
        const user = (0,user_name/* userKey */.Xh)(entry.user);
        const at = new Date(entry.at);
        if (entry.kind === 'wrong') {
            lockout = recordFailure(lockout, user, at).state;
            continue;
        }
        replay = markUsed(replay, user, entry.step, current);
        // A locked user's code is never accepted; one recorded anyway (a run racing the lock) does
        // not lift the lock.
        if (!lockedUntil(lockout, user, at))
            lockout = clearFailures(lockout, user, at);
        if (won.has(entry.id) && entry.session.environment === environment) {
            sessions.set(user, { ...entry.session, user });
        }
    }
    return { replay, lockout, sessions: { version: 1, sessions: [...sessions.values()] } };
}
/** How far back the ledger must be read for an environment with these session hours. */
function ledgerWindows(now, sessionHours) {
    return {
        attempts: new Date(now.getTime() - LEDGER_ATTEMPT_WINDOW_MS - CLOCK_MARGIN_MS),
        sessions: new Date(now.getTime() - sessionHours * 3_600_000 - CLOCK_MARGIN_MS)
    };
}
/**
 * Fills a fresh state folder from the ledger: replay and lockout from every environment's
 * records (both are per user), sessions from this environment's. Entries that do not verify are
 * left out, and the records holding them named in a warning.
 */
async function rebuildMfaState(options) {
    const { ledger, environment, now } = options;
    const since = ledgerWindows(now, options.sessionHours);
    const [attempts, sessions] = await Promise.all([
        ledger.records({ since: since.attempts }),
        ledger.records({ since: since.sessions, environment })
    ]);
    const unique = new Map([...attempts, ...sessions].map((record) => [record.ref, record]));
    const checked = checkLedger([...unique.values()], options.secrets);
    if (checked.unverified.length) {
        options.log.warning(`ignored MFA records that do not verify with the current secrets (forged, altered, or signed with a secret since replaced): ${checked.unverified.join(', ')}`);
    }
    const state = stateFromLedger(checked.entries, environment, now);
    const dir = (0,external_node_path_.join)(options.stateDir, MFA_STATE_DIR);
    await withStateLock(dir, async () => {
        await writeStateFile((0,external_node_path_.join)(dir, REPLAY_FILE), state.replay);
        await writeStateFile((0,external_node_path_.join)(dir, LOCKOUT_FILE), state.lockout);
        await writeStateFile((0,external_node_path_.join)(dir, SESSIONS_FILE), state.sessions);
    });
}
/**
 * The (user, step) claims of `mine` that an earlier record also holds: another run accepted the
 * same code at the same time, and won. When `mine` is not found, every other record counts as
 * earlier, so that two runs in doubt both refuse rather than both accept.
 */
function contestedClaims(records, mine, secrets) {
    const own = records.find((record) => record.ref === mine.ref);
    const earlier = records.filter((record) => record.ref !== mine.ref && (!own || record.order < own.order));
    const ids = new Set(mine.entries.map((entry) => entry.id));
    const claimed = new Set(checkLedger(earlier, secrets).entries.flatMap(({ entry }) => entry.kind === 'accepted' && !ids.has(entry.id)
        ? [`${(0,user_name/* userKey */.Xh)(entry.user)}\u0000${entry.step}`]
        : []));
    return mine.entries.flatMap((entry) => entry.kind === 'accepted' && claimed.has(`${(0,user_name/* userKey */.Xh)(entry.user)}\u0000${entry.step}`)
        ? [entry.user]
        : []);
}

// EXTERNAL MODULE: ./src/stage/policy.ts
var policy = __webpack_require__(63866);
;// CONCATENATED MODULE: ./src/access/totp-policy.ts







/** The facts of an outcome for the activity record, with its signed changes when there is a ledger. */
function mfaFacts(outcome, ledger) {
    const refused = outcome.decisions.flatMap((d) => d.accepted ? [] : [{ user: d.user, reason: d.reason }]);
    return {
        ...outcome.record,
        ...(refused.length ? { refused } : {}),
        ...(ledger?.length ? { ledger } : {})
    };
}
/**
 * `protection: { mfa: totp }`: every user who must present a second factor has a valid session
 * or a fresh code. A refusal is recorded (who, and why; never the code) and stops the operation.
 */
function totpPolicy(options) {
    const now = () => options.now?.() ?? new Date();
    let secretsRead;
    const secrets = () => (secretsRead ??= options.secrets());
    async function verify(context, secrets, stateDir) {
        const { environment, log } = context;
        const offers = typeof options.offers === 'function' ? await options.offers(context) : options.offers;
        return verifySecondFactor({
            environment: environment.name,
            users: await options.users(context),
            offers,
            secrets,
            stateDir,
            sessionHours: environment.protection.sessionHours,
            now: now(),
            log
        });
    }
    return {
        name: 'two-factor authentication',
        async check(context) {
            const { environment, log } = context;
            if (environment.protection.mfa !== 'totp')
                return {};
            const known = await secrets();
            let outcome;
            if (options.ledger) {
                // A fresh folder each time: the ledger is the whole truth, whatever ran in this job before.
                await (0,make_directory/* makeDirectory */.O)(options.stateDir);
                const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.stateDir, 'mfa-ledger-'));
                try {
                    await rebuildMfaState({
                        ledger: options.ledger,
                        stateDir: dir,
                        environment: environment.name,
                        sessionHours: environment.protection.sessionHours,
                        secrets: known,
                        now: now(),
                        log
                    });
                    outcome = await verify(context, known, dir);
                }
                finally {
                    await (0,promises_.rm)(dir, { recursive: true, force: true });
                }
            }
            else {
                outcome = await verify(context, known, options.stateDir);
            }
            const facts = mfaFacts(outcome, options.ledger && signEvents(outcome.events, known));
            const refused = secondFactorError(outcome);
            if (refused)
                throw new policy/* PolicyRefusal */.F(refused.message, { mfa: facts });
            return { mfa: facts };
        },
        async confirm(context, started) {
            const mine = started.start.mfa?.ledger ?? [];
            if (!options.ledger || !started.ref || !mine.some((entry) => entry.kind === 'accepted')) {
                return;
            }
            const records = await options.ledger.records({
                since: new Date(now().getTime() - LEDGER_ATTEMPT_WINDOW_MS)
            });
            const users = contestedClaims(records, { ref: started.ref, entries: mine }, await secrets());
            if (!users.length)
                return;
            const why = users.map((user) => `the code ${user} gave was accepted by another run at the same moment (each code works once, for any environment): wait for the next code and run again`);
            throw new policy/* PolicyRefusal */.F(`second factor refused for environment '${context.environment.name}': ${why.join('; ')}`, {});
        }
    };
}


/***/ }),

/***/ 53995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ finishedRecord)
/* harmony export */ });
/** The full record of a finished operation: its start, outcome and merged details. */
function finishedRecord(open, outcome, extraDetails) {
    const details = { ...open.start.details, ...outcome.details, ...extraDetails };
    return {
        ...open.start,
        result: outcome.result,
        error: outcome.error,
        durationMs: outcome.durationMs,
        ...(Object.keys(details).length > 0 ? { details } : {})
    };
}


/***/ }),

/***/ 63797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ CONFIG_FILE)
/* harmony export */ });
/** The configuration file a command reads when --config is not given, in the current folder. */
const CONFIG_FILE = 'mxdeploy.yml';


/***/ }),

/***/ 39048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IO: () => (/* binding */ offerFromComment),
/* harmony export */   eq: () => (/* binding */ offerFromOption),
/* harmony export */   hm: () => (/* binding */ parseOtp)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _user_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97567);


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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${what} must be the 6-digit code your authenticator app shows now (got ${code.length} characters${/^\d*$/.test(code) ? '' : ', not all digits'})`);
    }
    return code;
}
/** The offer of `--otp CODE --user NAME`; `--otp` alone is a ConfigurationError. */
function offerFromOption(code, user) {
    if (user === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('--otp needs --user NAME: the user whose authenticator made the code');
    }
    return { user: (0,_user_name_js__WEBPACK_IMPORTED_MODULE_1__/* .checkUserName */ .th)(user, '--user'), source: 'cli', code: parseOtp(code, '--otp') };
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
