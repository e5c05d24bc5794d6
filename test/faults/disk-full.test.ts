import { readlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { mxdeploy } from '../support/cli.js'
import { canMountTmpfs, runInSmallTmpfs } from '../support/small-tmpfs.js'
import type { Step } from './fixtures/full-disk-driver.js'
import { ok, useTemplate, type Built, type Template } from './support/app.js'
import {
  expectActivityParses,
  expectWholePackages,
  expectWholeRelease
} from './support/consistency.js'
import { countSteps, runChild } from './support/killed-run.js'
import { drawPoints, writePoints } from './support/matrix.js'

// A full disk: at seeded writes of stage, publish and pipeline (ENOSPC injected by the kill hook
// at the n-th write), at the steps of a stage where a raw error or a stale link used to come out,
// and for real on a small tmpfs where the machine lets the tests mount one. The command fails
// saying the disk is full and where (never Node's raw errno text), leaves only whole releases
// and packages, the log parses, and once there is room the next run succeeds.

const YAML = `app: hello
build: { deployment-dir: deployment, version: 1.2.0 }
environments:
  test:
    target: { type: local, path: .mxdeploy/envs/test, restart: 'echo restarted' }
  acceptance: { after: test }
`

/** Build 1 published and running in test; build 2 built beside it. */
const built = useTemplate(YAML, 2, async (dir, [v1]) => {
  await ok(dir, ['publish', v1!.file])
  await ok(dir, ['stage', '-e', 'test', '--package', v1!.version])
})
/** The same, with build 2 published too. */
const published = useTemplate(YAML, 2, async (dir, [v1, v2]) => {
  await ok(dir, ['publish', v1!.file])
  await ok(dir, ['publish', v2!.file])
  await ok(dir, ['stage', '-e', 'test', '--package', v1!.version])
})

/** Node's own text for a failed call ("ENOSPC: no space left on device, write"): never shown. */
const RAW = /\bENOSPC: no space left on device, \w+/

interface Scenario {
  name: string
  template: () => Promise<Template>
  faults: number
  args: (t: Template, copy: { config: string; file: (b: Built) => string }) => string[]
  /** After the fault, and again after the run with room. */
  check: (dir: string, config: string, t: Template, recovered: boolean) => Promise<void>
}

const SCENARIOS: Scenario[] = [
  {
    name: 'stage',
    template: published,
    faults: 5,
    args: (t, c) => ['stage', '-e', 'test', '--package', t.built[1]!.version, '--config', c.config],
    async check(dir, config, t, recovered) {
      const shas = t.built.map((b) => b.sha256)
      const running = await expectWholeRelease(join(dir, '.mxdeploy/envs/test'), shas)
      if (recovered) expect(running).toBe(t.built[1]!.sha256)
      await expectActivityParses(dir, config)
    }
  },
  {
    name: 'publish',
    template: built,
    faults: 4,
    args: (t, c) => ['publish', c.file(t.built[1]!), '--config', c.config],
    async check(dir, config, t, recovered) {
      const listed = await expectWholePackages(dir, ['--config', config])
      if (recovered) expect(listed).toEqual([t.built[1]!.version, t.built[0]!.version])
    }
  },
  {
    name: 'pipeline',
    template: built,
    faults: 5,
    args: (_, c) => ['pipeline', '--build-number', '2', '--config', c.config],
    async check(dir, config, t, recovered) {
      const shas = t.built.map((b) => b.sha256)
      for (const env of ['test', 'acceptance']) {
        const running = await expectWholeRelease(join(dir, '.mxdeploy/envs', env), shas)
        if (recovered) expect(running).toBe(t.built[1]!.sha256)
      }
      await expectWholePackages(dir, ['--config', config])
      await expectActivityParses(dir, config)
    }
  }
]

for (const scenario of SCENARIOS) {
  describe(`${scenario.name} on a disk that fills up at a seeded write`, async () => {
    const t = await scenario.template()
    const probe = await t.copy()
    const counts = await countSteps(scenario.args(t, probe))
    const points = drawPoints(`enospc ${scenario.name}`, writePoints(counts), scenario.faults)

    test.each(points)('write %s finds the disk full', async (point) => {
      const copy = await t.copy()
      const args = scenario.args(t, copy)
      const run = await runChild(args, { enospc: point })
      expect(run.stderr).not.toMatch(RAW)
      // A run may write a little less than the one counted (a stream's chunks): then it is whole.
      if (run.outcome !== 0) {
        expect([1, 2], run.stderr).toContain(run.outcome)
        expect(run.stderr).toMatch(/no space left on device \(ENOSPC\)/)
      }
      await scenario.check(copy.dir, copy.config, t, run.outcome === 0)

      const again = await mxdeploy(args, { cwd: copy.dir })
      expect(again.code, again.stderr).toBe(0)
      await scenario.check(copy.dir, copy.config, t, true)
    })
  })
}

describe('a full disk at the steps that matter', () => {
  const stage = (config: string, environment: string, b: Built) => [
    'stage',
    '-e',
    environment,
    '--package',
    b.version,
    '--config',
    config
  ]

  test('the new current link: nothing is switched, and the message names the folder', async () => {
    const t = await published()
    const { dir, config } = await t.copy()
    const [v1, v2] = t.built as [Built, Built]
    const env = join(dir, '.mxdeploy/envs/test')
    const run = await runChild(stage(config, 'test', v2), { enospc: 'symlink:1' })
    expect(run.outcome).toBe(1)
    expect(run.stderr).toContain(
      `error: cannot use the folder of environment test ${env}: no space left on device (ENOSPC); free space on that disk, or set target.path of test in mxdeploy.yml to a folder on a writable disk`
    )
    expect(await expectWholeRelease(env, [v1.sha256, v2.sha256])).toBe(v1.sha256)
  })

  test("the stage's download folder: the message names the temporary folder and TMPDIR", async () => {
    const t = await published()
    const { config } = await t.copy()
    // mkdir 1 makes the state folder's locks/, 2 the folder the package is downloaded into.
    const run = await runChild(stage(config, 'test', t.built[1]!), { enospc: 'mkdir:2' })
    expect(run.outcome).toBe(1)
    expect(run.stderr).toMatch(
      /error: could not download hello 1\.2\.0\.2 in the temporary folder \/\S+: no space left on device \(ENOSPC\); free space there, or set TMPDIR to a folder on a disk with room/
    )
  })

  test('the settings link of a first deployment: said what is switched, and the next stage links it', async () => {
    const t = await published()
    const { dir, config } = await t.copy()
    const [v1] = t.built as [Built]
    const env = join(dir, '.mxdeploy/envs/acceptance')
    // acceptance has no release yet: link 1 is current, link 2 settings.json.
    const run = await runChild(stage(config, 'acceptance', v1), { enospc: 'symlink:2' })
    expect(run.outcome).toBe(1)
    expect(run.stderr).toContain(
      `error: switched acceptance to 1.2.0.1, but then no space left on device (ENOSPC) in ${env}`
    )
    const next = await mxdeploy(stage(config, 'acceptance', v1), { cwd: dir })
    expect(next.code, next.stderr).toBe(0)
    expect(next.stderr).toContain(
      `acceptance has hello 1.2.0.1 in place, but ${env}/settings.json does not lead to its settings (the deployment stopped after the switch): deploying it again`
    )
    expect(await readlink(join(env, 'settings.json'))).toBe('current/.mxdeploy-settings.json')
  })
})

const ROOT = new URL('../..', import.meta.url).pathname
const DRIVER = new URL('./fixtures/full-disk-driver.ts', import.meta.url).pathname

/** Runs `steps` on `dir` with a 512 KiB tmpfs mounted at `mount`; what each step did. */
async function onSmallDisk(dir: string, mount: string, steps: Step[]): Promise<any[]> {
  const plan = join(dir, 'plan.json')
  await writeFile(plan, JSON.stringify({ cwd: dir, steps }))
  const node = [process.execPath, '--import', 'tsx', DRIVER, plan]
  const run = runInSmallTmpfs(mount, '512k', 'exec "$@"', node, { cwd: ROOT })
  expect(run.code, run.stderr).toBe(0)
  return JSON.parse(run.stdout) as any[]
}

describe.skipIf(!canMountTmpfs)('a real full disk (a 512 KiB tmpfs)', () => {
  test('stage: the folder of the environment fills up while unpacking; current stays, and once there is room the stage goes through', async () => {
    const t = await published()
    const { dir, config } = await t.copy()
    const [v1, v2] = t.built as [Built, Built]
    const env = join(dir, '.mxdeploy/envs/test')
    const stage = (b: Built) => ({
      run: ['stage', '-e', 'test', '--package', b.version, '--config', config]
    })
    const [first, filled, refused, link, releases, , again, after] = await onSmallDisk(dir, env, [
      stage(v1),
      // Room for the lock, not for the release: the disk fills up while unpacking.
      { fill: join(env, 'filler'), leave: 16 << 10 },
      stage(v2),
      { readlink: join(env, 'current') },
      { list: join(env, 'releases') },
      { free: join(env, 'filler') },
      stage(v2),
      { readlink: join(env, 'current') }
    ])
    expect(first.code, first.stderr).toBe(0)
    expect(filled).toEqual({ filled: 'ENOSPC' })
    expect(refused.code, refused.stderr).toBe(1)
    expect(refused.stderr).toContain(
      `error: cannot use the folder of environment test ${env}: no space left on device (ENOSPC); free space on that disk, or set target.path of test in mxdeploy.yml to a folder on a writable disk`
    )
    expect(refused.stderr).not.toMatch(RAW)
    expect(link).toEqual({ link: `releases/1.2.0.1-${v1.sha256.slice(0, 12)}` })
    expect(releases.entries.filter((name: string) => !name.startsWith('.'))).toEqual([
      `1.2.0.1-${v1.sha256.slice(0, 12)}`
    ])
    expect(again.code, again.stderr).toBe(0)
    expect(after).toEqual({ link: `releases/1.2.0.2-${v2.sha256.slice(0, 12)}` })
    // The refused stage is in the log as a failure, the two that went through as deployments.
    const records = await expectActivityParses(dir, config)
    expect(records.slice(0, 3).map((r) => `${r.result} ${r.package?.version}`)).toEqual([
      'success 1.2.0.2',
      'failure 1.2.0.2',
      'success 1.2.0.1'
    ])
  })

  test('publish: the repository fills up while copying; nothing half-copied shows, and once there is room the publish goes through', async () => {
    const t = await built()
    const { dir, config, file } = await t.copy()
    const [v1, v2] = t.built as [Built, Built]
    const packages = join(dir, '.mxdeploy/packages')
    const publish = (b: Built) => ({ run: ['publish', file(b), '--config', config] })
    const list = { run: ['packages', '--json', '--config', config] }
    const [first, filled, refused, listed, app, , again, relisted] = await onSmallDisk(
      dir,
      packages,
      [
        publish(v1),
        { fill: join(packages, 'filler') },
        publish(v2),
        list,
        { list: join(packages, 'hello') },
        { free: join(packages, 'filler') },
        publish(v2),
        list
      ]
    )
    expect(first.code, first.stderr).toBe(0)
    expect(filled).toEqual({ filled: 'ENOSPC' })
    expect(refused.code, refused.stderr).toBe(1)
    expect(refused.stderr).toContain(
      `error: cannot use the package repository folder ${packages}: no space left on device (ENOSPC); free space on that disk`
    )
    expect(refused.stderr).not.toMatch(RAW)
    const versions = (run: { stdout: string }) =>
      (JSON.parse(run.stdout) as { packages: { version: string }[] }).packages.map((p) => p.version)
    expect(versions(listed)).toEqual(['1.2.0.1'])
    expect(app.entries).toEqual(['1.2.0.1', 'index.json'])
    expect(again.code, again.stderr).toBe(0)
    expect(versions(relisted)).toEqual(['1.2.0.2', '1.2.0.1'])
  })
})
