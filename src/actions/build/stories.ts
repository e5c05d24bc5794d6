import { access } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { loadConfig } from '../../config/load.js'
import { commitInfo } from '../../git/commit-info.js'
import { runContext } from '../../github/run-context.js'
import { openRepository } from '../../repository/open-repository.js'
import type { PackageRepository } from '../../repository/package-repository.js'
import { GitCommitSource } from '../../trace/git-commit-source.js'
import { storiesSincePreviousPackage } from '../../trace/package-stories.js'
import { errorMessage } from '../../errors.js'
import { actionLogger } from '../shared/logger.js'
import type { BuildInputs } from './inputs.js'

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false
  )
}

/**
 * The stories for the build action's manifest: those of the commits since the previous package
 * in the package repository (the `repository` input, else mxdeploy.yml's, else github-release, as
 * the stage action picks it). Without a git checkout there are none.
 */
export async function buildActionStories(
  inputs: BuildInputs,
  workspace: string,
  env: NodeJS.ProcessEnv
): Promise<string[]> {
  const source = inputs.project ?? inputs.deploymentDir
  if (!source) return [] // the build says what is missing
  const dir = inputs.project ? dirname(resolve(workspace, source)) : resolve(workspace, source)
  if (!(await new GitCommitSource(dir).isRepository())) {
    actionLogger.info(`${dir} is not a git checkout: the manifest lists no stories`)
    return []
  }
  const path = resolve(workspace, inputs.config)
  const config = (await exists(path)) ? await loadConfig(path) : undefined
  const context = runContext(env)
  // The GitHub client loads only for a build from a checkout, to keep the others' start-up short.
  const [{ createOctokit }, { actionTraceContext }] = await Promise.all([
    import('../../github/octokit.js'),
    import('../shared/trace-context.js')
  ])
  const octokit = createOctokit({ token: inputs.githubToken, logger: actionLogger })
  const uri =
    inputs.repository ?? (config?.repositoryConfigured ? config.repository : 'github-release')
  let repository: PackageRepository | undefined
  try {
    repository = await openRepository(uri, {
      cwd: workspace,
      env: { ...env, GITHUB_TOKEN: inputs.githubToken },
      log: actionLogger
    })
  } catch (error) {
    actionLogger.warning(
      `cannot open the package repository ${uri} to find the previous package: ${errorMessage(error)}; the stories are read as for a first package`
    )
  }
  const tracing = actionTraceContext({
    traceability: config?.traceability ?? {},
    file: config?.file,
    workspace: dir,
    octokit,
    context
  })
  const { commit } = await commitInfo(dir, env)
  const found = await storiesSincePreviousPackage({
    app: inputs.app ?? config?.app,
    commit,
    repository,
    ...tracing,
    log: actionLogger
  })
  return found.stories
}
