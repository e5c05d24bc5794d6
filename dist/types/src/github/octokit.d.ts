import { Octokit as RestOctokit } from '@octokit/rest';
import { type Logger } from '../log.js';
export interface OctokitOptions {
    /** The token to authenticate with (the workflow's `github.token` or a PAT). Never logged. */
    token: string;
    /** API root; defaults to `GITHUB_API_URL` (set by the runner, also on GHES), then api.github.com. */
    baseUrl?: string;
    /** Where retries and rate-limit waits are reported. */
    logger?: Logger;
    /** Retries of 5xx answers, timeouts and lost connections (default 3: waits 1, 4, 9 units). */
    retries?: number;
    /** Retries after a primary or secondary rate limit, each waiting what GitHub asks (default 3). */
    rateLimitRetries?: number;
    /** A rate limit that asks for a longer wait than this (in seconds) fails at once (default 600). */
    maxRateLimitWaitSeconds?: number;
    /** Milliseconds in one unit of retry wait; GitHub's `retry-after` counts in these (default 1000). */
    retryUnitMs?: number;
    /** Minimum gap between writes; omitted: plugin-throttling's own (1 s, 3 s for notifying writes). */
    writeSpacingMs?: number;
    /** Each attempt (connect, send, receive) is abandoned and retried after this long (default 300 s). */
    timeoutMs?: number;
}
/** The one GitHub client of mxdeploy: retries, throttling, GHES base URL, a clear final error. */
export declare function createOctokit(options: OctokitOptions): Octokit;
/** The client createOctokit makes: the REST client (its retry and throttling plugins are inside). */
export type Octokit = RestOctokit;
