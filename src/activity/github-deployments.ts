import {
  finishedRecord,
  type ActivityLog,
  type ActivityOutcome,
  type ActivityQuery,
  type ActivityRecord,
  type ActivityStart,
  type OpenActivity
} from './activity-log.js'
import { readRecords } from './github-deployments-read.js'
import {
  describeOperation,
  describeOutcome,
  showJobDeploymentBusy,
  showJobDeploymentDone,
  type JobDeploymentTarget
} from './github-job-deployment-status.js'
import { findJobDeployment, type JobDeployment, type JobIdentity } from './github-job-deployment.js'
import {
  isRecord,
  PAYLOAD_KIND,
  RECORDS_ENVIRONMENT,
  recordFilters,
  recordTask,
  type RecordPayload
} from './github-records.js'
import { OperationError } from '../errors.js'
import type { Octokit } from '../github/octokit.js'
import { withPermission } from '../github/permission-error.js'
import { silentLogger, type Logger } from '../log.js'

export { PAYLOAD_KIND }

export interface GitHubDeploymentsOptions {
  octokit: Octokit
  owner: string
  repo: string
  /** The commit to deploy when a package does not know its own (GITHUB_SHA). */
  fallbackRef: string
  /** This run's ID, so a deployment this run left in progress doesn't block its own retry. */
  runId: string | undefined
  /** The job the operations run in, whose own deployment shows them; absent outside Actions. */
  job?: JobIdentity
  /** Whether each environment is production (GitHub's production_environment). */
  isProduction: (environment: string) => boolean
  /** Where a page that could not be updated, or a job deployment not found, is told. */
  log?: Logger
}

const ACTIVE = new Set(['queued', 'pending', 'in_progress'])

/** Deployments mxdeploy made itself, which are never GitHub's deployment for a job. */
function isOwn(payload: unknown): boolean {
  if (typeof payload !== 'object' || payload === null) return false
  const kind = (payload as { kind?: unknown }).kind
  return typeof kind === 'string' && kind.startsWith('mxdeploy/')
}

/**
 * The activity log as GitHub Deployments: one deployment per operation whose payload is the
 * record and whose statuses (in_progress, then success or failure) its outcome, so history is
 * read back from deployments and their statuses. Outside a job with `environment:` that
 * deployment is on the environment (the Environments page shows it). In such a job GitHub has
 * made the environment's deployment already: mxdeploy's statuses go on it, and the record on the
 * records environment, so each operation shows once on the page and once in the log.
 */
export class GitHubDeploymentsLog implements ActivityLog {
  /**
   * GitHub's deployment for the job of each operation begun here, by record. The open activity's
   * ref stays the record's deployment ID, which the MFA ledger compares with its records.
   */
  private readonly shownOn = new Map<number, JobDeployment>()

  constructor(private readonly options: GitHubDeploymentsOptions) {}

  async begin(start: ActivityStart): Promise<OpenActivity> {
    await this.refuseWhileBusy(start.environment)
    // A reconciled record tells of an earlier change, so it never takes the job's deployment.
    const job = start.operation === 'reconciled' ? undefined : await this.jobDeployment(start)
    const payload: RecordPayload = {
      kind: PAYLOAD_KIND,
      start,
      ...(this.options.runId ? { runId: this.options.runId } : {}),
      ...(job ? { shownOn: job.id } : {})
    }
    const record = await this.createRecord(start, payload, job !== undefined)
    await this.recordStatus(record, 'in_progress', describeOperation(start), start.runUrl)
    if (job) {
      this.shownOn.set(record, job)
      await showJobDeploymentBusy(this.target, job, start)
    }
    return { start, ref: String(record) }
  }

  async finish(open: OpenActivity, outcome: ActivityOutcome): Promise<ActivityRecord> {
    const record = Number(open.ref)
    if (!Number.isSafeInteger(record)) {
      throw new OperationError(`not an operation this GitHub deployments log began: ${open.ref}`)
    }
    const job = this.shownOn.get(record)
    this.shownOn.delete(record)
    await this.recordStatus(
      record,
      outcome.result === 'success' ? 'success' : 'failure',
      describeOutcome(open.start, outcome),
      open.start.runUrl,
      // On the environment a success makes the earlier ones inactive, as GitHub's own do;
      // records on the records environment are history and stay as they are.
      job ? undefined : outcome.url,
      !job && outcome.result === 'success'
    )
    if (job) await showJobDeploymentDone(this.target, job, open.start, outcome)
    return finishedRecord(
      open,
      outcome,
      job ? { deploymentId: job.id, recordId: record } : { deploymentId: record }
    )
  }

  private get target(): JobDeploymentTarget {
    const { octokit, owner, repo } = this.options
    return { octokit, owner, repo, log: this.options.log ?? silentLogger }
  }

  /** GitHub's deployment for this job on the operation's environment, when there is one. */
  private async jobDeployment(start: ActivityStart): Promise<JobDeployment | undefined> {
    const { octokit, owner, repo, job } = this.options
    if (!job) return undefined
    const environment = start.environment
    const match = await findJobDeployment(octokit, { owner, repo, environment }, job, isOwn)
    if (match.found) return match.found
    this.target.log.info(
      `no deployment of GitHub's for this job on ${environment} (${match.reason}): mxdeploy makes one`
    )
    return undefined
  }

  private async createRecord(
    start: ActivityStart,
    payload: RecordPayload,
    apart: boolean
  ): Promise<number> {
    const { octokit, owner, repo } = this.options
    const created = await withPermission('deployments: write', 'create a deployment', () =>
      octokit.rest.repos.createDeployment({
        owner,
        repo,
        ref: start.commit ?? this.options.fallbackRef,
        environment: apart ? RECORDS_ENVIRONMENT : start.environment,
        task: apart
          ? recordTask(start.environment)
          : start.operation === 'deploy'
            ? 'deploy'
            : `deploy:${start.operation}`,
        payload: payload as unknown as Record<string, unknown>,
        description: describeOperation(start),
        auto_merge: false,
        required_contexts: [],
        production_environment: !apart && this.options.isProduction(start.environment),
        transient_environment: false
      })
    )
    if (created.status !== 201 || !('id' in created.data)) {
      throw new OperationError(
        `GitHub did not create the deployment for ${start.environment}: ${JSON.stringify(created.data)}`
      )
    }
    return created.data.id
  }

  private async recordStatus(
    id: number,
    state: 'in_progress' | 'success' | 'failure',
    description: string,
    runUrl: string | null,
    environmentUrl?: string,
    autoInactive = false
  ): Promise<void> {
    const { octokit, owner, repo } = this.options
    await withPermission('deployments: write', 'set a deployment status', () =>
      octokit.rest.repos.createDeploymentStatus({
        owner,
        repo,
        deployment_id: id,
        state,
        description,
        ...(state === 'in_progress' ? {} : { auto_inactive: autoInactive }),
        ...(runUrl ? { log_url: runUrl } : {}),
        ...(environmentUrl ? { environment_url: environmentUrl } : {})
      })
    )
  }

  /** Two runs never deploy one environment at once: another run's in-progress record refuses. */
  private async refuseWhileBusy(environment: string): Promise<void> {
    const { octokit, owner, repo } = this.options
    for (const filter of recordFilters(environment)) {
      const { data } = await withPermission('deployments: read', 'list deployments', () =>
        octokit.rest.repos.listDeployments({ owner, repo, ...filter, per_page: 5 })
      )
      for (const deployment of data) {
        const payload = deployment.payload
        if (!isRecord(payload)) continue
        if (payload.runId && payload.runId === this.options.runId) continue
        const [status] = (
          await withPermission('deployments: read', 'read deployment statuses', () =>
            octokit.rest.repos.listDeploymentStatuses({
              owner,
              repo,
              deployment_id: deployment.id,
              per_page: 1
            })
          )
        ).data
        if (status && ACTIVE.has(status.state)) {
          throw new OperationError(
            `another run is deploying to ${environment} (deployment ${deployment.id}${status.log_url ? `, ${status.log_url}` : ''}); wait for it, and give the job "concurrency: mxdeploy-${environment}" so runs queue instead`
          )
        }
      }
    }
  }

  /** Records, newest first: those on the environments and those on the records environment. */
  async list(query: ActivityQuery): Promise<ActivityRecord[]> {
    return readRecords(this.options, query)
  }
}
