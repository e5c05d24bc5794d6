import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../../src/errors.js'
import { startRegistry, type RunningRegistry } from '../../support/registry/registry.js'
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

const SECRET = 'secret-constants: [Hello.ApiUrl]'

/**
 * A SecretProviderClass and ServiceAccount as Mendix's "Configuring a Secret Store" page shows
 * them for HashiCorp Vault (its shape, our values): objects mapping mx-const-Module.Constant.
 */
function secretStore(fx: TargetFixture, keys = ['mx-const-Hello.ApiUrl'], annotated = true) {
  const objects = keys
    .map(
      (key) => `- objectName: "${key}"\n  secretPath: "secret/data/hello"\n  secretKey: "${key}"`
    )
    .join('\n')
  fx.standIn.put('SecretProviderClass', 'mendix', {
    metadata: {
      name: 'hello-production',
      ...(annotated ? { annotations: { 'privatecloud.mendix.com/environment-class': 'true' } } : {})
    },
    spec: {
      provider: 'vault',
      parameters: { roleName: 'hello-production', vaultAddress: 'http://vault.vault:8200', objects }
    }
  })
  fx.standIn.put('ServiceAccount', 'mendix', {
    metadata: {
      name: 'hello-production',
      annotations: { 'privatecloud.mendix.com/environment-account': 'true' }
    }
  })
}

async function refusal(fx: TargetFixture): Promise<string> {
  const failed = await fx
    .target(SECRET)
    .deploy(fx.request(fx.environment(SECRET)))
    .catch((error: unknown) => error)
  expect(failed).toBeInstanceOf(ConfigurationError)
  expect(fx.standIn.app('mendix', 'hello-production')).toBeUndefined()
  return (failed as Error).message
}

describe('secret constants', () => {
  it('are left out of the resource when the secret store names them, and not read back', async () => {
    fx = await targetFixture(registry)
    secretStore(fx)
    const target = fx.target(SECRET)
    await target.deploy(fx.request(fx.environment(SECRET)))
    const app = fx.standIn.app('mendix', 'hello-production') as any
    expect(app.spec.allowOverrideSecretsWithSecretStoreCSIDriver).toBe(true)
    expect(app.spec.runtime.microflowConstants).not.toHaveProperty('Hello.ApiUrl')
    expect(app.spec.runtime.microflowConstants['Hello.MaxRetries']).toBe('5')
    expect(JSON.stringify(app)).not.toContain('https://api.example.com')
    expect(app.metadata.annotations['mxdeploy.dev/secret-constants']).toBe('["Hello.ApiUrl"]')
    // Values the resource does not hold cannot be compared: the stage takes them from its log.
    expect(await target.current()).toMatchObject({ sha256: fx.pkg.sha256, constants: undefined })
  })

  it('accept the Azure Key Vault spelling mx-const-Module-Constant', async () => {
    fx = await targetFixture(registry)
    secretStore(fx, ['mx-const-Hello-ApiUrl'])
    await fx.target(SECRET).deploy(fx.request(fx.environment(SECRET)))
    expect(fx.standIn.app('mendix', 'hello-production')).toBeDefined()
  })

  it('are refused without a SecretProviderClass named like the MendixApp', async () => {
    fx = await targetFixture(registry)
    expect(await refusal(fx)).toContain(
      'environment production reads Hello.ApiUrl from the secret store, but namespace mendix has no SecretProviderClass hello-production'
    )
  })

  it('are refused when the class lacks the operator annotation', async () => {
    fx = await targetFixture(registry)
    secretStore(fx, undefined, false)
    expect(await refusal(fx)).toContain(
      'lacks the annotation privatecloud.mendix.com/environment-class: "true"'
    )
  })

  it('are refused when the class does not map the constant', async () => {
    fx = await targetFixture(registry)
    secretStore(fx, ['mx-const-Hello.GreetingText'])
    expect(await refusal(fx)).toContain(
      'SecretProviderClass hello-production in namespace mendix maps no mx-const-Hello.ApiUrl'
    )
  })

  it('are refused without the annotated ServiceAccount', async () => {
    fx = await targetFixture(registry)
    secretStore(fx)
    fx.standIn.put('ServiceAccount', 'mendix', { metadata: { name: 'hello-production' } })
    expect(await refusal(fx)).toContain(
      'has ServiceAccount hello-production without the annotation privatecloud.mendix.com/environment-account: "true"'
    )
  })
})
