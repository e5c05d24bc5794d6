import { createHash, randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { BackgroundSha256 } from '../../src/hash/background-sha256.js'

const sha256 = (...parts: Buffer[]): string => {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part)
  return hash.digest('hex')
}

describe('BackgroundSha256', () => {
  it('hashes slot updates in the order made, each slot reused once its update settled', async () => {
    const hash = new BackgroundSha256(2, 1024)
    const parts = [randomBytes(1024), randomBytes(7), randomBytes(1000), randomBytes(1)]
    const pending: (Promise<void> | undefined)[] = []
    for (const [i, part] of parts.entries()) {
      const slot = i % 2
      await pending[slot]
      part.copy(hash.slots[slot]!)
      pending[slot] = hash.update(slot, part.length)
    }
    expect(await hash.digest()).toBe(sha256(...parts))
    // After a digest, and after a reset, the hash starts from nothing.
    hash.slots[0]!.write('abc')
    await hash.update(0, 3)
    expect(await hash.digest()).toBe(sha256(Buffer.from('abc')))
    await hash.update(0, 3)
    hash.reset()
    expect(await hash.digest()).toBe(sha256())
    await hash.close()
  })

  it('refuses updates once closed, rather than leaving them pending', async () => {
    const hash = new BackgroundSha256(1, 16)
    await hash.close()
    await expect(hash.update(0, 4)).rejects.toThrow(/SHA-256 worker thread failed: it was closed/)
    await expect(hash.digest()).rejects.toThrow(/worker thread failed/)
  })
})
