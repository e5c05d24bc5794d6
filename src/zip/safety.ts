import type { CentralDirectory, ZipEntry } from './central-directory.js'
import { FLAG_ENCRYPTED, LOCAL_HEADER_SIZE, METHOD_DEFLATED, METHOD_STORED } from './records.js'

/** Limits on what an archive may expand to; beyond them it is treated as a zip bomb. */
export interface SafetyLimits {
  /** Largest uncompressed-to-compressed ratio of any entry. */
  maxRatio: number
  /** Largest total uncompressed size of all entries. */
  maxTotalBytes: number
  /** Most entries. */
  maxEntries: number
}

export const DEFAULT_LIMITS: SafetyLimits = {
  maxRatio: 1000,
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

/**
 * Everything wrong with an archive that its central directory alone shows: unsafe names,
 * symlinks, duplicates, encryption, unknown methods, overlapping entries, bomb ratios and sizes.
 * Returns one message per problem.
 */
export function directoryProblems(
  directory: CentralDirectory,
  limits: SafetyLimits = DEFAULT_LIMITS
): string[] {
  const problems: string[] = []
  const { entries } = directory
  if (entries.length > limits.maxEntries) {
    problems.push(`it has ${entries.length} entries; the limit is ${limits.maxEntries}`)
  }
  const seen = new Set<string>()
  let total = 0
  for (const entry of entries) {
    const label = JSON.stringify(entry.name)
    const why = unsafeName(entry.name)
    if (why) problems.push(`entry ${label} has ${why}`)
    const key = entry.name.normalize('NFC')
    if (seen.has(key)) problems.push(`entry ${label} appears more than once`)
    seen.add(key)
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
    if (entry.size > 0 && entry.size / Math.max(entry.compressedSize, 1) > limits.maxRatio) {
      const ratio = Math.round(entry.size / Math.max(entry.compressedSize, 1))
      problems.push(
        `entry ${label} expands ${ratio}:1, past the ${limits.maxRatio}:1 limit (a zip bomb?)`
      )
    }
    total += entry.size
  }
  if (total > limits.maxTotalBytes) {
    problems.push(
      `its entries expand to ${total} bytes, past the ${limits.maxTotalBytes}-byte limit (a zip bomb?)`
    )
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
