import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MXDEPLOY_VERSION } from '../../src/version.js'
import { copyExample } from '../support/example-app.js'
import { REPO_ROOT } from '../support/runner/index.js'
import { useTempDirs } from '../zip/support/temp-dir.js'

// The CLI as npm users get it: `npm pack` of this repository (dist/ as built), installed from the
// tarball into a folder of its own (and globally into a prefix of its own, as `npm install -g`)
// with --offline, so nothing but the tarball can be installed: the bundle in dist/ must run
// without any other package.

const run = promisify(execFile)
const tempDir = useTempDirs()

interface PackFile {
  path: string
}

interface PackageJson {
  name: string
  version: string
  private?: boolean
  bin: Record<string, string>
  files: string[]
  engines: { node: string }
  dependencies?: Record<string, string>
}

const pkg = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as PackageJson
let packDir = ''
let tarball = ''
let files: string[] = []

/** A clean environment: the tools on PATH and a home, nothing of the test process's npm. */
function cleanEnv(home: string): NodeJS.ProcessEnv {
  return { PATH: process.env['PATH'], HOME: home, npm_config_cache: join(home, 'npm-cache') }
}

// One tarball for every test: made before them, removed after them (useTempDirs removes its
// folders after each test, which would take the tarball away from the next).
beforeAll(async () => {
  packDir = await mkdtemp(join(tmpdir(), 'mxdeploy-pack-'))
  const { stdout } = await run(
    'npm',
    ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir],
    { cwd: REPO_ROOT, env: cleanEnv(packDir), maxBuffer: 16 * 1024 * 1024 }
  )
  const [packed] = JSON.parse(stdout) as [{ filename: string; files: PackFile[] }]
  tarball = join(packDir, packed.filename)
  files = packed.files.map((file) => file.path)
}, 120_000)

afterAll(async () => {
  if (packDir) await rm(packDir, { recursive: true, force: true })
})

describe('the npm package', () => {
  it('is publishable, keeps its bin, and says which Node versions it runs on', () => {
    expect(pkg.private).toBeUndefined()
    expect(pkg.bin).toEqual({ mxdeploy: 'bin/mxdeploy.js' })
    expect(pkg.engines.node).toBe('>=20')
    // Everything is bundled into dist/: an installed CLI needs no other package.
    expect(pkg.dependencies).toBeUndefined()
    // The version the CLI prints and records in packages is the package's.
    expect(MXDEPLOY_VERSION).toBe(pkg.version)
  })

  it('holds the CLI, its bundle, the library declarations and the schema, and nothing else', () => {
    expect(files).toContain('bin/mxdeploy.js')
    expect(files).toContain('dist/main/index.js')
    expect(files).toContain('dist/package.json')
    expect(files).toContain('dist/types/src/library.d.ts')
    expect(files).toContain('schema/mxdeploy.schema.json')
    expect(files).toContain('package.json')
    expect(files).toContain('README.md')
    const unexpected = files.filter(
      (path) =>
        !/^(bin\/|dist\/main\/|dist\/types\/|dist\/package\.json$|schema\/mxdeploy\.schema\.json$)/.test(
          path
        ) && !/^(package\.json|README\.md|LICENSE)$/.test(path)
    )
    expect(unexpected).toEqual([])
    // Sources, tests, the actions' metadata and their per-action entries stay in the repository.
    expect(files.some((path) => /^(src|test|actions|dist\/build)\//.test(path))).toBe(false)
  })

  it('installs from the tarball offline and runs a pipeline with no other package present', async () => {
    const home = await tempDir('mxdeploy-install-')
    const env = cleanEnv(home)
    await writeFile(join(home, 'package.json'), '{ "private": true, "type": "module" }\n')
    await run('npm', ['install', tarball, '--offline', '--no-audit', '--no-fund'], {
      cwd: home,
      env
    })
    // Proof that nothing else came along: yaml, which the sources import, is not installed.
    await expect(
      run(process.execPath, ['--input-type=module', '-e', "await import('yaml')"], {
        cwd: home,
        env
      })
    ).rejects.toThrow(/Cannot find package 'yaml'/)
    const bin = join(home, 'node_modules', '.bin', 'mxdeploy')
    const version = await run(bin, ['--version'], { cwd: home, env })
    expect(version.stdout).toBe(`${pkg.version}\n`)
    const app = await copyExample()
    const pipeline = await run(bin, ['pipeline', '--json', '--quiet'], { cwd: app, env }).finally(
      () => rm(app, { recursive: true, force: true })
    )
    const result = JSON.parse(pipeline.stdout) as {
      stages: { environment: string; status: string }[]
    }
    expect(result.stages.map((stage) => `${stage.environment} ${stage.status}`)).toEqual([
      'test deployed',
      'acceptance deployed',
      'production stopped'
    ])
  })

  it('installs globally, as npm install -g does, into a prefix of its own', async () => {
    const home = await tempDir('mxdeploy-global-')
    const prefix = join(home, 'prefix')
    const env: NodeJS.ProcessEnv = { ...cleanEnv(home), npm_config_prefix: prefix }
    await run('npm', ['install', '--global', tarball, '--offline', '--no-audit', '--no-fund'], {
      cwd: home,
      env
    })
    const bin = join(prefix, 'bin', 'mxdeploy')
    expect((await run(bin, ['--version'], { cwd: home, env })).stdout).toBe(`${pkg.version}\n`)
    // npx finds the installed command on PATH and runs it without asking the registry.
    const onPath = { ...env, PATH: `${join(prefix, 'bin')}:${env.PATH ?? ''}` }
    const help = await run('npx', ['--offline', 'mxdeploy', '--help'], { cwd: home, env: onPath })
    expect(help.stdout + help.stderr).toMatch(/usage: mxdeploy COMMAND/)
  })

  it('runs as npx runs a package: npm exec --package=<tarball>', async () => {
    const home = await tempDir('mxdeploy-npx-')
    const { stdout } = await run(
      'npm',
      ['exec', '--offline', '--yes', `--package=${tarball}`, '--', 'mxdeploy', '--version'],
      { cwd: home, env: cleanEnv(home) }
    )
    expect(stdout).toBe(`${pkg.version}\n`)
  })

  it('serves a TypeScript consumer its declarations without the libraries bundled in dist/', async () => {
    const home = await tempDir('mxdeploy-consumer-')
    const env = cleanEnv(home)
    await writeFile(join(home, 'package.json'), '{ "private": true, "type": "module" }\n')
    await run('npm', ['install', tarball, '--offline', '--no-audit', '--no-fund'], {
      cwd: home,
      env
    })
    await writeFile(
      join(home, 'use.ts'),
      [
        "import * as mxdeploy from 'mxdeploy'",
        "import type { BuildAppRequest, GitHubAccess, MxdeployConfig, PipelineRequest, RepositoryContext, StageAppRequest } from 'mxdeploy'",
        'export type Used = [BuildAppRequest, GitHubAccess, MxdeployConfig, PipelineRequest, RepositoryContext, StageAppRequest]',
        'export const library = mxdeploy',
        ''
      ].join('\n')
    )
    await writeFile(
      join(home, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          types: ['node'],
          typeRoots: [join(REPO_ROOT, 'node_modules/@types')],
          // The declarations themselves are checked: one naming a package that is not
          // installed (such as @octokit/rest) fails here.
          skipLibCheck: false
        },
        files: ['use.ts']
      })
    )
    await run(process.execPath, [join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', home], {
      cwd: home,
      env
    })
  })
})
