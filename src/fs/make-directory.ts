import { mkdir, readlink, stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import { errnoCode } from '../errors.js'

/**
 * A folder that cannot be made although the path to it looks fine: its parent exists but mkdir(2)
 * answers ENOENT there (/proc and other virtual file systems), or it is a symbolic link to a
 * folder that does not exist.
 */
export class UncreatableFolderError extends Error {
  override name = 'UncreatableFolderError'
  readonly code = 'ENOENT'

  constructor(
    readonly path: string,
    reason: string
  ) {
    super(reason)
  }
}

async function makeOne(path: string): Promise<'made' | 'exists' | 'no-parent'> {
  try {
    await mkdir(path)
    return 'made'
  } catch (error) {
    const code = errnoCode(error)
    if (code === 'ENOENT') return 'no-parent'
    if (code !== 'EEXIST') throw error
  }
  // EEXIST: a folder is fine; anything else fails as mkdir -p does.
  let isDirectory: boolean
  try {
    isDirectory = (await stat(path)).isDirectory()
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw error
    const target = await readlink(path)
    throw new UncreatableFolderError(
      path,
      `${path} is a symbolic link to ${target}, which does not exist`
    )
  }
  if (!isDirectory) {
    throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${path}'`), {
      code: 'ENOTDIR',
      path
    })
  }
  return 'exists'
}

/**
 * `mkdir -p` that always ends. Node's recursive mkdir retries forever when mkdir(2) answers
 * ENOENT for a folder whose parent exists (anywhere under /proc): it takes the ENOENT to mean
 * "make the parent first", the parent exists, and it tries again. Here each level is tried at
 * most twice, and that case fails with an UncreatableFolderError.
 */
export async function makeDirectory(path: string): Promise<void> {
  if ((await makeOne(path)) !== 'no-parent') return
  const parent = dirname(path)
  if (parent === path) return
  await makeDirectory(parent)
  if ((await makeOne(path)) === 'no-parent') {
    throw new UncreatableFolderError(
      path,
      `${parent} does not take new folders (a virtual file system such as /proc)`
    )
  }
}
