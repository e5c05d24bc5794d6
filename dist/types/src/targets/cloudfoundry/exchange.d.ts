import { OperationError } from '../../errors.js';
import type { StreamBody } from '../../net/multipart.js';
/** One HTTP request as sent: the body is bytes or a stream opened anew for each attempt. */
export interface RawRequest {
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
    url: URL;
    headers: Record<string, string>;
    body?: Buffer | StreamBody;
    /** What the call does, for messages. */
    what: string;
    timeoutMs: number;
}
/** What came back: status, the headers used here, and the body as text. */
export interface RawAnswer {
    status: number;
    retryAfter: string | undefined;
    /** `X-Cf-Warnings`, one value per warning, each CGI-escaped. */
    warnings: string[];
    text: string;
}
/** No answer at all, or one cut off: a network fault. */
export declare class CfNetworkError extends OperationError {
    name: string;
}
/**
 * A URL credentials and tokens may be sent to: https, or http on this machine only (a local
 * stand-in). `what` names it for the message: `the api of environment acceptance`.
 */
export declare function secureUrl(value: string, what: string): URL;
/** Sends one request and reads the whole answer (bounded); network faults become CfNetworkError. */
export declare function exchange(request: RawRequest): Promise<RawAnswer>;
/** A warning header value as the Cloud Controller escapes it (Ruby's CGI.escape). */
export declare function decodeWarning(value: string): string;
