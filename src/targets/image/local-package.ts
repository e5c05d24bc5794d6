import { basename } from 'node:path'
import { ConfigurationError } from '../../errors.js'
import { isModelVersion } from '../../mda/version.js'
import { verifyPackage } from '../../mda/verify.js'
import { sourceDateEpoch, ZIP_EPOCH } from '../../source-date.js'
import type { ImagePackage } from './image-labels.js'

/**
 * The facts an image needs of an MDA on disk, verified first (CRC, safety, `.sha256`): its app
 * and version from its build manifest or metadata.json, and, for a package mxdeploy did not
 * build, SOURCE_DATE_EPOCH (else 1980-01-01, as mxdeploy build uses) as its build time.
 */
export async function localPackage(
  file: string,
  app: string | undefined,
  env: NodeJS.ProcessEnv
): Promise<{ package: ImagePackage; createdAt: string }> {
  const verified = await verifyPackage(file)
  const { manifest, metadata } = verified
  const version =
    manifest?.version ??
    (metadata.modelVersion && isModelVersion(metadata.modelVersion)
      ? metadata.modelVersion
      : undefined)
  if (!version) {
    throw new ConfigurationError(
      `${file} carries no version (ModelVersion ${JSON.stringify(metadata.modelVersion ?? null)}): the image's tag is the package version; build it with mxdeploy build --version, or publish it and use --package`
    )
  }
  return {
    package: {
      app: manifest?.app ?? app ?? basename(file).replace(/(_[0-9.]+)?\.mda$/i, ''),
      version,
      sha256: verified.sha256,
      runtimeVersion: metadata.runtimeVersion,
      commit: manifest?.commit ?? null
    },
    createdAt: (sourceDateEpoch(env) ?? ZIP_EPOCH).toISOString()
  }
}
