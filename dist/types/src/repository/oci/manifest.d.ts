import type { PackageRecord } from '../package-repository.js';
/** The MDA's media type: the artifact's `artifactType` and its one layer's `mediaType`. */
export declare const MDA_MEDIA_TYPE = "application/vnd.mendix.mda.v1+zip";
export declare const MANIFEST_MEDIA_TYPE = "application/vnd.oci.image.manifest.v1+json";
/** image-spec 1.1 "Guidance for an empty descriptor": `{}` as the config of an artifact. */
export declare const EMPTY_CONFIG: {
    readonly mediaType: "application/vnd.oci.empty.v1+json";
    readonly digest: "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";
    readonly size: 2;
};
export declare const EMPTY_CONFIG_BYTES: Buffer<ArrayBuffer>;
/** Pre-defined annotation keys of image-spec, and mxdeploy's own for the rest of the record. */
export declare const ANNOTATION: {
    readonly version: "org.opencontainers.image.version";
    readonly revision: "org.opencontainers.image.revision";
    readonly created: "org.opencontainers.image.created";
    readonly source: "org.opencontainers.image.source";
    readonly title: "org.opencontainers.image.title";
    readonly app: "dev.mxdeploy.app";
    readonly sha256: "dev.mxdeploy.sha256";
    readonly runtimeVersion: "dev.mxdeploy.runtime-version";
    readonly modelVersion: "dev.mxdeploy.model-version";
    readonly branch: "dev.mxdeploy.branch";
    readonly createdBy: "dev.mxdeploy.created-by";
    readonly stories: "dev.mxdeploy.stories";
};
export interface Descriptor {
    mediaType: string;
    digest: string;
    size: number;
    annotations?: Record<string, string>;
}
export interface ImageManifest {
    schemaVersion: 2;
    mediaType: string;
    artifactType?: string;
    config: Descriptor;
    layers: Descriptor[];
    annotations?: Record<string, string>;
}
/** The file name an MDA gets when it is pulled (`org.opencontainers.image.title`). */
export declare function packageFileName(app: string, version: string): string;
/**
 * The manifest of one package: the MDA as the only layer, the empty config, and annotations
 * that carry the whole record, so `list` and `get` need nothing but manifests.
 */
export declare function buildManifest(record: Omit<PackageRecord, 'url'>, source: string | undefined): {
    manifest: ImageManifest;
    bytes: Buffer;
    digest: string;
};
/** `sha256:<hex>` of some bytes. */
export declare function sha256Digest(bytes: Buffer): string;
/** What a tag holds: an mxdeploy package, or why it is not one. */
export type ManifestReading = {
    kind: 'package';
    manifest: ImageManifest;
    record: PackageRecord;
    layer: Descriptor;
} | {
    kind: 'other';
    why: string;
};
/**
 * Rebuilds a package record from a manifest's bytes. `url` is the reference the record gets.
 * Anything that is not an mxdeploy MDA artifact, or whose annotations disagree with its
 * layer, is reported as `other` with the reason.
 */
export declare function readManifest(bytes: Buffer, mediaType: string | undefined, url: (digest: string) => string): ManifestReading;
