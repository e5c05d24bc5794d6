import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { errnoCode, OperationError } from '../errors.js'
import { fsReason } from '../fs/fs-error.js'
import type { PackageRecord, PackageRepository } from '../repository/package-repository.js'

/** File-system codes a temporary folder can fail with: the disk, not the network or the input. */
const DISK = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'ENOTDIR', 'EIO', 'EFBIG'])

/** A failure of the temporary folder named as such, with what to do; anything else unchanged. */
function tempFolderError(error: unknown, folder: string, doing: string): unknown {
  if (!DISK.has(errnoCode(error) ?? '')) return error
  return new OperationError(
    `could not ${doing} in the temporary folder ${folder}: ${fsReason(error)}; free space there, or set TMPDIR to a folder on a disk with room`
  )
}

/** A temporary folder for one stage's download (under TMPDIR). */
export async function makeStageFolder(): Promise<string> {
  try {
    return await mkdtemp(join(tmpdir(), 'mxdeploy-stage-'))
  } catch (error) {
    throw tempFolderError(error, tmpdir(), 'make a folder for the package')
  }
}

/** Downloads a package (SHA-256 checked by the repository) to `dest` in a stage's folder. */
export async function downloadForStage(
  repository: PackageRepository,
  pkg: PackageRecord,
  dest: string
): Promise<void> {
  try {
    await repository.download(pkg.app, pkg.version, dest)
  } catch (error) {
    throw tempFolderError(error, dirname(dest), `download ${pkg.app} ${pkg.version}`)
  }
}
