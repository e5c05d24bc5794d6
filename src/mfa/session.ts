import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto'
import { userKey } from './user-name.js'

export const SESSIONS_FILE = 'sessions.json'

/** A user's TOTP session for one environment, signed so that editing the file cannot make one. */
export interface SessionRecord {
  user: string
  environment: string
  /** ISO time the code was accepted. */
  opened: string
  /** ISO time the session ends. */
  expires: string
  /** HMAC-SHA256 of the fields above, base64url, keyed by `sessionKey`. */
  mac: string
}

export interface SessionState {
  version: 1
  sessions: SessionRecord[]
}

export type SessionCheck =
  | { valid: true; expires: Date }
  | { valid: false; problem: 'none' | 'expired' | 'invalid'; ended?: Date }

const HKDF_SALT = 'mxdeploy mfa session v1'

export function emptySessionState(): SessionState {
  return { version: 1, sessions: [] }
}

export function isSessionState(value: unknown): value is SessionState {
  if (typeof value !== 'object' || value === null) return false
  const { version, sessions } = value as Partial<SessionState>
  return (
    version === 1 &&
    Array.isArray(sessions) &&
    sessions.every(
      (s: Partial<SessionRecord>) =>
        typeof s === 'object' &&
        s !== null &&
        ['user', 'environment', 'opened', 'expires', 'mac'].every(
          (field) => typeof s[field as keyof SessionRecord] === 'string'
        )
    )
  )
}

/**
 * The signing key of one user's sessions for one environment: HKDF-SHA256 of the user's TOTP
 * secret. A rotated secret gives another key, so the sessions it had open stop verifying.
 */
function sessionKey(secret: Uint8Array, user: string, environment: string): Buffer {
  const info = `mxdeploy/mfa-session\u0000user=${userKey(user)}\u0000environment=${environment}`
  return Buffer.from(hkdfSync('sha256', secret, HKDF_SALT, info, 32))
}

function signature(secret: Uint8Array, record: Omit<SessionRecord, 'mac'>): Buffer {
  const payload = JSON.stringify([
    'mxdeploy-session-v1',
    userKey(record.user),
    record.environment,
    record.opened,
    record.expires
  ])
  return createHmac('sha256', sessionKey(secret, record.user, record.environment))
    .update(payload)
    .digest()
}

/** A new signed session for `user` in `environment`, from `now` for `hours`. */
export function openSession(
  secret: Uint8Array,
  user: string,
  environment: string,
  now: Date,
  hours: number
): SessionRecord {
  const fields = {
    user: userKey(user),
    environment,
    opened: now.toISOString(),
    expires: new Date(now.getTime() + hours * 3_600_000).toISOString()
  }
  return { ...fields, mac: signature(secret, fields).toString('base64url') }
}

function findSession(state: SessionState, user: string, environment: string) {
  return state.sessions.find(
    (s) => userKey(s.user) === userKey(user) && s.environment === environment
  )
}

/**
 * Whether `user` holds a valid session for `environment` at `now`. The session ends at its signed
 * expiry or `hours` after it opened, whichever is first, so lowering `session-hours` applies at once.
 */
export function checkSession(
  state: SessionState,
  secret: Uint8Array,
  user: string,
  environment: string,
  now: Date,
  hours: number
): SessionCheck {
  const record = findSession(state, user, environment)
  if (!record) return { valid: false, problem: 'none' }
  const expected = signature(secret, record)
  const given = Buffer.from(record.mac, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { valid: false, problem: 'invalid' }
  }
  const opened = Date.parse(record.opened)
  const ends = Math.min(Date.parse(record.expires), opened + hours * 3_600_000)
  if (Number.isNaN(ends) || opened > now.getTime() + 300_000) {
    return { valid: false, problem: 'invalid' }
  }
  if (now.getTime() >= ends) return { valid: false, problem: 'expired', ended: new Date(ends) }
  return { valid: true, expires: new Date(ends) }
}

/** Replaces the user's session for that environment and drops every session that has ended. */
export function storeSession(state: SessionState, record: SessionRecord, now: Date): SessionState {
  const sessions = state.sessions.filter(
    (s) =>
      Date.parse(s.expires) > now.getTime() &&
      !(userKey(s.user) === userKey(record.user) && s.environment === record.environment)
  )
  return { version: 1, sessions: [...sessions, record] }
}
