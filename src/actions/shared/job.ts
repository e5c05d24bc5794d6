import { GitHubDeploymentsLog } from '../../activity/github-deployments.js'
import { chooseRepository } from '../../app/repository-choice.js'
import type { MxdeployConfig } from '../../config/types.js'
import type { GitHubAccess } from '../../github/access.js'
import type { Octokit } from '../../github/octokit.js'
import type { RunContext } from '../../github/run-context.js'
import { openRepository } from '../../repository/open-repository.js'
import type { PackageRepository } from '../../repository/package-repository.js'
import { actionLogger } from './logger.js'

/**
 * The package repository of a job: the input, else mxdeploy.yml's, else github-release (the
 * rule of src/app/repository-choice.ts), opened with the step's GitHub access.
 */
export async function jobRepository(
  given: string | undefined,
  config: MxdeployConfig | undefined,
  github: GitHubAccess,
  cwd: string
): Promise<PackageRepository> {
  const uri = chooseRepository({ given, config, face: 'action', log: actionLogger })
  return openRepository(uri, {
    cwd: config?.dir ?? cwd,
    env: process.env,
    github,
    storyPatterns: config?.traceability.patterns,
    log: actionLogger
  })
}

/**
 * The activity log of a job: the repository's GitHub deployments, one per operation, shown on
 * GitHub's own deployment for the job when the job has `environment:`. `checkRunId` is the job's
 * `job.check_run_id` where GitHub gives it; without it the run identifies the job's deployment.
 */
export function jobActivityLog(
  octokit: Octokit,
  context: RunContext,
  config: MxdeployConfig,
  checkRunId?: string
): GitHubDeploymentsLog {
  return new GitHubDeploymentsLog({
    octokit,
    owner: context.owner,
    repo: context.repo,
    fallbackRef: context.sha,
    runId: context.runId,
    ...(context.runId
      ? { job: { runId: context.runId, ...(checkRunId ? { checkRunId } : {}) } }
      : {}),
    isProduction: (name) => config.environments.find((e) => e.name === name)?.production ?? false,
    log: actionLogger
  })
}
