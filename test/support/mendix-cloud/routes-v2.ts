import { createHash, randomUUID } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readPackageFacts } from '../../../src/mda/inspect.js'
import type { ModelMetadata } from '../../../src/mda/metadata.js'
import type { FakeSnapshot } from './model.js'
import { parseMultipart } from './multipart.js'
import { fail, findApp, isReply, ok, refuse, type Call, type Reply, type Route } from './routing.js'

/** What the package's bytes say, read as Mendix Cloud would: as an MDA, or not at all. */
async function readMetadata(bytes: Buffer): Promise<ModelMetadata | undefined> {
  const dir = await mkdtemp(join(tmpdir(), 'fake-mendix-upload-'))
  try {
    const file = join(dir, 'upload.mda')
    await writeFile(file, bytes)
    return (await readPackageFacts(file)).metadata
  } catch {
    return undefined
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

async function upload(call: Call, [appId]: string[]): Promise<Reply> {
  const app = findApp(call, appId!)
  if (isReply(app)) return app
  let parts
  try {
    parts = parseMultipart(call.headers['content-type'], call.body)
  } catch (error) {
    return fail(
      400,
      'INVALID_PARAMETERS',
      `not a multipart/form-data body: ${(error as Error).message}`
    )
  }
  const file = parts.find((part) => part.name === 'file')
  if (!file || parts.length !== 1) {
    return fail(
      400,
      'INVALID_PARAMETERS',
      'the deployment package must be the one part named "file"'
    )
  }
  const name = call.query.get('name')
  const metadata = await readMetadata(file.data)
  const packageId = randomUUID()
  const sha256 = createHash('sha256').update(file.data).digest('hex')
  const behaviour = call.state.behaviour
  app.packages.push({
    PackageId: packageId,
    Name: name ?? 'default.mda',
    Description: '',
    Version: metadata?.modelVersion ?? '',
    Creator: call.user?.username ?? '',
    CreationDate: Date.now(),
    Status: 'Uploading',
    Size: file.data.length,
    sha256,
    metadata,
    processing: behaviour.processingAttempts
  })
  call.state.uploads.push({
    appId: app.AppId,
    nameParameter: name,
    field: file.name,
    fileName: file.fileName,
    partContentType: file.contentType,
    size: file.data.length,
    sha256,
    packageId
  })
  const jobId = randomUUID()
  call.state.jobs.set(jobId, {
    kind: 'upload',
    id: jobId,
    packageId,
    polls: behaviour.uploadPolls,
    outcome: metadata ? behaviour.uploadOutcome : 'Failed'
  })
  return ok({ PackageId: packageId, JobId: jobId })
}

function jobStatus(call: Call, [appId, jobId]: string[]): Reply {
  const app = findApp(call, appId!)
  if (isReply(app)) return app
  const job = call.state.jobs.get(jobId!)
  if (!job || job.kind !== 'upload') return fail(404, 'NOT_FOUND', 'Job not found')
  const pkg = app.packages.find((p) => p.PackageId === job.packageId)
  if (!pkg) return fail(404, 'NOT_FOUND', 'Job not found')
  if (job.polls > 0) {
    const first = job.polls === call.state.behaviour.uploadPolls
    job.polls--
    return ok({ Status: first ? 'Queued' : 'Running' })
  }
  pkg.Status = job.outcome === 'Completed' ? 'Succeeded' : 'Failed'
  return ok({ Status: job.outcome })
}

function snapshotEnvironment(call: Call, projectId: string, environmentId: string) {
  const app = call.state.apps.find((a) => a.ProjectId === projectId)
  const env = app?.environments.find((e) => e.EnvironmentId === environmentId)
  if (!app || !env) return fail(404, 'ENVIRONMENT_NOT_FOUND', 'Environment not found.')
  return refuse(call, env, 'backups') ?? { app, env }
}

/** The documented fields of a snapshot, without the fake's own. */
function view(snapshot: FakeSnapshot): Record<string, unknown> {
  const fields = [
    'snapshot_id',
    'state',
    'status_message',
    'model_version',
    'comment',
    'created_at',
    'finished_at',
    'updated_at',
    'expires_at'
  ] as const
  return Object.fromEntries(fields.map((key) => [key, snapshot[key]]))
}

function createSnapshot(call: Call, [projectId, environmentId]: string[]): Reply {
  const found = snapshotEnvironment(call, projectId!, environmentId!)
  if (isReply(found)) return found
  const { app, env } = found
  const now = new Date().toISOString()
  const snapshot: FakeSnapshot = {
    snapshot_id: randomUUID(),
    state: 'queued',
    status_message: null,
    model_version: app.packages.find((p) => p.PackageId === env.packageId)?.Version ?? null,
    comment: ((call.json as { comment?: unknown } | null)?.comment as string | undefined) ?? null,
    created_at: now,
    finished_at: null,
    updated_at: null,
    expires_at: new Date(Date.now() + 90 * 86_400_000).toISOString(),
    polls: call.state.behaviour.snapshotPolls,
    outcome: call.state.behaviour.snapshotOutcome,
    environmentId: env.EnvironmentId
  }
  call.state.snapshots.set(snapshot.snapshot_id, snapshot)
  return ok(view(snapshot))
}

function snapshotStatus(call: Call, [projectId, environmentId, snapshotId]: string[]): Reply {
  const found = snapshotEnvironment(call, projectId!, environmentId!)
  if (isReply(found)) return found
  const snapshot = call.state.snapshots.get(snapshotId!)
  if (!snapshot || snapshot.environmentId !== environmentId) {
    return fail(404, 'NOT_FOUND', 'Snapshot not found.')
  }
  const now = new Date().toISOString()
  if (snapshot.polls > 0) {
    snapshot.polls--
    snapshot.state = 'running'
    snapshot.status_message = 'Creating backup'
  } else if (snapshot.state !== 'completed' && snapshot.state !== 'failed') {
    snapshot.state = snapshot.outcome
    snapshot.status_message =
      snapshot.outcome === 'completed'
        ? 'Completed backup creation'
        : 'Failed to create the database dump'
    snapshot.finished_at = now
  }
  snapshot.updated_at = now
  return ok(view(snapshot))
}

const SNAPSHOTS = '^/api/v2/apps/([^/]+)/environments/([^/]+)/snapshots'

/** Deploy API v2 (upload, job status) and Backups API v2 (snapshots), as documented. */
export const v2Routes: Route[] = [
  {
    name: 'upload',
    method: 'POST',
    pattern: /^\/api\/v2\/apps\/([^/]+)\/packages\/upload$/,
    auth: 'api-key',
    handler: upload
  },
  {
    name: 'job',
    method: 'GET',
    pattern: /^\/api\/v2\/apps\/([^/]+)\/jobs\/([^/]+)$/,
    auth: 'api-key',
    handler: jobStatus
  },
  {
    name: 'create-snapshot',
    method: 'POST',
    pattern: new RegExp(`${SNAPSHOTS}$`),
    auth: 'api-key',
    handler: createSnapshot
  },
  {
    name: 'snapshot',
    method: 'GET',
    pattern: new RegExp(`${SNAPSHOTS}/([^/]+)$`),
    auth: 'api-key',
    handler: snapshotStatus
  }
]
