import { createHash, randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { cp, readFile, readdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../../../src/log.js'
import { packDeploymentFolder } from '../../../src/mda/pack.js'
import { verifyPackage } from '../../../src/mda/verify.js'
import { OciRepository } from '../../../src/repository/oci/oci-repository.js'
import { openRepository } from '../../../src/repository/open-repository.js'
import { publishPackage } from '../../../src/repository/publish-package.js'
import type { ProgressReporter } from '../../../src/progress/progress.js'
import {
  blobDataPath,
  startRegistry,
  type RunningRegistry
} from '../../support/registry/registry.js'
import { entryPlaces } from '../../zip/support/surgery.js'
import { randomPackage, recordingLogger, registryTags, tempDir } from './fixture.js'

// The package's chunks go into an upload session while it is verified (publishPackage with
// beginUpload); the blob is committed only for a package that passed. These tests look at the
// registry's own storage: a committed blob is blobs/sha256/…/data, an open upload the data in a
// folder of the repository's _uploads (the test registry purges none on its own).

const DEPLOYMENT = new URL('../../../examples/hello/deployment', import.meta.url).pathname
const MiB = 1 << 20

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

/**
 * The upload sessions of a repository that hold bytes. docker-registry 2.8 answers the DELETE of
 * an upload 204 and forgets it (a GET of it is 404 after), but leaves its folder behind with an
 * empty hash state in it: that is not counted, its `data` is.
 */
async function uploadsHoldingBytes(repository: string): Promise<string[]> {
  const dir = join(registry.storage, 'docker/registry/v2/repositories', repository, '_uploads')
  if (!existsSync(dir)) return []
  return (await readdir(dir)).filter((id) => existsSync(join(dir, id, 'data')))
}

/** An MDA of the hello app with a 6 MiB entry: several 1 MiB chunks to send. */
async function bigPackage(name: string): Promise<string> {
  const deployment = join(work.dir, `${name}-deployment`)
  await cp(DEPLOYMENT, deployment, { recursive: true })
  await writeFile(join(deployment, 'web', 'big.bin'), randomBytes(6 * MiB))
  const out = join(work.dir, `${name}.mda`)
  await packDeploymentFolder({
    deploymentDir: deployment,
    out,
    version: '1.2.0.15',
    app: 'hello',
    commit: 'c0ffee0000000000000000000000000000000000',
    branch: 'main',
    entryDate: new Date('2026-01-01T00:00:00Z'),
    builtAt: new Date('2026-01-01T00:00:00Z'),
    builder: 'mxdeploy test',
    stories: []
  })
  return out
}

describe('an OCI upload begun while the package is verified', () => {
  it('is cancelled for a package that fails verification: same error, no blob, no tag, no upload left', async () => {
    const good = await bigPackage('damaged')
    const zip = await readFile(good)
    const entry = entryPlaces(zip).find((p) => p.name === 'web/big.bin')!
    // A byte near the end of the big entry: verification fails late, after its CRC-32 pass.
    const at = entry.data + entry.compressedSize - 100
    zip[at] = zip[at]! ^ 0xff
    const bad = join(work.dir, 'bad.mda')
    await writeFile(bad, zip)
    const expected = await verifyPackage(bad).then(
      () => undefined,
      (error: unknown) => error
    )
    expect(expected).toBeInstanceOf(Error)
    expect((expected as Error).message).toMatch(/entry "web\/big\.bin" is damaged/)

    const repository = await openRepository(`oci://${registry.host}/team/bad`, {
      cwd: work.dir,
      env: { MXDEPLOY_OCI_CHUNK_MIB: '1' }
    })
    expect(typeof repository.beginUpload).toBe('function')
    const failed = await publishPackage(repository, bad, { env: {}, log: silentLogger }).then(
      () => undefined,
      (error: unknown) => error
    )
    expect(failed).toBeInstanceOf((expected as Error).constructor)
    expect((failed as Error).message).toBe((expected as Error).message)

    const hex = createHash('sha256').update(zip).digest('hex')
    expect(existsSync(blobDataPath(registry.storage, hex))).toBe(false)
    expect(await registryTags(registry.url, 'team/bad')).toEqual([])
    expect(await uploadsHoldingBytes('team/bad')).toEqual([])
  })

  it('drops the chunks it sent when cancelled, and a publish after it starts afresh', async () => {
    let sent = (): void => undefined
    const twoChunks = new Promise<void>((resolve) => (sent = resolve))
    // Bytes read into the third PATCH: the registry answered the first two.
    const progress: ProgressReporter = {
      start: () => ({
        update: (done) => (done > 2 * MiB ? sent() : undefined),
        advance: () => undefined,
        end: () => undefined
      })
    }
    const repository = new OciRepository(`oci://${registry.host}/team/cancelled`, {
      env: {},
      log: { ...recordingLogger(), progress },
      chunkSize: MiB
    })
    const pkg = await randomPackage(work.dir, 'hello', '1.2.0.15', 6 * MiB)
    const early = repository.beginUpload(pkg.file)
    await twoChunks
    const [session] = await uploadsHoldingBytes('team/cancelled')
    expect(session).toBeDefined()
    const held = join(registry.storage, 'docker/registry/v2/repositories/team/cancelled/_uploads')
    expect((await stat(join(held, session!, 'data'))).size).toBeGreaterThanOrEqual(2 * MiB)

    await early.cancel()
    expect(await uploadsHoldingBytes('team/cancelled')).toEqual([])
    expect(existsSync(blobDataPath(registry.storage, pkg.record.sha256))).toBe(false)
    expect(await registryTags(registry.url, 'team/cancelled')).toEqual([])
    // Cancelling twice, or after publish, does nothing more.
    await early.cancel()

    // A publish handed the cancelled upload cannot finish it: the file is uploaded anew.
    const published = await repository.publish({ ...pkg, early })
    expect(published.created).toBe(true)
    expect(
      (await readFile(blobDataPath(registry.storage, pkg.record.sha256))).equals(pkg.bytes)
    ).toBe(true)
  })

  it('commits the blob of a verified package, and a rerun leaves no upload open', async () => {
    const mda = await bigPackage('verified')
    const repository = await openRepository(`oci://${registry.host}/team/verified`, {
      cwd: work.dir,
      env: { MXDEPLOY_OCI_CHUNK_MIB: '1' }
    })
    const options = { env: {}, log: silentLogger }
    const first = await publishPackage(repository, mda, options)
    expect(first.created).toBe(true)
    const blob = await readFile(blobDataPath(registry.storage, first.record.sha256))
    expect(blob.equals(await readFile(mda))).toBe(true)
    expect(await registryTags(registry.url, 'team/verified')).toEqual(['1.2.0.15'])
    expect(await uploadsHoldingBytes('team/verified')).toEqual([])

    // The tag is there: the rerun's early upload is dropped.
    const again = await publishPackage(repository, mda, options)
    expect(again).toEqual({ record: first.record, created: false })
    expect(await uploadsHoldingBytes('team/verified')).toEqual([])
  })
})
