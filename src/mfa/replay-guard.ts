/**
 * Which time steps each user has already spent. The guard is per user, not per environment: a
 * code seen once (by a log, a shoulder, another stage) must not work anywhere else in its window.
 */
export interface ReplayState {
  version: 1
  /** User key → time steps accepted, ascending. */
  used: Record<string, number[]>
}

export const REPLAY_FILE = 'replay.json'

/**
 * Steps kept behind the current one. A step can only match while it is within the drift window;
 * the margin covers runners whose clocks differ by a few minutes.
 */
const KEEP_STEPS = 10

export function emptyReplayState(): ReplayState {
  return { version: 1, used: {} }
}

export function isReplayState(value: unknown): value is ReplayState {
  if (typeof value !== 'object' || value === null) return false
  const { version, used } = value as Partial<ReplayState>
  return (
    version === 1 &&
    typeof used === 'object' &&
    used !== null &&
    Object.values(used).every(
      (steps) => Array.isArray(steps) && steps.every((step) => Number.isSafeInteger(step))
    )
  )
}

export function wasUsed(state: ReplayState, user: string, step: number): boolean {
  return state.used[user]?.includes(step) ?? false
}

/** Records a spent step and drops, for every user, steps too old to match again. */
export function markUsed(
  state: ReplayState,
  user: string,
  step: number,
  currentStep: number
): ReplayState {
  const used: Record<string, number[]> = {}
  const all = { ...state.used, [user]: [...(state.used[user] ?? []), step] }
  for (const [name, steps] of Object.entries(all)) {
    const kept = [...new Set(steps.filter((s) => s >= currentStep - KEEP_STEPS))].sort(
      (a, b) => a - b
    )
    if (kept.length) used[name] = kept
  }
  return { version: 1, used }
}
