import { ConfigurationError } from '../../errors.js'
import type { Logger } from '../../log.js'
import type { GitHubAccess } from '../../github/access.js'
import type { RetryPolicy } from '../../net/retry-policy.js'
import type { StoryPatternConfig } from '../../stories/story-patterns.js'
import { compileStoryPatterns } from '../../stories/story-patterns.js'
import { createOctokit } from '../../github/octokit.js'
import { GitHubReleaseRepository } from './release-repository.js'

export interface ReleaseRepositoryContext {
  /** traceability.patterns of mxdeploy.yml, for story links in release notes (default patterns). */
  storyPatterns?: readonly StoryPatternConfig[] | undefined
  log?: Logger | undefined
  retry?: RetryPolicy | undefined
}

/** The `github-release` repository that `github` reaches: its token, repository and API (GHES too). */
export function openGitHubReleaseRepository(
  github: GitHubAccess,
  context: ReleaseRepositoryContext = {}
): GitHubReleaseRepository {
  const { token, repository = '' } = github
  if (!token) {
    throw new ConfigurationError(
      'repository github-release needs a GitHub token: set GITHUB_TOKEN or GH_TOKEN (in a workflow, the action passes its github-token input)'
    )
  }
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) {
    throw new ConfigurationError(
      `repository github-release needs the GitHub repository that holds the releases: set GITHUB_REPOSITORY=owner/name${repository ? ` (it is "${repository}")` : ''}`
    )
  }
  context.log?.secret(token)
  return new GitHubReleaseRepository({
    octokit: createOctokit({
      token,
      baseUrl: github.apiUrl,
      ...(context.log ? { logger: context.log } : {})
    }),
    repository,
    defaultCommit: github.sha,
    notes: {
      patterns: compileStoryPatterns(context.storyPatterns),
      links: { server: github.serverUrl, repository }
    },
    ...(context.retry ? { retry: context.retry } : {}),
    ...(context.log ? { log: context.log } : {})
  })
}
