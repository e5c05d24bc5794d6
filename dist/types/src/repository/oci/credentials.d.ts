import { type GitHubAccess } from '../../github/access.js';
import type { Logger } from '../../log.js';
/** A user name and password (or token) for a registry or its token service. */
export interface Credentials {
    username: string;
    password: string;
    /** The environment variables they came from, for messages. */
    source: string;
}
/**
 * The prefix of the variables a registry's credentials come from (`<PREFIX>_USERNAME`,
 * `<PREFIX>_PASSWORD`): the package repository's by default; an image's base registry has its own.
 */
export declare const OCI_VARIABLES = "MXDEPLOY_OCI";
/** What to tell a user whose registry refused or asked for credentials. */
export declare function credentialsHint(host: string, prefix?: string): string;
/**
 * Credentials for `host` from the environment: `<prefix>_USERNAME`/`_PASSWORD`
 * (MXDEPLOY_OCI_USERNAME/PASSWORD by default), else for ghcr.io GITHUB_TOKEN as GITHUB_ACTOR.
 * The GitHub token is never offered to another host.
 */
export declare function credentialsFromEnv(host: string, env: NodeJS.ProcessEnv, log: Logger, options?: {
    prefix?: string;
    github?: GitHubAccess;
}): Credentials | undefined;
