import { setTimeout as sleep } from 'node:timers/promises'
import { OperationError } from '../errors.js'

/** Time, replaceable so a retry schedule can be checked without waiting. */
export interface RetryClock {
  now(): number
  sleep(ms: number): Promise<void>
}

export const systemClock: RetryClock = {
  now: () => Date.now(),
  sleep: (ms) => sleep(ms).then(() => undefined)
}

/** How long and how often one request is tried before it is given up. */
export interface RetrySettings {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number
  /** How long a request may go on failing, from its first attempt or its last progress (ms). */
  readonly deadlineMs: number
  /** The ceiling of the first wait; it doubles with each retry up to `maxDelayMs`. */
  readonly baseDelayMs: number
  readonly maxDelayMs: number
}

export interface RetryPolicy extends RetrySettings {
  readonly clock: RetryClock
  /** Uniform in [0, 1): Math.random, or a seeded source in tests. */
  readonly random: () => number
}

/** About 45 s of waits over 8 attempts, unless a server asks for longer; never beyond 5 min. */
export const DEFAULT_RETRY: RetrySettings = {
  maxAttempts: 8,
  deadlineMs: 300_000,
  baseDelayMs: 1000,
  maxDelayMs: 30_000
}

/** The default policy with the given parts replaced. */
export function retryPolicy(overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  return { ...DEFAULT_RETRY, clock: systemClock, random: Math.random, ...overrides }
}

/**
 * A failure worth another attempt: a dropped or refused connection, a timeout, or an answer
 * such as 429 or 503 that says "later". `retryAfterMs` is the wait the server asked for.
 */
export class TransientError extends OperationError {
  override name = 'TransientError'
  readonly retryAfterMs: number | undefined

  constructor(
    message: string,
    options: { retryAfterMs?: number | undefined; cause?: unknown } = {}
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.retryAfterMs = options.retryAfterMs
  }
}

/** A request given up after its attempts or its time ran out; `cause` is the last failure. */
export class RetriesExhaustedError extends OperationError {
  override name = 'RetriesExhaustedError'
  constructor(
    message: string,
    readonly attempts: number,
    readonly elapsedMs: number,
    cause: TransientError
  ) {
    super(message, { cause })
  }
}

/** What is retried, for the messages: never a URL with credentials in it. */
export interface RetryTask {
  /** `registry ghcr.io: GET /v2/org/hello/tags/list`, `reading app calc`. */
  what: string
  /** What the reader can do once it has been given up. */
  advice: string
  /** Told before each wait, for a progress line. */
  onRetry?: (line: string) => void
}

/** Full jitter: a wait drawn evenly below a ceiling that doubles with each retry. */
export function backoffDelay(policy: RetryPolicy, retry: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1))
  return Math.floor(policy.random() * ceiling)
}

/** `0.4 s`, `12 s`, `2 min 5 s`. */
export function duration(ms: number): string {
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)} s`
  const seconds = Math.round(ms / 1000)
  return seconds < 120 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`
}

/**
 * The retry bookkeeping of one request, or of one transfer that resumes: after each failure it
 * waits (what the server asked, else the backoff) or throws RetriesExhaustedError. Progress (an
 * acknowledged chunk, bytes received) starts the count and the clock again.
 */
export class RetryBudget {
  private failures = 0
  private startedAt: number

  constructor(
    private readonly policy: RetryPolicy,
    private readonly task: RetryTask
  ) {
    this.startedAt = policy.clock.now()
  }

  progressed(): void {
    this.failures = 0
    this.startedAt = this.policy.clock.now()
  }

  /** Call after a failed attempt: resolves once it is time for the next one, or throws. */
  async failed(error: TransientError): Promise<void> {
    const { policy, task } = this
    this.failures++
    const elapsed = policy.clock.now() - this.startedAt
    const left = policy.deadlineMs - elapsed
    const asked = error.retryAfterMs
    const giveUp = (why = ''): RetriesExhaustedError => {
      const times = this.failures === 1 ? 'once' : `${this.failures} times`
      return new RetriesExhaustedError(
        `${task.what} failed ${times} over ${duration(elapsed)} (${error.message}${why}): ${task.advice}`,
        this.failures,
        elapsed,
        error
      )
    }
    if (this.failures >= policy.maxAttempts || left <= 0) throw giveUp()
    if (asked !== undefined && asked > left) {
      throw giveUp(
        `; it asked to wait ${duration(asked)}, more than the ${duration(left)} left of the ${duration(policy.deadlineMs)} allowed`
      )
    }
    const wait = asked ?? Math.min(left, backoffDelay(policy, this.failures))
    // Messages that already say what failed are not prefixed with it again.
    const said = error.message.startsWith(task.what)
      ? error.message
      : `${task.what}: ${error.message}`
    task.onRetry?.(
      `${said}; trying again in ${duration(wait)} (attempt ${this.failures + 1} of ${policy.maxAttempts})`
    )
    await policy.clock.sleep(wait)
  }
}

/** Runs `attempt` until it succeeds, retrying TransientErrors within the policy; others pass. */
export async function withRetries<T>(
  policy: RetryPolicy,
  task: RetryTask,
  attempt: () => Promise<T>
): Promise<T> {
  const budget = new RetryBudget(policy, task)
  for (;;) {
    try {
      return await attempt()
    } catch (error) {
      if (!(error instanceof TransientError)) throw error
      await budget.failed(error)
    }
  }
}
