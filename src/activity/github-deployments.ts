import {
  finishedRecord,
  type ActivityLog,
  type ActivityOutcome,
  type ActivityQuery,
  type ActivityRecord,
  type ActivityResult,
  type ActivityStart,
  type OpenActivity
} from './activity-log.js'
import { OperationError } from '../errors.js'
import type { Octokit } from '../github/octokit.js'
import { withPermission } from '../github/permission-error.js'

/** Marks deployments made by mxdeploy, so others on the same environment are left out. */
export const PAYLOAD_KIND = 'mxdeploy/activity-v1'

export interface GitHubDeploymentsOptions {
  octokit: Octokit
  owner: string
  repo: string
  /** The commit to deploy when a package does not know its own (GITHUB_SHA). */
  fallbackRef: string
  /** This run's ID, so a deployment this run left in progress doesn't block its own retry. */
  runId: string | undefined
  /** Whether each environment is production (GitHub's production_environment). */
  isProduction: (environment: string) => boolean
}

interface Payload {
  kind: typeof PAYLOAD_KIND
  runId?: string
  start: ActivityStart
}

const ACTIVE = new Set(['queued', 'pending', 'in_progress'])

function describe(start: ActivityStart): string {
  const what = start.package
    ? `${start.app} ${start.package.version} (sha256 ${start.package.sha256.slice(0, 12)})`
    : start.app
  return `${start.operation} ${what}`.slice(0, 140)
}

/**
 * The activity log as GitHub Deployments: one deployment per operation (environment = name,
 * ref = the package's commit, payload = the record), statuses in_progress → success/failure with
 * the environment and run URLs. History is read back from deployments and their statuses, so the
 * log is what the repository's Environments page shows.
 */
export class GitHubDeploymentsLog implements ActivityLog {
  constructor(private readonly options: GitHubDeploymentsOptions) {}

  async begin(start: ActivityStart): Promise<OpenActivity> {
    await this.refuseWhileBusy(start.environment)
    const { octokit, owner, repo } = this.options
    const payload: Payload = {
      kind: PAYLOAD_KIND,
      start,
      ...(this.options.runId ? { runId: this.options.runId } : {})
    }
    const created = await withPermission('deployments: write', 'create a deployment', () =>
      octokit.rest.repos.createDeployment({
        owner,
        repo,
        ref: start.commit ?? this.options.fallbackRef,
        environment: start.environment,
        task: start.operation === 'deploy' ? 'deploy' : `deploy:${start.operation}`,
        payload: payload as unknown as Record<string, unknown>,
        description: describe(start),
        auto_merge: false,
        required_contexts: [],
        production_environment: this.options.isProduction(start.environment),
        transient_environment: false
      })
    )
    if (created.status !== 201 || !('id' in created.data)) {
      throw new OperationError(
        `GitHub did not create the deployment for ${start.environment}: ${JSON.stringify(created.data)}`
      )
    }
    const id = created.data.id
    await withPermission('deployments: write', 'set a deployment status', () =>
      octokit.rest.repos.createDeploymentStatus({
        owner,
        repo,
        deployment_id: id,
        state: 'in_progress',
        description: describe(start),
        ...(start.runUrl ? { log_url: start.runUrl } : {})
      })
    )
    return { start, ref: String(id) }
  }

  async finish(open: OpenActivity, outcome: ActivityOutcome): Promise<ActivityRecord> {
    const { octokit, owner, repo } = this.options
    await withPermission('deployments: write', 'set a deployment status', () =>
      octokit.rest.repos.createDeploymentStatus({
        owner,
        repo,
        deployment_id: Number(open.ref),
        state: outcome.result === 'success' ? 'success' : 'failure',
        description: (outcome.error ?? describe(open.start)).split('\n')[0]!.slice(0, 140),
        auto_inactive: outcome.result === 'success',
        ...(open.start.runUrl ? { log_url: open.start.runUrl } : {}),
        ...(outcome.url ? { environment_url: outcome.url } : {})
      })
    )
    return finishedRecord(open, outcome, { deploymentId: Number(open.ref) })
  }

  /** Two runs never deploy one environment at once: another run's in-progress deployment refuses. */
  private async refuseWhileBusy(environment: string): Promise<void> {
    const { octokit, owner, repo } = this.options
    const { data } = await withPermission('deployments: read', 'list deployments', () =>
      octokit.rest.repos.listDeployments({ owner, repo, environment, per_page: 5 })
    )
    for (const deployment of data) {
      const payload = deployment.payload as Partial<Payload> | string
      if (typeof payload !== 'object' || payload.kind !== PAYLOAD_KIND) continue
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

  async list(query: ActivityQuery): Promise<ActivityRecord[]> {
    const { octokit, owner, repo } = this.options
    const limit = query.limit ?? 100
    const records: ActivityRecord[] = []
    const pages = octokit.paginate.iterator(octokit.rest.repos.listDeployments, {
      owner,
      repo,
      per_page: 100,
      ...(query.environment ? { environment: query.environment } : {})
    })
    for await (const page of pages) {
      for (const deployment of page.data) {
        const payload = deployment.payload as Partial<Payload> | string
        if (typeof payload !== 'object' || payload.kind !== PAYLOAD_KIND || !payload.start) continue
        if (query.app && payload.start.app !== query.app) continue
        records.push(await this.record(deployment.id, deployment.created_at, payload.start))
        if (records.length >= limit) return records
      }
    }
    return records
  }

  private async record(
    id: number,
    createdAt: string,
    start: ActivityStart
  ): Promise<ActivityRecord> {
    const { octokit, owner, repo } = this.options
    const { data } = await withPermission('deployments: read', 'read deployment statuses', () =>
      octokit.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: id, per_page: 10 })
    )
    const final = data.find(
      (status) =>
        status.state === 'success' || status.state === 'failure' || status.state === 'error'
    )
    const result: ActivityResult = final?.state === 'success' ? 'success' : 'failure'
    return {
      ...start,
      result: final ? result : 'failure',
      error: final
        ? result === 'failure'
          ? (final.description ?? 'failed')
          : null
        : 'did not finish (no final status)',
      durationMs: final ? Date.parse(final.created_at) - Date.parse(createdAt) : 0
    }
  }
}
