import { ConfigurationError } from '../errors.js'
import type { BuildManifest } from './manifest.js'
import { isModelVersion } from './version.js'

/**
 * The one grammar of app names, for every repository: it becomes a folder name, part of a file
 * name, a release tag (`<app>-v<version>`), an OCI tag and a URL segment, so it is the
 * intersection of what all of them take. mxdeploy.schema.json's `app` pattern is the same.
 */
export const APP_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/

const APP_RULE =
  'use letters, digits, ".", "_" and "-" (at most 63), starting with a letter or digit'

/** Refuses an app name outside the grammar; `source` says where it came from. */
export function checkAppName(name: string, source: string): string {
  if (!APP_NAME.test(name)) {
    throw new ConfigurationError(
      `app name ${JSON.stringify(name)} (${source}) is not allowed: ${APP_RULE}`
    )
  }
  return name
}

/** Refuses a package version that is not four-part (it becomes a path, tag and URL segment). */
export function checkPackageVersion(version: string, source: string): string {
  if (!isModelVersion(version)) {
    throw new ConfigurationError(
      `version ${JSON.stringify(version)} (${source}) is not a four-part Mendix version such as 1.2.0.15`
    )
  }
  return version
}

/**
 * An app name made from a Mendix project name, which may hold spaces and other characters
 * ("Event Management" → "Event-Management"); undefined when nothing usable is left.
 */
export function appNameFromProject(projectName: string): string | undefined {
  const name = projectName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 63)
    .replace(/[.-]+$/, '')
  return APP_NAME.test(name) ? name : undefined
}

/**
 * The app a build files its package under: the one asked for (checked), else one made from the
 * project's name in metadata.json, else from the folder or .mpr file name, else `app`.
 */
export function buildAppName(
  asked: string | undefined,
  projectName: string | undefined,
  fileName: string
): string {
  if (asked !== undefined) return checkAppName(asked.trim(), '--app, input app or mxdeploy.yml')
  return (projectName && appNameFromProject(projectName)) || appNameFromProject(fileName) || 'app'
}

/**
 * Refuses a package whose build manifest (the ZIP comment, which anyone can edit) does not fit
 * the package: an app name outside the grammar, or a version other than its ModelVersion. A build
 * writes neither, so the package was damaged or edited; verify and publish refuse it alike.
 */
export function checkManifestIdentity(
  path: string,
  manifest: Pick<BuildManifest, 'app' | 'version'> | null,
  modelVersion: string | undefined
): void {
  if (!manifest) return
  const edited = `${path} is damaged or was edited:`
  if (typeof manifest.app !== 'string' || !APP_NAME.test(manifest.app)) {
    throw new ConfigurationError(
      `${edited} its manifest names app ${JSON.stringify(manifest.app)}, which no build writes (app names ${APP_RULE}); build it again`
    )
  }
  const stated = modelVersion && isModelVersion(modelVersion) ? modelVersion : undefined
  if (stated && manifest.version !== stated) {
    throw new ConfigurationError(
      `${edited} its manifest says version ${JSON.stringify(manifest.version)}, its model/metadata.json says ModelVersion ${stated}; build it again`
    )
  }
  if (!isModelVersion(String(manifest.version))) {
    throw new ConfigurationError(
      `${edited} its manifest says version ${JSON.stringify(manifest.version)}, which is not a four-part Mendix version; build it again`
    )
  }
}
