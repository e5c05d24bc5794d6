import type { Logger } from '../../log.js';
/** A technical user (password grant through the `cf` client) or an OAuth client of its own. */
export type CfCredentials = {
    grant: 'password';
    username: string;
    password: string;
} | {
    grant: 'client_credentials';
    clientId: string;
    clientSecret: string;
};
/** Who is logged in, for messages: `user ci@example.com` or `client mxdeploy-ci`. */
export declare function principal(credentials: CfCredentials): string;
/**
 * The credentials from the environment, secrets masked in the log. A client wins over a user
 * when both are complete (it is what a pipeline is usually given); half of a pair is refused.
 */
export declare function cfCredentials(env: NodeJS.ProcessEnv, log: Logger): CfCredentials;
