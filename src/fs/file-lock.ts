import { rename, rm, unlink, writeFile } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import { OperationError } from '../errors.js'
import { fsReason } from './fs-error.js'
import {
  createWhole,
  identityTag,
  isAbandoned,
  newOwner,
  readLock,
  type Abandonment,
  type FoundLock,
  type LockOwner
} from './lock-owner.js'

export interface LockOptions {
  /** How long to wait for another holder before giving up (default 30 s). */
  timeoutMs?: number
  /**
   * A lock whose holder can't be checked (another host) counts as abandoned after this long
   * (default 10 minutes). A holder on this host is checked by its process ID instead.
   */
  staleMs?: number
  /** An empty or unreadable lock file counts as abandoned after this long (default 5 s). */
  graceMs?: number
  /** What is being locked, for messages. */
  what?: string
}

/**
 * Replaces an abandoned lock with ours; true when we now hold it. Takers of one abandoned lock
 * first claim it: the claim is a file named after the lock's identity, created whole with
 * link(2), so exactly one taker holds each claim. The claimant checks that the lock is still the
 * one it found and renames its own lock over it in one step. A claimant that died leaves its
 * claim behind; the next taker then claims the next generation, so a dead claimant never blocks.
 */
async function takeOver(
  path: string,
  found: FoundLock,
  me: LockOwner,
  rule: Abandonment
): Promise<boolean> {
  const claim = (generation: number): string =>
    `${path}.${identityTag(found)}.${generation}.takeover`
  let generation = 1
  while (!(await createWhole(claim(generation), JSON.stringify(me)))) {
    const other = await readLock(claim(generation))
    // Someone alive is taking it over: let them.
    if (other && !isAbandoned(other, rule)) return false
    // Its claimant died: claim the next generation. (Gone: a taker finished; try it again.)
    if (other) generation++
  }
  try {
    const now = await readLock(path)
    // Released, or taken over already: this claim is about a lock that is gone.
    if (now?.identity !== found.identity) return false
    const mine = `${path}.${me.token}.tmp`
    try {
      await writeFile(mine, JSON.stringify(me), { flag: 'wx', mode: 0o644 })
      await rename(mine, path)
    } finally {
      await rm(mine, { force: true })
    }
    return true
  } finally {
    // Earlier generations were claimed by takers found dead: their claims go too.
    for (let g = generation; g >= 1; g--) await rm(claim(g), { force: true })
  }
}

/**
 * Runs `work` holding an exclusive lock: a file created whole, naming its owner (pid, host,
 * time). A lock whose owner died, or an empty one older than a grace period, is taken over; the
 * lock is released only by its owner.
 */
export async function withLock<T>(
  path: string,
  work: () => Promise<T>,
  options: LockOptions = {}
): Promise<T> {
  const rule: Abandonment = {
    staleMs: options.staleMs ?? 10 * 60_000,
    graceMs: options.graceMs ?? 5_000
  }
  const deadline = Date.now() + (options.timeoutMs ?? 30_000)
  const what = options.what ?? path
  let me: LockOwner
  let wait = 2
  for (;;) {
    me = newOwner()
    let found: FoundLock | undefined
    try {
      if (await createWhole(path, JSON.stringify(me))) break
      found = await readLock(path)
      if (found && isAbandoned(found, rule) && (await takeOver(path, found, me, rule))) break
    } catch (error) {
      throw new OperationError(`could not lock ${what}: writing ${path} failed: ${fsReason(error)}`)
    }
    if (Date.now() > deadline) {
      const holder = found?.owner
        ? ` (process ${found.owner.pid} on ${found.owner.host}, since ${found.owner.since})`
        : ''
      throw new OperationError(
        `${what} is locked by another mxdeploy process${holder}; wait for it to finish, or remove ${path} if no mxdeploy runs there`
      )
    }
    await sleep(wait + Math.random() * wait)
    wait = Math.min(wait * 2, 250)
  }
  try {
    return await work()
  } finally {
    const found = await readLock(path).catch(() => undefined)
    if (found?.owner?.token === me.token) await unlink(path).catch(() => undefined)
  }
}
