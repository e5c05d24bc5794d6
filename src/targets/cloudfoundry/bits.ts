import { OperationError } from '../../errors.js'
import { multipartBody } from '../../net/multipart.js'
import type { PackageRecord } from '../../repository/package-repository.js'
import { ANNOTATION } from './annotations.js'
import { cfFailure, hasTitle } from './cf-errors.js'
import { minutes, v3Url, type CfContext } from './context.js'
import type { CfApp, CfPackage } from './resources.js'
import { waitFor } from './wait.js'

/**
 * Uploads the MDA as the bits of a new package of the app, as `cf push -p app.mda` does: a
 * bits package (the MDA's SHA-256 in its annotations), the upload as multipart/form-data with
 * `resources` "[]" and the file as `bits`, streamed; then waits until the Cloud Controller has
 * processed it (READY). An upload whose answer was lost is sent again; "already uploaded" then
 * means the first one arrived.
 */
export async function uploadPackage(
  context: CfContext,
  app: CfApp,
  pkg: PackageRecord,
  mdaPath: string
): Promise<CfPackage> {
  const { http } = context
  const label = `${pkg.app} ${pkg.version}`
  const started = context.clock.now()
  const timeoutMs = minutes(context.config.timeouts.upload)
  const created = await http.json<CfPackage>({
    method: 'POST',
    url: v3Url(context, '/packages'),
    json: {
      type: 'bits',
      relationships: { app: { data: { guid: app.guid } } },
      metadata: {
        annotations: { [ANNOTATION.sha256]: pkg.sha256, [ANNOTATION.version]: pkg.version }
      }
    },
    what: `creating a package of app ${app.name}`
  })
  const what = `uploading ${label} to app ${app.name}`
  const transfer = context.progress.transfer(what, pkg.size)
  try {
    await http.send({
      method: 'POST',
      url: v3Url(context, `/packages/${created.guid}/upload`),
      stream: multipartBody(
        { resources: '[]' },
        {
          field: 'bits',
          fileName: 'package.zip',
          path: mdaPath,
          size: pkg.size,
          onBytes: transfer.bytes
        }
      ),
      what,
      timeoutMs,
      idempotent: true
    })
  } catch (error) {
    if (!hasTitle(cfFailure(error), 'CF-PackageBitsAlreadyUploaded')) throw error
  }
  transfer.done()
  const remaining = Math.max(1, timeoutMs - (context.clock.now() - started))
  return waitFor(context, `package ${created.guid}`, remaining, async () => {
    const current = await http.json<CfPackage>({
      method: 'GET',
      url: v3Url(context, `/packages/${created.guid}`),
      what: `reading package ${created.guid}`
    })
    if (current.state === 'READY') return { done: true, value: current }
    if (current.state === 'FAILED' || current.state === 'EXPIRED') {
      throw new OperationError(
        `Cloud Foundry could not process the uploaded ${label} (package ${created.guid} ${current.state}${current.data?.error ? `: ${current.data.error}` : ''})`
      )
    }
    return { done: false, status: current.state }
  })
}
