import type { Logger } from '../../log.js';
import type { BlobArrival } from '../../repository/oci/blob-copy.js';
/**
 * Every progress line of an image build, in one place, so they can move to a progress API
 * without touching the build.
 */
export declare class ImageProgress {
    private readonly log;
    constructor(log: Logger);
    base(name: string, digest: string, platforms: string[]): void;
    reused(reference: string): void;
    layer(files: number, size: number, digest: string): void;
    blob(arrival: BlobArrival, digest: string, size: number, from: string): void;
    uploading(size: number): void;
    pushed(reference: string): void;
}
