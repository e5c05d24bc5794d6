import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { OperationError } from '../../src/errors.js'
import { writeZip, type ZipInput } from '../../src/zip/writer.js'
import { noise, text } from './support/content.js'
import { useTempDirs } from './support/temp-dir.js'

const tempDir = useTempDirs()
const CHUNK = 64 << 10

/**
 * A file listed at one size and read at another is what a file being written during the build
 * looks like to the writer: it must fail, naming the file, and leave no archive or temporary file.
 */
describe('writeZip when a file changes size while it is packed', () => {
  const cases: [string, (name: string) => boolean, Buffer, number][] = [
    ['a small file that grew', () => false, text(1000), 900],
    ['a small file that shrank', () => false, text(1000), 1100],
    // Past 16 KiB, whole files are read and compressed in the thread pool rather than inline.
    ['a mid-size file that grew', () => false, text(40_000), 39_000],
    ['a mid-size file that shrank', () => false, text(40_000), 41_000],
    ['a chunked file that grew', () => false, text(CHUNK * 3 + 10), CHUNK * 3],
    ['a chunked file that shrank', () => false, text(CHUNK * 3), CHUNK * 3 + 10],
    ['a stored chunked file that grew', () => true, noise(CHUNK * 2 + 10), CHUNK * 2],
    ['a stored chunked file that shrank', () => true, noise(CHUNK * 2), CHUNK * 2 + 10]
  ]
  it.each(cases)('fails cleanly for %s', async (_label, store, data, listedSize) => {
    const dir = await tempDir()
    const sources = join(dir, 'src')
    const { mkdir } = await import('node:fs/promises')
    await mkdir(sources)
    const before = text(5000)
    await writeFile(join(sources, 'before.txt'), before)
    await writeFile(join(sources, 'changing.bin'), data)
    await writeFile(join(sources, 'after.txt'), before)
    const inputs: ZipInput[] = [
      { name: 'before.txt', path: join(sources, 'before.txt'), size: before.length },
      { name: 'changing.bin', path: join(sources, 'changing.bin'), size: listedSize },
      { name: 'after.txt', path: join(sources, 'after.txt'), size: before.length }
    ]
    const out = join(dir, 'out', 'app.mda')
    await mkdir(join(dir, 'out'))
    const error: unknown = await writeZip(out, inputs, {
      modified: new Date(0),
      chunkBytes: CHUNK,
      store
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OperationError)
    expect((error as Error).message).toBe(
      `${join(sources, 'changing.bin')} changed size while it was being packed: build from a folder that nothing writes to`
    )
    expect(await readdir(join(dir, 'out'))).toEqual([])
  })

  it('fails cleanly when a file disappears before it is read', async () => {
    const dir = await tempDir()
    const out = join(dir, 'app.mda')
    const inputs: ZipInput[] = [
      { name: 'gone.txt', path: join(dir, 'gone.txt'), size: 10 },
      { name: 'gone-big.txt', path: join(dir, 'gone-big.txt'), size: CHUNK * 2 }
    ]
    for (const input of inputs) {
      await expect(
        writeZip(out, [input], { modified: new Date(0), chunkBytes: CHUNK })
      ).rejects.toThrow(/ENOENT/)
      expect(await readdir(dir)).toEqual([])
    }
  })
})
