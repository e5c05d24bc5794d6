import { open, type FileHandle } from 'node:fs/promises'
import { ConfigurationError, errnoCode } from '../errors.js'

/** Opens a file the user named for reading; a missing or unreadable one is an input error. */
export async function openInputFile(path: string, noun = 'file'): Promise<FileHandle> {
  let handle: FileHandle
  try {
    handle = await open(path, 'r')
  } catch (error) {
    const code = errnoCode(error)
    if (code === 'ENOENT') throw new ConfigurationError(`${noun} ${path} does not exist`)
    if (code === 'EACCES')
      throw new ConfigurationError(`${noun} ${path} can't be read (permission denied)`)
    throw error
  }
  if (!(await handle.stat()).isFile()) {
    await handle.close()
    throw new ConfigurationError(`${noun} ${path} is not a regular file`)
  }
  return handle
}
