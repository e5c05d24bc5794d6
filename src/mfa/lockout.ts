/** Wrong codes that lock a user out, the window they are counted in, and how long the lock lasts. */
export const LOCKOUT = { failures: 5, windowMs: 15 * 60_000, durationMs: 15 * 60_000 } as const

export const LOCKOUT_FILE = 'lockout.json'

export interface UserLockout {
  /** ISO times of wrong codes within the window. */
  failures: string[]
  /** ISO time the current lock ends. */
  lockedUntil?: string
}

/** Per user (not per environment): guessing codes for production or test is the same attack. */
export interface LockoutState {
  version: 1
  users: Record<string, UserLockout>
}

export function emptyLockoutState(): LockoutState {
  return { version: 1, users: {} }
}

const isTime = (value: unknown): boolean =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value))

export function isLockoutState(value: unknown): value is LockoutState {
  if (typeof value !== 'object' || value === null) return false
  const { version, users } = value as Partial<LockoutState>
  return (
    version === 1 &&
    typeof users === 'object' &&
    users !== null &&
    Object.values(users).every(
      (entry: Partial<UserLockout>) =>
        Array.isArray(entry.failures) &&
        entry.failures.every(isTime) &&
        (entry.lockedUntil === undefined || isTime(entry.lockedUntil))
    )
  )
}

/** When the user's lock ends, if they are locked at `now`. */
export function lockedUntil(state: LockoutState, user: string, now: Date): Date | undefined {
  const until = state.users[user]?.lockedUntil
  return until !== undefined && Date.parse(until) > now.getTime() ? new Date(until) : undefined
}

/** Wrong codes the user may still give before the lock (at `now`). */
export function attemptsLeft(state: LockoutState, user: string, now: Date): number {
  const recent = (state.users[user]?.failures ?? []).filter(
    (time) => now.getTime() - Date.parse(time) < LOCKOUT.windowMs
  )
  return Math.max(0, LOCKOUT.failures - recent.length)
}

function prune(users: Record<string, UserLockout>, now: Date): Record<string, UserLockout> {
  const kept: Record<string, UserLockout> = {}
  for (const [name, entry] of Object.entries(users)) {
    const failures = entry.failures.filter(
      (time) => now.getTime() - Date.parse(time) < LOCKOUT.windowMs
    )
    const locked = entry.lockedUntil && Date.parse(entry.lockedUntil) > now.getTime()
    if (failures.length || locked) {
      kept[name] = locked ? { failures, lockedUntil: entry.lockedUntil } : { failures }
    }
  }
  return kept
}

/** Counts a wrong code; the fifth within the window locks the user (and starts a fresh count). */
export function recordFailure(
  state: LockoutState,
  user: string,
  now: Date
): { state: LockoutState; lockedUntil?: Date } {
  const users = prune(state.users, now)
  const failures = [...(users[user]?.failures ?? []), now.toISOString()]
  if (failures.length >= LOCKOUT.failures) {
    const until = new Date(now.getTime() + LOCKOUT.durationMs)
    users[user] = { failures: [], lockedUntil: until.toISOString() }
    return { state: { version: 1, users }, lockedUntil: until }
  }
  users[user] = { ...users[user], failures }
  return { state: { version: 1, users } }
}

/** A correct code clears the user's count of wrong ones. */
export function clearFailures(state: LockoutState, user: string, now: Date): LockoutState {
  const users = prune(state.users, now)
  delete users[user]
  return { version: 1, users }
}
