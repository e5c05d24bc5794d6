import { join, resolve } from 'node:path'
import type { ActivityLog } from '../../activity/activity-log.js'
import { traceContext } from '../../app/trace-context.js'
import { buildDashboard } from '../../dashboard/build-dashboard.js'
import { ConfigurationError } from '../../errors.js'
import { gitCommitTimes } from '../../git/commit-times.js'
import { stringValue, type Command, type CommandContext } from '../command.js'
import { openWorkspace, WORKSPACE_OPTIONS, type Workspace } from '../workspace.js'

async function activityLog(context: CommandContext, workspace: Workspace): Promise<ActivityLog> {
  const which = stringValue(context, 'activity') ?? 'jsonl'
  if (which === 'jsonl') return workspace.activity
  if (which !== 'github') {
    throw new ConfigurationError(`--activity ${which} is not one of jsonl, github`)
  }
  // Loaded only when asked for: the GitHub client costs start-up time.
  const { openDeploymentsLog } = await import('../../activity/github-deployments-open.js')
  return openDeploymentsLog(workspace.github, workspace.config, context.log)
}

/**
 * Writes the dashboard of the app in mxdeploy.yml into a folder: a self-contained index.html
 * (environments board, promotion view, history, story search, DORA charts) and data.json.
 */
export async function writeDashboard(context: CommandContext, workspace: Workspace, out: string) {
  const { config } = workspace
  const tracing = await traceContext({
    traceability: config.traceability,
    file: config.file,
    dir: config.dir,
    github: workspace.github,
    log: context.log
  })
  return buildDashboard({
    config,
    activity: await activityLog(context, workspace),
    repository: workspace.repository,
    ...tracing,
    commitTimes: gitCommitTimes(config.dir),
    out
  })
}

export const dashboardCommand: Command = {
  name: 'dashboard',
  summary:
    'Write a static dashboard of the app: what runs in each environment, what waits to be promoted and the stories it brings, the history, a story search and the DORA figures.',
  usage: 'dashboard [--out DIR] [--activity jsonl|github]',
  options: {
    ...WORKSPACE_OPTIONS,
    out: {
      type: 'string',
      short: 'o',
      value: 'DIR',
      description:
        'folder to write index.html and data.json into (default: dashboard in the state folder)'
    },
    activity: {
      type: 'string',
      value: 'jsonl|github',
      description:
        'activity log to read: jsonl (the state folder, default) or github (GitHub Deployments of GITHUB_REPOSITORY with GITHUB_TOKEN)'
    }
  },
  async run(context) {
    const workspace = await openWorkspace(context)
    const option = stringValue(context, 'out')
    const out = option ? resolve(context.io.cwd, option) : join(workspace.stateDir, 'dashboard')
    const site = await writeDashboard(context, workspace, out)
    const { model } = site
    const json = {
      app: model.app,
      dir: site.dir,
      index: site.index,
      data: site.data,
      bytes: site.bytes,
      environments: model.environments.map((e) => ({
        name: e.name,
        version: e.running?.version ?? null,
        lastResult: e.last?.result ?? null
      })),
      pending: model.pending.map((p) => ({
        from: p.from,
        to: p.to,
        version: p.version,
        stories: p.stories.map((s) => s.id)
      })),
      operations: model.history.length,
      stories: model.stories.length
    }
    return { json, text: `dashboard of ${model.app}: ${site.index}` }
  }
}
