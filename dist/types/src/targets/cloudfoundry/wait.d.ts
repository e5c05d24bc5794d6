import { type PollResult } from '../../net/poll.js';
import type { CfContext } from './context.js';
/**
 * Faults a wait polls through: no answer, a call its retries gave up, a 5xx. The wait's own time
 * limit still bounds them.
 */
export declare function isTransient(error: unknown): boolean;
/** Polls `check` with the context's backoff until it is done or `timeoutMs` has passed. */
export declare function waitFor<T>(context: CfContext, what: string, timeoutMs: number, check: () => Promise<PollResult<T>>): Promise<T>;
