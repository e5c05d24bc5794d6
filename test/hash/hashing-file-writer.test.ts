import { createHash, randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { errnoCode } from '../../src/errors.js'
import { HashingFileWriter } from '../../src/hash/hashing-file-writer.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mxdeploy-hashing-writer-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

/** Pieces as a socket hands them over: each its own memory (transferred to the worker). */
function ownPieces(bytes: Buffer, size: number): Buffer[] {
  const pieces: Buffer[] = []
  for (let at = 0; at < bytes.length; at += size) {
    pieces.push(Buffer.from(bytes.subarray(at, at + size)))
  }
  return pieces
}

describe('HashingFileWriter', () => {
  it('writes and hashes what it is given, whole pieces and views of a larger buffer alike', async () => {
    const bytes = randomBytes(5 * (1 << 20) + 12_345)
    const file = join(dir, 'mixed.bin')
    const out = await HashingFileWriter.create(file)
    const half = bytes.length >> 1
    for (const piece of ownPieces(bytes.subarray(0, half), 65_536)) await out.push(piece)
    // Views into one buffer: copied, so the buffer stays whole for whoever else holds it.
    const shared = Buffer.from(bytes.subarray(half))
    for (let at = 0; at < shared.length; at += 40_000)
      await out.push(shared.subarray(at, at + 40_000))
    expect(shared.equals(bytes.subarray(half))).toBe(true)
    expect(out.size).toBe(bytes.length)
    expect(await out.finish()).toEqual({ sha256: sha256(bytes), size: bytes.length })
    expect((await readFile(file)).equals(bytes)).toBe(true)
  })

  it('starts over from an empty file and a fresh hash', async () => {
    const first = randomBytes(3 << 20)
    const second = randomBytes((2 << 20) + 7)
    const file = join(dir, 'restart.bin')
    const out = await HashingFileWriter.create(file)
    for (const piece of ownPieces(first, 65_536)) await out.push(piece)
    await out.restart()
    expect(out.size).toBe(0)
    for (const piece of ownPieces(second, 65_536)) await out.push(piece)
    expect(await out.finish()).toEqual({ sha256: sha256(second), size: second.length })
    expect((await readFile(file)).equals(second)).toBe(true)
  })

  it('fails with the errno code of a full disk, so callers can say so', async () => {
    // /dev/full refuses every write with ENOSPC.
    if (!existsSync('/dev/full')) return
    const out = await HashingFileWriter.create('/dev/full')
    const failed = (async () => {
      for (const piece of ownPieces(randomBytes(4 << 20), 65_536)) await out.push(piece)
      await out.flush()
    })().then(
      () => undefined,
      (error: unknown) => error
    )
    const error = await failed
    expect(errnoCode(error)).toBe('ENOSPC')
    expect((error as Error).message).toMatch(/no space left on device/)
    await out.abandon()
  })
})
