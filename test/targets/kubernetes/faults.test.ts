import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { ConfigurationError, OperationError } from '../../../src/errors.js'
import { retryPolicy } from '../../../src/net/retry-policy.js'
import { startRegistry, type RunningRegistry } from '../../support/registry/registry.js'
import { RESOURCES } from '../../support/kubernetes/resources.js'
import { statuses } from '../../support/kubernetes/status.js'
import { targetFixture, type TargetFixture } from '../../support/kubernetes/target-fixture.js'

let registry: RunningRegistry
let fx: TargetFixture

beforeAll(async () => {
  registry = await startRegistry()
})
afterAll(async () => {
  await registry?.stop()
})
afterEach(async () => {
  await fx?.cleanup()
})

const APP_PATH = /\/mendixapps\/hello-production$/

function patches(fx: TargetFixture) {
  return fx.standIn.requests.filter((r) => r.method === 'PATCH')
}

describe('network faults are ridden out', () => {
  it('asks again after an answer that never comes, a cut connection, 503 and 429', async () => {
    fx = await targetFixture(registry)
    fx.standIn.fault({ method: 'GET', path: APP_PATH, kind: 'hang' })
    fx.standIn.fault({ method: 'GET', path: APP_PATH, kind: 'cut' })
    fx.standIn.fault({
      method: 'PATCH',
      path: APP_PATH,
      kind: 'status',
      reply: statuses.unavailable()
    })
    fx.standIn.fault({
      method: 'PATCH',
      path: APP_PATH,
      kind: 'status',
      reply: statuses.tooManyRequests(0)
    })
    const target = fx.target('', { requestTimeoutMs: 1000 })
    await target.deploy(fx.request())
    expect(await target.current()).toMatchObject({ sha256: fx.pkg.sha256, version: '1.0.0.1' })
    expect(fx.log.text).toMatch(
      /reading MendixApp mendix\/hello-production on context stand-in \(https:\/\/127\.0\.0\.1:\d+\): no answer within 1 s; trying again/
    )
    expect(fx.log.text).toContain('HTTP 503 ServiceUnavailable; trying again')
    expect(fx.log.text).toContain('HTTP 429 TooManyRequests; trying again')
    expect(patches(fx).map((r) => r.status)).toEqual([503, 429, 200])
  })

  it('applies again when the answer to an apply is lost, with the same result', async () => {
    fx = await targetFixture(registry)
    fx.standIn.fault({ method: 'PATCH', path: APP_PATH, kind: 'cut-after' })
    const target = fx.target()
    await target.deploy(fx.request())
    expect(patches(fx)).toHaveLength(2)
    expect(fx.standIn.app('mendix', 'hello-production')!['metadata']).toMatchObject({
      generation: 1
    })
    expect(fx.standIn.operator.builds).toHaveLength(1)
  })

  it('gives up when the cluster never answers, saying what it tried (exit 1)', async () => {
    fx = await targetFixture(registry)
    fx.standIn.fault({ path: /\/apis\/privatecloud\.mendix\.com\//, kind: 'hang', times: 10 })
    const target = fx.target('', {
      requestTimeoutMs: 100,
      retry: retryPolicy({ baseDelayMs: 1, maxDelayMs: 2, maxAttempts: 2 })
    })
    const failed = await target.current().catch((error: unknown) => error)
    expect(failed).toBeInstanceOf(OperationError)
    expect((failed as Error).message).toMatch(
      /asking for the MendixApp resource type on context stand-in \(.*\) failed 2 times over .*no answer within 0\.1 s.*check that the cluster is reachable/
    )
  })
})

describe('answers the user must act on (exit 2, nothing applied)', () => {
  it('a token the cluster does not accept: 401, without the token in the message', async () => {
    fx = await targetFixture(registry)
    await fx.standIn.writeKubeconfig(fx.kubeconfig, { token: 'expired-token-value' })
    const failed = await fx
      .target()
      .current()
      .catch((error: unknown) => error)
    expect(failed).toBeInstanceOf(ConfigurationError)
    expect((failed as Error).message).toContain(
      'was refused (401 Unauthorized): the cluster did not accept the credentials of context stand-in'
    )
    expect((failed as Error).message).not.toContain('expired-token-value')
  })

  it('RBAC that does not allow patch: 403 with the rights to grant', async () => {
    fx = await targetFixture(registry)
    fx.standIn.forbid('patch', 'mendixapps')
    const failed = await fx
      .target()
      .deploy(fx.request())
      .catch((error: unknown) => error)
    expect(failed).toBeInstanceOf(ConfigurationError)
    expect((failed as Error).message).toContain(
      'applying MendixApp mendix/hello-production was refused (403 Forbidden: mendixapps.privatecloud.mendix.com is forbidden: User "system:serviceaccount:ci:deployer" cannot patch resource "mendixapps"'
    )
    expect((failed as Error).message).toContain(
      'get, list, create and patch on mendixapps.privatecloud.mendix.com'
    )
    expect(fx.standIn.app('mendix', 'hello-production')).toBeUndefined()
  })

  it('a cluster without the Mendix Operator', async () => {
    fx = await targetFixture(registry)
    fx.standIn.fault({
      path: /^\/apis\/privatecloud\.mendix\.com\/v1alpha1$/,
      kind: 'status',
      reply: statuses.noRoute(),
      times: 5
    })
    const failed = await fx
      .target()
      .current()
      .catch((error: unknown) => error)
    expect(failed).toBeInstanceOf(ConfigurationError)
    expect((failed as Error).message).toMatch(
      /context stand-in \(.*\) does not serve MendixApp \(privatecloud\.mendix\.com\/v1alpha1\): .*install the Mendix Operator/
    )
  })

  it('a namespace that does not exist', async () => {
    fx = await targetFixture(registry)
    const target = fx.target('namespace: elsewhere')
    const failed = await target
      .deploy(fx.request(fx.environment('namespace: elsewhere')))
      .catch((e: unknown) => e)
    expect(failed).toBeInstanceOf(ConfigurationError)
    expect((failed as Error).message).toContain(
      'namespaces "elsewhere" not found; correct target.namespace'
    )
  })

  it('a spec field the cluster finds invalid: 422 with the field', async () => {
    fx = await targetFixture(registry)
    const yaml = 'spec: { runtimeLeaderSelection: sometimes }'
    const failed = await fx
      .target(yaml)
      .deploy(fx.request(fx.environment(yaml)))
      .catch((e: unknown) => e)
    expect(failed).toBeInstanceOf(ConfigurationError)
    expect((failed as Error).message).toContain('was refused by the cluster as invalid (422)')
    expect((failed as Error).message).toContain(
      'spec.runtimeLeaderSelection: Unsupported value: "sometimes": supported values: "assigned", "none"'
    )
    expect(fx.standIn.app('mendix', 'hello-production')).toBeUndefined()
  })
})

describe('reading back and waiting', () => {
  it('goes on without events when RBAC does not allow listing them', async () => {
    fx = await targetFixture(registry)
    fx.standIn.forbid('list', 'events')
    await fx.target().deploy(fx.request())
    expect(fx.log.text).toContain(
      "warning: cannot read the MendixApp's events, going on without them"
    )
  })

  it('says so when the MendixApp is deleted while it waits', async () => {
    fx = await targetFixture(registry)
    fx.standIn.operator.mode = 'hang'
    const deploying = fx.target().deploy(fx.request())
    await vi.waitFor(() => expect(fx.standIn.app('mendix', 'hello-production')).toBeDefined())
    fx.standIn.store.delete(RESOURCES[0]!, 'mendix', 'hello-production')
    const failed = await deploying.catch((error: unknown) => error)
    expect((failed as Error).message).toContain(
      'MendixApp mendix/hello-production was deleted while mxdeploy waited for the operator'
    )
  })

  it('without observedGeneration, waits for the statuses to leave Ready before it believes them', async () => {
    // The operator takes the change up late, then works for a while: polls see Ready (of the old
    // spec) first, then the statuses leave Ready, then Ready again.
    fx = await targetFixture(registry, {
      operator: { observedGeneration: false, reactMs: 150, stepMs: 400 }
    })
    const target = fx.target()
    await target.deploy(fx.request())
    // A second package version is not needed: other settings change the spec too.
    const settings = {
      ...fx.request().settings,
      constants: { ...fx.request().settings.constants, 'Hello.MaxRetries': '9' }
    }
    await target.deploy(fx.request(undefined, settings))
    expect(fx.log.text).toContain('waiting for the operator to take up the change')
    expect(fx.log.text).not.toContain('taking them as done')
    expect(
      fx.standIn.operator.running('mendix', 'hello-production')?.constants['Hello.MaxRetries']
    ).toBe('9')
  })

  it('without observedGeneration and an operator that does not react, takes Ready after the pickup time with a warning', async () => {
    fx = await targetFixture(registry, { operator: { observedGeneration: false } })
    await fx.target().deploy(fx.request())
    fx.standIn.operator.mode = 'asleep'
    const settings = {
      ...fx.request().settings,
      constants: { ...fx.request().settings.constants, 'Hello.MaxRetries': '9' }
    }
    await fx.target('', { pickupMs: 100 }).deploy(fx.request(undefined, settings))
    expect(fx.log.text).toContain(
      "warning: the operator's statuses stayed Ready for 0.1 s after the change and it reports no status.observedGeneration"
    )
  })
})
