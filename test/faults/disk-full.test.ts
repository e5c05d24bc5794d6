import { readlink } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { mxdeploy } from '../support/cli.js'
import { ok, useTemplate, type Built } from './support/app.js'
import { expectWholeRelease } from './support/consistency.js'
import { runChild } from './support/killed-run.js'

// A full disk (ENOSPC injected by the kill hook at a chosen write) at the steps of a stage where
// a raw error or a stale link used to come out: the message names the folder and what to do.

const YAML = `app: hello
build: { deployment-dir: deployment, version: 1.2.0 }
environments:
  test:
    target: { type: local, path: .mxdeploy/envs/test, restart: 'echo restarted' }
  acceptance: { after: test }
`

/** Builds 1 and 2 published, build 1 running in test. */
const published = useTemplate(YAML, 2, async (dir, [v1, v2]) => {
  await ok(dir, ['publish', v1!.file])
  await ok(dir, ['publish', v2!.file])
  await ok(dir, ['stage', '-e', 'test', '--package', v1!.version])
})

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
