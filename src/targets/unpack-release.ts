import { createWriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { mapPool } from '../async-pool.js'
import { ConfigurationError } from '../errors.js'
import { openInputFile } from '../fs/open-input.js'
import { readCentralDirectory } from '../zip/central-directory.js'
import { entryStream } from '../zip/entry-data.js'
import { directoryProblems, isDirectory } from '../zip/safety.js'

/** Top-level folders of an MDA that a release holds. */
const RELEASE_FOLDERS = new Set(['model', 'web', 'native'])

/**
 * Unpacks an MDA into `dest` (which must not exist): only model/, web/ and native/, only after
 * the archive passed the safety rules, each entry checked against its size and CRC-32 as it is
 * written. Returns the number of files written.
 */
export async function unpackRelease(mdaPath: string, dest: string): Promise<number> {
  const handle = await openInputFile(mdaPath, 'package')
  try {
    const { size } = await handle.stat()
    const directory = await readCentralDirectory(handle, size, mdaPath)
    const problems = directoryProblems(directory)
    if (problems.length > 0) {
      throw new ConfigurationError(
        `${mdaPath} can't be unpacked safely:\n${problems.map((p) => `  - ${p}`).join('\n')}`
      )
    }
    const files = directory.entries.filter(
      (entry) => !isDirectory(entry) && RELEASE_FOLDERS.has(entry.name.split('/')[0]!)
    )
    await mkdir(dest)
    const folders = new Set(files.map((entry) => dirname(join(dest, entry.name))))
    for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true })
    await mapPool(files, 4, async (entry) => {
      const source = await entryStream(handle, entry, mdaPath)
      await pipeline(
        source,
        createWriteStream(join(dest, entry.name), { flags: 'wx', mode: 0o644 })
      )
    })
    return files.length
  } finally {
    await handle.close()
  }
}
