import type { ProgressTask } from '../../progress/progress.js';
import type { RegistryClient } from './registry-client.js';
import { blobExists } from './upload-session.js';
export { blobExists };
/** Size of one PATCH of a chunked upload; files up to this size go in one PUT. */
export declare const DEFAULT_CHUNK_SIZE: number;
/** ghcr.io refuses request bodies over 4 MiB ("exceeds the maximum permissible limit of 4.00MiB"). */
export declare const GHCR_CHUNK_SIZE: number;
/**
 * Uploads small content in one POST + PUT, unless the repository has it already. A PUT that
 * fails transiently is sent again in a new upload.
 */
export declare function uploadBytes(client: RegistryClient, bytes: Buffer): Promise<string>;
export interface FileUpload {
    file: string;
    size: number;
    /**
     * `sha256:<hex>` the file must have; checked while streaming, before the upload is committed.
     * A promise while the package is still being verified: the chunks go out meanwhile, and the
     * upload is closed only once it resolves. If it rejects, the upload is cancelled, never closed.
     */
    digest: string | Promise<string>;
    chunkSize?: number;
    /** Told the bytes sent so far (read from the file into a request); it goes back on a resume. */
    progress?: ProgressTask;
    /** Stops the upload between chunks; it is cancelled, never closed. */
    signal?: AbortSignal;
}
/**
 * Streams a file into the repository as a blob: one PUT up to the chunk size, chunked PATCHes
 * with Content-Range above it, then the closing PUT with the digest. Never holds the file in
 * memory. A chunk that fails transiently is resumed from the range the registry reports it
 * holds (bytes it acknowledged are not sent again); an upload the registry dropped is started
 * over. Waits and the limit follow the client's retry policy. On a final failure the upload
 * session is cancelled; nothing refers to a partial blob.
 */
export declare function uploadFile(client: RegistryClient, upload: FileUpload): Promise<void>;
