import { OperationError } from '../../errors.js';
import { type Logger } from '../../log.js';
import type { StreamBody } from '../../net/multipart.js';
import { type RetryPolicy } from '../../net/retry-policy.js';
import { type MendixRight } from './api-errors.js';
import type { MendixAuth } from './credentials.js';
export type { StreamBody };
export interface ApiRequest {
    method: 'GET' | 'POST';
    url: string;
    /** Sent as application/json. */
    json?: unknown;
    stream?: StreamBody;
    /** What the call does, for messages: `transport package X to Acceptance`. */
    what: string;
    /** The permission a 403 means is missing. */
    right?: MendixRight;
    /** No answer within this time fails the call. */
    timeoutMs?: number;
    /** Statuses that are answers rather than errors (such as 404 for "no package deployed"). */
    accept?: number[];
}
export interface ApiResponse {
    status: number;
    body: unknown;
}
/** No response at all: a network fault or a timeout, worth another try while waiting. */
export declare class MendixNetworkError extends OperationError {
    name: string;
}
/**
 * The error code and message of an error body. Deploy API v1/v2 and Backups v2 list codes per
 * call but do not show the body; we read `errorCode`/`errorMessage` (what the service sends) and
 * also v4's `{ error: { code, message } }` and plain text.
 */
export declare function errorFields(body: unknown): {
    code: string | undefined;
    detail: string;
};
export interface MendixHttpOptions {
    /** How calls are retried (default: the standard policy). */
    retry?: RetryPolicy;
    /** Where retries are reported. */
    log?: Logger;
}
/**
 * One HTTP client per credential: JSON in and out, streamed uploads, documented errors mapped.
 * Calls that fail transiently are retried under the retry policy (see `worthRetrying`).
 */
export declare class MendixHttp {
    readonly auth: MendixAuth;
    private readonly retry;
    private readonly log;
    constructor(auth: MendixAuth, options?: MendixHttpOptions);
    send(request: ApiRequest): Promise<ApiResponse>;
    private attempt;
    /** One exchange: the request sent (its body streamed anew), the answer read. */
    private exchange;
    /** The JSON body of a successful call. */
    json<T>(request: ApiRequest): Promise<T>;
}
