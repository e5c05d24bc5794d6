import { CONFIG_FILE } from './config-file.js';
import type { MxdeployConfig } from './types.js';
export { CONFIG_FILE };
export interface LoadOptions {
    /** Where state (activity log, locks, default environments) is kept; default `.mxdeploy` beside the file. */
    stateDir?: string;
}
/**
 * Reads and validates mxdeploy.yml against the shipped JSON Schema; every problem is reported with
 * its file, line and column, and what is allowed there.
 */
export declare function loadConfig(file: string, options?: LoadOptions): Promise<MxdeployConfig>;
/** Validates the text of a configuration file; `path` is used for messages and relative paths. */
export declare function parseConfig(text: string, path: string, options?: LoadOptions): MxdeployConfig;
