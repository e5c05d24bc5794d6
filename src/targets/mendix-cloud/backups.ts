import { OperationError } from '../../errors.js'
import type { ApiContext } from './api-context.js'
import { pollUntil } from './poll.js'

/** Backups API v2 snapshot, as "Request Creation of an Environment Snapshot" returns it. */
export interface Snapshot {
  snapshot_id: string
  /** queued, then running, then failed or completed. */
  state: string
  status_message: string | null
  model_version: string | null
  comment: string | null
  created_at: string | null
  finished_at: string | null
  updated_at: string | null
  expires_at: string | null
}

function snapshotsUrl(context: ApiContext, projectId: string, environmentId: string): string {
  return `${context.deployApiUrl}/api/v2/apps/${encodeURIComponent(projectId)}/environments/${encodeURIComponent(environmentId)}/snapshots`
}

/**
 * Creates a snapshot of the environment's data (database and files) and waits until it is
 * completed; a failed snapshot fails the call with Mendix's status message.
 */
export async function createSnapshot(
  context: ApiContext,
  ids: { projectId: string; environmentId: string; mode: string },
  comment: string,
  timeoutMs: number
): Promise<Snapshot> {
  const base = snapshotsUrl(context, ids.projectId, ids.environmentId)
  const started = context.clock.now()
  const created = await context.http.json<Snapshot>({
    method: 'POST',
    url: base,
    json: { comment },
    what: `creating a backup snapshot of ${ids.mode}`,
    right: 'Access to Backups'
  })
  if (!created?.snapshot_id) {
    throw new OperationError(
      `creating a backup snapshot of ${ids.mode}: Mendix answered without a snapshot_id (${JSON.stringify(created)})`
    )
  }
  return pollUntil({
    what: `backup snapshot ${created.snapshot_id}`,
    timeoutMs: Math.max(1, timeoutMs - (context.clock.now() - started)),
    backoff: context.backoff,
    clock: context.clock,
    log: context.log,
    check: async () => {
      const snapshot = await context.http.json<Snapshot>({
        method: 'GET',
        url: `${base}/${encodeURIComponent(created.snapshot_id)}`,
        what: `reading backup snapshot ${created.snapshot_id}`,
        right: 'Access to Backups'
      })
      if (snapshot.state === 'completed') return { done: true, value: snapshot }
      if (snapshot.state === 'failed') {
        throw new OperationError(
          `the backup snapshot ${created.snapshot_id} of ${ids.mode} failed: ${snapshot.status_message ?? 'Mendix gave no reason'}`
        )
      }
      return {
        done: false,
        status: `${snapshot.state}${snapshot.status_message ? ` (${snapshot.status_message})` : ''}`
      }
    }
  })
}
