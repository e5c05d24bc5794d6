import type { MxdeployConfig, EnvironmentConfig } from '../config/types.js'
import { CommandTarget } from './command-target.js'
import type { DeploymentTarget } from './deployment-target.js'
import { LocalTarget } from './local-target.js'

/** The target an environment deploys to, from its configuration. */
export function openTarget(
  environment: EnvironmentConfig,
  config: MxdeployConfig
): DeploymentTarget {
  const { target } = environment
  switch (target.type) {
    case 'local':
      return new LocalTarget({
        path: target.path,
        keep: target.keep,
        ...(target.restart ? { restart: target.restart } : {})
      })
    case 'command':
      return new CommandTarget({
        run: target.run,
        cwd: config.dir,
        ...(target.timeoutMinutes ? { timeoutMinutes: target.timeoutMinutes } : {})
      })
  }
}
