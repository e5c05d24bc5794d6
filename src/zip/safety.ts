import type { CentralDirectory, ZipEntry } from './central-directory.js'
import { FLAG_ENCRYPTED, LOCAL_HEADER_SIZE, METHOD_DEFLATED, METHOD_STORED } from './records.js'

/**
 * Limits on what an archive may expand to; beyond them it is treated as a zip bomb.
 *
 * There is no per-entry ratio limit. Deflate cannot expand past about 1032:1 (zeros in Info-ZIP
 * zip 3.0: 1 MiB 1015:1, 2 MiB 1023.5:1, 64 MiB 1030.4:1), so a 1000:1 limit stopped no bomb (one
 * built at 999:1 expands as far) and only refused long runs of one byte, which real files have:
 * a 2 MiB file of zeros made a package that build wrote and publish refused. Real deployment
 * folders are far below either figure (4,702 files of 25 public Mendix apps' deployment/ folders,
 * zipped by Info-ZIP at level 6: median 1.8:1, 99th percentile 9.3:1, highest 34.5:1, a .DS_Store;
 * whole packages at most 2.6:1). What bounds an expansion is its total, which every reader checks
 * as it inflates (an entry that outgrows its declared size is refused), so that is the limit.
 */
export interface SafetyLimits {
  /** Largest total uncompressed size of all entries. */
  maxTotalBytes: number
  /** Most entries. */
  maxEntries: number
}

export const DEFAULT_LIMITS: SafetyLimits = {
  maxTotalBytes: 16 * 1024 ** 3,
  maxEntries: 1_000_000
}

const S_IFMT = 0o170000
const S_IFLNK = 0o120000
const UNIX_HOST = 3

/** Whether the entry is a directory marker (a name ending in `/`). */
export function isDirectory(entry: ZipEntry): boolean {
  return entry.name.endsWith('/')
}

/** Why a name can't be extracted safely, or undefined when it can. */
export function unsafeName(name: string): string | undefined {
  if (name.length === 0) return 'an empty name'
  if (name.includes('\0')) return 'a NUL character in its name'
  if (name.includes('\\')) return 'a backslash in its name (ZIP paths use "/")'
  if (name.startsWith('/')) return 'an absolute path'
  if (/^[A-Za-z]:/.test(name)) return 'a drive letter'
  const segments = name.replace(/\/$/, '').split('/')
  if (segments.includes('..')) return 'a ".." segment that escapes the extraction folder'
  if (segments.some((s) => s === '' || s === '.')) return 'an empty or "." path segment'
  return undefined
}

/** An entry as the list rules see it: its path in the archive and its uncompressed size. */
export interface ListedEntry {
  name: string
  size: number
}

/** A rule a list of entries breaks: the entry at fault (none for the list as a whole), and why. */
export interface RuleBreach {
  entry?: string
  why: string
}

/**
 * The rules on a package's list of entries, which build checks before it writes a package and
 * verify, publish and extraction check on every archive: safe names, no name twice, the number of
 * entries and their total size.
 */
export function listRuleBreaches(
  entries: readonly ListedEntry[],
  limits: SafetyLimits = DEFAULT_LIMITS
): RuleBreach[] {
  const breaches: RuleBreach[] = []
  if (entries.length > limits.maxEntries) {
    breaches.push({ why: `it has ${entries.length} entries; the limit is ${limits.maxEntries}` })
  }
  const seen = new Set<string>()
  let total = 0
  for (const { name, size } of entries) {
    const unsafe = unsafeName(name)
    if (unsafe) breaches.push({ entry: name, why: `has ${unsafe}` })
    const key = name.normalize('NFC')
    if (seen.has(key)) breaches.push({ entry: name, why: 'appears more than once' })
    seen.add(key)
    total += size
  }
  if (total > limits.maxTotalBytes) {
    breaches.push({
      why: `its entries expand to ${total} bytes, past the ${limits.maxTotalBytes}-byte limit (a zip bomb?)`
    })
  }
  return breaches
}

/**
 * Everything wrong with an archive that its central directory alone shows: the list rules, then
 * symlinks, encryption, unknown methods and overlapping entries. Returns one message per problem.
 */
export function directoryProblems(
  directory: CentralDirectory,
  limits: SafetyLimits = DEFAULT_LIMITS
): string[] {
  const problems = listRuleBreaches(directory.entries, limits).map(({ entry, why }) =>
    entry === undefined ? why : `entry ${JSON.stringify(entry)} ${why}`
  )
  for (const entry of directory.entries) {
    const label = JSON.stringify(entry.name)
    if (
      entry.versionMadeBy >> 8 === UNIX_HOST &&
      ((entry.externalAttributes >>> 16) & S_IFMT) === S_IFLNK
    ) {
      problems.push(`entry ${label} is a symbolic link; an MDA holds only files`)
    }
    if (entry.flags & FLAG_ENCRYPTED) problems.push(`entry ${label} is encrypted`)
    if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATED) {
      problems.push(
        `entry ${label} uses compression method ${entry.method}; only stored (0) and deflated (8) are allowed`
      )
    }
    if (entry.method === METHOD_STORED && entry.size !== entry.compressedSize) {
      problems.push(
        `entry ${label} is stored but its sizes differ (${entry.compressedSize} vs ${entry.size})`
      )
    }
  }
  problems.push(...overlapProblems(directory))
  return problems
}

/** Entries whose data overlaps another's, or the central directory: the overlapping-file bomb. */
function overlapProblems(directory: CentralDirectory): string[] {
  const sorted = [...directory.entries].sort((a, b) => a.localOffset - b.localOffset)
  const problems: string[] = []
  for (let i = 0; i < sorted.length; i++) {
    const entry = sorted[i]!
    const end = entry.localOffset + LOCAL_HEADER_SIZE + entry.rawName.length + entry.compressedSize
    const next = sorted[i + 1]?.localOffset ?? directory.directoryOffset
    if (end > next) {
      problems.push(`entry ${JSON.stringify(entry.name)} overlaps the data that follows it`)
    }
  }
  return problems
}
