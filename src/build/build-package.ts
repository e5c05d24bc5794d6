import { readFile } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { ConfigurationError } from '../errors.js'
import { commitInfo } from '../git/commit-info.js'
import type { Logger } from '../log.js'
import { checkDeploymentFolder } from '../mda/deployment-folder.js'
import { METADATA_PATH, parseMetadata } from '../mda/metadata.js'
import { packDeploymentFolder, type PackResult } from '../mda/pack.js'
import { buildAppName, checkAppName } from '../mda/package-identity.js'
import { modelVersion } from '../mda/version.js'
import { sourceDateEpoch, ZIP_EPOCH } from '../source-date.js'
import type { MxBuildOptions } from '../mxbuild/build-project.js'
import { BUILDER } from '../version.js'

export interface BuildRequest {
  /** A Mendix deployment folder (model/, web/, native/). */
  deploymentDir?: string
  /** A Mendix app file, built with MxBuild. */
  project?: string
  /** `1.2.0` (the build number is appended) or `1.2.0.15`. */
  version: string
  /** Defaults to GITHUB_RUN_NUMBER, else 0. */
  buildNumber?: string
  /** Where the MDA goes; defaults to `<app>_<version>.mda` in the working directory. */
  out?: string
  /** App name; defaults to the project's name in metadata.json, else the folder's name. */
  app?: string
  stories?: string[]
  /** For `project` builds: where MxBuild and the JDK are. */
  mxbuild?: MxBuildOptions
  cwd: string
  env: NodeJS.ProcessEnv
  log: Logger
}

export interface BuildResult extends PackResult {
  version: string
  /** For `project` builds: the app's Mendix version, which is also MxBuild's. */
  mendixVersion?: string
}

/** Checks the request's shape before anything is read or written. */
export function checkBuildRequest(request: BuildRequest): void {
  if (request.deploymentDir && request.project) {
    throw new ConfigurationError(
      'give either a deployment folder or a .mpr project to build, not both'
    )
  }
  if (!request.deploymentDir && !request.project) {
    throw new ConfigurationError(
      'nothing to build: give a deployment folder (--deployment-dir, input deployment-dir) or a Mendix app file (--project App.mpr)'
    )
  }
  if (!request.version) {
    throw new ConfigurationError('a package needs a version: give --version 1.2.0 (input version)')
  }
  if (request.app !== undefined)
    checkAppName(request.app.trim(), '--app, input app or mxdeploy.yml')
}

/**
 * Builds a package: the four-part version, the commit it comes from, a reproducible timestamp,
 * then the MDA with its manifest and `.sha256`.
 */
export async function buildPackage(request: BuildRequest): Promise<BuildResult> {
  checkBuildRequest(request)
  const version = modelVersion(
    request.version,
    request.buildNumber,
    request.env['GITHUB_RUN_NUMBER'] || undefined
  )
  const sourceDate = sourceDateEpoch(request.env)
  if (request.project) {
    // Loaded only for .mpr builds: folder builds never pay for the MxBuild runner.
    const { buildProject } = await import('../mxbuild/build-project.js')
    return buildProject({
      project: request.project,
      version,
      out: request.out,
      app: request.app,
      stories: request.stories,
      sourceDate,
      mxbuild: request.mxbuild,
      cwd: request.cwd,
      env: request.env,
      log: request.log
    })
  }
  const deploymentDir = resolve(request.cwd, request.deploymentDir!)
  const commit = await commitInfo(deploymentDir, request.env)
  await checkDeploymentFolder(deploymentDir)
  const metadataPath = join(deploymentDir, METADATA_PATH)
  const metadata = parseMetadata(await readFile(metadataPath), metadataPath)
  const app = buildAppName(request.app, metadata.projectName, basename(deploymentDir))
  for (const warning of metadata.warnings) request.log.warning(warning)
  const out = resolve(request.cwd, request.out ?? join(request.cwd, `${app}_${version}.mda`))
  request.log.info(`building ${app} ${version} from ${deploymentDir}`)
  const result = await packDeploymentFolder({
    deploymentDir,
    out,
    version,
    app,
    commit: commit.commit,
    branch: commit.branch,
    builtAt: sourceDate ?? commit.time ?? ZIP_EPOCH,
    entryDate: sourceDate ?? ZIP_EPOCH,
    builder: BUILDER,
    stories: request.stories ?? [],
    progress: request.log.progress
  })
  return { ...result, version }
}
