import type { ActivityLog } from '../activity/activity-log.js';
import type { EnvironmentConfig } from '../config/types.js';
import type { Logger } from '../log.js';
import type { PackageRepository } from '../repository/package-repository.js';
import type { DeploymentTarget, EnvironmentSettings, RunningState } from '../targets/deployment-target.js';
/** What an environment runs, and with which settings, as far as anything can tell. */
export interface Observed {
    running: RunningState | undefined;
    /** The settings it runs with; a part is undefined when neither target nor log knows it. */
    settings: Partial<EnvironmentSettings>;
}
export interface ObserveRequest {
    app: string;
    environment: EnvironmentConfig;
    target: DeploymentTarget;
    activity: ActivityLog;
    repository: PackageRepository;
    actor: string;
    runUrl: string | null;
    log: Logger;
}
/**
 * What runs in an environment: read from the target when it can tell (the log is history, not
 * truth), else the log's last deployment. A package the target runs but the log does not show —
 * a stage killed between its switch and its record, a change made by hand — is recorded first as
 * `reconciled`, so promotion and rollback see what really runs.
 */
export declare function observeEnvironment(request: ObserveRequest): Promise<Observed>;
/** Whether the wanted settings differ from what runs, where what runs is known. */
export declare function settingsDiffer(running: Partial<EnvironmentSettings>, wanted: EnvironmentSettings): boolean;
