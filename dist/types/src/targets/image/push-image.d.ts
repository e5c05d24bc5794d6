import type { RegistryClient } from '../../repository/oci/registry-client.js';
import type { Platform } from './platform.js';
import type { Descriptor } from './read-image.js';
export declare const OCI_CONFIG = "application/vnd.oci.image.config.v1+json";
/** One platform's image to push: its config, and layers whose blobs the repository holds. */
export interface ImageToPush {
    platform: Platform;
    config: Record<string, unknown>;
    layers: Descriptor[];
}
/** What a tag was set to: the manifest (one platform) or index (several) and its digest. */
export interface PushedImage {
    digest: string;
    mediaType: string;
    /** The digest of each platform's manifest, in the order given. */
    manifests: {
        platform: Platform;
        digest: string;
    }[];
}
/**
 * Pushes the configs and manifests of an image and sets `tags` to it, in order: one platform's
 * manifest under the tags, or each platform's manifest by digest and an index of them under the
 * tags. Everything is JSON of the inputs, so the same inputs give the same digests.
 */
export declare function pushImage(client: RegistryClient, images: ImageToPush[], annotations: Record<string, string>, tags: string[]): Promise<PushedImage>;
