/**
 * mxdeploy as a library: the use cases the CLI and the actions run, as async functions that load
 * their code on first call (so importing mxdeploy costs nothing until it is used).
 *
 *   import { loadConfig, openRepository, buildApp, publishPackage, stageApp } from 'mxdeploy'
 */
import type { BuildAppRequest } from './app/build.js';
import type { PipelineRequest, PipelineResult } from './app/pipeline.js';
import type { StageAppRequest, StageAppResult } from './app/stage.js';
import type { ActivityLog } from './activity/activity-log.js';
import type { BuildResult } from './build/build-package.js';
import type { LoadOptions } from './config/load.js';
import type { MxdeployConfig } from './config/types.js';
import type { Logger } from './log.js';
import type { MdaInspection } from './mda/inspect.js';
import type { MdaVerification } from './mda/verify.js';
import type { RepositoryContext } from './repository/open-repository.js';
import type { PackageRepository, PublishResult } from './repository/package-repository.js';
import type { PublishOptions } from './repository/publish-package.js';
export type { BuildAppRequest, BuildResult, MxdeployConfig, PackageRepository, PublishResult };
export type { PipelineRequest, PipelineResult, StageAppRequest, StageAppResult };
export type { ActivityLog, Logger, MdaInspection, MdaVerification, RepositoryContext };
export type { ActivityRecord, Operation } from './activity/activity-log.js';
export type { PackageRecord } from './repository/package-repository.js';
export type { GitHubAccess } from './github/access.js';
export type { Face } from './app/repository-choice.js';
export { ConfigurationError, OperationError } from './errors.js';
export { silentLogger } from './log.js';
export { githubAccess } from './github/access.js';
export { chooseRepository } from './app/repository-choice.js';
/** Reads and validates mxdeploy.yml (exit-2 errors are ConfigurationErrors with file:line:col). */
export declare function loadConfig(file: string, options?: LoadOptions): Promise<MxdeployConfig>;
/** The package repository a URI selects (file:DIR, github-release, oci://HOST/REPO, artifact). */
export declare function openRepository(uri: string, context: RepositoryContext): Promise<PackageRepository>;
/** The default activity log: one JSON line per operation in `path`. */
export declare function openActivityLog(path: string, log?: Logger): Promise<ActivityLog>;
/** Builds an MDA from a deployment folder or a .mpr, with its manifest and stories. */
export declare function buildApp(request: BuildAppRequest): Promise<BuildResult>;
/** What a package holds, from its central directory and metadata.json. */
export declare function inspectPackage(path: string): Promise<MdaInspection>;
/** Checks a package end to end (CRC, safety rules, local headers, .sha256). */
export declare function verifyPackage(path: string): Promise<MdaVerification>;
/** Verifies a package and publishes it; never overwrites. */
export declare function publishPackage(repository: PackageRepository, file: string, options: PublishOptions): Promise<PublishResult>;
/** Stages one published package to one environment after every check. */
export declare function stageApp(request: StageAppRequest): Promise<StageAppResult>;
/** Build → publish → stage through every environment, stopping before a protected one. */
export declare function runPipeline(request: PipelineRequest): Promise<PipelineResult>;
