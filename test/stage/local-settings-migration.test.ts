import { readFile, readlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, test } from 'vitest'
import { mxdeploy } from '../support/cli.js'
import { copyExample, writeConfig } from '../support/example-app.js'

const config = (test = '{}'): string => `app: hello
build: { deployment-dir: deployment, version: 1.2.0 }
environments:
  test: ${test}
`

let dir: string

async function run(...args: string[]) {
  return mxdeploy([...args, '--config', join(dir, 'mxdeploy.yml')], { cwd: dir })
}

/** The settings file inside the release `current` points at. */
async function releaseSettings(): Promise<string> {
  const envDir = join(dir, '.mxdeploy', 'envs', 'test')
  return join(envDir, await readlink(join(envDir, 'current')), '.mxdeploy-settings.json')
}

beforeEach(async () => {
  dir = await copyExample()
  await writeConfig(dir, config('{ scheduled-events: { Hello.SyncCustomers: true } }'))
  const out = join(dir, 'hello_1.mda')
  expect((await run('build', '--build-number', '1', '--out', out)).code).toBe(0)
  expect((await run('publish', out)).code).toBe(0)
  expect((await run('stage', '-e', 'test')).code).toBe(0)
})

describe('a release deployed with the settings shape of earlier versions', () => {
  // What mxdeploy wrote into every release before the settings took the runtime's names.
  async function writeOldShape(apiUrl: string): Promise<void> {
    const file = await releaseSettings()
    const now = JSON.parse(await readFile(file, 'utf8'))
    const old = {
      constants: { ...now.MicroflowConstants, 'Hello.ApiUrl': apiUrl },
      scheduledEvents: { 'Hello.CleanupOldGreetings': false, 'Hello.SyncCustomers': true }
    }
    await writeFile(file, `${JSON.stringify(old, null, 2)}\n`)
  }

  test('is read: the same settings are nothing to do', async () => {
    await writeOldShape('http://localhost:8090/api')
    const again = await run('stage', '-e', 'test', '--json')
    expect(again.code, again.stderr).toBe(0)
    expect(again.json.changed).toBe(false)
    expect(again.stderr).toContain('already runs hello 1.2.0.1 with these settings')
  })

  test("differing settings are applied and written in the runtime's names", async () => {
    await writeOldShape('https://old.example.com/api')
    const changed = await run('stage', '-e', 'test', '--json')
    expect(changed.code, changed.stderr).toBe(0)
    expect(changed.json.changed).toBe(true)
    expect(changed.stderr).toContain(
      'Hello.ApiUrl: "https://old.example.com/api" → "http://localhost:8090/api"'
    )
    const written = JSON.parse(await readFile(await releaseSettings(), 'utf8'))
    expect(Object.keys(written)).toEqual([
      'MicroflowConstants',
      'ScheduledEventExecution',
      'MyScheduledEvents'
    ])
    expect(written).toMatchObject({
      ScheduledEventExecution: 'SPECIFIED',
      MyScheduledEvents: 'Hello.SyncCustomers'
    })
    expect(written.MicroflowConstants['Hello.ApiUrl']).toBe('http://localhost:8090/api')
  })
})
