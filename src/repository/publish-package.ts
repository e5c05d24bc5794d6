import { userInfo } from 'node:os'
import { ConfigurationError } from '../errors.js'
import type { Logger } from '../log.js'
import { isModelVersion } from '../mda/version.js'
import { verifyPackage } from '../mda/verify.js'
import type { PackageRecord, PackageRepository, PublishResult } from './package-repository.js'

export interface PublishOptions {
  /** App name when the package has no mxdeploy manifest (built by Studio Pro). */
  app?: string
  env: NodeJS.ProcessEnv
  log: Logger
  now?: Date
}

/** Who is publishing: the workflow's actor, else the local user. */
export function currentActor(env: NodeJS.ProcessEnv): string {
  if (env['GITHUB_ACTOR']) return env['GITHUB_ACTOR']
  try {
    return userInfo().username
  } catch {
    return 'unknown'
  }
}

/**
 * Verifies a package completely (CRC, safety, `.sha256`), reads its manifest and metadata into a
 * record, and publishes it. Nothing reaches the repository unless all of that passes.
 */
export async function publishPackage(
  repository: PackageRepository,
  file: string,
  options: PublishOptions
): Promise<PublishResult> {
  const verified = await verifyPackage(file)
  const { manifest, metadata } = verified
  const app = manifest?.app ?? options.app
  const version = manifest?.version ?? metadata.modelVersion
  if (!app) {
    throw new ConfigurationError(
      `${file} has no mxdeploy build manifest naming its app: pass --app NAME (or set app: in mxdeploy.yml)`
    )
  }
  if (!version || !isModelVersion(version)) {
    throw new ConfigurationError(
      `${file} has no four-part model version (found ${JSON.stringify(version ?? null)}): build it with mxdeploy build --version`
    )
  }
  const record: Omit<PackageRecord, 'url'> = {
    app,
    version,
    sha256: verified.sha256,
    size: verified.size,
    runtimeVersion: metadata.runtimeVersion,
    modelVersion: metadata.modelVersion ?? version,
    commit: manifest?.commit ?? null,
    branch: manifest?.branch ?? null,
    createdAt: (options.now ?? new Date()).toISOString(),
    createdBy: currentActor(options.env),
    stories: manifest?.stories ?? []
  }
  options.log.info(`publishing ${app} ${version} (sha256 ${verified.sha256}) to ${repository.uri}`)
  const result = await repository.publish({ file, record })
  options.log.info(
    result.created
      ? `published ${result.record.url}`
      : `${app} ${version} was already published with the same content; nothing changed`
  )
  return result
}
