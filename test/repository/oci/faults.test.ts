import { existsSync } from 'node:fs'
import { open, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigurationError, OperationError } from '../../../src/errors.js'
import { OciRepository } from '../../../src/repository/oci/oci-repository.js'
import { startCuttingProxy } from '../../support/registry/cutting-proxy.js'
import {
  blobDataPath,
  freePort,
  startRegistry,
  type RunningRegistry
} from '../../support/registry/registry.js'
import { testPolicy } from '../../support/retry.js'
import { randomPackage, registryTags, tempDir } from './fixture.js'

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

/** A registry that answers every request 404 NAME_UNKNOWN, as one does for a repository that must be created first. */
async function unknownNameRegistry(): Promise<{ port: number; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      res.writeHead(404, { 'Content-Type': 'application/json' })
      res.end(
        JSON.stringify({
          errors: [{ code: 'NAME_UNKNOWN', message: 'repository name not known to registry' }]
        })
      )
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}

describe('oci:// faults', () => {
  it('calls a repository the registry does not know a configuration error, not one to retry', async () => {
    const unknown = await unknownNameRegistry()
    try {
      const retry = testPolicy()
      const repository = new OciRepository(`oci://127.0.0.1:${unknown.port}/nowhere`, {
        env: {},
        retry
      })
      const publish = repository.publish(await randomPackage(work.dir, 'nowhere', '1.0.0.1', 10))
      await expect(publish).rejects.toThrow(ConfigurationError)
      await expect(publish).rejects.toThrow(
        `registry 127.0.0.1:${unknown.port} answered HTTP 404 to the start of a blob upload in nowhere (NAME_UNKNOWN: repository name not known to registry): it has no repository nowhere; check the repository in the URI (oci://HOST/REPO), or create it first where the registry needs that (Harbor projects, Amazon ECR repositories)`
      )
      expect(retry.clock.sleeps).toEqual([])
    } finally {
      await unknown.close()
    }
  })

  it('names the host when the registry is down, after trying for the time allowed', async () => {
    const port = await freePort()
    const retry = testPolicy({ maxAttempts: 3 })
    const repository = new OciRepository(`oci://127.0.0.1:${port}/hello`, { env: {}, retry })
    const list = repository.list('hello')
    await expect(list).rejects.toThrow(OperationError)
    await expect(list).rejects.toThrow(
      new RegExp(
        `^registry 127\\.0\\.0\\.1:${port}: GET /v2/hello/tags/list failed 3 times over \\d+\\.\\d s \\(registry 127\\.0\\.0\\.1:${port} refused the connection: is the registry running at http://127\\.0\\.0\\.1:${port}\\?\\): the registry is down or overloaded: try again later`
      )
    )
    expect(retry.clock.sleeps).toHaveLength(2)
    const publish = repository.publish(await randomPackage(work.dir, 'hello', '1.0.0.1', 10))
    await expect(publish).rejects.toThrow(`registry 127.0.0.1:${port} refused the connection`)
  })

  it('goes on through a connection reset mid-upload that the registry kept part of', async () => {
    // A TCP cut (RST) in the third PATCH: docker-registry keeps what arrived, drops the upload
    // when its status is asked, and the upload starts over in a new session.
    const proxy = await startCuttingProxy(registry.port, (2 << 20) + 1000)
    try {
      const retry = testPolicy()
      const repository = new OciRepository(`oci://127.0.0.1:${proxy.port}/reset`, {
        env: {},
        chunkSize: 1 << 20,
        retry
      })
      const pkg = await randomPackage(work.dir, 'reset', '1.0.0.1', 4 << 20)
      expect((await repository.publish(pkg)).created).toBe(true)
      expect(proxy.cut).toBe(true)
      expect(retry.clock.sleeps).toHaveLength(1)
      expect(await registryTags(registry.url, 'reset')).toEqual(['1.0.0.1'])
    } finally {
      await proxy.stop()
    }
  })

  it('refuses a download whose bytes do not match, and removes the file', async () => {
    const repository = new OciRepository(`oci://${registry.host}/tampered`, { env: {} })
    const pkg = await randomPackage(work.dir, 'tampered', '1.0.0.1', 64 * 1024)
    await repository.publish(pkg)
    // Flip one byte of the stored blob, size unchanged.
    const handle = await open(blobDataPath(registry.storage, pkg.record.sha256), 'r+')
    try {
      const byte = Buffer.alloc(1)
      await handle.read(byte, 0, 1, 1000)
      byte[0] = byte[0]! ^ 0xff
      await handle.write(byte, 0, 1, 1000)
    } finally {
      await handle.close()
    }
    const dest = join(work.dir, 'tampered.mda')
    await writeFile(dest, 'an older file that must not survive either')
    const download = repository.download('tampered', '1.0.0.1', dest)
    await expect(download).rejects.toThrow(ConfigurationError)
    await expect(download).rejects.toThrow(
      new RegExp(
        `arrived with SHA-256 [0-9a-f]{64} \\(65536 bytes\\), but it was published with ${pkg.record.sha256}`
      )
    )
    expect(existsSync(dest)).toBe(false)
  })

  it.each([
    ['in one PUT', 64 * 1024],
    ['in chunks', (2 << 20) + 7]
  ])(
    'refuses a file that changed since it was hashed (%s), publishing nothing',
    async (_, size) => {
      const name = `changed-${size}`
      const repository = new OciRepository(`oci://${registry.host}/${name}`, {
        env: {},
        chunkSize: 1 << 20
      })
      const pkg = await randomPackage(work.dir, name, '1.0.0.1', size)
      // Flip the last byte: overwriting it with a fixed value would leave
      // the file unchanged whenever the random byte already had that value.
      const handle = await open(pkg.file, 'r+')
      try {
        const byte = Buffer.alloc(1)
        await handle.read(byte, 0, 1, size - 1)
        byte[0] = byte[0]! ^ 0xff
        await handle.write(byte, 0, 1, size - 1)
      } finally {
        await handle.close()
      }
      const publish = repository.publish(pkg)
      await expect(publish).rejects.toThrow(ConfigurationError)
      await expect(publish).rejects.toThrow(/changed while it was being published/)
      expect(await registryTags(registry.url, name)).toEqual([])
    }
  )
})
