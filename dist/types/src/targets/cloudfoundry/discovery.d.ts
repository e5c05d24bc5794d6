import type { Logger } from '../../log.js';
import { type RetryPolicy } from '../../net/retry-policy.js';
/** What the API root tells: where v3 is, where to log in, where the logs are. */
export interface CfEndpoints {
    /** `links.cloud_controller_v3.href`, without a trailing slash. */
    v3: string;
    /** `links.login.href + /oauth/token`, where the cf CLI asks for tokens. */
    tokenUrl: URL;
    /** `links.log_cache.href`, when the platform has log-cache. */
    logCache: string | undefined;
}
/**
 * Reads the API root (`GET /`, no authentication) for the v3, login and log-cache links. The
 * token endpoint is the login link's, as the cf CLI does (on most platforms login and uaa are the
 * same server, but not on all).
 */
export declare function discover(api: string, where: string, retry: RetryPolicy, log: Logger): Promise<CfEndpoints>;
