import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { ConfigurationError, errnoCode, errorMessage, OperationError } from '../errors.js'
import { commitInfo } from '../git/commit-info.js'
import type { Logger } from '../log.js'
import { PACKAGED_FOLDERS } from '../mda/deployment-folder.js'
import { METADATA_PATH, parseMetadata } from '../mda/metadata.js'
import { checkOutputPath, packDeploymentFolder, type PackResult } from '../mda/pack.js'
import { buildAppName } from '../mda/package-identity.js'
import { ZIP_EPOCH } from '../source-date.js'
import { BUILDER } from '../version.js'
import { extractZip } from '../zip/extract.js'
import { CACHE_VARIABLE, cacheInstaller, defaultCacheRoot } from './cache-installer.js'
import { BASE_URL_VARIABLE, DEFAULT_BASE_URL, type MxBuildInstaller } from './installer.js'
import { resolveJdk, type Jdk } from './java.js'
import { explicitMxBuild, installedMxBuild, type MxBuildCommand } from './locate.js'
import { readMprVersion } from './mpr-version.js'
import { judgeMxBuild } from './outcome.js'
import { runMxBuild } from './run.js'

/** How to find MxBuild and the JDK it needs. */
export interface MxBuildOptions {
  /** `--mxbuild`: the mxbuild program, or the folder of an unpacked MxBuild. */
  path?: string
  /** `--java-home`; default JAVA_HOME. */
  javaHome?: string
  /** `--java-exe-path`; default <java-home>/bin/java. */
  javaExePath?: string
  /** `--mxbuild-cache`: where downloaded versions are kept; default MXDEPLOY_MXBUILD_CACHE, else ~/.cache/mxdeploy/mxbuild. */
  cacheDir?: string
  /** Replaces the cache folder and its download (the build action uses the runner's tool cache). */
  installer?: MxBuildInstaller
}

export interface ProjectBuild {
  project: string
  /** Four-part model version. */
  version: string
  out?: string
  app?: string
  stories?: string[]
  /** SOURCE_DATE_EPOCH, when set. */
  sourceDate?: Date
  mxbuild?: MxBuildOptions
  cwd: string
  env: NodeJS.ProcessEnv
  log: Logger
}

export interface ProjectBuildResult extends PackResult {
  version: string
  /** The Mendix version of the .mpr, and of the MxBuild that built it. */
  mendixVersion: string
}

/** The .mpr as annotations should name it: relative to the workspace when inside it. */
function shownPath(path: string, cwd: string): string {
  const inside = relative(cwd, path)
  return inside && !inside.startsWith('..') && !isAbsolute(inside)
    ? inside.split(sep).join('/')
    : path
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return false
    throw error
  }
}

/** Unpacks MxBuild's MDA into `folder`; a package it made that can't be read is a failure. */
async function unpack(mda: string, folder: string, log: Logger): Promise<void> {
  try {
    await extractZip(mda, folder, "MxBuild's package")
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error
    throw new OperationError(`can't repack MxBuild's package: ${errorMessage(error)}`)
  }
  const dropped = (await readdir(folder)).filter(
    (name) => !(PACKAGED_FOLDERS as readonly string[]).includes(name)
  )
  if (dropped.length > 0) {
    log.warning(`left out of the package, as from any deployment folder: ${dropped.join(', ')}`)
  }
  if (!(await isFile(join(folder, METADATA_PATH)))) {
    throw new OperationError(`MxBuild's package has no ${METADATA_PATH}; it is not an MDA`)
  }
}

async function mxbuildMetadata(folder: string): Promise<ReturnType<typeof parseMetadata>> {
  try {
    return parseMetadata(await readFile(join(folder, METADATA_PATH)), `MxBuild's ${METADATA_PATH}`)
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error
    throw new OperationError(errorMessage(error))
  }
}

/**
 * Builds a package from a .mpr: reads its Mendix version, finds (or downloads) that MxBuild and
 * the JDK, runs MxBuild, then repacks its MDA like a deployment folder, so the package has the same
 * manifest, determinism and `.sha256` as every other build. Checks all input before anything runs.
 */
export async function buildProject(request: ProjectBuild): Promise<ProjectBuildResult> {
  const { cwd, env, log } = request
  const project = resolve(cwd, request.project)
  const mendixVersion = await readMprVersion(project)
  log.info(`${project} is a Mendix ${mendixVersion} app`)
  const out = request.out ? resolve(cwd, request.out) : undefined
  if (out) await checkOutputPath(out)
  const tools = await mxbuildTools(request, mendixVersion)
  const commit = await commitInfo(dirname(project), env)
  const temp = await mkdtemp(join(env['RUNNER_TEMP'] || tmpdir(), 'mxdeploy-mxbuild-'))
  try {
    const folder = await runToFolder(request, { project, mendixVersion, temp, ...tools })
    const metadata = await mxbuildMetadata(folder)
    const app = buildAppName(
      request.app,
      metadata.projectName,
      basename(project).replace(/\.mpr$/i, '')
    )
    for (const warning of metadata.warnings) log.warning(warning)
    const result = await packDeploymentFolder({
      deploymentDir: folder,
      out: out ?? resolve(cwd, `${app}_${request.version}.mda`),
      version: request.version,
      app,
      commit: commit.commit,
      branch: commit.branch,
      builtAt: request.sourceDate ?? commit.time ?? ZIP_EPOCH,
      entryDate: request.sourceDate ?? ZIP_EPOCH,
      builder: `${BUILDER}, MxBuild ${mendixVersion}`,
      source: 'mxbuild',
      stories: request.stories ?? [],
      progress: log.progress
    })
    return { ...result, version: request.version, mendixVersion }
  } finally {
    await rm(temp, { recursive: true, force: true })
  }
}

/** The JDK and the MxBuild of the app's Mendix version: given, cached, or downloaded. */
async function mxbuildTools(
  request: ProjectBuild,
  mendixVersion: string
): Promise<{ jdk: Jdk; command: MxBuildCommand }> {
  const { cwd, env, log } = request
  const platform = process.platform
  const options = request.mxbuild ?? {}
  const jdk = await resolveJdk({
    javaHome: options.javaHome,
    javaExePath: options.javaExePath,
    env,
    cwd,
    platform
  })
  const command = options.path
    ? await explicitMxBuild(options.path, cwd, platform)
    : await installedMxBuild({
        version: mendixVersion,
        installer:
          options.installer ??
          cacheInstaller(
            resolve(cwd, options.cacheDir ?? (env[CACHE_VARIABLE] || defaultCacheRoot(env)))
          ),
        baseUrl: env[BASE_URL_VARIABLE] || DEFAULT_BASE_URL,
        platform,
        log
      })
  return { jdk, command }
}

/** Runs MxBuild into `temp`, judges its outcome, and unpacks its MDA as a deployment folder. */
async function runToFolder(
  request: ProjectBuild,
  run: { project: string; mendixVersion: string; temp: string; jdk: Jdk; command: MxBuildCommand }
): Promise<string> {
  const { env, log } = request
  const mda = join(run.temp, 'out.mda')
  const errorsFile = join(run.temp, 'errors.json')
  const exit = await runMxBuild({
    command: run.command,
    jdk: run.jdk,
    project: run.project,
    output: mda,
    modelVersion: request.version,
    errorsFile,
    env,
    log
  })
  await judgeMxBuild({
    exit,
    errorsFile,
    project: shownPath(run.project, request.cwd),
    mendixVersion: run.mendixVersion,
    mxbuildPath: run.command.path,
    log
  })
  if (!(await isFile(mda))) {
    throw new OperationError(`MxBuild exited with 0 but wrote no package at ${mda}`)
  }
  const folder = join(run.temp, 'deployment')
  await unpack(mda, folder, log)
  return folder
}
