import type { MxdeployConfig } from '../config/types.js'
import { ConfigurationError } from '../errors.js'
import type { Logger } from '../log.js'
import { GitHubDeploymentsLog } from './deployments-activity-log.js'
import { createOctokit } from './octokit.js'

/**
 * The GitHub Deployments activity log of the repository the environment names (GITHUB_REPOSITORY,
 * GITHUB_TOKEN, GITHUB_API_URL on GHES), for reading it outside a workflow run.
 */
export function openDeploymentsLog(
  env: NodeJS.ProcessEnv,
  config: MxdeployConfig,
  log: Logger
): GitHubDeploymentsLog {
  const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/')
  const token = env['GITHUB_TOKEN']
  if (!owner || !repo || !token) {
    throw new ConfigurationError(
      'the GitHub Deployments activity log needs GITHUB_REPOSITORY (owner/name) and GITHUB_TOKEN (with deployments: read) in the environment'
    )
  }
  log.secret(token)
  const octokit = createOctokit({
    token,
    logger: log,
    ...(env['GITHUB_API_URL'] ? { baseUrl: env['GITHUB_API_URL'] } : {})
  })
  return new GitHubDeploymentsLog({
    octokit,
    owner,
    repo,
    fallbackRef: env['GITHUB_SHA'] ?? '',
    runId: undefined,
    isProduction: (name) => config.environments.find((e) => e.name === name)?.production ?? false
  })
}
