import { join } from 'node:path'
import { prepareFolder } from '../fs/path-error.js'

/**
 * The lock file of an environment in the state folder, whose `locks` folder is made first: a
 * state folder that cannot be used fails here, named, before anything changes.
 */
export async function environmentLock(stateDir: string, environment: string): Promise<string> {
  const locks = join(stateDir, 'locks')
  await prepareFolder(
    {
      what: 'the state folder',
      path: stateDir,
      fix: 'give --state-dir a folder on a writable disk'
    },
    locks
  )
  return join(locks, `${environment}.lock`)
}
