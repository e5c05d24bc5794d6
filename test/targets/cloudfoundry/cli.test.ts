import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { mxdeploy } from '../../support/cli.js'
import { copyExample, writeConfig } from '../../support/example-app.js'
import { FakeCloudFoundry } from '../../support/cloudfoundry/fake-cloud-foundry.js'
import { CREDENTIALS, PASSWORD, seed } from '../../support/cloudfoundry/workspace.js'

/**
 * The whole path through the CLI, as a pipeline runs it: mxdeploy.yml with a local test
 * environment and a cloudfoundry acceptance environment, credentials from the environment.
 */

let fake: FakeCloudFoundry
let dir: string

function config(
  options: { app?: string; apiUrl?: string; extra?: string; target?: string } = {}
): string {
  return `app: hello
build: { deployment-dir: deployment, version: 1.2.0 }
environments:
  test: {}
  acceptance:
    after: test
    target:
      type: cloudfoundry
      api: ${options.apiUrl ?? fake.url}
      org: acme
      space: acceptance
      app: ${options.app ?? 'hello-acc'}
      buildpack: mendix_buildpack
      timeouts: { start: 0.2 }${options.target ? `\n      ${options.target}` : ''}
    constants: { Hello.ApiUrl: https://acc.example.com/api }
    scheduled-events: { Hello.SyncCustomers: true }
${options.extra ?? ''}`
}

async function run(args: string[], env: NodeJS.ProcessEnv = CREDENTIALS) {
  return mxdeploy([...args, '--config', join(dir, 'mxdeploy.yml')], { cwd: dir, env })
}

/** Builds and publishes build N of the example, then stages it to test (local). */
async function release(build: string): Promise<{ version: string; sha256: string }> {
  const out = join(dir, `hello_${build}.mda`)
  const built = await run(['build', '--build-number', build, '--out', out])
  expect(built.code, built.stderr).toBe(0)
  const published = await run(['publish', out, '--json'])
  expect(published.code, published.stderr).toBe(0)
  const tested = await run(['stage', '-e', 'test', '-p', published.json.package.version])
  expect(tested.code, tested.stderr).toBe(0)
  return published.json.package
}

async function activity(): Promise<string[]> {
  const listed = await run(['activity', '-e', 'acceptance', '--json'])
  expect(listed.code, listed.stderr).toBe(0)
  return (listed.json as { operation: string; result: string; package: { version: string } }[]).map(
    (r) => `${r.operation} ${r.package.version} ${r.result}`
  )
}

beforeEach(async () => {
  fake = await FakeCloudFoundry.start()
  seed(fake)
  dir = await copyExample()
  await writeConfig(dir, config())
})

afterEach(async () => {
  await fake.close()
})

describe('mxdeploy stage to Cloud Foundry', () => {
  test('stage, nothing to do, settings only, rollback, reconciliation', async () => {
    const first = await release('1')
    const staged = await run(['stage', '-e', 'acceptance', '--json'])
    expect(staged.code, staged.stderr).toBe(0)
    expect(staged.json).toMatchObject({
      changed: true,
      url: 'https://hello-acc.cfapps.example.com'
    })
    expect(staged.stderr).toContain('staging hello 1.2.0.1 with mendix_buildpack (build ')
    expect(staged.stderr).toMatch(/rolling out app hello-acc with droplet [0-9a-f-]{36}/)
    expect(staged.stderr).toContain('app hello-acc runs hello 1.2.0.1')
    expect(staged.stderr).not.toContain(PASSWORD)
    expect(fake.runtime('hello-acc')).toMatchObject({
      started: true,
      constants: { 'Hello.ApiUrl': 'https://acc.example.com/api' },
      scheduledEventExecution: 'SPECIFIED',
      myScheduledEvents: ['Hello.SyncCustomers']
    })

    const again = await run(['stage', '-e', 'acceptance', '--json'])
    expect(again.code, again.stderr).toBe(0)
    expect(again.json.changed).toBe(false)
    expect(again.stderr).toContain(
      'acceptance already runs hello 1.2.0.1 with these settings; nothing to do'
    )

    await writeConfig(
      dir,
      config().replace('https://acc.example.com/api', 'https://changed.example.com/api')
    )
    const settings = await run(['stage', '-e', 'acceptance', '--json'])
    expect(settings.code, settings.stderr).toBe(0)
    // Names, never values: a variable may hold a secret.
    expect(settings.stderr).toContain(
      'set MX_Hello_ApiUrl on app hello-acc (they apply from this rollout on)'
    )
    expect(settings.stderr).toContain('(a settings-only deploy)')
    expect(settings.stderr).toContain('without uploading or staging again')
    expect(fake.runtime('hello-acc')).toMatchObject({
      constants: { 'Hello.ApiUrl': 'https://changed.example.com/api' }
    })
    expect(fake.state.builds).toHaveLength(1)

    const second = await release('2')
    const upgraded = await run(['stage', '-e', 'acceptance', '--json'])
    expect(upgraded.code, upgraded.stderr).toBe(0)
    expect(upgraded.json.package.version).toBe(second.version)
    const secondDroplet = fake.app('hello-acc').currentDroplet!

    const back = await run(['stage', '-e', 'acceptance', '--rollback', '--json'])
    expect(back.code, back.stderr).toBe(0)
    expect(back.json).toMatchObject({ operation: 'rollback', package: { version: first.version } })
    expect(fake.state.builds).toHaveLength(2)
    expect(fake.runtime('hello-acc')).toMatchObject({
      constants: { 'Hello.ApiUrl': 'https://changed.example.com/api' }
    })

    // Someone puts 1.2.0.2's droplet back by hand (cf rollback, the cockpit).
    fake.switchDroplet('hello-acc', secondDroplet)
    const reconciled = await run(['stage', '-e', 'acceptance', '--json'])
    expect(reconciled.code, reconciled.stderr).toBe(0)
    expect(reconciled.stderr).toContain(
      `acceptance runs hello 1.2.0.2 (sha256 ${second.sha256.slice(0, 12)}), which the activity log does not show: recording it as reconciled before going on`
    )
    expect(reconciled.json.changed).toBe(false)
    expect(await activity()).toEqual([
      'reconciled 1.2.0.2 success',
      'rollback 1.2.0.1 success',
      'deploy 1.2.0.2 success',
      'deploy 1.2.0.1 success',
      'deploy 1.2.0.1 success'
    ])
  })

  test('an app that does not exist: exit 2, the cf create-app it needs, nothing recorded', async () => {
    await release('1')
    await writeConfig(dir, config({ app: 'hello-missing' }))
    const refused = await run(['stage', '-e', 'acceptance'])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('cf create-app hello-missing -b mendix_buildpack')
    expect(await activity()).toEqual([])
    expect(fake.requests.filter((r) => r.method !== 'GET' && r.route !== 'token')).toEqual([])
  })

  test('bad or missing credentials: exit 2, naming the variables', async () => {
    await release('1')
    const wrong = await run(['stage', '-e', 'acceptance'], {
      CF_USERNAME: 'ci@example.com',
      CF_PASSWORD: 'nope'
    })
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toContain(
      'was refused (401 unauthorized: Bad credentials): check CF_USERNAME and CF_PASSWORD'
    )
    const none = await run(['stage', '-e', 'acceptance'], {})
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('no Cloud Foundry credentials: set CF_USERNAME and CF_PASSWORD')
    expect(await activity()).toEqual([])
  })

  test('a failed staging: exit 1 with the buildpack’s last lines, recorded as a failure', async () => {
    await release('1')
    fake.app('hello-acc').databaseBound = false
    const failed = await run(['stage', '-e', 'acceptance'])
    expect(failed.code).toBe(1)
    expect(failed.stderr).toContain(
      'BuildpackCompileFailed - App staging failed in the buildpack compile phase'
    )
    expect(failed.stderr).toContain(
      'You should provide a DATABASE_URL by adding a database service'
    )
    expect(await activity()).toEqual(['deploy 1.2.0.1 failure'])
  })

  test('a crash: exit 1 with the instance’s reason, the previous droplet still running', async () => {
    await release('1')
    expect((await run(['stage', '-e', 'acceptance'])).code).toBe(0)
    const running = fake.app('hello-acc').currentDroplet
    fake.setEnv('hello-acc', { MX_Hello_MaxRetries: 'many' })
    await release('2')
    const crashed = await run(['stage', '-e', 'acceptance'])
    expect(crashed.code).toBe(1)
    expect(crashed.stderr).toContain(
      'the new instances of app hello-acc crashed: instance 0 exited with status 1: APP/PROC/WEB: Exited with status 1 (CRASHED)'
    )
    expect(crashed.stderr).toContain("ValueError: invalid literal for int() with base 10: 'many'")
    expect(crashed.stderr).toContain('the deployment was canceled: app hello-acc runs 1.2.0.1')
    expect(fake.app('hello-acc').currentDroplet).toBe(running)
  })

  test('a quota: exit 1 with what to change', async () => {
    await release('1')
    fake.state.orgs[0]!.quota.memoryMb = 512
    const refused = await run(['stage', '-e', 'acceptance'])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain(
      "organization's memory limit exceeded: staging requires 1024M memory"
    )
    expect(refused.stderr).toContain('raise it (cf org acme, cf space acceptance show the quotas)')
  })

  test('a cloudfoundry target without its required keys is refused with the file position', async () => {
    await writeConfig(dir, config().replace('      buildpack: mendix_buildpack\n', ''))
    const refused = await run(['stage', '-e', 'acceptance'])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/mxdeploy\.yml:\d+:\d+/)
    expect(refused.stderr).toContain('buildpack')
  })
})
