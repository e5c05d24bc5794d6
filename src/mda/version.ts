import { ConfigurationError } from '../errors.js'

const PART = '(0|[1-9][0-9]{0,9})'
const THREE = new RegExp(`^${PART}\\.${PART}\\.${PART}$`)
const FOUR = new RegExp(`^${PART}\\.${PART}\\.${PART}\\.${PART}$`)
const INT_MAX = 2 ** 31 - 1

function checkRange(version: string): void {
  if (version.split('.').some((part) => Number(part) > INT_MAX)) {
    throw new ConfigurationError(`version "${version}" has a part larger than ${INT_MAX}`)
  }
}

/** Whether `version` is a four-part Mendix model version such as 1.2.0.15. */
export function isModelVersion(version: string): boolean {
  return FOUR.test(version)
}

/**
 * The four-part Mendix model version (major.minor.patch.build) for a `--version` and build number:
 * `1.2.0` with build 15 gives `1.2.0.15`; a four-part version is taken as it is. `fallback` (the
 * run number) applies to three-part versions only; an explicit build number that contradicts a
 * four-part version is refused.
 */
export function modelVersion(
  version: string,
  buildNumber: string | undefined,
  fallback?: string
): string {
  const trimmed = version.trim()
  if (FOUR.test(trimmed)) {
    if (buildNumber !== undefined && buildNumber !== trimmed.split('.')[3]) {
      throw new ConfigurationError(
        `version "${trimmed}" already has a build number; give a three-part version with --build-number, or drop --build-number`
      )
    }
    checkRange(trimmed)
    return trimmed
  }
  if (!THREE.test(trimmed)) {
    throw new ConfigurationError(
      `version "${version}" is not a Mendix version: use major.minor.patch (1.2.0) or major.minor.patch.build (1.2.0.15)`
    )
  }
  const build = (buildNumber ?? fallback ?? '0').trim()
  if (!/^(0|[1-9][0-9]{0,9})$/.test(build)) {
    throw new ConfigurationError(`build number "${build}" is not a non-negative whole number`)
  }
  const full = `${trimmed}.${build}`
  checkRange(full)
  return full
}

/** Compares two four-part versions numerically. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}
