import { RequestError } from '@octokit/request-error';
/** True for GitHub's primary or secondary rate-limit answers (403 or 429). */
export declare function isRateLimited(error: RequestError): boolean;
/**
 * The error a caller sees once the factory has stopped retrying: the same `RequestError`
 * (status, request and response kept) with a message that names the call, what went wrong and
 * how many attempts were made. Errors that are not worth retrying are returned unchanged.
 */
export declare function explainFailure(error: unknown, attempts: number): unknown;
/**
 * GitHub's 401: the token itself is wrong, expired or revoked, which no permission or retry
 * mends. A ConfigurationError (exit 2) that says so and where the token comes from; anything
 * else is returned unchanged.
 */
export declare function rejectedToken(error: unknown): unknown;
