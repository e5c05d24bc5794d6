import { access } from 'node:fs/promises'
import { resolve } from 'node:path'
import * as core from '@actions/core'
import { loadConfig } from '../../config/load.js'
import type { TraceabilityConfig } from '../../config/types.js'
import { ConfigurationError } from '../../errors.js'
import { traceContext } from '../../app/trace-context.js'
import { githubAccess } from '../../github/access.js'
import { runContext } from '../../github/run-context.js'
import { logText } from '../../text/escape.js'
import { renderStoryCheckSummary } from '../../report/story-check-summary.js'
import { checkRequireStory } from '../../trace/require-story.js'
import { traceFromSources } from '../../trace/trace-sources.js'
import { actionLogger } from '../shared/logger.js'
import { failStep } from '../shared/runner-commands.js'
import { Outputs } from './constants.js'
import { getInputs } from './inputs.js'
import { chooseRange } from './range.js'

async function traceability(
  path: string
): Promise<{ traceability: Partial<TraceabilityConfig>; file: string | undefined }> {
  const present = await access(path).then(
    () => true,
    () => false
  )
  if (!present) {
    core.info(`no ${path}: the default story patterns are used`)
    return { traceability: {}, file: undefined }
  }
  const config = await loadConfig(path)
  return { traceability: config.traceability, file: config.file }
}

/**
 * The trace action: the stories of a range (a pull request's commits by default), each commit
 * without one as a warning or error annotation (require-story), the list in the job summary.
 */
export async function run(): Promise<void> {
  for (const name of Object.values(Outputs)) core.setOutput(name, '')
  try {
    const inputs = getInputs()
    const context = runContext(process.env)
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()
    const found = await traceability(resolve(workspace, inputs.config))
    const tracing = await traceContext({
      ...found,
      dir: workspace,
      github: githubAccess(process.env, inputs.githubToken),
      log: actionLogger
    })
    const range = await chooseRange(inputs, context, process.env)
    core.info(`tracing ${range.from ? `${range.from}..${range.to}` : range.to} (${range.why})`)
    const outcome = await traceFromSources(
      tracing.sources,
      { from: range.from, to: range.to, limit: tracing.limit },
      tracing.patterns,
      { links: tracing.links, log: actionLogger }
    )
    if (outcome.status !== 'complete') throw new ConfigurationError(outcome.message)
    const { trace } = outcome
    const mode = inputs.requireStory ?? found.traceability.requireStory ?? 'off'
    const check = checkRequireStory(
      trace.commits,
      mode,
      tracing.patterns.map((pattern) => pattern.name)
    )
    core.setOutput(Outputs.Stories, JSON.stringify(trace.stories.map((story) => story.id)))
    core.setOutput(Outputs.Commits, String(trace.commits.length))
    core.setOutput(Outputs.CommitsWithoutStory, String(check.checked - check.named))
    for (const finding of check.findings) {
      const title = `Commit ${finding.sha.slice(0, 7)} names no user story`
      if (finding.level === 'error') core.error(finding.message, { title })
      else core.warning(finding.message, { title })
    }
    core.info(
      `${trace.commits.length} commits (read from ${trace.source}), ${trace.stories.length} stories: ${logText(trace.stories.map((s) => s.id).join(', ')) || 'none'}`
    )
    core.summary.addRaw(
      renderStoryCheckSummary({
        commits: trace.commits,
        stories: trace.stories,
        check,
        links: tracing.links
      })
    )
    await core.summary.write()
    if (!check.passed) {
      core.setFailed(
        `${check.findings.length} of ${check.checked} commits name no user story (require-story: error)`
      )
    }
  } catch (error) {
    failStep(error)
  }
}
