import { type OciReference } from './reference.js';
/** An image as Docker and OCI tools write it: `[host[:port]/]name[:tag][@sha256:…]`. */
export interface ImageReference extends OciReference {
    tag: string | undefined;
    digest: string | undefined;
}
/** image-spec's tag grammar (distribution-spec "Pulling manifests"). */
export declare const TAG: RegExp;
/**
 * Parses an image reference. A name without a registry is Docker Hub's (`eclipse-temurin:21` is
 * `docker.io/library/eclipse-temurin:21`). Plain HTTP is used on loopback, or anywhere when
 * MXDEPLOY_OCI_PLAIN_HTTP=true; HTTPS otherwise. `what` names the setting, for messages.
 */
export declare function parseImageReference(text: string, env: NodeJS.ProcessEnv, what: string): ImageReference;
/** `host/name`, as people write an image without its tag. */
export declare function imageName(ref: OciReference): string;
