import { type RetryPolicy, type RetrySettings } from './retry-policy.js';
/** The variable that sets how long one request may go on failing, in seconds. */
export declare const RETRY_SECONDS_VARIABLE = "MXDEPLOY_RETRY_SECONDS";
/** Retry settings with MXDEPLOY_RETRY_SECONDS (0–3600) as the deadline when it is set. */
export declare function retrySettingsFromEnv(env: NodeJS.ProcessEnv): RetrySettings;
/** The retry policy of the environment: the defaults with MXDEPLOY_RETRY_SECONDS, and `parts`. */
export declare function retryPolicyFromEnv(env: NodeJS.ProcessEnv, parts?: Partial<RetryPolicy>): RetryPolicy;
