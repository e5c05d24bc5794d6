import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import type { Readable } from 'node:stream'
import { ConfigurationError, OperationError } from '../../errors.js'
import { TransientError } from '../../net/retry-policy.js'
import type { ProgressTask } from '../../progress/progress.js'
import type { Body } from './http.js'
import { RangeHash } from './range-hash.js'
import type { RegistryClient } from './registry-client.js'
import {
  blobExists,
  cancelUpload,
  finishUpload,
  sendChunk,
  startUpload,
  uploadOffset,
  type Session
} from './upload-session.js'

export { blobExists }

/** Size of one PATCH of a chunked upload; files up to this size go in one PUT. */
export const DEFAULT_CHUNK_SIZE = 16 << 20
/** ghcr.io refuses request bodies over 4 MiB ("exceeds the maximum permissible limit of 4.00MiB"). */
export const GHCR_CHUNK_SIZE = 4 << 20

/**
 * Uploads small content in one POST + PUT, unless the repository has it already. A PUT that
 * fails transiently is sent again in a new upload.
 */
export async function uploadBytes(client: RegistryClient, bytes: Buffer): Promise<string> {
  const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`
  if (await blobExists(client, digest)) return digest
  const budget = client.budget(`the upload of ${digest}`)
  for (;;) {
    const session = await startUpload(client)
    try {
      await finishUpload(client, session, digest, bytes)
      return digest
    } catch (error) {
      await cancelUpload(client, session.url)
      if (!(error instanceof TransientError)) throw error
      await budget.failed(error)
      // The PUT may have arrived with only its answer lost.
      if (await blobExists(client, digest)) return digest
    }
  }
}

export interface FileUpload {
  file: string
  size: number
  /**
   * `sha256:<hex>` the file must have; checked while streaming, before the upload is committed.
   * A promise while the package is still being verified: the chunks go out meanwhile, and the
   * upload is closed only once it resolves. If it rejects, the upload is cancelled, never closed.
   */
  digest: string | Promise<string>
  chunkSize?: number
  /** Told the bytes sent so far (read from the file into a request); it goes back on a resume. */
  progress?: ProgressTask
  /** Stops the upload between chunks; it is cancelled, never closed. */
  signal?: AbortSignal
}

/** Where a failed upload goes on: the same session from the registry's offset, or a new one. */
async function resumePoint(
  client: RegistryClient,
  session: Session,
  size: number,
  chunked: boolean
): Promise<number | undefined> {
  if (!chunked) return undefined
  const offset = await uploadOffset(client, session)
  return offset !== undefined && offset <= size ? offset : undefined
}

/**
 * Streams a file into the repository as a blob: one PUT up to the chunk size, chunked PATCHes
 * with Content-Range above it, then the closing PUT with the digest. Never holds the file in
 * memory. A chunk that fails transiently is resumed from the range the registry reports it
 * holds (bytes it acknowledged are not sent again); an upload the registry dropped is started
 * over. Waits and the limit follow the client's retry policy. On a final failure the upload
 * session is cancelled; nothing refers to a partial blob.
 */
export async function uploadFile(client: RegistryClient, upload: FileUpload): Promise<void> {
  const { file, size, signal } = upload
  const known = Promise.resolve(upload.digest)
  // Awaited only once the bytes are sent: a rejection before then must not count as unhandled.
  known.catch(() => undefined)
  const hash = new RangeHash()
  const range = (start: number, end: number): Body => ({
    length: end - start,
    open: (): Readable => {
      const source = createReadStream(file, { start, end: end - 1, highWaterMark: 1 << 20 })
      const tap = hash.tap(start)
      source.on('error', (error) => tap.destroy(error))
      let sent = start
      source.on('data', (chunk: string | Buffer) => upload.progress?.update((sent += chunk.length)))
      return source.pipe(tap)
    }
  })
  const budget = client.budget(`the upload of ${file}`)
  let session: Session | undefined
  let offset = 0
  try {
    for (;;) {
      signal?.throwIfAborted()
      session ??= await startUpload(client)
      const chunkSize = Math.max(upload.chunkSize ?? DEFAULT_CHUNK_SIZE, session.minChunk)
      // Set once the closing PUT may have gone out: only then can the blob exist by our doing.
      let closing: string | undefined
      try {
        if (size <= chunkSize) {
          closing = await known
          await finishChecked(client, session, closing, range(0, size), hash)
          return
        }
        while (offset < size) {
          signal?.throwIfAborted()
          const end = Math.min(offset + chunkSize, size)
          await sendChunk(client, session, offset, end, range(offset, end), file)
          offset = end
          budget.progressed()
        }
        const digest = await known
        signal?.throwIfAborted()
        const actual = hash.digest()
        if (actual !== digest) throw changed(file, actual, digest)
        closing = digest
        await finishUpload(client, session, digest)
        return
      } catch (error) {
        if (!(error instanceof TransientError)) throw error
        await budget.failed(error)
        // A closing PUT may have arrived with only its answer lost. (Asked after any failure when
        // the digest is known: the round trip also gives docker-registry time to store what a cut
        // PATCH carried before its status is asked; see uploadOffset.)
        const asked = closing ?? (typeof upload.digest === 'string' ? upload.digest : undefined)
        if (asked !== undefined && (await blobExists(client, asked))) return
        const resumed = await resumePoint(client, session, size, size > chunkSize)
        if (resumed === undefined) {
          await cancelUpload(client, session.url)
          session = undefined
        }
        offset = resumed ?? 0
      }
    }
  } catch (error) {
    if (session) await cancelUpload(client, session.url)
    throw error
  }
}

async function finishChecked(
  client: RegistryClient,
  session: Session,
  digest: string,
  body: Body,
  hash: RangeHash
): Promise<void> {
  try {
    await finishUpload(client, session, digest, body)
  } catch (error) {
    // The registry refuses a body whose digest differs: say why, if it was the file.
    if (error instanceof OperationError && /DIGEST_INVALID/.test(error.message)) {
      throw changed('the package', hash.digest(), digest)
    }
    throw error
  }
}

function changed(file: string, actual: string, expected: string): ConfigurationError {
  return new ConfigurationError(
    `${file} changed while it was being published (${actual}, expected ${expected}); nothing was published`
  )
}
