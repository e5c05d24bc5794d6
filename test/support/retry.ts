import { retryPolicy, type RetryClock, type RetryPolicy } from '../../src/net/retry-policy.js'

/**
 * Time that passes only when someone sleeps: every wait is recorded and returns at once, so a
 * retry schedule is checked exactly and without waiting. Starts at a whole second of a real day,
 * so HTTP-dates (whole seconds) convert to exact waits.
 */
export class VirtualClock implements RetryClock {
  readonly sleeps: number[] = []
  time = Date.UTC(2026, 2, 1, 10, 0, 0)

  now(): number {
    return this.time
  }

  sleep(ms: number): Promise<void> {
    this.sleeps.push(ms)
    this.time += ms
    return Promise.resolve()
  }
}

/** A deterministic source of numbers in [0, 1) (mulberry32), the same for the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The default policy on a virtual clock with seeded jitter; `clock.sleeps` holds every wait. */
export function testPolicy(
  overrides: Partial<RetryPolicy> = {},
  seed = 12
): RetryPolicy & { clock: VirtualClock } {
  const clock = new VirtualClock()
  return { ...retryPolicy({ random: seededRandom(seed), ...overrides }), clock }
}
