import type { Octokit } from '../github/octokit.js'
import { withPermission } from '../github/permission-error.js'

/**
 * The workflow job a step runs in, as far as a step can know it: GITHUB_RUN_ID always, and the
 * job's check run ID (`${{ job.check_run_id }}`) where GitHub provides it (github.com and
 * GHE.com since 2025; not GHES).
 */
export interface JobIdentity {
  readonly runId: string
  readonly checkRunId?: string
}

/** The deployment GitHub made for the job's `environment:`, and the status URL that names it. */
export interface JobDeployment {
  readonly id: number
  /** The job's log URL as GitHub's own statuses give it; mxdeploy's statuses keep it. */
  readonly logUrl: string
  /** Which rule found it: the job's check run ID, or the run (see docs/github-deployments.md). */
  readonly by: 'job' | 'run'
}

/** A deployment as the rule looks at it: its ID and the URLs its statuses carry. */
export interface CandidateDeployment {
  readonly id: number
  readonly statusUrls: readonly string[]
}

export type JobDeploymentMatch =
  { readonly found: JobDeployment } | { readonly found: undefined; readonly reason: string }

/** How many of the environment's newest deployments are examined (their statuses are read). */
export const CANDIDATES = 20

function pathOf(url: string): string | undefined {
  try {
    return new URL(url).pathname.replace(/\/+$/, '')
  } catch {
    return undefined
  }
}

/**
 * Whether a status URL is the job's page: `/{owner}/{repo}/actions/runs/{run}/job/{id}` (today's
 * form) or `/{owner}/{repo}/runs/{id}` (the check-run form GitHub used until about 2023).
 */
export function namesJob(url: string, checkRunId: string): boolean {
  const path = pathOf(url)
  if (!path || !/^\d+$/.test(checkRunId)) return false
  return (
    new RegExp(`^/[^/]+/[^/]+/actions/runs/\\d+/job/${checkRunId}$`).test(path) ||
    new RegExp(`^/[^/]+/[^/]+/runs/${checkRunId}$`).test(path)
  )
}

/** Whether a status URL is a page of the run (`/{owner}/{repo}/actions/runs/{run}[/…]`). */
export function namesRun(url: string, runId: string): boolean {
  const path = pathOf(url)
  if (!path || !/^\d+$/.test(runId)) return false
  return new RegExp(`^/[^/]+/[^/]+/actions/runs/${runId}(?:/|$)`).test(path)
}

/**
 * The rule that tells which deployment GitHub made for this job, given the environment's newest
 * deployments (newest first, mxdeploy's own left out):
 * 1. with the job's check run ID, the deployment one of whose statuses links to that job;
 * 2. else (or when no status URL has a form rule 1 knows), the one deployment whose statuses link
 *    to this run — none, or two (two jobs of the run deploying one environment, or a re-run),
 *    and the job's deployment is not known.
 */
export function matchJobDeployment(
  candidates: readonly CandidateDeployment[],
  job: JobIdentity
): JobDeploymentMatch {
  const { checkRunId } = job
  if (checkRunId) {
    for (const candidate of candidates) {
      const url = candidate.statusUrls.find((u) => namesJob(u, checkRunId))
      if (url) return { found: { id: candidate.id, logUrl: url, by: 'job' } }
    }
  }
  const ofRun = candidates.flatMap((candidate) => {
    const url = candidate.statusUrls.find((u) => namesRun(u, job.runId))
    return url ? [{ id: candidate.id, logUrl: url, by: 'run' as const }] : []
  })
  if (ofRun.length === 1) return { found: ofRun[0]! }
  const either = checkRunId ? `job ${checkRunId} or ` : ''
  return {
    found: undefined,
    reason:
      ofRun.length === 0
        ? `no deployment's status links to ${either}run ${job.runId}`
        : `${ofRun.length} deployments link to run ${job.runId}${checkRunId ? ` and none to job ${checkRunId}` : ''}, so which one is this job's is unknown`
  }
}

/**
 * Finds the deployment GitHub created for this job's `environment:` among the environment's
 * newest deployments, reading their statuses (see matchJobDeployment). `isOwn` leaves out the
 * deployments mxdeploy made itself.
 */
export async function findJobDeployment(
  octokit: Octokit,
  where: { owner: string; repo: string; environment: string },
  job: JobIdentity,
  isOwn: (payload: unknown) => boolean
): Promise<JobDeploymentMatch> {
  const { owner, repo, environment } = where
  const { data } = await withPermission('deployments: read', 'list deployments', () =>
    octokit.rest.repos.listDeployments({ owner, repo, environment, per_page: CANDIDATES })
  )
  const candidates: CandidateDeployment[] = []
  for (const deployment of data) {
    if (isOwn(deployment.payload)) continue
    const statuses = await withPermission('deployments: read', 'read deployment statuses', () =>
      octokit.rest.repos.listDeploymentStatuses({
        owner,
        repo,
        deployment_id: deployment.id,
        per_page: 100
      })
    )
    const statusUrls = statuses.data.flatMap((s) => [s.log_url ?? '', s.target_url].filter(Boolean))
    const candidate = { id: deployment.id, statusUrls }
    // The job's own deployment ends the search at once; the run rule needs them all.
    if (job.checkRunId && statusUrls.some((u) => namesJob(u, job.checkRunId!))) {
      return matchJobDeployment([candidate], job)
    }
    candidates.push(candidate)
  }
  const match = matchJobDeployment(candidates, job)
  return match.found
    ? match
    : { found: undefined, reason: `of the newest ${CANDIDATES} of ${environment}, ${match.reason}` }
}
