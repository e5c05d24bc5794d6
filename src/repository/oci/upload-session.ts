import { OperationError } from '../../errors.js'
import { TransientError } from '../../net/retry-policy.js'
import type { Body, HttpResponse } from './http.js'
import { unexpected, type RegistryClient } from './registry-client.js'

const OCTETS = { 'Content-Type': 'application/octet-stream' }

/** An upload the registry holds open (distribution-spec "Pushing blobs"). */
export interface Session {
  /** The latest `Location`: distribution keeps the upload's state in it. */
  url: URL
  /** OCI-Chunk-Min-Length: the smallest chunk the registry takes (distribution-spec 1.1). */
  minChunk: number
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

/** Opens an upload (POST); a POST lost on the way leaves at most an unused session, which expires. */
export async function startUpload(client: RegistryClient): Promise<Session> {
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

/** Cancels an upload, best effort: an abandoned upload holds no tag, and registries expire them. */
export async function cancelUpload(client: RegistryClient, url: URL): Promise<void> {
  try {
    const res = await client.request({
      method: 'DELETE',
      path: url,
      actions: 'pull,push',
      once: true
    })
    await res.discard()
  } catch {
    // Nothing more to do.
  }
}

/**
 * Sends bytes `start`..`end` of the blob as one PATCH, once, and returns the next Location. A
 * lost connection, a 5xx, a 416 (the registry holds another range) or a 404 (it dropped the
 * upload) is a TransientError: the caller asks the registry where the upload stands and goes on
 * from there.
 */
export async function sendChunk(
  client: RegistryClient,
  session: Session,
  start: number,
  end: number,
  body: Body,
  file: string
): Promise<void> {
  const res = await client.request({
    method: 'PATCH',
    path: session.url,
    headers: { ...OCTETS, 'Content-Range': `${start}-${end - 1}` },
    body,
    actions: 'pull,push',
    once: true
  })
  if (res.status === 416) {
    await res.discard()
    throw new TransientError(
      `registry ${client.ref.host} holds another range of the upload than bytes ${start}-${end - 1} (416)`
    )
  }
  if (res.status === 404) {
    // The upload is gone (BLOB_UPLOAD_UNKNOWN/INVALID): docker-registry 2.8 drops one whose lost
    // chunk it stored part of only after it answered the status that the caller resumed from.
    // The caller asks again, finds it gone, and starts over in a new session.
    const gone = await unexpected(client, res, `the upload of bytes ${start}-${end - 1} of ${file}`)
    throw new TransientError(gone.message, { cause: gone })
  }
  if (res.status !== 202) {
    throw await unexpected(client, res, `the upload of bytes ${start}-${end - 1} of ${file}`)
  }
  await res.discard()
  // Each answer carries the URL of the next step (distribution keeps its state in it).
  session.url = location(res, session.url, client)
}

/**
 * Where an upload stands (distribution-spec "get the current status": GET of the upload URL,
 * 204 with `Range: 0-<last>` and the Location to go on with): the offset of the next byte, or
 * undefined when the registry no longer has the upload (404: start it again).
 */
export async function uploadOffset(
  client: RegistryClient,
  session: Session
): Promise<number | undefined> {
  const res = await client.request({ method: 'GET', path: session.url, actions: 'pull,push' })
  if (res.status === 404) {
    // docker-registry 2.8 also answers 404 (BLOB_UPLOAD_INVALID) once part of a lost chunk was
    // stored: its state in the URL no longer matches the data, and it drops the upload.
    await res.discard()
    return undefined
  }
  if (res.status !== 204) throw await unexpected(client, res, 'the status of a blob upload')
  await res.discard()
  const range = /^(?:bytes=)?0-(\d+)$/.exec(String(res.headers.range ?? '').trim())
  if (!range) {
    throw new OperationError(
      `registry ${client.ref.host} gave the status of an upload without a Range (${JSON.stringify(res.headers.range ?? null)})`
    )
  }
  session.url = location(res, session.url, client)
  // Ranges are inclusive, so `0-0` would be one byte; registries send it for an empty upload
  // (docker-registry does), and a single stored byte cannot happen with whole chunks of ≥ 1 MiB.
  const last = Number(range[1])
  return last === 0 ? 0 : last + 1
}

/**
 * Closes an upload with PUT `?digest=`, with the last bytes or none. Sent once when it carries
 * bytes (the caller starts over), retried when empty; a retry that finds the upload gone because
 * the first PUT did arrive finds the blob instead.
 */
export async function finishUpload(
  client: RegistryClient,
  session: Session,
  digest: string,
  body?: Body
): Promise<void> {
  const res = await client.request({
    method: 'PUT',
    path: withDigest(session.url, digest),
    headers: OCTETS,
    body: body ?? Buffer.alloc(0),
    actions: 'pull,push',
    once: body !== undefined
  })
  if (res.status === 201) {
    await res.discard()
    return
  }
  const failure = await unexpected(client, res, `the end of the upload of ${digest}`)
  if (res.status === 404 && body === undefined && (await blobExists(client, digest))) return
  throw failure
}

/** Whether the repository already has a blob (distribution-spec "Checking if content exists"). */
export async function blobExists(client: RegistryClient, digest: string): Promise<boolean> {
  const res = await client.request({ method: 'HEAD', path: `blobs/${digest}`, actions: 'pull' })
  await res.discard()
  if (res.status === 200) return true
  if (res.status === 404) return false
  throw await unexpected(client, res, `HEAD of blob ${digest}`)
}
