import { open, readFile, rm, stat } from 'node:fs/promises'
import { hostname } from 'node:os'
import { OperationError, errnoCode } from '../errors.js'

export interface LockOptions {
  /** How long to wait for another holder before giving up. */
  timeoutMs?: number
  /** A lock older than this whose holder is gone is taken over. */
  staleMs?: number
  /** What is being locked, for messages. */
  what?: string
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return errnoCode(error) === 'EPERM'
  }
}

/** Whether the holder recorded in a lock file is gone (same host, process not running). */
async function isStale(path: string, staleMs: number): Promise<boolean> {
  try {
    const [text, info] = await Promise.all([readFile(path, 'utf8'), stat(path)])
    const [host, pid] = text.split(' ')
    if (host === hostname() && pid && !isAlive(Number(pid))) return true
    return Date.now() - info.mtimeMs > staleMs
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return true
    throw error
  }
}

/**
 * Takes an exclusive lock (a file created with O_EXCL holding host and pid) and returns its
 * release. A lock left by a process that died is taken over.
 */
export async function acquireLock(
  path: string,
  options: LockOptions = {}
): Promise<() => Promise<void>> {
  const timeoutMs = options.timeoutMs ?? 30_000
  const staleMs = options.staleMs ?? 10 * 60_000
  const deadline = Date.now() + timeoutMs
  let wait = 10
  for (;;) {
    try {
      const handle = await open(path, 'wx')
      await handle.writeFile(`${hostname()} ${process.pid} ${new Date().toISOString()}`)
      await handle.close()
      return async () => {
        await rm(path, { force: true })
      }
    } catch (error) {
      if (errnoCode(error) !== 'EEXIST') throw error
    }
    if (await isStale(path, staleMs)) {
      await rm(path, { force: true })
      continue
    }
    if (Date.now() > deadline) {
      const holder = await readFile(path, 'utf8').catch(() => 'unknown')
      throw new OperationError(
        `${options.what ?? path} is locked by another mxdeploy process (${holder.trim()}); wait for it to finish, or remove ${path} if that process is gone`
      )
    }
    await new Promise((resolve) => setTimeout(resolve, wait))
    wait = Math.min(wait * 2, 250)
  }
}

/** Runs `work` holding the lock at `path`. */
export async function withLock<T>(
  path: string,
  work: () => Promise<T>,
  options?: LockOptions
): Promise<T> {
  const release = await acquireLock(path, options)
  try {
    return await work()
  } finally {
    await release()
  }
}
