import { ConfigurationError } from '../errors.js'
import type { EnvironmentConfig, MxdeployConfig } from './types.js'

/** The environment of a name, or a ConfigurationError listing the names there are. */
export function findEnvironment(config: MxdeployConfig, name: string): EnvironmentConfig {
  const environment = config.environments.find((env) => env.name === name)
  if (!environment) {
    const known = config.environments.map((env) => env.name)
    throw new ConfigurationError(
      `unknown environment "${name}"${config.file ? ` in ${config.file}` : ''}; the environments are: ${known.join(', ') || '(none)'}`
    )
  }
  return environment
}
