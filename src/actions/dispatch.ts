import { failStep, readInput } from './shared/runner-commands.js'
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
    const command = name === 'root' ? readInput('command') : name
    // The message @actions/core's getInput(…, { required: true }) gives, which users may know.
    if (command === '') throw new ConfigurationError('Input required and not supplied: command')
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
