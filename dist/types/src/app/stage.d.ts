import type { ActivityLog } from '../activity/activity-log.js';
import type { MxdeployConfig } from '../config/types.js';
import type { GitHubAccess } from '../github/access.js';
import type { Logger } from '../log.js';
import type { PackageRepository } from '../repository/package-repository.js';
import type { StagePolicy } from '../stage/policy.js';
import { type StageResult } from '../stage/stage-package.js';
import type { DeploymentTarget } from '../targets/deployment-target.js';
import type { EnvironmentConfig } from '../config/types.js';
import { StageStories } from '../trace/deployment-stories.js';
import { type TraceContext } from './trace-context.js';
/** One stage as either face asks for it. */
export interface StageAppRequest {
    config: MxdeployConfig;
    environment: string;
    /** A version, or `latest` (the default). */
    package?: string | undefined;
    redeploy?: boolean;
    rollback?: boolean;
    repository: PackageRepository;
    activity: ActivityLog;
    /** Access control after the promotion order (GitHub protection, TOTP). */
    policies?: StagePolicy[];
    actor: string;
    runUrl: string | null;
    stateDir: string;
    /** Settings targets read (credentials of Mendix Cloud, Cloud Foundry…). */
    env: NodeJS.ProcessEnv;
    github: GitHubAccess;
    log: Logger;
    /** The checkout whose history the stories come from; default mxdeploy.yml's folder. */
    checkout?: string;
    targetFor?: (environment: EnvironmentConfig) => DeploymentTarget;
}
export interface StageAppResult {
    result: StageResult;
    /** What the stage brought, per environment, for summaries and pull-request comments. */
    stories: StageStories;
    /** Where the stories were read and how they link, for the same. */
    tracing: TraceContext;
}
/**
 * The rules of a stage request, the same for the CLI and the action: `latest` (the default) is
 * no package at all, so it goes with --rollback; a named version does not (a rollback deploys
 * the previous package, whatever it is); a rollback always switches, so --redeploy says nothing.
 */
export declare function checkStageRequest(request: {
    package?: string | undefined;
    rollback?: boolean;
    redeploy?: boolean;
}): void;
/** Stages one package to one environment, with its stories traced from the checkout. */
export declare function stageApp(request: StageAppRequest): Promise<StageAppResult>;
