import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../../src/errors.js'
import { OciRepository } from '../../../src/repository/oci/oci-repository.js'
import { startRegistry, type RunningRegistry } from '../../support/registry/registry.js'
import { randomPackage, recordingLogger, registryTags, tempDir } from './fixture.js'

let registry: RunningRegistry
let work: Awaited<ReturnType<typeof tempDir>>

beforeAll(async () => {
  registry = await startRegistry({ users: { ci: 'right-horse-battery' } })
  work = await tempDir()
})
afterAll(async () => {
  await registry?.stop()
  await work?.remove()
})

const uri = (): string => `oci://${registry.host}/secure/hello`

describe('oci:// on docker-registry with htpasswd basic auth', () => {
  it('publishes, lists and downloads with the right password', async () => {
    const log = recordingLogger()
    const env = { MXDEPLOY_OCI_USERNAME: 'ci', MXDEPLOY_OCI_PASSWORD: 'right-horse-battery' }
    const repository = new OciRepository(uri(), { env, log })
    const pkg = await randomPackage(work.dir, 'hello', '1.0.0.1', 4096)
    expect((await repository.publish(pkg)).created).toBe(true)
    expect((await repository.list('hello')).map((r) => r.version)).toEqual(['1.0.0.1'])
    await repository.download('hello', '1.0.0.1', join(work.dir, 'got.mda'))
    expect(log.secrets).toContain('right-horse-battery')
    expect(log.lines.join('\n')).not.toContain('right-horse-battery')
  })

  it('refuses a wrong password with a ConfigurationError naming the variables, publishing nothing', async () => {
    const env = { MXDEPLOY_OCI_USERNAME: 'ci', MXDEPLOY_OCI_PASSWORD: 'wrong' }
    const repository = new OciRepository(uri(), { env })
    const attempt = repository.publish(await randomPackage(work.dir, 'hello', '1.0.0.2', 10))
    await expect(attempt).rejects.toThrow(ConfigurationError)
    await expect(attempt).rejects.toThrow(
      /refused the credentials from MXDEPLOY_OCI_USERNAME\/MXDEPLOY_OCI_PASSWORD: set MXDEPLOY_OCI_USERNAME and MXDEPLOY_OCI_PASSWORD/
    )
    await expect(attempt).rejects.not.toThrow(/wrong/)
    const anonymous = await fetch(`${registry.url}/v2/secure/hello/tags/list`)
    expect(anonymous.status).toBe(401)
    const auth = `Basic ${Buffer.from('ci:right-horse-battery').toString('base64')}`
    const tags = await fetch(`${registry.url}/v2/secure/hello/tags/list`, {
      headers: { Authorization: auth }
    })
    expect(((await tags.json()) as { tags: string[] }).tags).toEqual(['1.0.0.1'])
  })

  it('asks for credentials when none are set', async () => {
    const repository = new OciRepository(uri(), { env: {} })
    await expect(repository.list('hello')).rejects.toThrow(ConfigurationError)
    await expect(repository.list('hello')).rejects.toThrow(
      /requires credentials: set MXDEPLOY_OCI_USERNAME/
    )
    expect(await registryTags(registry.url, 'nothing')).toEqual([])
  })
})
