import { createWriteStream } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { mapPool } from '../async-pool.js'
import { ConfigurationError, errnoCode, errorMessage } from '../errors.js'
import { openInputFile } from '../fs/open-input.js'
import { readCentralDirectory, type ZipEntry } from './central-directory.js'
import { entryStream } from './entry-data.js'
import { DEFAULT_LIMITS, directoryProblems, isDirectory, type SafetyLimits } from './safety.js'
import { makeDirectory } from '../fs/make-directory.js'

export interface ExtractResult {
  /** Files written. */
  files: number
  /** Their total size in bytes. */
  bytes: number
}

/** Names Windows can't hold as they are: device names, reserved characters, trailing dots. */
function windowsProblem(name: string): string | undefined {
  for (const segment of name.replace(/\/$/, '').split('/')) {
    const control = [...segment].some((char) => char.charCodeAt(0) < 0x20)
    if (control || /[<>:"|?*]/.test(segment)) return 'a character Windows does not allow'
    if (/[. ]$/.test(segment)) return 'a name ending in a dot or space'
    if (/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(segment)) return 'a Windows device name'
  }
  return undefined
}

/** Every folder the entries need, parents before children. */
function folders(entries: ZipEntry[]): string[] {
  const all = new Set<string>()
  for (const entry of entries) {
    const parts = entry.name.replace(/\/$/, '').split('/')
    const depth = isDirectory(entry) ? parts.length : parts.length - 1
    for (let i = 1; i <= depth; i++) all.add(parts.slice(0, i).join('/'))
  }
  return [...all].sort((a, b) => a.split('/').length - b.split('/').length)
}

/**
 * Extracts an archive into `dest`, a folder this call creates (it must not exist yet). The archive
 * is refused before anything is written when its central directory shows it is unsafe; every
 * entry's size and CRC-32 are checked as it streams; only plain files and folders are created,
 * all under `dest`. On any failure `dest` is removed, so nothing is left behind.
 */
export async function extractZip(
  path: string,
  dest: string,
  label = path,
  limits: SafetyLimits = DEFAULT_LIMITS
): Promise<ExtractResult> {
  const handle = await openInputFile(path, 'archive')
  try {
    const { size } = await handle.stat()
    const directory = await readCentralDirectory(handle, size, label)
    const problems = directoryProblems(directory, limits)
    if (process.platform === 'win32') {
      for (const entry of directory.entries) {
        const why = windowsProblem(entry.name)
        if (why) problems.push(`entry ${JSON.stringify(entry.name)} has ${why}`)
      }
    }
    if (problems.length > 0) {
      throw new ConfigurationError(`${label} can't be extracted safely: ${problems.join('; ')}`)
    }
    await makeDirectory(dirname(dest))
    try {
      await mkdir(dest)
    } catch (error) {
      if (errnoCode(error) === 'EEXIST') {
        throw new Error(`can't extract ${label} into ${dest}: it exists already`)
      }
      throw error
    }
    try {
      for (const folder of folders(directory.entries)) await mkdir(join(dest, folder))
      const files = directory.entries
        .filter((entry) => !isDirectory(entry))
        .sort((a, b) => a.localOffset - b.localOffset)
      await mapPool(files, 4, async (entry) => {
        const source = await entryStream(handle, entry, label)
        // 'wx': never follow or replace what is there (a name that collides with a folder fails).
        await pipeline(source, createWriteStream(join(dest, entry.name), { flags: 'wx' }))
      })
      return { files: files.length, bytes: files.reduce((sum, entry) => sum + entry.size, 0) }
    } catch (error) {
      await rm(dest, { recursive: true, force: true })
      if (error instanceof ConfigurationError) throw error
      const code = errnoCode(error)
      if (code === 'EEXIST' || code === 'ENOTDIR' || code === 'EISDIR') {
        throw new ConfigurationError(
          `${label} can't be extracted: two entries claim the same path (${errorMessage(error)})`
        )
      }
      throw error
    }
  } finally {
    await handle.close()
  }
}
