import { stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import { ConfigurationError, errnoCode, OperationError } from '../errors.js'
import { fsReason } from './fs-error.js'
import { makeDirectory, UncreatableFolderError } from './make-directory.js'

/** A folder or file the user chose (by flag or in mxdeploy.yml), for messages. */
export interface ChosenPath {
  /** What it is: "the state folder", "the folder of environment test". */
  what: string
  path: string
  /** How to choose another: "give --state-dir a folder on a writable disk". */
  fix: string
}

/** Codes that mean the chosen path itself is wrong, so the user must choose another (exit 2). */
const WRONG_PATH = new Set([
  'ENOTDIR',
  'ENOENT',
  'EROFS',
  'EACCES',
  'EPERM',
  'EISDIR',
  'ELOOP',
  'ENAMETOOLONG'
])

const NO_ROOM = new Set(['ENOSPC', 'EDQUOT'])

/** The part of `path` that is a file where a folder should be, for ENOTDIR. */
async function fileInTheWay(path: string): Promise<string | undefined> {
  for (let at = path; at !== dirname(at); at = dirname(at)) {
    const info = await stat(at).catch(() => undefined)
    if (info) return info.isDirectory() ? undefined : at
  }
  return undefined
}

/**
 * A file-system failure on a path the user chose, as an error that names the path, says what is
 * wrong and what to do: a ConfigurationError when the path itself is unusable (not a folder,
 * read-only, not allowed, cannot be made), an OperationError when the disk is full; anything else
 * (not a file-system error) is returned as it was. Call it only where nothing has changed yet
 * when the path is unusable, since exit 2 promises that.
 */
export async function pathError(error: unknown, chosen: ChosenPath): Promise<unknown> {
  const code = errnoCode(error)
  // errno codes only (ENOSPC, EROFS): Node's own ERR_* codes are not about the path.
  if (!code || !/^E[A-Z0-9]+$/.test(code)) return error
  let reason = fsReason(error)
  if (code === 'ENOTDIR' && !(error instanceof UncreatableFolderError)) {
    const failed = (error as { path?: unknown }).path
    const file = await fileInTheWay(typeof failed === 'string' ? failed : chosen.path)
    if (file) reason = `${file} is a file, not a folder (ENOTDIR)`
  }
  const head = `cannot use ${chosen.what} ${chosen.path}: ${reason}`
  if (NO_ROOM.has(code))
    return new OperationError(`${head}; free space on that disk, or ${chosen.fix}`)
  if (WRONG_PATH.has(code)) return new ConfigurationError(`${head}; ${chosen.fix}`)
  return new OperationError(`${head}; ${chosen.fix}`)
}

/** Makes a folder the user chose, or fails with a pathError. */
export async function prepareFolder(chosen: ChosenPath, folder = chosen.path): Promise<void> {
  try {
    await makeDirectory(folder)
  } catch (error) {
    throw await pathError(error, chosen)
  }
}
