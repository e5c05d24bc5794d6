import { type RegistryClient } from './registry-client.js';
/** How a blob came to be in the target repository. */
export type BlobArrival = 'present' | 'mounted' | 'copied';
/**
 * Asks the registry to link a blob of another of its repositories into this one
 * (distribution-spec "Mounting a blob from another repository"): true when it did (201). A
 * registry that cannot (no access to `from`, the blob is not there, mounting unsupported) opens
 * an ordinary upload instead (202), which is cancelled here: false.
 */
export declare function mountBlob(client: RegistryClient, digest: string, from: string): Promise<boolean>;
export interface BlobToCopy {
    digest: string;
    size: number;
}
export interface CopyOptions {
    /** A folder for the blob while it passes through this machine. */
    tempDir: string;
    /** Bytes per PATCH of the upload. */
    chunkSize?: number;
}
/**
 * Puts a blob of `source`'s repository into `target`'s: nothing to do when it is there already,
 * a cross-repository mount when both are on the same registry, else a download (resumed on a cut,
 * SHA-256 checked) to a temporary file and a chunked upload from it.
 */
export declare function copyBlob(source: RegistryClient, target: RegistryClient, blob: BlobToCopy, options: CopyOptions): Promise<BlobArrival>;
