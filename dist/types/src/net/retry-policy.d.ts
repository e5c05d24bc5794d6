import { OperationError } from '../errors.js';
/** Time, replaceable so a retry schedule can be checked without waiting. */
export interface RetryClock {
    now(): number;
    sleep(ms: number): Promise<void>;
}
export declare const systemClock: RetryClock;
/** How long and how often one request is tried before it is given up. */
export interface RetrySettings {
    /** Attempts in all, the first included. */
    readonly maxAttempts: number;
    /** How long a request may go on failing, from its first attempt or its last progress (ms). */
    readonly deadlineMs: number;
    /** The ceiling of the first wait; it doubles with each retry up to `maxDelayMs`. */
    readonly baseDelayMs: number;
    readonly maxDelayMs: number;
}
export interface RetryPolicy extends RetrySettings {
    readonly clock: RetryClock;
    /** Uniform in [0, 1): Math.random, or a seeded source in tests. */
    readonly random: () => number;
}
/** About 45 s of waits over 8 attempts, unless a server asks for longer; never beyond 5 min. */
export declare const DEFAULT_RETRY: RetrySettings;
/** The default policy with the given parts replaced. */
export declare function retryPolicy(overrides?: Partial<RetryPolicy>): RetryPolicy;
/**
 * A failure worth another attempt: a dropped or refused connection, a timeout, or an answer
 * such as 429 or 503 that says "later". `retryAfterMs` is the wait the server asked for.
 */
export declare class TransientError extends OperationError {
    name: string;
    readonly retryAfterMs: number | undefined;
    constructor(message: string, options?: {
        retryAfterMs?: number | undefined;
        cause?: unknown;
    });
}
/** A request given up after its attempts or its time ran out; `cause` is the last failure. */
export declare class RetriesExhaustedError extends OperationError {
    readonly attempts: number;
    readonly elapsedMs: number;
    name: string;
    constructor(message: string, attempts: number, elapsedMs: number, cause: TransientError);
}
/** What is retried, for the messages: never a URL with credentials in it. */
export interface RetryTask {
    /** `registry ghcr.io: GET /v2/org/hello/tags/list`, `reading app calc`. */
    what: string;
    /** What the reader can do once it has been given up. */
    advice: string;
    /** Told before each wait, for a progress line. */
    onRetry?: (line: string) => void;
}
/** Full jitter: a wait drawn evenly below a ceiling that doubles with each retry. */
export declare function backoffDelay(policy: RetryPolicy, retry: number): number;
/** `0.4 s`, `12 s`, `2 min 5 s`. */
export declare function duration(ms: number): string;
/**
 * The retry bookkeeping of one request, or of one transfer that resumes: after each failure it
 * waits (what the server asked, else the backoff) or throws RetriesExhaustedError. Progress (an
 * acknowledged chunk, bytes received) starts the count and the clock again.
 */
export declare class RetryBudget {
    private readonly policy;
    private readonly task;
    private failures;
    private startedAt;
    constructor(policy: RetryPolicy, task: RetryTask);
    progressed(): void;
    /** Call after a failed attempt: resolves once it is time for the next one, or throws. */
    failed(error: TransientError): Promise<void>;
}
/** Runs `attempt` until it succeeds, retrying TransientErrors within the policy; others pass. */
export declare function withRetries<T>(policy: RetryPolicy, task: RetryTask, attempt: () => Promise<T>): Promise<T>;
