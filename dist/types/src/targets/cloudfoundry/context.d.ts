import type { CloudFoundryTargetConfig } from '../../config/types.js';
import type { Logger } from '../../log.js';
import type { Backoff, Clock } from '../../net/poll.js';
import type { CfHttp } from './cf-http.js';
import type { Progress } from './progress.js';
/** What every call to one platform for one environment needs. */
export interface CfContext {
    http: CfHttp;
    /** The v3 base URL, such as https://api.example.org/v3. */
    v3: string;
    /** The log-cache base URL, when the platform has one. */
    logCache: string | undefined;
    config: CloudFoundryTargetConfig;
    /** The mxdeploy environment, for messages. */
    environment: string;
    backoff: Backoff;
    clock: Clock;
    log: Logger;
    progress: Progress;
}
/** A v3 URL: `${v3}${path}`, with query parameters encoded. */
export declare function v3Url(context: CfContext, path: string, query?: Record<string, string | number>): string;
/** Minutes of the configuration as milliseconds. */
export declare function minutes(value: number): number;
