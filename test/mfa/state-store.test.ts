import { spawnSync } from 'node:child_process'
import { readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ConfigurationError, OperationError } from '../../src/errors.js'
import { readStateFile, withStateLock, writeStateFile } from '../../src/mfa/state-store.js'
import { runWorkers, temporaryDir } from './helpers.js'

const dirs: { remove: () => Promise<void> }[] = []
afterEach(async () => Promise.all(dirs.splice(0).map((dir) => dir.remove())))

async function folder(): Promise<string> {
  const dir = await temporaryDir()
  dirs.push(dir)
  return dir.path
}

const isCount = (value: unknown): value is { count: number } =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { count?: unknown }).count === 'number'

/** The pid of a process that has exited, so it cannot be holding anything. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8'
  })
  return Number(child.stdout)
}

describe('state files', () => {
  it('writes atomically, leaving no temporary file, and reads back', async () => {
    const dir = await folder()
    const file = join(dir, 'state.json')
    await writeStateFile(file, { count: 1 })
    await writeStateFile(file, { count: 2 })
    expect(await readStateFile(file, { count: 0 }, isCount)).toEqual({ count: 2 })
    expect(await readdir(dir)).toEqual(['state.json'])
    expect((await stat(file)).mode & 0o777).toBe(0o600)
  })

  it('reads a missing file as empty and a damaged one as a configuration error naming it', async () => {
    const dir = await folder()
    const file = join(dir, 'state.json')
    expect(await readStateFile(file, { count: 0 }, isCount)).toEqual({ count: 0 })
    for (const text of ['{"count": 1', '{"count": "one"}', '']) {
      await writeFile(file, text)
      const read = readStateFile(file, { count: 0 }, isCount)
      await expect(read).rejects.toThrow(ConfigurationError)
      await expect(read).rejects.toThrow(`${file} is damaged: remove it`)
    }
  })
})

describe('withStateLock', () => {
  it('serialises holders in one process and removes its lock file', async () => {
    const dir = await folder()
    const order: string[] = []
    const hold = (name: string) =>
      withStateLock(dir, async () => {
        order.push(`${name} in`)
        await new Promise((resolve) => setTimeout(resolve, 20))
        order.push(`${name} out`)
      })
    await Promise.all([hold('a'), hold('b'), hold('c')])
    for (let i = 0; i < order.length; i += 2) {
      expect(order[i]!.split(' ')[0]).toBe(order[i + 1]!.split(' ')[0])
    }
    expect(await readdir(dir)).toEqual([])
  })

  it('releases the lock when the action throws', async () => {
    const dir = await folder()
    await expect(withStateLock(dir, () => Promise.reject(new Error('boom')))).rejects.toThrow(
      'boom'
    )
    expect(await readdir(dir)).toEqual([])
  })

  it('breaks the lock of a process that died holding it', async () => {
    const dir = await folder()
    const lock = { token: 'x', pid: deadPid(), host: hostname(), since: new Date().toISOString() }
    await writeFile(join(dir, '.lock'), JSON.stringify(lock))
    expect(await withStateLock(dir, () => Promise.resolve('ran'), { timeoutMs: 2000 })).toBe('ran')
  })

  it('breaks a lock older than the stale age even when its holder looks alive', async () => {
    const dir = await folder()
    const old = new Date(Date.now() - 120_000)
    const lock = { token: 'x', pid: process.pid, host: 'elsewhere', since: old.toISOString() }
    await writeFile(join(dir, '.lock'), JSON.stringify(lock))
    expect(await withStateLock(dir, () => Promise.resolve('ran'), { timeoutMs: 2000 })).toBe('ran')
  })

  it('breaks an empty lock file by its age (its holder died before writing)', async () => {
    const dir = await folder()
    await writeFile(join(dir, '.lock'), '')
    const old = new Date(Date.now() - 120_000)
    await utimes(join(dir, '.lock'), old, old)
    expect(await withStateLock(dir, () => Promise.resolve('ran'), { timeoutMs: 2000 })).toBe('ran')
  })

  it('waits for a live holder, then gives up naming it and the lock file', async () => {
    const dir = await folder()
    const lock = { token: 'x', pid: process.pid, host: hostname(), since: new Date().toISOString() }
    await writeFile(join(dir, '.lock'), JSON.stringify(lock))
    const attempt = withStateLock(dir, () => Promise.resolve('ran'), { timeoutMs: 200 })
    await expect(attempt).rejects.toThrow(OperationError)
    await expect(
      withStateLock(dir, () => Promise.resolve('ran'), { timeoutMs: 200 })
    ).rejects.toThrow(`(process ${process.pid} on `)
    expect(JSON.parse(await readFile(join(dir, '.lock'), 'utf8'))).toEqual(lock)
  })

  it('loses no update when two processes increment one counter', async () => {
    const dir = await folder()
    const rounds = 100
    await runWorkers(
      [
        { mode: 'count', dir, rounds },
        { mode: 'count', dir, rounds }
      ],
      dir
    )
    const state = await readStateFile(join(dir, 'counter.json'), { count: 0 }, isCount)
    expect(state.count).toBe(2 * rounds)
  })
})
