import { type CentralDirectory } from '../zip/central-directory.js';
import { type BuildManifest } from './manifest.js';
import { type ModelMetadata } from './metadata.js';
export interface MdaInspection {
    path: string;
    /** Size of the package file in bytes. */
    size: number;
    /** SHA-256 recorded beside the package (`<file>.sha256`), or null when there is none. */
    sha256: string | null;
    entries: number;
    /** Sum of the entries' uncompressed sizes. */
    uncompressedBytes: number;
    compressedBytes: number;
    manifest: BuildManifest | null;
    metadata: ModelMetadata;
}
/** Reads a package's central directory and metadata.json, which every MDA must have. */
export declare function readPackageFacts(path: string): Promise<{
    directory: CentralDirectory;
    metadata: ModelMetadata;
    manifest: BuildManifest | null;
}>;
/**
 * What a package holds, from its central directory and metadata.json alone: a handful of reads
 * whatever the package's size.
 */
export declare function inspectPackage(path: string): Promise<MdaInspection>;
