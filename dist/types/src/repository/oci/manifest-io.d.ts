import { type RegistryClient } from './registry-client.js';
/** Manifest media types of image-spec and of Docker's schema 2 (distribution's manifest-v2-2). */
export declare const MEDIA_TYPE: {
    readonly ociManifest: "application/vnd.oci.image.manifest.v1+json";
    readonly ociIndex: "application/vnd.oci.image.index.v1+json";
    readonly dockerManifest: "application/vnd.docker.distribution.manifest.v2+json";
    readonly dockerList: "application/vnd.docker.distribution.manifest.list.v2+json";
};
/** Every manifest kind mxdeploy reads: a registry without an Accept may fall back to schema 1. */
export declare const ACCEPT_ANY_MANIFEST: ("application/vnd.oci.image.manifest.v1+json" | "application/vnd.oci.image.index.v1+json" | "application/vnd.docker.distribution.manifest.v2+json" | "application/vnd.docker.distribution.manifest.list.v2+json")[];
/** A manifest as the registry sent it: its exact bytes, their digest and the media type. */
export interface FetchedManifest {
    bytes: Buffer;
    digest: string;
    /** The body's own `mediaType`, else the Content-Type the registry sent. */
    mediaType: string | undefined;
}
/**
 * GET of a manifest by tag or digest (distribution-spec "Pulling manifests"), with the media
 * types the caller takes; undefined when the registry has none there (404). The bytes are checked
 * against the digest asked for, and against the Docker-Content-Digest the registry states.
 */
export declare function getManifest(client: RegistryClient, reference: string, accept?: readonly string[]): Promise<FetchedManifest | undefined>;
/**
 * PUT of a manifest under a tag, or by its digest for a manifest an index refers to
 * (distribution-spec "Pushing manifests"). Returns its digest.
 */
export declare function putManifest(client: RegistryClient, reference: string, bytes: Buffer, mediaType: string): Promise<string>;
