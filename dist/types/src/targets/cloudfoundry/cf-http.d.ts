import type { Logger } from '../../log.js';
import type { StreamBody } from '../../net/multipart.js';
import { type RetryPolicy } from '../../net/retry-policy.js';
import { type CfErrorContext } from './cf-errors.js';
import type { TokenSource } from './uaa.js';
export interface CfRequest {
    method: 'GET' | 'POST' | 'PATCH';
    /** Absolute URL. */
    url: string;
    /** Sent as application/json. */
    json?: unknown;
    stream?: StreamBody;
    /** What the call does, for messages: `creating a package for hello-acc`. */
    what: string;
    timeoutMs?: number;
    /** Statuses that are answers rather than errors (404 for "no current droplet"). */
    accept?: number[];
    /**
     * Whether sending it twice does no harm, so a lost answer or a 5xx is retried: GETs, and
     * PATCHes that set values. A POST that may have taken effect is never sent twice.
     */
    idempotent?: boolean;
}
export interface CfResponse {
    status: number;
    body: unknown;
}
/**
 * The Cloud Controller v3 client: bearer tokens from the UAA (renewed once when a call says
 * CF-InvalidAuthToken), JSON in and out, streamed uploads, the `errors` bodies mapped to messages,
 * warnings passed on, pages followed, and transient faults retried under the retry policy:
 * 429 (with its Retry-After) and 408 and refused connections for any call, lost answers and 5xx
 * only for calls that may be sent twice.
 */
export declare class CfHttp {
    private readonly tokens;
    private readonly retry;
    private readonly context;
    private readonly log;
    constructor(tokens: TokenSource, retry: RetryPolicy, context: Omit<CfErrorContext, 'what'>, log: Logger);
    send(request: CfRequest): Promise<CfResponse>;
    /** The JSON body of a successful call. */
    json<T>(request: CfRequest): Promise<T>;
    /** Every resource of a list, following `pagination.next` on the same origin only. */
    list<T>(url: string, what: string): Promise<T[]>;
    private attempt;
}
