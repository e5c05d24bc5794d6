import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exitCodeOf } from '../../../src/errors.js'
import { FakeCloudFoundry } from '../../support/cloudfoundry/fake-cloud-foundry.js'
import {
  cfTarget,
  cfWorkspace,
  CREDENTIALS,
  PASSWORD,
  seed,
  USER,
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
      'timeouts: { start: 0.05 }',
      'constants: { Hello.ApiUrl: https://acc.example.com/api }'
    )
  )
})

afterEach(async () => {
  await fake.close()
  await ws.cleanup()
})

/** The routes of calls that changed something on the platform (refused ones did not). */
function writes(): string[] {
  return fake.requests
    .filter((r) => r.method !== 'GET' && r.route !== 'token' && r.status >= 200 && r.status < 300)
    .map((r) => r.route!)
}

/** The stage's error, its message and exit code. */
async function failure(run: Promise<unknown>): Promise<{ message: string; code: number }> {
  const error = await run.then(
    () => {
      throw new Error('the stage succeeded')
    },
    (e: unknown) => e
  )
  return { message: (error as Error).message, code: exitCodeOf(error) }
}

describe('refused before anything changes (exit 2)', () => {
  it('an app that does not exist, naming the cf create-app it needs', async () => {
    await ws.reconfigure(acceptance(fake.url).replace('app: hello-acc', 'app: hello-new'))
    await ws.publish('1.2.0')
    const { message, code } = await failure(ws.stage('acceptance'))
    expect(code).toBe(2)
    expect(message).toBe(
      'environment acceptance: space acceptance of org acme has no app hello-new: create it with "cf target -o acme -s acceptance && cf create-app hello-new -b mendix_buildpack", give it memory (cf scale hello-new -m 2G) and bind its database service (cf bind-service hello-new <service>); mxdeploy deploys to an app, it does not create one'
    )
    expect(writes()).toEqual([])
    expect(await ws.activity.list({})).toEqual([])
  })

  it('an org or space the user cannot see', async () => {
    await ws.publish('1.2.0')
    await ws.reconfigure(acceptance(fake.url).replace('org: acme', 'org: other'))
    expect(await failure(ws.stage('acceptance'))).toEqual({
      code: 2,
      message: `environment acceptance: org other does not exist on ${fake.url} or the Cloud Foundry user is not a member of it (cf orgs lists the orgs it sees)`
    })
    await ws.reconfigure(acceptance(fake.url).replace('space: acceptance', 'space: prod'))
    const space = await failure(ws.stage('acceptance'))
    expect(space.code).toBe(2)
    expect(space.message).toContain(
      'org acme has no space prod that the Cloud Foundry user can see'
    )
    expect(writes()).toEqual([])
  })

  it('a Docker app, which the buildpack cannot stage', async () => {
    const space = fake.state.spaces[0]!
    fake.addApp(space, 'hello-docker', { docker: true })
    await ws.reconfigure(acceptance(fake.url).replace('app: hello-acc', 'app: hello-docker'))
    await ws.publish('1.2.0')
    const { message, code } = await failure(ws.stage('acceptance'))
    expect(code).toBe(2)
    expect(message).toContain('app hello-docker has the docker lifecycle')
  })

  it('no credentials, or half of a pair, before any request', async () => {
    await ws.publish('1.2.0')
    const none = await failure(ws.stage('acceptance', { env: {} }))
    expect(none.code).toBe(2)
    expect(none.message).toMatch(/^no Cloud Foundry credentials: set CF_USERNAME and CF_PASSWORD/)
    const half = await failure(ws.stage('acceptance', { env: { CF_USERNAME: USER } }))
    expect(half.message).toMatch(/^CF_USERNAME is set but CF_PASSWORD is not: /)
    expect(fake.requests).toEqual([])
  })

  it('credentials the login server refuses, without repeating them', async () => {
    await ws.publish('1.2.0')
    const { message, code } = await failure(
      ws.stage('acceptance', { env: { CF_USERNAME: USER, CF_PASSWORD: 'wrong-password' } })
    )
    expect(code).toBe(2)
    expect(message).toBe(
      `logging in to 127.0.0.1:${new URL(fake.url).port} as user ci@example.com was refused (401 unauthorized: Bad credentials): check CF_USERNAME and CF_PASSWORD; a user must belong to the platform's default identity provider and may not need a second factor, a client needs the cloud_controller.read and cloud_controller.write authorities`
    )
    expect(message).not.toContain('wrong-password')
    const client = await failure(
      ws.stage('acceptance', { env: { CF_CLIENT_ID: 'mxdeploy-ci', CF_CLIENT_SECRET: 'nope' } })
    )
    expect(client.message).toContain(
      '(401 invalid_client: Bad credentials): check CF_CLIENT_ID and CF_CLIENT_SECRET'
    )
    expect(writes()).toEqual([])
  })

  it('an api over plain http to another machine', async () => {
    await ws.reconfigure(acceptance('http://api.cf.example.com'))
    await ws.publish('1.2.0')
    expect(await failure(ws.stage('acceptance'))).toEqual({
      code: 2,
      message:
        'the api of environment acceptance is http://api.cf.example.com: mxdeploy sends Cloud Foundry credentials and tokens only over https'
    })
  })

  it('a URL that is not a Cloud Foundry API', async () => {
    fake.failNext('root', 404, 'CF-NotFound', 10000, 'Unknown request')
    await ws.publish('1.2.0')
    const { message, code } = await failure(ws.stage('acceptance'))
    expect(code).toBe(2)
    expect(message).toBe(
      `environment acceptance: ${fake.url} is not a Cloud Foundry API (GET / answered 404 without links): set api: to the URL cf api shows`
    )
  })

  it('a user without the Space Developer role', async () => {
    fake.state.users[0]!.spaceDeveloper = false
    await ws.publish('1.2.0')
    const { message, code } = await failure(ws.stage('acceptance'))
    expect(code).toBe(2)
    expect(message).toContain(
      'creating a package of app hello-acc was refused (403 CF-NotAuthorized (10003): You are not authorized to perform the requested action): the user ci@example.com in org acme, space acceptance needs the Space Developer role: an org manager grants it with cf set-space-role <user> acme acceptance SpaceDeveloper'
    )
    expect(message).toContain('app hello-acc is unchanged: it runs no droplet')
  })

  it('a buildpack the platform does not have, or a URL it does not allow', async () => {
    await ws.reconfigure(
      acceptance(fake.url).replace('buildpack: mendix_buildpack', 'buildpack: mendix')
    )
    await ws.publish('1.2.0')
    const named = await failure(ws.stage('acceptance'))
    expect(named.code).toBe(2)
    expect(named.message).toContain(
      'staging hello 1.2.0.1 with mendix failed with CF-UnprocessableEntity (10008): Buildpack "mendix" must be an existing admin buildpack or a valid git URI (set buildpack: to the name of an installed buildpack (cf buildpacks lists them) or the URL of a cf-mendix-buildpack release)'
    )
    fake.state.behaviour.customBuildpacksDisabled = true
    const url =
      'https://github.com/mendix/cf-mendix-buildpack/releases/download/v5.0.31/cf-mendix-buildpack.zip'
    await ws.reconfigure(
      acceptance(fake.url).replace('buildpack: mendix_buildpack', `buildpack: '${url}'`)
    )
    const disabled = await failure(ws.stage('acceptance'))
    expect(disabled.code).toBe(2)
    expect(disabled.message).toContain(
      'CF-CustomBuildpacksDisabled (290004): Custom buildpacks are disabled'
    )
    expect(writes().filter((w) => !['create-package', 'upload'].includes(w))).toEqual([])
  })

  it('settings the buildpack would misread', async () => {
    fake.setEnv('hello-acc', { MXRUNTIME_ScheduledEventExecution: 'NONE' })
    await ws.publish('1.2.0')
    const { message, code } = await failure(ws.stage('acceptance'))
    expect(code).toBe(2)
    expect(message).toMatch(
      /^app hello-acc has MXRUNTIME_ScheduledEventExecution, which the Mendix buildpack/
    )
    expect(writes()).toEqual([])
  })

  it('two constants of the package that share one variable', async () => {
    await ws.publish('1.2.0', (metadata) => {
      metadata['Constants'].push(
        { Name: 'Hello_Api.Url', Type: 'String', Description: '', DefaultValue: 'x' },
        { Name: 'Hello.Api_Url', Type: 'String', Description: '', DefaultValue: 'y' }
      )
    })
    await ws.reconfigure(
      acceptance(fake.url, '', 'constants: { Hello_Api.Url: https://a.example.com }')
    )
    const { message, code } = await failure(ws.stage('acceptance'))
    expect(code).toBe(2)
    expect(message).toContain('Hello_Api.Url and Hello.Api_Url are both read from MX_Hello_Api_Url')
    expect(writes()).toEqual([])
  })
})

describe('platform failures (exit 1) say what to do', () => {
  it('a failed staging shows the buildpack’s last log lines and leaves the app alone', async () => {
    fake.app('hello-acc').databaseBound = false
    await ws.publish('1.2.0')
    const { message, code } = await failure(ws.stage('acceptance'))
    expect(code).toBe(1)
    expect(message).toMatch(
      /^uploaded hello 1\.2\.0\.1 \(package [0-9a-f-]{36}\); staging hello 1\.2\.0\.1 with mendix_buildpack failed \(BuildpackCompileFailed - App staging failed in the buildpack compile phase\); the last lines of the staging log:\n/
    )
    expect(message).toContain(
      '    ERROR: You should provide a DATABASE_URL by adding a database service to this application'
    )
    expect(message).toContain('    ValueError: Missing database configuration')
    expect(message).toMatch(/app hello-acc is unchanged: it runs no droplet$/)
    expect(writes()).toEqual(['create-package', 'upload', 'create-build'])
    // The staging lines were asked for from log-cache with the build's start, newest first.
    const [read] = fake.calls('log-cache-read')
    expect(read!.headers['authorization']).toMatch(/^bearer /)
    expect(Object.fromEntries(read!.query)).toMatchObject({
      envelope_types: 'LOG',
      limit: '1000',
      descending: 'true'
    })
    const [record] = await ws.activity.list({})
    expect(record).toMatchObject({ result: 'failure', error: message })
  })

  it('a staging log that cannot be read is said so, with where to look', async () => {
    fake.app('hello-acc').databaseBound = false
    fake.failNext('log-cache-read', 404, 'CF-NotFound', 10000, 'Unknown request')
    await ws.publish('1.2.0')
    const { message } = await failure(ws.stage('acceptance'))
    expect(message).toContain(
      '(BuildpackCompileFailed - App staging failed in the buildpack compile phase); (the staging log could not be read: reading the recent logs of app hello-acc failed with CF-NotFound (10000): Unknown request; cf logs hello-acc --recent shows it)'
    )
  })

  it('new instances that crash: the deployment is canceled, the old droplet runs, the variables go back', async () => {
    await ws.publish('1.2.0')
    await ws.stage('acceptance')
    const before = fake.app('hello-acc').currentDroplet
    const variables = { ...fake.app('hello-acc').env }
    // Someone sets a value the buildpack cannot convert; it applies at the next start.
    fake.setEnv('hello-acc', { MX_Hello_MaxRetries: 'three' })
    await ws.publish('1.3.0')
    await ws.reconfigure(
      acceptance(
        fake.url,
        'timeouts: { start: 0.05 }',
        'constants: { Hello.ApiUrl: https://new.example.com/api }'
      )
    )
    const { message, code } = await failure(ws.stage('acceptance'))
    expect(code).toBe(1)
    expect(message).toContain(
      'the new instances of app hello-acc crashed: instance 0 exited with status 1: APP/PROC/WEB: Exited with status 1 (CRASHED); the last lines of the app log:'
    )
    expect(message).toContain("    ValueError: invalid literal for int() with base 10: 'three'")
    expect(message).toContain('put the variables of app hello-acc back')
    expect(message).toMatch(
      /the deployment was canceled: app hello-acc runs 1\.2\.0\.1 \(droplet [0-9a-f-]{36}\) again$/
    )
    expect(fake.calls('cancel-deployment')).toHaveLength(1)
    const app = fake.app('hello-acc')
    expect(app.currentDroplet).toBe(before)
    expect(app.env).toEqual({ ...variables, MX_Hello_MaxRetries: 'three' })
    expect(fake.runtime('hello-acc')).toMatchObject({
      started: true,
      constants: { 'Hello.ApiUrl': 'https://acc.example.com/api' }
    })
  })

  it('a restart whose instances crash leaves the new droplet and says how to roll back', async () => {
    await ws.reconfigure(acceptance(fake.url, 'strategy: restart, timeouts: { start: 0.05 }'))
    await ws.publish('1.2.0')
    await ws.stage('acceptance')
    fake.setEnv('hello-acc', { MX_Hello_MaxRetries: 'three' })
    await ws.publish('1.3.0')
    const { message, code } = await failure(ws.stage('acceptance'))
    expect(code).toBe(1)
    expect(message).toContain(
      'the instances of app hello-acc crashed: instance 0 exited with status 1'
    )
    expect(message).toMatch(
      /app hello-acc has hello 1\.3\.0\.1 and does not run: fix the cause and stage again, or roll back with mxdeploy stage -e acceptance --rollback$/
    )
  })

  it('a quota without room for the rolling deployment: the variables go back', async () => {
    // Room for the instance and a staging beside it, not for a second instance.
    fake.state.spaces[0]!.quota.memoryMb = 2000
    fake.state.behaviour.stagingMemoryMb = 512
    await ws.publish('1.2.0')
    await ws.stage('acceptance')
    await ws.publish('1.3.0')
    await ws.reconfigure(
      acceptance(fake.url, '', 'constants: { Hello.ApiUrl: https://new.example.com/api }')
    )
    const { message, code } = await failure(ws.stage('acceptance'))
    expect(code).toBe(1)
    expect(message).toContain(
      "creating a rolling deployment of app hello-acc failed with CF-UnprocessableEntity (10008): memory space_quota_exceeded for space acceptance. This space's quota may not be large enough to support rolling deployments or your configured max-in-flight. (a quota of org acme or space acceptance is exceeded: raise it (cf org acme, cf space acceptance show the quotas), give the app less memory or fewer instances (cf scale), or use strategy: restart, which needs no room for an extra instance)"
    )
    expect(message).toMatch(
      /app hello-acc is unchanged: it runs 1\.2\.0\.1 \(droplet [0-9a-f-]{36}\), and its variables were put back$/
    )
    expect(fake.app('hello-acc').env['MX_Hello_ApiUrl']).toBe('https://acc.example.com/api')
  })

  it('an org quota without room for staging', async () => {
    fake.state.orgs[0]!.quota.memoryMb = 512
    await ws.publish('1.2.0')
    const { message, code } = await failure(ws.stage('acceptance'))
    expect(code).toBe(1)
    expect(message).toContain(
      "failed with CF-UnprocessableEntity (10008): organization's memory limit exceeded: staging requires 1024M memory (a quota of org acme or space acceptance is exceeded: raise it (cf org acme, cf space acceptance show the quotas), or stop another app: staging needs its memory beside the running instances)"
    )
  })

  it('instances that do not come up in time: the deployment is canceled', async () => {
    await ws.publish('1.2.0')
    await ws.stage('acceptance')
    fake.state.behaviour.startingReads = 1_000_000
    await ws.publish('1.3.0')
    const { message, code } = await failure(ws.stage('acceptance', { timeouts: { start: 0.001 } }))
    expect(code).toBe(1)
    expect(message).toMatch(
      /deployment [0-9a-f-]{36} was still ACTIVE DEPLOYING, new instances 0 of 1 running, 1 starting after [\d.]+ s, the time allowed/
    )
    expect(message).toMatch(
      /the deployment was canceled: app hello-acc runs 1\.2\.0\.1 \(droplet [0-9a-f-]{36}\) again$/
    )
  })

  it('a package the platform cannot take', async () => {
    fake.state.behaviour.maxPackageBytes = 1000
    await ws.publish('1.2.0')
    const { message, code } = await failure(ws.stage('acceptance'))
    expect(code).toBe(1)
    expect(message).toMatch(
      /^Cloud Foundry could not process the uploaded hello 1\.2\.0\.1 \(package [0-9a-f-]{36} FAILED: Package may not be larger than 1000 bytes\); app hello-acc is unchanged: it runs no droplet$/
    )
  })
})

describe('the password stays out of everything', () => {
  it('is in no message, log line or record of a failed stage', async () => {
    fake.app('hello-acc').databaseBound = false
    await ws.publish('1.2.0')
    const { message } = await failure(ws.stage('acceptance', { env: CREDENTIALS }))
    expect(message).not.toContain(PASSWORD)
    expect(ws.log.text).not.toContain(PASSWORD)
    expect(JSON.stringify(await ws.activity.list({}))).not.toContain(PASSWORD)
  })
})
