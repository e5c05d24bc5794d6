import type { CloudFoundryTargetConfig, EnvironmentConfig } from '../../config/types.js';
import { type Backoff, type Clock } from '../../net/poll.js';
import type { RetryPolicy } from '../../net/retry-policy.js';
import type { DeploymentRequest, DeploymentResult, DeploymentTarget, RunningState } from '../deployment-target.js';
export interface CloudFoundryTargetOptions {
    config: CloudFoundryTargetConfig;
    environment: EnvironmentConfig;
    /** Where CF_USERNAME/CF_PASSWORD or CF_CLIENT_ID/CF_CLIENT_SECRET are read; default process.env. */
    env?: NodeJS.ProcessEnv;
    backoff?: Backoff;
    clock?: Clock;
    /** How API calls are retried (default: the standard policy on `clock`, MXDEPLOY_RETRY_SECONDS applied). */
    retry?: RetryPolicy;
}
/**
 * Cloud Foundry (SAP BTP, IBM Cloud, any CF v3 platform) with the Mendix buildpack: the app must
 * exist; each stage sets its variables, uploads and stages the MDA (or reuses a droplet of the
 * same bytes), and rolls the droplet out. What runs is read from the app's current droplet,
 * whose annotations name the package.
 */
export declare class CloudFoundryTarget implements DeploymentTarget {
    private readonly options;
    readonly knowsWhatRuns = true;
    readonly type = "cloudfoundry";
    private readonly relay;
    private session;
    constructor(options: CloudFoundryTargetOptions);
    private connect;
    /**
     * What the app runs: the package named by its current droplet's annotations, while the app
     * is started and an instance runs or starts (a stopped or crashed app is deployed again rather
     * than skipped). A droplet mxdeploy did not stage (cf push) names no package. Constants and
     * scheduled events are left to the activity log: the app's variables tell only those
     * mxdeploy.yml sets and values set by hand, not which constants run on their defaults.
     */
    current(): Promise<RunningState | undefined>;
    deploy(request: DeploymentRequest): Promise<DeploymentResult>;
}
