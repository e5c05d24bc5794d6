import type { Logger } from '../../log.js';
import type { MendixHttp } from './http-client.js';
import type { Backoff, Clock } from './poll.js';
/** What every call to the Deploy API v1/v2 and Backups API v2 of one app needs. */
export interface ApiContext {
    http: MendixHttp;
    /** Base URL without a trailing slash, such as https://deploy.mendix.com. */
    deployApiUrl: string;
    /** The app's AppId (its subdomain). */
    appId: string;
    backoff: Backoff;
    clock: Clock;
    log: Logger;
}
/** A Deploy API v1 URL of the app: `/api/1/apps/<AppId><path>`. */
export declare function v1Url(context: ApiContext, path?: string): string;
/** A Deploy API v2 URL of the app: `/api/v2/apps/<AppId><path>`. */
export declare function v2Url(context: ApiContext, path?: string): string;
/** The path segment of an environment's Mode. */
export declare function modePath(mode: string): string;
/** Minutes of the configuration as milliseconds. */
export declare function minutes(value: number): number;
