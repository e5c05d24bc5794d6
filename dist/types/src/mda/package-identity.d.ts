import type { BuildManifest } from './manifest.js';
/**
 * The one grammar of app names, for every repository: it becomes a folder name, part of a file
 * name, a release tag (`<app>-v<version>`), an OCI tag and a URL segment, so it is the
 * intersection of what all of them take. mxdeploy.schema.json's `app` pattern is the same.
 */
export declare const APP_NAME: RegExp;
/** Refuses an app name outside the grammar; `source` says where it came from. */
export declare function checkAppName(name: string, source: string): string;
/** Refuses a package version that is not four-part (it becomes a path, tag and URL segment). */
export declare function checkPackageVersion(version: string, source: string): string;
/**
 * An app name made from a Mendix project name, which may hold spaces and other characters
 * ("Event Management" → "Event-Management"); undefined when nothing usable is left.
 */
export declare function appNameFromProject(projectName: string): string | undefined;
/**
 * The app a build files its package under: the one asked for (checked), else one made from the
 * project's name in metadata.json, else from the folder or .mpr file name, else `app`.
 */
export declare function buildAppName(asked: string | undefined, projectName: string | undefined, fileName: string): string;
/**
 * Refuses a package whose build manifest (the ZIP comment, which anyone can edit) does not fit
 * the package: an app name outside the grammar, or a version other than its ModelVersion. A build
 * writes neither, so the package was damaged or edited; verify and publish refuse it alike.
 */
export declare function checkManifestIdentity(path: string, manifest: Pick<BuildManifest, 'app' | 'version'> | null, modelVersion: string | undefined): void;
