import type { ActivityLog, ActivityRecord, Operation } from '../activity/activity-log.js';
import type { EnvironmentConfig, MxdeployConfig } from '../config/types.js';
import type { Logger } from '../log.js';
import type { PackageRecord, PackageRepository } from '../repository/package-repository.js';
import type { DeploymentTarget } from '../targets/deployment-target.js';
import type { StagePolicy } from './policy.js';
import { type ConstantChange } from './preflight.js';
export interface StageRequest {
    config: MxdeployConfig;
    environment: string;
    /** A version, or `latest` (default). Ignored with `rollback`. */
    package?: string;
    /** Switch even when the environment already runs this package. */
    redeploy?: boolean;
    /** Deploy the environment's previous successful package. */
    rollback?: boolean;
    repository: PackageRepository;
    activity: ActivityLog;
    /** Checks after the promotion order, e.g. access control. */
    policies?: StagePolicy[];
    actor: string;
    runUrl: string | null;
    stateDir: string;
    log: Logger;
    /** Environment variables targets read credentials from; default process.env. */
    env?: NodeJS.ProcessEnv;
    /** Target of an environment; default from its configuration. */
    targetFor?: (environment: EnvironmentConfig) => DeploymentTarget;
    /** Stories the package brings to the environment (traceability). */
    storiesFor?: (pkg: PackageRecord, environment: EnvironmentConfig) => Promise<string[]>;
}
export interface StageResult {
    environment: string;
    operation: Operation;
    package: PackageRecord;
    /** False when the environment already ran the package and nothing was switched. */
    changed: boolean;
    record: ActivityRecord | null;
    url: string | undefined;
    warnings: string[];
    changes: ConstantChange[];
    /** What the target reported of what runs now (an image reference), deployed or found. */
    details: Record<string, unknown> | undefined;
}
/**
 * Stages one published package to one environment: resolve and download it (SHA-256 checked),
 * check the promotion order and every policy, preflight the settings against the package,
 * deploy through the environment's target, and record the operation. Refusals happen before
 * anything changes; two stages of one environment never interleave.
 */
export declare function stagePackage(request: StageRequest): Promise<StageResult>;
