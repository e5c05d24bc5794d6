import { OperationError } from '../../errors.js'
import { withProgress } from '../../progress/progress.js'
import type { PackageRecord } from '../../repository/package-repository.js'
import { multipartBody } from '../../net/multipart.js'
import { v2Url, type ApiContext } from './api-context.js'
import { listPackages, type V1Package } from './environments.js'
import { pollUntil } from './poll.js'

/** Mendix Cloud refuses uploads above 1 GB. */
export const MAX_UPLOAD_BYTES = 1024 * 1024 * 1024

/**
 * The name a package is uploaded under: app, version and full SHA-256, so the environment's
 * package tells which bytes it runs, and a package uploaded once is transported again, not
 * uploaded again, to the next environment of the app.
 */
export function packageName(pkg: Pick<PackageRecord, 'app' | 'version' | 'sha256'>): string {
  return `${pkg.app}_${pkg.version}_${pkg.sha256}.mda`
}

/** The SHA-256 in a package name mxdeploy gave, or undefined for any other name. */
export function sha256OfPackageName(name: string): string | undefined {
  return /_([0-9a-f]{64})\.mda$/.exec(name)?.[1]
}

/** The package with these bytes if it was uploaded before and is ready to transport. */
export async function findUploaded(
  context: ApiContext,
  pkg: PackageRecord
): Promise<V1Package | undefined> {
  const name = packageName(pkg)
  const packages = await listPackages(context)
  return packages.find((p) => p.Name === name && p.Status === 'Succeeded' && p.Size === pkg.size)
}

interface UploadAnswer {
  PackageId: string
  JobId: string
}

interface JobStatus {
  /** Queued, Running, Completed or Failed. */
  Status: string
}

/**
 * Uploads the MDA with Deploy API v2 (multipart, streamed; v1 times out above 300 MB) and waits
 * for the upload job to complete. Returns the new package's ID.
 */
export async function uploadPackage(
  context: ApiContext,
  mdaPath: string,
  pkg: PackageRecord,
  timeoutMs: number
): Promise<{ packageId: string; jobId: string }> {
  const name = packageName(pkg)
  const started = context.clock.now()
  const answer = await withProgress(
    context.log.progress,
    `uploading ${pkg.app} ${pkg.version} to Mendix Cloud`,
    pkg.size,
    (task) =>
      context.http.json<UploadAnswer>({
        method: 'POST',
        url: v2Url(context, `/packages/upload?name=${encodeURIComponent(name)}`),
        stream: multipartBody(
          {},
          {
            field: 'file',
            fileName: name,
            path: mdaPath,
            size: pkg.size,
            onBytes: (sent) => task.update(sent)
          }
        ),
        what: `uploading ${name}`,
        timeoutMs
      })
  )
  if (!answer?.PackageId || !answer.JobId) {
    throw new OperationError(
      `uploading ${name}: Mendix answered without a PackageId and JobId (${JSON.stringify(answer)})`
    )
  }
  const remaining = Math.max(1, timeoutMs - (context.clock.now() - started))
  await pollUntil({
    what: `upload job ${answer.JobId}`,
    timeoutMs: remaining,
    backoff: context.backoff,
    clock: context.clock,
    log: context.log,
    check: async () => {
      const job = await context.http.json<JobStatus>({
        method: 'GET',
        url: v2Url(context, `/jobs/${encodeURIComponent(answer.JobId)}`),
        what: `reading upload job ${answer.JobId}`
      })
      if (job.Status === 'Completed') return { done: true, value: undefined }
      if (job.Status === 'Failed') {
        throw new OperationError(
          `Mendix Cloud could not process the uploaded package ${name} (upload job ${answer.JobId} Failed): check that it is a valid MDA for this app`
        )
      }
      return { done: false, status: job.Status }
    }
  })
  return { packageId: answer.PackageId, jobId: answer.JobId }
}
