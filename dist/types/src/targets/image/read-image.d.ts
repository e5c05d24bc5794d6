import type { RegistryClient } from '../../repository/oci/registry-client.js';
import { type Platform } from './platform.js';
/** A content descriptor (image-spec descriptor.md), as mxdeploy writes and reads them. */
export interface Descriptor {
    mediaType: string;
    digest: string;
    size: number;
    platform?: Platform;
    annotations?: Record<string, string>;
}
/** One platform's image: its config (parsed, unknown fields kept) and layers. */
export interface PlatformImage {
    platform: Platform;
    /** The digest of its image manifest. */
    manifestDigest: string;
    config: Record<string, unknown>;
    /** In stack order, with OCI media types. */
    layers: Descriptor[];
}
export interface ReadImage {
    /** The digest of what the reference resolved to (an index or a manifest). */
    digest: string;
    mediaType: string;
    /** The annotations of that index or manifest. */
    annotations: Record<string, string>;
    images: PlatformImage[];
}
/** Which platforms to build: the default, the ones listed, or every one the base has. */
export type PlatformChoice = {
    kind: 'default';
} | {
    kind: 'list';
    platforms: Platform[];
} | {
    kind: 'all';
};
/**
 * Reads, checks and parses an image: its manifest or index (OCI, or Docker schema 2), then the
 * manifest and config of each platform chosen. Undefined when the reference names nothing (404).
 * `name` starts every refusal, such as `base image ghcr.io/acme/runtime:10`.
 */
export declare function readImage(client: RegistryClient, reference: string, name: string, choice: PlatformChoice): Promise<ReadImage | undefined>;
