import { realpath } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { M2eeTarget } from '../../src/targets/m2ee/m2ee-target.js'
import { fakeServer, type FakeServer } from '../support/m2ee/fake-server.js'
import { writeConfig } from '../support/example-app.js'
import { ok, useTemplate, type Built } from './support/app.js'
import { expectActivityParses } from './support/consistency.js'
import { countSteps, runChild } from './support/killed-run.js'
import { drawPoints, killPoints } from './support/matrix.js'

// `stage` to an m2ee server (the fake m2ee of test/support/m2ee on PATH) killed at seeded points:
// app-base shows one whole release (model/, web/ and the settings in it), the log parses, and
// the next stage ends with the new release running, confirmed and recorded.

const template = useTemplate(
  'app: hello\nbuild: { deployment-dir: deployment, version: 1.2.0 }\n',
  2,
  async (dir, built) => {
    for (const b of built) await ok(dir, ['publish', b.file])
  }
)

const servers: FakeServer[] = []
const path = process.env['PATH']
afterEach(async () => {
  process.env['PATH'] = path
  for (const server of servers.splice(0)) await server.stopRuntime()
})

/** A fresh server on its own port and folders, with the package `running` deployed by mxdeploy. */
async function serverRunning(dir: string, running: Built): Promise<FakeServer> {
  const server = await fakeServer()
  servers.push(server)
  await writeConfig(
    dir,
    `app: hello
build: { deployment-dir: deployment, version: 1.2.0 }
environments:
  production:
    target: { type: m2ee, app-base: ${server.appBase}, m2ee-config: ${server.teamConfig} }
    constants: { Hello.ApiUrl: https://api.example.com }
`
  )
  // The restart runs the fake m2ee: in-process runs find it on this process's PATH.
  process.env['PATH'] = `${server.bin}:${path}`
  await ok(dir, ['stage', '-e', 'production', '--package', running.version])
  return server
}

/** model/, web/ and mxdeploy's m2ee file lead into the release `current` names, of `shas`. */
async function expectWholeM2eeRelease(server: FakeServer, shas: string[]) {
  const target = new M2eeTarget({
    config: {
      type: 'm2ee',
      appBase: server.appBase,
      m2eeConfig: server.teamConfig,
      restart: 'm2ee',
      keep: 3
    }
  })
  const running = await target.current()
  expect(running).toBeDefined()
  expect(shas).toContain(running!.sha256)
  const release = await realpath(join(server.appBase, '.mxdeploy', 'current'))
  for (const folder of ['model', 'web'])
    expect(await realpath(join(server.appBase, folder))).toBe(join(release, folder))
  expect(await realpath(join(server.appBase, '.mxdeploy', 'm2ee.yaml'))).toBe(
    join(release, 'm2ee.yaml')
  )
  return running!
}

const stageArgs = (config: string, b: Built) => [
  'stage',
  '-e',
  'production',
  '--package',
  b.version,
  '--config',
  config
]

describe('stage (m2ee target) killed at seeded points', async () => {
  const t = await template()
  const [v1, v2] = t.built as [Built, Built]
  const probe = await t.copy()
  const probeServer = await serverRunning(probe.dir, v1)
  const counts = await countSteps(stageArgs(probe.config, v2), {
    PATH: `${probeServer.bin}:${path}`
  })
  await probeServer.stopRuntime()
  process.env['PATH'] = path
  const points = drawPoints('stage-m2ee', killPoints(counts), 3)

  test.each(points)('killed at %s', async (point) => {
    const { dir, config } = await t.copy()
    const server = await serverRunning(dir, v1)
    const run = await runChild(stageArgs(config, v2), {
      kill: point,
      env: { PATH: `${server.bin}:${path}` }
    })
    expect(run.outcome, run.stderr).toBe('killed')
    await expectWholeM2eeRelease(server, [v1.sha256, v2.sha256])
    await expectActivityParses(dir, config)

    await ok(dir, ['stage', '-e', 'production', '--package', v2.version])
    const running = await expectWholeM2eeRelease(server, [v2.sha256])
    expect(running.unconfirmed).toBeUndefined()
    const records = await expectActivityParses(dir, config)
    expect(records.find((r) => r.result === 'success')?.package?.sha256).toBe(v2.sha256)
  })
})

describe('stage (m2ee target) on a full disk', () => {
  test('at the new current link: nothing is switched, and the message names app-base', async () => {
    const t = await template()
    const [v1, v2] = t.built as [Built, Built]
    const { dir, config } = await t.copy()
    const server = await serverRunning(dir, v1)
    const run = await runChild(stageArgs(config, v2), {
      enospc: 'symlink:1',
      env: { PATH: `${server.bin}:${path}` }
    })
    expect(run.outcome).toBe(1)
    expect(run.stderr).toContain(
      `error: cannot use the app base of environment production ${server.appBase}: no space left on device (ENOSPC); free space on that disk, or set target.app-base of production in mxdeploy.yml to m2ee's app_base on a writable disk`
    )
    expect((await expectWholeM2eeRelease(server, [v1.sha256, v2.sha256])).sha256).toBe(v1.sha256)
  })
})
