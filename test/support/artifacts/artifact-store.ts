import { createHash, randomBytes } from 'node:crypto'
import { ACCOUNT, type BlobStorage, CONTAINER } from './blob-storage.js'
import type { RuntimeScope } from './runtime-token.js'
import {
  MONOLITH_ARTIFACT,
  RESPONSES,
  timestamp,
  TwirpError,
  type FieldValue,
  type Method
} from './twirp-schema.js'

export interface StoredArtifact {
  id: number
  runId: string
  jobId: string
  name: string
  state: 'pending' | 'finalized'
  blobPath: string
  mimeType: string | undefined
  createdAt: Date
  expiresAt: Date | undefined
  size: number
  digest: string | undefined
}

/**
 * The artifact service's state and the semantics of its five methods, as @actions/artifact 6
 * relies on them: an artifact is created (pending) by one job, its blob uploaded to the signed
 * URL, then finalized with its size and digest; only finalized, unexpired artifacts of the
 * caller's run are listed, signed for download and deleted; a finalized name is taken for the run.
 */
export class ArtifactStore {
  readonly artifacts: StoredArtifact[] = []
  private nextId = 1000

  constructor(
    private readonly storage: BlobStorage,
    private readonly origin: string
  ) {}

  /** Runs one method for a caller whose token grants `scope`; throws TwirpError. */
  call(method: Method, fields: Record<string, FieldValue>, scope: RuntimeScope): object {
    const runId = fields['workflow_run_backend_id']
    const jobId = fields['workflow_job_run_backend_id']
    if (typeof runId !== 'string' || !runId || typeof jobId !== 'string' || !jobId) {
      throw new TwirpError(
        'invalid_argument',
        'workflow_run_backend_id and workflow_job_run_backend_id are required',
        true
      )
    }
    if (runId !== scope.runId) {
      throw new TwirpError(
        'permission_denied',
        `the token is for run ${scope.runId}, not ${runId}`,
        true
      )
    }
    const name = typeof fields['name'] === 'string' ? fields['name'] : ''
    switch (method) {
      case 'CreateArtifact':
        return this.create(fields, scope, jobId, name)
      case 'FinalizeArtifact':
        return this.finalize(fields, scope, jobId, name)
      case 'ListArtifacts':
        return this.list(fields, runId)
      case 'GetSignedArtifactURL':
        return this.signedUrl(runId, jobId, name)
      case 'DeleteArtifact':
        return this.delete(runId, jobId, name)
    }
  }

  private create(
    fields: Record<string, FieldValue>,
    scope: RuntimeScope,
    jobId: string,
    name: string
  ): object {
    if (jobId !== scope.jobId) {
      throw new TwirpError(
        'permission_denied',
        'an artifact is created by the job the token is for',
        true
      )
    }
    if (!name || /[":<>|*?\r\n\\/]/.test(name)) {
      throw new TwirpError(
        'invalid_argument',
        `artifact name ${JSON.stringify(name)} is not valid`,
        true
      )
    }
    const version = fields['version']
    if (typeof version !== 'bigint' || version < 4n) {
      throw new TwirpError('invalid_argument', 'version must be 4 or later for this service', true)
    }
    // A name is taken for the run once created; only the job that created it may start over
    // (its upload never finalized).
    const existing = this.artifacts.find(
      (a) => a.runId === scope.runId && a.name === name && this.live(a)
    )
    if (existing && (existing.state === 'finalized' || existing.jobId !== jobId)) {
      throw new TwirpError(
        'already_exists',
        'an artifact with this name already exists on the workflow run'
      )
    }
    if (existing) this.drop(existing)
    const blobPath = `/${ACCOUNT}/${CONTAINER}/${scope.runId}/workflow-job-run-${jobId}/artifacts/${randomBytes(20).toString('hex')}.zip`
    const expiresAt = fields['expires_at']
    this.artifacts.push({
      id: this.nextId++,
      runId: scope.runId,
      jobId,
      name,
      state: 'pending',
      blobPath,
      mimeType: typeof fields['mime_type'] === 'string' ? fields['mime_type'] : undefined,
      createdAt: new Date(),
      expiresAt: expiresAt instanceof Date ? expiresAt : undefined,
      size: 0,
      digest: undefined
    })
    return {
      ok: true,
      signed_upload_url: `${this.origin}${this.storage.signedPath(blobPath, 'cw')}`
    }
  }

  private finalize(
    fields: Record<string, FieldValue>,
    scope: RuntimeScope,
    jobId: string,
    name: string
  ): object {
    if (jobId !== scope.jobId) {
      throw new TwirpError(
        'permission_denied',
        'an artifact is finalized by the job that created it',
        true
      )
    }
    const artifact = this.artifacts.find(
      (a) =>
        a.runId === scope.runId && a.jobId === jobId && a.name === name && a.state === 'pending'
    )
    if (!artifact)
      throw new TwirpError('not_found', `no artifact ${name} is being uploaded by this job`, true)
    const blob = this.storage.committed(artifact.blobPath)
    if (!blob)
      throw new TwirpError(
        'failed_precondition',
        'the artifact has no committed blob: upload it first',
        true
      )
    const size = fields['size']
    if (typeof size !== 'bigint' || size !== BigInt(blob.data.length)) {
      throw new TwirpError(
        'invalid_argument',
        `size ${String(size)} is not the uploaded ${blob.data.length} bytes`,
        true
      )
    }
    const digest = `sha256:${createHash('sha256').update(blob.data).digest('hex')}`
    const hash = fields['hash']
    if (hash !== undefined && hash !== digest) {
      throw new TwirpError(
        'invalid_argument',
        `hash ${String(hash)} is not the uploaded blob's ${digest}`,
        true
      )
    }
    artifact.state = 'finalized'
    artifact.size = blob.data.length
    artifact.digest = typeof hash === 'string' ? hash : undefined
    return { ok: true, artifact_id: String(artifact.id) }
  }

  private live(artifact: StoredArtifact): boolean {
    return !artifact.expiresAt || artifact.expiresAt.getTime() > Date.now()
  }

  private list(fields: Record<string, FieldValue>, runId: string): object {
    const nameFilter = fields['name_filter']
    const idFilter = fields['id_filter']
    const artifacts = this.artifacts
      .filter((a) => a.runId === runId && a.state === 'finalized' && this.live(a))
      .filter((a) => nameFilter === undefined || a.name === nameFilter)
      .filter((a) => idFilter === undefined || BigInt(a.id) === idFilter)
      .map((a) => {
        const entry: Record<keyof typeof MONOLITH_ARTIFACT, unknown> = {
          workflow_run_backend_id: a.runId,
          workflow_job_run_backend_id: a.jobId,
          database_id: String(a.id),
          name: a.name,
          size: String(a.size),
          created_at: timestamp(a.createdAt),
          digest: a.digest ?? null
        }
        return entry
      })
    const response: Record<keyof (typeof RESPONSES)['ListArtifacts'], unknown> = { artifacts }
    return response
  }

  private findFinal(runId: string, jobId: string, name: string): StoredArtifact {
    const artifact = this.artifacts.find(
      (a) =>
        a.runId === runId &&
        a.jobId === jobId &&
        a.name === name &&
        a.state === 'finalized' &&
        this.live(a)
    )
    if (!artifact) throw new TwirpError('not_found', `artifact ${name} not found`)
    return artifact
  }

  private signedUrl(runId: string, jobId: string, name: string): object {
    const artifact = this.findFinal(runId, jobId, name)
    return { signed_url: `${this.origin}${this.storage.signedPath(artifact.blobPath, 'r')}` }
  }

  private delete(runId: string, jobId: string, name: string): object {
    const artifact = this.findFinal(runId, jobId, name)
    this.drop(artifact)
    return { ok: true, artifact_id: String(artifact.id) }
  }

  private drop(artifact: StoredArtifact): void {
    this.artifacts.splice(this.artifacts.indexOf(artifact), 1)
    this.storage.remove(artifact.blobPath)
  }
}
