import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import * as core from '@actions/core'
import { loadConfig } from '../../config/load.js'
import { createOctokit } from '../../github/octokit.js'
import { runContext } from '../../github/run-context.js'
import { findEnvironment } from '../../config/find-environment.js'
import { checkStageRequest, stageApp } from '../../app/stage.js'
import { githubAccess } from '../../github/access.js'
import { actionLogger } from '../shared/logger.js'
import { failStep } from '../shared/runner-commands.js'
import { actionWorkspace } from '../shared/config.js'
import { Outputs } from './constants.js'
import { getInputs } from './inputs.js'
import { githubPolicies } from './policies.js'
import { reportStage } from './report.js'
import { jobActivityLog, jobRepository } from '../shared/job.js'

/** The stage action: one published package to one environment, recorded as a GitHub deployment. */
export async function run(): Promise<void> {
  for (const name of Object.values(Outputs)) core.setOutput(name, '')
  try {
    const inputs = getInputs()
    checkStageRequest(inputs)
    const context = runContext(process.env)
    const workspace = actionWorkspace()
    const stateDir = join(process.env['RUNNER_TEMP'] || tmpdir(), 'mxdeploy-state')
    const config = await loadConfig(resolve(workspace, inputs.config), { stateDir })
    const environment = findEnvironment(config, inputs.environment)
    const github = githubAccess(process.env, inputs.githubToken)
    const octokit = createOctokit({ token: inputs.githubToken, logger: actionLogger })
    const repository = await jobRepository(inputs.repository, config, github, workspace)
    const activity = jobActivityLog(octokit, context, config, inputs.checkRunId)
    const { result, stories, tracing } = await stageApp({
      config,
      environment: environment.name,
      package: inputs.package,
      redeploy: inputs.redeploy,
      rollback: inputs.rollback,
      repository,
      activity,
      policies: githubPolicies({ octokit, context, inputs, stateDir, env: process.env }),
      actor: context.actor,
      runUrl: context.runUrl,
      stateDir,
      env: process.env,
      github,
      checkout: workspace,
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
