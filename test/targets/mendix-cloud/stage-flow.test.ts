import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FakeMendixCloud } from '../../support/mendix-cloud/fake-mendix-cloud.js'
import {
  API_KEY,
  cloudEnvironment,
  USER,
  workspace,
  type Workspace
} from '../../support/mendix-cloud/workspace.js'
import { packageName } from '../../../src/targets/mendix-cloud/upload.js'
import { recordingProgress } from '../../support/progress.js'

let fake: FakeMendixCloud
let ws: Workspace

beforeEach(async () => {
  fake = await FakeMendixCloud.start()
  fake.addUser(USER, API_KEY)
  fake.addApp('hello', [{ Mode: 'Acceptance' }, { Mode: 'Production', Production: true }])
  ws = await workspace(
    cloudEnvironment('acceptance', fake.url, {
      mode: 'Acceptance',
      extra:
        'constants: { Hello.ApiUrl: https://acc.example.com/api, Hello.MaxRetries: 7 }\nscheduled-events: { Hello.SyncCustomers: true }'
    }) +
      cloudEnvironment('production', fake.url, {
        mode: 'Production',
        extra: 'after: acceptance\nconstants: { Hello.ApiUrl: https://api.example.com }'
      })
  )
})

afterEach(async () => {
  await fake.close()
  await ws.cleanup()
})

describe('staging to Mendix Cloud', () => {
  it('the upload tells its progress: the package bytes sent, up to its size', async () => {
    const pkg = await ws.publish('1.2.0')
    const { reporter, tasks } = recordingProgress()
    Object.assign(ws.log, { progress: reporter })
    await ws.stage('acceptance')
    const upload = tasks.find((t) => t.label === `uploading hello ${pkg.version} to Mendix Cloud`)
    expect(upload).toMatchObject({ total: pkg.size, ended: true })
    expect(upload!.values.at(-1)).toBe(pkg.size)
    expect(fake.state.uploads).toHaveLength(1)
  })

  it('uploads, transports, sets the settings and starts the environment', async () => {
    const pkg = await ws.publish('1.2.0')
    const result = await ws.stage('acceptance')

    expect(result.changed).toBe(true)
    expect(result.url).toBe('https://hello-acceptance.mendixcloud.com')
    const env = fake.environment('hello', 'Acceptance')
    expect(env.Status).toBe('Running')
    expect(env.dbModelVersion).toBe('1.2.0.1')

    // The multipart body as the fake parsed it: one part named "file", the file name the
    // ?name= parameter gives, and exactly the published bytes.
    const mda = await readFile(ws.config.dir + '/hello_1.2.0.mda')
    expect(fake.state.uploads).toEqual([
      {
        appId: 'hello',
        nameParameter: packageName(pkg),
        field: 'file',
        fileName: packageName(pkg),
        partContentType: 'application/octet-stream',
        size: pkg.size,
        sha256: pkg.sha256,
        packageId: env.packageId
      }
    ])
    expect(createHash('sha256').update(mda).digest('hex')).toBe(pkg.sha256)

    // Constants of mxdeploy.yml set, the others left as Mendix Cloud had them (defaults).
    const value = (name: string): string | null | undefined =>
      env.constants.find((c) => c.Name === name)?.DeployedValue
    expect(value('Hello.ApiUrl')).toBe('https://acc.example.com/api')
    expect(value('Hello.MaxRetries')).toBe('7')
    expect(value('Hello.GreetingText')).toBe('Hello from Mendix')
    expect(env.events.find((e) => e.Name === 'Hello.SyncCustomers')?.DeployedValue).toBe('Enabled')
    expect(env.events.find((e) => e.Name === 'Hello.CleanupOldGreetings')?.DeployedValue).toBe(
      'Disabled'
    )

    // In order: upload and its job, no backup (not production), transport, settings, start.
    const order = fake.requests
      .map((r) => r.route)
      .filter((r) =>
        ['upload', 'create-snapshot', 'transport', 'set-settings', 'stop', 'start'].includes(r!)
      )
    expect(order).toEqual(['upload', 'transport', 'set-settings', 'start'])
    expect(fake.calls('start')[0]!.json).toEqual({ AutoSyncDb: true })
    expect(fake.calls('transport')[0]!.json).toEqual({ PackageId: env.packageId })

    // Credentials went in the documented headers and never into the log.
    expect(fake.calls('upload')[0]!.headers['mendix-username']).toBe(USER)
    expect(fake.calls('upload')[0]!.headers['mendix-apikey']).toBe(API_KEY)
    expect(ws.log.text).not.toContain(API_KEY)
    expect(ws.log.secrets.has(API_KEY)).toBe(true)

    const [record] = await ws.activity.list({ environment: 'acceptance' })
    expect(record).toMatchObject({
      operation: 'deploy',
      result: 'success',
      package: { version: '1.2.0.1', sha256: pkg.sha256 }
    })
    expect(record!.details).toMatchObject({
      mode: 'Acceptance',
      packageId: env.packageId,
      uploaded: true,
      settingsChanged: ['Hello.ApiUrl', 'Hello.MaxRetries', 'Hello.SyncCustomers']
    })
  })

  it('backs up production, transports the package already uploaded, and restarts', async () => {
    await ws.publish('1.1.0')
    await ws.stage('acceptance')
    await ws.stage('production')
    // Production was empty: nothing to back up the first time.
    expect(fake.calls('create-snapshot')).toHaveLength(0)
    expect(ws.log.lines).toContain('no backup: Production has nothing deployed yet')

    const pkg = await ws.publish('1.2.0')
    await ws.stage('acceptance')
    const uploads = fake.state.uploads.length
    fake.requests.length = 0
    await ws.stage('production')

    expect(fake.state.uploads.length).toBe(uploads)
    const production = fake.environment('hello', 'Production')
    expect(production.Status).toBe('Running')
    expect(production.packageId).toBe(fake.environment('hello', 'Acceptance').packageId)
    expect(fake.calls('create-snapshot')[0]!.json).toEqual({
      comment: `mxdeploy: before deploying hello ${pkg.version}`
    })
    const routes = fake.requests.map((r) => r.route)
    expect(
      routes.filter((r) => ['create-snapshot', 'transport', 'stop', 'start'].includes(r!))
    ).toEqual(['create-snapshot', 'transport', 'stop', 'start'])
    expect(fake.calls('snapshot').at(-1)!.status).toBe(200)
    const [record] = await ws.activity.list({ environment: 'production' })
    expect(record!.details).toMatchObject({ uploaded: false })
    expect(fake.state.snapshots.get(record!.details!['snapshotId'] as string)?.state).toBe(
      'completed'
    )
  })

  it('backup: before backs up any environment, backup: none never', async () => {
    await ws.cleanup()
    ws = await workspace(
      cloudEnvironment('acceptance', fake.url, { mode: 'Acceptance', target: 'backup: before' }) +
        cloudEnvironment('production', fake.url, { mode: 'Production', target: 'backup: none' })
    )
    await ws.publish('1.2.0')
    await ws.stage('acceptance')
    await ws.stage('production')
    await ws.publish('1.3.0')
    fake.requests.length = 0
    await ws.stage('acceptance')
    await ws.stage('production')
    const snapshots = fake.calls('create-snapshot')
    expect(snapshots).toHaveLength(1)
    // Backups API v2 names the app by its ProjectId, the environment by its EnvironmentId.
    expect(snapshots[0]!.path).toBe(
      `/api/v2/apps/${fake.state.apps[0]!.ProjectId}/environments/${fake.environment('hello', 'Acceptance').EnvironmentId}/snapshots`
    )
  })

  it('skips an environment that already runs the package, and stops a running one to redeploy', async () => {
    await ws.publish('1.2.0')
    await ws.stage('acceptance')
    fake.requests.length = 0
    const again = await ws.stage('acceptance')
    expect(again.changed).toBe(false)
    expect(fake.calls('transport')).toHaveLength(0)

    const redeployed = await ws.stage('acceptance', { redeploy: true })
    expect(redeployed.changed).toBe(true)
    expect(fake.requests.map((r) => r.route).filter((r) => r === 'stop' || r === 'start')).toEqual([
      'stop',
      'start'
    ])
  })

  it('stops the environment first where Mendix Cloud refuses a transport while it runs', async () => {
    await ws.publish('1.2.0')
    await ws.stage('acceptance')
    fake.environment('hello', 'Acceptance').transportWhileRunning = false
    fake.requests.length = 0
    await ws.publish('1.3.0')
    await ws.stage('acceptance', { package: '1.3.0.1' })
    const routes = fake.requests
      .map((r) => `${r.route} ${r.status}`)
      .filter((r) => /^(transport|stop|start|set-settings) /.test(r))
    // The settings of mxdeploy.yml are already in place: nothing to set this time.
    expect(routes).toEqual(['transport 403', 'stop 200', 'transport 200', 'start 200'])
    expect(ws.log.text).toContain('Acceptance must be stopped for the transport; stopping it')
    expect(fake.environment('hello', 'Acceptance').Status).toBe('Running')
  })

  it('retries the transport while Mendix Cloud still processes the package (503)', async () => {
    fake.state.behaviour.processingAttempts = 3
    await ws.publish('1.2.0')
    await ws.stage('acceptance')
    expect(fake.calls('transport').map((r) => r.status)).toEqual([503, 503, 503, 200])
    expect(ws.log.text).toContain('transport to Acceptance: the package is still being processed')
  })

  it('waits for slow jobs, reporting progress as their status changes', async () => {
    fake.state.behaviour.uploadPolls = 6
    fake.state.behaviour.startPolls = 8
    fake.state.behaviour.stopPolls = 3
    await ws.publish('1.2.0')
    await ws.stage('acceptance')
    expect(fake.calls('job').map((r) => r.status)).toHaveLength(7)
    expect(fake.calls('start-status')).toHaveLength(9)
    expect(ws.log.lines.filter((l) => l.includes('upload job'))).toEqual([
      expect.stringMatching(/upload job .*: Queued/),
      expect.stringMatching(/upload job .*: Running/)
    ])
    expect(ws.log.text).toMatch(/start job .* of Acceptance: Starting/)
  })

  it('warns about a constant new in the package, naming it but not its value', async () => {
    await ws.publish('1.2.0')
    await ws.stage('acceptance')
    await ws.publish('1.3.0', (metadata) => {
      ;(metadata['Constants'] as unknown[]).push({
        Name: 'Hello.ApiToken',
        Type: 'String',
        Description: 'Token for the customer API.',
        DefaultValue: 'default-token-value'
      })
    })
    await ws.stage('acceptance', { package: '1.3.0.1' })
    expect(ws.log.text).toContain('warning: constant Hello.ApiToken is new in this package')
    expect(ws.log.text).not.toContain('default-token-value')
  })
})
