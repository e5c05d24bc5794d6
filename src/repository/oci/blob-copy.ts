import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { OperationError } from '../../errors.js'
import { downloadBlob } from './blob-download.js'
import { blobExists, uploadFile } from './blob-upload.js'
import { unexpected, type RegistryClient } from './registry-client.js'
import { cancelUpload } from './upload-session.js'

/** How a blob came to be in the target repository. */
export type BlobArrival = 'present' | 'mounted' | 'copied'

/**
 * Asks the registry to link a blob of another of its repositories into this one
 * (distribution-spec "Mounting a blob from another repository"): true when it did (201). A
 * registry that cannot (no access to `from`, the blob is not there, mounting unsupported) opens
 * an ordinary upload instead (202), which is cancelled here: false.
 */
export async function mountBlob(
  client: RegistryClient,
  digest: string,
  from: string
): Promise<boolean> {
  const query = `mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`
  const url = client.url(`blobs/uploads/?${query}`)
  const res = await client.request({ method: 'POST', path: url, actions: 'pull,push' })
  if (res.status === 201) {
    await res.discard()
    return true
  }
  if (res.status === 202) {
    await res.discard()
    const location = res.headers.location
    if (location) await cancelUpload(client, new URL(location, url))
    return false
  }
  throw await unexpected(client, res, `the mount of blob ${digest} from ${from}`)
}

export interface BlobToCopy {
  digest: string
  size: number
}

export interface CopyOptions {
  /** A folder for the blob while it passes through this machine. */
  tempDir: string
  /** Bytes per PATCH of the upload. */
  chunkSize?: number
}

/**
 * Puts a blob of `source`'s repository into `target`'s: nothing to do when it is there already,
 * a cross-repository mount when both are on the same registry, else a download (resumed on a cut,
 * SHA-256 checked) to a temporary file and a chunked upload from it.
 */
export async function copyBlob(
  source: RegistryClient,
  target: RegistryClient,
  blob: BlobToCopy,
  options: CopyOptions
): Promise<BlobArrival> {
  const { digest, size } = blob
  if (await blobExists(target, digest)) return 'present'
  const sameRegistry = source.ref.baseUrl.origin === target.ref.baseUrl.origin
  if (sameRegistry && (await mountBlob(target, digest, source.ref.repository))) return 'mounted'
  const file = join(options.tempDir, `blob-${digest.replace(':', '-')}`)
  try {
    const got = await downloadBlob(source, { digest, dest: file })
    if (`sha256:${got.sha256}` !== digest || got.size !== size) {
      throw new OperationError(
        `registry ${source.ref.host} sent blob ${digest} of ${source.ref.repository} with other content (sha256:${got.sha256}, ${got.size} bytes; the manifest says ${size} bytes)`
      )
    }
    await uploadFile(target, {
      file,
      size,
      digest,
      ...(options.chunkSize ? { chunkSize: options.chunkSize } : {})
    })
    return 'copied'
  } finally {
    await rm(file, { force: true })
  }
}
