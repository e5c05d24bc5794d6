import { resolve } from 'node:path'
import * as core from '@actions/core'
import { traceContext } from '../../app/trace-context.js'
import { loadConfig } from '../../config/load.js'
import { githubAccess } from '../../github/access.js'
import { buildDashboard } from '../../dashboard/build-dashboard.js'
import { firstCommitTimes, gitCommitTimes } from '../../git/commit-times.js'
import { githubCommitTimes } from '../../git/github-commit-times.js'
import { createOctokit } from '../../github/octokit.js'
import { runContext } from '../../github/run-context.js'
import { markdownText } from '../../text/escape.js'
import { actionLogger } from '../shared/logger.js'
import { failStep } from '../shared/runner-commands.js'
import { actionWorkspace } from '../shared/config.js'
import { Outputs } from './constants.js'
import { getInputs } from './inputs.js'
import { jobActivityLog, jobRepository } from '../shared/job.js'

/**
 * The dashboard action: the site of the app from the GitHub Deployments activity log (what the
 * stage action records) and the package repository, written where upload-pages-artifact takes it.
 */
export async function run(): Promise<void> {
  for (const name of Object.values(Outputs)) core.setOutput(name, '')
  try {
    const inputs = getInputs()
    const context = runContext(process.env)
    const workspace = actionWorkspace()
    const config = await loadConfig(resolve(workspace, inputs.config))
    const github = githubAccess(process.env, inputs.githubToken)
    const octokit = createOctokit({ token: inputs.githubToken, logger: actionLogger })
    const repository = await jobRepository(inputs.repository, config, github, workspace)
    const activity = jobActivityLog(octokit, context, config)
    const tracing = await traceContext({
      traceability: config.traceability,
      file: config.file,
      dir: workspace,
      github,
      log: actionLogger
    })
    const site = await buildDashboard({
      config,
      activity,
      repository,
      ...tracing,
      commitTimes: firstCommitTimes([
        gitCommitTimes(workspace),
        githubCommitTimes(octokit, context.owner, context.repo)
      ]),
      log: actionLogger,
      out: resolve(workspace, inputs.out)
    })
    core.setOutput(Outputs.SiteDir, site.dir)
    core.setOutput(Outputs.Page, site.index)
    const waiting = site.model.pending.map(
      (p) =>
        `${markdownText(p.version)} ${markdownText(p.from)} → ${markdownText(p.to)} (${p.stories.length} stories)`
    )
    core.summary.addRaw(
      `## Dashboard of ${markdownText(site.model.app)}\n\nWritten to \`${site.dir}\`: ${site.model.environments.length} environments, ${site.model.history.length} operations, ${site.model.stories.length} stories.${waiting.length ? `\n\nWaiting: ${waiting.join('; ')}` : ''}\n`
    )
    await core.summary.write()
  } catch (error) {
    failStep(error)
  }
}
