import type { PackageRecord } from '../../repository/package-repository.js'
import type { Metadata } from './resources.js'

/**
 * Where mxdeploy keeps its facts on the platform, as metadata annotations (a SHA-256 in hex is
 * 64 characters, one more than a label value takes; annotations take 5000). The package's own
 * `checksum` is not the MDA's: the Cloud Controller rewrites the zip before hashing it.
 */
export const ANNOTATION = {
  /** On the package and the droplet: the MDA's SHA-256. */
  sha256: 'mxdeploy/mda-sha256',
  /** On the droplet: the package version (`1.2.0.4`). */
  version: 'mxdeploy/package-version',
  /** On the droplet: the buildpack it was staged with, as mxdeploy.yml named it. */
  buildpack: 'mxdeploy/buildpack',
  /** On the droplet: the package's constants, comma-separated, in parts (for new-constants). */
  constants: 'mxdeploy/constants',
  /** On the app: the environment variables mxdeploy set, comma-separated, in parts. */
  variables: 'mxdeploy/variables'
} as const

/** An annotation value holds at most 5000 characters. */
const VALUE_LIMIT = 5000
/** Parts of one list: two lists stay well within the platform's default of 200 annotations. */
const MAX_PARTS = 50

/** What a droplet mxdeploy staged says about itself. */
export interface DropletFacts {
  sha256: string | undefined
  version: string | undefined
  buildpack: string | undefined
  /** The package's constants; undefined when the droplet does not say. */
  constants: string[] | undefined
}

function annotation(metadata: Metadata | undefined, key: string): string | undefined {
  const value = metadata?.annotations?.[key]
  return typeof value === 'string' && value !== '' ? value : undefined
}

function partKey(key: string, index: number): string {
  return index === 0 ? key : `${key}-${index + 1}`
}

/** A list kept in the annotations `key`, `key-2`, …; undefined when `key` is absent. */
function readList(metadata: Metadata | undefined, key: string): string[] | undefined {
  if (typeof metadata?.annotations?.[key] !== 'string') return undefined
  const names: string[] = []
  for (let index = 0; index < MAX_PARTS; index++) {
    const part = metadata.annotations[partKey(key, index)]
    if (typeof part !== 'string') break
    names.push(...part.split(',').filter(Boolean))
  }
  return names
}

/**
 * The annotations that keep a list of names under `key`: parts of at most 5000 characters split
 * at commas, and `null` for parts an earlier, longer list left (the PATCH merges, null deletes).
 */
function listAnnotations(
  key: string,
  names: string[],
  previous: Metadata | undefined
): Record<string, string | null> {
  const parts: string[] = []
  let current = ''
  for (const name of [...names].sort()) {
    const next = current ? `${current},${name}` : name
    if (next.length > VALUE_LIMIT && current) {
      parts.push(current)
      current = name
    } else {
      current = next
    }
  }
  if (current) parts.push(current)
  const result: Record<string, string | null> = {}
  parts.forEach((part, index) => (result[partKey(key, index)] = part))
  for (let index = parts.length; index < MAX_PARTS; index++) {
    if (typeof previous?.annotations?.[partKey(key, index)] !== 'string') break
    result[partKey(key, index)] = null
  }
  return result
}

export function dropletFacts(metadata: Metadata | undefined): DropletFacts {
  const sha256 = annotation(metadata, ANNOTATION.sha256)
  return {
    sha256: sha256 && /^[0-9a-f]{64}$/.test(sha256) ? sha256 : undefined,
    version: annotation(metadata, ANNOTATION.version),
    buildpack: annotation(metadata, ANNOTATION.buildpack),
    constants: readList(metadata, ANNOTATION.constants)
  }
}

/** The annotations of a droplet staged from this package with this buildpack. */
export function dropletAnnotations(
  pkg: PackageRecord,
  buildpack: string,
  constants: string[]
): Record<string, string> {
  const list = listAnnotations(ANNOTATION.constants, constants, undefined) as Record<string, string>
  return {
    [ANNOTATION.sha256]: pkg.sha256,
    [ANNOTATION.version]: pkg.version,
    [ANNOTATION.buildpack]: buildpack,
    // Written even when empty: "no constants" is not "unknown".
    [ANNOTATION.constants]: '',
    ...list
  }
}

/** The variables mxdeploy set on the app, from its annotations. */
export function ownedVariables(metadata: Metadata | undefined): string[] {
  return readList(metadata, ANNOTATION.variables) ?? []
}

/** The annotations that record these variables as mxdeploy's. */
export function ownedAnnotations(
  names: string[],
  previous: Metadata | undefined
): Record<string, string | null> {
  return listAnnotations(ANNOTATION.variables, names, previous)
}
