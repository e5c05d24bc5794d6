import type { MxdeployConfig, EnvironmentConfig } from '../config/types.js';
import type { DeploymentTarget } from './deployment-target.js';
export interface TargetContext {
    /** Where credentials are read (MENDIX_USERNAME, MENDIX_API_KEY, CF_…, KUBECONFIG); default process.env. */
    env?: NodeJS.ProcessEnv;
    /** The URI of the package repository the stage uses (CLI flag or action input), if not mxdeploy.yml's. */
    repository?: string;
}
/** The target an environment deploys to, from its configuration. */
export declare function openTarget(environment: EnvironmentConfig, config: MxdeployConfig, context?: TargetContext): DeploymentTarget;
