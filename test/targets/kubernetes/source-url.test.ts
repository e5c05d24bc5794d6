import { describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../../src/errors.js'
import type { PackageRecord } from '../../../src/repository/package-repository.js'
import { checkAnonymousRead, sourceUrlFor } from '../../../src/targets/kubernetes/source-url.js'
import { MemoryLogger } from '../../support/mendix-cloud/workspace.js'

const SHA = 'd'.repeat(64)
const pkg = (url: string): PackageRecord => ({
  app: 'hello',
  version: '1.2.0.7',
  sha256: SHA,
  size: 1,
  runtimeVersion: '10.24.8.80126',
  modelVersion: '1.2.0.7',
  commit: null,
  branch: null,
  createdAt: '2026-01-01T00:00:00Z',
  createdBy: 'ci',
  url,
  stories: []
})

function refused(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return (error as Error).message
  }
  throw new Error('not refused')
}

describe('which package repositories give the operator a sourceURL', () => {
  it('an OCI repository: the MDA blob, whose digest is the MDA SHA-256', () => {
    expect(
      sourceUrlFor('oci://ghcr.io/acme/hello', pkg('ghcr.io/acme/hello:1.2.0.7@sha256:x'), {}, 'p')
    ).toBe(`https://ghcr.io/v2/acme/hello/blobs/sha256:${SHA}`)
    // Plain HTTP where the OCI repository itself uses it (loopback, MXDEPLOY_OCI_PLAIN_HTTP).
    expect(
      sourceUrlFor(
        'oci://registry.lan:5000/hello',
        pkg(''),
        { MXDEPLOY_OCI_PLAIN_HTTP: 'true' },
        'p'
      )
    ).toBe(`http://registry.lan:5000/v2/hello/blobs/sha256:${SHA}`)
  })

  it('a GitHub release: the asset download URL', () => {
    const asset = 'https://github.com/acme/hello/releases/download/hello-v1.2.0.7/hello_1.2.0.7.mda'
    expect(sourceUrlFor('github-release', pkg(asset), {}, 'p')).toBe(asset)
  })

  it('refuses a file: folder and GitHub Actions artifacts, saying why and what works', () => {
    expect(
      refused(() =>
        sourceUrlFor('file:/work/.mxdeploy/packages', pkg('/work/x.mda'), {}, 'production')
      )
    ).toBe(
      'environment production deploys to Kubernetes, but its packages are in file:/work/.mxdeploy/packages: a file: repository is a folder on the machine that runs mxdeploy, which the cluster cannot read. The Mendix Operator downloads spec.sourceURL over http(s) without credentials; use repository: oci://HOST/REPO on a registry that allows anonymous pulls, or github-release in a public repository'
    )
    expect(
      refused(() =>
        sourceUrlFor(
          'artifact:packages',
          pkg('https://github.com/a/b/actions/runs/1'),
          {},
          'production'
        )
      )
    ).toContain('GitHub Actions artifacts are downloaded only with a GitHub token')
  })
})

function answering(status: number | Error): typeof fetch {
  return () =>
    status instanceof Error
      ? Promise.reject(status)
      : Promise.resolve(new Response(status === 206 ? 'P' : '', { status }))
}

describe('checking that the package downloads without credentials', () => {
  const url = `https://ghcr.io/v2/acme/hello/blobs/sha256:${SHA}`

  it('goes on for 200 and 206', async () => {
    const log = new MemoryLogger()
    await checkAnonymousRead(url, 'production', log, { fetch: answering(206) })
    await checkAnonymousRead(url, 'production', log, { fetch: answering(200) })
    expect(log.lines).toEqual([])
  })

  it.each([401, 403, 404])(
    'refuses %i, the answer of a repository that wants credentials',
    async (status) => {
      const failed = await checkAnonymousRead(url, 'production', new MemoryLogger(), {
        fetch: answering(status)
      }).catch((error: unknown) => error)
      expect(failed).toBeInstanceOf(ConfigurationError)
      expect((failed as Error).message).toContain(`it answers ${status} without credentials`)
    }
  )

  it('only warns when this machine cannot reach it, since the cluster may', async () => {
    const log = new MemoryLogger()
    await checkAnonymousRead(url, 'production', log, {
      fetch: answering(new TypeError('fetch failed'))
    })
    expect(log.text).toContain(
      `warning: could not check that the cluster can download ${url} (fetch failed)`
    )
  })

  it('sends no credentials and asks for one byte', async () => {
    let seen: RequestInit | undefined
    await checkAnonymousRead(url, 'production', new MemoryLogger(), {
      fetch: (_: unknown, init?: RequestInit) => {
        seen = init
        return Promise.resolve(new Response('P', { status: 206 }))
      }
    })
    expect(seen?.headers).toEqual({ Range: 'bytes=0-0' })
  })
})
