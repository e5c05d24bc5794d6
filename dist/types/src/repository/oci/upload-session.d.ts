import type { Body } from './http.js';
import { type RegistryClient } from './registry-client.js';
/** An upload the registry holds open (distribution-spec "Pushing blobs"). */
export interface Session {
    /** The latest `Location`: distribution keeps the upload's state in it. */
    url: URL;
    /** OCI-Chunk-Min-Length: the smallest chunk the registry takes (distribution-spec 1.1). */
    minChunk: number;
}
/** Opens an upload (POST); a POST lost on the way leaves at most an unused session, which expires. */
export declare function startUpload(client: RegistryClient): Promise<Session>;
/** Cancels an upload, best effort: an abandoned upload holds no tag, and registries expire them. */
export declare function cancelUpload(client: RegistryClient, url: URL): Promise<void>;
/**
 * Sends bytes `start`..`end` of the blob as one PATCH, once, and returns the next Location. A
 * lost connection, a 5xx, a 416 (the registry holds another range) or a 404 (it dropped the
 * upload) is a TransientError: the caller asks the registry where the upload stands and goes on
 * from there.
 */
export declare function sendChunk(client: RegistryClient, session: Session, start: number, end: number, body: Body, file: string): Promise<void>;
/**
 * Where an upload stands (distribution-spec "get the current status": GET of the upload URL,
 * 204 with `Range: 0-<last>` and the Location to go on with): the offset of the next byte, or
 * undefined when the registry no longer has the upload (404: start it again).
 */
export declare function uploadOffset(client: RegistryClient, session: Session): Promise<number | undefined>;
/**
 * Closes an upload with PUT `?digest=`, with the last bytes or none. Sent once when it carries
 * bytes (the caller starts over), retried when empty; a retry that finds the upload gone because
 * the first PUT did arrive finds the blob instead.
 */
export declare function finishUpload(client: RegistryClient, session: Session, digest: string, body?: Body): Promise<void>;
/** Whether the repository already has a blob (distribution-spec "Checking if content exists"). */
export declare function blobExists(client: RegistryClient, digest: string): Promise<boolean>;
