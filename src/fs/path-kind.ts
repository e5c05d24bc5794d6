import { stat } from 'node:fs/promises'
import { errnoCode } from '../errors.js'

/** What is at a path (links followed): a file, a directory, or nothing (also: something else). */
export async function pathKind(path: string): Promise<'file' | 'directory' | undefined> {
  try {
    const info = await stat(path)
    return info.isFile() ? 'file' : info.isDirectory() ? 'directory' : undefined
  } catch (error) {
    if (errnoCode(error) === 'ENOENT' || errnoCode(error) === 'ENOTDIR') return undefined
    throw error
  }
}
