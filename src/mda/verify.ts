import { ConfigurationError } from '../errors.js'
import { DEFAULT_LIMITS, type SafetyLimits } from '../zip/safety.js'
import { verifyZip } from '../zip/verify.js'
import { readPackageFacts } from './inspect.js'
import type { BuildManifest } from './manifest.js'
import type { ModelMetadata } from './metadata.js'
import { checkManifestIdentity } from './package-identity.js'
import { readSidecar } from './sha256-file.js'
import { sha256FileOffThread } from './sha256-off-thread.js'

export interface MdaVerification {
  path: string
  entries: number
  sha256: string
  /** Size of the package file in bytes. */
  size: number
  metadata: ModelMetadata
  manifest: BuildManifest | null
}

/**
 * Checks a package end to end: every entry's CRC-32, the safety rules (paths, links, duplicates,
 * encryption, bombs), an MDA's metadata.json, and the `.sha256` beside it when there is one.
 * Throws a ConfigurationError that lists every problem.
 */
export async function verifyPackage(
  path: string,
  limits: SafetyLimits = DEFAULT_LIMITS
): Promise<MdaVerification> {
  // Hash while the entries are checked, but report what verifyZip finds first: a missing or
  // broken file gets its precise message rather than whichever read failed first.
  const hashing = sha256FileOffThread(path)
  hashing.catch(() => undefined)
  const { directory, problems } = await verifyZip(path, path, limits)
  const [sha256, recorded] = await Promise.all([hashing, readSidecar(path)])
  if (recorded !== undefined && recorded !== sha256) {
    problems.push(
      `its SHA-256 is ${sha256}, but ${path}.sha256 records ${recorded}: the file changed after it was built`
    )
  }
  if (problems.length > 0) {
    const list = problems.map((p) => `  - ${p}`).join('\n')
    throw new ConfigurationError(
      `${path} failed verification (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${list}`
    )
  }
  const { metadata, manifest } = await readPackageFacts(path)
  checkManifestIdentity(path, manifest, metadata.modelVersion)
  return {
    path,
    entries: directory.entries.length,
    sha256,
    size: directory.fileSize,
    metadata,
    manifest
  }
}
