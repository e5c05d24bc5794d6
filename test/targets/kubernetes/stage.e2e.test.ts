import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { mxdeploy } from '../../support/cli.js'
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
      /waiting for the Mendix Operator \(MendixApp mendix\/hello-production\): buildStatus \w+, databaseStatus \w+/
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

const MENDIX_APP_NAME = 'hello-production'

/** Stages `version` to test and then production; returns the production run. */
async function release(ws: KubernetesWorkspace, version: string) {
  const published = await ws.publish(version)
  expect((await ws.run(['stage', '--environment', 'test'])).code).toBe(0)
  const production = await ws.run(['stage', '--environment', 'production'])
  return { ...published, production }
}

async function runningSha(ws: KubernetesWorkspace, sha256: string): Promise<void> {
  await vi.waitFor(
    () => expect(ws.standIn.operator.running('mendix', MENDIX_APP_NAME)?.sha256).toBe(sha256),
    { timeout: 10_000, interval: 20 }
  )
}

describe("the target's own keys", () => {
  it('are applied with --redeploy, since the package and settings that run are unchanged', async () => {
    const ws = await workspace()
    expect((await release(ws, '1.0.0')).production.code).toBe(0)
    await ws.production(PRODUCTION.replace('replicas: 2', 'replicas: 3'))
    const same = await ws.run(['stage', '--environment', 'production'])
    expect(same.json.changed).toBe(false)
    expect((await readWithKubectl(ws)).spec.replicas).toBe(2)
    const redeployed = await ws.run(['stage', '--environment', 'production', '--redeploy'])
    expect(redeployed.code).toBe(0)
    expect((await readWithKubectl(ws)).spec.replicas).toBe(3)
    expect(ws.standIn.operator.running('mendix', MENDIX_APP_NAME)?.replicas).toBe(3)
  })
})

describe('what runs, changed behind mxdeploy', () => {
  it('records a package applied elsewhere as reconciled, then deploys', async () => {
    const ws = await workspace()
    const v1 = await release(ws, '1.0.0')
    expect(v1.production.code).toBe(0)
    const asApplied = await readWithKubectl(ws)
    const v2 = await release(ws, '1.1.0')
    expect(v2.production.code).toBe(0)

    // Another machine (whose record never reached this log) applies 1.0.0.1 again as mxdeploy.
    const manifest = {
      apiVersion: asApplied.apiVersion,
      kind: asApplied.kind,
      metadata: {
        name: MENDIX_APP_NAME,
        labels: asApplied.metadata.labels,
        annotations: asApplied.metadata.annotations
      },
      spec: asApplied.spec
    }
    const applied = await ws.kubectl(
      [
        'apply',
        '--server-side',
        '--validate=false',
        '--field-manager=mxdeploy',
        '-n',
        'mendix',
        '-f',
        '-'
      ],
      JSON.stringify(manifest)
    )
    expect(applied.stderr).toBe('')
    expect(applied.stdout).toContain('serverside-applied')
    await runningSha(ws, v1.sha256)

    const staged = await ws.run(['stage', '--environment', 'production'])
    expect(staged.stderr).toContain(
      `production runs hello 1.0.0.1 (sha256 ${v1.sha256.slice(0, 12)}), which the activity log does not show: recording it as reconciled`
    )
    expect(staged.code).toBe(0)
    expect(staged.json.package.version).toBe('1.1.0.1')
    const reconciled = (await ws.records()).filter((r) => r.operation === 'reconciled')
    expect(reconciled).toEqual([
      expect.objectContaining({
        environment: 'production',
        package: { version: '1.0.0.1', sha256: v1.sha256 },
        result: 'success'
      })
    ])
    await runningSha(ws, v2.sha256)
  })

  it('stops on a field another manager changed, names it and the manager, and takes it over only when told', async () => {
    const ws = await workspace()
    const v1 = await release(ws, '1.0.0')
    expect(v1.production.code).toBe(0)
    // Scaled by hand: kubectl patch is an Update by its own field manager.
    const patched = await ws.kubectl([
      'patch',
      'mendixapp',
      MENDIX_APP_NAME,
      '-n',
      'mendix',
      '--type',
      'merge',
      '-p',
      '{"spec":{"replicas":3}}'
    ])
    expect(patched.stderr).toBe('')
    expect(patched.code).toBe(0)
    const manager = ws.standIn.requests.at(-1)!.query.get('fieldManager') ?? 'kubectl'

    const v2 = await release(ws, '1.1.0')
    expect(v2.production.stderr).toContain(`.spec.replicas (managed by "${manager}")`)
    expect(v2.production.stderr).toContain('set target.force-conflicts: true')
    expect(v2.production.code).toBe(2)
    expect(ws.standIn.requests.filter((r) => r.method === 'PATCH').at(-1)!.status).toBe(409)
    const unchanged = await readWithKubectl(ws)
    expect(unchanged.spec.replicas).toBe(3)
    expect(unchanged.metadata.annotations['mxdeploy.dev/package-version']).toBe('1.0.0.1')

    await ws.production(
      PRODUCTION.replace('replicas: 2', 'replicas: 2\n      force-conflicts: true')
    )
    const forced = await ws.run(['stage', '--environment', 'production'])
    expect(forced.code).toBe(0)
    expect(forced.stderr).toContain('taking over fields other managers hold')
    const taken = await readWithKubectl(ws)
    expect(taken.spec.replicas).toBe(2)
    expect(
      ws.standIn.requests
        .filter((r) => r.method === 'PATCH')
        .at(-1)!
        .query.get('force')
    ).toBe('true')
    await runningSha(ws, v2.sha256)
  })
})

describe('when the operator does not run the package', () => {
  it('reports a failed build with the status, the events and the package that still runs', async () => {
    const ws = await workspace()
    const v1 = await release(ws, '1.0.0')
    expect(v1.production.code).toBe(0)
    ws.standIn.operator.mode = 'fail-build'
    const v2 = await release(ws, '1.1.0')
    const text = v2.production.stderr
    expect(text).toContain(
      'the Mendix Operator did not run hello 1.1.0.1 in MendixApp mendix/hello-production: it reports buildStatus Failed'
    )
    expect(text).toContain('Warning BuildFailed: the build pod failed')
    expect(text).toContain(
      'hello 1.0.0.1 still runs: the operator restarts the app only after a successful build'
    )
    expect(text).toContain('delete the failed build pod')
    expect(v2.production.code).toBe(1)
    expect(ws.standIn.operator.running('mendix', MENDIX_APP_NAME)?.sha256).toBe(v1.sha256)
    const failed = (await ws.records()).at(-1)!
    expect(failed).toMatchObject({ environment: 'production', result: 'failure' })
    expect(failed.error).toContain('buildStatus Failed')

    // The resource names 1.1.0.1 but does not run it: staging again applies the same spec, and
    // the operator, which does not retry a failed build, reports the failure again.
    const again = await ws.run(['stage', '--environment', 'production'])
    expect(again.stderr).toContain('already had this spec; the operator has nothing new to do')
    expect(again.stderr).toContain('buildStatus Failed')
    expect(again.code).toBe(1)
  })

  it('reports a runtime that does not start, and that the old package may no longer run', async () => {
    const ws = await workspace()
    expect((await release(ws, '1.0.0')).production.code).toBe(0)
    ws.standIn.operator.mode = 'fail-runtime'
    const v2 = await release(ws, '1.1.0')
    expect(v2.production.stderr).toContain('runtimeStatus Failed')
    expect(v2.production.stderr).toContain('Warning RuntimeFailed')
    expect(v2.production.stderr).toContain(
      'Before this deploy it ran hello 1.0.0.1; the operator stops the app before it starts a changed package, so that may no longer run (appState Stopped)'
    )
    expect(v2.production.code).toBe(1)
  })

  it('gives up after timeout-minutes with the last status', async () => {
    const ws = await workspace(PRODUCTION.replace('timeout-minutes: 1', 'timeout-minutes: 0.01'))
    ws.standIn.operator.mode = 'hang'
    const v1 = await release(ws, '1.0.0')
    expect(v1.production.stderr).toMatch(
      /did not run hello 1\.0\.0\.1 in MendixApp mendix\/hello-production: it still reported buildStatus Building, .* when the time allowed ran out \(target\.timeout-minutes: 0\.01\)/
    )
    expect(v1.production.stderr).toContain('Nothing ran in this MendixApp before.')
    expect(v1.production.code).toBe(1)
  })
})

describe('refusals before anything is applied', () => {
  it('refuses a file: repository, which the cluster cannot read', async () => {
    ws = await kubernetesWorkspace({ repository: 'file:packages' })
    const v1 = await release(ws, '1.0.0')
    expect(v1.production.stderr).toContain(
      'environment production deploys to Kubernetes, but its packages are in file:'
    )
    expect(v1.production.stderr).toContain(
      'a file: repository is a folder on the machine that runs mxdeploy, which the cluster cannot read'
    )
    expect(v1.production.code).toBe(2)
    expect(ws.standIn.requests).toEqual([])
    expect((await ws.records()).filter((r) => r.environment === 'production')).toEqual([])
  })

  it('refuses a registry that serves packages only with credentials', async () => {
    const locked = await startRegistry({ users: { ci: 'registry-password' } })
    try {
      ws = await kubernetesWorkspace({
        repository: `oci://${locked.host}/team/hello`,
        env: { MXDEPLOY_OCI_USERNAME: 'ci', MXDEPLOY_OCI_PASSWORD: 'registry-password' }
      })
      const v1 = await release(ws, '1.0.0')
      expect(v1.production.stderr).toContain(
        `the cluster cannot download the package from http://${locked.host}/v2/team/hello/blobs/sha256:${v1.sha256}: it answers 401 without credentials`
      )
      expect(v1.production.code).toBe(2)
      expect(ws.standIn.requests.filter((r) => r.method === 'PATCH')).toEqual([])
      expect(v1.production.stderr).not.toContain('registry-password')
    } finally {
      await locked.stop()
    }
  })

  it('refuses a secret constant with a value in mxdeploy.yml, naming the line', async () => {
    ws = await workspace(
      PRODUCTION.replace(
        'timeout-minutes: 1',
        'timeout-minutes: 1\n      secret-constants: [Hello.ApiUrl]'
      )
    )
    const run = await ws.run(['stage', '--environment', 'production'])
    expect(run.stderr).toMatch(
      /mxdeploy\.yml:\d+:\d+: constant Hello\.ApiUrl of environment production is listed in target\.secret-constants and has a value here/
    )
    expect(run.code).toBe(2)
    expect(ws.standIn.requests).toEqual([])
  })
})

describe('mxdeploy environments --target kubernetes', () => {
  it('lists every MendixApp of the namespace with version and status, those mxdeploy did not deploy too', async () => {
    const ws = await workspace()
    expect((await release(ws, '1.0.0')).production.code).toBe(0)
    ws.standIn.operator.mode = 'asleep'
    ws.standIn.put('MendixApp', 'mendix', {
      metadata: { name: 'legacy' },
      spec: { sourceURL: 'https://files.example.com/legacy.mda', replicas: 0 },
      status: { buildStatus: 'Failed', runtimeStatus: 'Ready', appState: 'Stopped' }
    })
    const text = await mxdeploy(['environments', '--target', 'kubernetes'], {
      cwd: ws.dir,
      env: ws.env
    })
    expect(text.code).toBe(0)
    expect(text.stdout).toMatch(
      /^namespace mendix on context stand-in \(https:\/\/127\.0\.0\.1:\d+\)\n/
    )
    expect(text.stdout).toMatch(/mendixapp\s+mxdeploy\s+version\s+state\s+replicas\s+status/)
    expect(text.stdout).toMatch(
      /hello-production\s+production\s+1\.0\.0\.1\s+running\s+2\s+buildStatus Ready/
    )
    expect(text.stdout).toMatch(
      /legacy\s+failed\s+0\s+buildStatus Failed, runtimeStatus Ready, appState Stopped/
    )
    const json = await ws.run(['environments', '--target', 'kubernetes'])
    expect(json.json.namespaces[0].apps[0]).toMatchObject({
      name: 'hello-production',
      managedByMxdeploy: true,
      version: '1.0.0.1',
      state: 'running'
    })
    expect(json.json.namespaces[0].apps[1]).toMatchObject({
      name: 'legacy',
      mxdeploy: null,
      managedByMxdeploy: false,
      version: null,
      state: 'failed'
    })
  })

  it('refuses an environment that does not deploy to Kubernetes', async () => {
    const ws = await workspace()
    const run = await ws.run(['environments', '--target', 'kubernetes', '--environment', 'test'])
    expect(run.stderr).toContain('no environment test of')
    expect(run.stderr).toContain('deploys to Kubernetes')
    expect(run.code).toBe(2)
    expect(ws.standIn.requests).toEqual([])
  })
})
