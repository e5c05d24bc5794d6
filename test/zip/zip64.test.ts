import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeZip, type ZipInput } from '../../src/zip/writer.js'
import { noise, text } from './support/content.js'
import { pythonZip, unzipListCount, unzipTest, zipinfoVerbose } from './support/external-tools.js'
import { readWithOurReader } from './support/our-reader.js'
import { useTempDirs } from './support/temp-dir.js'
import { readFile, writeFile } from 'node:fs/promises'

const tempDir = useTempDirs()
const MODIFIED = new Date(Date.UTC(2020, 0, 2, 3, 4, 6))

describe('writeZip ZIP64', () => {
  it('writes ZIP64 records when forced, for whole, chunked and stored entries', async () => {
    const dir = await tempDir()
    const content = new Map<string, Buffer>([
      ['a.txt', text(30_000)],
      ['b.jar', noise(5000)],
      ['c/chunked.txt', text(200_000, 5)],
      ['c/chunked.jar', noise(150_000)],
      ['d/empty', Buffer.alloc(0)]
    ])
    const inputs: ZipInput[] = []
    for (const [name, data] of content) {
      const path = join(dir, name.replaceAll('/', '_'))
      await writeFile(path, data)
      inputs.push({ name, path, size: data.length })
    }
    const out = join(dir, 'forced.zip')
    await writeZip(out, inputs, {
      modified: MODIFIED,
      forceZip64: true,
      chunkBytes: 64 << 10,
      store: (name) => name.endsWith('.jar'),
      comment: Buffer.from('forced')
    })
    await expect(unzipTest(out)).resolves.toContain('No errors detected')
    const verbose = await zipinfoVerbose(out)
    expect(verbose.match(/minimum software version required to extract:\s+4\.5/g)).toHaveLength(5)
    expect(verbose.match(/subfield with ID 0x0001 \(PKWARE 64-bit sizes\)/g)).toHaveLength(5)
    // The end record defers to the ZIP64 record and its locator, just before it.
    const bytes = await readFile(out)
    const eocd = bytes.length - 22 - 'forced'.length
    expect(bytes.readUInt32LE(eocd)).toBe(0x06054b50)
    expect(bytes.readUInt16LE(eocd + 10)).toBe(0xffff)
    expect(bytes.readUInt32LE(eocd + 16)).toBe(0xffffffff)
    expect(bytes.readUInt32LE(eocd - 20)).toBe(0x07064b50)
    expect(bytes.readUInt32LE(eocd - 20 - 56)).toBe(0x06064b50)
    const python = await pythonZip(out)
    expect(python.bad).toBeNull()
    expect(python.comment).toBe('forced')
    expect(python.entries.map((e) => [e.name, e.size])).toEqual(
      [...content].map(([name, data]) => [name, data.length])
    )
    const ours = await readWithOurReader(out)
    expect(ours.problems).toEqual([])
    expect(ours.directory.zip64).toBe(true)
    for (const [name, data] of content) expect(ours.contents.get(name)!.equals(data)).toBe(true)
  })

  it('writes more than 65,535 entries, which every reader counts in full', async () => {
    const dir = await tempDir()
    const count = 70_000
    const inputs: ZipInput[] = Array.from({ length: count }, (_, i) => {
      const data = Buffer.from(`entry ${i}\n`)
      return { name: `web/${String(i).padStart(5, '0')}.txt`, data, size: data.length }
    })
    const out = join(dir, 'many.zip')
    const result = await writeZip(out, inputs, { modified: MODIFIED })
    expect(result.entries).toBe(count)
    expect(await unzipListCount(out)).toBe(count)
    const python = await pythonZip(out)
    expect(python.bad).toBeNull()
    expect(python.names).toHaveLength(count)
    expect(python.names[count - 1]).toBe('web/69999.txt')
    const ours = await readWithOurReader(out)
    expect(ours.problems).toEqual([])
    expect(ours.directory.zip64).toBe(true)
    expect(ours.directory.entries).toHaveLength(count)
    expect(ours.contents.get('web/65536.txt')!.toString()).toBe('entry 65536\n')
  })
})
