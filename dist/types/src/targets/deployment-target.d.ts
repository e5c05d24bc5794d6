import type { EnvironmentConfig } from '../config/types.js';
import type { Logger } from '../log.js';
import type { PackageRecord } from '../repository/package-repository.js';
/** Settings an environment runs with, resolved from mxdeploy.yml and the package's defaults. */
export interface EnvironmentSettings {
    /** Every constant of the package: configured value, else its default. */
    constants: Record<string, string>;
    /** Every scheduled event of the package and whether it runs. */
    scheduledEvents: Record<string, boolean>;
}
/** What an environment runs now, as far as its target can tell. */
export interface RunningState {
    version: string | undefined;
    sha256: string | undefined;
    /** Undefined when the target cannot read the settings back. */
    constants: Record<string, string> | undefined;
    scheduledEvents?: Record<string, boolean> | undefined;
    /** Target-specific facts about what runs (an image reference), as a deploy reports them. */
    details?: Record<string, unknown>;
    /**
     * Set when the target has this package in place but could not confirm that it started (a
     * restart that failed or was interrupted): why. The stage then deploys it again instead of
     * calling it done, and does not record it as reconciled.
     */
    unconfirmed?: string;
}
export interface DeploymentRequest {
    environment: EnvironmentConfig;
    package: PackageRecord;
    /** The downloaded MDA, SHA-256 already checked. */
    mdaPath: string;
    settings: EnvironmentSettings;
    log: Logger;
}
export interface DeploymentResult {
    /** The environment's URL, when the target knows it. */
    url?: string;
    /** Target-specific facts for the activity record (release folder, job IDs). */
    details?: Record<string, unknown>;
}
export type EnvironmentOperation = 'start' | 'stop' | 'restart';
/** Where an environment runs. Adapters: local (default), command, mendix-cloud, image, cloudfoundry, kubernetes, m2ee. */
export interface DeploymentTarget {
    readonly type: string;
    /**
     * Whether `current()` reads what runs from the target itself (its folder, its API). When it
     * does, that is the truth the stage decides on, and the activity log is history; when it does
     * not (a command), the log's last deployment is all there is to go by.
     */
    readonly knowsWhatRuns: boolean;
    /** What runs now; undefined when nothing runs (or, without knowsWhatRuns, always). */
    current(): Promise<RunningState | undefined>;
    /** Deploys the package with the settings; throws with where it stopped on failure. */
    deploy(request: DeploymentRequest): Promise<DeploymentResult>;
    /** Start, stop or restart the environment, where the target supports it. */
    operate?(operation: EnvironmentOperation, log: Logger): Promise<void>;
}
