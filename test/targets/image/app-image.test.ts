import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../../src/errors.js'
import { buildAppImage, type AppImageRequest } from '../../../src/targets/image/app-image.js'
import type { LayerCompression } from '../../../src/targets/image/app-layer.js'
import { ImageProgress } from '../../../src/targets/image/progress.js'
import type { PlatformChoice } from '../../../src/targets/image/read-image.js'
import { openRegistries } from '../../../src/targets/image/registries.js'
import { MemoryLogger } from '../../support/mendix-cloud/workspace.js'
import {
  EXAMPLE,
  examplePackage,
  SOURCE_DATE,
  startBases,
  type Bases
} from '../../support/image/image-fixture.js'
import { skopeo, skopeoInspect, tool, umoci } from '../../support/image/tools.js'
import { registryTags } from '../../repository/oci/fixture.js'
import { startRegistryProxy } from '../../support/registry/registry-proxy.js'

let bases: Bases
let mda: Awaited<ReturnType<typeof examplePackage>>
let work: string

beforeAll(async () => {
  bases = await startBases()
  work = await mkdtemp(join(tmpdir(), 'mxdeploy-app-image-'))
  mda = await examplePackage(work)
})

afterAll(async () => {
  await bases?.stop()
  await rm(work, { recursive: true, force: true })
})

function request(
  image: string,
  options: {
    base?: string
    platforms?: PlatformChoice
    compression?: LayerCompression
    log?: MemoryLogger
  } = {}
): AppImageRequest {
  const log = options.log ?? new MemoryLogger()
  return {
    registries: openRegistries(
      { base: options.base ?? bases.single, image },
      { env: {}, log, what: 'test' }
    ),
    package: mda.package,
    mdaPath: mda.mdaPath,
    created: SOURCE_DATE,
    platforms: options.platforms ?? { kind: 'default' },
    compression: options.compression ?? 'gzip',
    source: 'https://github.com/acme/hello',
    progress: new ImageProgress(log)
  }
}

/** Copies the image into an OCI layout with skopeo and unpacks it with umoci. */
async function unpack(
  reference: string,
  extra: string[] = []
): Promise<{ bundle: string; layout: string }> {
  const dir = await mkdtemp(join(work, 'unpack-'))
  const layout = join(dir, 'layout')
  await skopeo(['copy', ...extra, `docker://${reference}`, `oci:${layout}:image`])
  const bundle = join(dir, 'bundle')
  await umoci(['unpack', '--rootless', '--image', `${layout}:image`, bundle])
  return { bundle, layout }
}

describe('the app image', () => {
  it('is the base with the MDA unpacked at /opt/mendix/build, read back by skopeo and umoci', async () => {
    const image = `${bases.registry.host}/acme/hello`
    const built = await buildAppImage(request(image))
    expect(built.pushed).toBe(true)
    expect(built.reference).toBe(`${image}:1.2.0.1@${built.digest}`)

    const inspected = await skopeoInspect(`${image}:1.2.0.1`)
    expect(inspected['Digest']).toBe(built.digest)
    expect(inspected['Architecture']).toBe('amd64')
    expect(inspected['Labels']).toEqual({
      maintainer: 'base@example.com',
      'org.opencontainers.image.version': '1.2.0.1',
      'org.opencontainers.image.created': SOURCE_DATE,
      'org.opencontainers.image.source': 'https://github.com/acme/hello',
      'dev.mxdeploy.app': 'hello',
      'dev.mxdeploy.sha256': mda.package.sha256,
      'dev.mxdeploy.runtime-version': '10.24.8.80126'
    })
    expect(inspected['Created']).toBe('2026-01-02T03:04:05Z')
    // The base's layer, then the app's.
    const base = await skopeoInspect(bases.single)
    expect(inspected['Layers']).toHaveLength(2)
    expect(inspected['Layers'][0]).toBe(base['Layers'][0])

    const config = JSON.parse(await skopeo(['inspect', '--config', `docker://${image}:1.2.0.1`]))
    expect(config.config.User).toBe('1001')
    expect(config.config.Entrypoint).toEqual(['/opt/mendix/build/startup.py'])
    expect(config.config.Env).toContain('PORT=8080')
    expect(config.history.at(-1)).toEqual({
      created: SOURCE_DATE,
      created_by: 'mxdeploy: hello 1.2.0.1 unpacked at /opt/mendix/build',
      comment: 'mxdeploy'
    })

    const { bundle, layout } = await unpack(`${image}:1.2.0.1`)
    const rootfs = join(bundle, 'rootfs')
    for (const file of [
      'model/model.mdp',
      'web/index.html',
      'model/bundles/hello-javaactions.jar'
    ]) {
      const want = await readFile(join(EXAMPLE, file))
      expect((await readFile(join(rootfs, 'opt/mendix/build', file))).equals(want)).toBe(true)
    }
    // The base's files stay beside the app's.
    expect(await readFile(join(rootfs, 'opt/mendix/build/startup.py'), 'utf8')).toContain(
      'stand-in'
    )
    const metadata = JSON.parse(
      await readFile(join(rootfs, 'opt/mendix/build/model/metadata.json'), 'utf8')
    )
    expect(metadata.ModelVersion).toBe('1.2.0.1')
    const runtime = JSON.parse(await readFile(join(bundle, 'config.json'), 'utf8'))
    expect(runtime.process.cwd).toBe('/opt/mendix/build')

    // Owners, modes and times as GNU tar lists the app layer.
    const manifest = JSON.parse(await skopeo(['inspect', '--raw', `docker://${image}:1.2.0.1`]))
    expect(manifest.mediaType).toBe('application/vnd.oci.image.manifest.v1+json')
    expect(manifest.annotations['org.opencontainers.image.base.name']).toBe(bases.single)
    expect(manifest.annotations['org.opencontainers.image.base.digest']).toBe(base['Digest'])
    const layer = manifest.layers[1]
    expect(layer.mediaType).toBe('application/vnd.oci.image.layer.v1.tar+gzip')
    const blob = join(layout, 'blobs/sha256', layer.digest.slice(7))
    const rows = execFileSync('tar', ['--numeric-owner', '--full-time', '-tvzf', blob], {
      env: { ...process.env, TZ: 'UTC' }
    })
      .toString()
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/))
    const names = rows.map((r) => r.slice(5).join(' '))
    expect(names.slice(0, 4)).toEqual([
      'opt/',
      'opt/mendix/',
      'opt/mendix/build/',
      'opt/mendix/build/model/'
    ])
    expect(names).toEqual([...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))))
    expect(rows[0]!.slice(0, 2)).toEqual(['drwxr-xr-x', '0/0'])
    for (const row of rows.slice(1)) {
      expect(row[1]).toBe('1001/0')
      expect(`${row[3]} ${row[4]}`).toBe('2026-01-02 03:04:05')
      expect(row[0]).toMatch(/^(drwxrwxr-x|-rw-rw-r--)$/)
    }
    expect(rows.filter((r) => r[0]!.startsWith('-')).length).toBe(
      Number(
        execFileSync('unzip', ['-Z1', mda.mdaPath])
          .toString()
          .trim()
          .split('\n')
          .filter((n) => !n.endsWith('/')).length
      )
    )
    const diffId = `sha256:${(await tool('sh', ['-c', `gzip -dc ${blob} | sha256sum`])).split(' ')[0]}`
    expect(config.rootfs.diff_ids.at(-1)).toBe(diffId)
    expect((await stat(blob)).size).toBe(layer.size)
  })

  it('has the same digest for the same input, in any repository, with gzip or without', async () => {
    for (const compression of ['gzip', 'none'] as const) {
      const one = await buildAppImage(
        request(`${bases.registry.host}/one/${compression}`, { compression })
      )
      const two = await buildAppImage(
        request(`${bases.registry.host}/two/${compression}`, { compression })
      )
      expect(two.digest).toBe(one.digest)
      expect(one.pushed && two.pushed).toBe(true)
      // Built again into the same repository: found, not pushed.
      const again = await buildAppImage(
        request(`${bases.registry.host}/one/${compression}`, { compression })
      )
      expect(again).toMatchObject({ pushed: false, digest: one.digest })
    }
    const plain = JSON.parse(
      await skopeo(['inspect', '--raw', `docker://${bases.registry.host}/one/none:1.2.0.1`])
    )
    const plainConfig = JSON.parse(
      await skopeo(['inspect', '--config', `docker://${bases.registry.host}/one/none:1.2.0.1`])
    )
    expect(plain.layers[1].mediaType).toBe('application/vnd.oci.image.layer.v1.tar')
    // Uncompressed, the blob is the tar: its digest is its DiffID.
    expect(plain.layers[1].digest).toBe(plainConfig.rootfs.diff_ids[1])
  })
})

describe('platforms', () => {
  it('takes linux/amd64 from a multi-platform base unless told otherwise', async () => {
    const image = `${bases.registry.host}/multi/default`
    const built = await buildAppImage(request(image, { base: bases.multi }))
    const raw = JSON.parse(await skopeo(['inspect', '--raw', `docker://${image}:1.2.0.1`]))
    expect(raw.mediaType).toBe('application/vnd.oci.image.manifest.v1+json')
    expect((await skopeoInspect(`${image}:1.2.0.1`))['Architecture']).toBe('amd64')
    expect(built.images.map((i) => i.platform)).toEqual([{ os: 'linux', architecture: 'amd64' }])
  })

  it('builds the platform asked for, or every one of the base as an index', async () => {
    const arm = `${bases.registry.host}/multi/arm`
    await buildAppImage(
      request(arm, {
        base: bases.multi,
        platforms: { kind: 'list', platforms: [{ os: 'linux', architecture: 'arm64' }] }
      })
    )
    expect(
      (await skopeoInspect(`${arm}:1.2.0.1`, ['--override-arch', 'arm64']))['Architecture']
    ).toBe('arm64')

    const all = `${bases.registry.host}/multi/all`
    const built = await buildAppImage(
      request(all, { base: bases.multi, platforms: { kind: 'all' } })
    )
    const index = JSON.parse(await skopeo(['inspect', '--raw', `docker://${all}:1.2.0.1`]))
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json')
    expect(index.manifests.map((m: any) => m.platform)).toEqual([
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64' }
    ])
    expect(index.annotations['dev.mxdeploy.platforms']).toBe('linux/amd64,linux/arm64')
    expect(built.digest).toBe(
      `sha256:${(await tool('sh', ['-c', `skopeo inspect --tls-verify=false --raw docker://${all}:1.2.0.1 | sha256sum`])).split(' ')[0]}`
    )
    for (const arch of ['amd64', 'arm64']) {
      const inspected = await skopeoInspect(`${all}:1.2.0.1`, ['--override-arch', arch])
      expect(inspected['Architecture']).toBe(arch)
      expect(inspected['Labels']['dev.mxdeploy.sha256']).toBe(mda.package.sha256)
      const { bundle } = await unpack(`${all}:1.2.0.1`, ['--override-arch', arch])
      expect(await readFile(join(bundle, 'rootfs/opt/mendix/build/startup.py'), 'utf8')).toContain(
        `# ${arch}`
      )
      await stat(join(bundle, 'rootfs/opt/mendix/build/model/metadata.json'))
    }
  })

  it('refuses a base without the platform, and pushes nothing', async () => {
    const image = `${bases.registry.host}/multi/none`
    const wrong = request(image, {
      base: bases.multi,
      platforms: { kind: 'list', platforms: [{ os: 'linux', architecture: 's390x' }] }
    })
    await expect(buildAppImage(wrong)).rejects.toThrow(ConfigurationError)
    await expect(buildAppImage(wrong)).rejects.toThrow(
      `base image ${bases.multi} has no image for linux/s390x (it has linux/amd64, linux/arm64)`
    )
    const single = request(image, {
      platforms: { kind: 'list', platforms: [{ os: 'linux', architecture: 'arm64' }] }
    })
    await expect(buildAppImage(single)).rejects.toThrow('it is a single linux/amd64 image')
    expect(await registryTags(bases.registry.url, 'multi/none')).toEqual([])
  })
})

describe('bases', () => {
  it('builds an OCI image on a Docker schema 2 base, with the layer types image-spec says are the same', async () => {
    const image = `${bases.registry.host}/docker/hello`
    await buildAppImage(request(image, { base: bases.docker }))
    const base = JSON.parse(await skopeo(['inspect', '--raw', `docker://${bases.docker}`]))
    expect(base.mediaType).toBe('application/vnd.docker.distribution.manifest.v2+json')
    const raw = JSON.parse(await skopeo(['inspect', '--raw', `docker://${image}:1.2.0.1`]))
    expect(raw.mediaType).toBe('application/vnd.oci.image.manifest.v1+json')
    expect(raw.config.mediaType).toBe('application/vnd.oci.image.config.v1+json')
    expect(raw.layers[0]).toEqual({
      mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
      digest: base.layers[0].digest,
      size: base.layers[0].size
    })
    const { bundle } = await unpack(`${image}:1.2.0.1`)
    await stat(join(bundle, 'rootfs/opt/mendix/build/web/index.html'))
  })

  it('mounts base layers from the same registry and copies them from another', async () => {
    const log = new MemoryLogger()
    await buildAppImage(request(`${bases.registry.host}/mounted/hello`, { log }))
    expect(log.text).toMatch(/base layer sha256:[0-9a-f]{12} \(.*\) mounted from .*\/base\/runtime/)

    const other = await (await import('../../support/registry/registry.js')).startRegistry()
    try {
      const copyLog = new MemoryLogger()
      const image = `${other.host}/acme/hello`
      await buildAppImage(request(image, { log: copyLog }))
      expect(copyLog.text).toMatch(
        /base layer sha256:[0-9a-f]{12} \(.*\) copied from .*\/base\/runtime/
      )
      const { bundle } = await unpack(`${image}:1.2.0.1`)
      await stat(join(bundle, 'rootfs/opt/mendix/build/startup.py'))
    } finally {
      await other.stop()
    }
  })

  it('copies a base layer through this machine when the registry opens an upload instead of mounting', async () => {
    let mounts = 0
    const proxy = await startRegistryProxy(bases.registry.port, {
      answer: (request) => {
        if (request.method !== 'POST' || !request.path.endsWith('/proxied/hello/blobs/uploads/'))
          return undefined
        // The first POST is the mount: answer it as a registry that cannot mount does.
        if (mounts++ > 0) return undefined
        return { status: 202, headers: { Location: '/v2/proxied/hello/blobs/uploads/abandoned' } }
      }
    })
    try {
      const host = `127.0.0.1:${proxy.port}`
      const log = new MemoryLogger()
      const image = `${host}/proxied/hello`
      await buildAppImage(request(image, { base: `${host}/base/runtime:10.24.8`, log }))
      expect(log.text).toMatch(
        /base layer sha256:[0-9a-f]{12} \(.*\) copied from .*\/base\/runtime/
      )
      const methods = proxy.requests.map((r) => `${r.method} ${r.path}`)
      expect(methods).toContain('DELETE /v2/proxied/hello/blobs/uploads/abandoned')
      const { bundle } = await unpack(`${image}:1.2.0.1`)
      await stat(join(bundle, 'rootfs/opt/mendix/build/startup.py'))
    } finally {
      await proxy.stop()
    }
  })

  it('refuses a base that is not there, or whose registry does not answer, and pushes nothing', async () => {
    const image = `${bases.registry.host}/missing/hello`
    const missing = request(image, { base: `${bases.registry.host}/base/runtime:9.9` })
    await expect(buildAppImage(missing)).rejects.toThrow(ConfigurationError)
    await expect(buildAppImage(missing)).rejects.toThrow(
      `base image ${bases.registry.host}/base/runtime:9.9 is not in registry ${bases.registry.host} (no manifest 9.9)`
    )
    const { freePort } = await import('../../support/registry/registry.js')
    const closed = `127.0.0.1:${await freePort()}/base/runtime:1`
    const log = new MemoryLogger()
    const unreachable = {
      ...request(image, { base: closed, log }),
      registries: openRegistries(
        { base: closed, image },
        { env: { MXDEPLOY_RETRY_SECONDS: '0' }, log, what: 'test' }
      )
    }
    await expect(buildAppImage(unreachable)).rejects.toThrow(ConfigurationError)
    await expect(buildAppImage(unreachable)).rejects.toThrow(
      /base image .* cannot be read: .*refused the connection/
    )
    expect(await registryTags(bases.registry.url, 'missing/hello')).toEqual([])
  })

  it('never moves a version tag to another package or base', async () => {
    const image = `${bases.registry.host}/fixed/hello`
    const first = await buildAppImage(request(image))
    const other = request(image, { base: bases.docker })
    await expect(buildAppImage(other)).rejects.toThrow(ConfigurationError)
    await expect(buildAppImage(other)).rejects.toThrow(
      `image ${image}:1.2.0.1 already exists with base ${first.annotations['org.opencontainers.image.base.digest']}`
    )
    expect((await skopeoInspect(`${image}:1.2.0.1`))['Digest']).toBe(first.digest)
  })
})
