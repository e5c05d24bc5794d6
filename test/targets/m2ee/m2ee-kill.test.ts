import { spawn } from 'node:child_process'
import { chmod, mkdir, mkdtemp, readFile, readlink, realpath, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { silentLogger } from '../../../src/log.js'
import { packDeploymentFolder } from '../../../src/mda/pack.js'
import { M2eeTarget } from '../../../src/targets/m2ee/m2ee-target.js'

// A deployment killed between any two of its writes leaves the app base on one complete release:
// model/, web/ and mxdeploy's m2ee settings all in the same one, and current() saying which, with
// a switch whose restart never completed reported as unconfirmed. The restart here is a stub
// `m2ee` and a stub admin API that says `running`: what m2ee does is m2ee-stage.test.ts's subject.

const EXAMPLE = new URL('../../../examples/hello/deployment/', import.meta.url).pathname
const CHILD = new URL('./fixtures/m2ee-deploy.ts', import.meta.url).pathname
const HOOK = new URL('../../support/kill-hook.mjs', import.meta.url).pathname
const PASS = 'kill-test-admin-pass'

interface Built {
  path: string
  sha256: string
  version: string
}

let root: string
let bin: string
let admin: Server
let port: number
let v1: Built
let v2: Built

async function pack(version: string): Promise<Built> {
  const out = join(root, `hello_${version}.mda`)
  const built = await packDeploymentFolder({
    deploymentDir: EXAMPLE,
    out,
    version,
    app: 'hello',
    commit: null,
    branch: null,
    entryDate: new Date(0),
    builtAt: new Date(0),
    builder: 'test'
  })
  return { path: out, sha256: built.sha256, version }
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'mxdeploy-m2ee-kill-'))
  v1 = await pack('1.2.0.1')
  v2 = await pack('1.2.0.2')
  bin = join(root, 'bin')
  await mkdir(bin)
  await writeFile(join(bin, 'm2ee'), '#!/bin/sh\nexit 0\n')
  await chmod(join(bin, 'm2ee'), 0o755)
  admin = createServer((req, res) => {
    const ok =
      Buffer.from(String(req.headers['x-m2ee-authentication']), 'base64').toString() === PASS
    res.writeHead(200, { 'Content-Type': 'application/json' })
    res.end(JSON.stringify(ok ? { result: 0, feedback: { status: 'running' } } : { result: -4 }))
  })
  await new Promise<void>((resolve) => admin.listen(0, '127.0.0.1', resolve))
  port = (admin.address() as { port: number }).port
})

afterAll(() => admin.close())

/** A fresh app base as m2ee-tools' install guide lays it out, with the team's m2ee.yaml. */
async function server(name: string): Promise<{ appBase: string; config: string }> {
  const appBase = join(root, name, 'hello')
  for (const dir of ['model', 'web', 'runtimes', 'data/model-upload', 'data/tmp'])
    await mkdir(join(appBase, dir), { recursive: true })
  const config = join(root, name, 'm2ee.yaml')
  await writeFile(
    config,
    `m2ee:\n app_base: ${appBase}\n admin_port: ${port}\n admin_pass: ${PASS}\nmxruntime:\n DatabaseName: hello\n`
  )
  return { appBase, config }
}

function deployInChild(appBase: string, config: string, pkg: Built, killAt: string) {
  return new Promise<'done' | 'killed'>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--import',
        HOOK,
        CHILD,
        appBase,
        config,
        pkg.path,
        pkg.version,
        pkg.sha256
      ],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, PATH: `${bin}:${process.env['PATH']}`, MXDEPLOY_TEST_KILL: killAt }
      }
    )
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      if (signal === 'SIGKILL') resolve('killed')
      else if (code === 0) resolve('done')
      else reject(new Error(`child exited with ${code}: ${stderr}`))
    })
  })
}

function deploy(appBase: string, config: string, pkg: Built): Promise<unknown> {
  const path = process.env['PATH']
  process.env['PATH'] = `${bin}:${path}`
  return new M2eeTarget({
    config: { type: 'm2ee', appBase, m2eeConfig: config, restart: 'm2ee --yolo restart', keep: 3 }
  })
    .deploy({
      environment: {
        name: 'production',
        constants: { 'Hello.ApiUrl': `https://${pkg.version}.example.com` },
        scheduledEvents: { 'Hello.SyncCustomers': true }
      } as never,
      package: { app: 'hello', version: pkg.version, sha256: pkg.sha256 } as never,
      mdaPath: pkg.path,
      settings: {
        constants: { 'Hello.ApiUrl': `https://${pkg.version}.example.com` },
        scheduledEvents: { 'Hello.SyncCustomers': true, 'Hello.CleanupOldGreetings': false }
      },
      log: silentLogger
    })
    .finally(() => (process.env['PATH'] = path))
}

/** model/, web/ and the settings link all lead into the release current names, or nothing runs. */
async function expectConsistent(appBase: string, config: string, packages: Built[]) {
  const target = new M2eeTarget({
    config: { type: 'm2ee', appBase, m2eeConfig: config, restart: 'm2ee', keep: 3 }
  })
  const running = await target.current()
  if (!running) return undefined
  const pkg = packages.find((p) => p.sha256 === running.sha256)!
  expect(pkg).toBeDefined()
  const release = await realpath(join(appBase, '.mxdeploy', 'current'))
  for (const folder of ['model', 'web'])
    expect(await realpath(join(appBase, folder))).toBe(join(release, folder))
  expect(await realpath(join(appBase, '.mxdeploy', 'm2ee.yaml'))).toBe(join(release, 'm2ee.yaml'))
  const metadata = JSON.parse(await readFile(join(appBase, 'model', 'metadata.json'), 'utf8'))
  expect(metadata.ModelVersion).toBe(pkg.version)
  expect(running.constants?.['Hello.ApiUrl']).toBe(`https://${pkg.version}.example.com`)
  return { version: pkg.version, unconfirmed: running.unconfirmed !== undefined }
}

describe('an m2ee deployment killed at any write', () => {
  // Writes of a second deployment: files unpacked, the release marker (rename 1), the release
  // (2), the pending mark (3), the settings (4), the MDA upload (5), the switch (symlink 1, 6).
  const AFTER_FIRST = [
    'open:1:before',
    'open:5:before',
    'rename:1:after',
    'rename:2:after',
    'rename:3:after',
    'rename:4:after',
    'rename:5:after',
    'symlink:1:after',
    'rename:6:before',
    'rename:6:after'
  ]
  test.each(AFTER_FIRST)('at %s leaves one complete release running', async (point) => {
    const { appBase, config } = await server(`later-${point.replace(/:/g, '-')}`)
    await deploy(appBase, config, v1)
    expect(await deployInChild(appBase, config, v2, point)).toBe('killed')
    const state = await expectConsistent(appBase, config, [v1, v2])
    // Only a kill after the switch may leave the new release in place, and then unconfirmed.
    expect(state).toEqual(
      point === 'rename:6:after'
        ? { version: v2.version, unconfirmed: true }
        : { version: v1.version, unconfirmed: false }
    )
    await deploy(appBase, config, v2)
    expect(await expectConsistent(appBase, config, [v2])).toEqual({
      version: v2.version,
      unconfirmed: false
    })
  })

  // The first deployment also turns the install guide's empty model/ and web/ into links (model:
  // symlink 2, rename 7; web: symlink 3, rename 8; the settings link: symlink 4, rename 9).
  const FIRST = [
    'rename:6:after',
    'rename:7:before',
    'rename:7:after',
    'rename:8:after',
    'rename:9:before'
  ]
  test.each(FIRST)('the first one at %s leaves nothing half-linked', async (point) => {
    const { appBase, config } = await server(`first-${point.replace(/:/g, '-')}`)
    expect(await deployInChild(appBase, config, v1, point)).toBe('killed')
    // Until every link is in place nothing is taken to run; the next deployment completes.
    expect(await expectConsistent(appBase, config, [v1])).toBeUndefined()
    await deploy(appBase, config, v1)
    expect(await expectConsistent(appBase, config, [v1])).toEqual({
      version: v1.version,
      unconfirmed: false
    })
    expect(await readlink(join(appBase, 'model'))).toBe('.mxdeploy/current/model')
  })
})
