import type { Logger } from '../log.js';
import { type PackResult } from '../mda/pack.js';
import type { MxBuildOptions } from '../mxbuild/build-project.js';
export interface BuildRequest {
    /** A Mendix deployment folder (model/, web/, native/). */
    deploymentDir?: string;
    /** A Mendix app file, built with MxBuild. */
    project?: string;
    /** `1.2.0` (the build number is appended) or `1.2.0.15`. */
    version: string;
    /** Defaults to GITHUB_RUN_NUMBER, else 0. */
    buildNumber?: string;
    /** Where the MDA goes; defaults to `<app>_<version>.mda` in the working directory. */
    out?: string;
    /** App name; defaults to the project's name in metadata.json, else the folder's name. */
    app?: string;
    stories?: string[];
    /** For `project` builds: where MxBuild and the JDK are. */
    mxbuild?: MxBuildOptions;
    cwd: string;
    env: NodeJS.ProcessEnv;
    log: Logger;
}
export interface BuildResult extends PackResult {
    version: string;
    /** For `project` builds: the app's Mendix version, which is also MxBuild's. */
    mendixVersion?: string;
}
/** Checks the request's shape before anything is read or written. */
export declare function checkBuildRequest(request: BuildRequest): void;
/**
 * Builds a package: the four-part version, the commit it comes from, a reproducible timestamp,
 * then the MDA with its manifest and `.sha256`.
 */
export declare function buildPackage(request: BuildRequest): Promise<BuildResult>;
