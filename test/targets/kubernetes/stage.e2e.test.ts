import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startRegistry, type RunningRegistry } from '../../support/registry/registry.js'
import {
  kubernetesWorkspace,
  PRODUCTION,
  type KubernetesWorkspace
} from '../../support/kubernetes/workspace.js'

let registry: RunningRegistry
let ws: KubernetesWorkspace | undefined

beforeAll(async () => {
  registry = await startRegistry()
})
afterAll(async () => {
  await registry?.stop()
})
afterEach(async () => {
  if (ws) {
    // No run may have printed the kubeconfig's bearer token.
    await ws.cleanup()
    ws = undefined
  }
})

async function workspace(production = PRODUCTION): Promise<KubernetesWorkspace> {
  ws = await kubernetesWorkspace({
    repository: `oci://${registry.host}/team/hello-${Math.random().toString(36).slice(2, 8)}`,
    production
  })
  return ws
}

function blobUrl(ws: KubernetesWorkspace, sha256: string): string {
  const repository = ws.repository.slice(`oci://${registry.host}/`.length)
  return `${registry.url}/v2/${repository}/blobs/sha256:${sha256}`
}

/** The MendixApp as Debian's kubectl reads it from the stand-in. */
async function readWithKubectl(ws: KubernetesWorkspace): Promise<any> {
  const got = await ws.kubectl(['get', 'mendixapps', '-n', 'mendix', '-o', 'json'])
  expect(got.stderr).toBe('')
  expect(got.code).toBe(0)
  const list = JSON.parse(got.stdout)
  expect(list.items).toHaveLength(1)
  return list.items[0]
}

function applies(ws: KubernetesWorkspace) {
  return ws.standIn.requests.filter((r) => r.method === 'PATCH')
}

describe('staging to a MendixApp through the CLI', () => {
  it('builds, publishes and stages test then production, read back by kubectl; nothing to do; settings only; a new version; rollback', async () => {
    const ws = await workspace()
    const pipeline = await ws.run(['pipeline', '--build-number', '1'])
    expect(pipeline.stderr).toContain('production now runs hello 1.0.0.1')
    expect(pipeline.code).toBe(0)
    const v1 = pipeline.json.package as { sha256: string; version: string }

    const app = await readWithKubectl(ws)
    expect(app.metadata.name).toBe('hello-production')
    expect(app.metadata.annotations['mxdeploy.dev/package-sha256']).toBe(v1.sha256)
    expect(app.metadata.labels['app.kubernetes.io/version']).toBe('1.0.0.1')
    expect(app.spec).toEqual({
      mendixRuntimeVersion: '10.24.8.80126',
      sourceURL: blobUrl(ws, v1.sha256),
      replicas: 2,
      database: { servicePlan: 'postgres' },
      storage: { servicePlan: 's3' },
      appURL: 'hello.example.com',
      runtime: {
        dtapMode: 'P',
        microflowConstants: {
          'Administration.PasswordMinLength': '12',
          'Hello.ApiUrl': 'https://api.example.com',
          'Hello.FeatureNewInbox': 'False',
          'Hello.GreetingText': 'Hello from Mendix',
          'Hello.MaxRetries': '5'
        },
        scheduledEventExecution: 'SPECIFIED',
        myScheduledEvents: ['Hello.SyncCustomers']
      }
    })
    expect(app.status).toMatchObject({ appState: 'Started', runtimeStatus: 'Ready' })
    // The stand-in's build pod downloaded exactly the published bytes, without credentials.
    expect(ws.standIn.operator.running('mendix', 'hello-production')).toMatchObject({
      sha256: v1.sha256,
      replicas: 2,
      dtapMode: 'P'
    })
    expect(applies(ws)).toHaveLength(1)
    for (const request of applies(ws)) {
      expect(request.contentType).toBe('application/apply-patch+yaml')
      expect(request.query.get('fieldManager')).toBe('mxdeploy')
      expect(request.query.get('force')).toBe('false')
    }
    expect(pipeline.stderr).toMatch(
      /waiting for the Mendix Operator \(MendixApp mendix\/hello-production\): buildStatus Building/
    )
    expect(pipeline.stderr).toContain('event Normal BuildSucceeded')

    // Again: the resource says it runs this package with these settings.
    const again = await ws.run(['stage', '--environment', 'production'])
    expect(again.code).toBe(0)
    expect(again.json.changed).toBe(false)
    expect(again.stderr).toContain('already runs hello 1.0.0.1 with these settings; nothing to do')
    expect(applies(ws)).toHaveLength(1)

    // A changed constant and all scheduled events: the same package with other settings.
    await ws.production(
      PRODUCTION.replace('Hello.MaxRetries: 5', 'Hello.MaxRetries: 7').replace(
        'scheduled-events: { Hello.SyncCustomers: true, Hello.CleanupOldGreetings: false }',
        'scheduled-events: all'
      )
    )
    const settings = await ws.run(['stage', '--environment', 'production'])
    expect(settings.code).toBe(0)
    expect(settings.stderr).toContain('a settings-only deploy')
    expect(settings.stderr).toContain('Hello.MaxRetries: "5" → "7"')
    expect(settings.json.record.details.settingsOnly).toBe(true)
    const changed = await readWithKubectl(ws)
    expect(changed.spec.runtime.microflowConstants['Hello.MaxRetries']).toBe('7')
    expect(changed.spec.runtime.scheduledEventExecution).toBe('ALL')
    // Server-side apply removed the list mxdeploy no longer sends.
    expect(changed.spec.runtime).not.toHaveProperty('myScheduledEvents')
    expect(changed.metadata.generation).toBe(2)
    expect(ws.standIn.operator.builds).toHaveLength(1)

    // A new version.
    const v2 = await ws.publish('1.1.0')
    expect((await ws.run(['stage', '--environment', 'test'])).code).toBe(0)
    const second = await ws.run(['stage', '--environment', 'production'])
    expect(second.code).toBe(0)
    expect((await readWithKubectl(ws)).spec.sourceURL).toBe(blobUrl(ws, v2.sha256))
    expect(ws.standIn.operator.running('mendix', 'hello-production')?.sha256).toBe(v2.sha256)

    // Rollback: the previous package, through the same apply.
    const rollback = await ws.run(['stage', '--environment', 'production', '--rollback'])
    expect(rollback.stderr).toContain('rolling back hello 1.0.0.1 to production')
    expect(rollback.code).toBe(0)
    expect(rollback.json.operation).toBe('rollback')
    const back = await readWithKubectl(ws)
    expect(back.spec.sourceURL).toBe(blobUrl(ws, v1.sha256))
    expect(back.metadata.annotations['mxdeploy.dev/package-version']).toBe('1.0.0.1')
    expect(ws.standIn.operator.running('mendix', 'hello-production')?.sha256).toBe(v1.sha256)

    const listed = await ws.run(['environments', '--target', 'kubernetes'])
    expect(listed.code).toBe(0)
    expect(listed.json.namespaces).toEqual([
      expect.objectContaining({
        namespace: 'mendix',
        apps: [
          expect.objectContaining({
            name: 'hello-production',
            mxdeploy: 'production',
            version: '1.0.0.1',
            state: 'running',
            replicas: 2
          })
        ]
      })
    ])
    for (const run of [pipeline, again, settings, second, rollback, listed]) {
      expect(run.stdout + run.stderr).not.toContain(ws.standIn.token)
    }
  })
})
