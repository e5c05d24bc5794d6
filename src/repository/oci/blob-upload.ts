import { createHash, type Hash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { Transform, type Readable } from 'node:stream'
import { ConfigurationError, OperationError } from '../../errors.js'
import type { Body, HttpResponse } from './http.js'
import { unexpected, type RegistryClient } from './registry-client.js'

/** Size of one PATCH of a chunked upload; files up to this size go in one PUT. */
export const DEFAULT_CHUNK_SIZE = 16 << 20
/** ghcr.io refuses request bodies over 4 MiB ("exceeds the maximum permissible limit of 4.00MiB"). */
export const GHCR_CHUNK_SIZE = 4 << 20

const OCTETS = { 'Content-Type': 'application/octet-stream' }

/** Whether the repository already has a blob (distribution-spec "Checking if content exists"). */
export async function blobExists(client: RegistryClient, digest: string): Promise<boolean> {
  const res = await client.request({ method: 'HEAD', path: `blobs/${digest}`, actions: 'pull' })
  await res.discard()
  if (res.status === 200) return true
  if (res.status === 404) return false
  throw await unexpected(client, res, `HEAD of blob ${digest}`)
}

/**
 * Hashes a file sent in ranges that may be resent (a chunk retried after a token expired): bytes
 * before the hashed offset are skipped, so each byte is hashed once, in order.
 */
class RangeHash {
  private readonly hash: Hash = createHash('sha256')
  private hashed = 0

  tap(start: number): Transform {
    let position = start
    return new Transform({
      transform: (chunk: Buffer, _encoding, done) => {
        const skip = this.hashed - position
        if (skip < chunk.length) {
          if (skip < 0) {
            done(new Error(`range at ${position} sent before bytes ${this.hashed}..${position}`))
            return
          }
          this.hash.update(skip > 0 ? chunk.subarray(skip) : chunk)
          this.hashed = position + chunk.length
        }
        position += chunk.length
        done(null, chunk)
      }
    })
  }

  digest(): string {
    return `sha256:${this.hash.digest('hex')}`
  }
}

function location(res: HttpResponse, base: URL, client: RegistryClient): URL {
  const value = res.headers.location
  if (!value) {
    throw new OperationError(
      `registry ${client.ref.host} answered ${res.status} without a Location for the upload`
    )
  }
  // Location may be absolute or relative to the request (distribution-spec).
  return new URL(value, base)
}

function withDigest(url: URL, digest: string): URL {
  const next = new URL(url)
  // Appended by hand: re-serialising would re-encode the registry's opaque upload state.
  next.search = `${next.search ? `${next.search}&` : '?'}digest=${encodeURIComponent(digest)}`
  return next
}

interface Session {
  url: URL
  /** OCI-Chunk-Min-Length: the smallest chunk the registry takes (distribution-spec 1.1). */
  minChunk: number
}

async function startUpload(client: RegistryClient): Promise<Session> {
  const url = client.url('blobs/uploads/')
  const res = await client.request({ method: 'POST', path: url, actions: 'pull,push' })
  if (res.status !== 202) throw await unexpected(client, res, 'the start of a blob upload')
  await res.discard()
  const min = Number(res.headers['oci-chunk-min-length'])
  return {
    url: location(res, url, client),
    minChunk: Number.isSafeInteger(min) && min > 0 ? min : 1
  }
}

async function cancel(client: RegistryClient, url: URL): Promise<void> {
  try {
    const res = await client.request({ method: 'DELETE', path: url, actions: 'pull,push' })
    await res.discard()
  } catch {
    // Best effort: an abandoned upload holds no tag, and registries expire them.
  }
}

async function finish(
  client: RegistryClient,
  url: URL,
  digest: string,
  body?: Body
): Promise<void> {
  const res = await client.request({
    method: 'PUT',
    path: withDigest(url, digest),
    headers: OCTETS,
    body: body ?? Buffer.alloc(0),
    actions: 'pull,push'
  })
  if (res.status !== 201) throw await unexpected(client, res, `the end of the upload of ${digest}`)
  await res.discard()
}

/** Uploads small content in one POST + PUT, unless the repository has it already. */
export async function uploadBytes(client: RegistryClient, bytes: Buffer): Promise<string> {
  const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`
  if (await blobExists(client, digest)) return digest
  const { url } = await startUpload(client)
  try {
    await finish(client, url, digest, bytes)
  } catch (error) {
    await cancel(client, url)
    throw error
  }
  return digest
}

export interface FileUpload {
  file: string
  size: number
  /** `sha256:<hex>` the file must have; checked while streaming, before the upload is committed. */
  digest: string
  chunkSize?: number
}

/**
 * Streams a file into the repository as a blob: one PUT up to the chunk size, chunked PATCHes
 * with Content-Range above it, then the closing PUT with the digest. Never holds the file in
 * memory. On any failure the upload session is cancelled; nothing refers to a partial blob.
 */
export async function uploadFile(client: RegistryClient, upload: FileUpload): Promise<void> {
  const { file, size, digest } = upload
  const session = await startUpload(client)
  let url = session.url
  const hash = new RangeHash()
  const range = (start: number, end: number) => ({
    length: end - start,
    open: (): Readable => {
      const source = createReadStream(file, { start, end: end - 1, highWaterMark: 1 << 20 })
      const tap = hash.tap(start)
      source.on('error', (error) => tap.destroy(error))
      return source.pipe(tap)
    }
  })
  try {
    const chunkSize = Math.max(upload.chunkSize ?? DEFAULT_CHUNK_SIZE, session.minChunk)
    if (size <= chunkSize) {
      await finishChecked(client, url, digest, range(0, size), hash)
      return
    }
    for (let start = 0; start < size; start += chunkSize) {
      const end = Math.min(start + chunkSize, size)
      const res = await client.request({
        method: 'PATCH',
        path: url,
        headers: { ...OCTETS, 'Content-Range': `${start}-${end - 1}` },
        body: range(start, end),
        actions: 'pull,push'
      })
      if (res.status !== 202) {
        throw await unexpected(client, res, `the upload of bytes ${start}-${end - 1} of ${file}`)
      }
      await res.discard()
      // Each answer carries the URL of the next step (distribution keeps its state in it).
      url = location(res, url, client)
    }
    const actual = hash.digest()
    if (actual !== digest) throw changed(file, actual, digest)
    await finish(client, url, digest)
  } catch (error) {
    await cancel(client, url)
    throw error
  }
}

async function finishChecked(
  client: RegistryClient,
  url: URL,
  digest: string,
  body: Body,
  hash: RangeHash
): Promise<void> {
  try {
    await finish(client, url, digest, body)
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
