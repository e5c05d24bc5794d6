import { describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../../src/errors.js'
import { parseImageReference } from '../../../src/repository/oci/image-reference.js'

const WHAT = 'base of environment acceptance'
const DIGEST = `sha256:${'ab'.repeat(32)}`

describe('image references', () => {
  it.each([
    [
      'registry.example.com/mendix/runtime:10.24.8',
      { host: 'registry.example.com', repository: 'mendix/runtime', tag: '10.24.8' },
      'https://registry.example.com/'
    ],
    [
      `ghcr.io/acme/runtime@${DIGEST}`,
      { host: 'ghcr.io', repository: 'acme/runtime', tag: undefined, digest: DIGEST },
      'https://ghcr.io/'
    ],
    [
      `127.0.0.1:5000/base/runtime:1.0@${DIGEST}`,
      { host: '127.0.0.1:5000', repository: 'base/runtime', tag: '1.0', digest: DIGEST },
      'http://127.0.0.1:5000/'
    ],
    [
      'localhost/base',
      { host: 'localhost', repository: 'base', tag: undefined },
      'http://localhost/'
    ],
    [
      'eclipse-temurin:21',
      { host: 'docker.io', repository: 'library/eclipse-temurin', tag: '21' },
      'https://registry-1.docker.io/'
    ],
    [
      'mendix/runtime-base',
      { host: 'docker.io', repository: 'mendix/runtime-base', tag: undefined },
      'https://registry-1.docker.io/'
    ]
  ])('reads %s', (text, expected, base) => {
    const ref = parseImageReference(text, {}, WHAT)
    expect(ref).toMatchObject(expected)
    expect(ref.baseUrl.href).toBe(base)
  })

  it.each([
    [
      'ghcr.io/Acme/Runtime:1',
      'names repository "Acme/Runtime", which is not an OCI repository name'
    ],
    ['ghcr.io/acme//runtime', 'is not an OCI repository name'],
    ['ghcr.io/acme/runtime:-x', 'has tag "-x", which is not an OCI tag'],
    ['ghcr.io/acme/runtime@sha256:abc', 'has digest "sha256:abc"'],
    ['ghcr.io/acme/runtime@md5:abc', 'which is not sha256:'],
    ['https://ghcr.io/acme/runtime', 'without a scheme'],
    ['ghcr.io/acme/run time', 'without a scheme'],
    ['bad_host.io:x/acme', 'which is not a host[:port]'],
    ['', 'is not an image reference']
  ])('refuses %s', (text, message) => {
    const parse = (): unknown => parseImageReference(text, {}, WHAT)
    expect(parse).toThrow(ConfigurationError)
    expect(parse).toThrow(`${WHAT} "${text}" `)
    expect(parse).toThrow(message)
  })

  it('refuses credentials before the host without repeating them', () => {
    const parse = (): unknown => parseImageReference('ci:s3cret@ghcr.io/acme/runtime', {}, WHAT)
    expect(parse).toThrow(ConfigurationError)
    expect(parse).toThrow('carries credentials')
    expect(parse).not.toThrow('s3cret')
  })
})
