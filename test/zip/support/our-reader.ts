import { open } from 'node:fs/promises'
import { readCentralDirectory, type CentralDirectory } from '../../../src/zip/central-directory.js'
import { readEntry } from '../../../src/zip/entry-data.js'
import { verifyZip } from '../../../src/zip/verify.js'

/** Our reader's view of an archive: its directory and every entry's checked content. */
export async function readWithOurReader(
  file: string
): Promise<{ directory: CentralDirectory; contents: Map<string, Buffer>; problems: string[] }> {
  const { problems } = await verifyZip(file)
  const handle = await open(file, 'r')
  try {
    const { size } = await handle.stat()
    const directory = await readCentralDirectory(handle, size, file)
    const contents = new Map<string, Buffer>()
    for (const entry of directory.entries)
      contents.set(entry.name, await readEntry(handle, entry, file))
    return { directory, contents, problems }
  } finally {
    await handle.close()
  }
}
