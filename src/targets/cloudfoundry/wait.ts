import { silentLogger } from '../../log.js'
import { RetriesExhaustedError } from '../../net/retry-policy.js'
import { pollUntil, type PollResult } from '../../net/poll.js'
import { cfFailure } from './cf-errors.js'
import type { CfContext } from './context.js'
import { CfNetworkError } from './exchange.js'

/**
 * Faults a wait polls through: no answer, a call its retries gave up, a 5xx. The wait's own time
 * limit still bounds them.
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof CfNetworkError || error instanceof RetriesExhaustedError) return true
  const status = cfFailure(error)?.status
  return status !== undefined && status >= 500
}

/** Polls `check` with the context's backoff until it is done or `timeoutMs` has passed. */
export function waitFor<T>(
  context: CfContext,
  what: string,
  timeoutMs: number,
  check: () => Promise<PollResult<T>>
): Promise<T> {
  return pollUntil({
    what,
    timeoutMs,
    backoff: context.backoff,
    clock: context.clock,
    // Progress lines go through the stage's progress reporter, not straight to the log.
    log: { ...silentLogger, info: (line) => context.progress.line(line) },
    isTransient,
    check
  })
}
