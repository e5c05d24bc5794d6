import { dirname, resolve } from 'node:path'
import { buildPackage, type BuildResult } from '../build/build-package.js'
import type { MxdeployConfig } from '../config/types.js'
import { errorMessage } from '../errors.js'
import { commitInfo } from '../git/commit-info.js'
import type { GitHubAccess } from '../github/access.js'
import type { Logger } from '../log.js'
import type { MxBuildOptions } from '../mxbuild/build-project.js'
import { openRepository } from '../repository/open-repository.js'
import type { PackageRepository } from '../repository/package-repository.js'
import { storiesSincePreviousPackage } from '../trace/package-stories.js'
import { chooseRepository, type Face } from './repository-choice.js'
import { traceContext } from './trace-context.js'

/** What a build is asked for; what is left out comes from mxdeploy.yml's `build:` section. */
export interface BuildAppRequest {
  face: Face
  cwd: string
  env: NodeJS.ProcessEnv
  github: GitHubAccess
  log: Logger
  config: MxdeployConfig | undefined
  deploymentDir?: string | undefined
  project?: string | undefined
  version?: string | undefined
  buildNumber?: string | undefined
  out?: string | undefined
  app?: string | undefined
  /** Where the previous package is looked for (its URI); default: the repository rule. */
  repository?: string | undefined
  /** An already opened repository (the pipeline's), instead of `repository`. */
  openedRepository?: PackageRepository | undefined
  mxbuild?: MxBuildOptions
}

/**
 * Builds a package for either face: flags win, mxdeploy.yml's `build:` fills in (a deployment
 * folder or a .mpr, the version, the output), and the manifest lists the stories of the commits
 * since the previous package. Reading stories never fails a build: a repository that cannot be
 * opened or a history that cannot be read is a warning, and the manifest lists what was found.
 */
export async function buildApp(request: BuildAppRequest): Promise<BuildResult> {
  const { config } = request
  const given = request.deploymentDir ?? request.project
  const fromConfig = given ? undefined : config?.build
  const deploymentDir = request.deploymentDir ?? fromConfig?.deploymentDir
  const project = request.project ?? fromConfig?.project
  const app = request.app ?? config?.app
  const stories = await buildStories(request, { deploymentDir, project, app })
  return buildPackage({
    deploymentDir,
    project,
    version: request.version ?? config?.build.version ?? '',
    buildNumber: request.buildNumber,
    out: request.out ?? config?.build.output,
    app,
    stories,
    ...(request.mxbuild ? { mxbuild: request.mxbuild } : {}),
    cwd: request.cwd,
    env: request.env,
    log: request.log
  })
}

interface BuildSource {
  deploymentDir: string | undefined
  project: string | undefined
  app: string | undefined
}

/** The folder whose git history a build comes from. */
export function buildSourceDir(cwd: string, source: BuildSource): string | undefined {
  if (source.project) return dirname(resolve(cwd, source.project))
  return source.deploymentDir ? resolve(cwd, source.deploymentDir) : undefined
}

async function buildStories(request: BuildAppRequest, source: BuildSource): Promise<string[]> {
  const { log, config } = request
  const dir = buildSourceDir(request.cwd, source)
  if (!dir) return [] // the build says what is missing
  try {
    // The commit is GITHUB_SHA or the checkout's HEAD; without either there are no stories. A
    // shallow or missing checkout is completed from GitHub's compare API when there is a token.
    const { commit } = await commitInfo(dir, request.env)
    const found = await storiesSincePreviousPackage({
      app: source.app,
      commit,
      repository: request.openedRepository ?? (await previousPackages(request)),
      tagDir: dir,
      ...(await traceContext({
        traceability: config?.traceability ?? {},
        file: config?.file,
        dir,
        github: request.github,
        log
      }))
    })
    return found.stories
  } catch (error) {
    log.warning(
      `the stories of this package could not be read, so its manifest lists none: ${errorMessage(error)}`
    )
    return []
  }
}

/** The repository the previous package is looked for in; undefined: the tags of the checkout. */
async function previousPackages(request: BuildAppRequest): Promise<PackageRepository | undefined> {
  const uri = chooseRepository({
    given: request.repository,
    config: request.config,
    face: request.face
  })
  try {
    return await openRepository(uri, {
      cwd: request.config?.dir ?? request.cwd,
      env: request.env,
      github: request.github,
      log: request.log
    })
  } catch (error) {
    request.log.warning(
      `cannot open the package repository ${uri} to find the previous package: ${errorMessage(error)}; the stories are read since the newest package tag instead`
    )
    return undefined
  }
}
