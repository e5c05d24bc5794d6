import { chmod, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import type { FakeControl } from './fake-control.js'

const FIXTURE = new URL('../../targets/m2ee/fixtures/m2ee.yaml', import.meta.url)
const FAKE_M2EE = new URL('./fake-m2ee.ts', import.meta.url).pathname
const TSX = import.meta.resolve('tsx')
/** The Mendix version of examples/hello's metadata.json: m2ee looks for runtimes/<it>. */
export const HELLO_RUNTIME = '10.24.8.80126'

/** One call of the fake m2ee, as fake-m2ee.ts records it. */
export interface M2eeCall {
  argv: string[]
  cwd: string
  env: Record<string, string>
  files: Record<string, string | null>
}

/** A Linux server laid out as m2ee-tools' install guide says, with a fake `m2ee` to run it. */
export interface FakeServer {
  root: string
  /** m2ee's app_base. */
  appBase: string
  /** The team's m2ee.yaml (from fixtures/m2ee.yaml). */
  teamConfig: string
  /** Folder holding the `m2ee` command: put it first on PATH. */
  bin: string
  adminPort: number
  control(control: FakeControl): Promise<void>
  calls(): Promise<M2eeCall[]>
  /** What the runtime was last sent as its configuration; undefined if never. */
  runtimeConfig(): Promise<Record<string, any> | undefined>
  /** Stops a fake runtime left running. */
  stopRuntime(): Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

export async function fakeServer(): Promise<FakeServer> {
  const root = await mkdtemp(join(tmpdir(), 'mxdeploy-m2ee-server-'))
  const appBase = join(root, 'srv', 'hello')
  // doc/install-2.md: runtimes/ web/ model/ data/ data/database data/files data/model-upload data/tmp
  for (const dir of [
    'runtimes',
    'web',
    'model',
    'data/database',
    'data/files',
    'data/model-upload',
    'data/tmp',
    'data/log'
  ])
    await mkdir(join(appBase, dir), { recursive: true })
  await mkdir(join(appBase, 'runtimes', HELLO_RUNTIME))
  const adminPort = await freePort()
  const teamConfig = join(root, 'srv', 'm2ee.yaml')
  const team = (await readFile(FIXTURE, 'utf8'))
    .replaceAll('@APP_BASE@', appBase)
    .replaceAll('@ADMIN_PORT@', String(adminPort))
  await writeFile(teamConfig, team)
  const home = join(root, 'fake-m2ee')
  const bin = join(home, 'bin')
  await mkdir(bin, { recursive: true })
  const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`
  await writeFile(
    join(bin, 'm2ee'),
    `#!/bin/sh\nFAKE_M2EE_HOME=${q(home)} exec ${q(process.execPath)} --import ${q(TSX)} ${q(FAKE_M2EE)} "$@"\n`
  )
  await chmod(join(bin, 'm2ee'), 0o755)
  const pidfile = join(appBase, 'data', 'tmp', 'm2ee.pid')
  return {
    root,
    appBase,
    teamConfig,
    bin,
    adminPort,
    control: (control) => writeFile(join(home, 'control.json'), JSON.stringify(control)),
    async calls() {
      const file = join(home, 'calls.jsonl')
      if (!existsSync(file)) return []
      return (await readFile(file, 'utf8'))
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as M2eeCall)
    },
    async runtimeConfig() {
      const file = join(home, 'runtime-config.json')
      return existsSync(file)
        ? (JSON.parse(await readFile(file, 'utf8')) as Record<string, any>)
        : undefined
    },
    async stopRuntime() {
      if (!existsSync(pidfile)) return
      const pid = Number(await readFile(pidfile, 'utf8'))
      try {
        process.kill(pid, 'SIGTERM')
      } catch {
        return
      }
      for (;;) {
        try {
          process.kill(pid, 0)
        } catch {
          return
        }
        await sleep(20)
      }
    }
  }
}
