import { type PollOptions } from '../../net/poll.js';
export { DEFAULT_BACKOFF, PollTimeoutError, backoffDelays, realClock, type Backoff, type Clock, type PollResult } from '../../net/poll.js';
/**
 * Faults worth polling through: no answer, Mendix saying it is briefly unavailable, or a call
 * the HTTP client gave up retrying (the wait's own time limit still bounds it).
 */
export declare function isTransient(error: unknown): boolean;
/** The shared poll loop, polling through Mendix Cloud's transient faults. */
export declare function pollUntil<T>(options: Omit<PollOptions<T>, 'isTransient'>): Promise<T>;
