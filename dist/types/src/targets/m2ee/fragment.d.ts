import type { EnvironmentSettings } from '../deployment-target.js';
import { type RuntimeSettings } from '../runtime-settings.js';
/** The release-independent path m2ee is given with `-c`, relative to app-base. */
export declare const FRAGMENT_LINK = ".mxdeploy/m2ee.yaml";
/** The fragment's name inside each release folder. */
export declare const FRAGMENT_FILE = "m2ee.yaml";
/**
 * What mxdeploy writes for m2ee, in the runtime's names: the constants mxdeploy.yml sets and, when
 * it sets scheduled-events, the events. Constants it does not set are left to the team's
 * m2ee.yaml (where secrets stay on the server) and else to the model's default, as m2ee does.
 */
export type FragmentSettings = Pick<RuntimeSettings, 'MicroflowConstants'> & Partial<Omit<RuntimeSettings, 'MicroflowConstants'>>;
/** The part of an environment's settings that mxdeploy.yml decides. */
export declare function fragmentSettings(settings: EnvironmentSettings, decided: {
    constants: readonly string[];
    scheduledEvents: boolean;
}): FragmentSettings;
export interface FragmentHeader {
    app: string;
    version: string;
    environment: string;
    /** The -c arguments m2ee needs, for the comment. */
    usage: string;
}
/**
 * mxdeploy's m2ee configuration file: only `mxruntime`, every constant quoted (so YAML makes
 * none of them a number, boolean or date), and `MyScheduledEvents` as one comma-separated text,
 * which replaces the team's value when m2ee merges the files (a list would be appended to the
 * team's list instead).
 */
export declare function renderFragment(settings: FragmentSettings, header: FragmentHeader): string;
/** The settings in an m2ee fragment mxdeploy wrote; throws when it is not one. */
export declare function parseFragment(text: string, label: string): FragmentSettings;
