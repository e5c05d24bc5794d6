// Release versions: MAJOR.MINOR.PATCH[-prerelease], as package.json and the vX.Y.Z tags hold them.

/** A mistake in what the release was asked to do: nothing more is changed at GitHub. */
export class ReleaseInputError extends Error {}

/**
 * `1.2.3` or `1.2.3-rc.1`, as its numbers.
 * @param {string} version
 * @returns {{ major: number, minor: number, patch: number, prerelease: string | undefined }}
 */
export function parseVersion(version) {
  const match = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?$/.exec(version)
  if (!match) {
    throw new ReleaseInputError(
      `version '${version}' is not MAJOR.MINOR.PATCH (such as 1.2.3): set it in package.json`
    )
  }
  const [major, minor, patch] = [match[1], match[2], match[3]].map(Number)
  return { major: major ?? 0, minor: minor ?? 0, patch: patch ?? 0, prerelease: match[4] }
}

/**
 * Orders released versions `X.Y.Z` (no prerelease part): negative when `a` is older.
 * @param {string} a
 * @param {string} b
 */
export function compareVersions(a, b) {
  const [x, y] = [parseVersion(a), parseVersion(b)]
  return x.major - y.major || x.minor - y.minor || x.patch - y.patch
}
