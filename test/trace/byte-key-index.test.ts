import { describe, expect, it } from 'vitest'
import { ByteKeyIndex } from '../../src/trace/byte-key-index.js'

describe('ByteKeyIndex', () => {
  it('numbers keys in the order first added and finds them again, past its first size', () => {
    const index = new ByteKeyIndex()
    const keys = Array.from({ length: 5000 }, (_, i) => Buffer.from(`MX-${i}`))
    keys.forEach((key, i) => expect(index.add(key, 0, key.length)).toBe(i))
    expect(index.size).toBe(5000)
    // Found from other buffers and offsets, by their bytes only.
    const text = Buffer.from('see MX-4999 and MX-7 and MX-70')
    expect(index.add(text, 4, 11)).toBe(4999)
    expect(index.add(text, 16, 20)).toBe(7)
    expect(index.add(text, 25, 30)).toBe(70)
    expect(index.size).toBe(5000)
  })

  it('tells apart keys that are prefixes of each other, and the empty key', () => {
    const index = new ByteKeyIndex()
    const text = Buffer.from('#12#1')
    expect(index.add(text, 0, 3)).toBe(0)
    expect(index.add(text, 0, 2)).toBe(1)
    expect(index.add(text, 3, 5)).toBe(1)
    expect(index.add(text, 0, 0)).toBe(2)
    expect(index.add(text, 1, 1)).toBe(2)
    expect(index.add(text, 0, 4)).toBe(3)
    expect(index.size).toBe(4)
  })
})
