import type { EnvironmentConfig, ImageTargetConfig } from '../../config/types.js';
import type { DeploymentRequest, DeploymentResult, DeploymentTarget, RunningState } from '../deployment-target.js';
export interface ImageTargetOptions {
    config: ImageTargetConfig;
    environment: EnvironmentConfig;
    /** Where registry credentials are read; default process.env. */
    env?: NodeJS.ProcessEnv;
    /** The package repository's URI (an oci:// one lends its credentials on the same host). */
    packageRepository?: string;
}
/**
 * A container image per environment, built without a Docker daemon: the app image of the package
 * (tagged with its version, shared by every environment) and a config-only image with the
 * environment's constants and scheduled events as the buildpack's variables, tagged
 * `<version>-<environment>` and `<environment>`. What runs is what the `<environment>` tag holds,
 * read back from the registry.
 */
export declare class ImageTarget implements DeploymentTarget {
    private readonly options;
    readonly knowsWhatRuns = true;
    readonly type = "image";
    private readonly what;
    private readonly platforms;
    constructor(options: ImageTargetOptions);
    private registries;
    current(): Promise<RunningState | undefined>;
    deploy(request: DeploymentRequest): Promise<DeploymentResult>;
}
