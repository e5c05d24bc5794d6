import type { Logger } from '../../log.js';
import type { RetryPolicy } from '../../net/retry-policy.js';
import { type ImageReference } from '../../repository/oci/image-reference.js';
import { RegistryClient } from '../../repository/oci/registry-client.js';
/** The variables of the image registry's credentials, and of a base registry elsewhere. */
export declare const IMAGE_VARIABLES = "MXDEPLOY_IMAGE";
export declare const BASE_VARIABLES = "MXDEPLOY_BASE";
export interface ImageSettings {
    /** The runtime image to build on, `HOST/NAME[:TAG][@sha256:…]`. */
    base: string;
    /** The repository to push to, `HOST/NAME` (the tag is the package version). */
    image: string;
}
/** The two registries an image build talks to, with their references. */
export interface ImageRegistries {
    baseRef: ImageReference;
    imageRef: ImageReference;
    base: RegistryClient;
    image: RegistryClient;
    /** Bytes per PATCH of uploads to the image registry. */
    chunkSize: number;
}
export interface RegistryOptions {
    env: NodeJS.ProcessEnv;
    log: Logger;
    /** The package repository's URI: its MXDEPLOY_OCI_* credentials serve an image on its host. */
    packageRepository?: string;
    /** What the settings are called in messages, such as `environment acceptance's target`. */
    what: string;
    retry?: RetryPolicy;
}
/**
 * Parses the base and image references and opens a client for each. The image is a repository
 * without a tag or digest: its tags are the package version and the environments. A base on the
 * image's registry shares its credentials; a base elsewhere gets MXDEPLOY_BASE_* (or none).
 */
export declare function openRegistries(settings: ImageSettings, options: RegistryOptions): ImageRegistries;
