import type { CommitTimes } from './commit-times.js'
import type { Octokit } from '../github/octokit.js'

/**
 * Committer times from GitHub, for commits a shallow checkout lacks. A commit GitHub does not know
 * (force-pushed away) is left out; other failures too, since lead time is a figure, not a gate.
 */
export function githubCommitTimes(octokit: Octokit, owner: string, repo: string): CommitTimes {
  return async (shas) => {
    const times = new Map<string, string>()
    for (const sha of new Set(shas)) {
      try {
        const { data } = await octokit.rest.repos.getCommit({ owner, repo, ref: sha })
        const date = data.commit.committer?.date
        if (date && !Number.isNaN(Date.parse(date))) times.set(sha, new Date(date).toISOString())
      } catch {
        // Not known to GitHub, or not readable with this token: the time stays unknown.
      }
    }
    return times
  }
}
