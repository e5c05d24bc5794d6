import { setTimeout as sleep } from 'node:timers/promises'
import { OperationError } from '../errors.js'
import type { Logger } from '../log.js'

/** Waits start fast and double up to a cap: a job done in 3 s is seen in about 3 s. */
export interface Backoff {
  initialMs: number
  maxMs: number
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 250, maxMs: 10_000 }

/** Time, replaceable so the schedule can be checked without waiting. */
export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => sleep(ms).then(() => undefined)
}

/** The waits between polls: initial, doubled each time, never above the cap. */
export function* backoffDelays(backoff: Backoff): Generator<number, never> {
  let delay = backoff.initialMs
  for (;;) {
    yield delay
    delay = Math.min(delay * 2, backoff.maxMs)
  }
}

export type PollResult<T> = { done: true; value: T } | { done: false; status: string }

/** A wait that ran out of time; says what was awaited and its last status. */
export class PollTimeoutError extends OperationError {
  override name = 'PollTimeoutError'
  constructor(
    message: string,
    readonly lastStatus: string
  ) {
    super(message)
  }
}

export interface PollOptions<T> {
  /** What is awaited, for progress lines: `upload job 66046953`. */
  what: string
  timeoutMs: number
  backoff: Backoff
  clock: Clock
  log: Logger
  check: () => Promise<PollResult<T>>
  /** How often an unchanged status is reported again. */
  progressEveryMs?: number
  /** Failures of `check` worth polling through (the wait's own time limit still bounds them). */
  isTransient: (error: unknown) => boolean
}

/** `0.4 s` below ten seconds, whole seconds above. */
export function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`
}

/**
 * Calls `check` until it is done or the time is up, waiting by the backoff between calls, and
 * logs a progress line whenever the status changes (and every `progressEveryMs` when it does not).
 */
export async function pollUntil<T>(options: PollOptions<T>): Promise<T> {
  const { clock, log } = options
  const started = clock.now()
  const deadline = started + options.timeoutMs
  const everyMs = options.progressEveryMs ?? 30_000
  const delays = backoffDelays(options.backoff)
  let lastStatus = 'not answered yet'
  let reported: { status: string; at: number } | undefined
  for (;;) {
    let result: PollResult<T>
    try {
      result = await options.check()
    } catch (error) {
      if (!options.isTransient(error)) throw error
      result = { done: false, status: `no answer (${(error as Error).message})` }
    }
    if (result.done) return result.value
    lastStatus = result.status
    const now = clock.now()
    if (!reported || reported.status !== result.status || now - reported.at >= everyMs) {
      log.info(`  ${options.what}: ${result.status} (${seconds(now - started)})`)
      reported = { status: result.status, at: now }
    }
    if (now >= deadline) {
      throw new PollTimeoutError(
        `${options.what} was still ${lastStatus} after ${seconds(now - started)}, the time allowed`,
        lastStatus
      )
    }
    await clock.sleep(Math.min(delays.next().value, Math.max(0, deadline - now)))
  }
}
