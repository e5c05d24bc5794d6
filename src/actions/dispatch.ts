import * as core from '@actions/core'
import { failStep } from './shared/logger.js'
import { ConfigurationError } from '../errors.js'

const ACTIONS: Record<string, () => Promise<{ run: () => Promise<void> }>> = {
  build: () => import('./build/main.js'),
  publish: () => import('./publish/main.js'),
  stage: () => import('./stage/main.js'),
  trace: () => import('./trace/main.js'),
  dashboard: () => import('./dashboard/main.js')
}

/**
 * Runs one action by name; `root` reads the `command` input of the top-level action.yml.
 * Each action's code loads only when it runs.
 */
export async function runAction(name: string): Promise<void> {
  try {
    const command = name === 'root' ? core.getInput('command', { required: true }) : name
    const load = ACTIONS[command]
    if (!load) {
      throw new ConfigurationError(
        `command "${command}" is not one of: ${Object.keys(ACTIONS).join(', ')}`
      )
    }
    await (await load()).run()
  } catch (error) {
    failStep(error)
  }
}
