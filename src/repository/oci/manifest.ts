import { createHash } from 'node:crypto'
import type { PackageRecord } from '../package-repository.js'

/** The MDA's media type: the artifact's `artifactType` and its one layer's `mediaType`. */
export const MDA_MEDIA_TYPE = 'application/vnd.mendix.mda.v1+zip'
export const MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json'
/** image-spec 1.1 "Guidance for an empty descriptor": `{}` as the config of an artifact. */
export const EMPTY_CONFIG = {
  mediaType: 'application/vnd.oci.empty.v1+json',
  digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
  size: 2
} as const
export const EMPTY_CONFIG_BYTES = Buffer.from('{}')

/** Pre-defined annotation keys of image-spec, and mxdeploy's own for the rest of the record. */
export const ANNOTATION = {
  version: 'org.opencontainers.image.version',
  revision: 'org.opencontainers.image.revision',
  created: 'org.opencontainers.image.created',
  source: 'org.opencontainers.image.source',
  title: 'org.opencontainers.image.title',
  app: 'dev.mxdeploy.app',
  sha256: 'dev.mxdeploy.sha256',
  runtimeVersion: 'dev.mxdeploy.runtime-version',
  modelVersion: 'dev.mxdeploy.model-version',
  branch: 'dev.mxdeploy.branch',
  createdBy: 'dev.mxdeploy.created-by',
  stories: 'dev.mxdeploy.stories'
} as const

export interface Descriptor {
  mediaType: string
  digest: string
  size: number
  annotations?: Record<string, string>
}

export interface ImageManifest {
  schemaVersion: 2
  mediaType: string
  artifactType?: string
  config: Descriptor
  layers: Descriptor[]
  annotations?: Record<string, string>
}

/** The file name an MDA gets when it is pulled (`org.opencontainers.image.title`). */
export function packageFileName(app: string, version: string): string {
  return `${app}_${version}.mda`
}

/**
 * The manifest of one package: the MDA as the only layer, the empty config, and annotations
 * that carry the whole record, so `list` and `get` need nothing but manifests.
 */
export function buildManifest(
  record: Omit<PackageRecord, 'url'>,
  source: string | undefined
): { manifest: ImageManifest; bytes: Buffer; digest: string } {
  const annotations: Record<string, string> = {
    [ANNOTATION.version]: record.version,
    [ANNOTATION.created]: record.createdAt,
    [ANNOTATION.app]: record.app,
    [ANNOTATION.sha256]: record.sha256,
    [ANNOTATION.runtimeVersion]: record.runtimeVersion,
    [ANNOTATION.modelVersion]: record.modelVersion,
    [ANNOTATION.createdBy]: record.createdBy,
    [ANNOTATION.stories]: JSON.stringify(record.stories)
  }
  if (record.commit) annotations[ANNOTATION.revision] = record.commit
  if (record.branch) annotations[ANNOTATION.branch] = record.branch
  if (source) annotations[ANNOTATION.source] = source
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MANIFEST_MEDIA_TYPE,
    artifactType: MDA_MEDIA_TYPE,
    config: { ...EMPTY_CONFIG },
    layers: [
      {
        mediaType: MDA_MEDIA_TYPE,
        digest: `sha256:${record.sha256}`,
        size: record.size,
        annotations: { [ANNOTATION.title]: packageFileName(record.app, record.version) }
      }
    ],
    annotations
  }
  const bytes = Buffer.from(JSON.stringify(manifest))
  return { manifest, bytes, digest: sha256Digest(bytes) }
}

/** `sha256:<hex>` of some bytes. */
export function sha256Digest(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}

/** What a tag holds: an mxdeploy package, or why it is not one. */
export type ManifestReading =
  | { kind: 'package'; manifest: ImageManifest; record: PackageRecord; layer: Descriptor }
  | { kind: 'other'; why: string }

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function stringMap(value: unknown): Record<string, string> {
  if (!isObject(value)) return {}
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
  )
}

function parseStories(text: string | undefined): string[] {
  if (!text) return []
  try {
    const parsed: unknown = JSON.parse(text)
    return Array.isArray(parsed) ? parsed.filter((s): s is string => typeof s === 'string') : []
  } catch {
    return []
  }
}

/**
 * Rebuilds a package record from a manifest's bytes. `url` is the reference the record gets.
 * Anything that is not an mxdeploy MDA artifact, or whose annotations disagree with its
 * layer, is reported as `other` with the reason.
 */
export function readManifest(
  bytes: Buffer,
  mediaType: string | undefined,
  url: (digest: string) => string
): ManifestReading {
  let parsed: unknown
  try {
    parsed = JSON.parse(bytes.toString('utf8'))
  } catch {
    return { kind: 'other', why: 'its manifest is not JSON' }
  }
  if (!isObject(parsed)) return { kind: 'other', why: 'its manifest is not a JSON object' }
  const type = typeof parsed['mediaType'] === 'string' ? parsed['mediaType'] : mediaType
  if (type !== MANIFEST_MEDIA_TYPE) {
    return { kind: 'other', why: `it holds a ${type ?? 'manifest without a media type'}` }
  }
  const layers = Array.isArray(parsed['layers']) ? (parsed['layers'] as unknown[]) : []
  const layer = layers[0]
  const artifactType = parsed['artifactType']
  if (
    (artifactType !== undefined && artifactType !== MDA_MEDIA_TYPE) ||
    layers.length !== 1 ||
    !isObject(layer) ||
    layer['mediaType'] !== MDA_MEDIA_TYPE ||
    typeof layer['digest'] !== 'string' ||
    typeof layer['size'] !== 'number'
  ) {
    return {
      kind: 'other',
      why: `it is not an MDA artifact (artifactType ${JSON.stringify(artifactType ?? null)})`
    }
  }
  const annotations = stringMap(parsed['annotations'])
  const digest = layer['digest']
  const sha256 = /^sha256:([0-9a-f]{64})$/.exec(digest)?.[1]
  const app = annotations[ANNOTATION.app]
  const version = annotations[ANNOTATION.version]
  if (!sha256) return { kind: 'other', why: `its layer digest ${digest} is not SHA-256` }
  if (!app || !version) return { kind: 'other', why: 'its manifest names no app or version' }
  const stated = annotations[ANNOTATION.sha256]
  if (stated !== undefined && stated !== sha256) {
    return {
      kind: 'other',
      why: `its annotations say SHA-256 ${stated} but its layer is ${sha256}`
    }
  }
  const record: PackageRecord = {
    app,
    version,
    sha256,
    size: layer['size'],
    runtimeVersion: annotations[ANNOTATION.runtimeVersion] ?? '',
    modelVersion: annotations[ANNOTATION.modelVersion] ?? version,
    commit: annotations[ANNOTATION.revision] ?? null,
    branch: annotations[ANNOTATION.branch] ?? null,
    createdAt: annotations[ANNOTATION.created] ?? '',
    createdBy: annotations[ANNOTATION.createdBy] ?? '',
    url: url(sha256Digest(bytes)),
    stories: parseStories(annotations[ANNOTATION.stories])
  }
  const descriptor: Descriptor = {
    mediaType: MDA_MEDIA_TYPE,
    digest,
    size: layer['size'],
    annotations: stringMap(layer['annotations'])
  }
  return {
    kind: 'package',
    manifest: parsed as unknown as ImageManifest,
    record,
    layer: descriptor
  }
}
