import { spawn, spawnSync } from 'node:child_process'
import { mkdtemp, readFile, readdir, utimes, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, test } from 'vitest'
import { withLock } from '../../src/fs/file-lock.js'
import { canMountTmpfs, runInSmallTmpfs } from '../support/small-tmpfs.js'

const RACER = new URL('./fixtures/lock-racer.ts', import.meta.url).pathname
const FULL_DISK = new URL('./fixtures/lock-on-full-disk.ts', import.meta.url).pathname
const ROOT = new URL('../..', import.meta.url).pathname

let dir: string
let lock: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mxdeploy-lock-'))
  lock = join(dir, 'test.lock')
})

/** The pid of a process that has exited, so it cannot be holding anything. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8'
  })
  return Number(child.stdout)
}

async function age(path: string, seconds: number): Promise<void> {
  const then = new Date(Date.now() - seconds * 1000)
  await utimes(path, then, then)
}

const ran = () => Promise.resolve('ran')

/** Starts the racers together (a go-file), waits for all, and returns the journal's lines. */
async function race(count: number): Promise<string[]> {
  const journal = join(dir, 'journal')
  const go = join(await mkdtemp(join(tmpdir(), 'mxdeploy-go-')), 'go')
  const runs = Array.from({ length: count }, () => {
    const child = spawn(process.execPath, ['--import', 'tsx', RACER, lock, journal, go], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let err = ''
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    const ready = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()))
    const done = new Promise<void>((resolve, reject) =>
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(err))))
    )
    return { ready, done }
  })
  await Promise.all(runs.map((run) => run.ready))
  await writeFile(go, '')
  await Promise.all(runs.map((run) => run.done))
  return (await readFile(journal, 'utf8')).trim().split('\n')
}

/** Holders never overlap: every "in" is followed by the same process's "out". */
function expectOneHolderAtATime(journal: string[], holders: number): void {
  expect(journal).toHaveLength(2 * holders)
  for (let i = 0; i < journal.length; i += 2) {
    expect(journal[i]).toMatch(/^in /)
    expect(journal[i + 1]).toBe(journal[i]!.replace(/^in /, 'out '))
  }
}

describe('file lock', () => {
  test('the lock file names its owner, written whole: pid, host and time', async () => {
    const seen = await withLock(lock, async () => JSON.parse(await readFile(lock, 'utf8')))
    expect(seen).toMatchObject({ pid: process.pid, host: hostname() })
    expect(Date.parse(seen.since)).not.toBeNaN()
    expect(await readdir(dir)).toEqual([])
  })

  test('a 0-byte lock file (the disk filled while locking) is taken over after a short grace period', async () => {
    await writeFile(lock, '')
    await age(lock, 30)
    expect(await withLock(lock, ran, { timeoutMs: 2_000 })).toBe('ran')
    expect(await readdir(dir)).toEqual([])
  })

  test('an unreadable lock file is taken over the same way', async () => {
    await writeFile(lock, '{"token":"abc","pid":')
    await age(lock, 30)
    expect(await withLock(lock, ran, { timeoutMs: 2_000 })).toBe('ran')
  })

  test('a fresh empty lock file is respected during the grace period: its writer may still be at it', async () => {
    await writeFile(lock, '')
    await expect(withLock(lock, ran, { timeoutMs: 100, what: 'environment test' })).rejects.toThrow(
      `environment test is locked by another mxdeploy process; wait for it to finish, or remove ${lock} if no mxdeploy runs there`
    )
  })

  test('a lock whose owner died on this host is taken over; a live owner is waited for', async () => {
    const owner = {
      token: 'dead',
      pid: deadPid(),
      host: hostname(),
      since: new Date().toISOString()
    }
    await writeFile(lock, JSON.stringify(owner))
    expect(await withLock(lock, ran, { timeoutMs: 2_000 })).toBe('ran')
    const live = { ...owner, pid: process.pid }
    await writeFile(lock, JSON.stringify(live))
    await expect(withLock(lock, ran, { timeoutMs: 100 })).rejects.toThrow(
      `(process ${process.pid} on ${hostname()}, since ${live.since})`
    )
  })

  test("six processes racing for a dead owner's lock: one holder at a time", async () => {
    for (let round = 0; round < 2; round++) {
      const owner = {
        token: `dead${round}`,
        pid: deadPid(),
        host: hostname(),
        since: new Date().toISOString()
      }
      await writeFile(lock, JSON.stringify(owner))
      await writeFile(join(dir, 'journal'), '')
      expectOneHolderAtATime(await race(6), 6)
    }
    expect((await readdir(dir)).sort()).toEqual(['journal'])
  })

  test('six processes racing for an old empty lock: one holder at a time', async () => {
    for (let round = 0; round < 2; round++) {
      await writeFile(lock, '')
      await age(lock, 30)
      await writeFile(join(dir, 'journal'), '')
      expectOneHolderAtATime(await race(6), 6)
    }
    expect((await readdir(dir)).sort()).toEqual(['journal'])
  })

  test.skipIf(!canMountTmpfs)(
    'on a full disk (a 16 KiB tmpfs) locking fails naming the lock file and leaves nothing behind',
    () => {
      const node = [process.execPath, '--import', 'tsx', FULL_DISK, dir]
      const run = runInSmallTmpfs(dir, '16k', 'exec "$@"', node, { cwd: ROOT })
      expect(run.code, run.stderr).toBe(0)
      expect(JSON.parse(run.stdout)).toEqual({
        full: `could not lock environment test: writing ${lock} failed: no space left on device (ENOSPC)`,
        left: [],
        after: null
      })
    }
  )
})
