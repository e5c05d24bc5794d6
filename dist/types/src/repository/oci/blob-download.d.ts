import type { ProgressTask } from '../../progress/progress.js';
import { type RegistryClient } from './registry-client.js';
export interface BlobDownload {
    digest: string;
    dest: string;
    /** Told the bytes received so far; it goes back when the download starts over. */
    progress?: ProgressTask;
}
/**
 * Streams a blob to `dest` and returns the SHA-256 (hex) and size of what arrived. A connection
 * lost on the way is resumed with a `Range` request from the first byte not yet received
 * (distribution-spec "Resumable Pull"), or started over when the registry sends the whole blob
 * again. Leaves no partial file behind on failure; the caller compares the hash and removes
 * `dest` on mismatch.
 */
export declare function downloadBlob(client: RegistryClient, { digest, dest, progress }: BlobDownload): Promise<{
    sha256: string;
    size: number;
}>;
/**
 * A small blob (an image config) in memory, checked against its digest. A failed or cut answer
 * is asked for again under the client's retry policy.
 */
export declare function readBlob(client: RegistryClient, digest: string): Promise<Buffer>;
