import type { EnvironmentConfig, MxdeployConfig } from './types.js';
/** The environment of a name, or a ConfigurationError listing the names there are. */
export declare function findEnvironment(config: MxdeployConfig, name: string): EnvironmentConfig;
