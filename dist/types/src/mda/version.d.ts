/** Whether `version` is a four-part Mendix model version such as 1.2.0.15. */
export declare function isModelVersion(version: string): boolean;
/**
 * The four-part Mendix model version (major.minor.patch.build) for a `--version` and build number:
 * `1.2.0` with build 15 gives `1.2.0.15`; a four-part version is taken as it is. `fallback` (the
 * run number) applies to three-part versions only; an explicit build number that contradicts a
 * four-part version is refused.
 */
export declare function modelVersion(version: string, buildNumber: string | undefined, fallback?: string): string;
/** Compares two four-part versions numerically. */
export declare function compareVersions(a: string, b: string): number;
