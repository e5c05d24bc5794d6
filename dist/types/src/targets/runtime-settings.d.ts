import type { EnvironmentSettings } from './deployment-target.js';
export type ScheduledEventExecution = 'ALL' | 'NONE' | 'SPECIFIED';
/**
 * An environment's settings under the names the Mendix runtime reads them by: the keys of
 * m2ee-tools' `mxruntime` section, which m2ee sends to the runtime's `update_configuration`.
 */
export interface RuntimeSettings {
    /** Every constant of the package, by qualified name, as text. */
    MicroflowConstants: Record<string, string>;
    ScheduledEventExecution: ScheduledEventExecution;
    /**
     * The events that run under SPECIFIED, comma-separated without spaces (the form m2ee sends to
     * the runtime); absent under ALL and NONE.
     */
    MyScheduledEvents?: string;
}
/**
 * The runtime's names for the settings: ALL when every event of the package runs, NONE when none
 * does (or it has none), else SPECIFIED with the ones that run.
 */
export declare function toRuntimeSettings(settings: EnvironmentSettings): RuntimeSettings;
/**
 * The settings back from the runtime's names, with `events` the package's scheduled events (from
 * its metadata.json): ALL and NONE only mean something against that list.
 */
export declare function fromRuntimeSettings(runtime: RuntimeSettings, events: readonly string[]): EnvironmentSettings;
/** Whether a parsed document has the runtime's names (rather than some other shape). */
export declare function isRuntimeSettings(value: unknown): value is RuntimeSettings;
