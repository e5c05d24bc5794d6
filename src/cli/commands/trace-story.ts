import { ConfigurationError } from '../../errors.js'
import { logText } from '../../text/escape.js'
import { lookUpStory, type ContainsBasis, type StoryLookup } from '../../trace/story-lookup.js'
import type { CommandContext, CommandOutput } from '../command.js'
import { commitSources } from '../../trace/commit-sources.js'
import { openWorkspace } from '../workspace.js'

const BASIS: Record<ContainsBasis, string> = {
  listed: 'names it',
  history: 'in its history',
  'publication-order': 'published after one that names it (commits not available)'
}

function describe(found: StoryLookup): string {
  const id = logText(found.id, 100)
  if (found.packages.length === 0 && found.environments.length === 0) {
    return `no package of ${logText(found.app)} contains ${id}`
  }
  const lines = [`${id} in ${logText(found.app)}:`, 'packages:']
  for (const pkg of found.packages) {
    lines.push(`  ${pkg.version.padEnd(14)} ${pkg.createdAt.slice(0, 10)}  ${BASIS[pkg.basis]}`)
  }
  lines.push('environments:')
  for (const env of found.environments) {
    lines.push(`  ${env.environment.padEnd(14)} ${env.version.padEnd(14)} since ${env.deployedAt}`)
  }
  for (const env of found.without) {
    lines.push(
      `  ${env.environment.padEnd(14)} ${(env.version ?? '(nothing)').padEnd(14)} without it`
    )
  }
  return lines.join('\n')
}

/** `mxdeploy trace story ID`: the packages that contain a story and the environments running one. */
export async function traceStory(context: CommandContext): Promise<CommandOutput> {
  const [, id, extra] = context.positionals
  if (!id || extra !== undefined) {
    throw new ConfigurationError('give one story ID: mxdeploy trace story ABC-123')
  }
  const { config, repository, activity, github } = await openWorkspace(context)
  const found = await lookUpStory({
    id,
    app: config.app,
    repository,
    activity,
    environments: config.environments.map((environment) => environment.name),
    sources: await commitSources(config.dir, github, context.log)
  })
  return { json: found, text: describe(found) }
}
