import { type IncomingHttpHeaders } from 'node:http';
import type { StreamBody } from './multipart.js';
/** One HTTP request of a JSON API: the body is bytes, or a stream opened anew for each attempt. */
export interface BufferedRequest {
    method: string;
    url: URL;
    headers: Record<string, string | number>;
    body?: Buffer | StreamBody | undefined;
    /** What the call does, for messages: `list the apps of space acceptance`. */
    what: string;
    timeoutMs: number;
    /** Largest answer kept; the rest is read and dropped (an API answers in kilobytes). */
    maxBody: number;
    /** The error of a network fault (no answer, a cut answer, a timeout), as the caller names it. */
    networkError: (message: string, cause?: unknown) => Error;
}
/** The answer, read whole: status, headers and the body as text. */
export interface BufferedAnswer {
    status: number;
    headers: IncomingHttpHeaders;
    text: string;
}
/**
 * Sends one request and reads its answer whole (bounded). Network faults become the caller's
 * error, naming the host and what the call was for, so retries can tell them from answers.
 */
export declare function bufferedExchange(request: BufferedRequest): Promise<BufferedAnswer>;
/** An answer's body as JSON, text when it is not JSON, null when empty. */
export declare function parseBody(text: string): unknown;
