import type { PackageRecord } from '../../repository/package-repository.js';
import type { Metadata } from './resources.js';
/**
 * Where mxdeploy keeps its facts on the platform, as metadata annotations (a SHA-256 in hex is
 * 64 characters, one more than a label value takes; annotations take 5000). The package's own
 * `checksum` is not the MDA's: the Cloud Controller rewrites the zip before hashing it.
 */
export declare const ANNOTATION: {
    /** On the package and the droplet: the MDA's SHA-256. */
    readonly sha256: "mxdeploy/mda-sha256";
    /** On the droplet: the package version (`1.2.0.4`). */
    readonly version: "mxdeploy/package-version";
    /** On the droplet: the buildpack it was staged with, as mxdeploy.yml named it. */
    readonly buildpack: "mxdeploy/buildpack";
    /** On the droplet: the package's constants, comma-separated, in parts (for new-constants). */
    readonly constants: "mxdeploy/constants";
    /** On the app: the environment variables mxdeploy set, comma-separated, in parts. */
    readonly variables: "mxdeploy/variables";
};
/** What a droplet mxdeploy staged says about itself. */
export interface DropletFacts {
    sha256: string | undefined;
    version: string | undefined;
    buildpack: string | undefined;
    /** The package's constants; undefined when the droplet does not say. */
    constants: string[] | undefined;
}
export declare function dropletFacts(metadata: Metadata | undefined): DropletFacts;
/** The annotations of a droplet staged from this package with this buildpack. */
export declare function dropletAnnotations(pkg: PackageRecord, buildpack: string, constants: string[]): Record<string, string>;
/** The variables mxdeploy set on the app, from its annotations. */
export declare function ownedVariables(metadata: Metadata | undefined): string[];
/** The annotations that record these variables as mxdeploy's. */
export declare function ownedAnnotations(names: string[], previous: Metadata | undefined): Record<string, string | null>;
