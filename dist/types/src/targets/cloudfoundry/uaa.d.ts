import type { Logger } from '../../log.js';
import { type RetryPolicy } from '../../net/retry-policy.js';
import { type CfCredentials } from './credentials.js';
/**
 * Access tokens from the platform's UAA (`<login link>/oauth/token`), as the cf CLI asks for
 * them: the password grant through the `cf` client for a user, client credentials in the form
 * body for a client. Tokens are renewed before they expire and when the Cloud Controller says
 * one is no longer valid; a refresh token that is refused falls back to a new grant.
 */
export declare class TokenSource {
    private readonly tokenUrl;
    private readonly credentials;
    private readonly retry;
    private readonly log;
    private token;
    constructor(tokenUrl: URL, credentials: CfCredentials, retry: RetryPolicy, log: Logger);
    /** The `Authorization` header value for the Cloud Controller and log-cache. */
    header(): Promise<string>;
    /** Forgets the token (the Cloud Controller refused it), so the next call gets another. */
    renew(): Promise<void>;
    private grantForm;
    private request;
    private attempt;
}
