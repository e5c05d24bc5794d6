import { type ApiContext } from './api-context.js';
/** Deploy API v1 "Retrieve/Set Environment Settings". */
export interface V1Settings {
    Constants: {
        Name: string;
        DataType?: string;
        Value: string | null;
        DeployedValue?: string | null;
    }[];
    CustomSettings: unknown[];
    ScheduledEvents: {
        Name: string;
        DeployedValue?: string;
        Value: string;
    }[];
}
/** The settings mxdeploy.yml gives an environment: only what it sets is pushed. */
export interface WantedSettings {
    /** Constants set in mxdeploy.yml; the others keep what the Portal has. */
    constants: Record<string, string>;
    /** Every scheduled event on or off, or undefined to leave them as they are. */
    scheduledEvents: Record<string, boolean> | undefined;
}
export interface SettingsPlan {
    /** The body to POST: what was read, with the wanted values in place. */
    body: V1Settings;
    constants: string[];
    events: string[];
    /** Wanted names the environment does not have. */
    unknown: string[];
}
/** The environment's constants, custom settings and scheduled events. */
export declare function readSettings(context: ApiContext, mode: string): Promise<V1Settings>;
/**
 * The settings to write: the document as read (the API takes back what it gave), with the
 * wanted constant values and events put in. Lists the names whose value changes.
 */
export declare function planSettings(current: V1Settings, wanted: WantedSettings): SettingsPlan;
/**
 * Puts the wanted constants and scheduled events on the environment; they apply at its next
 * start. Returns the names changed (never their values: constants may hold secrets).
 */
export declare function pushSettings(context: ApiContext, mode: string, wanted: WantedSettings): Promise<{
    constants: string[];
    events: string[];
}>;
