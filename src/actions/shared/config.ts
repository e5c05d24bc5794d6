import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { CONFIG_FILE, loadConfig, type LoadOptions } from '../../config/load.js'
import type { MxdeployConfig } from '../../config/types.js'
import { ConfigurationError } from '../../errors.js'

/**
 * mxdeploy.yml for actions that work without one (build, publish): the default name may be
 * missing; a file named on purpose must exist, and a wrong one fails the step.
 */
export async function optionalConfig(
  cwd: string,
  file: string | undefined,
  options: LoadOptions = {}
): Promise<MxdeployConfig | undefined> {
  if (!file) return undefined
  const path = resolve(cwd, file)
  if (!existsSync(path)) {
    if (file === CONFIG_FILE) return undefined
    throw new ConfigurationError(
      `config ${file} does not exist (looked for ${path}): fix the config input, or leave it at ${CONFIG_FILE}`
    )
  }
  return loadConfig(path, options)
}

/** The folder an action works in: the workflow's workspace (the checkout). */
export function actionWorkspace(): string {
  return process.env['GITHUB_WORKSPACE'] || process.cwd()
}
