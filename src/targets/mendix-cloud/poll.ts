import { RetriesExhaustedError } from '../../net/retry-policy.js'
import { pollUntil as pollSharing, type PollOptions } from '../../net/poll.js'
import { MendixNetworkError } from './http-client.js'
import { apiFailure } from './api-errors.js'

export {
  DEFAULT_BACKOFF,
  PollTimeoutError,
  backoffDelays,
  realClock,
  type Backoff,
  type Clock,
  type PollResult
} from '../../net/poll.js'

/**
 * Faults worth polling through: no answer, Mendix saying it is briefly unavailable, or a call
 * the HTTP client gave up retrying (the wait's own time limit still bounds it).
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof MendixNetworkError || error instanceof RetriesExhaustedError) return true
  const failure = apiFailure(error)
  return failure !== undefined && [502, 503, 504].includes(failure.status) && !failure.code
}

/** The shared poll loop, polling through Mendix Cloud's transient faults. */
export function pollUntil<T>(options: Omit<PollOptions<T>, 'isTransient'>): Promise<T> {
  return pollSharing({ ...options, isTransient })
}
