import { type GitHubAccess } from '../../github/access.js';
import type { Logger } from '../../log.js';
/** A user name and password (or token) for a registry or its token service. */
export interface Credentials {
    username: string;
    password: string;
    /** The environment variables they came from, for messages. */
    source: string;
}
/** What to tell a user whose registry refused or asked for credentials. */
export declare function credentialsHint(host: string): string;
/**
 * Credentials for `host` from the environment: MXDEPLOY_OCI_USERNAME/PASSWORD, else for ghcr.io
 * GITHUB_TOKEN as GITHUB_ACTOR. The GitHub token is never offered to another host.
 */
export declare function credentialsFromEnv(host: string, env: NodeJS.ProcessEnv, log: Logger, github?: GitHubAccess): Credentials | undefined;
