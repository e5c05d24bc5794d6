import type { Logger } from '../../log.js';
/** Deploy API v1/v2 and Backups API v2: a Mendix user's login name and API key. */
export interface ApiKeyAuth {
    kind: 'api-key';
    username: string;
    apiKey: string;
}
/** Deploy API v4: a personal access token. */
export interface PatAuth {
    kind: 'pat';
    token: string;
}
export type MendixAuth = ApiKeyAuth | PatAuth;
/** The API key credentials from the environment, masked in the log; a ConfigurationError naming what is missing. */
export declare function apiKeyAuth(env: NodeJS.ProcessEnv, log: Logger): ApiKeyAuth;
/** The personal access token from MENDIX_PAT, masked in the log, or undefined. */
export declare function patAuth(env: NodeJS.ProcessEnv, log: Logger): PatAuth | undefined;
/** Whichever credentials are set, preferring the API key (v1) when both are. */
export declare function anyAuth(env: NodeJS.ProcessEnv, log: Logger): MendixAuth;
