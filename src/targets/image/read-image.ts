import { ConfigurationError } from '../../errors.js'
import { readBlob } from '../../repository/oci/blob-download.js'
import { getManifest, MEDIA_TYPE } from '../../repository/oci/manifest-io.js'
import type { RegistryClient } from '../../repository/oci/registry-client.js'
import {
  DEFAULT_PLATFORM,
  descriptorPlatform,
  parsePlatform,
  platformMatches,
  platformText,
  type Platform
} from './platform.js'

/** A content descriptor (image-spec descriptor.md), as mxdeploy writes and reads them. */
export interface Descriptor {
  mediaType: string
  digest: string
  size: number
  platform?: Platform
  annotations?: Record<string, string>
}

/** One platform's image: its config (parsed, unknown fields kept) and layers. */
export interface PlatformImage {
  platform: Platform
  /** The digest of its image manifest. */
  manifestDigest: string
  config: Record<string, unknown>
  /** In stack order, with OCI media types. */
  layers: Descriptor[]
}

export interface ReadImage {
  /** The digest of what the reference resolved to (an index or a manifest). */
  digest: string
  mediaType: string
  /** The annotations of that index or manifest. */
  annotations: Record<string, string>
  images: PlatformImage[]
}

/** Which platforms to build: the default, the ones listed, or every one the base has. */
export type PlatformChoice =
  { kind: 'default' } | { kind: 'list'; platforms: Platform[] } | { kind: 'all' }

const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json'
const CONFIG_TYPES = new Set([OCI_CONFIG, 'application/vnd.docker.container.image.v1+json'])
const MANIFEST_TYPES = new Set<string>([MEDIA_TYPE.ociManifest, MEDIA_TYPE.dockerManifest])
const INDEX_TYPES = new Set<string>([MEDIA_TYPE.ociIndex, MEDIA_TYPE.dockerList])
const OCI_GZIP_LAYER = 'application/vnd.oci.image.layer.v1.tar+gzip'
/** Layer types carried over as they are, and Docker's, which image-spec calls interchangeable. */
const LAYER_TYPES: Record<string, string> = {
  'application/vnd.oci.image.layer.v1.tar': 'application/vnd.oci.image.layer.v1.tar',
  [OCI_GZIP_LAYER]: OCI_GZIP_LAYER,
  'application/vnd.oci.image.layer.v1.tar+zstd': 'application/vnd.oci.image.layer.v1.tar+zstd',
  'application/vnd.docker.image.rootfs.diff.tar.gzip': OCI_GZIP_LAYER
}
const DIGEST = /^sha256:[0-9a-f]{64}$/

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function descriptor(value: unknown): Descriptor | undefined {
  if (!isObject(value)) return undefined
  const { mediaType, digest, size } = value
  if (typeof mediaType !== 'string' || typeof digest !== 'string' || typeof size !== 'number') {
    return undefined
  }
  const platform = descriptorPlatform(value['platform'])
  return { mediaType, digest, size, ...(platform ? { platform } : {}) }
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'))
  } catch {
    return undefined
  }
}

function stringMap(value: unknown): Record<string, string> {
  if (!isObject(value)) return {}
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
  )
}

/**
 * Reads, checks and parses an image: its manifest or index (OCI, or Docker schema 2), then the
 * manifest and config of each platform chosen. Undefined when the reference names nothing (404).
 * `name` starts every refusal, such as `base image ghcr.io/acme/runtime:10`.
 */
export async function readImage(
  client: RegistryClient,
  reference: string,
  name: string,
  choice: PlatformChoice
): Promise<ReadImage | undefined> {
  const refuse = (why: string): ConfigurationError => new ConfigurationError(`${name} ${why}`)
  const top = await getManifest(client, reference)
  if (!top) return undefined
  const parsed = parseJson(top.bytes)
  if (!isObject(parsed)) throw refuse('has a manifest that is not a JSON object')
  const found = { digest: top.digest, annotations: stringMap(parsed['annotations']) }
  if (top.mediaType && INDEX_TYPES.has(top.mediaType)) {
    const entries = (Array.isArray(parsed['manifests']) ? parsed['manifests'] : [])
      .map(descriptor)
      .filter((d): d is Descriptor & { platform: Platform } =>
        Boolean(d?.platform && MANIFEST_TYPES.has(d.mediaType))
      )
    const chosen = choosePlatforms(entries, choice, refuse)
    const images: PlatformImage[] = []
    for (const entry of chosen) {
      images.push(await readPlatformImage(client, entry.digest, entry.platform, refuse))
    }
    return { ...found, mediaType: top.mediaType, images }
  }
  if (!top.mediaType || !MANIFEST_TYPES.has(top.mediaType)) {
    throw refuse(
      `is a ${top.mediaType ?? 'manifest without a media type'}, not a container image (OCI or Docker schema 2)`
    )
  }
  const image = await readPlatformImage(client, top.digest, undefined, refuse, parsed)
  if (choice.kind === 'list') {
    for (const wanted of choice.platforms) {
      if (!platformMatches(wanted, image.platform)) {
        throw refuse(
          `has no image for ${platformText(wanted)}: it is a single ${platformText(image.platform)} image; choose a base with that platform, or change platforms`
        )
      }
    }
  }
  return { ...found, mediaType: top.mediaType, images: [image] }
}

function choosePlatforms<T extends Descriptor & { platform: Platform }>(
  entries: T[],
  choice: PlatformChoice,
  refuse: (why: string) => ConfigurationError
): T[] {
  const offered = [...new Set(entries.map((e) => platformText(e.platform)))]
  if (choice.kind === 'all') {
    if (entries.length === 0) throw refuse('lists no image for any platform')
    return offered.map((text) => entries.find((e) => platformText(e.platform) === text)!)
  }
  const wanted =
    choice.kind === 'list' ? choice.platforms : [parsePlatform(DEFAULT_PLATFORM, 'platform')]
  const chosen = wanted.map((platform) => {
    const found = entries.find((e) => platformMatches(platform, e.platform))
    if (!found) {
      throw refuse(
        `has no image for ${platformText(platform)} (it has ${offered.join(', ') || 'none'}): choose a base with that platform, or set platforms to one it has`
      )
    }
    return found
  })
  // Two platforms asked for (linux/arm and linux/arm/v7) may name one image: build it once.
  return [...new Map(chosen.map((entry) => [entry.digest, entry])).values()]
}

async function readPlatformImage(
  client: RegistryClient,
  digest: string,
  listed: Platform | undefined,
  refuse: (why: string) => ConfigurationError,
  known?: Record<string, unknown>
): Promise<PlatformImage> {
  let manifest = known
  if (!manifest) {
    const fetched = await getManifest(client, digest)
    const parsed = fetched ? parseJson(fetched.bytes) : undefined
    if (!isObject(parsed)) throw refuse(`lists manifest ${digest}, which the registry cannot give`)
    manifest = parsed
  }
  const config = descriptor(manifest['config'])
  if (!config || !CONFIG_TYPES.has(config.mediaType) || !DIGEST.test(config.digest)) {
    throw refuse(
      `has a manifest whose config is ${config ? `a ${config.mediaType}` : 'missing'}, not a container image config`
    )
  }
  const layers: Descriptor[] = []
  for (const value of Array.isArray(manifest['layers']) ? manifest['layers'] : []) {
    const layer = descriptor(value)
    const mediaType = layer ? LAYER_TYPES[layer.mediaType] : undefined
    if (!layer || !mediaType || !DIGEST.test(layer.digest)) {
      throw refuse(
        `has a layer of type ${layer?.mediaType ?? '(none)'}${layer && !DIGEST.test(layer.digest) ? ` with digest ${layer.digest}` : ''}, which mxdeploy does not build on: only tar layers (plain, gzip, zstd) with sha256 digests can be copied to another repository`
      )
    }
    layers.push({ mediaType, digest: layer.digest, size: layer.size })
  }
  const parsed = parseJson(await readBlob(client, config.digest))
  if (!isObject(parsed)) throw refuse(`has a config ${config.digest} that is not a JSON object`)
  const rootfs = parsed['rootfs']
  const diffIds = isObject(rootfs) && Array.isArray(rootfs['diff_ids']) ? rootfs['diff_ids'] : []
  if (diffIds.length !== layers.length) {
    throw refuse(
      `has ${layers.length} layers but its config lists ${diffIds.length} diff_ids: the image is damaged`
    )
  }
  const own = descriptorPlatform(parsed)
  const platform = listed ?? own
  if (!platform) throw refuse('has a config without os and architecture')
  return { platform, manifestDigest: digest, config: parsed, layers }
}
