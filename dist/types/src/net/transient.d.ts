/**
 * Answers that say "not now" rather than "no": request timeout, too many requests, and the
 * server-side failures a gateway or an overloaded server gives.
 */
export declare const TRANSIENT_STATUSES: ReadonlySet<number>;
/** Whether an errno-style code is a network fault worth another attempt. */
export declare function isTransientCode(code: string | undefined): boolean;
/**
 * The wait a `Retry-After` header asks for (RFC 9110 §10.2.3): delay-seconds or an HTTP-date,
 * in milliseconds from `now`; undefined when absent or unreadable.
 */
export declare function retryAfterMs(header: string | string[] | undefined, now: number): number | undefined;
