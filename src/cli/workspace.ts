import { join, resolve } from 'node:path'
import { JsonlActivityLog } from '../activity/jsonl-activity-log.js'
import { CONFIG_FILE, loadConfig } from '../config/load.js'
import type { MxdeployConfig } from '../config/types.js'
import { chooseRepository } from '../app/repository-choice.js'
import { githubAccess, type GitHubAccess } from '../github/access.js'
import { openRepository } from '../repository/open-repository.js'
import type { PackageRepository } from '../repository/package-repository.js'
import { stringValue, type CommandContext } from './command.js'

// Its own module, so that commands that only take these options do not load the workspace.
export { WORKSPACE_OPTIONS } from './workspace-options.js'

export interface Workspace {
  config: MxdeployConfig
  stateDir: string
  repository: PackageRepository
  activity: JsonlActivityLog
  github: GitHubAccess
}

/** The configuration, state folder, repository and activity log a command works with. */
export async function openWorkspace(context: CommandContext): Promise<Workspace> {
  const cwd = context.io.cwd
  const configPath = resolve(cwd, stringValue(context, 'config') ?? CONFIG_FILE)
  const stateOption = stringValue(context, 'state-dir')
  const config = await loadConfig(
    configPath,
    stateOption ? { stateDir: resolve(cwd, stateOption) } : {}
  )
  const stateDir = stateOption ? resolve(cwd, stateOption) : join(config.dir, '.mxdeploy')
  const github = githubAccess(context.io.env)
  const uri = chooseRepository({ given: stringValue(context, 'repository'), config, face: 'cli' })
  const repository = await openRepository(uri, {
    cwd,
    env: context.io.env,
    github,
    storyPatterns: config.traceability.patterns,
    log: context.log
  })
  return {
    config,
    stateDir,
    repository,
    activity: new JsonlActivityLog(join(stateDir, 'activity.jsonl'), { log: context.log }),
    github
  }
}
