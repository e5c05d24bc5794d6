import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../../src/errors.js'
import { OciRepository } from '../../../src/repository/oci/oci-repository.js'
import { startRegistry, type RunningRegistry } from '../../support/registry/registry.js'
import { startRegistryProxy } from '../../support/registry/registry-proxy.js'
import { startTokenServer, type TokenServer } from '../../support/registry/token-server.js'
import { seededRandom, testPolicy } from '../../support/retry.js'
import { randomPackage, recordingLogger, tempDir } from './fixture.js'

// docker-registry configured with `auth: token`, trusting the certificate of a token service of
// ours: the registry itself verifies every JWT (signature, issuer, audience, expiry, access).
let tokens: TokenServer
let registry: RunningRegistry
let work: Awaited<ReturnType<typeof tempDir>>

beforeAll(async () => {
  tokens = await startTokenServer({
    users: {
      ci: { password: 'ci-secret' },
      reader: { password: 'reader-secret', actions: ['pull'] }
    },
    anonymous: ['pull']
  })
  registry = await startRegistry({
    token: {
      realm: tokens.realm,
      service: tokens.service,
      issuer: tokens.issuer,
      rootCertBundle: tokens.certificate
    }
  })
  work = await tempDir()
})
afterAll(async () => {
  await registry?.stop()
  await tokens?.stop()
  await work?.remove()
})

const uri = (): string => `oci://${registry.host}/org/hello`
const as = (user: string, password: string) => ({
  MXDEPLOY_OCI_USERNAME: user,
  MXDEPLOY_OCI_PASSWORD: password
})

describe('oci:// with bearer tokens (docker-registry auth: token)', () => {
  it('runs a registry that verifies tokens: one signed by another key is refused', async () => {
    const stranger = await startTokenServer({ users: { ci: { password: 'ci-secret' } } })
    try {
      const basic = `Basic ${Buffer.from('ci:ci-secret').toString('base64')}`
      const tokenFrom = async (server: TokenServer): Promise<string> => {
        const url = `${server.realm}?service=${server.service}&scope=repository:org/hello:pull`
        const res = await fetch(url, { headers: { Authorization: basic } })
        return ((await res.json()) as { token: string }).token
      }
      const read = (token: string) =>
        fetch(`${registry.url}/v2/org/hello/tags/list`, {
          headers: { Authorization: `Bearer ${token}` }
        })
      expect((await read(await tokenFrom(tokens))).status).not.toBe(401)
      expect((await read(await tokenFrom(stranger))).status).toBe(401)
    } finally {
      await stranger.stop()
    }
  })

  it('answers the Bearer challenge with a token per scope, then publishes, lists, downloads and deletes', async () => {
    const log = recordingLogger()
    const repository = new OciRepository(uri(), { env: as('ci', 'ci-secret'), log })
    const pkg = await randomPackage(work.dir, 'hello', '1.0.0.1', 2048)
    expect((await repository.publish(pkg)).created).toBe(true)
    expect((await repository.publish(pkg)).created).toBe(false)
    expect((await repository.list('hello')).map((r) => r.version)).toEqual(['1.0.0.1'])
    await repository.download('hello', 'latest', join(work.dir, 'got.mda'))

    const asked = tokens.requests.filter((r) => r.account === 'ci').flatMap((r) => r.scopes)
    // docker-registry lists a scope's actions in Go map order: pull,push or push,pull.
    const actions = asked.map((scope) => scope.split(':')[2]!.split(',').sort().join(','))
    expect(asked.every((scope) => scope.startsWith('repository:org/hello:'))).toBe(true)
    expect(actions).toContain('pull')
    expect(actions).toContain('pull,push')
    // Tokens obtained are registered as secrets so Actions masks them.
    expect(log.secrets.length).toBeGreaterThanOrEqual(2)

    await repository.publish(await randomPackage(work.dir, 'hello', '1.0.0.2', 10))
    await repository.delete('hello', '1.0.0.2')
    expect((await repository.list('hello')).map((r) => r.version)).toEqual(['1.0.0.1'])
    expect(tokens.requests.some((r) => r.scopes.some((s) => /:(.*,)?delete(,.*)?$/.test(s)))).toBe(
      true
    )
  })

  it('asks a token service that is briefly unavailable again, waiting what it asks', async () => {
    const retry = testPolicy()
    const repository = new OciRepository(uri(), { env: as('reader', 'reader-secret'), retry })
    const before = tokens.requests.length
    tokens.failNext(503, '3')
    tokens.failNext(429)
    await expect(repository.list('hello')).resolves.toBeInstanceOf(Array)
    expect(tokens.requests.length).toBe(before + 1)
    const jitter = Math.floor(seededRandom(12)() * 2000)
    expect(retry.clock.sleeps).toEqual([3000, jitter])
  })

  it('fetches a new token when one is refused mid-upload, and resends that chunk', async () => {
    // As when a token lapses during a long upload: the third PATCH is answered 401 once.
    let refused = false
    const proxy = await startRegistryProxy(registry.port, {
      answer: (request) => {
        if (refused || request.method !== 'PATCH' || !request.contentRange?.startsWith('2097152-'))
          return undefined
        refused = true
        const scope = 'repository:org/resent:pull,push'
        return {
          status: 401,
          headers: {
            'WWW-Authenticate': `Bearer realm="${tokens.realm}",service="${tokens.service}",scope="${scope}",error="invalid_token"`
          }
        }
      }
    })
    try {
      const repository = new OciRepository(`oci://127.0.0.1:${proxy.port}/org/resent`, {
        env: as('ci', 'ci-secret'),
        chunkSize: 1 << 20
      })
      const pkg = await randomPackage(work.dir, 'hello', '1.0.0.5', (4 << 20) + 99)
      const before = tokens.requests.length
      expect((await repository.publish(pkg)).created).toBe(true)
      expect(refused).toBe(true)
      const patches = proxy.requests.filter((r) => r.method === 'PATCH').map((r) => r.contentRange)
      expect(patches).toEqual([
        '0-1048575',
        '1048576-2097151',
        '2097152-3145727',
        '2097152-3145727',
        '3145728-4194303',
        `4194304-${(4 << 20) + 98}`
      ])
      expect(tokens.requests.length).toBeGreaterThan(before)
      const dest = join(work.dir, 'resent.mda')
      await repository.download('hello', '1.0.0.5', dest)
      expect((await readFile(dest)).equals(pkg.bytes)).toBe(true)
    } finally {
      await proxy.stop()
    }
  })

  it('reads anonymously where the token service allows it, and says which credentials to set to push', async () => {
    const repository = new OciRepository(uri(), { env: {} })
    expect((await repository.list('hello')).map((r) => r.version)).toEqual(['1.0.0.1'])
    const push = repository.publish(await randomPackage(work.dir, 'hello', '1.0.0.3', 10))
    await expect(push).rejects.toThrow(ConfigurationError)
    await expect(push).rejects.toThrow(/requires credentials: set MXDEPLOY_OCI_USERNAME/)
  })

  it('refuses a wrong password at the token service', async () => {
    const repository = new OciRepository(uri(), { env: as('ci', 'nope') })
    const list = repository.list('hello')
    await expect(list).rejects.toThrow(ConfigurationError)
    await expect(list).rejects.toThrow(/token service .* refused the credentials/)
  })

  it('refuses a user whose token lacks push, publishing nothing', async () => {
    const repository = new OciRepository(uri(), { env: as('reader', 'reader-secret') })
    const push = repository.publish(await randomPackage(work.dir, 'hello', '1.0.0.4', 10))
    await expect(push).rejects.toThrow(ConfigurationError)
    await expect(push).rejects.toThrow(
      /gave the credentials from MXDEPLOY_OCI_USERNAME\/MXDEPLOY_OCI_PASSWORD no pull,push access to org\/hello/
    )
    expect((await repository.list('hello')).map((r) => r.version)).toEqual(['1.0.0.1'])
  })
})
