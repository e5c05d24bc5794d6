import { randomBytes } from 'node:crypto'
import { mkdir, open, readFile, rename, rm, stat, unlink } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { ConfigurationError, OperationError, errnoCode } from '../errors.js'

/** A lock older than this is taken to be left by a crashed process: holders keep it milliseconds. */
export const STALE_LOCK_MS = 30_000
const LOCK_TIMEOUT_MS = 15_000

interface LockOwner {
  token: string
  pid: number
  host: string
  since: string
}

export interface LockOptions {
  staleMs?: number
  timeoutMs?: number
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

function isStale(found: { owner?: LockOwner; mtimeMs: number }, staleMs: number): boolean {
  const { owner } = found
  if (owner?.host === hostname() && typeof owner.pid === 'number' && !processAlive(owner.pid)) {
    return true
  }
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
 * Removes a stale lock. Only one process at a time may do so (a second O_EXCL file guards it), and
 * it re-checks under that guard, so a lock just taken by a live process is never removed.
 */
async function breakStaleLock(
  path: string,
  seen: LockOwner | undefined,
  staleMs: number
): Promise<boolean> {
  const guard = `${path}.break`
  if (!(await tryCreate(guard, String(process.pid)))) {
    const info = await stat(guard).catch(() => undefined)
    if (info && Date.now() - info.mtimeMs > staleMs) await rm(guard, { force: true })
    return false
  }
  try {
    const now = await readOwner(path)
    if (now && now.owner?.token === seen?.token && isStale(now, staleMs)) {
      await rm(path, { force: true })
    }
    return true
  } finally {
    await rm(guard, { force: true })
  }
}

/**
 * Runs `action` holding the lock of a state folder (an O_EXCL lock file, `.lock`), so two processes
 * never interleave read-modify-write cycles. Stale locks of dead processes are broken.
 */
export async function withStateLock<T>(
  dir: string,
  action: () => Promise<T>,
  options: LockOptions = {}
): Promise<T> {
  const staleMs = options.staleMs ?? STALE_LOCK_MS
  const deadline = Date.now() + (options.timeoutMs ?? LOCK_TIMEOUT_MS)
  const path = join(dir, '.lock')
  await mkdir(dir, { recursive: true })
  const me: LockOwner = {
    token: randomBytes(12).toString('hex'),
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString()
  }
  for (;;) {
    me.since = new Date().toISOString()
    if (await tryCreate(path, JSON.stringify(me))) break
    const found = await readOwner(path)
    if (found && isStale(found, staleMs) && (await breakStaleLock(path, found.owner, staleMs))) {
      continue
    }
    if (Date.now() > deadline) {
      const holder = found?.owner
        ? ` by process ${found.owner.pid} on ${found.owner.host} since ${found.owner.since}`
        : ''
      throw new OperationError(
        `the state folder ${dir} is locked${holder}; if no mxdeploy runs there, remove ${path}`
      )
    }
    await sleep(2 + Math.random() * 10)
  }
  try {
    return await action()
  } finally {
    const found = await readOwner(path)
    if (found?.owner?.token === me.token) await unlink(path).catch(() => undefined)
  }
}

/**
 * Reads a JSON state file; a missing file is `empty`. A damaged one is a ConfigurationError: the
 * user must look at it rather than have replay records or lockouts silently dropped.
 */
export async function readStateFile<T>(
  path: string,
  empty: T,
  check: (value: unknown) => value is T
): Promise<T> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return empty
    throw error
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    value = undefined
  }
  if (!check(value)) {
    throw new ConfigurationError(
      `the MFA state file ${path} is damaged: remove it (that ends its sessions, lockouts or replay records) and run again`
    )
  }
  return value
}

/** Writes a JSON file atomically: a temporary file beside it, flushed, then renamed over it. */
export async function writeStateFile(path: string, value: unknown): Promise<void> {
  const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`
  const handle = await open(temporary, 'w', 0o600)
  try {
    await handle.writeFile(`${JSON.stringify(value, null, 2)}\n`)
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}
