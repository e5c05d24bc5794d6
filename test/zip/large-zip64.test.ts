import { open, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { verifyZip } from '../../src/zip/verify.js'
import { writeZip, type ZipInput } from '../../src/zip/writer.js'
import { text } from './support/content.js'
import { pythonZip, unzipTest } from './support/external-tools.js'
import { useTempDirs } from './support/temp-dir.js'

const tempDir = useTempDirs()
const GiB = 1024 ** 3

/** A file of `size` zero bytes that takes no disk space. */
async function sparse(path: string, size: number): Promise<ZipInput> {
  const handle = await open(path, 'w')
  await handle.truncate(size)
  await handle.close()
  return { name: '', path, size }
}

/**
 * A real archive past 4 GiB: a stored entry larger than 4 GiB, an entry whose offset is past
 * 4 GiB, and a streamed deflated entry larger than 4 GiB with a ZIP64 data descriptor. It writes
 * about 4.5 GiB and takes minutes, so it runs only when asked:
 * MXDEPLOY_LARGE_TESTS=1 npx vitest run test/zip/large-zip64.test.ts
 */
describe.skipIf(!process.env['MXDEPLOY_LARGE_TESTS'])('writeZip past 4 GiB (opt-in)', () => {
  it('writes an archive past 4 GiB that unzip, Python and our reader accept', async () => {
    const dir = await tempDir()
    const small = text(10_000)
    await writeFile(join(dir, 'small.txt'), small)
    const inputs: ZipInput[] = [
      { ...(await sparse(join(dir, 'huge.jar'), 4.5 * GiB)), name: 'model/bundles/huge.jar' },
      { name: 'model/metadata.json', path: join(dir, 'small.txt'), size: small.length },
      { ...(await sparse(join(dir, 'zeros.bin'), 4.25 * GiB)), name: 'web/zeros.bin' }
    ]
    const out = join(dir, 'large.zip')
    await writeZip(out, inputs, { modified: new Date(0), store: (name) => name.endsWith('.jar') })
    expect((await stat(out)).size).toBeGreaterThan(4.5 * GiB)

    // verifyZip streams the large entries through inflate and CRC-32, and checks every local
    // header and ZIP64 data descriptor against the directory.
    const verified = await verifyZip(out, out)
    expect(verified.problems).toEqual([])
    expect(verified.directory.zip64).toBe(true)
    const byName = new Map(verified.directory.entries.map((e) => [e.name, e]))
    expect(byName.get('model/bundles/huge.jar')!.size).toBe(4.5 * GiB)
    expect(byName.get('model/metadata.json')!.localOffset).toBeGreaterThan(4.5 * GiB)
    expect(byName.get('web/zeros.bin')!.size).toBe(4.25 * GiB)
    await expect(unzipTest(out)).resolves.toContain('No errors detected')
    const python = await pythonZip(out)
    expect(python.bad).toBeNull()
    expect(python.entries.map((e) => e.size)).toEqual([4.5 * GiB, small.length, 4.25 * GiB])
  }, 1_800_000)
})
