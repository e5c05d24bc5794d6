import type { Logger } from '../log.js'
import type { CommitSource } from './commit-source.js'
import { GitCommitSource } from './git-commit-source.js'

/**
 * Where commits are read: the git checkout at `dir`, then, when `env` names a GitHub repository
 * and a token (GITHUB_REPOSITORY, GITHUB_TOKEN, and GITHUB_API_URL on GHES), GitHub's compare API
 * for what a shallow clone lacks. The GitHub client loads only then.
 */
export async function commitSources(
  dir: string,
  env: NodeJS.ProcessEnv,
  log: Logger
): Promise<CommitSource[]> {
  const sources: CommitSource[] = [new GitCommitSource(dir)]
  const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/')
  const token = env['GITHUB_TOKEN']
  if (owner && repo && token) {
    log.secret(token)
    const [{ createOctokit }, { GitHubCompareSource }] = await Promise.all([
      import('../github/octokit.js'),
      import('./github-compare-source.js')
    ])
    const octokit = createOctokit({
      token,
      logger: log,
      ...(env['GITHUB_API_URL'] ? { baseUrl: env['GITHUB_API_URL'] } : {})
    })
    sources.push(new GitHubCompareSource({ octokit, owner, repo }))
  }
  return sources
}
