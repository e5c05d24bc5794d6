import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto'
import type { MfaLedgerEntry } from '../activity/activity-log.js'
import type { MfaEvent } from './second-factor.js'
import type { TotpSecrets } from './secrets.js'
import { userKey } from './user-name.js'

const HKDF_SALT = 'mxdeploy mfa ledger v1'

/**
 * The signing key of one user's ledger entries: HKDF-SHA256 of their TOTP secret with another
 * salt and info than session keys, so neither key can stand in for the other.
 */
function ledgerKey(secret: Uint8Array, user: string): Buffer {
  const info = `mxdeploy/mfa-ledger\u0000user=${userKey(user)}`
  return Buffer.from(hkdfSync('sha256', secret, HKDF_SALT, info, 32))
}

type Unsigned = MfaLedgerEntry extends infer E
  ? E extends unknown
    ? Omit<E, 'mac'>
    : never
  : never

/** What the MAC covers: every field, the session's own fields and signature included. */
function signedText(entry: Unsigned): string {
  const common = ['mxdeploy-ledger-v1', entry.kind, entry.id, userKey(entry.user), entry.at]
  if (entry.kind === 'wrong') return JSON.stringify(common)
  const { session } = entry
  return JSON.stringify([
    ...common,
    entry.step,
    userKey(session.user),
    session.environment,
    session.opened,
    session.expires,
    session.mac
  ])
}

function mac(secret: Uint8Array, entry: Unsigned): Buffer {
  return createHmac('sha256', ledgerKey(secret, entry.user)).update(signedText(entry)).digest()
}

/**
 * Signs the state changes of a verification for the activity record. Users without a secret
 * never cause a change, so every event has one.
 */
export function signEvents(events: readonly MfaEvent[], secrets: TotpSecrets): MfaLedgerEntry[] {
  return events.flatMap((event) => {
    const secret = secrets.secretOf(event.user)
    if (!secret) return []
    const id = randomBytes(9).toString('base64url')
    const unsigned: Unsigned =
      event.kind === 'wrong'
        ? { kind: 'wrong', id, user: event.user, at: event.at }
        : {
            kind: 'accepted',
            id,
            user: event.user,
            at: event.at,
            step: event.step,
            session: { ...event.session }
          }
    return [{ ...unsigned, mac: mac(secret, unsigned).toString('base64url') }]
  })
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length < 200
const isTime = (value: unknown): value is string =>
  isText(value) && !Number.isNaN(Date.parse(value))

/** Whether a value read back from a record has the shape of a ledger entry (it may be forged). */
export function isLedgerEntry(value: unknown): value is MfaLedgerEntry {
  if (typeof value !== 'object' || value === null) return false
  const entry = value as Record<string, unknown>
  if (!isText(entry.id) || !isText(entry.user) || !isTime(entry.at) || !isText(entry.mac)) {
    return false
  }
  if (entry.kind === 'wrong') return true
  if (entry.kind !== 'accepted' || !Number.isSafeInteger(entry.step)) return false
  const session = entry.session as Record<string, unknown> | null | undefined
  return (
    typeof session === 'object' &&
    session !== null &&
    isText(session.user) &&
    isText(session.environment) &&
    isTime(session.opened) &&
    isTime(session.expires) &&
    isText(session.mac)
  )
}

/**
 * Whether an entry was signed with the current secret of its user. A forged entry, one whose
 * fields were changed, and one signed with a secret since replaced all fail.
 */
export function entryVerifies(entry: MfaLedgerEntry, secrets: TotpSecrets): boolean {
  const secret = secrets.secretOf(entry.user)
  if (!secret) return false
  const { mac: given, ...unsigned } = entry
  const expected = mac(secret, unsigned)
  const actual = Buffer.from(given, 'base64url')
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}
