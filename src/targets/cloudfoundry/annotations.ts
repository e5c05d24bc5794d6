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
  /** On the app: the environment variables mxdeploy set, comma-separated, in parts. */
  variables: 'mxdeploy/variables'
} as const

/** An annotation value holds at most 5000 characters. */
const VALUE_LIMIT = 5000
/** Never more parts than this: 200 annotations per resource is the platform's default limit. */
const MAX_PARTS = 100

/** What a droplet mxdeploy staged says about itself. */
export interface DropletFacts {
  sha256: string | undefined
  version: string | undefined
  buildpack: string | undefined
}

function annotation(metadata: Metadata | undefined, key: string): string | undefined {
  const value = metadata?.annotations?.[key]
  return typeof value === 'string' && value !== '' ? value : undefined
}

export function dropletFacts(metadata: Metadata | undefined): DropletFacts {
  const sha256 = annotation(metadata, ANNOTATION.sha256)
  return {
    sha256: sha256 && /^[0-9a-f]{64}$/.test(sha256) ? sha256 : undefined,
    version: annotation(metadata, ANNOTATION.version),
    buildpack: annotation(metadata, ANNOTATION.buildpack)
  }
}

/** The annotations of a droplet staged from this package with this buildpack. */
export function dropletAnnotations(pkg: PackageRecord, buildpack: string): Record<string, string> {
  return {
    [ANNOTATION.sha256]: pkg.sha256,
    [ANNOTATION.version]: pkg.version,
    [ANNOTATION.buildpack]: buildpack
  }
}

function partKey(index: number): string {
  return index === 0 ? ANNOTATION.variables : `${ANNOTATION.variables}-${index + 1}`
}

/** The variables mxdeploy set on the app, from its annotations (in as many parts as needed). */
export function ownedVariables(metadata: Metadata | undefined): string[] {
  const names: string[] = []
  for (let index = 0; index < MAX_PARTS; index++) {
    const part = annotation(metadata, partKey(index))
    if (part === undefined) break
    names.push(...part.split(',').filter(Boolean))
  }
  return names
}

/**
 * The annotations that record these variables as mxdeploy's, parts over 5000 characters split
 * at commas, and `null` for parts an earlier, longer list left (the PATCH merges, null deletes).
 */
export function ownedAnnotations(
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
  parts.forEach((part, index) => (result[partKey(index)] = part))
  for (let index = parts.length; index < MAX_PARTS; index++) {
    if (annotation(previous, partKey(index)) === undefined) break
    result[partKey(index)] = null
  }
  return result
}
