import { access } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { CONFIG_FILE, loadConfig } from '../config/load.js'
import type { MxdeployConfig, TraceabilityConfig } from '../config/types.js'
import { commitInfo } from '../git/commit-info.js'
import { openRepository } from '../repository/open-repository.js'
import type { PackageRepository } from '../repository/package-repository.js'
import { storiesSincePreviousPackage, type PackageStories } from '../trace/package-stories.js'
import { stringValue, type CommandContext } from './command.js'
import { cliTraceContext } from './trace-context.js'

export interface BuildSource {
  deploymentDir: string | undefined
  project: string | undefined
  app: string | undefined
}

/** The folder whose git history a build comes from (what the manifest's commit is read from). */
export function buildSourceDir(cwd: string, source: BuildSource): string | undefined {
  if (source.project) return dirname(resolve(cwd, source.project))
  return source.deploymentDir ? resolve(cwd, source.deploymentDir) : undefined
}

/**
 * The stories for a build's manifest: those of the commits since the previous package of the app
 * in `repository` (see storiesSincePreviousPackage). Undefined `repository`: a first package.
 */
export async function buildStories(
  context: CommandContext,
  config: { traceability: Partial<TraceabilityConfig>; file: string | undefined; app?: string },
  source: BuildSource,
  repository: PackageRepository | undefined
): Promise<PackageStories | undefined> {
  const { env } = context.io
  const dir = buildSourceDir(context.io.cwd, source)
  if (!dir) return undefined // buildPackage says what is missing
  const { commit } = await commitInfo(dir, env)
  return storiesSincePreviousPackage({
    app: source.app ?? config.app,
    commit,
    repository,
    tagDir: dir,
    ...(await cliTraceContext(config.traceability, config.file, dir, env, context.log))
  })
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false
  )
}

/** mxdeploy.yml for `mxdeploy build`: --config, else ./mxdeploy.yml when there is one. */
export async function optionalBuildConfig(
  context: CommandContext
): Promise<MxdeployConfig | undefined> {
  const given = stringValue(context, 'config')
  const path = resolve(context.io.cwd, given ?? CONFIG_FILE)
  return given !== undefined || (await exists(path)) ? await loadConfig(path) : undefined
}

/**
 * `mxdeploy build`'s stories and app: mxdeploy.yml gives the app, the patterns and the
 * repository (--repository overrides) the previous package is found in.
 */
export async function cliBuildStories(
  context: CommandContext,
  config: MxdeployConfig | undefined,
  source: BuildSource
): Promise<{ stories: string[] | undefined; app: string | undefined }> {
  const app = source.app ?? config?.app
  const uri = stringValue(context, 'repository') ?? config?.repository
  const repository = uri
    ? await openRepository(uri, { cwd: context.io.cwd, env: context.io.env, log: context.log })
    : undefined
  const found = await buildStories(
    context,
    config ?? { file: undefined, traceability: {} },
    { ...source, app },
    repository
  )
  return { stories: found?.stories, app }
}
