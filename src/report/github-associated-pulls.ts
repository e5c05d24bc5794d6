import { mapPool } from '../async-pool.js'
import type { Logger } from '../log.js'
import type { Octokit } from '../github/octokit.js'
import { withPermission } from '../github/permission-error.js'

/** A pull request some commits of a range belong to. */
export interface AssociatedPull {
  number: number
  /** The newest commit of the range GitHub associates with it (a merge or squash commit, or its head). */
  commit: string
}

/** Most commits whose pull requests are looked up after one deployment (one API call each). */
export const MAX_COMMITS_LOOKED_UP = 100
const PARALLEL = 4

/**
 * The pull requests of commits, through GitHub's "pull requests associated with a commit" (the
 * merged pull request of a merge or squash commit, the open ones of a branch commit). `shas` are
 * newest first; only the newest `max` are looked up, and the log says when more were left out.
 */
export async function associatedPulls(
  options: { octokit: Octokit; owner: string; repo: string; log: Logger; max?: number },
  shas: readonly string[]
): Promise<AssociatedPull[]> {
  const { octokit, owner, repo, log } = options
  const max = options.max ?? MAX_COMMITS_LOOKED_UP
  const looked = shas.slice(0, max)
  if (shas.length > looked.length) {
    log.info(
      `looked up the pull requests of the newest ${looked.length} of ${shas.length} commits only; older ones get no deployment comment`
    )
  }
  const numbers = await mapPool(looked, PARALLEL, async (sha) => {
    const { data } = await withPermission(
      'pull-requests: read',
      `list the pull requests of commit ${sha.slice(0, 12)}`,
      () =>
        octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha })
    )
    // Pull requests of forks that merely contain the commit belong to other repositories.
    return data
      .filter((pull) => pull.base.repo.full_name === `${owner}/${repo}`)
      .map((pull) => pull.number)
  })
  const found = new Map<number, AssociatedPull>()
  looked.forEach((sha, index) => {
    for (const number of numbers[index]!) {
      if (!found.has(number)) found.set(number, { number, commit: sha })
    }
  })
  return [...found.values()].sort((a, b) => a.number - b.number)
}
