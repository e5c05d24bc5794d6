import { join } from 'node:path'
import type { MfaLedgerEntry } from '../activity/activity-log.js'
import type { Logger } from '../log.js'
import { entryVerifies, isLedgerEntry } from './ledger-entry.js'
import {
  LOCKOUT,
  LOCKOUT_FILE,
  clearFailures,
  emptyLockoutState,
  lockedUntil,
  recordFailure,
  type LockoutState
} from './lockout.js'
import { REPLAY_FILE, emptyReplayState, markUsed, type ReplayState } from './replay-guard.js'
import { MFA_STATE_DIR } from './second-factor.js'
import type { TotpSecrets } from './secrets.js'
import { SESSIONS_FILE, type SessionRecord, type SessionState } from './session.js'
import { withStateLock, writeStateFile } from './state-store.js'
import { TOTP, timeStep } from './totp.js'
import { userKey } from './user-name.js'

/** The ledger entries of one activity record, as an adapter reads them back. */
export interface LedgerRecord {
  /** Creation order among records (GitHub: the deployment ID); the lower one came first. */
  order: number
  /** The adapter's handle of the record (`OpenActivity.ref`), to tell one's own record. */
  ref: string
  /** As stored: not yet checked, possibly forged. */
  entries: readonly unknown[]
}

/** Where the ledger lives between runs: the activity records of the last hours. */
export interface MfaLedger {
  /** Records created since `since`, of one environment or of all of them. */
  records(query: { since: Date; environment?: string }): Promise<LedgerRecord[]>
}

/** How far back replay and lockout look: a lock starts at most 15 minutes after its first failure. */
export const LEDGER_ATTEMPT_WINDOW_MS = LOCKOUT.windowMs + LOCKOUT.durationMs
/** Clocks of runners and GitHub may differ by this much. */
const CLOCK_MARGIN_MS = 5 * 60_000

interface Entry {
  entry: MfaLedgerEntry
  order: number
}

export interface CheckedLedger {
  entries: Entry[]
  /** Records holding entries that do not verify (forged, or signed with a replaced secret). */
  unverified: string[]
}

/** Keeps the entries that verify, each once (copies share an id; the first record wins). */
export function checkLedger(records: readonly LedgerRecord[], secrets: TotpSecrets): CheckedLedger {
  const byId = new Map<string, Entry>()
  const unverified = new Set<string>()
  for (const record of [...records].sort((a, b) => a.order - b.order)) {
    for (const value of record.entries) {
      if (!isLedgerEntry(value)) {
        unverified.add(record.ref)
        continue
      }
      const sameUser = value.kind === 'wrong' || userKey(value.session.user) === userKey(value.user)
      if (!sameUser || !entryVerifies(value, secrets)) {
        // A user no longer in the secrets document has nothing left to rebuild.
        if (secrets.secretOf(value.user)) unverified.add(record.ref)
        continue
      }
      if (!byId.has(value.id)) byId.set(value.id, { entry: value, order: record.order })
    }
  }
  return { entries: [...byId.values()], unverified: [...unverified] }
}

/**
 * The claim that wins a time step: the accepted entry of the earliest record. Two runs that
 * accepted the same code at once both recorded it; only the first one's session counts.
 */
function winners(entries: readonly Entry[]): Set<string> {
  const first = new Map<string, Entry>()
  for (const item of entries) {
    if (item.entry.kind !== 'accepted') continue
    const claim = `${userKey(item.entry.user)}\u0000${item.entry.step}`
    const seen = first.get(claim)
    if (!seen || item.order < seen.order) first.set(claim, item)
  }
  return new Set([...first.values()].map((item) => item.entry.id))
}

/**
 * Replays the ledger in time order into the three state files, exactly as one long-lived state
 * folder would have evolved: steps spent, wrong codes counted and cleared, sessions opened.
 */
export function stateFromLedger(
  entries: readonly Entry[],
  environment: string,
  now: Date
): { replay: ReplayState; lockout: LockoutState; sessions: SessionState } {
  const current = timeStep(now.getTime() / 1000, TOTP)
  const won = winners(entries)
  const ordered = [...entries].sort(
    (a, b) => Date.parse(a.entry.at) - Date.parse(b.entry.at) || a.order - b.order
  )
  let replay = emptyReplayState()
  let lockout: LockoutState = emptyLockoutState()
  // The latest session of each user, ended or not, so that a refusal can say when it ended.
  const sessions = new Map<string, SessionRecord>()
  for (const { entry } of ordered) {
    const user = userKey(entry.user)
    const at = new Date(entry.at)
    if (entry.kind === 'wrong') {
      lockout = recordFailure(lockout, user, at).state
      continue
    }
    replay = markUsed(replay, user, entry.step, current)
    // A locked user's code is never accepted; one recorded anyway (a run racing the lock) does
    // not lift the lock.
    if (!lockedUntil(lockout, user, at)) lockout = clearFailures(lockout, user, at)
    if (won.has(entry.id) && entry.session.environment === environment) {
      sessions.set(user, { ...entry.session, user })
    }
  }
  return { replay, lockout, sessions: { version: 1, sessions: [...sessions.values()] } }
}

/** How far back the ledger must be read for an environment with these session hours. */
export function ledgerWindows(now: Date, sessionHours: number) {
  return {
    attempts: new Date(now.getTime() - LEDGER_ATTEMPT_WINDOW_MS - CLOCK_MARGIN_MS),
    sessions: new Date(now.getTime() - sessionHours * 3_600_000 - CLOCK_MARGIN_MS)
  }
}

/**
 * Fills a fresh state folder from the ledger: replay and lockout from every environment's
 * records (both are per user), sessions from this environment's. Entries that do not verify are
 * left out, and the records holding them named in a warning.
 */
export async function rebuildMfaState(options: {
  ledger: MfaLedger
  stateDir: string
  environment: string
  sessionHours: number
  secrets: TotpSecrets
  now: Date
  log: Logger
}): Promise<void> {
  const { ledger, environment, now } = options
  const since = ledgerWindows(now, options.sessionHours)
  const [attempts, sessions] = await Promise.all([
    ledger.records({ since: since.attempts }),
    ledger.records({ since: since.sessions, environment })
  ])
  const unique = new Map([...attempts, ...sessions].map((record) => [record.ref, record]))
  const checked = checkLedger([...unique.values()], options.secrets)
  if (checked.unverified.length) {
    options.log.warning(
      `ignored MFA records that do not verify with the current secrets (forged, altered, or signed with a secret since replaced): ${checked.unverified.join(', ')}`
    )
  }
  const state = stateFromLedger(checked.entries, environment, now)
  const dir = join(options.stateDir, MFA_STATE_DIR)
  await withStateLock(dir, async () => {
    await writeStateFile(join(dir, REPLAY_FILE), state.replay)
    await writeStateFile(join(dir, LOCKOUT_FILE), state.lockout)
    await writeStateFile(join(dir, SESSIONS_FILE), state.sessions)
  })
}

/**
 * The (user, step) claims of `mine` that an earlier record also holds: another run accepted the
 * same code at the same time, and won. When `mine` is not found, every other record counts as
 * earlier, so that two runs in doubt both refuse rather than both accept.
 */
export function contestedClaims(
  records: readonly LedgerRecord[],
  mine: { ref: string; entries: readonly MfaLedgerEntry[] },
  secrets: TotpSecrets
): string[] {
  const own = records.find((record) => record.ref === mine.ref)
  const earlier = records.filter(
    (record) => record.ref !== mine.ref && (!own || record.order < own.order)
  )
  const ids = new Set(mine.entries.map((entry) => entry.id))
  const claimed = new Set(
    checkLedger(earlier, secrets).entries.flatMap(({ entry }) =>
      entry.kind === 'accepted' && !ids.has(entry.id)
        ? [`${userKey(entry.user)}\u0000${entry.step}`]
        : []
    )
  )
  return mine.entries.flatMap((entry) =>
    entry.kind === 'accepted' && claimed.has(`${userKey(entry.user)}\u0000${entry.step}`)
      ? [entry.user]
      : []
  )
}
