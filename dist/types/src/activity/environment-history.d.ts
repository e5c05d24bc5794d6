import type { ActivityLog, ActivityRecord } from './activity-log.js';
/** Operations after which an environment runs the package they name. */
export declare const DEPLOYING: ReadonlySet<string>;
/** Successful deployments (deploy, rollback, reconciled) of an environment, newest first. */
export declare function deploymentHistory(log: ActivityLog, app: string, environment: string): Promise<ActivityRecord[]>;
/** Whether the environment has ever run the package with this SHA-256 successfully. */
export declare function hasDeployed(log: ActivityLog, app: string, environment: string, sha256: string): Promise<boolean>;
