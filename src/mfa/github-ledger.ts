import type { LedgerRecord, MfaLedger } from './ledger-state.js'
import { PAYLOAD_KIND, recordFilters, type RecordFilter } from '../activity/github-records.js'
import type { Octokit } from '../github/octokit.js'
import { withPermission } from '../github/permission-error.js'

/** Deployments read back at most; a repository deploying more within the session hours is unusual. */
const MAX_PAGES = 20

/**
 * The MFA ledger as mxdeploy's GitHub deployments carry it: `payload.start.mfa.ledger` of each
 * deployment, newest first until one older than asked. The deployment ID orders them (GitHub
 * hands out increasing IDs). Entries are returned unchecked: anyone with `deployments: write` can
 * create a deployment, so the ledger verifies every entry's signature.
 */
export class DeploymentsMfaLedger implements MfaLedger {
  constructor(private readonly options: { octokit: Octokit; owner: string; repo: string }) {}

  async records(query: { since: Date; environment?: string }): Promise<LedgerRecord[]> {
    const records: LedgerRecord[] = []
    // An environment's records are on it and, for jobs with `environment:`, on the records one.
    for (const filter of recordFilters(query.environment)) {
      records.push(...(await this.recordsWhere(filter, query.since)))
    }
    return records
  }

  private async recordsWhere(filter: RecordFilter, since: Date): Promise<LedgerRecord[]> {
    const { octokit, owner, repo } = this.options
    const records: LedgerRecord[] = []
    const pages = octokit.paginate.iterator(octokit.rest.repos.listDeployments, {
      owner,
      repo,
      per_page: 100,
      ...filter
    })
    let count = 0
    const iterator = pages[Symbol.asyncIterator]()
    for (;;) {
      const next = await withPermission('deployments: read', 'list deployments', () =>
        iterator.next()
      )
      if (next.done) return records
      for (const deployment of next.value.data) {
        if (Date.parse(deployment.created_at) < since.getTime()) return records
        const entries = ledgerOf(deployment.payload)
        if (entries) records.push({ order: deployment.id, ref: String(deployment.id), entries })
      }
      if (++count >= MAX_PAGES) return records
    }
  }
}

function ledgerOf(payload: unknown): unknown[] | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined
  const { kind, start } = payload as { kind?: unknown; start?: { mfa?: { ledger?: unknown } } }
  if (kind !== PAYLOAD_KIND) return undefined
  const ledger = start?.mfa?.ledger
  return Array.isArray(ledger) && ledger.length ? (ledger as unknown[]) : undefined
}
