import { join } from 'node:path'
import type { ActivityLog } from '../activity/activity-log.js'
import type { BuildResult } from '../build/build-package.js'
import type { EnvironmentConfig, MxdeployConfig } from '../config/types.js'
import { ConfigurationError, errorMessage, OperationError } from '../errors.js'
import type { GitHubAccess } from '../github/access.js'
import type { Logger } from '../log.js'
import type { PackageRepository, PublishResult } from '../repository/package-repository.js'
import { currentActor, publishPackage } from '../repository/publish-package.js'
import { isProtected, promotionSequence } from '../stage/promotion-sequence.js'
import { buildApp } from './build.js'
import { stageApp } from './stage.js'

export interface PipelineRequest {
  config: MxdeployConfig
  stateDir: string
  repository: PackageRepository
  activity: ActivityLog
  buildNumber?: string | undefined
  cwd: string
  env: NodeJS.ProcessEnv
  github: GitHubAccess
  log: Logger
}

export interface PipelineStage {
  environment: string
  status: 'deployed' | 'unchanged' | 'stopped'
  /** The version and URL, or why the pipeline stopped before the environment. */
  detail: string
  version?: string
  url?: string | null
}

export interface PipelineResult {
  built: BuildResult
  published: PublishResult
  stages: PipelineStage[]
}

/** What a person does to deploy a protected environment the pipeline stopped before. */
function nextStep(config: MxdeployConfig, environment: EnvironmentConfig, version: string): string {
  return environment.protection.reviewers === 'required'
    ? `approve the ${environment.name} job of the workflow (GitHub environment reviewers)`
    : `run mxdeploy stage --config ${config.file} --environment ${environment.name} --package ${version} --otp CODE --user NAME`
}

/**
 * The main job on the app of mxdeploy.yml: build the package once, publish it, and stage it
 * through every environment in promotion order, stopping before the first protected one.
 * A failure after something changed is an OperationError (exit 1) that says what was done.
 */
export async function runPipeline(request: PipelineRequest): Promise<PipelineResult> {
  const { config, log } = request
  if (!config.build.version) {
    throw new ConfigurationError(
      `${config.file}: build.version is not set; add it, such as "build: { version: 1.0.0 }"`
    )
  }
  const built = await buildApp({
    face: 'cli',
    cwd: join(request.stateDir, 'build'),
    env: request.env,
    github: request.github,
    log,
    config,
    buildNumber: request.buildNumber,
    openedRepository: request.repository
  })
  log.info(`built ${built.path} (${built.size} bytes, ${built.entries} entries)`)
  const published = await publishPackage(request.repository, built.path, {
    app: config.app,
    env: request.env,
    log
  })
  const stages = await stageAll(request, built.version, published)
  return { built, published, stages }
}

async function stageAll(
  request: PipelineRequest,
  version: string,
  published: PublishResult
): Promise<PipelineStage[]> {
  const { config, log } = request
  const stages: PipelineStage[] = []
  // What this run changed: once anything has, a later refusal is no longer "nothing changed".
  const done: string[] = published.created ? [`published ${version}`] : []
  for (const environment of promotionSequence(config.environments)) {
    if (isProtected(environment)) {
      const next = nextStep(config, environment, version)
      log.info(`stopping before ${environment.name}: it is protected; to deploy it, ${next}`)
      stages.push({
        environment: environment.name,
        status: 'stopped',
        detail: `protected: ${next}`
      })
      break
    }
    let staged: Awaited<ReturnType<typeof stageApp>>
    try {
      staged = await stageApp({
        config,
        environment: environment.name,
        package: version,
        repository: request.repository,
        activity: request.activity,
        actor: currentActor(request.env),
        runUrl: null,
        stateDir: request.stateDir,
        env: request.env,
        github: request.github,
        log
      })
    } catch (error) {
      throw stoppedAfterChanges(error, environment.name, done)
    }
    const { result } = staged
    if (result.changed) done.push(`deployed to ${environment.name}`)
    stages.push({
      environment: environment.name,
      status: result.changed ? 'deployed' : 'unchanged',
      detail: `${result.package.version}${result.url ? ` at ${result.url}` : ''}`,
      version: result.package.version,
      url: result.url ?? null
    })
  }
  return stages
}

/**
 * A stage that failed after this run had already changed something: exit 1 with what was done,
 * never exit 2, whose promise is that nothing was changed.
 */
function stoppedAfterChanges(error: unknown, environment: string, done: string[]): unknown {
  if (done.length === 0) return error
  return new OperationError(
    `${errorMessage(error)}\nthe pipeline stopped at ${environment}; before that it ${done.join(', ')}: fix the problem and run it again (it publishes nothing twice and skips what already runs)`,
    { cause: error }
  )
}
