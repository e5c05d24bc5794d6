import { createHash, randomBytes } from 'node:crypto'
import { link, open, rm, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { errnoCode } from '../errors.js'

/** Who holds a lock (or is taking one over): written into the lock file as JSON. */
export interface LockOwner {
  token: string
  pid: number
  host: string
  /** ISO 8601 time the owner took it. */
  since: string
}

/** A lock file as found: its owner when it parses, and what identifies this very file. */
export interface FoundLock {
  owner?: LockOwner
  /** The owner's token, or for a file without one its inode and change time. */
  identity: string
  mtimeMs: number
}

/** When a lock (or a takeover claim) counts as abandoned. */
export interface Abandonment {
  /** A holder on another host, whose process can't be checked, after this long. */
  staleMs: number
  /** An empty or unreadable file after this long: time enough for any writer to finish. */
  graceMs: number
}

/** A new owner record for this process. */
export function newOwner(): LockOwner {
  return {
    token: randomBytes(12).toString('hex'),
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString()
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return errnoCode(error) === 'EPERM'
  }
}

function parseOwner(text: string): LockOwner | undefined {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  if (typeof value !== 'object' || value === null) return undefined
  const { token, pid, host, since } = value as Record<string, unknown>
  // A pid of 0 or below would name a process group, never one process.
  if (typeof token !== 'string' || !token || typeof host !== 'string') return undefined
  if (typeof pid !== 'number' || !Number.isSafeInteger(pid) || pid <= 0) return undefined
  if (typeof since !== 'string') return undefined
  return { token, pid, host, since }
}

/** Reads a lock file through one descriptor, so its content and identity belong together. */
export async function readLock(path: string): Promise<FoundLock | undefined> {
  let handle
  try {
    handle = await open(path, 'r')
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return undefined
    throw error
  }
  try {
    const info = await handle.stat({ bigint: true })
    const owner = parseOwner(await handle.readFile('utf8'))
    return {
      ...(owner ? { owner } : {}),
      identity: owner ? `token:${owner.token}` : `file:${info.ino}:${info.ctimeNs}`,
      mtimeMs: Number(info.mtimeMs)
    }
  } finally {
    await handle.close()
  }
}

/**
 * Whether a lock's holder is gone: on this host, its process has ended; elsewhere, it is older
 * than `staleMs`. A file without an owner (a writer that died before writing, or an older
 * mxdeploy's empty lock) is abandoned once older than `graceMs`.
 */
export function isAbandoned(found: FoundLock, rule: Abandonment): boolean {
  const { owner } = found
  if (!owner) return Date.now() - found.mtimeMs > rule.graceMs
  if (owner.host === hostname()) return !processAlive(owner.pid)
  const since = Date.parse(owner.since)
  return Date.now() - (Number.isNaN(since) ? found.mtimeMs : since) > rule.staleMs
}

/** A short file-name-safe digest of a lock's identity, for the names of takeover claims. */
export function identityTag(found: FoundLock): string {
  return createHash('sha256').update(found.identity).digest('hex').slice(0, 16)
}

/**
 * Creates `path` holding `content` whole, or returns false when it exists. The content goes into
 * a temporary file first, which is then hard-linked to `path` (link(2) fails when `path`
 * exists), so nobody ever sees the file empty or half written; a full disk fails here with
 * nothing created.
 */
export async function createWhole(path: string, content: string): Promise<boolean> {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`
  try {
    await writeFile(temp, content, { flag: 'wx', mode: 0o644 })
    try {
      await link(temp, path)
      return true
    } catch (error) {
      if (errnoCode(error) === 'EEXIST') return false
      throw error
    }
  } finally {
    await rm(temp, { force: true })
  }
}
