import { describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../../src/errors.js'
import { chunkSizeFor } from '../../../src/repository/oci/chunk-size.js'
import { credentialsFromEnv } from '../../../src/repository/oci/credentials.js'
import { parseOciUri } from '../../../src/repository/oci/reference.js'
import { openRepository } from '../../../src/repository/open-repository.js'
import { recordingLogger } from './fixture.js'

describe('oci:// references', () => {
  it('uses HTTPS for registries off this machine and plain HTTP on loopback', () => {
    expect(parseOciUri('oci://ghcr.io/my-org/hello', {}).baseUrl.href).toBe('https://ghcr.io/')
    const local = parseOciUri('oci://127.0.0.1:5000/team/hello-app', {})
    expect(local).toMatchObject({ host: '127.0.0.1:5000', repository: 'team/hello-app' })
    expect(local.baseUrl.href).toBe('http://127.0.0.1:5000/')
    expect(parseOciUri('oci://localhost:5000/a', {}).baseUrl.protocol).toBe('http:')
    expect(parseOciUri('oci://[::1]:5000/a', {}).baseUrl.protocol).toBe('http:')
  })

  it('allows plain HTTP elsewhere only when MXDEPLOY_OCI_PLAIN_HTTP is true', () => {
    expect(parseOciUri('oci://registry.lan/a', {}).baseUrl.protocol).toBe('https:')
    const env = { MXDEPLOY_OCI_PLAIN_HTTP: 'true' }
    expect(parseOciUri('oci://registry.lan/a', env).baseUrl.protocol).toBe('http:')
  })

  it.each([
    ['oci://', 'not an OCI reference'],
    ['oci://ghcr.io', 'not an OCI reference'],
    ['oci:///repo', 'not an OCI reference'],
    ['oci://ghcr.io/Org/Hello', 'not an OCI repository name'],
    ['oci://ghcr.io/org/hello:1.0', 'not an OCI repository name'],
    ['oci://ghcr.io/org//hello', 'not an OCI repository name'],
    ['oci://bad_host!/org', 'not a registry host'],
    ['oci://ghcr.io:port/org', 'not a registry host']
  ])('refuses %s', (uri, message) => {
    expect(() => parseOciUri(uri, {})).toThrow(ConfigurationError)
    expect(() => parseOciUri(uri, {})).toThrow(message)
  })

  it('is what openRepository selects for oci://, loaded when asked for', async () => {
    const repository = await openRepository('oci://ghcr.io/my-org/hello', { cwd: '/', env: {} })
    expect(repository.uri).toBe('oci://ghcr.io/my-org/hello')
    await expect(openRepository('oci://ghcr.io', { cwd: '/', env: {} })).rejects.toThrow(
      ConfigurationError
    )
  })
})

describe('registry credentials from the environment', () => {
  it('takes MXDEPLOY_OCI_USERNAME/PASSWORD and registers the password as a secret', () => {
    const log = recordingLogger()
    const env = { MXDEPLOY_OCI_USERNAME: 'ci', MXDEPLOY_OCI_PASSWORD: 'pw', GITHUB_TOKEN: 'gh' }
    expect(credentialsFromEnv('ghcr.io', env, log)).toMatchObject({
      username: 'ci',
      password: 'pw'
    })
    expect(log.secrets).toEqual(['pw'])
  })

  it('uses GITHUB_TOKEN as GITHUB_ACTOR on ghcr.io only', () => {
    const env = { GITHUB_TOKEN: 'ghs_x', GITHUB_ACTOR: 'octocat' }
    expect(credentialsFromEnv('ghcr.io', env, recordingLogger())).toMatchObject({
      username: 'octocat',
      password: 'ghs_x',
      source: 'GITHUB_TOKEN'
    })
    expect(credentialsFromEnv('registry.example.com', env, recordingLogger())).toBeUndefined()
  })

  it('refuses half a pair', () => {
    expect(() =>
      credentialsFromEnv('ghcr.io', { MXDEPLOY_OCI_USERNAME: 'ci' }, recordingLogger())
    ).toThrow(/set both/)
  })
})

describe('chunk size', () => {
  it('is 16 MiB, 4 MiB on ghcr.io, or MXDEPLOY_OCI_CHUNK_MIB', () => {
    expect(chunkSizeFor('registry.example.com', {})).toBe(16 << 20)
    expect(chunkSizeFor('ghcr.io', {})).toBe(4 << 20)
    expect(chunkSizeFor('ghcr.io', { MXDEPLOY_OCI_CHUNK_MIB: '2' })).toBe(2 << 20)
    expect(() => chunkSizeFor('x', { MXDEPLOY_OCI_CHUNK_MIB: '0' })).toThrow(ConfigurationError)
    expect(() => chunkSizeFor('x', { MXDEPLOY_OCI_CHUNK_MIB: '4096' })).toThrow(ConfigurationError)
    expect(() => chunkSizeFor('x', { MXDEPLOY_OCI_CHUNK_MIB: 'big' })).toThrow(ConfigurationError)
  })
})
