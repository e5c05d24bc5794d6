import type { PackageRecord } from '../../repository/package-repository.js';
/** Keys mxdeploy writes on images, beside image-spec's pre-defined ones (annotations.md). */
export declare const IMAGE_KEY: {
    readonly baseName: "org.opencontainers.image.base.name";
    readonly baseDigest: "org.opencontainers.image.base.digest";
    readonly platforms: "dev.mxdeploy.platforms";
    readonly environment: "dev.mxdeploy.environment";
    readonly constants: "dev.mxdeploy.constants";
    readonly scheduledEvents: "dev.mxdeploy.scheduled-events";
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
/** The package facts an image carries. */
export type ImagePackage = Pick<PackageRecord, 'app' | 'version' | 'sha256' | 'runtimeVersion' | 'commit'>;
/**
 * The labels of an app image's config: image-spec's version, revision, source and created, and
 * the MDA's SHA-256, app and runtime version under mxdeploy's own keys.
 */
export declare function appLabels(pkg: ImagePackage, created: string, source: string | undefined): Record<string, string>;
/** What makes an app image the one asked for: its package, its base and its platforms. */
export interface ImageIdentity {
    sha256: string;
    baseDigest: string;
    platforms: string;
}
/** The annotations of an app image's manifests (and index): its labels and its identity. */
export declare function appAnnotations(labels: Record<string, string>, baseName: string, identity: ImageIdentity): Record<string, string>;
/** The identity an existing image states, from its top-level annotations. */
export declare function statedIdentity(annotations: Record<string, string>): Partial<ImageIdentity>;
