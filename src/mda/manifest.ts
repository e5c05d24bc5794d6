import { ConfigurationError } from '../errors.js'
import { MAX_COMMENT } from '../zip/records.js'

export const MANIFEST_SCHEMA = 'mxdeploy.build/v1'

/**
 * Provenance of a package, kept as JSON in the ZIP archive comment so it travels with the file
 * (`unzip -z` shows it).
 */
export interface BuildManifest {
  schema: typeof MANIFEST_SCHEMA
  app: string
  version: string
  runtimeVersion: string
  /** Commit the package was built from, when known. */
  commit: string | null
  branch: string | null
  /** The source date (SOURCE_DATE_EPOCH, else the commit's time, else 1980-01-01): reproducible. */
  builtAt: string
  /** `mxdeploy <version>`, and for .mpr builds the MxBuild version. */
  builder: string
  source: 'deployment-dir' | 'mxbuild'
  entries: number
  /** Story IDs of the commits since the previous package (filled by traceability). */
  stories: string[]
}

/** The manifest as archive-comment bytes; refuses what would not fit in a ZIP comment. */
export function encodeManifest(manifest: BuildManifest): Buffer {
  let bytes = Buffer.from(JSON.stringify(manifest), 'utf8')
  if (bytes.length > MAX_COMMENT && manifest.stories.length > 0) {
    // Keep the package buildable when a huge range names thousands of stories.
    const kept = { ...manifest, stories: [...manifest.stories] }
    while (bytes.length > MAX_COMMENT && kept.stories.length > 0) {
      kept.stories.length = Math.floor(kept.stories.length / 2)
      bytes = Buffer.from(JSON.stringify({ ...kept, storiesTruncated: true }), 'utf8')
    }
  }
  if (bytes.length > MAX_COMMENT) {
    throw new ConfigurationError(
      `the build manifest is ${bytes.length} bytes; a ZIP comment holds ${MAX_COMMENT}`
    )
  }
  return bytes
}

/** The manifest in an archive comment, or undefined when the comment is not one of ours. */
export function decodeManifest(comment: Buffer): BuildManifest | undefined {
  if (comment.length === 0) return undefined
  try {
    const value = JSON.parse(comment.toString('utf8')) as Partial<BuildManifest>
    if (value && value.schema === MANIFEST_SCHEMA) return { stories: [], ...value } as BuildManifest
  } catch {
    // An archive made by another tool: its comment is not ours to interpret.
  }
  return undefined
}
