import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, utimes, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, test } from 'vitest'
import { FileRepository } from '../../src/repository/file-repository.js'
import { mxdeploy } from '../support/cli.js'
import { recordingLogger } from '../support/recording-logger.js'

// A publish copies the package into a hidden staging folder and renames it into place; a
// publish killed before the rename leaves the folder behind (a whole package, 1.4 GB in one test
// run). The next publish and `packages prune` remove those whose publisher is gone.

const CHILD = new URL('./fixtures/publish-child.ts', import.meta.url).pathname
const HOOK = new URL('../support/kill-hook.mjs', import.meta.url).pathname

let dir: string
let root: string

async function makeFile(name: string, content: string): Promise<{ file: string; sha256: string }> {
  const file = join(dir, name)
  await writeFile(file, content)
  return { file, sha256: createHash('sha256').update(content).digest('hex') }
}

function record(version: string, sha256: string) {
  return {
    app: 'hello',
    version,
    sha256,
    size: 1,
    runtimeVersion: '10.18.1.54318',
    modelVersion: version,
    commit: null,
    branch: null,
    createdAt: new Date().toISOString(),
    createdBy: 'test',
    stories: []
  }
}

/** Publishes in a child process that SIGKILLs itself at a file-system step (kill-hook.mjs). */
function publishKilled(file: string, version: string, sha256: string, killAt: string) {
  return new Promise<string | null>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--import', HOOK, CHILD, root, file, version, sha256],
      { stdio: 'ignore', env: { ...process.env, MXDEPLOY_TEST_KILL: killAt } }
    )
    child.on('error', reject)
    child.on('close', (_code, signal) => resolve(signal))
  })
}

async function staging(): Promise<string[]> {
  return (await readdir(join(root, 'hello'))).filter((name) => name.startsWith('.publish-'))
}

async function age(path: string, hours: number): Promise<void> {
  const then = new Date(Date.now() - hours * 3_600_000)
  await utimes(path, then, then)
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mxdeploy-leftovers-'))
  root = join(dir, 'packages')
})

describe('publish leftovers', () => {
  test('a publish killed before its rename leaves a staging folder; the next publish removes it and says so', async () => {
    const big = await makeFile('big.mda', 'x'.repeat(3 << 20))
    expect(await publishKilled(big.file, '1.0.0.1', big.sha256, 'rename:1:before')).toBe('SIGKILL')
    const [left] = await staging()
    expect(left).toBeDefined()

    const log = recordingLogger()
    const small = await makeFile('small.mda', 'small')
    const published = await new FileRepository(root, { log }).publish({
      file: small.file,
      record: record('1.0.0.2', small.sha256)
    })
    expect(published.created).toBe(true)
    expect(await staging()).toEqual([])
    expect(log.infos).toEqual([
      expect.stringMatching(
        new RegExp(
          `^removed ${join(root, 'hello', left!)} \\(3,14\\d,\\d{3} bytes\\), left by a publish that stopped: process \\d+ on ${hostname()} is gone$`
        )
      )
    ])
  })

  test('a publish killed once its package was in place, before the index listed it: publishing it again lists it and removes the leftover', async () => {
    const first = await makeFile('first.mda', 'first')
    await new FileRepository(root).publish({
      file: first.file,
      record: record('1.0.0.1', first.sha256)
    })
    const second = await makeFile('second.mda', 'second')
    // Renames: the .sha256 (1), record.json (2), the package folder into place (3), the index (4).
    expect(await publishKilled(second.file, '1.0.0.2', second.sha256, 'rename:3:after')).toBe(
      'SIGKILL'
    )
    const log = recordingLogger()
    const repository = new FileRepository(root, { log })
    expect((await repository.list('hello')).map((p) => p.version)).toEqual(['1.0.0.1'])

    const again = await repository.publish({
      file: second.file,
      record: record('1.0.0.2', second.sha256)
    })
    expect(again.created).toBe(false)
    expect((await repository.list('hello')).map((p) => p.version)).toEqual(['1.0.0.2', '1.0.0.1'])
    expect(await staging()).toEqual([])
    expect(log.infos).toContainEqual(
      `hello 1.0.0.2 was in file:${root} but not in its index (a publish stopped before it was written): listed it`
    )
  })

  test('a live publisher keeps its folder; one without an owner goes once nothing in it changed for an hour', async () => {
    const repository = new FileRepository(root)
    const app = join(root, 'hello')
    const live = join(app, '.publish-live')
    await mkdir(live, { recursive: true })
    const me = { token: 't', pid: process.pid, host: hostname(), since: new Date().toISOString() }
    await writeFile(join(live, 'owner.json'), JSON.stringify(me))
    const idle = join(app, '.publish-idle')
    await mkdir(idle)
    await writeFile(join(idle, 'hello_1.0.0.1.mda'), 'partial')
    await age(join(idle, 'hello_1.0.0.1.mda'), 2)
    await age(idle, 2)
    const busy = join(app, '.publish-busy')
    await mkdir(busy)
    await writeFile(join(busy, 'hello_1.0.0.2.mda'), 'still copying')
    await age(busy, 2)

    const dry = await repository.cleanLeftovers('hello', { dryRun: true })
    expect(dry).toEqual([
      {
        path: idle,
        bytes: 7,
        why: 'left by a publish that stopped: nothing in it changed for 2 hours'
      }
    ])
    expect(existsSync(idle)).toBe(true)
    expect(await repository.cleanLeftovers('hello', { dryRun: false })).toEqual(dry)
    expect((await staging()).sort()).toEqual(['.publish-busy', '.publish-live'])
  })

  test('packages prune removes them too and reports each; --dry-run only lists them', async () => {
    await writeFile(
      join(dir, 'mxdeploy.yml'),
      'app: hello\nrepository: file:packages\nenvironments: { test: {} }\n'
    )
    const left = join(root, 'hello', '.publish-0123456789ab')
    await mkdir(left, { recursive: true })
    await writeFile(join(left, 'hello_1.0.0.1.mda'), 'x'.repeat(1500))
    await age(join(left, 'hello_1.0.0.1.mda'), 3)
    await age(left, 3)
    const leftover = {
      path: left,
      bytes: 1500,
      why: 'left by a publish that stopped: nothing in it changed for 3 hours'
    }

    const dry = await mxdeploy(['packages', 'prune', '--dry-run', '--json'], { cwd: dir })
    expect(dry.code, dry.stderr).toBe(0)
    expect(dry.json.leftovers).toEqual([leftover])
    expect(existsSync(left)).toBe(true)

    const pruned = await mxdeploy(['packages', 'prune'], { cwd: dir })
    expect(pruned.code, pruned.stderr).toBe(0)
    expect(pruned.stdout).toContain(
      `removed  ${left} (1.50 kB, left by a publish that stopped: nothing in it changed for 3 hours)`
    )
    expect(existsSync(left)).toBe(false)
    const again = await mxdeploy(['packages', 'prune', '--json'], { cwd: dir })
    expect(again.json.leftovers).toEqual([])
  })
})
