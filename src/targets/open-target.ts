import type { MxdeployConfig, EnvironmentConfig } from '../config/types.js'
import { CloudFoundryTarget } from './cloudfoundry/cloudfoundry-target.js'
import { CommandTarget } from './command-target.js'
import type { DeploymentTarget } from './deployment-target.js'
import { ImageTarget } from './image/image-target.js'
import { KubernetesTarget } from './kubernetes/kubernetes-target.js'
import { LocalTarget } from './local-target.js'
import { M2eeTarget } from './m2ee/m2ee-target.js'
import { MendixCloudTarget } from './mendix-cloud/mendix-cloud-target.js'

export interface TargetContext {
  /** Where credentials are read (MENDIX_USERNAME, MENDIX_API_KEY, CF_…, KUBECONFIG); default process.env. */
  env?: NodeJS.ProcessEnv
  /** The URI of the package repository the stage uses (CLI flag or action input), if not mxdeploy.yml's. */
  repository?: string
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
    case 'image':
      return new ImageTarget({
        config: target,
        environment,
        packageRepository: context.repository ?? config.repository,
        ...(context.env ? { env: context.env } : {})
      })
    case 'cloudfoundry':
      return new CloudFoundryTarget({
        config: target,
        environment,
        ...(context.env ? { env: context.env } : {})
      })
    case 'kubernetes':
      return new KubernetesTarget({
        config: target,
        environment,
        app: config.app,
        repository: context.repository ?? config.repository,
        ...(context.env ? { env: context.env } : {})
      })
    case 'm2ee':
      return new M2eeTarget({ config: target })
  }
}
