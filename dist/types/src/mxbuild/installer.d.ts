import type { Logger } from '../log.js';
/**
 * Where MxBuild comes from when no `--mxbuild` is given: the CLI keeps a cache folder and
 * downloads with fetch and tar; the build action uses @actions/tool-cache.
 */
export interface MxBuildInstaller {
    /** What `find` and `install` look in, for messages. */
    readonly describe: string;
    /** The folder of an installed MxBuild `version`, or undefined when there is none. */
    find(version: string): Promise<string | undefined>;
    /** Downloads the `.tar.gz` at `url`, unpacks and keeps it; returns its folder. */
    install(version: string, url: string, log: Logger): Promise<string>;
}
/** A download that did not succeed; `status` is the HTTP status when the server answered. */
export declare class DownloadFailed extends Error {
    readonly status?: number | undefined;
    name: string;
    constructor(message: string, status?: number | undefined);
}
export declare const DEFAULT_BASE_URL = "https://cdn.mendix.com/runtime/";
/** Overrides DEFAULT_BASE_URL, for mirrors and tests. */
export declare const BASE_URL_VARIABLE = "MXDEPLOY_MXBUILD_BASE_URL";
/** The download address Mendix documents for an MxBuild version on this platform. */
export declare function mxbuildUrl(version: string, platform: NodeJS.Platform, baseUrl: string): string;
