import { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { OperationError } from '../../errors.js';
/** A request body: bytes, or a function that opens a fresh stream (so a request can be resent). */
export type Body = Buffer | {
    length: number;
    open: () => Readable;
};
export interface HttpRequest {
    method: string;
    url: URL;
    headers?: Record<string, string>;
    body?: Body;
}
export interface HttpResponse {
    status: number;
    headers: IncomingHttpHeaders;
    /** The body, unread; call `bytes()`, `text()` or `discard()`, or pipe it. */
    stream: IncomingMessage;
    bytes(): Promise<Buffer>;
    text(): Promise<string>;
    discard(): Promise<void>;
}
/**
 * Sends one HTTP request and resolves once the response headers arrive; the body is left for the
 * caller. Network failures become OperationErrors that name the host.
 */
export declare function send(request: HttpRequest): Promise<HttpResponse>;
/**
 * Throws a TransientError, after draining the body, when the answer is one that says "later"
 * (408, 429, 5xx), with the wait its Retry-After asks for; `describe` says what was answered.
 */
export declare function throwIfTransient(res: HttpResponse, now: number, describe: () => Promise<string>): Promise<void>;
/** Wraps a failure seen while streaming a response body into an error that names the host. */
export declare function streamError(url: URL, what: string, error: unknown): OperationError;
