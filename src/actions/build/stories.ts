import { access } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { loadConfig } from '../../config/load.js'
import { errorMessage } from '../../errors.js'
import { commitInfo } from '../../git/commit-info.js'
import { openRepository } from '../../repository/open-repository.js'
import type { PackageRepository } from '../../repository/package-repository.js'
import { commitSources } from '../../trace/commit-sources.js'
import { GitCommitSource } from '../../trace/git-commit-source.js'
import { storiesSincePreviousPackage } from '../../trace/package-stories.js'
import { compileStoryPatterns } from '../../stories/story-patterns.js'
import { DEFAULT_TRACE_LIMIT } from '../../trace/trace-range.js'
import { actionLogger } from '../shared/logger.js'
import type { BuildInputs } from './inputs.js'

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false
  )
}

async function openNamed(
  uri: string,
  workspace: string,
  inputs: BuildInputs,
  env: NodeJS.ProcessEnv
): Promise<PackageRepository | undefined> {
  try {
    return await openRepository(uri, {
      cwd: workspace,
      env: { ...env, GITHUB_TOKEN: inputs.githubToken },
      log: actionLogger
    })
  } catch (error) {
    actionLogger.warning(
      `cannot open the package repository ${uri} to find the previous package: ${errorMessage(error)}; the stories are read as for a first package`
    )
    return undefined
  }
}

/**
 * The stories for the build action's manifest: those of the commits since the previous package,
 * found in the `repository` input or the one mxdeploy.yml names, else as the newest `<app>-v*`
 * tag in the checkout (what the default github-release repository tags). Without a git checkout
 * there are none. Only a wrong mxdeploy.yml fails the build; any other problem is a warning.
 */
export async function buildActionStories(
  inputs: BuildInputs,
  workspace: string,
  env: NodeJS.ProcessEnv
): Promise<string[]> {
  const source = inputs.project ?? inputs.deploymentDir
  if (!source) return [] // the build says what is missing
  const dir = inputs.project ? dirname(resolve(workspace, source)) : resolve(workspace, source)
  // A wrong mxdeploy.yml fails the build, as it will fail the stage; reading stories does not.
  const path = resolve(workspace, inputs.config)
  const config = (await exists(path)) ? await loadConfig(path) : undefined
  try {
    if (!(await new GitCommitSource(dir).isRepository())) {
      actionLogger.info(`${dir} is not a git checkout: the manifest lists no stories`)
      return []
    }
    const uri = inputs.repository ?? (config?.repositoryConfigured ? config.repository : undefined)
    const repository = uri ? await openNamed(uri, workspace, inputs, env) : undefined
    const { commit } = await commitInfo(dir, env)
    const found = await storiesSincePreviousPackage({
      app: inputs.app ?? config?.app,
      commit,
      repository,
      tagDir: dir,
      sources: await commitSources(dir, { ...env, GITHUB_TOKEN: inputs.githubToken }, actionLogger),
      patterns: compileStoryPatterns(config?.traceability.patterns, config?.file ?? ''),
      limit: config?.traceability.limit ?? DEFAULT_TRACE_LIMIT,
      links: {
        ...(env['GITHUB_SERVER_URL'] ? { server: env['GITHUB_SERVER_URL'] } : {}),
        ...(env['GITHUB_REPOSITORY'] ? { repository: env['GITHUB_REPOSITORY'] } : {})
      },
      log: actionLogger
    })
    return found.stories
  } catch (error) {
    actionLogger.warning(
      `the stories of this package could not be read, so its manifest lists none: ${errorMessage(error)}`
    )
    return []
  }
}
