import { describe, expect, it } from 'vitest'
import { parseChallenges } from '../../../src/repository/oci/challenge.js'
import {
  ANNOTATION,
  EMPTY_CONFIG,
  EMPTY_CONFIG_BYTES,
  MDA_MEDIA_TYPE,
  buildManifest,
  readManifest,
  sha256Digest
} from '../../../src/repository/oci/manifest.js'
import { nextLink } from '../../../src/repository/oci/tags.js'
import { bcryptWithSalt } from '../../support/registry/bcrypt.js'

const record = {
  app: 'hello',
  version: '1.2.0.15',
  sha256: 'ab'.repeat(32),
  size: 1234,
  runtimeVersion: '10.18.3.58900',
  modelVersion: '1.2.0.15',
  commit: 'c0ffee',
  branch: 'main',
  createdAt: '2026-11-29T10:00:00.000Z',
  createdBy: 'octocat',
  stories: ['ABC-1', 'AB#7']
}

describe('WWW-Authenticate challenges', () => {
  it('reads a Bearer challenge as GHCR and Docker Hub send it', () => {
    const header =
      'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:org/hello:pull,push"'
    expect(parseChallenges(header)).toEqual([
      {
        scheme: 'bearer',
        params: {
          realm: 'https://ghcr.io/token',
          service: 'ghcr.io',
          scope: 'repository:org/hello:pull,push'
        }
      }
    ])
  })

  it('reads Basic, escapes, unquoted values and several challenges', () => {
    expect(parseChallenges('Basic realm="a \\"b\\""')).toEqual([
      { scheme: 'basic', params: { realm: 'a "b"' } }
    ])
    expect(parseChallenges(['Basic realm=x, Bearer realm="r",error="insufficient_scope"'])).toEqual(
      [
        { scheme: 'basic', params: { realm: 'x' } },
        { scheme: 'bearer', params: { realm: 'r', error: 'insufficient_scope' } }
      ]
    )
    expect(parseChallenges(undefined)).toEqual([])
  })
})

describe('Link rel="next"', () => {
  it('finds the next page and nothing else', () => {
    expect(nextLink('</v2/a/tags/list?n=2&last=b>; rel="next"')).toBe('/v2/a/tags/list?n=2&last=b')
    expect(nextLink('<https://x/prev>; rel="prev", <https://x/next>; rel=next')).toBe(
      'https://x/next'
    )
    expect(nextLink('</v2/a>; rel="nextish"')).toBeUndefined()
    expect(nextLink(undefined)).toBeUndefined()
  })
})

describe('package manifests', () => {
  it('follow image-spec 1.1 artifact guidance and carry the record in annotations', () => {
    const { manifest, bytes, digest } = buildManifest(record, 'https://github.com/org/hello')
    expect(digest).toBe(sha256Digest(bytes))
    expect(manifest).toMatchObject({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: MDA_MEDIA_TYPE,
      config: EMPTY_CONFIG,
      layers: [
        {
          mediaType: MDA_MEDIA_TYPE,
          digest: `sha256:${record.sha256}`,
          size: 1234,
          annotations: { [ANNOTATION.title]: 'hello_1.2.0.15.mda' }
        }
      ]
    })
    expect(manifest.annotations).toMatchObject({
      'org.opencontainers.image.version': '1.2.0.15',
      'org.opencontainers.image.revision': 'c0ffee',
      'org.opencontainers.image.created': '2026-11-29T10:00:00.000Z',
      'org.opencontainers.image.source': 'https://github.com/org/hello'
    })
    expect(sha256Digest(EMPTY_CONFIG_BYTES)).toBe(EMPTY_CONFIG.digest)
  })

  it('rebuild the same record', () => {
    const { bytes, digest } = buildManifest(record, undefined)
    const reading = readManifest(bytes, undefined, (d) => `ref@${d}`)
    expect(reading).toMatchObject({ kind: 'package', record: { ...record, url: `ref@${digest}` } })
    const bare = buildManifest({ ...record, commit: null, branch: null, stories: [] }, undefined)
    expect(readManifest(bare.bytes, undefined, () => 'u')).toMatchObject({
      kind: 'package',
      record: { commit: null, branch: null, stories: [] }
    })
  })

  it('tell what is not an mxdeploy package', () => {
    const read = (value: unknown) =>
      readManifest(Buffer.from(JSON.stringify(value)), undefined, () => '')
    const { manifest } = buildManifest(record, undefined)
    expect(readManifest(Buffer.from('{'), undefined, () => '')).toMatchObject({ kind: 'other' })
    expect(
      read({ ...manifest, mediaType: 'application/vnd.oci.image.index.v1+json' })
    ).toMatchObject({ kind: 'other', why: expect.stringContaining('image.index') })
    expect(
      read({ ...manifest, artifactType: 'application/vnd.cncf.helm.config.v1+json' })
    ).toMatchObject({ kind: 'other', why: expect.stringContaining('not an MDA artifact') })
    expect(read({ ...manifest, layers: [...manifest.layers, ...manifest.layers] })).toMatchObject({
      kind: 'other'
    })
    expect(
      read({
        ...manifest,
        annotations: { ...manifest.annotations, [ANNOTATION.sha256]: 'cd'.repeat(32) }
      })
    ).toMatchObject({ kind: 'other', why: expect.stringContaining('annotations say SHA-256') })
    expect(
      read({ ...manifest, annotations: { ...manifest.annotations, [ANNOTATION.app]: undefined } })
    ).toMatchObject({ kind: 'other', why: expect.stringContaining('no app') })
  })
})

describe('bcrypt for htpasswd', () => {
  it('matches the OpenBSD test vector', () => {
    // From OpenBSD's regress/lib/libc/bcrypt and John the Ripper's bcrypt tests.
    expect(bcryptWithSalt('U*U', 5, 'CCCCCCCCCCCCCCCCCCCCC.')).toBe(
      '$2b$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW'
    )
  })
})
