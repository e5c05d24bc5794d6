import type { Logger } from '../../log.js';
import type { EarlyUpload } from '../package-repository.js';
import type { RegistryClient } from './registry-client.js';
/**
 * The package's blob sent while the package is verified: the chunks go into an upload session
 * at once, and the closing PUT (`?digest=`, the step that makes the registry keep a blob) waits
 * for `finish`, which only a publish of the verified package calls. Until then the bytes are an
 * open upload that nothing refers to; `cancel` deletes it (the Docker Registry HTTP API V2's
 * "cancel outstanding upload", which docker-registry and most registries serve; the OCI
 * distribution-spec lists no such endpoint, so it stays best effort, and an upload left open
 * expires on its own). On one GiB this overlaps the 2 s of verification with the upload.
 */
export declare class EarlyBlobUpload implements EarlyUpload {
    readonly file: string;
    private readonly stop;
    /** Cancelled: `finish` would only report that; publish uploads the file itself. */
    get cancelled(): boolean;
    private settle;
    private readonly done;
    constructor(client: RegistryClient, file: string, chunkSize: number, log: Logger, uri: string);
    private send;
    /** Closes the upload as `digest` once every byte is sent and hashed to it; fails as uploadFile. */
    finish(digest: string): Promise<void>;
    cancel(): Promise<void>;
}
