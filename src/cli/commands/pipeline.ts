import { join } from 'node:path'
import { buildPackage } from '../../build/build-package.js'
import { ConfigurationError, errorMessage, OperationError } from '../../errors.js'
import { currentActor, publishPackage } from '../../repository/publish-package.js'
import { isProtected, promotionSequence } from '../../stage/environment-order.js'
import { stagePackage } from '../../stage/stage-service.js'
import { StageStories } from '../../trace/deployment-stories.js'
import { buildStories, buildSourceDir } from '../build-stories.js'
import { stringValue, type Command, type CommandContext } from '../command.js'
import { cliTraceContext } from '../trace-context.js'
import { formatBytes, keyValues } from '../format.js'
import { openWorkspace, WORKSPACE_OPTIONS, type Workspace } from '../workspace.js'
import { writeDashboard } from './dashboard.js'

interface StageLine {
  environment: string
  status: 'deployed' | 'unchanged' | 'stopped'
  detail: string
}

export const pipelineCommand: Command = {
  name: 'pipeline',
  summary:
    'The main job on the app of mxdeploy.yml: build the package once, publish it, and stage it through every environment in promotion order, stopping before a protected one.',
  usage: 'pipeline [--config mxdeploy.yml] [--build-number N]',
  options: {
    ...WORKSPACE_OPTIONS,
    'build-number': {
      type: 'string',
      value: 'N',
      description: 'build number (default: GITHUB_RUN_NUMBER, else 0)'
    }
  },
  async run(context) {
    const workspace = await openWorkspace(context)
    const { config, stateDir, repository, activity } = workspace
    const { build } = config
    if (!build.version) {
      throw new ConfigurationError(
        `${config.file}: build.version is not set; add it, such as "build: { version: 1.0.0 }"`
      )
    }
    const cwd = join(stateDir, 'build')
    // The manifest lists the stories since the previous package in the configured repository.
    const source = { deploymentDir: build.deploymentDir, project: build.project, app: config.app }
    const found = await buildStories(context, config, source, repository)
    const built = await buildPackage({
      deploymentDir: build.deploymentDir,
      project: build.project,
      version: build.version,
      buildNumber: stringValue(context, 'build-number'),
      out: build.output,
      app: config.app,
      ...(found ? { stories: found.stories } : {}),
      cwd,
      env: context.io.env,
      log: context.log
    })
    context.log.info(`built ${built.path} (${formatBytes(built.size)}, ${built.entries} entries)`)
    const published = await publishPackage(repository, built.path, {
      app: config.app,
      env: context.io.env,
      log: context.log
    })

    const sourceDir = buildSourceDir(context.io.cwd, source) ?? config.dir
    const stories = new StageStories({
      activity,
      ...(await cliTraceContext(
        config.traceability,
        config.file,
        sourceDir,
        context.io.env,
        context.log
      ))
    })
    const stages: StageLine[] = []
    // What this run changed: once anything has, a later refusal is no longer "nothing changed".
    const done: string[] = published.created ? [`published ${built.version}`] : []
    for (const environment of promotionSequence(config.environments)) {
      if (isProtected(environment)) {
        const next =
          environment.protection.reviewers === 'required'
            ? `approve the ${environment.name} job of the workflow (GitHub environment reviewers)`
            : `run mxdeploy stage --config ${config.file} --environment ${environment.name} --package ${built.version} --otp CODE --user NAME`
        context.log.info(
          `stopping before ${environment.name}: it is protected; to deploy it, ${next}`
        )
        stages.push({
          environment: environment.name,
          status: 'stopped',
          detail: `protected: ${next}`
        })
        break
      }
      let result: Awaited<ReturnType<typeof stagePackage>>
      try {
        result = await stagePackage({
          config,
          environment: environment.name,
          package: built.version,
          repository,
          activity,
          actor: currentActor(context.io.env),
          runUrl: null,
          storiesFor: stories.storiesFor,
          stateDir,
          env: context.io.env,
          log: context.log
        })
      } catch (error) {
        throw stoppedAfterChanges(error, environment.name, done)
      }
      if (result.changed) done.push(`deployed to ${environment.name}`)
      stages.push({
        environment: environment.name,
        status: result.changed ? 'deployed' : 'unchanged',
        detail: `${result.package.version}${result.url ? ` at ${result.url}` : ''}`
      })
    }
    const dashboard = await dashboardAfterwards(context, workspace)
    const json = {
      app: config.app,
      package: {
        ...published.record,
        path: built.path,
        entries: built.entries,
        created: published.created
      },
      runtimeVersion: built.metadata.runtimeVersion,
      stages,
      dashboard
    }
    const text = [
      `pipeline for ${config.app}`,
      keyValues([
        ['package', built.path],
        ['version', built.version],
        ['runtime', built.metadata.runtimeVersion],
        ['sha256', built.sha256],
        ['repository', `${repository.uri} (${published.created ? 'published' : 'already there'})`]
      ]),
      'stages:',
      ...stages.map((s) => `  ${s.environment.padEnd(12)} ${s.status.padEnd(9)} ${s.detail}`),
      ...(dashboard ? [`dashboard: ${dashboard}`] : [])
    ].join('\n')
    return { json, text }
  }
}

/**
 * The app's dashboard in the state folder, written last; its path, or null with a warning when it
 * could not be written (the deployments stand, so the pipeline still succeeds).
 */
async function dashboardAfterwards(
  context: CommandContext,
  workspace: Workspace
): Promise<string | null> {
  try {
    const site = await writeDashboard(context, workspace, join(workspace.stateDir, 'dashboard'))
    return site.index
  } catch (error) {
    context.log.warning(`the dashboard could not be written: ${errorMessage(error)}`)
    return null
  }
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
