import { randomBytes } from 'node:crypto'
import { open, readFile, rm, stat, unlink } from 'node:fs/promises'
import { hostname } from 'node:os'
import { setTimeout as sleep } from 'node:timers/promises'
import { OperationError, errnoCode } from '../errors.js'

export interface LockOptions {
  /** How long to wait for another holder before giving up (default 30 s). */
  timeoutMs?: number
  /**
   * A lock whose holder can't be checked (another host) counts as abandoned after this long
   * (default 10 minutes). A holder on this host is checked by its process ID instead.
   */
  staleMs?: number
  /** What is being locked, for messages. */
  what?: string
}

interface LockOwner {
  token: string
  pid: number
  host: string
  since: string
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return errnoCode(error) === 'EPERM'
  }
}

async function readOwner(
  path: string
): Promise<{ owner?: LockOwner; mtimeMs: number } | undefined> {
  try {
    const [text, info] = await Promise.all([readFile(path, 'utf8'), stat(path)])
    try {
      return { owner: JSON.parse(text) as LockOwner, mtimeMs: info.mtimeMs }
    } catch {
      return { mtimeMs: info.mtimeMs } // created, not yet written
    }
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return undefined
    throw error
  }
}

/**
 * Whether a lock is abandoned: its holder on this host is gone, or, for a holder elsewhere, it is
 * older than `staleMs`. A live holder on this host keeps its lock however long it takes (a
 * Mendix Cloud deployment may take half an hour).
 */
function isStale(found: { owner?: LockOwner; mtimeMs: number }, staleMs: number): boolean {
  const { owner } = found
  if (owner?.host === hostname() && typeof owner.pid === 'number') return !processAlive(owner.pid)
  const since = owner ? Date.parse(owner.since) : found.mtimeMs
  return Date.now() - (Number.isNaN(since) ? found.mtimeMs : since) > staleMs
}

async function tryCreate(path: string, content: string): Promise<boolean> {
  try {
    const handle = await open(path, 'wx')
    try {
      await handle.writeFile(content)
    } finally {
      await handle.close()
    }
    return true
  } catch (error) {
    if (errnoCode(error) === 'EEXIST') return false
    throw error
  }
}

/**
 * Removes an abandoned lock. Only one process at a time may do so (a second O_EXCL file guards
 * it), and it re-checks under that guard, so a lock just taken by a live process is never removed.
 */
async function breakStaleLock(
  path: string,
  seen: LockOwner | undefined,
  staleMs: number
): Promise<boolean> {
  const guard = `${path}.break`
  if (!(await tryCreate(guard, String(process.pid)))) {
    const info = await stat(guard).catch(() => undefined)
    if (info && Date.now() - info.mtimeMs > 30_000) await rm(guard, { force: true })
    return false
  }
  try {
    const now = await readOwner(path)
    if (now && now.owner?.token === seen?.token && isStale(now, staleMs))
      await rm(path, { force: true })
    return true
  } finally {
    await rm(guard, { force: true })
  }
}

/**
 * Runs `work` holding an exclusive lock: a file created with O_EXCL that names its holder.
 * A lock left by a process that died is taken over; the lock is released only by its holder.
 */
export async function withLock<T>(
  path: string,
  work: () => Promise<T>,
  options: LockOptions = {}
): Promise<T> {
  const staleMs = options.staleMs ?? 10 * 60_000
  const deadline = Date.now() + (options.timeoutMs ?? 30_000)
  const me: LockOwner = {
    token: randomBytes(12).toString('hex'),
    pid: process.pid,
    host: hostname(),
    since: ''
  }
  let wait = 2
  for (;;) {
    me.since = new Date().toISOString()
    if (await tryCreate(path, JSON.stringify(me))) break
    const found = await readOwner(path)
    if (found && isStale(found, staleMs) && (await breakStaleLock(path, found.owner, staleMs)))
      continue
    if (Date.now() > deadline) {
      const holder = found?.owner
        ? ` (process ${found.owner.pid} on ${found.owner.host}, since ${found.owner.since})`
        : ''
      throw new OperationError(
        `${options.what ?? path} is locked by another mxdeploy process${holder}; wait for it to finish, or remove ${path} if no mxdeploy runs there`
      )
    }
    await sleep(wait + Math.random() * wait)
    wait = Math.min(wait * 2, 250)
  }
  try {
    return await work()
  } finally {
    const found = await readOwner(path)
    if (found?.owner?.token === me.token) await unlink(path).catch(() => undefined)
  }
}
