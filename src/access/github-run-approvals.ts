import { ACTIONS_READ } from './github-environment-protection.js'
import type { Octokit } from '../github/octokit.js'
import { withPermission } from '../github/permission-error.js'

/** One reviewer's approval of this run for an environment. */
export interface Approval {
  user: string
  /** What the reviewer typed in the "Review deployments" dialog (may hold a TOTP code). */
  comment: string | null
}

/**
 * The reviews of one workflow run (`GET /repos/{o}/{r}/actions/runs/{id}/approvals`), read once
 * and shared by the checks that need them. The comments may hold TOTP codes: never log them.
 */
export class RunApprovals {
  private reviews:
    Promise<{ user: string; comment: string | null; environments: string[] }[]> | undefined

  constructor(
    private readonly octokit: Octokit,
    private readonly owner: string,
    private readonly repo: string,
    private readonly runId: string | undefined
  ) {}

  /** Approvals for `environment` (names compare case-insensitively, as GitHub's do), oldest first. */
  async forEnvironment(environment: string): Promise<Approval[]> {
    const wanted = environment.toLowerCase()
    return (await this.load()).flatMap((review) =>
      review.environments.some((name) => name.toLowerCase() === wanted)
        ? [{ user: review.user, comment: review.comment }]
        : []
    )
  }

  /**
   * Each approver's latest approval for `environment`: GitHub lists a run's reviews oldest first,
   * and earlier ones belong to earlier attempts, whose codes have long expired (trying them would
   * count as wrong codes).
   */
  async latestByUser(environment: string): Promise<Approval[]> {
    const latest = new Map<string, Approval>()
    for (const approval of await this.forEnvironment(environment)) {
      const key = approval.user.toLowerCase()
      latest.delete(key)
      latest.set(key, approval)
    }
    return [...latest.values()]
  }

  /** The distinct users who approved this run for `environment`. */
  async approvers(environment: string): Promise<string[]> {
    return (await this.latestByUser(environment)).map((approval) => approval.user)
  }

  private load() {
    this.reviews ??= this.read()
    return this.reviews
  }

  private async read() {
    // Outside a workflow run there is nothing anyone could have approved.
    if (!this.runId) return []
    const { owner, repo, runId } = this
    const { data } = await withPermission(ACTIONS_READ, `read the approvals of run ${runId}`, () =>
      this.octokit.rest.actions.getReviewsForRun({ owner, repo, run_id: Number(runId) })
    )
    return data.flatMap((review) =>
      review.state === 'approved'
        ? [
            {
              user: review.user.login,
              comment: review.comment ?? null,
              environments: review.environments.flatMap((env) => (env.name ? [env.name] : []))
            }
          ]
        : []
    )
  }
}
