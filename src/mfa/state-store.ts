import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ConfigurationError, errnoCode } from '../errors.js'
import { writeFileAtomic } from '../fs/atomic-write.js'
import { withLock } from '../fs/file-lock.js'
import { makeDirectory } from '../fs/make-directory.js'

/** Holders keep the state lock for milliseconds; one older than this elsewhere is abandoned. */
export const STALE_LOCK_MS = 30_000
const LOCK_TIMEOUT_MS = 15_000

export interface StateLockOptions {
  staleMs?: number
  timeoutMs?: number
}

/**
 * Runs `action` holding the lock of a state folder (`.lock`), so two processes never interleave
 * read-modify-write cycles of replay records, lockouts and sessions.
 */
export async function withStateLock<T>(
  dir: string,
  action: () => Promise<T>,
  options: StateLockOptions = {}
): Promise<T> {
  await makeDirectory(dir)
  return withLock(join(dir, '.lock'), action, {
    staleMs: options.staleMs ?? STALE_LOCK_MS,
    timeoutMs: options.timeoutMs ?? LOCK_TIMEOUT_MS,
    what: `the state folder ${dir}`
  })
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

/** Writes a JSON state file atomically, readable by its owner only. */
export async function writeStateFile(path: string, value: unknown): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`, 0o600)
}
