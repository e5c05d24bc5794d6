import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import type { M2eeWorkspace } from '../../support/m2ee/workspace.js'
import { useM2eeWorkspace } from '../../support/m2ee/workspace.js'

const workspace = useM2eeWorkspace()

/** A workspace whose package ran in test, ready to go to production. */
async function readyForProduction(): Promise<M2eeWorkspace> {
  const ws = await workspace()
  await ws.publish('1')
  expect((await ws.run('stage', '-e', 'test')).code).toBe(0)
  return ws
}

/**
 * Nothing of mxdeploy's on the server and m2ee never run; the activity log shows at most the
 * refused attempt, as a failure.
 */
async function expectUntouched(ws: M2eeWorkspace, { logged = true } = {}): Promise<void> {
  expect(existsSync(join(ws.server.appBase, '.mxdeploy'))).toBe(false)
  expect(await readdir(join(ws.server.appBase, 'model'))).toEqual([])
  expect(await readdir(join(ws.server.appBase, 'data', 'model-upload'))).toEqual([])
  expect(await ws.server.calls()).toEqual([])
  if (!logged) return
  const records = await ws.activity('production')
  expect(records.map((r) => r.result)).toEqual(['failure'])
}

async function editTeamFile(ws: M2eeWorkspace, edit: (text: string) => string): Promise<void> {
  const text = await readFile(ws.server.teamConfig, 'utf8')
  await writeFile(ws.server.teamConfig, edit(text))
}

describe('refused before anything changes (exit 2)', () => {
  test('an m2ee-config that does not exist', async () => {
    const ws = await readyForProduction()
    await writeFile(
      join(ws.dir, 'mxdeploy.yml'),
      (await readFile(join(ws.dir, 'mxdeploy.yml'), 'utf8')).replace(
        ws.server.teamConfig,
        join(ws.server.root, 'missing.yaml')
      )
    )
    const run = await ws.run('stage', '-e', 'production')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      `m2ee-config ${join(ws.server.root, 'missing.yaml')} does not exist: point m2ee-config at the team's m2ee.yaml`
    )
    await expectUntouched(ws)
  })

  test('an m2ee.yaml whose app_base is another folder than app-base', async () => {
    const ws = await readyForProduction()
    const other = join(ws.server.root, 'srv', 'other')
    await mkdir(other)
    await editTeamFile(ws, (text) => text.replace(/app_base: .*/, `app_base: ${other}`))
    const run = await ws.run('stage', '-e', 'production')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      `m2ee.app_base is ${other}, but mxdeploy.yml's app-base is ${ws.server.appBase}`
    )
    await expectUntouched(ws)
  })

  test('an m2ee.yaml without admin_port', async () => {
    const ws = await readyForProduction()
    await editTeamFile(ws, (text) => text.replace(/ admin_port: .*\n/, ''))
    const run = await ws.run('stage', '-e', 'production')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`${ws.server.teamConfig} has no m2ee.admin_port`)
    await expectUntouched(ws)
  })

  test('MicroflowConstants that m2ee could not merge mxdeploy’s constants into', async () => {
    const ws = await readyForProduction()
    await editTeamFile(ws, (text) =>
      text.replace(/ MicroflowConstants:\n( {2}.*\n)+/, ' MicroflowConstants: [Hello.ApiUrl]\n')
    )
    const run = await ws.run('stage', '-e', 'production')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      "mxruntime.MicroflowConstants is not a mapping, so m2ee would skip mxdeploy's settings file"
    )
    await expectUntouched(ws)
  })

  test('an included file that would override the scheduled events', async () => {
    const ws = await readyForProduction()
    const extra = join(ws.server.root, 'srv', 'extra.yaml')
    await writeFile(extra, 'mxruntime:\n ScheduledEventExecution: ALL\n')
    await editTeamFile(ws, (text) => `${text}include:\n - ${extra}\n`)
    const run = await ws.run('stage', '-e', 'production')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      `${extra}, included by the team's m2ee.yaml, sets mxruntime ScheduledEventExecution: m2ee reads included files after mxdeploy's settings`
    )
    await expectUntouched(ws)
  })

  test('an m2ee restart command with its own -c files and not mxdeploy’s', async () => {
    const ws = await readyForProduction()
    await ws.configure({ target: `      restart: m2ee -c ${ws.server.teamConfig} --yolo restart` })
    const run = await ws.run('stage', '-e', 'production')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("gives m2ee its own -c files without mxdeploy's settings")
    expect(run.stderr).toContain('$MXDEPLOY_M2EE_ARGS')
    expect(run.stderr).toContain(
      `list ${join(ws.server.appBase, '.mxdeploy', 'm2ee.yaml')} under include:`
    )
    await expectUntouched(ws)
  })

  test('an m2ee target without m2ee-config', async () => {
    const ws = await readyForProduction()
    await writeFile(
      join(ws.dir, 'mxdeploy.yml'),
      (await readFile(join(ws.dir, 'mxdeploy.yml'), 'utf8')).replace(/ +m2ee-config: .*\n/, '')
    )
    const run = await ws.run('stage', '-e', 'production')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('environments.production.target needs "m2ee-config"')
    await expectUntouched(ws, { logged: false })
  })
})

describe('other restart commands and an app base m2ee unpack filled', () => {
  test.each([
    'exec m2ee $MXDEPLOY_M2EE_ARGS --yolo restart',
    'exec m2ee -c "$MXDEPLOY_M2EE_CONFIG" -c "$MXDEPLOY_M2EE_SETTINGS" --yolo restart'
  ])('a script running %s runs m2ee with both files', async (line) => {
    const ws = await readyForProduction()
    const script = join(ws.server.root, 'restart-hello.sh')
    await writeFile(script, `#!/bin/sh\n${line}\n`, { mode: 0o755 })
    await ws.configure({ target: `      restart: ${script}` })
    const run = await ws.run('stage', '-e', 'production')
    expect(run.code, run.stderr).toBe(0)
    const [call] = await ws.server.calls()
    expect(call!.argv).toEqual([
      '-c',
      ws.server.teamConfig,
      '-c',
      join(ws.server.appBase, '.mxdeploy', 'm2ee.yaml'),
      '--yolo',
      'restart'
    ])
    expect(run.stderr).not.toContain("does not name mxdeploy's settings file")
  })

  test('a command that does not name the settings file is warned about', async () => {
    const ws = await readyForProduction()
    const script = join(ws.server.root, 'restart-hello.sh')
    await writeFile(script, `#!/bin/sh\nexec m2ee -c ${ws.server.teamConfig} --yolo restart\n`, {
      mode: 0o755
    })
    await ws.configure({ target: `      restart: ${script}` })
    const run = await ws.run('stage', '-e', 'production')
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toContain(
      `warning: the restart command "${script}" does not name mxdeploy's settings file`
    )
  })

  test("the team's file may include mxdeploy's settings instead", async () => {
    const ws = await readyForProduction()
    const fragment = join(ws.server.appBase, '.mxdeploy', 'm2ee.yaml')
    await editTeamFile(ws, (text) => `${text}include:\n - ${fragment}\n`)
    await ws.configure({ target: `      restart: m2ee -c ${ws.server.teamConfig} --yolo restart` })
    const run = await ws.run('stage', '-e', 'production')
    expect(run.code, run.stderr).toBe(0)
    expect(await ws.server.runtimeConfig()).toMatchObject({
      ScheduledEventExecution: 'SPECIFIED',
      MicroflowConstants: { 'Hello.ApiUrl': 'https://api.example.com' }
    })
  })

  test('model/ and web/ left by an earlier m2ee unpack are moved aside, not deleted', async () => {
    const ws = await readyForProduction()
    await writeFile(
      join(ws.server.appBase, 'model', 'metadata.json'),
      '{"RuntimeVersion": "9.24.0"}'
    )
    const run = await ws.run('stage', '-e', 'production')
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toMatch(
      /held an app mxdeploy did not deploy \(an m2ee unpack\?\): moved to /
    )
    const replaced = join(ws.server.appBase, '.mxdeploy', 'replaced')
    const [stamp] = await readdir(replaced)
    expect(await readFile(join(replaced, stamp!, 'model', 'metadata.json'), 'utf8')).toContain(
      '9.24.0'
    )
  })
})
