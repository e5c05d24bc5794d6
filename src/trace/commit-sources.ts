import { ownerAndRepo, type GitHubAccess } from '../github/access.js'
import type { Logger } from '../log.js'
import type { CommitSource } from './commit-source.js'
import { GitCommitSource } from './git-commit-source.js'

/**
 * Where commits are read: the git checkout at `dir`, then, when `github` has a repository and a
 * token, GitHub's compare API for what a shallow clone lacks. The GitHub client loads only then.
 */
export async function commitSources(
  dir: string,
  github: GitHubAccess,
  log: Logger
): Promise<CommitSource[]> {
  const sources: CommitSource[] = [new GitCommitSource(dir)]
  const repository = ownerAndRepo(github)
  const { token } = github
  if (repository && token) {
    log.secret(token)
    const [{ createOctokit }, { GitHubCompareSource }] = await Promise.all([
      import('../github/octokit.js'),
      import('./github-compare-source.js')
    ])
    const octokit = createOctokit({ token, logger: log, baseUrl: github.apiUrl })
    sources.push(new GitHubCompareSource({ octokit, ...repository }))
  }
  return sources
}
