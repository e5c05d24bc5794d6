import { ByteColumn, IntColumn } from './columns.js'

/**
 * Numbers keys given as bytes (story IDs as UTF-8) in the order first added: a hash table over
 * the bytes, so a key seen before is found without making a string of it. A trace of 100,000
 * commits looks up 90,000 story IDs; as strings in a Map, each lookup made a string and hashed
 * it, and that took longer than finding the IDs.
 */
export class ByteKeyIndex {
  private readonly keys = new ByteColumn(16 * 1024)
  // Where each key starts, one more entry than keys for the last one's end; and each key's hash.
  private readonly keyAt = new IntColumn()
  private readonly hashes = new IntColumn()
  // Open addressing: a slot holds key number + 1, 0 when empty. Never more than half full.
  private slots = new Int32Array(1024)

  constructor() {
    this.keyAt.push(0)
  }

  get size(): number {
    return this.hashes.length
  }

  /** The number of the key `bytes[from, to)`, added (with the next number) when new. */
  add(bytes: Uint8Array, from: number, to: number): number {
    const hash = hashOf(bytes, from, to)
    const slot = this.slotOf(bytes, from, to, hash)
    const found = this.slots[slot]!
    if (found > 0) return found - 1
    const key = this.hashes.length
    this.keys.append(bytes, from, to)
    this.keyAt.push(this.keys.length)
    this.hashes.push(hash)
    this.slots[slot] = key + 1
    if ((key + 1) * 2 > this.slots.length) this.grow()
    return key
  }

  // The slot that holds the key, or the empty one where it would go.
  private slotOf(bytes: Uint8Array, from: number, to: number, hash: number): number {
    const mask = this.slots.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!
      if (entry === 0) return slot
      const key = entry - 1
      if (this.hashes.get(key) === hash && this.equals(key, bytes, from, to)) return slot
    }
  }

  private equals(key: number, bytes: Uint8Array, from: number, to: number): boolean {
    const start = this.keyAt.get(key)
    if (this.keyAt.get(key + 1) - start !== to - from) return false
    return this.keys.equals(start, bytes, from, to)
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2)
    const mask = slots.length - 1
    for (let key = 0; key < this.hashes.length; key++) {
      let slot = this.hashes.get(key) & mask
      while (slots[slot] !== 0) slot = (slot + 1) & mask
      slots[slot] = key + 1
    }
    this.slots = slots
  }
}

// FNV-1a, 32 bits.
function hashOf(bytes: Uint8Array, from: number, to: number): number {
  let hash = 0x811c9dc5 | 0 // as a 32-bit integer, as the column keeps it
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193)
  return hash
}
