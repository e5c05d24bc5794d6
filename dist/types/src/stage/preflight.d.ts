import type { EnvironmentConfig } from '../config/types.js';
import type { ModelMetadata } from '../mda/metadata.js';
import type { EnvironmentSettings } from '../targets/deployment-target.js';
export interface ConstantChange {
    name: string;
    /** Undefined when the environment did not have the constant. */
    before: string | undefined;
    /** Undefined when the package no longer has it. */
    after: string | undefined;
}
export interface PreflightResult {
    settings: EnvironmentSettings;
    warnings: string[];
    /** Constants whose value differs from what the environment runs now. */
    changes: ConstantChange[];
    /** Constants new in this package that take their default value. */
    defaulted: string[];
}
/** What the environment runs now, for the comparison. */
export interface PreviousSettings {
    constants: Record<string, string> | undefined;
}
/**
 * Checks an environment's configuration against a package's metadata.json before anything is
 * deployed: a constant or scheduled event the package doesn't have is a typo (error); a constant
 * new in this package takes its default with a warning, or is refused with `new-constants:
 * require`; values must fit their types. Returns the full settings and the diff against now.
 */
export declare function preflight(environment: EnvironmentConfig, metadata: ModelMetadata, previous: PreviousSettings, where: string): PreflightResult;
