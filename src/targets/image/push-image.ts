import { uploadBytes } from '../../repository/oci/blob-upload.js'
import { sha256Digest } from '../../repository/oci/manifest.js'
import { MEDIA_TYPE, putManifest } from '../../repository/oci/manifest-io.js'
import type { RegistryClient } from '../../repository/oci/registry-client.js'
import type { Platform } from './platform.js'
import type { Descriptor } from './read-image.js'

export const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json'

/** One platform's image to push: its config, and layers whose blobs the repository holds. */
export interface ImageToPush {
  platform: Platform
  config: Record<string, unknown>
  layers: Descriptor[]
}

/** What a tag was set to: the manifest (one platform) or index (several) and its digest. */
export interface PushedImage {
  digest: string
  mediaType: string
  /** The digest of each platform's manifest, in the order given. */
  manifests: { platform: Platform; digest: string }[]
}

function manifestBytes(
  config: Descriptor,
  layers: Descriptor[],
  annotations: Record<string, string>
): Buffer {
  return Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPE.ociManifest,
      config,
      layers: layers.map(({ mediaType, digest, size }) => ({ mediaType, digest, size })),
      annotations
    })
  )
}

/**
 * Pushes the configs and manifests of an image and sets `tags` to it, in order: one platform's
 * manifest under the tags, or each platform's manifest by digest and an index of them under the
 * tags. Everything is JSON of the inputs, so the same inputs give the same digests.
 */
export async function pushImage(
  client: RegistryClient,
  images: ImageToPush[],
  annotations: Record<string, string>,
  tags: string[]
): Promise<PushedImage> {
  const built = []
  for (const image of images) {
    const configBytes = Buffer.from(JSON.stringify(image.config))
    const config = {
      mediaType: OCI_CONFIG,
      digest: await uploadBytes(client, configBytes),
      size: configBytes.length
    }
    const bytes = manifestBytes(config, image.layers, annotations)
    built.push({ platform: image.platform, bytes, digest: sha256Digest(bytes) })
  }
  const manifests = built.map(({ platform, digest }) => ({ platform, digest }))
  if (built.length === 1) {
    const [only] = built
    for (const tag of tags) await putManifest(client, tag, only!.bytes, MEDIA_TYPE.ociManifest)
    return { digest: only!.digest, mediaType: MEDIA_TYPE.ociManifest, manifests }
  }
  for (const { bytes, digest } of built) {
    await putManifest(client, digest, bytes, MEDIA_TYPE.ociManifest)
  }
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPE.ociIndex,
      manifests: built.map(({ platform, bytes, digest }) => ({
        mediaType: MEDIA_TYPE.ociManifest,
        digest,
        size: bytes.length,
        platform
      })),
      annotations
    })
  )
  for (const tag of tags) await putManifest(client, tag, index, MEDIA_TYPE.ociIndex)
  return { digest: sha256Digest(index), mediaType: MEDIA_TYPE.ociIndex, manifests }
}
