import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, test } from 'vitest'
import { useCliProcess } from '../cli/support/cli-process.js'
import { mxdeploy } from '../support/cli.js'
import { copyExample, writeConfig } from '../support/example-app.js'

const config = (test = '{}', extra = ''): string => `app: hello
build: { deployment-dir: deployment, version: 1.2.0 }
environments:
  test: ${test}
  acceptance:
    after: test
${extra}`

let dir: string
const cliProcess = useCliProcess()

async function run(...args: string[]) {
  return mxdeploy([...args, '--config', join(dir, 'mxdeploy.yml')], { cwd: dir })
}

async function publish(build: string): Promise<{ version: string; sha256: string }> {
  const out = join(dir, `hello_${build}.mda`)
  const built = await run('build', '--build-number', build, '--out', out)
  expect(built.code, built.stderr).toBe(0)
  const published = await run('publish', out, '--json')
  expect(published.code, published.stderr).toBe(0)
  return published.json.package
}

async function activity(): Promise<{ operation: string; package: { version: string } }[]> {
  const listed = await run('activity', '--json')
  expect(listed.code).toBe(0)
  return listed.json
}

async function settingsOf(environment: string): Promise<Record<string, any>> {
  const file = join(dir, '.mxdeploy', 'envs', environment, 'settings.json')
  return JSON.parse(await readFile(file, 'utf8'))
}

beforeEach(async () => {
  dir = await copyExample()
  await writeConfig(dir, config())
})

describe('what runs is read from the target, not from the log', () => {
  test('a deleted environment folder is deployed again, not "already runs"', async () => {
    await publish('1')
    expect((await run('stage', '-e', 'test')).code).toBe(0)
    await rm(join(dir, '.mxdeploy', 'envs', 'test'), { recursive: true })
    const again = await run('stage', '-e', 'test', '--json')
    expect(again.code, again.stderr).toBe(0)
    expect(again.json.changed).toBe(true)
    expect(again.stderr).not.toContain('nothing to do')
    expect((await settingsOf('test')).MicroflowConstants['Hello.ApiUrl']).toBe(
      'http://localhost:8090/api'
    )
  })

  test('a changed target.path is deployed to', async () => {
    await publish('1')
    expect((await run('stage', '-e', 'test')).code).toBe(0)
    await writeConfig(dir, config('{ target: { type: local, path: .mxdeploy/elsewhere } }'))
    const moved = await run('stage', '-e', 'test', '--json')
    expect(moved.code, moved.stderr).toBe(0)
    expect(moved.json.changed).toBe(true)
    const running = join(dir, '.mxdeploy', 'elsewhere', 'current', 'model', 'metadata.json')
    expect(JSON.parse(await readFile(running, 'utf8')).ModelVersion).toBe('1.2.0.1')
  })
})

describe('a switch without a record is reconciled', () => {
  test('a stage killed in its restart command leaves no deadlock', async () => {
    await publish('1')
    // The restart command kills the mxdeploy process that runs it: `current` is switched, and
    // the record of the deployment is never written.
    await writeConfig(dir, config("{ target: { type: local, restart: 'kill -9 $PPID' } }"))
    const killed = await cliProcess(['stage', '-e', 'test', '--config', join(dir, 'mxdeploy.yml')])
    expect(killed.code).toBe(null)
    expect(await activity()).toEqual([])

    await writeConfig(dir, config())
    const again = await run('stage', '-e', 'test', '--json')
    expect(again.code, again.stderr).toBe(0)
    expect(again.stderr).toContain('test runs hello 1.2.0.1 (sha256 ')
    expect(again.stderr).toContain(
      'which the activity log does not show: recording it as reconciled'
    )
    expect(again.json.changed).toBe(false)
    expect((await activity()).map((r) => r.operation)).toEqual(['reconciled'])

    // The next environment takes the package: the reconciled record counts as test running it.
    const promoted = await run('stage', '-e', 'acceptance', '--json')
    expect(promoted.code, promoted.stderr).toBe(0)
    expect(promoted.json.changed).toBe(true)
  })

  test('a package switched by hand is recorded, and rollback goes back to the one before', async () => {
    const first = await publish('1')
    const second = await publish('2')
    expect((await run('stage', '-e', 'test', '-p', first.version)).code).toBe(0)
    expect((await run('stage', '-e', 'test', '-p', second.version)).code).toBe(0)
    // Someone drops the last record (a disk that filled while it was written).
    const log = join(dir, '.mxdeploy', 'activity.jsonl')
    const lines = (await readFile(log, 'utf8')).trim().split('\n')
    await writeFile(log, `${lines[0]}\n`)

    const back = await run('stage', '-e', 'test', '--rollback', '--json')
    expect(back.code, back.stderr).toBe(0)
    expect(back.json.package.version).toBe(first.version)
    expect((await activity()).map((r) => `${r.operation} ${r.package.version}`)).toEqual([
      'rollback 1.2.0.1',
      'reconciled 1.2.0.2',
      'deploy 1.2.0.1'
    ])
  })
})

describe('changed settings are applied', () => {
  test('re-staging the running package with a changed constant is a settings-only deploy', async () => {
    await publish('1')
    expect((await run('stage', '-e', 'test')).code).toBe(0)
    await writeConfig(
      dir,
      config('{ constants: { Hello.ApiUrl: https://changed.example.com/api } }')
    )
    const changed = await run('stage', '-e', 'test', '--json')
    expect(changed.code, changed.stderr).toBe(0)
    expect(changed.json.changed).toBe(true)
    expect(changed.stderr).toContain(
      'Hello.ApiUrl: "http://localhost:8090/api" → "https://changed.example.com/api"'
    )
    expect(changed.stderr).toContain('with other settings: applying them (a settings-only deploy)')
    expect((await settingsOf('test')).MicroflowConstants['Hello.ApiUrl']).toBe(
      'https://changed.example.com/api'
    )
    const [latest] = await (await run('activity', '--json')).json
    expect(latest).toMatchObject({ operation: 'deploy', details: { settingsOnly: true } })

    const same = await run('stage', '-e', 'test', '--json')
    expect(same.json.changed).toBe(false)
    expect(same.stderr).toContain('already runs hello 1.2.0.1 with these settings; nothing to do')
  })

  test('a changed scheduled event is applied too', async () => {
    await publish('1')
    expect((await run('stage', '-e', 'test')).code).toBe(0)
    await writeConfig(dir, config('{ scheduled-events: { Hello.SyncCustomers: true } }'))
    const changed = await run('stage', '-e', 'test', '--json')
    expect(changed.code, changed.stderr).toBe(0)
    expect(changed.json.changed).toBe(true)
    expect(changed.stderr).toContain('Hello.SyncCustomers: scheduled event on')
    expect(await settingsOf('test')).toMatchObject({
      ScheduledEventExecution: 'SPECIFIED',
      MyScheduledEvents: 'Hello.SyncCustomers'
    })
  })
})
