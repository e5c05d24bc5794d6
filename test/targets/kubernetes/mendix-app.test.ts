import { describe, expect, it } from 'vitest'
import { parseConfig } from '../../../src/config/load.js'
import type { EnvironmentConfig, KubernetesTargetConfig } from '../../../src/config/types.js'
import { ConfigurationError } from '../../../src/errors.js'
import type { PackageRecord } from '../../../src/repository/package-repository.js'
import { operatorProgress, runningStateOf } from '../../../src/targets/kubernetes/app-state.js'
import {
  desiredMendixApp,
  eventExecution,
  type MendixAppResource
} from '../../../src/targets/kubernetes/mendix-app.js'
import { validateMendixAppSpec } from '../../support/kubernetes/mendixapp-schema.js'

const PKG: PackageRecord = {
  app: 'hello',
  version: '1.2.0.7',
  sha256: 'a'.repeat(64),
  size: 1,
  runtimeVersion: '10.24.8.80126',
  modelVersion: '1.2.0.7',
  commit: null,
  branch: null,
  createdAt: '2026-01-01T00:00:00Z',
  createdBy: 'ci',
  url: 'registry.example.com/team/hello:1.2.0.7@sha256:' + 'b'.repeat(64),
  stories: []
}
const URL = `https://registry.example.com/v2/team/hello/blobs/sha256:${'a'.repeat(64)}`

function environment(
  target: string,
  extra = ''
): EnvironmentConfig & { target: KubernetesTargetConfig } {
  const text = `app: hello\nenvironments:\n  acceptance:\n    target:\n      type: kubernetes\n      namespace: mendix\n      name: hello-acc\n${target.replace(/^/gm, '      ')}\n${extra.replace(/^/gm, '    ')}\n`
  return parseConfig(text, '/work/mxdeploy.yml').environments[0] as EnvironmentConfig & {
    target: KubernetesTargetConfig
  }
}

function refusal(target: string, extra = ''): string {
  try {
    environment(target, extra)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return (error as Error).message
  }
  throw new Error('not refused')
}

function desired(env: EnvironmentConfig & { target: KubernetesTargetConfig }, events = {}) {
  return desiredMendixApp({
    config: env.target,
    app: 'hello',
    environment: env,
    package: PKG,
    settings: { constants: { 'Hello.B': '2', 'Hello.A': 'one' }, scheduledEvents: events },
    sourceURL: URL
  })
}

describe('the MendixApp mxdeploy applies', () => {
  it('maps every target key onto the documented spec field, and passes the documented rest through', () => {
    const env = environment(
      [
        'replicas: 0',
        'database-plan: postgres',
        'storage-plan: minio',
        'app-url: hello-acc.example.com',
        'tls: { enable: true, secret-name: hello-tls }',
        'resources: { limits: { cpu: 1, memory: 1Gi }, requests: { cpu: 250m, memory: 512Mi } }',
        'environment-variables:',
        '  - { name: JAVA_TOOL_OPTIONS, value: -Xss512k }',
        '  - { name: API_TOKEN, secret: hello-secrets, key: api-token }',
        'custom-configuration: { ApplicationRootUrl: "https://hello-acc.example.com" }',
        'spec: { ingressClassName: nginx, runtime: { logLevels: { ConnectionBus: DEBUG } }, jvmMemorySettings: { heapLimit: 1700Mi } }'
      ].join('\n')
    )
    const app = desired(env, { 'Hello.Nightly': true, 'Hello.Hourly': false })
    expect(app.spec).toEqual({
      ingressClassName: 'nginx',
      jvmMemorySettings: { heapLimit: '1700Mi' },
      mendixRuntimeVersion: '10.24.8.80126',
      sourceURL: URL,
      replicas: 0,
      database: { servicePlan: 'postgres' },
      storage: { servicePlan: 'minio' },
      appURL: 'hello-acc.example.com',
      tls: { enableTLS: true, secretName: 'hello-tls' },
      resources: {
        limits: { cpu: '1', memory: '1Gi' },
        requests: { cpu: '250m', memory: '512Mi' }
      },
      runtime: {
        logLevels: { ConnectionBus: 'DEBUG' },
        dtapMode: 'D',
        microflowConstants: { 'Hello.A': 'one', 'Hello.B': '2' },
        scheduledEventExecution: 'SPECIFIED',
        myScheduledEvents: ['Hello.Nightly'],
        environmentVariables: [
          { name: 'JAVA_TOOL_OPTIONS', value: '-Xss512k' },
          {
            name: 'API_TOKEN',
            valueFrom: { secretKeyRef: { name: 'hello-secrets', key: 'api-token' } }
          }
        ],
        customConfiguration: '{"ApplicationRootUrl":"https://hello-acc.example.com"}'
      }
    })
    // What the stand-in holds any MendixApp to: the schema written from Mendix's documents.
    expect(validateMendixAppSpec(app.spec)).toEqual([])
  })

  it('sets dtapMode P for a production environment', () => {
    expect(desired(environment('', 'production: true')).spec?.['runtime']).toMatchObject({
      dtapMode: 'P'
    })
  })

  it('runs ALL, NONE or the SPECIFIED scheduled events', () => {
    expect(eventExecution({ 'M.A': true, 'M.B': true })).toEqual({
      execution: 'ALL',
      specified: []
    })
    expect(eventExecution({ 'M.A': false })).toEqual({ execution: 'NONE', specified: [] })
    expect(eventExecution({})).toEqual({ execution: 'NONE', specified: [] })
    expect(eventExecution({ 'M.B': true, 'M.A': true, 'M.C': false })).toEqual({
      execution: 'SPECIFIED',
      specified: ['M.A', 'M.B']
    })
  })
})

describe('what a MendixApp runs, read back', () => {
  const env = environment('')
  const applied = desired(env, { 'Hello.Nightly': true, 'Hello.Hourly': false })
  const running = (over: Partial<MendixAppResource> = {}): MendixAppResource => ({
    ...applied,
    metadata: { ...applied.metadata, generation: 3 },
    status: {
      observedGeneration: 3,
      appState: 'Started',
      buildStatus: 'Ready',
      databaseStatus: 'Ready',
      mendixAppState: 'Ready',
      networkStatus: 'Ready',
      runtimeStatus: 'Ready',
      storageStatus: 'Ready'
    },
    ...over
  })

  it('gives the recorded package, the constants and the events when the operator runs it', () => {
    expect(runningStateOf(running())).toEqual({
      version: '1.2.0.7',
      sha256: PKG.sha256,
      constants: { 'Hello.A': 'one', 'Hello.B': '2' },
      scheduledEvents: { 'Hello.Hourly': false, 'Hello.Nightly': true }
    })
  })

  it('gives nothing while the operator has not taken up the spec, builds, or failed', () => {
    const older = running({ status: { ...running().status, observedGeneration: 2 } })
    expect(operatorProgress(older)).toMatchObject({ state: 'working' })
    expect(runningStateOf(older).sha256).toBeUndefined()
    const failed = running({ status: { ...running().status, buildStatus: 'BuildFailed' } })
    expect(operatorProgress(failed)).toMatchObject({ state: 'failed' })
    expect(runningStateOf(failed).sha256).toBeUndefined()
    const stopped = running({ status: { ...running().status, appState: 'Stopped' } })
    expect(operatorProgress(stopped)).toMatchObject({ state: 'working' })
  })

  it('takes Stopped as running for replicas 0', () => {
    const zero = running({
      spec: { ...applied.spec, replicas: 0 },
      status: { ...running().status, appState: 'Stopped' }
    })
    expect(operatorProgress(zero)).toEqual({ state: 'running' })
  })

  it('no longer trusts the annotations once someone changed sourceURL; a blob URL still names its bytes', () => {
    const other = `https://registry.example.com/v2/team/hello/blobs/sha256:${'c'.repeat(64)}`
    const changed = running({ spec: { ...applied.spec, sourceURL: other } })
    expect(runningStateOf(changed)).toMatchObject({ version: undefined, sha256: 'c'.repeat(64) })
    const elsewhere = running({
      spec: { ...applied.spec, sourceURL: 'https://files.example.com/app.mda' }
    })
    expect(runningStateOf(elsewhere)).toMatchObject({ version: undefined, sha256: undefined })
  })

  it('reads events ALL and NONE back over the names it recorded', () => {
    const all = running({
      spec: {
        ...applied.spec,
        runtime: {
          ...(applied.spec!['runtime'] as object),
          scheduledEventExecution: 'ALL',
          myScheduledEvents: undefined
        }
      }
    })
    expect(runningStateOf(all).scheduledEvents).toEqual({
      'Hello.Hourly': true,
      'Hello.Nightly': true
    })
  })
})

describe('refused in mxdeploy.yml, with the line', () => {
  it('spec fields mxdeploy sets itself', () => {
    expect(refusal('spec: { sourceURL: https://x.example.com/a.mda }')).toMatch(
      /^\/work\/mxdeploy\.yml:\d+:\d+: target\.spec\.sourceURL of environment acceptance is not allowed: mxdeploy sets it to the package being staged$/
    )
    expect(refusal('spec: { runtime: { microflowConstants: { A.B: c } } }')).toContain(
      'target.spec.runtime.microflowConstants of environment acceptance is not allowed'
    )
  })

  it('passwords', () => {
    expect(refusal('spec: { runtime: { mxAdminPassword: V2VsYzBtZSE= } }')).toContain(
      'keep it in the secret store (key mx-admin-password)'
    )
  })

  it('constants and events in custom-configuration', () => {
    expect(refusal('custom-configuration: { MicroflowConstants: "{}" }')).toContain(
      'MicroflowConstants in custom-configuration of environment acceptance is not allowed'
    )
  })

  it('a secret store switched off while secret constants need it', () => {
    expect(
      refusal(
        'secret-constants: [Hello.ApiKey]\nspec: { allowOverrideSecretsWithSecretStoreCSIDriver: false }'
      )
    ).toContain('uses only with allowOverrideSecretsWithSecretStoreCSIDriver: true')
  })

  it('a name the operator reserves, and keys it does not know', () => {
    expect(() => environment('').target).not.toThrow()
    expect(
      (() => {
        try {
          parseConfig(
            'app: hello\nenvironments:\n  p:\n    target: { type: kubernetes, namespace: mendix, name: mendix-app, replica: 2 }\n',
            '/work/mxdeploy.yml'
          )
        } catch (error) {
          return (error as Error).message
        }
        return ''
      })()
    ).toMatch(/target\.name is "mendix-app", which is not allowed[\s\S]*unknown key "replica"/)
  })
})
