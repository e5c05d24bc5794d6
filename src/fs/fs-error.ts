import { errnoCode, errorMessage } from '../errors.js'
import { UncreatableFolderError } from './make-directory.js'

/** What a file-system error code means, in words a user can act on. */
const MEANING: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a folder, not a file',
  EEXIST: 'it already exists',
  EIO: 'input/output error (a failing disk or a lost network mount)',
  EFBIG: 'the file is larger than this system allows',
  ELOOP: 'too many symbolic links (a link points at itself)',
  ENAMETOOLONG: 'the name is too long'
}

/**
 * A file-system failure as "meaning (CODE)", without Node's syscall and path decoration, so a
 * message can name the path itself; anything else as its own message.
 */
export function fsReason(error: unknown): string {
  if (error instanceof UncreatableFolderError) return error.message
  const code = errnoCode(error)
  const meaning = code ? MEANING[code] : undefined
  return meaning ? `${meaning} (${code})` : errorMessage(error)
}
