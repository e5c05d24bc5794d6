import { ANNOTATION } from '../../repository/oci/manifest.js'
import type { PackageRecord } from '../../repository/package-repository.js'

/** Keys mxdeploy writes on images, beside image-spec's pre-defined ones (annotations.md). */
export const IMAGE_KEY = {
  ...ANNOTATION,
  baseName: 'org.opencontainers.image.base.name',
  baseDigest: 'org.opencontainers.image.base.digest',
  platforms: 'dev.mxdeploy.platforms',
  environment: 'dev.mxdeploy.environment',
  constants: 'dev.mxdeploy.constants',
  scheduledEvents: 'dev.mxdeploy.scheduled-events'
} as const

/** The package facts an image carries. */
export type ImagePackage = Pick<
  PackageRecord,
  'app' | 'version' | 'sha256' | 'runtimeVersion' | 'commit'
>

/**
 * The labels of an app image's config: image-spec's version, revision, source and created, and
 * the MDA's SHA-256, app and runtime version under mxdeploy's own keys.
 */
export function appLabels(
  pkg: ImagePackage,
  created: string,
  source: string | undefined
): Record<string, string> {
  return {
    [IMAGE_KEY.version]: pkg.version,
    [IMAGE_KEY.created]: created,
    ...(pkg.commit ? { [IMAGE_KEY.revision]: pkg.commit } : {}),
    ...(source ? { [IMAGE_KEY.source]: source } : {}),
    [IMAGE_KEY.app]: pkg.app,
    [IMAGE_KEY.sha256]: pkg.sha256,
    [IMAGE_KEY.runtimeVersion]: pkg.runtimeVersion
  }
}

/** What makes an app image the one asked for: its package, its base and its platforms. */
export interface ImageIdentity {
  sha256: string
  baseDigest: string
  platforms: string
}

/** The annotations of an app image's manifests (and index): its labels and its identity. */
export function appAnnotations(
  labels: Record<string, string>,
  baseName: string,
  identity: ImageIdentity
): Record<string, string> {
  return {
    ...labels,
    [IMAGE_KEY.baseName]: baseName,
    [IMAGE_KEY.baseDigest]: identity.baseDigest,
    [IMAGE_KEY.platforms]: identity.platforms
  }
}

/** The identity an existing image states, from its top-level annotations. */
export function statedIdentity(annotations: Record<string, string>): Partial<ImageIdentity> {
  return {
    sha256: annotations[IMAGE_KEY.sha256],
    baseDigest: annotations[IMAGE_KEY.baseDigest],
    platforms: annotations[IMAGE_KEY.platforms]
  }
}
