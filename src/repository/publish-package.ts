import { userInfo } from 'node:os'
import { ConfigurationError } from '../errors.js'
import type { Logger } from '../log.js'
import { checkAppName, checkPackageVersion } from '../mda/package-identity.js'
import { isModelVersion } from '../mda/version.js'
import { verifyPackage } from '../mda/verify.js'
import type {
  EarlyUpload,
  PackageRecord,
  PackageRepository,
  PublishResult
} from './package-repository.js'

export interface PublishOptions {
  /**
   * The app to file the package under (`--app`, else mxdeploy.yml's `app`). A package whose
   * manifest names another app is refused; a package without a manifest needs it.
   */
  app?: string
  /** The version to file a package under that carries none (Studio Pro's `unversioned`). */
  version?: string
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
 * record, and publishes it. Nothing is committed to the repository unless all of that passes.
 */
export async function publishPackage(
  repository: PackageRepository,
  file: string,
  options: PublishOptions
): Promise<PublishResult> {
  // Where the repository can hold bytes uncommitted, they go out while the package is verified;
  // only the publish of a verified package commits them, and every other way out drops them.
  const early = repository.beginUpload?.(file)
  try {
    return await verifyAndPublish(repository, file, options, early)
  } finally {
    await early?.cancel()
  }
}

async function verifyAndPublish(
  repository: PackageRepository,
  file: string,
  options: PublishOptions,
  early: EarlyUpload | undefined
): Promise<PublishResult> {
  const verified = await verifyPackage(file)
  const { manifest, metadata } = verified
  const app = checkAppName(packageApp(file, manifest?.app, options.app), 'app')
  const version = checkPackageVersion(
    packageVersion(file, manifest?.version, metadata.modelVersion, options.version),
    'package version'
  )
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
  const result = await repository.publish({ file, record, early })
  options.log.info(
    result.created
      ? `published ${result.record.url}`
      : `${app} ${version} was already published with the same content; nothing changed`
  )
  return result
}

/** The app a package is filed under: the one asked for, which a manifest must agree with. */
function packageApp(
  file: string,
  inManifest: string | undefined,
  asked: string | undefined
): string {
  if (asked) checkAppName(asked, 'app')
  if (asked && inManifest && asked !== inManifest) {
    throw new ConfigurationError(
      `${file} was built for app ${JSON.stringify(inManifest)}, but this publish is for app ${JSON.stringify(asked)} (--app or mxdeploy.yml's app): build it with this app's configuration, or publish it with --app ${inManifest}`
    )
  }
  const app = asked ?? inManifest
  if (!app) {
    throw new ConfigurationError(
      `${file} has no mxdeploy build manifest naming its app: pass --app NAME (or set app: in mxdeploy.yml)`
    )
  }
  return app
}

/**
 * The version a package is filed under: its manifest's, else its ModelVersion, else the one
 * asked for. Every version the package states must agree, or a deploy would report one version
 * while running another.
 */
function packageVersion(
  file: string,
  inManifest: string | undefined,
  modelVersion: string | undefined,
  asked: string | undefined
): string {
  // verifyPackage refused a manifest whose version disagrees with the ModelVersion.
  const stated = modelVersion && isModelVersion(modelVersion) ? modelVersion : undefined
  const own = inManifest ?? stated
  if (asked && own && asked !== own) {
    throw new ConfigurationError(
      `${file} is version ${own}, not ${asked}: drop --version, or build the package with --version ${asked}`
    )
  }
  const version = own ?? asked
  if (!version) {
    throw new ConfigurationError(
      `${file} carries no version (ModelVersion ${JSON.stringify(modelVersion ?? null)}, as Studio Pro writes when none is set): give the version to file it under with --version 1.2.0.15 (input version), or build it with mxdeploy build --version`
    )
  }
  return version
}
