import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { BackgroundSha256 } from '../../../src/hash/background-sha256.js'
import { HashingFileWriter } from '../../../src/repository/oci/hashing-file-writer.js'

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

let dir: string | undefined
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = undefined
})
function tempFile(): string {
  dir = mkdtempSync(join(tmpdir(), 'mxdeploy-hashing-writer-'))
  return join(dir, 'blob')
}

/** Feeds `bytes` in pieces of the given sizes, cycling through them. */
async function feed(writer: HashingFileWriter, bytes: Buffer, sizes: number[]): Promise<void> {
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length]!
    await writer.write(bytes.subarray(at, at + size))
    at += size
  }
}

describe('HashingFileWriter', () => {
  it('writes and hashes pieces that straddle its slots, in order, more than all slots hold', async () => {
    const dest = tempFile()
    // 4 slots of 1 MiB: 6.5 MiB in pieces of odd sizes, one of them larger than a slot.
    const bytes = randomBytes(6.5 * (1 << 20))
    const writer = await HashingFileWriter.create(dest)
    await feed(writer, bytes, [65537, 3 << 20, 1, 16384])
    const result = await writer.finish()
    expect(result).toEqual({ sha256: sha256(bytes), size: bytes.length })
    expect(readFileSync(dest).equals(bytes)).toBe(true)
  })

  it('hashes nothing to the SHA-256 of the empty string', async () => {
    const dest = tempFile()
    const writer = await HashingFileWriter.create(dest)
    expect(await writer.finish()).toEqual({ sha256: sha256(Buffer.alloc(0)), size: 0 })
    expect(readFileSync(dest).length).toBe(0)
  })

  it('keeps only what came after a restart, in the file and in the hash', async () => {
    const dest = tempFile()
    const writer = await HashingFileWriter.create(dest)
    await feed(writer, randomBytes(2.5 * (1 << 20)), [40000])
    await writer.flush()
    await writer.restart()
    const bytes = randomBytes(1.5 * (1 << 20))
    await feed(writer, bytes, [70000])
    expect(await writer.finish()).toEqual({ sha256: sha256(bytes), size: bytes.length })
    expect(readFileSync(dest).equals(bytes)).toBe(true)
  })

  it('fails with the write error when the disk is full (/dev/full), and aborts cleanly', async () => {
    const writer = await HashingFileWriter.create('/dev/full')
    const writing = (async () => {
      await feed(writer, randomBytes(3 << 20), [65536])
      await writer.flush()
    })()
    await expect(writing).rejects.toThrow(/ENOSPC/)
    await expect(writer.abort()).resolves.toBeUndefined()
  })
})

describe('BackgroundSha256', () => {
  it('refuses updates once closed, rather than leaving them pending', async () => {
    const hash = new BackgroundSha256(1, 16)
    await hash.close()
    await expect(hash.update(0, 4)).rejects.toThrow(/SHA-256 worker thread failed: it was closed/)
    await expect(hash.digest()).rejects.toThrow(/worker thread failed/)
  })
})
