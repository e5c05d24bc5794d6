import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ConfigurationError, OperationError } from '../../../src/errors.js'
import type { PackageRecord } from '../../../src/repository/package-repository.js'
import { packageName } from '../../../src/targets/mendix-cloud/upload.js'
import { FakeMendixCloud } from '../../support/mendix-cloud/fake-mendix-cloud.js'
import {
  API_KEY,
  cloudEnvironment,
  USER,
  workspace,
  type Workspace
} from '../../support/mendix-cloud/workspace.js'

let fake: FakeMendixCloud
let ws: Workspace
let running: PackageRecord

/** 60 ms, in minutes: several polls at the tests' fast backoff. */
const SHORT = 0.001

async function setUp(options: { require?: boolean } = {}): Promise<void> {
  ws = await workspace(
    cloudEnvironment('acceptance', fake.url, {
      mode: 'Acceptance',
      extra: `constants: { Hello.ApiUrl: https://acc.example.com/api }${options.require ? '\nnew-constants: require' : ''}`
    }) + cloudEnvironment('production', fake.url, { mode: 'Production' })
  )
  // Both environments run 1.2.0 before each test: a failure must leave them on it, or say why not.
  running = await ws.publish('1.2.0')
  await ws.stage('acceptance')
  await ws.stage('production')
  await ws.publish('1.3.0')
  fake.requests.length = 0
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the stage to fail')
}

beforeEach(async () => {
  fake = await FakeMendixCloud.start()
  fake.addUser(USER, API_KEY)
  fake.addApp('hello', [{ Mode: 'Acceptance' }, { Mode: 'Production', Production: true }])
})

afterEach(async () => {
  await fake.close()
  await ws?.cleanup()
})

function stillRuns(mode: 'Acceptance' | 'Production'): void {
  const env = fake.environment('hello', mode)
  expect(env.Status).toBe('Running')
  const pkg = fake.state.apps[0]!.packages.find((p) => p.PackageId === env.packageId)
  expect(pkg?.Name).toBe(packageName(running))
}

describe('a failed Mendix Cloud stage says where it stopped', () => {
  it('upload job Failed: nothing changed', async () => {
    await setUp()
    fake.state.behaviour.uploadOutcome = 'Failed'
    const error = await failure(ws.stage('acceptance'))
    expect(error).toBeInstanceOf(OperationError)
    expect(error.message).toMatch(
      /^Mendix Cloud could not process the uploaded package hello_1\.3\.0\.1_[0-9a-f]{64}\.mda \(upload job .* Failed\): .*; Acceptance is unchanged: it still runs model 1\.2\.0\.1 \(Running\)$/
    )
    stillRuns('Acceptance')
    const [record] = await ws.activity.list({ environment: 'acceptance' })
    expect(record).toMatchObject({ result: 'failure', error: error.message })
  })

  it('transport refused with INVALID_RUNTIME_VERSION: uploaded, environment unchanged (exit 2)', async () => {
    await setUp()
    fake.environment('hello', 'Acceptance').runtimes = /^9\./
    const error = await failure(ws.stage('acceptance'))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toMatch(
      /^uploaded hello 1\.3\.0\.1 \(package [0-9a-f-]+\); transporting package [0-9a-f-]+ to Acceptance failed with INVALID_RUNTIME_VERSION: This Runtime version is not supported on this environment\. \(the environment does not support the package’s Mendix version: .*\); Acceptance is unchanged: it still runs model 1\.2\.0\.1 \(Running\)$/
    )
    stillRuns('Acceptance')
  })

  it('TRANSPORT_NOT_ALLOWED names the Transport Rights to grant', async () => {
    await setUp()
    fake.state.users[0]!.rights.set('acceptance', new Set(['api']))
    const error = await failure(ws.stage('acceptance'))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain(
      "failed with TRANSPORT_NOT_ALLOWED: No access to transport to environment 'Acceptance'. (the Mendix user has no Transport Rights for this environment: ask the Technical Contact to grant Transport Rights and API Rights on the app’s Environments → Permissions tab)"
    )
    stillRuns('Acceptance')
  })

  it('settings refused after the transport: the previous package is transported back', async () => {
    await setUp()
    // Someone changed the constant in the Portal; the stage sets it back, and that call fails.
    fake
      .environment('hello', 'Acceptance')
      .constants.find((c) => c.Name === 'Hello.ApiUrl')!.Value = 'https://changed.example.com'
    fake.failNext('set-settings', 400, 'CONSTANT_NOT_FOUND', 'Constant not found: Hello.ApiUrl')
    const error = await failure(ws.stage('acceptance'))
    expect(error).toBeInstanceOf(OperationError)
    expect(error.message).toMatch(
      /; transported hello 1\.3\.0\.1 to Acceptance; setting Hello\.ApiUrl on Acceptance failed with CONSTANT_NOT_FOUND: Constant not found: Hello\.ApiUrl \(.*\); transported the previous package hello_1\.2\.0\.1_[0-9a-f]{64}\.mda back; Acceptance is unchanged: it still runs model 1\.2\.0\.1 \(Running\)$/
    )
    expect(fake.calls('transport').map((r) => r.status)).toEqual([200, 200])
    stillRuns('Acceptance')
  })

  it('stop failed: the previous package is transported back', async () => {
    await setUp()
    fake.failNext('stop', 500, 'STOP_FAILED', 'Cannot stop app: the runtime did not answer')
    const error = await failure(ws.stage('acceptance'))
    expect(error.message).toContain(
      'stopping Acceptance failed with STOP_FAILED: Cannot stop app: the runtime did not answer (Mendix Cloud could not stop the app); transported the previous package'
    )
    expect(error.message).toMatch(
      /Acceptance is unchanged: it still runs model 1\.2\.0\.1 \(Running\)$/
    )
    stillRuns('Acceptance')
  })

  it('start failed with MISSING_CONSTANT: stopped, and the next stage deploys again', async () => {
    await setUp()
    fake.state.behaviour.startError = 'MISSING_CONSTANT'
    const error = await failure(ws.stage('acceptance'))
    expect(error).toBeInstanceOf(OperationError)
    expect(error.message).toMatch(
      /; transported hello 1\.3\.0\.1 to Acceptance; stopped Acceptance; starting Acceptance failed with MISSING_CONSTANT: Cannot start app\. Missing one or more constant values\. \(one or more constants have no value: set them under constants: of the environment in mxdeploy\.yml, or in the Portal’s Model Options\); Acceptance is stopped: hello 1\.3\.0\.1 did not start$/
    )
    expect(fake.environment('hello', 'Acceptance').Status).toBe('Stopped')

    fake.requests.length = 0
    const again = await ws.stage('acceptance')
    expect(again.changed).toBe(true)
    expect(fake.calls('upload')).toHaveLength(0)
    expect(fake.environment('hello', 'Acceptance').Status).toBe('Running')
  })

  it('start refused for an insecure admin password, with the fix', async () => {
    await setUp()
    fake.environment('hello', 'Acceptance').adminPassword = '1'
    const error = await failure(ws.stage('acceptance'))
    expect(error.message).toContain(
      'failed with INSECURE_ADMIN_PASSWORD: Cannot start app. There is a user with administrator role with password \'1\'. This is not allowed. (a user with the administrator role has the password "1", which Mendix Cloud refuses: change the admin password in the Portal'
    )
  })

  it('start failed with INVALID_DB_STRUCTURE is explained', async () => {
    await setUp()
    fake.state.behaviour.startError = 'INVALID_DB_STRUCTURE'
    const error = await failure(ws.stage('acceptance'))
    expect(error.message).toContain(
      'failed with INVALID_DB_STRUCTURE: Cannot start app. The database is out-of-sync with the model.'
    )
    expect(error.message).toContain(
      'start the environment from the Portal to review the database changes'
    )
  })

  it('a start that does not finish in time says the environment may still be starting', async () => {
    await setUp()
    fake.state.behaviour.startPolls = 1_000_000
    const error = await failure(ws.stage('acceptance', { timeouts: { start: SHORT } }))
    expect(error.message).toMatch(
      /; start job [0-9a-f-]+ of Acceptance was still Starting after [\d.]+ s, the time allowed; Acceptance may still be starting hello 1\.3\.0\.1: see its status in the Portal$/
    )
  })

  it('an upload job that does not finish in time leaves the environment unchanged', async () => {
    await setUp()
    fake.state.behaviour.uploadPolls = 1_000_000
    // The time allowed covers the upload itself too: 600 ms, most of it spent polling.
    const error = await failure(ws.stage('acceptance', { timeouts: { upload: 0.01 } }))
    expect(error.message).toMatch(
      /^upload job [0-9a-f-]+ was still (Queued|Running) after [\d.]+ s, the time allowed; Acceptance is unchanged: it still runs model 1\.2\.0\.1 \(Running\)$/
    )
    stillRuns('Acceptance')
  })

  it('a package still processed when the transport time is up says so', async () => {
    await setUp()
    fake.state.behaviour.processingAttempts = 1_000_000
    const error = await failure(ws.stage('acceptance', { timeouts: { transport: SHORT } }))
    expect(error.message).toMatch(
      /^uploaded hello 1\.3\.0\.1 \(package [0-9a-f-]+\); transport to Acceptance was still the package is still being processed after [\d.]+ s, the time allowed; Acceptance is unchanged: it still runs model 1\.2\.0\.1 \(Running\)$/
    )
    stillRuns('Acceptance')
  })

  it('a failed backup stops the deployment before anything changed', async () => {
    await setUp()
    fake.state.behaviour.snapshotOutcome = 'failed'
    await ws.stage('acceptance')
    fake.requests.length = 0
    const error = await failure(ws.stage('production'))
    expect(error.message).toMatch(
      /^the backup snapshot [0-9a-f-]+ of Production failed: Failed to create the database dump; Production is unchanged: it still runs model 1\.2\.0\.1 \(Running\)$/
    )
    expect(fake.calls('transport')).toHaveLength(0)
    stillRuns('Production')
  })

  it('no Access to Backups is named as the right to grant', async () => {
    await setUp()
    await ws.stage('acceptance')
    fake.state.users[0]!.rights.set('production', new Set(['api', 'transport']))
    const error = await failure(ws.stage('production'))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain(
      'creating a backup snapshot of Production was refused (403 NO_ACCESS: The user does not have access to the backups of this environment.): the Mendix user lacks Access to Backups and API Rights for this environment'
    )
  })
})

describe('a Mendix Cloud stage refused before anything is done', () => {
  it('missing credentials name the variables to set; no call is made', async () => {
    await setUp()
    const error = await failure(ws.stage('acceptance', { env: { MENDIX_USERNAME: USER } }))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toMatch(
      /^MENDIX_API_KEY is not set: the Deploy API needs MENDIX_USERNAME/
    )
    expect(fake.requests).toHaveLength(0)
  })

  it('a wrong API key is a 401 naming the variables, and the key is never printed', async () => {
    await setUp()
    const wrong = 'wrong-key-0000'
    const error = await failure(
      ws.stage('acceptance', { env: { MENDIX_USERNAME: USER, MENDIX_API_KEY: wrong } })
    )
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain(
      'was refused (401 UNAUTHORIZED: Invalid Mendix-Username or Mendix-ApiKey): Mendix did not accept MENDIX_USERNAME and MENDIX_API_KEY'
    )
    expect(error.message).not.toContain(wrong)
    expect(ws.log.text).not.toContain(wrong)
  })

  it('a user without API Rights is told which right is missing', async () => {
    await setUp()
    fake.state.users[0]!.rights.set('acceptance', new Set())
    const error = await failure(ws.stage('acceptance'))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain(
      '(403 NO_ACCESS: You do not have access): the Mendix user lacks API Rights'
    )
  })

  it('an environment Mendix Cloud does not have lists the ones it has', async () => {
    ws = await workspace(cloudEnvironment('staging', fake.url, { mode: 'Staging' }))
    await ws.publish('1.2.0')
    const error = await failure(ws.stage('staging'))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toBe(
      'app hello has no Mendix Cloud environment "Staging"; its environments are: Acceptance, Production (set environment: in the target to one of them)'
    )
  })

  it('new-constants: require refuses a new constant before the upload', async () => {
    await setUp({ require: true })
    await ws.publish('1.5.0', (metadata) => {
      ;(metadata['Constants'] as unknown[]).push({
        Name: 'Hello.ApiToken',
        Type: 'String',
        Description: '',
        DefaultValue: ''
      })
    })
    const error = await failure(ws.stage('acceptance', { package: '1.5.0.1' }))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toBe(
      'Hello.ApiToken is new in this package and acceptance requires a value for new constants (new-constants: require): set environments.acceptance.constants.Hello.ApiToken in mxdeploy.yml'
    )
    expect(fake.calls('upload')).toHaveLength(0)
  })
})
