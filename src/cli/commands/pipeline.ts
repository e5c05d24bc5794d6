import { join } from 'node:path'
import { runPipeline } from '../../app/pipeline.js'
import { errorMessage } from '../../errors.js'
import { stringValue, type Command, type CommandContext } from '../command.js'
import { keyValues } from '../format.js'
import { openWorkspace, WORKSPACE_OPTIONS, type Workspace } from '../workspace.js'
import { writeDashboard } from './dashboard.js'

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
    const { built, published, stages } = await runPipeline({
      ...workspace,
      buildNumber: stringValue(context, 'build-number'),
      cwd: context.io.cwd,
      env: context.io.env,
      log: context.log
    })
    const { config, repository } = workspace
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
      stages: stages.map(({ environment, status, detail }) => ({ environment, status, detail })),
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
 * cannot be written: the deployments already happened, so that is no failure of the pipeline.
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
