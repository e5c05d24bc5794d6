import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseMultipart } from '../../support/mendix-cloud/multipart.js'
import { FakeCloudFoundry } from '../../support/cloudfoundry/fake-cloud-foundry.js'
import {
  cfTarget,
  cfWorkspace,
  CLIENT,
  PASSWORD,
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

describe('staging to Cloud Foundry', () => {
  it('uploads the MDA, stages it, sets the variables and rolls the droplet out', async () => {
    const pkg = await ws.publish('1.2.0')
    const result = await ws.stage('acceptance')
    expect(result.changed).toBe(true)
    expect(result.url).toBe('https://hello-acc.cfapps.example.com')

    const app = fake.app('hello-acc')
    expect(app.state).toBe('STARTED')
    const droplet = fake.droplet(app.currentDroplet)!
    expect(droplet.metadata.annotations).toEqual({
      'mxdeploy/mda-sha256': pkg.sha256,
      'mxdeploy/package-version': pkg.version,
      'mxdeploy/buildpack': 'mendix_buildpack',
      'mxdeploy/constants':
        'Administration.PasswordMinLength,Hello.ApiUrl,Hello.FeatureNewInbox,Hello.GreetingText,Hello.MaxRetries'
    })

    // The token was asked for at the login link with the cf client, as the cf CLI does.
    const [token] = fake.calls('token')
    expect(token!.path).toBe('/login/oauth/token')
    expect(token!.headers['authorization']).toBe('Basic Y2Y6')
    expect(Object.fromEntries(new URLSearchParams(token!.body.toString()))).toEqual({
      grant_type: 'password',
      username: 'ci@example.com',
      password: PASSWORD
    })
    // Every Cloud Controller call carried the bearer token; the password never reached the log.
    for (const request of fake.requests.filter((r) => r.path.startsWith('/v3/'))) {
      expect(request.headers['authorization']).toMatch(/^bearer [0-9a-f]{48}$/)
    }
    expect(ws.log.text).not.toContain(PASSWORD)
    expect(ws.log.secrets.has(PASSWORD)).toBe(true)

    // The package: bits, the MDA's SHA-256 in its annotations, the MDA's exact bytes uploaded
    // as `bits` after `resources`.
    expect(fake.calls('create-package')[0]!.json).toEqual({
      type: 'bits',
      relationships: { app: { data: { guid: app.guid } } },
      metadata: {
        annotations: { 'mxdeploy/mda-sha256': pkg.sha256, 'mxdeploy/package-version': pkg.version }
      }
    })
    const upload = fake.calls('upload')[0]!
    const parts = parseMultipart(upload.headers['content-type'], upload.body)
    expect(parts.map((p) => [p.name, p.fileName])).toEqual([
      ['resources', undefined],
      ['bits', 'package.zip']
    ])
    expect(parts[0]!.data.toString()).toBe('[]')
    const mda = await readFile(`${ws.dir}/hello_1.2.0.mda`)
    expect(createHash('sha256').update(parts[1]!.data).digest('hex')).toBe(pkg.sha256)
    expect(parts[1]!.data.equals(mda)).toBe(true)

    expect(fake.calls('create-build')[0]!.json).toEqual({
      package: { guid: fake.state.packages[0]!.guid },
      lifecycle: { type: 'buildpack', data: { buildpacks: ['mendix_buildpack'] } }
    })
    expect(fake.calls('create-deployment')[0]!.json).toEqual({
      droplet: { guid: droplet.guid },
      strategy: 'rolling',
      relationships: { app: { data: { guid: app.guid } } }
    })

    // The variables: the constants mxdeploy.yml sets and SCHEDULED_EVENTS, nothing else; what
    // the buildpack makes of them at start is what mxdeploy.yml says.
    expect(app.env).toEqual({
      MX_Hello_ApiUrl: 'https://acc.example.com/api',
      MX_Hello_MaxRetries: '7',
      SCHEDULED_EVENTS: 'Hello.SyncCustomers'
    })
    expect(app.metadata.annotations['mxdeploy/variables']).toBe(
      'MX_Hello_ApiUrl,MX_Hello_MaxRetries,SCHEDULED_EVENTS'
    )
    expect(fake.runtime('hello-acc')).toEqual({
      started: true,
      constants: {
        'Hello.GreetingText': 'Hello from Mendix',
        'Hello.ApiUrl': 'https://acc.example.com/api',
        'Hello.MaxRetries': 7,
        'Hello.FeatureNewInbox': 'False',
        'Administration.PasswordMinLength': 12
      },
      scheduledEventExecution: 'SPECIFIED',
      myScheduledEvents: ['Hello.SyncCustomers'],
      warnings: []
    })

    // In order: variables only after staging, then the deployment.
    const order = fake.requests
      .map((r) => r.route)
      .filter((r) =>
        [
          'create-package',
          'upload',
          'create-build',
          'patch-droplet',
          'patch-env',
          'patch-app',
          'create-deployment'
        ].includes(r!)
      )
    expect(order).toEqual([
      'create-package',
      'upload',
      'create-build',
      'patch-droplet',
      'patch-env',
      'patch-app',
      'create-deployment'
    ])

    const [record] = await ws.activity.list({ environment: 'acceptance' })
    expect(record).toMatchObject({
      operation: 'deploy',
      result: 'success',
      package: { version: pkg.version, sha256: pkg.sha256 }
    })
    expect(record!.details).toMatchObject({
      app: 'hello-acc',
      appGuid: app.guid,
      strategy: 'rolling',
      staged: true,
      droplet: droplet.guid,
      variables: {
        set: ['MX_Hello_ApiUrl', 'MX_Hello_MaxRetries', 'SCHEDULED_EVENTS'],
        removed: []
      }
    })
  })

  it('reads back what runs from the current droplet', async () => {
    const pkg = await ws.publish('1.2.0')
    const target = ws.target('acceptance')
    expect(await target.current()).toBeUndefined()
    await ws.stage('acceptance')
    expect(await ws.target('acceptance').current()).toEqual({
      version: pkg.version,
      sha256: pkg.sha256,
      constants: undefined,
      scheduledEvents: undefined
    })
    fake.app('hello-acc').state = 'STOPPED'
    expect(await ws.target('acceptance').current()).toBeUndefined()
  })
})

/** The routes of calls that change something on the platform. */
function writes(): string[] {
  return fake.requests.filter((r) => r.method !== 'GET' && r.route !== 'token').map((r) => r.route!)
}

describe('strategies and credentials', () => {
  it('restarts: stop, switch the droplet, start', async () => {
    await ws.reconfigure(acceptance(fake.url, 'strategy: restart'))
    await ws.publish('1.2.0')
    await ws.stage('acceptance')
    await ws.publish('1.3.0')
    fake.requests.length = 0
    await ws.stage('acceptance')
    const app = fake.app('hello-acc')
    expect(writes()).toEqual([
      'create-package',
      'upload',
      'create-build',
      'patch-droplet',
      'stop',
      'set-current-droplet',
      'start'
    ])
    expect(fake.calls('set-current-droplet')[0]!.json).toEqual({
      data: { guid: app.currentDroplet }
    })
    expect(app.state).toBe('STARTED')
    expect(fake.calls('create-deployment')).toEqual([])
  })

  it('logs in as a client with its id and secret in the form', async () => {
    await ws.publish('1.2.0')
    await ws.stage('acceptance', { env: CLIENT })
    const [token] = fake.calls('token')
    expect(token!.headers['authorization']).toBeUndefined()
    expect(Object.fromEntries(new URLSearchParams(token!.body.toString()))).toEqual({
      grant_type: 'client_credentials',
      client_id: 'mxdeploy-ci',
      client_secret: 'client-secret-7f3a'
    })
    expect(ws.log.text).not.toContain('client-secret-7f3a')
    expect(ws.log.secrets.has('client-secret-7f3a')).toBe(true)
  })

  it('renews an expired token with the refresh token and goes on', async () => {
    await ws.publish('1.2.0')
    // The token expires while the build is being read: the next call is refused and renewed.
    fake.afterNext('get-build', () => fake.expireTokens())
    await ws.stage('acceptance')
    const grants = fake
      .calls('token')
      .map((r) => new URLSearchParams(r.body.toString()).get('grant_type'))
    expect(grants).toEqual(['password', 'refresh_token'])
    expect(fake.requests.filter((r) => r.status === 401)).toHaveLength(1)
  })
})
