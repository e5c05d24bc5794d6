import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../../src/errors.js'
import { silentLogger } from '../../../src/log.js'
import { packDeploymentFolder } from '../../../src/mda/pack.js'
import { OciRepository } from '../../../src/repository/oci/oci-repository.js'
import { openRepository } from '../../../src/repository/open-repository.js'
import type { PackageRepository } from '../../../src/repository/package-repository.js'
import { publishPackage } from '../../../src/repository/publish-package.js'
import { startRegistry, type RunningRegistry } from '../../support/registry/registry.js'
import { startRegistryProxy } from '../../support/registry/registry-proxy.js'
import { randomPackage, recordingLogger, registryTags, tempDir } from './fixture.js'

const DEPLOYMENT = new URL('../../../examples/hello/deployment', import.meta.url).pathname

let registry: RunningRegistry
let work: Awaited<ReturnType<typeof tempDir>>

beforeAll(async () => {
  registry = await startRegistry()
  work = await tempDir()
})
afterAll(async () => {
  await registry?.stop()
  await work?.remove()
})

async function pack(name: string, stories: string[]): Promise<string> {
  const out = join(work.dir, name)
  await packDeploymentFolder({
    deploymentDir: DEPLOYMENT,
    out,
    version: '1.2.0.15',
    app: 'hello',
    commit: 'c0ffee0000000000000000000000000000000000',
    branch: 'main',
    entryDate: new Date('2026-01-01T00:00:00Z'),
    builtAt: new Date('2026-01-01T00:00:00Z'),
    builder: 'mxdeploy test',
    stories
  })
  return out
}

async function manifestOf(
  repository: string,
  tag: string
): Promise<{ digest: string; body: unknown }> {
  const res = await fetch(`${registry.url}/v2/${repository}/manifests/${tag}`, {
    headers: { Accept: 'application/vnd.oci.image.manifest.v1+json' }
  })
  expect(res.status).toBe(200)
  return { digest: res.headers.get('docker-content-digest')!, body: await res.json() }
}

describe('oci:// on an anonymous docker-registry', () => {
  it('publishes an MDA, lists it, gets latest, downloads it verified, and never overwrites', async () => {
    const uri = `oci://${registry.host}/team/hello`
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'org/hello' }
    const repository: PackageRepository = await openRepository(uri, { cwd: work.dir, env })
    const mda = await pack('hello.mda', ['ABC-1'])
    const options = { env: { GITHUB_ACTOR: 'octocat' }, log: silentLogger }

    const first = await publishPackage(repository, mda, options)
    expect(first.created).toBe(true)
    const manifest = await manifestOf('team/hello', '1.2.0.15')
    expect(first.record.url).toBe(`${registry.host}/team/hello:1.2.0.15@${manifest.digest}`)
    expect(manifest.body).toMatchObject({
      artifactType: 'application/vnd.mendix.mda.v1+zip',
      config: { mediaType: 'application/vnd.oci.empty.v1+json', size: 2 },
      layers: [
        {
          mediaType: 'application/vnd.mendix.mda.v1+zip',
          digest: `sha256:${first.record.sha256}`,
          annotations: { 'org.opencontainers.image.title': 'hello_1.2.0.15.mda' }
        }
      ],
      annotations: {
        'org.opencontainers.image.version': '1.2.0.15',
        'org.opencontainers.image.revision': 'c0ffee0000000000000000000000000000000000',
        'org.opencontainers.image.source': 'https://github.com/org/hello',
        'org.opencontainers.image.created': first.record.createdAt,
        'dev.mxdeploy.app': 'hello',
        'dev.mxdeploy.created-by': 'octocat',
        'dev.mxdeploy.stories': '["ABC-1"]'
      }
    })

    const listed = await repository.list('hello')
    expect(listed).toEqual([first.record])
    expect(listed[0]).toMatchObject({
      app: 'hello',
      version: '1.2.0.15',
      size: (await stat(mda)).size,
      branch: 'main',
      createdBy: 'octocat',
      stories: ['ABC-1']
    })
    expect(await repository.list('other-app')).toEqual([])
    expect(await repository.get('hello', 'latest')).toEqual(first.record)
    expect(await repository.get('hello', '1.2.0.15')).toEqual(first.record)
    expect(await repository.get('hello', '9.9.9.9')).toBeUndefined()
    expect(await repository.get('other-app', '1.2.0.15')).toBeUndefined()

    const dest = join(work.dir, 'out', 'hello.mda')
    expect(await repository.download('hello', 'latest', dest)).toEqual(first.record)
    expect((await readFile(dest)).equals(await readFile(mda))).toBe(true)

    // The same bytes again: success, nothing written.
    const again = await publishPackage(repository, mda, options)
    expect(again).toEqual({ record: first.record, created: false })
    expect((await manifestOf('team/hello', '1.2.0.15')).digest).toBe(manifest.digest)

    // Other bytes under the same version: refused, the tag unchanged.
    const other = await pack('other.mda', ['ABC-2'])
    const refused = publishPackage(repository, other, options)
    await expect(refused).rejects.toThrow(ConfigurationError)
    await expect(refused).rejects.toThrow(/already published with other content/)
    expect((await manifestOf('team/hello', '1.2.0.15')).digest).toBe(manifest.digest)
    expect(await registryTags(registry.url, 'team/hello')).toEqual(['1.2.0.15'])
  })

  it('uploads a file larger than a chunk in PATCHes and downloads it intact', async () => {
    const proxy = await startRegistryProxy(registry.port)
    try {
      const repository = new OciRepository(`oci://127.0.0.1:${proxy.port}/chunked`, {
        env: {},
        chunkSize: 1 << 20
      })
      const size = (3 << 20) + 12345
      const pkg = await randomPackage(work.dir, 'big', '2.0.0.1', size)
      const { created } = await repository.publish(pkg)
      expect(created).toBe(true)
      const uploads = proxy.requests.filter((r) => r.path.includes('/blobs/uploads/'))
      expect(uploads.map((r) => `${r.method} ${r.contentRange ?? ''}`)).toEqual([
        'POST ',
        'PATCH 0-1048575',
        'PATCH 1048576-2097151',
        'PATCH 2097152-3145727',
        `PATCH 3145728-${size - 1}`,
        'PUT ',
        // the empty config: one monolithic POST + PUT
        'POST ',
        'PUT '
      ])
      const dest = join(work.dir, 'big.mda')
      await repository.download('big', '2.0.0.1', dest)
      expect((await readFile(dest)).equals(pkg.bytes)).toBe(true)

      // The same content under another version reuses the blob: HEAD finds it, no upload.
      proxy.requests.length = 0
      const reuse = await repository.publish({
        file: pkg.file,
        record: { ...pkg.record, version: '2.0.0.2' }
      })
      expect(reuse.created).toBe(true)
      expect(proxy.requests.filter((r) => r.method === 'PATCH')).toEqual([])
    } finally {
      await proxy.stop()
    }
  })

  it('lists newest first, deletes by digest, and skips tags that are not its packages', async () => {
    const log = recordingLogger()
    const repository = new OciRepository(`oci://${registry.host}/lister`, { env: {}, log })
    for (const [version, createdAt] of [
      ['1.0.0.1', '2026-01-01T00:00:00.000Z'],
      ['1.0.0.3', '2026-01-03T00:00:00.000Z'],
      ['1.0.0.2', '2026-01-02T00:00:00.000Z']
    ] as const) {
      await repository.publish(await randomPackage(work.dir, 'lister', version, 100, { createdAt }))
    }
    await repository.publish(await randomPackage(work.dir, 'someone-else', '7.0.0.0', 100))
    // A foreign artifact under a version-like tag.
    const foreign = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: 'application/vnd.example.thing',
      config: {
        mediaType: 'application/vnd.oci.empty.v1+json',
        digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
        size: 2
      },
      layers: []
    })
    const put = await fetch(`${registry.url}/v2/lister/manifests/1.0.0.9`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/vnd.oci.image.manifest.v1+json' },
      body: foreign
    })
    expect(put.status).toBe(201)

    expect((await repository.list('lister')).map((r) => r.version)).toEqual([
      '1.0.0.3',
      '1.0.0.2',
      '1.0.0.1'
    ])
    expect(log.lines.some((l) => l.includes('tag 1.0.0.9 skipped'))).toBe(true)
    expect((await repository.get('lister', 'latest'))?.version).toBe('1.0.0.3')

    const onForeignTag = repository.publish(await randomPackage(work.dir, 'lister', '1.0.0.9', 10))
    await expect(onForeignTag).rejects.toThrow(/not an mxdeploy package/)
    const onOtherApp = repository.publish(await randomPackage(work.dir, 'lister', '7.0.0.0', 10))
    await expect(onOtherApp).rejects.toThrow(/already holds someone-else 7.0.0.0/)

    await repository.delete('lister', '1.0.0.2')
    expect((await repository.list('lister')).map((r) => r.version)).toEqual(['1.0.0.3', '1.0.0.1'])
    expect(await registryTags(registry.url, 'lister')).not.toContain('1.0.0.2')
    await repository.delete('lister', '1.0.0.2') // already gone: nothing to do
    await expect(repository.delete('lister', '7.0.0.0')).rejects.toThrow(/not a package of lister/)
    await expect(repository.delete('lister', '1.0.0.9')).rejects.toThrow(ConfigurationError)
    await expect(repository.download('lister', '1.0.0.2', join(work.dir, 'x'))).rejects.toThrow(
      /not in the package repository/
    )
  })

  it('says how to enable deletes when the registry has them off', async () => {
    const strict = await startRegistry({ deleteEnabled: false })
    try {
      const repository = new OciRepository(`oci://${strict.host}/hello`, { env: {} })
      await repository.publish(await randomPackage(work.dir, 'hello', '1.0.0.1', 10))
      await expect(repository.delete('hello', '1.0.0.1')).rejects.toThrow(
        /storage\.delete\.enabled: true/
      )
      expect(await registryTags(strict.url, 'hello')).toEqual(['1.0.0.1'])
    } finally {
      await strict.stop()
    }
  })

  it('refuses to delete on ghcr.io and points to GitHub Packages', async () => {
    const repository = new OciRepository('oci://ghcr.io/org/hello', { env: {} })
    await expect(repository.delete('hello', '1.0.0.1')).rejects.toThrow(ConfigurationError)
    await expect(repository.delete('hello', '1.0.0.1')).rejects.toThrow(/Manage versions/)
  })
})
