import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { mapPool } from '../../async-pool.js'
import { ConfigurationError, errnoCode, errorMessage, OperationError } from '../../errors.js'
import { copyBlob } from '../../repository/oci/blob-copy.js'
import { blobExists, uploadFile } from '../../repository/oci/blob-upload.js'
import { imageName } from '../../repository/oci/image-reference.js'
import { writeAppLayer, type LayerCompression } from './app-layer.js'
import { APP_PATH } from './buildpack-layout.js'
import { composeConfig } from './image-config.js'
import {
  appAnnotations,
  appLabels,
  statedIdentity,
  type ImageIdentity,
  type ImagePackage
} from './image-labels.js'
import { platformText } from './platform.js'
import type { ImageProgress } from './progress.js'
import { pushImage } from './push-image.js'
import { readImage, type PlatformChoice, type PlatformImage, type ReadImage } from './read-image.js'
import type { ImageRegistries } from './registries.js'

export interface AppImageRequest {
  registries: ImageRegistries
  package: ImagePackage
  /** The MDA, SHA-256 already checked. */
  mdaPath: string
  /** RFC 3339: the package's build time; the image's `created` and every file's time. */
  created: string
  platforms: PlatformChoice
  compression: LayerCompression
  /** The source repository's URL, for `org.opencontainers.image.source`. */
  source: string | undefined
  progress: ImageProgress
}

/** The app image of a package: tagged with its version, one per package, base and platforms. */
export interface AppImage {
  /** `host/name:version@sha256:…` */
  reference: string
  tag: string
  digest: string
  /** False when the tag already held this image and nothing was pushed. */
  pushed: boolean
  annotations: Record<string, string>
  images: PlatformImage[]
}

/** Errors that say the base's registry is not there at all: a wrong host, most likely. */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH'
])

function unreachable(error: unknown): boolean {
  for (let at: unknown = error; at; at = (at as { cause?: unknown }).cause) {
    const code = errnoCode(at)
    if (code && UNREACHABLE.has(code)) return true
  }
  return false
}

/** Reads the base; a registry that cannot be reached or a base it does not have is refused. */
async function readBase(request: AppImageRequest): Promise<ReadImage & { name: string }> {
  const { baseRef, base } = request.registries
  const name = `${imageName(baseRef)}${baseRef.tag ? `:${baseRef.tag}` : ''}${baseRef.digest ? `@${baseRef.digest}` : ''}`
  const reference = baseRef.digest ?? baseRef.tag ?? 'latest'
  let found: ReadImage | undefined
  try {
    found = await readImage(base, reference, `base image ${name}`, request.platforms)
  } catch (error) {
    if (!(error instanceof OperationError) || !unreachable(error)) throw error
    throw new ConfigurationError(
      `base image ${name} cannot be read: ${errorMessage(error)}; check the base's registry host; nothing was pushed`,
      { cause: error }
    )
  }
  if (!found) {
    throw new ConfigurationError(
      `base image ${name} is not in registry ${baseRef.host} (no manifest ${reference}): check the base's name and tag; nothing was pushed`
    )
  }
  return { ...found, name }
}

/** Refuses a tag that holds another image: published images, like packages, are never replaced. */
function checkExisting(existing: ReadImage, identity: ImageIdentity, reference: string): void {
  const stated = statedIdentity(existing.annotations)
  const differences: string[] = []
  if (stated.sha256 !== identity.sha256) {
    differences.push(`package SHA-256 ${stated.sha256 ?? '(none)'}, not ${identity.sha256}`)
  }
  if (stated.baseDigest !== identity.baseDigest) {
    differences.push(`base ${stated.baseDigest ?? '(none)'}, not ${identity.baseDigest}`)
  }
  if (stated.platforms !== identity.platforms) {
    differences.push(`platforms ${stated.platforms ?? '(none)'}, not ${identity.platforms}`)
  }
  if (differences.length === 0) return
  throw new ConfigurationError(
    `image ${reference} already exists with ${differences.join(', ')}; images, like packages, are never overwritten: pin the base it was built on (base: …@${stated.baseDigest ?? 'sha256:…'}), or publish a new package version; nothing was pushed`
  )
}

/**
 * Builds and pushes the app image of a package, or finds it already pushed: the base's layers
 * (mounted from the base's repository, or copied from its registry), one layer with the MDA
 * unpacked at /opt/mendix/build, and the base's config with the package's labels, for each
 * platform chosen. The tag is the package version and is never moved to other content.
 */
export async function buildAppImage(request: AppImageRequest): Promise<AppImage> {
  const { registries, package: pkg, progress } = request
  const { image: client, imageRef } = registries
  const base = await readBase(request)
  const platforms = base.images.map((i) => platformText(i.platform))
  progress.base(base.name, base.digest, platforms)
  const identity: ImageIdentity = {
    sha256: pkg.sha256,
    baseDigest: base.digest,
    platforms: platforms.join(',')
  }
  const tag = pkg.version
  const name = `${imageName(imageRef)}:${tag}`
  const existing = await readImage(client, tag, `image ${name}`, { kind: 'all' })
  if (existing) {
    checkExisting(existing, identity, name)
    progress.reused(`${name}@${existing.digest}`)
    return { ...found(name, tag, existing), pushed: false }
  }
  const labels = appLabels(pkg, request.created, request.source)
  const annotations = appAnnotations(labels, base.name, identity)
  const work = await mkdtemp(join(tmpdir(), 'mxdeploy-image-'))
  try {
    const layer = await writeAppLayer({
      mdaPath: request.mdaPath,
      dest: join(work, 'app-layer'),
      mtime: Math.floor(Date.parse(request.created) / 1000),
      compression: request.compression
    })
    progress.layer(layer.files, layer.size, layer.digest)
    const baseLayers = new Map(base.images.flatMap((i) => i.layers).map((l) => [l.digest, l]))
    await mapPool([...baseLayers.values()], 3, async (blob) => {
      const arrival = await copyBlob(registries.base, client, blob, {
        tempDir: work,
        chunkSize: registries.chunkSize
      })
      progress.blob(arrival, blob.digest, blob.size, imageName(registries.baseRef))
    })
    if (!(await blobExists(client, layer.digest))) {
      progress.uploading(layer.size)
      await uploadFile(client, { ...layer, chunkSize: registries.chunkSize })
    }
    const appLayer = { mediaType: layer.mediaType, digest: layer.digest, size: layer.size }
    const images = base.images.map((image) => ({
      platform: image.platform,
      config: composeConfig(image.config, {
        created: request.created,
        labels,
        diffId: layer.diffId,
        createdBy: `mxdeploy: ${pkg.app} ${pkg.version} unpacked at /${APP_PATH}`
      }),
      layers: [...image.layers, appLayer]
    }))
    // Registries have no "create only": look again just before the tag is written.
    const raced = await readImage(client, tag, `image ${name}`, { kind: 'all' })
    if (raced) {
      checkExisting(raced, identity, name)
      return { ...found(name, tag, raced), pushed: false }
    }
    const pushed = await pushImage(client, images, annotations, [tag])
    progress.pushed(`${name}@${pushed.digest}`)
    return {
      reference: `${name}@${pushed.digest}`,
      tag,
      digest: pushed.digest,
      pushed: true,
      annotations,
      images: images.map((image, i) => ({
        ...image,
        manifestDigest: pushed.manifests[i]!.digest
      }))
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

function found(name: string, tag: string, image: ReadImage): Omit<AppImage, 'pushed'> {
  return {
    reference: `${name}@${image.digest}`,
    tag,
    digest: image.digest,
    annotations: image.annotations,
    images: image.images
  }
}
