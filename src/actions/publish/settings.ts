import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { CONFIG_FILE, loadConfig } from '../../config/load.js'
import type { MxdeployConfig } from '../../config/types.js'
import { ConfigurationError } from '../../errors.js'
import type { Logger } from '../../log.js'

/** The repository a job publishes to when neither the input nor mxdeploy.yml names a lasting one. */
export const JOB_DEFAULT_REPOSITORY = 'github-release'

/**
 * mxdeploy.yml when there is one: optional for this action. The default name may be missing; a
 * file named on purpose must exist.
 */
export async function optionalConfig(
  cwd: string,
  file: string | undefined
): Promise<MxdeployConfig | undefined> {
  if (!file) return undefined
  const path = resolve(cwd, file)
  if (!existsSync(path)) {
    if (file === CONFIG_FILE) return undefined
    throw new ConfigurationError(
      `config ${file} does not exist (looked for ${path}): fix the config input, or leave it at ${CONFIG_FILE}`
    )
  }
  return loadConfig(path)
}

/**
 * The repository to publish to: the input; else mxdeploy.yml's, unless it is a `file:` folder,
 * which in a job lies in a workspace that goes when the job ends; else a GitHub release.
 */
export function repositoryUri(
  input: string | undefined,
  config: MxdeployConfig | undefined,
  log: Logger
): string {
  if (input) return input
  if (!config) return JOB_DEFAULT_REPOSITORY
  if (!config.repository.startsWith('file:')) return config.repository
  log.info(
    `the repository of ${config.file ?? CONFIG_FILE} is the folder ${config.repository}, which goes with this job's workspace: publishing to ${JOB_DEFAULT_REPOSITORY} instead (set the repository input to publish to the folder anyway)`
  )
  return JOB_DEFAULT_REPOSITORY
}
