import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { OperationError } from '../../errors.js'
import { send, streamError, type HttpResponse } from './http.js'
import { unexpected, type RegistryClient } from './registry-client.js'

const MAX_REDIRECTS = 5

/**
 * GET of a blob, following redirects (registries such as ghcr.io send blobs from a CDN). The
 * registry's credentials go to its own origin only, never to where it redirects.
 */
async function getBlob(client: RegistryClient, digest: string): Promise<HttpResponse> {
  let url = client.url(`blobs/${digest}`)
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const res =
      url.origin === client.ref.baseUrl.origin
        ? await client.request({ method: 'GET', path: url, actions: 'pull' })
        : await send({ method: 'GET', url })
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

export interface BlobDownload {
  digest: string
  dest: string
}

/**
 * Streams a blob to `dest` and returns the SHA-256 (hex) and size of what arrived. Leaves no
 * partial file behind on failure; the caller compares the hash and removes `dest` on mismatch.
 */
export async function downloadBlob(
  client: RegistryClient,
  { digest, dest }: BlobDownload
): Promise<{ sha256: string; size: number }> {
  const res = await getBlob(client, digest)
  if (res.status !== 200) throw await unexpected(client, res, `GET of blob ${digest}`)
  const hash = createHash('sha256')
  let size = 0
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      size += chunk.length
      done(null, chunk)
    }
  })
  try {
    await pipeline(res.stream, tap, createWriteStream(dest, { mode: 0o644 }))
  } catch (error) {
    await rm(dest, { force: true })
    throw streamError(client.ref.baseUrl, `the download of ${digest}`, error)
  }
  if (!res.stream.complete) {
    await rm(dest, { force: true })
    throw new OperationError(
      `registry ${client.ref.host} closed the download of ${digest} after ${size} bytes`
    )
  }
  return { sha256: hash.digest('hex'), size }
}
