import type { EnvironmentSettings } from '../deployment-target.js';
/** The variable the Mendix buildpack reads a constant from: every dot becomes an underscore. */
export declare function constantVariable(name: string): string;
export declare const SCHEDULED_EVENTS = "SCHEDULED_EVENTS";
/**
 * `SCHEDULED_EVENTS` as the buildpack reads it: `ALL`, `NONE`, or the names joined by commas with
 * no spaces (it splits on "," and trims nothing, so "A.B, C.D" would drop " C.D").
 */
export declare function scheduledEventsValue(events: Record<string, boolean>): string;
export interface VariablesInput {
    /** The Cloud Foundry app's name, for the cf commands in messages. */
    app: string;
    /** The mxdeploy environment's name. */
    environment: string;
    settings: EnvironmentSettings;
    /** The constants mxdeploy.yml sets for the environment. */
    configured: Record<string, string>;
    /** Whether mxdeploy.yml sets scheduled-events for the environment. */
    eventsConfigured: boolean;
    /** The app's environment variables now. */
    current: Record<string, string>;
    /** The variables mxdeploy set before (the app's annotation). */
    owned: string[];
}
export interface VariablesPlan {
    /** The PATCH of the app's variables: a value sets, null deletes; empty when nothing changes. */
    patch: Record<string, string | null>;
    /** The variables mxdeploy has set once the patch is applied. */
    owned: string[];
    notes: string[];
    warnings: string[];
}
/**
 * The variables a deployment sets, following the buildpack's rules (cf-mendix-buildpack,
 * buildpack/core/runtime.py): `MX_<Module>_<Constant>` for each constant mxdeploy.yml sets,
 * and `SCHEDULED_EVENTS`. mxdeploy owns what it set (recorded on the app) and removes those it
 * no longer sets (a constant taken out of mxdeploy.yml or out of the package), so the default
 * applies again. Variables someone else set are never touched: an `MX_` variable of a constant
 * mxdeploy.yml does not set keeps its value (the place for secrets), one the package has no
 * constant for is reported. `SCHEDULED_EVENTS` is always written unless someone else set it and
 * mxdeploy.yml sets no scheduled events: the buildpack's default is ALL, the settings' is none.
 * Never written: `CONSTANTS`, `MXRUNTIME_*`, `CUSTOM_RUNTIME_SETTINGS`; refused: those of them
 * that would override or garble what mxdeploy sets.
 */
export declare function planVariables(input: VariablesInput): VariablesPlan;
