import type { MxdeployConfig } from '../config/types.js'
import { ConfigurationError } from '../errors.js'
import { ownerAndRepo, type GitHubAccess } from '../github/access.js'
import type { Logger } from '../log.js'
import { GitHubDeploymentsLog } from './github-deployments.js'
import { createOctokit } from '../github/octokit.js'

/**
 * The GitHub Deployments activity log of the repository `github` names (GITHUB_REPOSITORY, a
 * token, GITHUB_API_URL on GHES), for reading it outside a workflow run.
 */
export function openDeploymentsLog(
  github: GitHubAccess,
  config: MxdeployConfig,
  log: Logger
): GitHubDeploymentsLog {
  const { owner, repo } = ownerAndRepo(github) ?? {}
  const { token } = github
  if (!owner || !repo || !token) {
    throw new ConfigurationError(
      'the GitHub Deployments activity log needs GITHUB_REPOSITORY (owner/name) and GITHUB_TOKEN (with deployments: read) in the environment'
    )
  }
  log.secret(token)
  const octokit = createOctokit({ token, logger: log, baseUrl: github.apiUrl })
  return new GitHubDeploymentsLog({
    octokit,
    owner,
    repo,
    fallbackRef: github.sha ?? '',
    runId: undefined,
    isProduction: (name) => config.environments.find((e) => e.name === name)?.production ?? false
  })
}
