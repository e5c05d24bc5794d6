import type { MxdeployConfig, EnvironmentConfig } from '../config/types.js'
import { CommandTarget } from './command-target.js'
import type { DeploymentTarget } from './deployment-target.js'
import { LocalTarget } from './local-target.js'
import { M2eeTarget } from './m2ee/m2ee-target.js'
import { MendixCloudTarget } from './mendix-cloud/mendix-cloud-target.js'

export interface TargetContext {
  /** Where credentials are read (MENDIX_USERNAME, MENDIX_API_KEY); default process.env. */
  env?: NodeJS.ProcessEnv
}

/** The target an environment deploys to, from its configuration. */
export function openTarget(
  environment: EnvironmentConfig,
  config: MxdeployConfig,
  context: TargetContext = {}
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
    case 'mendix-cloud':
      return new MendixCloudTarget({
        config: target,
        environment,
        ...(context.env ? { env: context.env } : {})
      })
    case 'm2ee':
      return new M2eeTarget({ config: target })
  }
}
