import { readdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  FLAG_DESCRIPTOR,
  FLAG_UTF8,
  METHOD_DEFLATED,
  METHOD_STORED
} from '../../src/zip/records.js'
import { writeZip, type ZipInput } from '../../src/zip/writer.js'
import { noise, text } from './support/content.js'
import { pythonZip, unzipTest, zipinfoNames, zipinfoVerbose } from './support/external-tools.js'
import { readWithOurReader } from './support/our-reader.js'
import { useTempDirs } from './support/temp-dir.js'

const tempDir = useTempDirs()
const MODIFIED = new Date(Date.UTC(2024, 4, 17, 13, 45, 30))
const isJar = (name: string): boolean => name.endsWith('.jar')

async function fileInput(dir: string, name: string, data: Buffer): Promise<ZipInput> {
  const path = join(dir, name.replaceAll('/', '_'))
  await writeFile(path, data)
  return { name, path, size: data.length }
}

/** Every reader we have agrees on names and content, and finds nothing wrong. */
async function expectReadable(file: string, expected: Map<string, Buffer>): Promise<void> {
  const names = [...expected.keys()]
  await expect(unzipTest(file)).resolves.toContain('No errors detected')
  expect(await zipinfoNames(file)).toEqual(names)
  const python = await pythonZip(file)
  expect(python.bad).toBeNull()
  expect(python.names).toEqual(names)
  const ours = await readWithOurReader(file)
  expect(ours.problems).toEqual([])
  expect([...ours.contents.keys()]).toEqual(names)
  for (const [name, data] of expected) expect(ours.contents.get(name)!.equals(data)).toBe(true)
}

describe('writeZip', () => {
  it('writes an archive that unzip, zipinfo, Python and our reader accept', async () => {
    const dir = await tempDir()
    const content = new Map<string, Buffer>([
      ['model/bundles/lib.jar', text(5000)],
      ['model/empty.txt', Buffer.alloc(0)],
      [
        'model/metadata.json',
        Buffer.from(JSON.stringify({ RuntimeVersion: '10.24.8.80126', Notes: text(500) }))
      ],
      ['web/random.txt', noise(3000)],
      ['web/index.html', text(20_000, 3)]
    ])
    const inputs: ZipInput[] = []
    for (const [name, data] of content) {
      inputs.push(
        name === 'model/metadata.json'
          ? { name, data, size: data.length }
          : await fileInput(dir, name, data)
      )
    }
    const out = join(dir, 'out.zip')
    const result = await writeZip(out, inputs, { modified: MODIFIED, store: isJar })
    expect(result.entries).toBe(5)
    expect(result.bytes).toBe((await stat(out)).size)
    await expectReadable(out, content)

    const { directory } = await readWithOurReader(out)
    const methods = Object.fromEntries(directory.entries.map((e) => [e.name, e.method]))
    expect(methods).toEqual({
      'model/bundles/lib.jar': METHOD_STORED, // compressible, but the store rule says so
      'model/empty.txt': METHOD_STORED,
      'model/metadata.json': METHOD_DEFLATED,
      'web/random.txt': METHOD_STORED, // deflate would grow it, whatever its name says
      'web/index.html': METHOD_DEFLATED
    })
    for (const entry of directory.entries) {
      expect(entry.flags).toBe(FLAG_UTF8)
      expect(entry.externalAttributes >>> 16).toBe(0o100644)
      expect(entry.dosDate).toBe(((2024 - 1980) << 9) | (5 << 5) | 17)
      expect(entry.dosTime).toBe((13 << 11) | (45 << 5) | 15)
    }
    expect((await zipinfoVerbose(out)).match(/file last modified on[^\n]*/g)).toEqual(
      Array(5).fill('file last modified on (DOS date/time):          2024 May 17 13:45:30')
    )
  })

  it('gives the same bytes whatever the files mtimes, permissions and the umask', async () => {
    const dir = await tempDir()
    const inputs = [
      await fileInput(dir, 'a/one.txt', text(10_000)),
      await fileInput(dir, 'b/two.bin', noise(2000))
    ]
    const first = await writeZip(join(dir, 'first.zip'), inputs, { modified: MODIFIED })

    const { chmod, utimes } = await import('node:fs/promises')
    await chmod(inputs[0]!.path!, 0o600)
    await chmod(inputs[1]!.path!, 0o755)
    await utimes(inputs[0]!.path!, new Date(2001, 1, 1), new Date(2001, 1, 1))
    const umask = process.umask(0o077)
    try {
      const second = await writeZip(join(dir, 'second.zip'), inputs, { modified: MODIFIED })
      expect(second.sha256).toBe(first.sha256)
    } finally {
      process.umask(umask)
    }
    const third = await writeZip(join(dir, 'third.zip'), inputs, { modified: new Date(0) })
    expect(third.sha256).not.toBe(first.sha256)
  })

  it('stores names as UTF-8 with the language-encoding flag', async () => {
    const dir = await tempDir()
    const content = new Map([
      ['web/Grüße/café ☕.txt', text(100)],
      ['web/日本語.html', text(200)]
    ])
    const out = join(dir, 'utf8.zip')
    await writeZip(
      out,
      [...content].map(([name, data]) => ({ name, data, size: data.length })),
      { modified: MODIFIED }
    )
    await expectReadable(out, content)
    const python = await pythonZip(out)
    for (const entry of python.entries) expect(entry.flags & FLAG_UTF8).toBe(FLAG_UTF8)
  })

  it('refuses a comment longer than ZIP allows, and leaves no file', async () => {
    const dir = await tempDir()
    const out = join(dir, 'comment.zip')
    await expect(
      writeZip(out, [], { modified: MODIFIED, comment: Buffer.alloc(65_536) })
    ).rejects.toThrow('archive comment is 65536 bytes; ZIP allows 65535')
    expect(await readdir(dir)).toEqual([])
  })

  it('writes an empty archive that every reader accepts', async () => {
    const dir = await tempDir()
    const out = join(dir, 'empty.zip')
    await writeZip(out, [], { modified: MODIFIED, comment: Buffer.from('nothing here') })
    expect((await stat(out)).size).toBe(22 + 12)
    expect((await pythonZip(out)).comment).toBe('nothing here')
    const ours = await readWithOurReader(out)
    expect(ours.directory.entries).toEqual([])
  })
})

describe('writeZip with files larger than a chunk', () => {
  const CHUNK = 64 << 10

  it('streams them in chunks with data descriptors, including exact multiples of a chunk', async () => {
    const dir = await tempDir()
    const content = new Map<string, Buffer>([
      ['big/exact.txt', text(CHUNK * 4, 1)],
      ['big/odd.txt', text(CHUNK * 5 + 1234, 2)],
      ['big/one-more.txt', text(CHUNK + 1, 3)],
      ['big/noise.bin', noise(CHUNK * 3 + 7)],
      ['big/stored.jar', noise(CHUNK * 2 + 99)],
      ['small/at-the-limit.txt', text(CHUNK, 4)]
    ])
    const inputs = await Promise.all([...content].map(([name, data]) => fileInput(dir, name, data)))
    const out = join(dir, 'chunks.zip')
    await writeZip(out, inputs, { modified: MODIFIED, chunkBytes: CHUNK, store: isJar })
    await expectReadable(out, content)

    const { directory } = await readWithOurReader(out)
    const byName = new Map(directory.entries.map((e) => [e.name, e]))
    for (const name of ['big/exact.txt', 'big/odd.txt', 'big/one-more.txt', 'big/noise.bin']) {
      expect(byName.get(name)!.method).toBe(METHOD_DEFLATED)
      expect(byName.get(name)!.flags & FLAG_DESCRIPTOR).toBe(FLAG_DESCRIPTOR)
    }
    // Stored entries carry their CRC in the local header: Java's ZipInputStream needs that.
    expect(byName.get('big/stored.jar')!.method).toBe(METHOD_STORED)
    expect(byName.get('big/stored.jar')!.flags & FLAG_DESCRIPTOR).toBe(0)
    expect(byName.get('small/at-the-limit.txt')!.flags & FLAG_DESCRIPTOR).toBe(0)
  })

  it('primes each chunk with the end of the one before, so repeats across chunks compress', async () => {
    const dir = await tempDir()
    // 16 KiB of noise repeated: each chunk alone holds four copies of something incompressible,
    // so without the previous chunk's window every chunk costs at least 16 KiB.
    const block = noise(16 << 10)
    const data = Buffer.concat(Array.from({ length: 32 }, () => block))
    const inputs = [await fileInput(dir, 'repeats.bin', data)]
    const out = join(dir, 'primed.zip')
    await writeZip(out, inputs, { modified: MODIFIED, chunkBytes: CHUNK })
    await expectReadable(out, new Map([['repeats.bin', data]]))
    const { directory } = await readWithOurReader(out)
    const [entry] = directory.entries
    expect(data.length / CHUNK).toBe(8)
    expect(entry!.compressedSize).toBeLessThan(block.length + 8 * 1024)
  })
})
