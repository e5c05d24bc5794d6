import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../../src/errors.js'
import { FakeCloudFoundry } from '../../support/cloudfoundry/fake-cloud-foundry.js'
import {
  cfTarget,
  cfWorkspace,
  seed,
  type CfWorkspace
} from '../../support/cloudfoundry/workspace.js'

let fake: FakeCloudFoundry
let ws: CfWorkspace

const acceptance = (url: string, target = '', extra = ''): string =>
  `  acceptance:\n    target: ${cfTarget(url, target)}\n${extra.replace(/^/gm, '    ')}\n`

beforeEach(async () => {
  fake = await FakeCloudFoundry.start()
  seed(fake)
  ws = await cfWorkspace(
    acceptance(
      fake.url,
      '',
      'constants: { Hello.ApiUrl: https://acc.example.com/api, Hello.MaxRetries: 7 }\nscheduled-events: { Hello.SyncCustomers: true }'
    )
  )
})

afterEach(async () => {
  await fake.close()
  await ws.cleanup()
})

/** The routes of calls that change something on the platform. */
function writes(): string[] {
  return fake.requests.filter((r) => r.method !== 'GET' && r.route !== 'token').map((r) => r.route!)
}

describe('staging again', () => {
  it('does nothing when the app runs the package with these settings', async () => {
    await ws.publish('1.2.0')
    await ws.stage('acceptance')
    fake.requests.length = 0
    const again = await ws.stage('acceptance')
    expect(again.changed).toBe(false)
    expect(writes()).toEqual([])
    expect(ws.log.text).toContain('already runs hello 1.2.0.1 with these settings; nothing to do')
  })

  it('applies a changed constant with the same droplet: no upload, no staging', async () => {
    await ws.publish('1.2.0')
    await ws.stage('acceptance')
    const droplet = fake.app('hello-acc').currentDroplet
    await ws.reconfigure(
      acceptance(fake.url, '', 'constants: { Hello.ApiUrl: https://changed.example.com/api }')
    )
    fake.requests.length = 0
    const changed = await ws.stage('acceptance')
    expect(changed.changed).toBe(true)
    expect(ws.log.text).toContain('with other settings: applying them (a settings-only deploy)')
    expect(writes()).toEqual(['patch-env', 'patch-app', 'create-deployment'])
    expect(fake.calls('patch-env')[0]!.json).toEqual({
      var: {
        MX_Hello_ApiUrl: 'https://changed.example.com/api',
        // No longer in mxdeploy.yml: back to the package's default.
        MX_Hello_MaxRetries: null,
        // No longer set: every event off, not the buildpack's ALL.
        SCHEDULED_EVENTS: 'NONE'
      }
    })
    const app = fake.app('hello-acc')
    expect(app.currentDroplet).toBe(droplet)
    expect(fake.runtime('hello-acc')).toMatchObject({
      constants: { 'Hello.ApiUrl': 'https://changed.example.com/api', 'Hello.MaxRetries': 3 },
      scheduledEventExecution: 'NONE'
    })
    expect(app.metadata.annotations['mxdeploy/variables']).toBe('MX_Hello_ApiUrl,SCHEDULED_EVENTS')
    const [record] = await ws.activity.list({ environment: 'acceptance' })
    expect(record!.details).toMatchObject({ settingsOnly: true, staged: false, droplet })
  })

  it('rolls back to the previous droplet without staging it again', async () => {
    const first = await ws.publish('1.2.0')
    await ws.stage('acceptance')
    const firstDroplet = fake.app('hello-acc').currentDroplet
    await ws.publish('1.3.0')
    await ws.stage('acceptance')
    expect(fake.app('hello-acc').currentDroplet).not.toBe(firstDroplet)
    fake.requests.length = 0
    const back = await ws.stage('acceptance', { rollback: true })
    expect(back.package.sha256).toBe(first.sha256)
    expect(writes()).toEqual(['create-deployment'])
    expect(fake.app('hello-acc').currentDroplet).toBe(firstDroplet)
    expect(await ws.target('acceptance').current()).toMatchObject({ sha256: first.sha256 })
    expect((await ws.activity.list({ environment: 'acceptance' }))[0]).toMatchObject({
      operation: 'rollback',
      details: { staged: false, droplet: firstDroplet }
    })
  })

  it('stages a package again when the platform no longer keeps its droplet', async () => {
    // One droplet kept beside the current one: staging 1.4.0 expires 1.2.0's.
    fake.state.behaviour.maxStagedDroplets = 1
    const first = await ws.publish('1.2.0')
    await ws.stage('acceptance')
    const expired = fake.app('hello-acc').currentDroplet
    for (const version of ['1.3.0', '1.4.0']) {
      await ws.publish(version)
      await ws.stage('acceptance')
    }
    expect(fake.droplet(expired)!.state).toBe('EXPIRED')
    fake.requests.length = 0
    const back = await ws.stage('acceptance', { package: first.version })
    expect(back.package.sha256).toBe(first.sha256)
    expect(writes()).toEqual([
      'create-package',
      'upload',
      'create-build',
      'patch-droplet',
      'create-deployment'
    ])
  })

  it('finds a droplet on a later page of the list', async () => {
    fake.state.behaviour.pageSize = 1
    const first = await ws.publish('1.2.0')
    await ws.stage('acceptance')
    await ws.publish('1.3.0')
    await ws.stage('acceptance')
    await ws.publish('1.4.0')
    await ws.stage('acceptance')
    fake.requests.length = 0
    await ws.stage('acceptance', { package: first.version })
    expect(writes()).toEqual(['create-deployment'])
    const pages = fake.calls('list-droplets').map((r) => r.query.get('page') ?? '1')
    expect(pages).toEqual(['1', '2', '3'])
  })
})

describe('what runs, as the platform tells it', () => {
  it('a droplet that names no package (pushed by hand) is deployed over', async () => {
    await ws.publish('1.2.0')
    await ws.stage('acceptance')
    fake.droplet(fake.app('hello-acc').currentDroplet)!.metadata.annotations = {}
    expect(await ws.target('acceptance').current()).toEqual({
      version: undefined,
      sha256: undefined,
      constants: undefined
    })
    const again = await ws.stage('acceptance')
    expect(again.changed).toBe(true)
    expect(fake.state.builds).toHaveLength(2)
  })

  it('an app whose instances all crashed runs nothing', async () => {
    await ws.publish('1.2.0')
    await ws.stage('acceptance')
    fake.state.behaviour.startingReads = 0
    fake.setEnv('hello-acc', { MX_Hello_MaxRetries: 'lots' })
    fake.switchDroplet('hello-acc', fake.app('hello-acc').currentDroplet!)
    expect(await ws.target('acceptance').current()).toBeUndefined()
  })

  it('a URL in mxdeploy.yml wins over the app’s route', async () => {
    await ws.reconfigure(acceptance(fake.url, '', 'url: https://hello.acme.example'))
    await ws.publish('1.2.0')
    expect((await ws.stage('acceptance')).url).toBe('https://hello.acme.example')
    expect(fake.calls('app-routes')).toEqual([])
  })
})

describe('constants new in a package', () => {
  const addToken = (metadata: Record<string, any>) =>
    metadata['Constants'].push({
      Name: 'Hello.Token',
      Type: 'String',
      Description: '',
      DefaultValue: ''
    })

  it('are named with a warning: the droplet of what runs tells the constants it had', async () => {
    await ws.publish('1.2.0')
    await ws.stage('acceptance')
    await ws.publish('1.3.0', addToken)
    await ws.stage('acceptance')
    expect(ws.log.lines).toContain(
      'warning: constant Hello.Token is new in this package; app hello-acc gives it its default value (set environments.acceptance.constants.Hello.Token in mxdeploy.yml, or cf set-env hello-acc MX_Hello_Token for a secret)'
    )
  })

  it('are refused under new-constants: require, unless a variable set by hand gives a value', async () => {
    await ws.reconfigure(acceptance(fake.url, '', 'new-constants: require'))
    await ws.publish('1.2.0')
    await ws.stage('acceptance')
    await ws.publish('1.3.0', addToken)
    fake.requests.length = 0
    const refused = await ws.stage('acceptance').catch((e: unknown) => e as Error)
    expect(refused).toBeInstanceOf(ConfigurationError)
    expect((refused as Error).message).toBe(
      'Hello.Token is new in this package and acceptance requires a value for new constants (new-constants: require): set environments.acceptance.constants.Hello.Token in mxdeploy.yml, or a secret with cf set-env hello-acc MX_Hello_Token'
    )
    expect(writes()).toEqual([])
    fake.setEnv('hello-acc', { MX_Hello_Token: 's3cr3t' })
    await ws.stage('acceptance')
    expect(fake.runtime('hello-acc')).toMatchObject({ constants: { 'Hello.Token': 's3cr3t' } })
    expect(ws.log.text).not.toContain('s3cr3t')
  })
})
