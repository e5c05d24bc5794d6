import type { Logger } from '../log.js';
import { type PackResult } from '../mda/pack.js';
import { type MxBuildInstaller } from './installer.js';
/** How to find MxBuild and the JDK it needs. */
export interface MxBuildOptions {
    /** `--mxbuild`: the mxbuild program, or the folder of an unpacked MxBuild. */
    path?: string;
    /** `--java-home`; default JAVA_HOME. */
    javaHome?: string;
    /** `--java-exe-path`; default <java-home>/bin/java. */
    javaExePath?: string;
    /** `--mxbuild-cache`: where downloaded versions are kept; default MXDEPLOY_MXBUILD_CACHE, else ~/.cache/mxdeploy/mxbuild. */
    cacheDir?: string;
    /** Replaces the cache folder and its download (the build action uses the runner's tool cache). */
    installer?: MxBuildInstaller;
}
export interface ProjectBuild {
    project: string;
    /** Four-part model version. */
    version: string;
    out?: string;
    app?: string;
    stories?: string[];
    /** SOURCE_DATE_EPOCH, when set. */
    sourceDate?: Date;
    mxbuild?: MxBuildOptions;
    cwd: string;
    env: NodeJS.ProcessEnv;
    log: Logger;
}
export interface ProjectBuildResult extends PackResult {
    version: string;
    /** The Mendix version of the .mpr, and of the MxBuild that built it. */
    mendixVersion: string;
}
/**
 * Builds a package from a .mpr: reads its Mendix version, finds (or downloads) that MxBuild and
 * the JDK, runs MxBuild, then repacks its MDA like a deployment folder, so the package has the same
 * manifest, determinism and `.sha256` as every other build. Checks all input before anything runs.
 */
export declare function buildProject(request: ProjectBuild): Promise<ProjectBuildResult>;
