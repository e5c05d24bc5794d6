import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OciRepository } from '../../../src/repository/oci/oci-repository.js'
import { startRegistry, type RunningRegistry } from '../../support/registry/registry.js'
import { startRegistryProxy, type RegistryProxy } from '../../support/registry/registry-proxy.js'
import { randomPackage, tempDir } from './fixture.js'

// docker-registry 2.8 ignores `n` and `last` on the tag list; the proxy in front of it pages as
// distribution-spec 1.1 says (and as ghcr.io does), so the Link-following code meets real pages.
let registry: RunningRegistry
let proxy: RegistryProxy
let work: Awaited<ReturnType<typeof tempDir>>

beforeAll(async () => {
  registry = await startRegistry()
  proxy = await startRegistryProxy(registry.port, { tagPage: 3 })
  work = await tempDir()
})
afterAll(async () => {
  await proxy?.stop()
  await registry?.stop()
  await work?.remove()
})

describe('oci:// tag list pagination', () => {
  it('follows Link rel="next" through every page', async () => {
    const direct = new OciRepository(`oci://${registry.host}/paged`, { env: {} })
    const versions = Array.from({ length: 8 }, (_, i) => `1.0.0.${i + 1}`)
    for (const [i, version] of versions.entries()) {
      const createdAt = new Date(Date.UTC(2026, 0, 1 + i)).toISOString()
      await direct.publish(await randomPackage(work.dir, 'paged', version, 32, { createdAt }))
    }
    const paged = new OciRepository(`oci://127.0.0.1:${proxy.port}/paged`, {
      env: {},
      tagsPageSize: 100
    })
    expect((await paged.list('paged')).map((r) => r.version)).toEqual([...versions].reverse())
    expect(proxy.pages).toEqual([
      { n: '100', last: null, count: 3 },
      { n: '3', last: '1.0.0.3', count: 3 },
      { n: '3', last: '1.0.0.6', count: 2 }
    ])
  })
})
