import { access } from 'node:fs/promises'
import { resolve } from 'node:path'
import { CONFIG_FILE, loadConfig } from '../config/load.js'
import type { MxdeployConfig } from '../config/types.js'
import { stringValue, type CommandContext } from './command.js'

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false
  )
}

/**
 * mxdeploy.yml for commands that work without one (build): --config, which must exist, else
 * ./mxdeploy.yml when there is one.
 */
export async function optionalConfig(context: CommandContext): Promise<MxdeployConfig | undefined> {
  const given = stringValue(context, 'config')
  const path = resolve(context.io.cwd, given ?? CONFIG_FILE)
  return given !== undefined || (await exists(path)) ? await loadConfig(path) : undefined
}
