import type { ActivityLog } from '../activity/activity-log.js';
import type { BuildResult } from '../build/build-package.js';
import type { MxdeployConfig } from '../config/types.js';
import type { GitHubAccess } from '../github/access.js';
import type { Logger } from '../log.js';
import type { PackageRepository, PublishResult } from '../repository/package-repository.js';
export interface PipelineRequest {
    config: MxdeployConfig;
    stateDir: string;
    repository: PackageRepository;
    activity: ActivityLog;
    buildNumber?: string | undefined;
    cwd: string;
    env: NodeJS.ProcessEnv;
    github: GitHubAccess;
    log: Logger;
}
export interface PipelineStage {
    environment: string;
    status: 'deployed' | 'unchanged' | 'stopped';
    /** The version and URL, or why the pipeline stopped before the environment. */
    detail: string;
    version?: string;
    url?: string | null;
}
export interface PipelineResult {
    built: BuildResult;
    published: PublishResult;
    stages: PipelineStage[];
}
/**
 * The main job on the app of mxdeploy.yml: build the package once, publish it, and stage it
 * through every environment in promotion order, stopping before the first protected one.
 * A failure after something changed is an OperationError (exit 1) that says what was done.
 */
export declare function runPipeline(request: PipelineRequest): Promise<PipelineResult>;
