import { ConfigurationError } from '../../errors.js'
import type { Logger } from '../../log.js'
import { retryPolicyFromEnv } from '../../net/retry-settings.js'
import type { StoryPatternConfig } from '../../stories/story-patterns.js'
import { compileStoryPatterns } from '../../stories/story-patterns.js'
import { createOctokit } from '../../github/octokit.js'
import { GitHubReleaseRepository } from './release-repository.js'

export interface ReleaseRepositoryContext {
  /** traceability.patterns of mxdeploy.yml, for story links in release notes (default patterns). */
  storyPatterns?: readonly StoryPatternConfig[] | undefined
  log?: Logger | undefined
}

/**
 * The `github-release` repository of the environment: the token from GITHUB_TOKEN (else
 * GH_TOKEN), the repository from GITHUB_REPOSITORY, the API from GITHUB_API_URL (GHES too).
 */
export function openGitHubReleaseRepository(
  env: NodeJS.ProcessEnv,
  context: ReleaseRepositoryContext = {}
): GitHubReleaseRepository {
  const token = env['GITHUB_TOKEN'] || env['GH_TOKEN']
  if (!token) {
    throw new ConfigurationError(
      'repository github-release needs a GitHub token: set GITHUB_TOKEN or GH_TOKEN (in a workflow, the publish action passes its github-token input)'
    )
  }
  const repository = env['GITHUB_REPOSITORY'] ?? ''
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) {
    throw new ConfigurationError(
      `repository github-release needs the GitHub repository that holds the releases: set GITHUB_REPOSITORY=owner/name${repository ? ` (it is "${repository}")` : ''}`
    )
  }
  context.log?.secret(token)
  const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '')
  return new GitHubReleaseRepository({
    octokit: createOctokit({
      token,
      baseUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
      ...(context.log ? { logger: context.log } : {})
    }),
    repository,
    defaultCommit: env['GITHUB_SHA'] || undefined,
    notes: {
      patterns: compileStoryPatterns(context.storyPatterns),
      links: { server, repository }
    },
    retry: retryPolicyFromEnv(env),
    ...(context.log ? { log: context.log } : {})
  })
}
