import { type SafetyLimits } from '../zip/safety.js';
import type { BuildManifest } from './manifest.js';
import type { ModelMetadata } from './metadata.js';
export interface MdaVerification {
    path: string;
    entries: number;
    sha256: string;
    /** Size of the package file in bytes. */
    size: number;
    metadata: ModelMetadata;
    manifest: BuildManifest | null;
}
/**
 * Checks a package end to end: every entry's CRC-32, the safety rules (paths, links, duplicates,
 * encryption, bombs), an MDA's metadata.json, and the `.sha256` beside it when there is one.
 * Throws a ConfigurationError that lists every problem.
 */
export declare function verifyPackage(path: string, limits?: SafetyLimits): Promise<MdaVerification>;
