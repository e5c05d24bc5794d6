import { join } from 'node:path'
import type { MfaRecord } from '../activity/activity-log.js'
import { ConfigurationError } from '../errors.js'
import type { Logger } from '../log.js'
import type { CodeOffer } from './code-input.js'
import {
  LOCKOUT,
  LOCKOUT_FILE,
  attemptsLeft,
  clearFailures,
  emptyLockoutState,
  isLockoutState,
  lockedUntil,
  recordFailure,
  type LockoutState
} from './lockout.js'
import {
  REPLAY_FILE,
  emptyReplayState,
  isReplayState,
  markUsed,
  wasUsed,
  type ReplayState
} from './replay-guard.js'
import type { TotpSecrets } from './secrets.js'
import {
  SESSIONS_FILE,
  checkSession,
  emptySessionState,
  isSessionState,
  openSession,
  storeSession,
  type SessionCheck,
  type SessionRecord,
  type SessionState
} from './session.js'
import { readStateFile, withStateLock, writeStateFile } from './state-store.js'
import { matchingStep, timeStep } from './totp.js'
import { userKey } from './user-name.js'

/** The sub-folder of the state folder that holds the MFA files. */
export const MFA_STATE_DIR = 'mfa'

export interface SecondFactorRequest {
  environment: string
  /** Who must present a factor: the approvers of this run, or the actor where there are none. */
  users: readonly string[]
  /** Codes offered, from approval comments, the `otp` input or `--otp`; others' offers are ignored. */
  offers: readonly CodeOffer[]
  secrets: TotpSecrets
  /** The state folder; the MFA files live in its `mfa/` sub-folder. */
  stateDir: string
  /** `protection.session-hours`. */
  sessionHours: number
  now: Date
  log: Logger
}

export type RefusalReason = 'no-secret' | 'no-code' | 'wrong-code' | 'replayed-code' | 'locked'

/** The verdict on one user. Nothing in it is secret: it may go to logs and the activity log. */
export type UserDecision =
  | { user: string; accepted: true; via: 'code' | 'session'; sessionExpires: string }
  | {
      user: string
      accepted: false
      reason: RefusalReason
      /** What happened and what to do, for people. */
      message: string
      lockedUntil?: string
    }

/**
 * A change this verification made to the state: a code's time step spent with the session it
 * opened, or a wrong code counted. Nothing in it is secret; the ledger signs and carries it.
 */
export type MfaEvent =
  | { kind: 'accepted'; user: string; at: string; step: number; session: SessionRecord }
  | { kind: 'wrong'; user: string; at: string }

export interface SecondFactorOutcome {
  environment: string
  /** Every user was accepted. */
  accepted: boolean
  decisions: UserDecision[]
  /** For the activity record: who passed, and how. */
  record: MfaRecord
  /** The state changes, in order (user names as keys). */
  events: MfaEvent[]
}

interface State {
  replay: ReplayState
  lockout: LockoutState
  sessions: SessionState
  changed: Set<'replay' | 'lockout' | 'sessions'>
  events: MfaEvent[]
}

interface UserContext {
  request: SecondFactorRequest
  state: State
  epoch: number
}

function distinctUsers(users: readonly string[]): string[] {
  const seen = new Map<string, string>()
  for (const user of users) if (!seen.has(userKey(user))) seen.set(userKey(user), user)
  return [...seen.values()]
}

const refuse = (
  user: string,
  reason: RefusalReason,
  message: string,
  until?: Date
): UserDecision => ({
  user,
  accepted: false,
  reason,
  message,
  ...(until ? { lockedUntil: until.toISOString() } : {})
})

function noCodeMessage(
  user: string,
  environment: string,
  session: SessionCheck,
  problems: string[]
) {
  const why = [
    session.valid
      ? undefined
      : session.problem === 'expired'
        ? `the TOTP session for ${environment} ended at ${session.ended?.toISOString()}`
        : session.problem === 'invalid'
          ? `the stored session for ${environment} does not verify (altered, or signed with a secret since replaced)`
          : `no TOTP session for ${environment}`,
    ...problems
  ].filter(Boolean)
  return `${user} needs a TOTP code for ${environment} (${why.join('; ')}): type the 6-digit code from the authenticator app in the approval comment, the otp input, or --otp CODE --user ${user}`
}

async function decideUser(user: string, context: UserContext): Promise<UserDecision> {
  const { request, state, epoch } = context
  const { environment, now } = request
  const key = userKey(user)
  const secret = request.secrets.secretOf(user)
  if (!secret) {
    return refuse(
      user,
      'no-secret',
      `${user} has no TOTP secret in ${request.secrets.source}: enrol with "mxdeploy mfa enroll --user ${user}" and add the line it prints to MXDEPLOY_TOTP_SECRETS`
    )
  }
  const session = checkSession(state.sessions, secret, user, environment, now, request.sessionHours)
  if (session.valid) {
    return { user, accepted: true, via: 'session', sessionExpires: session.expires.toISOString() }
  }
  const mine = request.offers.filter((offer) => userKey(offer.user) === key)
  const codes = [...new Set(mine.flatMap((offer) => ('code' in offer ? [offer.code] : [])))]
  const problems = mine.flatMap((offer) => ('problem' in offer ? [offer.problem] : []))
  const locked = lockedUntil(state.lockout, key, now)
  if (locked) return lockedRefusal(user, locked)
  if (!codes.length)
    return refuse(user, 'no-code', noCodeMessage(user, environment, session, problems))

  let last: UserDecision | undefined
  for (const code of codes) {
    const stillLocked = lockedUntil(state.lockout, key, now)
    if (stillLocked) return lockedRefusal(user, stillLocked)
    const step = await matchingStep(secret, code, epoch)
    if (step !== undefined && wasUsed(state.replay, key, step)) {
      last = refuse(
        user,
        'replayed-code',
        `the code ${user} gave for ${environment} was already used (each code works once, for any environment): wait for the next code and give that`
      )
      continue
    }
    if (step !== undefined) {
      state.replay = markUsed(state.replay, key, step, timeStep(epoch))
      state.lockout = clearFailures(state.lockout, key, now)
      const record = openSession(secret, user, environment, now, request.sessionHours)
      state.sessions = storeSession(state.sessions, record, now)
      state.changed.add('replay').add('lockout').add('sessions')
      state.events.push({
        kind: 'accepted',
        user: key,
        at: now.toISOString(),
        step,
        session: record
      })
      return { user, accepted: true, via: 'code', sessionExpires: record.expires }
    }
    const failure = recordFailure(state.lockout, key, now)
    state.lockout = failure.state
    state.changed.add('lockout')
    state.events.push({ kind: 'wrong', user: key, at: now.toISOString() })
    const left = attemptsLeft(state.lockout, key, now)
    last = failure.lockedUntil
      ? refuse(
          user,
          'wrong-code',
          `the code ${user} gave for ${environment} is wrong, the ${LOCKOUT.failures}th in ${LOCKOUT.windowMs / 60_000} minutes: ${user} is locked out until ${failure.lockedUntil.toISOString()}`,
          failure.lockedUntil
        )
      : refuse(
          user,
          'wrong-code',
          `the code ${user} gave for ${environment} is wrong (${left} more wrong code${left === 1 ? ' locks' : 's lock'} ${user} out for ${LOCKOUT.durationMs / 60_000} minutes): use the code of the mxdeploy entry for ${user}, and check the device's clock`
        )
  }
  return last!
}

function lockedRefusal(user: string, until: Date): UserDecision {
  return refuse(
    user,
    'locked',
    `${user} is locked out after ${LOCKOUT.failures} wrong TOTP codes in ${LOCKOUT.windowMs / 60_000} minutes; no code is accepted until ${until.toISOString()}`,
    until
  )
}

/**
 * Decides, for each user who must present a second factor, whether a valid session or a code
 * offered lets them through. Holds the state folder's lock throughout so that concurrent stages
 * never accept the same code twice or lose a wrong attempt. Codes and secrets never leave it.
 */
export async function verifySecondFactor(
  request: SecondFactorRequest
): Promise<SecondFactorOutcome> {
  const users = distinctUsers(request.users)
  if (!users.length) {
    throw new ConfigurationError(
      `TOTP for environment '${request.environment}' needs the user who deploys (the approvers, or the actor: --user NAME); none was given`
    )
  }
  for (const offer of request.offers) if ('code' in offer) request.log.secret(offer.code)
  const required = new Set(users.map(userKey))
  for (const offer of request.offers) {
    if (!required.has(userKey(offer.user))) {
      request.log.info(
        `ignored a TOTP code offered by ${offer.user}: for ${request.environment} only ${users.join(', ')} present codes`
      )
    }
  }
  const dir = join(request.stateDir, MFA_STATE_DIR)
  const { decisions, events } = await withStateLock(dir, async () => {
    const state: State = {
      replay: await readStateFile(join(dir, REPLAY_FILE), emptyReplayState(), isReplayState),
      lockout: await readStateFile(join(dir, LOCKOUT_FILE), emptyLockoutState(), isLockoutState),
      sessions: await readStateFile(join(dir, SESSIONS_FILE), emptySessionState(), isSessionState),
      changed: new Set(),
      events: []
    }
    const context = { request, state, epoch: Math.floor(request.now.getTime() / 1000) }
    const decided: UserDecision[] = []
    for (const user of users) decided.push(await decideUser(user, context))
    if (state.changed.has('replay')) await writeStateFile(join(dir, REPLAY_FILE), state.replay)
    if (state.changed.has('lockout')) await writeStateFile(join(dir, LOCKOUT_FILE), state.lockout)
    if (state.changed.has('sessions'))
      await writeStateFile(join(dir, SESSIONS_FILE), state.sessions)
    return { decisions: decided, events: state.events }
  })
  for (const decision of decisions) {
    if (decision.accepted) {
      request.log.info(
        decision.via === 'code'
          ? `${decision.user}: TOTP code accepted for ${request.environment}; session until ${decision.sessionExpires}`
          : `${decision.user}: TOTP session for ${request.environment} valid until ${decision.sessionExpires}`
      )
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
  }
}

/** The error to stop the operation with when some user was refused (exit 2: nothing deployed). */
export function secondFactorError(outcome: SecondFactorOutcome): ConfigurationError | undefined {
  const refused = outcome.decisions.flatMap((d) => (d.accepted ? [] : [d.message]))
  if (!refused.length) return undefined
  return new ConfigurationError(
    `second factor refused for environment '${outcome.environment}': ${refused.join('; ')}`
  )
}
