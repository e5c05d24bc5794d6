import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { ok, useTemplate } from './support/app.js'
import {
  expectActivityParses,
  expectWholePackages,
  expectWholeRelease
} from './support/consistency.js'
import { countSteps, runChild } from './support/killed-run.js'
import { drawPoints, killPoints } from './support/matrix.js'

// `pipeline` (build → publish → stage test → stage acceptance) killed at seeded points among all
// its steps; a re-run of the same build (as a re-run CI job does) then succeeds and leaves both
// environments on the package, each recorded, with the package whole in the repository.

const YAML = `app: hello
build: { deployment-dir: deployment, version: 1.2.0 }
environments:
  test:
    target: { type: local, path: .mxdeploy/envs/test, restart: 'echo restarted' }
  acceptance:
    after: test
    constants: { Hello.ApiUrl: https://acc.example.com }
`

/**
 * The template runs build 1 everywhere; the faults hit the pipeline of build 2. Builds are
 * reproducible, so the packages built beside it are the ones the pipelines make.
 */
const template = useTemplate(YAML, 2, async (dir) => {
  await ok(dir, ['pipeline', '--build-number', '1'])
})

describe('pipeline killed at seeded points', async () => {
  const t = await template()
  const args = (config: string) => ['pipeline', '--build-number', '2', '--config', config]
  const probe = await t.copy()
  const points = drawPoints('pipeline', killPoints(await countSteps(args(probe.config))), 6)

  test.each(points)('killed at %s', async (point) => {
    const { dir, config } = await t.copy()
    const run = await runChild(args(config), { kill: point })
    expect(run.outcome, run.stderr).toBe('killed')
    const shas = t.built.map((b) => b.sha256)
    for (const env of ['test', 'acceptance'])
      expect(await expectWholeRelease(join(dir, '.mxdeploy', 'envs', env), shas)).toBeDefined()
    await expectWholePackages(dir, ['--config', config])
    await expectActivityParses(dir, config)

    const again = await ok(dir, ['pipeline', '--build-number', '2', '--json'])
    const sha256 = again.json.package.sha256 as string
    expect(sha256).toBe(t.built[1]!.sha256)
    expect(await expectWholePackages(dir, ['--config', config])).toEqual(['1.2.0.2', '1.2.0.1'])
    const records = await expectActivityParses(dir, config)
    for (const env of ['test', 'acceptance']) {
      expect(await expectWholeRelease(join(dir, '.mxdeploy', 'envs', env), [sha256])).toBe(sha256)
      const last = records.find((r) => r.environment === env && r.result === 'success')
      expect(last?.package?.sha256).toBe(sha256)
    }
  })
})
