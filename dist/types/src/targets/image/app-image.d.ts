import { type LayerCompression } from './app-layer.js';
import { type ImagePackage } from './image-labels.js';
import type { ImageProgress } from './progress.js';
import { type PlatformChoice, type PlatformImage } from './read-image.js';
import type { ImageRegistries } from './registries.js';
export interface AppImageRequest {
    registries: ImageRegistries;
    package: ImagePackage;
    /** The MDA, SHA-256 already checked. */
    mdaPath: string;
    /** RFC 3339: the package's build time; the image's `created` and every file's time. */
    created: string;
    platforms: PlatformChoice;
    compression: LayerCompression;
    /** The source repository's URL, for `org.opencontainers.image.source`. */
    source: string | undefined;
    progress: ImageProgress;
}
/** The app image of a package: tagged with its version, one per package, base and platforms. */
export interface AppImage {
    /** `host/name:version@sha256:…` */
    reference: string;
    tag: string;
    digest: string;
    /** False when the tag already held this image and nothing was pushed. */
    pushed: boolean;
    annotations: Record<string, string>;
    images: PlatformImage[];
}
/**
 * Builds and pushes the app image of a package, or finds it already pushed: the base's layers
 * (mounted from the base's repository, or copied from its registry), one layer with the MDA
 * unpacked at /opt/mendix/build, and the base's config with the package's labels, for each
 * platform chosen. The tag is the package version and is never moved to other content.
 */
export declare function buildAppImage(request: AppImageRequest): Promise<AppImage>;
