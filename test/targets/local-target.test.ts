import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, mkdir, readFile, readdir, readlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { silentLogger } from '../../src/log.js'
import { packDeploymentFolder } from '../../src/mda/pack.js'
import { LocalTarget } from '../../src/targets/local-target.js'
import { metadataDocument } from '../mda/support/deployment.js'

interface Built {
  path: string
  sha256: string
  version: string
  files: string[]
}

const CHILD = new URL('./fixtures/local-deploy.ts', import.meta.url).pathname

/** A package with enough files that unpacking it takes a while. */
async function buildPackage(root: string, version: string, files: number): Promise<Built> {
  const dir = join(root, `src-${version}`)
  await mkdir(join(dir, 'model'), { recursive: true })
  await mkdir(join(dir, 'web', 'pages'), { recursive: true })
  await writeFile(
    join(dir, 'model', 'metadata.json'),
    JSON.stringify(
      metadataDocument({
        Constants: [{ Name: 'Big.Version', Type: 'String', Description: '', DefaultValue: version }]
      }),
      null,
      2
    )
  )
  const names: string[] = ['model/metadata.json']
  for (let i = 0; i < files; i++) {
    await writeFile(
      join(dir, 'web', 'pages', `page${i}.html`),
      `<p>${version} page ${i}</p>\n`.repeat(200)
    )
    names.push(`web/pages/page${i}.html`)
  }
  const out = join(root, `big_${version}.mda`)
  const result = await packDeploymentFolder({
    deploymentDir: dir,
    out,
    version,
    app: 'big',
    commit: null,
    branch: null,
    entryDate: new Date(0),
    builtAt: new Date(0),
    builder: 'test'
  })
  return { path: out, sha256: result.sha256, version, files: names.sort() }
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.mxdeploy-')) continue
    const name = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) out.push(...(await listFiles(join(dir, entry.name), name)))
    else out.push(name)
  }
  return out.sort()
}

/** `current` points at a complete release of one of the packages, with that package's settings. */
async function expectConsistent(envDir: string, packages: Built[]): Promise<Built> {
  const link = await readlink(join(envDir, 'current'))
  const pkg = packages.find((p) => link === `releases/${p.version}-${p.sha256.slice(0, 12)}`)
  expect(pkg, `current → ${link}`).toBeDefined()
  expect(await listFiles(join(envDir, 'current'))).toEqual(pkg!.files)
  const marker = JSON.parse(
    await readFile(join(envDir, 'current', '.mxdeploy-release.json'), 'utf8')
  )
  expect(marker.sha256).toBe(pkg!.sha256)
  const settings = JSON.parse(await readFile(join(envDir, 'settings.json'), 'utf8'))
  expect(settings.MicroflowConstants['Big.Version']).toBe(pkg!.version)
  return pkg!
}

const HOOK = new URL('../support/kill-hook.mjs', import.meta.url).pathname

/** Deploys in a child process that kills itself at the given step (see test/support/kill-hook.mjs). */
function deployInChild(envDir: string, pkg: Built, killAt: string): Promise<'done' | 'killed'> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--import', HOOK, CHILD, envDir, pkg.path, pkg.version, pkg.sha256],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, MXDEPLOY_TEST_KILL: killAt }
      }
    )
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      if (signal === 'SIGKILL') resolve('killed')
      else if (code === 0) resolve('done')
      else reject(new Error(`child exited with ${code}: ${output}`))
    })
  })
}

function deploy(envDir: string, pkg: Built): Promise<unknown> {
  return new LocalTarget({ path: envDir, keep: 3 }).deploy({
    environment: { name: 'test' } as never,
    package: { app: 'big', version: pkg.version, sha256: pkg.sha256 } as never,
    mdaPath: pkg.path,
    settings: { constants: { 'Big.Version': pkg.version }, scheduledEvents: {} },
    log: silentLogger
  })
}

describe('local target', () => {
  let root: string
  let v1: Built
  let v2: Built

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'mxdeploy-local-'))
    v1 = await buildPackage(root, '1.0.0.1', 800)
    v2 = await buildPackage(root, '1.0.0.2', 800)
  })

  // Every step of a deployment that writes: files created while unpacking, the release marker
  // (rename 1), the release folder (rename 2), its settings (rename 3), the switch (rename 4).
  const KILL_POINTS = [
    'open:1:before',
    'open:150:before',
    'rename:1:before',
    'rename:1:after',
    'rename:2:after',
    'rename:3:after',
    'symlink:1:after',
    'rename:4:before',
    'rename:4:after'
  ]

  test.each(KILL_POINTS)(
    'a process killed at %s leaves current on a complete release',
    async (point) => {
      const envDir = join(root, `env-${point.replace(/:/g, '-')}`)
      await deploy(envDir, v1)
      expect(await deployInChild(envDir, v2, point)).toBe('killed')
      const running = await expectConsistent(envDir, [v1, v2])
      // Only a kill after the switch may leave the new release running.
      expect(running.version).toBe(point === 'rename:4:after' ? v2.version : v1.version)
      // The next deployment completes, takes over the dead process's lock and clears its leftovers.
      await deploy(envDir, v2)
      expect((await expectConsistent(envDir, [v2])).version).toBe(v2.version)
      expect(
        (await readdir(join(envDir, 'releases'))).filter((n) => n.endsWith('.partial'))
      ).toEqual([])
      expect(existsSync(join(envDir, '.lock'))).toBe(false)
    }
  )

  test('an uninterrupted child deployment completes', async () => {
    const envDir = join(root, 'env-complete')
    expect(await deployInChild(envDir, v1, '')).toBe('done')
    await expectConsistent(envDir, [v1])
  })
})
