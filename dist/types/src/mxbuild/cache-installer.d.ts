import { type MxBuildInstaller } from './installer.js';
/** Overrides the cache folder, as `--mxbuild-cache` does. */
export declare const CACHE_VARIABLE = "MXDEPLOY_MXBUILD_CACHE";
/** `~/.cache/mxdeploy/mxbuild` (XDG_CACHE_HOME honoured), `%LOCALAPPDATA%\mxdeploy\mxbuild` on Windows. */
export declare function defaultCacheRoot(env: NodeJS.ProcessEnv, platform?: NodeJS.Platform): string;
/**
 * MxBuild versions kept in `<root>/<version>`: downloaded with fetch, unpacked with tar in a
 * temporary folder beside them, then renamed into place, so a folder that exists is complete.
 */
export declare function cacheInstaller(root: string): MxBuildInstaller;
