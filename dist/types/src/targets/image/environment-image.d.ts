import type { RegistryClient } from '../../repository/oci/registry-client.js';
import type { EnvironmentSettings, RunningState } from '../deployment-target.js';
import type { AppImage } from './app-image.js';
/** The tags of an environment: its image of one package version, and what it runs now. */
export declare function environmentTags(version: string, environment: string): [string, string];
/**
 * The variables of an environment's settings: MX_<Module>_<Constant> for every constant and
 * SCHEDULED_EVENTS. Two constants that map to one variable with different values are refused:
 * the buildpack would give both the same value.
 */
export declare function environmentVariables(settings: EnvironmentSettings): Record<string, string>;
export interface EnvironmentImage {
    /** `host/name:<version>-<environment>@sha256:…`: what a Deployment pins. */
    reference: string;
    digest: string;
    tags: string[];
}
/**
 * Pushes an environment's image: the app image's layers with a config that adds the
 * environment's settings as the buildpack's variables (no layer of its own), tagged
 * `<version>-<environment>` and then `<environment>`. That last tag is what the environment runs.
 */
export declare function pushEnvironmentImage(client: RegistryClient, app: AppImage, environment: string, settings: EnvironmentSettings, created: string): Promise<EnvironmentImage>;
/**
 * What an environment runs, read back from its tag: the package from the labels, the settings
 * from the variables of the config. Undefined when the tag does not exist; an image mxdeploy did
 * not build there is refused, since the next stage would move the tag away from it.
 */
export declare function readEnvironmentImage(client: RegistryClient, environment: string): Promise<(RunningState & {
    reference: string;
}) | undefined>;
