import { readlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { mxdeploy } from '../support/cli.js'
import { ok, useTemplate, type Built } from './support/app.js'
import { expectActivityParses, expectWholeRelease } from './support/consistency.js'
import { countSteps, runChild } from './support/killed-run.js'
import { drawPoints, killPoints } from './support/matrix.js'

// `stage` to a local target killed (SIGKILL) at seeded points among every file-system step,
// record append, restart command and request it makes; then the folder shows one whole release,
// the log parses, and the next stage succeeds, records what runs and lets the package on.

/** The restart command (run in the environment's folder) kills mxdeploy, its parent, once if asked to. */
const RESTART = '[ -f kill-me ] && rm kill-me && kill -9 $PPID; echo restarted'

const YAML = `app: hello
build: { deployment-dir: deployment, version: 1.2.0 }
environments:
  test:
    target: { type: local, path: .mxdeploy/envs/test, restart: '${RESTART}' }
    constants: { Hello.ApiUrl: https://test.example.com }
  acceptance: { after: test }
`

const template = useTemplate(YAML, 2, async (dir, [v1, v2]) => {
  await ok(dir, ['publish', v1!.file])
  await ok(dir, ['publish', v2!.file])
  await ok(dir, ['stage', '-e', 'test', '--package', v1!.version])
})

/** After a fault: whole releases, a log that parses, and a next stage that puts `to` in place. */
async function expectRecovers(dir: string, config: string, [v1, v2]: Built[]) {
  const env = join(dir, '.mxdeploy', 'envs', 'test')
  expect(await expectWholeRelease(env, [v1!.sha256, v2!.sha256])).toBeDefined()
  await expectActivityParses(dir, config)

  await ok(dir, ['stage', '-e', 'test', '--package', v2!.version])
  expect(await expectWholeRelease(env, [v2!.sha256])).toBe(v2!.sha256)
  const records = await expectActivityParses(dir, config)
  const last = records.find((r) => r.environment === 'test' && r.result === 'success')
  expect(last?.package?.sha256).toBe(v2!.sha256)
  // What runs is recorded, so the package is let on to the next environment.
  await ok(dir, ['stage', '-e', 'acceptance', '--package', v2!.version])
  const again = await ok(dir, ['stage', '-e', 'test', '--package', v2!.version, '--json'])
  expect(again.json.changed).toBe(false)
}

describe('stage (local target) killed at seeded points', async () => {
  const t = await template()
  const [, v2] = t.built
  const args = (config: string) => [
    'stage',
    '-e',
    'test',
    '--package',
    v2!.version,
    '--config',
    config
  ]
  const probe = await t.copy()
  const points = drawPoints('stage-local', killPoints(await countSteps(args(probe.config))), 8)

  test.each(points)('killed at %s', async (point) => {
    const { dir, config } = await t.copy()
    const run = await runChild(args(config), { kill: point })
    expect(run.outcome, run.stderr).toBe('killed')
    await expectRecovers(dir, config, t.built)
  })
})

describe('the first stage of an environment killed at seeded points', async () => {
  const t = await template()
  const [v1] = t.built
  // acceptance has no release yet: the first stage also makes releases/ and the settings link.
  const args = (config: string) => [
    'stage',
    '-e',
    'acceptance',
    '--package',
    v1!.version,
    '--config',
    config
  ]
  const probe = await t.copy()
  const drawn = drawPoints('stage-first', killPoints(await countSteps(args(probe.config))), 4)
  // And always between the switch (link 1) and the settings link (link 2).
  const points = [...new Set([...drawn, 'symlink:2:before'])]

  test.each(points)('killed at %s', async (point) => {
    const { dir, config } = await t.copy()
    const run = await runChild(args(config), { kill: point })
    expect(run.outcome, run.stderr).toBe('killed')
    const env = join(dir, '.mxdeploy', 'envs', 'acceptance')
    await expectWholeRelease(env, [v1!.sha256])
    await expectActivityParses(dir, config)

    await ok(dir, ['stage', '-e', 'acceptance', '--package', v1!.version])
    expect(await expectWholeRelease(env, [v1!.sha256])).toBe(v1!.sha256)
    expect(await readlink(join(env, 'settings.json'))).toBe('current/.mxdeploy-settings.json')
    const records = await expectActivityParses(dir, config)
    const last = records.find((r) => r.environment === 'acceptance' && r.result === 'success')
    expect(last?.package?.sha256).toBe(v1!.sha256)
  })
})

describe('stage killed during the restart command', () => {
  test.each([
    ['as the command starts', 'spawn:1:before'],
    ['right after the command started', 'spawn:1:after'],
    ['by the command itself, while it runs', undefined]
  ])('%s: the switch is kept and the next stage records it as reconciled', async (_, point) => {
    const t = await template()
    const { dir, config } = await t.copy()
    const [, v2] = t.built
    if (!point) await writeFile(join(dir, '.mxdeploy/envs/test/kill-me'), '')
    const run = await runChild(
      ['stage', '-e', 'test', '--package', v2!.version, '--config', config],
      {
        ...(point ? { kill: point } : {})
      }
    )
    expect(run.outcome, run.stderr).toBe('killed')
    // The switch came before the restart: test runs 1.2.0.2, which the log does not show yet.
    expect(await expectWholeRelease(join(dir, '.mxdeploy/envs/test'), [v2!.sha256])).toBe(
      v2!.sha256
    )
    const next = await mxdeploy(
      ['stage', '-e', 'test', '--package', v2!.version, '--config', config],
      {
        cwd: dir
      }
    )
    expect(next.code, next.stderr).toBe(0)
    expect(next.stderr).toContain(
      'which the activity log does not show: recording it as reconciled'
    )
    const records = await expectActivityParses(dir, config)
    expect(records[0]).toMatchObject({ environment: 'test', operation: 'reconciled' })
    await ok(dir, ['stage', '-e', 'acceptance', '--package', v2!.version])
  })
})
