import { OperationError } from '../errors.js';
import type { Logger } from '../log.js';
/** Waits start fast and double up to a cap: a job done in 3 s is seen in about 3 s. */
export interface Backoff {
    initialMs: number;
    maxMs: number;
}
export declare const DEFAULT_BACKOFF: Backoff;
/** Time, replaceable so the schedule can be checked without waiting. */
export interface Clock {
    now(): number;
    sleep(ms: number): Promise<void>;
}
export declare const realClock: Clock;
/** The waits between polls: initial, doubled each time, never above the cap. */
export declare function backoffDelays(backoff: Backoff): Generator<number, never>;
export type PollResult<T> = {
    done: true;
    value: T;
} | {
    done: false;
    status: string;
};
/** A wait that ran out of time; says what was awaited and its last status. */
export declare class PollTimeoutError extends OperationError {
    readonly lastStatus: string;
    name: string;
    constructor(message: string, lastStatus: string);
}
export interface PollOptions<T> {
    /** What is awaited, for progress lines: `upload job 66046953`. */
    what: string;
    timeoutMs: number;
    backoff: Backoff;
    clock: Clock;
    log: Logger;
    check: () => Promise<PollResult<T>>;
    /** How often an unchanged status is reported again. */
    progressEveryMs?: number;
    /** Failures of `check` worth polling through (the wait's own time limit still bounds them). */
    isTransient: (error: unknown) => boolean;
}
/** `0.4 s` below ten seconds, whole seconds above. */
export declare function seconds(ms: number): string;
/**
 * Calls `check` until it is done or the time is up, waiting by the backoff between calls, and
 * logs a progress line whenever the status changes (and every `progressEveryMs` when it does not).
 */
export declare function pollUntil<T>(options: PollOptions<T>): Promise<T>;
