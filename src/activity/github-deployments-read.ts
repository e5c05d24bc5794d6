import type {
  ActivityQuery,
  ActivityRecord,
  ActivityResult,
  ActivityStart
} from './activity-log.js'
import { isRecord, recordFilters, type RecordFilter } from './github-records.js'
import type { Octokit } from '../github/octokit.js'
import { withPermission } from '../github/permission-error.js'

/** What reading needs of the log's options. */
export interface RecordSource {
  readonly octokit: Octokit
  readonly owner: string
  readonly repo: string
}

/** A deployment that carries a record, as the list gives it. */
interface Found {
  readonly id: number
  readonly createdAt: string
  readonly start: ActivityStart
}

/**
 * The records the query asks for, newest first. Each operation has exactly one deployment whose
 * payload is its record (on its environment, or on the records environment when GitHub's
 * deployment for the job shows it), and GitHub's own deployments carry none, so each shows once.
 */
export async function readRecords(
  source: RecordSource,
  query: ActivityQuery
): Promise<ActivityRecord[]> {
  const limit = query.limit ?? 100
  const found: Found[] = []
  for (const filter of recordFilters(query.environment)) {
    found.push(...(await findRecords(source, filter, query.app, limit)))
  }
  found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)
  const records: ActivityRecord[] = []
  for (const one of found.slice(0, limit)) records.push(await withOutcome(source, one))
  return records
}

async function findRecords(
  source: RecordSource,
  filter: RecordFilter,
  app: string | undefined,
  limit: number
): Promise<Found[]> {
  const { octokit, owner, repo } = source
  const found: Found[] = []
  const pages = octokit.paginate.iterator(octokit.rest.repos.listDeployments, {
    owner,
    repo,
    per_page: 100,
    ...filter
  })
  for await (const page of pages) {
    for (const deployment of page.data) {
      const payload = deployment.payload
      if (!isRecord(payload)) continue
      if (app && payload.start.app !== app) continue
      found.push({ id: deployment.id, createdAt: deployment.created_at, start: payload.start })
      if (found.length >= limit) return found
    }
  }
  return found
}

async function withOutcome(source: RecordSource, found: Found): Promise<ActivityRecord> {
  const { octokit, owner, repo } = source
  const { data } = await withPermission('deployments: read', 'read deployment statuses', () =>
    octokit.rest.repos.listDeploymentStatuses({
      owner,
      repo,
      deployment_id: found.id,
      per_page: 10
    })
  )
  const final = data.find(
    (status) => status.state === 'success' || status.state === 'failure' || status.state === 'error'
  )
  const result: ActivityResult = final?.state === 'success' ? 'success' : 'failure'
  return {
    ...found.start,
    result: final ? result : 'failure',
    error: final
      ? result === 'failure'
        ? (final.description ?? 'failed')
        : null
      : 'did not finish (no final status)',
    durationMs: final ? Date.parse(final.created_at) - Date.parse(found.createdAt) : 0
  }
}
