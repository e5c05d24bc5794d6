import { createHash } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { OperationError } from '../../errors.js'
import { HashingFileWriter } from '../../hash/hashing-file-writer.js'
import { TransientError, withRetries } from '../../net/retry-policy.js'
import type { ProgressTask } from '../../progress/progress.js'
import { send, streamError, throwIfTransient, type HttpResponse } from './http.js'
import { unexpected, type RegistryClient } from './registry-client.js'

const MAX_REDIRECTS = 5

/**
 * GET of a blob, once, following redirects (registries such as ghcr.io send blobs from a CDN).
 * The registry's credentials go to its own origin only, never to where it redirects.
 */
async function getBlob(
  client: RegistryClient,
  digest: string,
  headers: Record<string, string>
): Promise<HttpResponse> {
  let url = client.url(`blobs/${digest}`)
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let res: HttpResponse
    if (url.origin === client.ref.baseUrl.origin) {
      res = await client.request({ method: 'GET', path: url, headers, actions: 'pull', once: true })
    } else {
      const where = url
      res = await send({ method: 'GET', url: where, headers })
      await throwIfTransient(res, client.retry.clock.now(), () =>
        Promise.resolve(`${where.host} answered HTTP ${res.status} to the download of ${digest}`)
      )
    }
    if (![301, 302, 303, 307, 308].includes(res.status)) return res
    const target = res.headers.location
    await res.discard()
    if (!target) break
    url = new URL(target, url)
    if (url.protocol !== 'https:' && url.origin !== client.ref.baseUrl.origin) {
      throw new OperationError(
        `registry ${client.ref.host} redirected the download of ${digest} to ${url.origin}, which is not HTTPS`
      )
    }
  }
  throw new OperationError(
    `registry ${client.ref.host} redirected the download of ${digest} too often, or without a Location`
  )
}

/** The first byte of a 206 answer's `Content-Range: bytes FIRST-LAST/SIZE`. */
function rangeStart(res: HttpResponse): number | undefined {
  const match = /^bytes (\d+)-\d+\/(?:\d+|\*)$/.exec(String(res.headers['content-range'] ?? ''))
  return match ? Number(match[1]) : undefined
}

/** Feeds each piece of the body to `sink`; a failure of the connection (not of `sink`) is named. */
async function receive(
  res: HttpResponse,
  what: string,
  url: URL,
  sink: (chunk: Buffer) => Promise<void> | undefined
): Promise<void> {
  const pieces = res.stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>
  for (;;) {
    let next: IteratorResult<Buffer>
    try {
      next = await pieces.next()
    } catch (error) {
      throw streamError(url, what, error)
    }
    if (next.done) return
    const wait = sink(next.value)
    if (wait) await wait
  }
}

export interface BlobDownload {
  digest: string
  dest: string
  /** Told the bytes received so far; it goes back when the download starts over. */
  progress?: ProgressTask
}

/**
 * Streams a blob to `dest` and returns the SHA-256 (hex) and size of what arrived. A connection
 * lost on the way is resumed with a `Range` request from the first byte not yet received
 * (distribution-spec "Resumable Pull"), or started over when the registry sends the whole blob
 * again. Leaves no partial file behind on failure; the caller compares the hash and removes
 * `dest` on mismatch.
 */
export async function downloadBlob(
  client: RegistryClient,
  { digest, dest, progress }: BlobDownload
): Promise<{ sha256: string; size: number }> {
  const what = `the download of ${digest}`
  const budget = client.budget(what)
  // Hashed and written on a worker: this thread only reads the socket.
  const out = await HashingFileWriter.create(dest)
  try {
    for (;;) {
      try {
        const size = out.size
        const res = await getBlob(client, digest, size > 0 ? { Range: `bytes=${size}-` } : {})
        const resumed = res.status === 206 && size > 0 && rangeStart(res) === size
        if (size > 0 && !resumed && res.status !== 200) {
          // A range the registry cannot serve as asked: take the whole blob again.
          await res.discard()
          await out.restart()
          continue
        }
        if (res.status !== 200 && !resumed)
          throw await unexpected(client, res, `GET of blob ${digest}`)
        if (res.status === 200 && size > 0) await out.restart()
        const before = out.size
        try {
          await receive(res, what, client.ref.baseUrl, (piece) => {
            const wait = out.push(piece)
            progress?.update(out.size)
            return wait
          })
        } finally {
          if (out.size > before) budget.progressed()
          // What arrived is kept (written) before a resume asks for the rest.
          await out.flush()
        }
        if (!res.stream.complete) {
          throw new TransientError(
            `registry ${client.ref.host} closed ${what} after ${out.size} bytes`
          )
        }
        return await out.finish()
      } catch (error) {
        if (!(error instanceof TransientError)) throw error
        await budget.failed(error)
      }
    }
  } catch (error) {
    await out.abandon()
    await rm(dest, { force: true })
    throw error
  }
}

/**
 * A small blob (an image config) in memory, checked against its digest. A failed or cut answer
 * is asked for again under the client's retry policy.
 */
export async function readBlob(client: RegistryClient, digest: string): Promise<Buffer> {
  const what = `GET of blob ${digest}`
  return withRetries(client.retry, client.task(what), async () => {
    const res = await getBlob(client, digest, {})
    if (res.status !== 200) throw await unexpected(client, res, what)
    const bytes = await res.bytes()
    if (!res.stream.complete) {
      throw new TransientError(`registry ${client.ref.host} closed the ${what} early`)
    }
    const actual = `sha256:${createHash('sha256').update(bytes).digest('hex')}`
    if (actual !== digest) {
      throw new OperationError(
        `registry ${client.ref.host} sent blob ${digest} of ${client.ref.repository} with other content (${actual})`
      )
    }
    return bytes
  })
}
