import { constants, type Stats } from 'node:fs'
import { open, stat, type FileHandle } from 'node:fs/promises'
import { ConfigurationError, errnoCode } from '../errors.js'

/**
 * Without O_NONBLOCK, opening a FIFO for reading waits for a writer, forever and in the thread
 * pool. Windows has no such flag (and no FIFOs in the file system).
 */
const READ_NONBLOCKING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a directory'
  if (info.isFIFO()) return 'a named pipe (FIFO)'
  if (info.isCharacterDevice()) return 'a character device'
  if (info.isBlockDevice()) return 'a block device'
  if (info.isSocket()) return 'a socket'
  return 'not a file'
}

function notRegular(noun: string, path: string, info: Stats): ConfigurationError {
  return new ConfigurationError(`${noun} ${path} is ${kindOf(info)}, not a regular file`)
}

/**
 * Opens a regular file the user named for reading, or returns undefined when nothing is there.
 * Anything else is refused before it is read, and the check itself never blocks: `stat` first (so
 * a device is never even opened), then a non-blocking open and `fstat` (in case the path was
 * swapped in between).
 */
export async function openInputFileIfThere(
  path: string,
  noun = 'file'
): Promise<FileHandle | undefined> {
  let handle: FileHandle
  try {
    const info = await stat(path)
    if (!info.isFile()) throw notRegular(noun, path, info)
    handle = await open(path, READ_NONBLOCKING)
  } catch (error) {
    const code = errnoCode(error)
    if (code === 'ENOENT') return undefined
    if (code === 'EACCES')
      throw new ConfigurationError(`${noun} ${path} can't be read (permission denied)`)
    throw error
  }
  const info = await handle.stat()
  if (!info.isFile()) {
    await handle.close()
    throw notRegular(noun, path, info)
  }
  return handle
}

/** Opens a regular file the user named for reading; a missing or unreadable one is an input error. */
export async function openInputFile(path: string, noun = 'file'): Promise<FileHandle> {
  const handle = await openInputFileIfThere(path, noun)
  if (!handle) throw new ConfigurationError(`${noun} ${path} does not exist`)
  return handle
}
