import type { Logger } from '../../log.js';
import { type RetryPolicy } from '../../net/retry-policy.js';
import type { Challenge } from './challenge.js';
import { type Credentials } from './credentials.js';
/** A registry token and when it stops being worth sending. */
export interface BearerToken {
    value: string;
    scope: string;
    /** Epoch milliseconds after which a fresh token is fetched first. */
    refreshAfter: number;
}
export interface TokenContext {
    credentials: Credentials | undefined;
    env: NodeJS.ProcessEnv;
    log: Logger;
    retry: RetryPolicy;
    /** The prefix of the variables the credentials come from, for messages. */
    variables?: string;
}
/**
 * Fetches a bearer token as the Docker registry token spec describes: GET the challenge's realm
 * with `service` and `scope`, with basic credentials when there are some (anonymous otherwise).
 * A token service that is briefly unavailable is asked again under the retry policy.
 */
export declare function fetchToken(registryHost: string, challenge: Challenge, scope: string, { credentials, env, log, retry, variables }: TokenContext): Promise<BearerToken>;
