import { finished } from 'node:stream/promises'
import { mapPool } from '../async-pool.js'
import { ConfigurationError, errorMessage } from '../errors.js'
import { openInputFile } from '../fs/open-input.js'
import { readCentralDirectory, type CentralDirectory } from './central-directory.js'
import { entryStream, readEntry } from './entry-data.js'
import { DEFAULT_LIMITS, directoryProblems, isDirectory, type SafetyLimits } from './safety.js'

export interface VerifyResult {
  directory: CentralDirectory
  /** Every problem found; empty when the archive is sound. */
  problems: string[]
}

const IN_MEMORY_LIMIT = 8 << 20
const MAX_REPORTED = 50

/**
 * Checks an archive completely: the central directory's safety rules, then every entry's data
 * decompressed and compared with its size and CRC-32. Reads run in parallel, in offset order;
 * large entries stream, so memory stays bounded.
 */
export async function verifyZip(
  path: string,
  label = path,
  limits: SafetyLimits = DEFAULT_LIMITS
): Promise<VerifyResult> {
  const handle = await openInputFile(path, 'archive')
  try {
    const { size } = await handle.stat()
    const directory = await readCentralDirectory(handle, size, label)
    const problems = directoryProblems(directory, limits)
    if (problems.length > 0) return { directory, problems }
    const entries = [...directory.entries].sort((a, b) => a.localOffset - b.localOffset)
    await mapPool(entries, 8, async (entry) => {
      if (problems.length >= MAX_REPORTED || isDirectory(entry)) return
      try {
        if (entry.compressedSize <= IN_MEMORY_LIMIT && entry.size <= IN_MEMORY_LIMIT) {
          await readEntry(handle, entry, label)
        } else {
          const stream = await entryStream(handle, entry, label)
          stream.resume()
          await finished(stream)
        }
      } catch (error) {
        if (!(error instanceof ConfigurationError)) throw error
        problems.push(errorMessage(error).replace(`${label}: `, ''))
      }
    })
    return { directory, problems }
  } finally {
    await handle.close()
  }
}
