import type { ActivityOutcome, ActivityStart } from './activity-log.js'
import type { JobDeployment } from './github-job-deployment.js'
import { errorMessage } from '../errors.js'
import type { Octokit } from '../github/octokit.js'
import { withPermission } from '../github/permission-error.js'
import type { Logger } from '../log.js'

/** Where GitHub's deployment for the job is. */
export interface JobDeploymentTarget {
  readonly octokit: Octokit
  readonly owner: string
  readonly repo: string
  readonly log: Logger
}

/** The one-line description of an operation, within GitHub's 140 characters. */
export function describeOperation(start: ActivityStart): string {
  const what = start.package
    ? `${start.app} ${start.package.version} (sha256 ${start.package.sha256.slice(0, 12)})`
    : start.app
  return `${start.operation} ${what}`.slice(0, 140)
}

/** The first line of an outcome's error, or the operation, within GitHub's 140 characters. */
export function describeOutcome(start: ActivityStart, outcome: ActivityOutcome): string {
  return (outcome.error ?? describeOperation(start)).split('\n')[0]!.slice(0, 140)
}

interface StatusFields {
  state: 'in_progress' | 'success' | 'failure'
  description: string
  log_url: string
  environment_url?: string
  auto_inactive?: boolean
}

async function setStatus(
  target: JobDeploymentTarget,
  id: number,
  fields: StatusFields
): Promise<void> {
  const { octokit, owner, repo } = target
  await withPermission('deployments: write', 'set a deployment status', () =>
    octokit.rest.repos.createDeploymentStatus({ owner, repo, deployment_id: id, ...fields })
  )
}

/**
 * Shows on GitHub's deployment for the job that the operation is in progress. The log link stays
 * the job's page GitHub gave it, so the Environments page still leads to the job.
 */
export async function showJobDeploymentBusy(
  target: JobDeploymentTarget,
  deployment: JobDeployment,
  start: ActivityStart
): Promise<void> {
  await showing(target.log, deployment.id, () =>
    setStatus(target, deployment.id, {
      state: 'in_progress',
      description: describeOperation(start),
      log_url: deployment.logUrl
    })
  )
}

/**
 * Shows how the operation ended on GitHub's deployment for the job, with the environment's URL.
 * GitHub writes its own status when the job ends (with the job's `environment.url`), so the
 * workflow should set that URL from the stage output for the page to keep the link.
 */
export async function showJobDeploymentDone(
  target: JobDeploymentTarget,
  deployment: JobDeployment,
  start: ActivityStart,
  outcome: ActivityOutcome
): Promise<void> {
  await showing(target.log, deployment.id, () =>
    setStatus(target, deployment.id, {
      state: outcome.result === 'success' ? 'success' : 'failure',
      description: describeOutcome(start, outcome),
      auto_inactive: outcome.result === 'success',
      log_url: deployment.logUrl,
      ...(outcome.url ? { environment_url: outcome.url } : {})
    })
  )
}

/** The page is a view of the record, which is kept apart: a status that fails is a warning. */
async function showing(log: Logger, id: number, show: () => Promise<void>): Promise<void> {
  try {
    await show()
  } catch (error) {
    log.warning(
      `GitHub's deployment ${id} for this job does not show this operation (${errorMessage(error)}); the activity log has it`
    )
  }
}
