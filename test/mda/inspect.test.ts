import {
  copyFile,
  mkdtemp,
  open,
  readFile,
  rm,
  writeFile,
  type FileHandle,
  type FileReadResult
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { inspectPackage } from '../../src/mda/inspect.js'
import { encodeManifest, MANIFEST_SCHEMA, type BuildManifest } from '../../src/mda/manifest.js'
import { writeZip, type ZipInput } from '../../src/zip/writer.js'
import { mxdeploy } from '../cli/support/run-cli.js'
import { place } from '../zip/support/surgery.js'
import { useTempDirs } from '../zip/support/temp-dir.js'
import { metadataDocument } from './support/deployment.js'

const tempDir = useTempDirs()
const ENTRIES = 10_000

const manifest: BuildManifest = {
  schema: MANIFEST_SCHEMA,
  app: 'hello',
  version: '1.2.0.7',
  runtimeVersion: '10.24.8.80126',
  commit: 'a'.repeat(40),
  branch: 'main',
  builtAt: '2024-01-01T00:00:00.000Z',
  builder: 'mxdeploy test',
  source: 'deployment-dir',
  entries: ENTRIES + 2,
  stories: ['ABC-1']
}

/** A package of 20,000 small entries and one blob of `blobBytes`: a big directory, more data. */
async function bigPackage(dir: string, name: string, blobBytes: number): Promise<string> {
  const blob = join(dir, `${name}.blob`)
  const handle = await open(blob, 'w')
  await handle.truncate(blobBytes)
  await handle.close()
  const metadata = Buffer.from(JSON.stringify(metadataDocument({ ModelVersion: '1.2.0.7' })))
  const inputs: ZipInput[] = [
    { name: 'model/bundles/blob.jar', path: blob, size: blobBytes },
    { name: 'model/metadata.json', data: metadata, size: metadata.length }
  ]
  for (let i = 0; i < ENTRIES; i++) {
    const data = Buffer.from(`/* page ${i} */\n`)
    inputs.push({
      name: `web/pages/page-${String(i).padStart(5, '0')}.js`,
      data,
      size: data.length
    })
  }
  const out = join(dir, name)
  await writeZip(out, inputs, {
    modified: new Date(0),
    level: 0,
    comment: encodeManifest(manifest)
  })
  return out
}

/** Counts what inspect reads through file handles, the only way src/ reads archives. */
async function countReads(
  file: string,
  work: () => Promise<unknown>
): Promise<{ calls: number; bytes: number; whole: number }> {
  const probe = await open(file, 'r')
  const proto = Object.getPrototypeOf(probe) as FileHandle
  await probe.close()
  type Read = (this: FileHandle, ...args: unknown[]) => Promise<FileReadResult<Buffer>>
  const original = Reflect.get(proto, 'read') as Read
  let bytes = 0
  const read = vi.spyOn(proto, 'read').mockImplementation(async function (
    this: FileHandle,
    ...args: unknown[]
  ) {
    const result = await original.apply(this, args)
    bytes += result.bytesRead
    return result
  })
  const whole = (['readFile', 'createReadStream', 'readLines', 'readableWebStream'] as const).map(
    (method) => vi.spyOn(proto, method)
  )
  try {
    await work()
  } finally {
    vi.restoreAllMocks()
  }
  return {
    calls: read.mock.calls.length,
    bytes,
    whole: whole.reduce((sum, spy) => sum + spy.mock.calls.length, 0)
  }
}

let shared: string
let small: string
let large: string

beforeAll(async () => {
  shared = await mkdtemp(join(tmpdir(), 'mxdeploy-inspect-'))
  small = await bigPackage(shared, 'small.mda', 1 << 20)
  large = await bigPackage(shared, 'large.mda', 96 << 20)
})

afterAll(async () => {
  await rm(shared, { recursive: true, force: true })
})

describe('inspect', () => {
  it('reads the central directory and metadata.json, whatever the size of the rest', async () => {
    const smallReads = await countReads(small, () => inspectPackage(small))
    const largeReads = await countReads(large, () => inspectPackage(large))
    const { directorySize } = await readDirectoryFacts(large)
    // One read of the tail, one of the rest of the directory, one of metadata.json's entry.
    expect(largeReads.calls).toBeLessThanOrEqual(3)
    expect(largeReads.whole).toBe(0)
    // The tail read holds the end of the directory: no byte is read twice.
    expect(largeReads.bytes).toBeLessThan(directorySize + 70_000)
    expect(largeReads).toEqual(smallReads)
  })

  it('never touches the data of other entries', async () => {
    const dir = await tempDir()
    const file = join(dir, 'app.mda')
    await copyFile(small, file)
    const before = await inspectPackage(file)
    // Overwrite the blob and one page with garbage: inspect can't tell, verify can.
    const bytes = await readFile(file)
    const blob = place(bytes, 'model/bundles/blob.jar')
    bytes.fill(0xa5, blob.data, blob.data + blob.compressedSize)
    const page = place(bytes, 'web/pages/page-01234.js')
    bytes.fill(0xa5, page.data, page.data + page.compressedSize)
    await writeFile(file, bytes)
    expect(await inspectPackage(file)).toEqual(before)
    expect((await mxdeploy(['verify', file], { cwd: dir })).code).toBe(2)
  })

  it('prints the package facts as one JSON document, and as text', async () => {
    const dir = await tempDir()
    const file = join(dir, 'app.mda')
    await copyFile(small, file)
    await writeFile(`${file}.sha256`, `${'c'.repeat(64)}  app.mda\n`)
    const run = await mxdeploy(['inspect', file, '--json'], { cwd: dir })
    expect(run.code).toBe(0)
    const json = JSON.parse(run.stdout) as Record<string, unknown>
    expect(json).toEqual({
      kind: 'mda',
      path: file,
      size: (await readFile(file)).length,
      sha256: 'c'.repeat(64),
      entries: ENTRIES + 2,
      uncompressedBytes: expect.any(Number),
      compressedBytes: expect.any(Number),
      manifest,
      metadata: {
        runtimeVersion: '10.24.8.80126',
        modelVersion: '1.2.0.7',
        projectId: '3c8d0a7e-5f0b-4c2e-9a51-7d2f3e1b6a90',
        projectName: 'Hello',
        constants: [
          {
            name: 'Hello.ApiUrl',
            type: 'String',
            description: 'Base URL of the API',
            defaultValue: 'http://localhost:8090/api'
          },
          { name: 'Hello.MaxRetries', type: 'Integer', description: 'Retries', defaultValue: '3' }
        ],
        scheduledEvents: [{ name: 'Hello.Nightly', description: 'Cleans up at night' }],
        roles: ['Administrator'],
        requestHandlers: ['/api/'],
        javaVersion: 21,
        warnings: []
      }
    })
    expect(json['uncompressedBytes']).toBe(json['compressedBytes']) // all stored

    const text = await mxdeploy(['inspect', file], { cwd: dir })
    expect(text.code).toBe(0)
    for (const fact of [
      'runtime version  10.24.8.80126',
      'model version    1.2.0.7',
      'project          Hello (3c8d0a7e-5f0b-4c2e-9a51-7d2f3e1b6a90)',
      `entries          ${ENTRIES + 2}`,
      'Hello.ApiUrl      String   http://localhost:8090/api',
      'Hello.Nightly',
      `commit   ${'a'.repeat(40)}`,
      'stories  ABC-1'
    ]) {
      expect(text.stdout).toContain(fact)
    }
  })
})

async function readDirectoryFacts(file: string): Promise<{ directorySize: number }> {
  const { readCentralDirectory } = await import('../../src/zip/central-directory.js')
  const handle = await open(file, 'r')
  try {
    return await readCentralDirectory(handle, (await handle.stat()).size, file)
  } finally {
    await handle.close()
  }
}
