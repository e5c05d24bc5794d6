import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import * as core from '@actions/core'
import { loadConfig } from '../../config/load.js'
import { GitHubDeploymentsLog } from '../../github/deployments-activity-log.js'
import { createOctokit } from '../../github/octokit.js'
import { runContext } from '../../github/run-context.js'
import { openRepository } from '../../repository/open-repository.js'
import { findEnvironment } from '../../config/find-environment.js'
import { stagePackage } from '../../stage/stage-service.js'
import { StageStories } from '../../trace/deployment-stories.js'
import { actionLogger, failStep } from '../shared/logger.js'
import { actionTraceContext } from '../shared/trace-context.js'
import { Outputs } from './constants.js'
import { getInputs } from './inputs.js'
import { githubPolicies } from './policies.js'
import { reportStage } from './report.js'

/** The stage action: one published package to one environment, recorded as a GitHub deployment. */
export async function run(): Promise<void> {
  for (const name of Object.values(Outputs)) core.setOutput(name, '')
  try {
    const inputs = getInputs()
    const context = runContext(process.env)
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()
    const stateDir = join(process.env['RUNNER_TEMP'] || tmpdir(), 'mxdeploy-state')
    const config = await loadConfig(resolve(workspace, inputs.config), { stateDir })
    const environment = findEnvironment(config, inputs.environment)
    const octokit = createOctokit({ token: inputs.githubToken, logger: actionLogger })
    // Repository adapters that talk to GitHub read the token as the CLI would.
    const env = { ...process.env, GITHUB_TOKEN: inputs.githubToken }
    const uri =
      inputs.repository ?? (config.repositoryConfigured ? config.repository : 'github-release')
    const repository = await openRepository(uri, { cwd: workspace, env })
    const activity = new GitHubDeploymentsLog({
      octokit,
      owner: context.owner,
      repo: context.repo,
      fallbackRef: context.sha,
      runId: context.runId,
      isProduction: (name) => config.environments.find((e) => e.name === name)?.production ?? false
    })
    const tracing = actionTraceContext({ ...config, workspace, octokit, context })
    const stories = new StageStories({ activity, log: actionLogger, ...tracing })
    const result = await stagePackage({
      config,
      environment: environment.name,
      package: inputs.package,
      redeploy: inputs.redeploy,
      rollback: inputs.rollback,
      repository,
      activity,
      policies: githubPolicies({ octokit, context, inputs, stateDir, env }),
      actor: context.actor,
      runUrl: context.runUrl,
      storiesFor: stories.storiesFor,
      stateDir,
      env,
      log: actionLogger
    })
    const deploymentId = result.record?.details?.['deploymentId']
    core.setOutput(
      Outputs.DeploymentId,
      typeof deploymentId === 'number' ? String(deploymentId) : ''
    )
    core.setOutput(Outputs.EnvironmentUrl, result.url ?? '')
    core.setOutput(Outputs.PackageVersion, result.package.version)
    core.setOutput(Outputs.Sha256, result.package.sha256)
    core.setOutput(Outputs.Changed, String(result.changed))
    core.setOutput(
      Outputs.Stories,
      JSON.stringify(result.record?.stories ?? result.package.stories)
    )
    const imageRef = result.details?.['imageRef']
    core.setOutput(Outputs.ImageRef, typeof imageRef === 'string' ? imageRef : '')
    await reportStage({ result, stories, tracing, config, activity, octokit, context })
    await core.summary.write()
  } catch (error) {
    failStep(error)
  }
}
