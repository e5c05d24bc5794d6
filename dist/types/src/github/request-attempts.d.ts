import type { Octokit } from '@octokit/core';
/** How many times a request was sent, retries included (0 if it never went through the factory). */
export declare function attemptsOf(options: object): number;
/**
 * The innermost plugin: counts attempts and turns a response whose body was cut off into a
 * retryable error. Octokit swallows a body that fails mid-read (it yields `''` or an empty
 * buffer), so without this a reset connection would look like a successful empty answer.
 */
export declare function requestAttempts(octokit: Octokit): void;
/** A fetch whose every attempt (connection, upload and body) is bounded by `timeoutMs`. */
export declare function fetchWithTimeout(timeoutMs: number): typeof fetch;
