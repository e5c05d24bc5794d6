import type { EnvironmentSettings } from './deployment-target.js';
/**
 * The variable Mendix's buildpacks read a constant from: `MX_` and the constant's name with
 * every `.` as `_` (cf-mendix-buildpack `_get_constants`, which docker-mendix-buildpack runs).
 * The buildpack looks names up from the model's constants, so underscores in them stay.
 */
export declare function constantVariable(name: string): string;
/**
 * SCHEDULED_EVENTS as the buildpacks read it: ALL, NONE, or the enabled events separated by
 * commas without spaces (the buildpack splits on `,` and does not trim).
 */
export declare function scheduledEventsValue(events: Record<string, boolean>): string;
/**
 * The settings in the Mendix buildpacks' conventions: `MX_<Module>_<Constant>` per constant,
 * `CONSTANTS` as JSON, `SCHEDULED_EVENTS` as ALL, NONE or a comma-separated list.
 */
export declare function settingsEnvironment(settings: EnvironmentSettings): Record<string, string>;
/**
 * The settings a buildpack would run with, from its variables, for the constants and events of
 * a package: a constant without its variable is left out; SCHEDULED_EVENTS unset means ALL, as
 * the buildpack takes it.
 */
export declare function settingsFromVariables(variables: Record<string, string>, constants: readonly string[], events: readonly string[]): EnvironmentSettings;
