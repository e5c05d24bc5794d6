import { OperationError } from '../../errors.js'
import { sha256Digest } from './manifest.js'
import { unexpected, type RegistryClient } from './registry-client.js'

/** Manifest media types of image-spec and of Docker's schema 2 (distribution's manifest-v2-2). */
export const MEDIA_TYPE = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json'
} as const

/** Every manifest kind mxdeploy reads: a registry without an Accept may fall back to schema 1. */
export const ACCEPT_ANY_MANIFEST = Object.values(MEDIA_TYPE)

const DIGEST = /^sha256:[0-9a-f]{64}$/

/** A manifest as the registry sent it: its exact bytes, their digest and the media type. */
export interface FetchedManifest {
  bytes: Buffer
  digest: string
  /** The body's own `mediaType`, else the Content-Type the registry sent. */
  mediaType: string | undefined
}

function bodyMediaType(bytes: Buffer): string | undefined {
  try {
    const parsed = JSON.parse(bytes.toString('utf8')) as { mediaType?: unknown }
    return typeof parsed.mediaType === 'string' ? parsed.mediaType : undefined
  } catch {
    return undefined
  }
}

/**
 * GET of a manifest by tag or digest (distribution-spec "Pulling manifests"), with the media
 * types the caller takes; undefined when the registry has none there (404). The bytes are checked
 * against the digest asked for, and against the Docker-Content-Digest the registry states.
 */
export async function getManifest(
  client: RegistryClient,
  reference: string,
  accept: readonly string[] = ACCEPT_ANY_MANIFEST
): Promise<FetchedManifest | undefined> {
  const res = await client.request({
    method: 'GET',
    path: `manifests/${reference}`,
    headers: { Accept: accept.join(', ') },
    actions: 'pull'
  })
  if (res.status === 404) {
    await res.discard()
    return undefined
  }
  if (res.status !== 200) throw await unexpected(client, res, `GET of manifest ${reference}`)
  const bytes = await res.bytes()
  const digest = sha256Digest(bytes)
  const stated = res.headers['docker-content-digest']
  const where = `manifest ${reference} of ${client.ref.host}/${client.ref.repository}`
  if (typeof stated === 'string' && stated.startsWith('sha256:') && stated !== digest) {
    throw new OperationError(
      `registry ${client.ref.host} sent ${where} with digest ${digest}, but says it is ${stated}`
    )
  }
  if (DIGEST.test(reference) && reference !== digest) {
    throw new OperationError(
      `registry ${client.ref.host} sent ${where} with digest ${digest}: not the content asked for`
    )
  }
  const contentType = res.headers['content-type']?.split(';')[0]?.trim()
  return { bytes, digest, mediaType: bodyMediaType(bytes) ?? contentType }
}

/**
 * PUT of a manifest under a tag, or by its digest for a manifest an index refers to
 * (distribution-spec "Pushing manifests"). Returns its digest.
 */
export async function putManifest(
  client: RegistryClient,
  reference: string,
  bytes: Buffer,
  mediaType: string
): Promise<string> {
  const digest = sha256Digest(bytes)
  const res = await client.request({
    method: 'PUT',
    path: `manifests/${reference}`,
    headers: { 'Content-Type': mediaType },
    body: bytes,
    actions: 'pull,push'
  })
  if (res.status !== 201) throw await unexpected(client, res, `PUT of manifest ${reference}`)
  await res.discard()
  return digest
}
