import type { EnvironmentConfig, MendixCloudTargetConfig } from '../../config/types.js';
import { type Logger } from '../../log.js';
import type { RetryPolicy } from '../../net/retry-policy.js';
import type { DeploymentRequest, DeploymentResult, DeploymentTarget, EnvironmentOperation, RunningState } from '../deployment-target.js';
import { type Backoff, type Clock } from './poll.js';
export interface MendixCloudTargetOptions {
    config: MendixCloudTargetConfig;
    environment: EnvironmentConfig;
    /** Where MENDIX_USERNAME and MENDIX_API_KEY are read; default process.env. */
    env?: NodeJS.ProcessEnv;
    backoff?: Backoff;
    clock?: Clock;
    /** How API calls are retried (default: the standard policy on `clock`, MXDEPLOY_RETRY_SECONDS applied). */
    retry?: RetryPolicy;
}
/**
 * Mendix Cloud through its public APIs: Deploy API v2 upload, Backups API v2 snapshot, Deploy
 * API v1 transport, settings, stop and start. Credentials come from the environment variables
 * when a call is made, so a missing one is reported before anything changes.
 */
export declare class MendixCloudTarget implements DeploymentTarget {
    private readonly options;
    readonly knowsWhatRuns = true;
    readonly type = "mendix-cloud";
    constructor(options: MendixCloudTargetOptions);
    private context;
    /**
     * What a running environment runs: its model version, and the package's SHA-256 when mxdeploy
     * uploaded it (its name carries it). Constants are left out: the Portal may hold secrets in
     * them, and their values would reach the log in the preflight's list of changes.
     */
    current(): Promise<RunningState>;
    deploy(request: DeploymentRequest): Promise<DeploymentResult>;
    /** Start, stop or restart (stop, then start with AutoSyncDb) the environment, waiting for each. */
    operate(operation: EnvironmentOperation, log: Logger): Promise<void>;
}
