/**
 * Growable columns for tables of many rows (a trace of 100,000 commits): numbers in an
 * Int32Array and text as bytes in one buffer. Neither holds an object per row, so the garbage
 * collector never walks them, which JS arrays of numbers and strings that size made it do.
 */

/** 32-bit integers, appended or set by index. */
export class IntColumn {
  private data: Int32Array
  length = 0

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity)
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow()
    this.data[this.length++] = value
  }

  get(index: number): number {
    return this.data[index]!
  }

  /** The values, as a view (valid until the next push). */
  view(): Int32Array {
    return this.data.subarray(0, this.length)
  }

  /** Sets an existing row. */
  set(index: number, value: number): void {
    this.data[index] = value
  }

  private grow(): void {
    const bigger = new Int32Array(this.data.length * 2)
    bigger.set(this.data)
    this.data = bigger
  }
}

// Ranges this short are copied byte by byte: cheaper than the view that set() needs.
const SHORT_COPY = 64

/**
 * Bytes appended one piece after another (SHAs, subjects as UTF-8, a document's output) in one
 * buffer that doubles when full; the caller keeps where each piece starts (`length` before it).
 */
export class ByteColumn {
  private data: Buffer
  // The same memory as a DataView, for copies four bytes at a time (see copyWords).
  private words: DataView
  private used = 0

  constructor(capacity = 64 * 1024) {
    this.data = Buffer.allocUnsafe(capacity)
    this.words = dataViewOf(this.data)
  }

  /** Bytes appended so far. */
  get length(): number {
    return this.used
  }

  /** Appends `bytes[from, to)`. */
  append(bytes: Uint8Array, from: number, to: number): void {
    copyBytes(bytes, from, to, this.room(to - from), this.used)
    this.used += to - from
  }

  /** Appends `source[from, to)` of a DataView (see `copyWords`). */
  appendWords(source: DataView, from: number, to: number): void {
    this.used = copyWords(source, from, to, this.roomWords(to - from), this.used)
  }

  /** Appends a string as UTF-8. */
  appendText(text: string): void {
    const data = this.room(text.length * 3)
    // Short ASCII (most of what documents hold between their values) is copied here: cheaper
    // than a call to the encoder.
    if (text.length <= SHORT_COPY) {
      let at = this.used
      let i = 0
      for (; i < text.length; i++) {
        const code = text.charCodeAt(i)
        if (code >= 0x80) break
        data[at++] = code
      }
      if (i === text.length) {
        this.used = at
        return
      }
    }
    this.used += data.write(text, this.used, 'utf8')
  }

  /**
   * The buffer, with room for `count` more bytes after `length`: for a caller that writes them
   * in place and then says how far with `advance`.
   */
  room(count: number): Buffer {
    if (this.used + count > this.data.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.data.length * 2, this.used + count))
      this.data.copy(bigger, 0, 0, this.used)
      this.data = bigger
      this.words = dataViewOf(bigger)
    }
    return this.data
  }

  /** As `room`, the buffer as a DataView (for `copyWords`). */
  roomWords(count: number): DataView {
    this.room(count)
    return this.words
  }

  /**
   * The buffer as a DataView, whose first `length` bytes are those appended (valid until the
   * next append), for `copyWords`.
   */
  viewWords(): DataView {
    return this.words
  }

  /** Takes the bytes written in place up to `to` (after `room`) as appended. */
  advance(to: number): void {
    this.used = to
  }

  /** The bytes appended, as a view of the buffer (valid until the next append). */
  view(): Buffer {
    return this.data.subarray(0, this.used)
  }

  /** The piece `[from, to)` decoded. */
  text(from: number, to: number, encoding: 'utf8' | 'latin1'): string {
    return this.data.toString(encoding, from, to)
  }

  /**
   * Whether `[from, to)` is printable ASCII without `"` or `\`: text that JSON.stringify leaves
   * as it is, so its bytes can go to a JSON document between quotes.
   */
  isPlain(from: number, to: number): boolean {
    const data = this.data
    for (let i = from; i < to; i++) {
      const byte = data[i]!
      if (byte < 0x20 || byte > 0x7e || byte === 0x22 || byte === 0x5c) return false
    }
    return true
  }

  /** Whether the piece at `at` is the bytes `bytes[from, to)`. */
  equals(at: number, bytes: Uint8Array, from: number, to: number): boolean {
    if (at + to - from > this.used) return false
    const data = this.data
    for (let i = from; i < to; i++) if (data[at++] !== bytes[i]) return false
    return true
  }
}

/** Copies `source[from, to)` into `target` at `at`: the position after it. */
export function copyBytes(
  source: Uint8Array,
  from: number,
  to: number,
  target: Uint8Array,
  at: number
): number {
  if (to - from > SHORT_COPY) {
    target.set(source.subarray(from, to), at)
    return at + to - from
  }
  while (from < to) target[at++] = source[from++]!
  return at
}

/** A DataView of the memory of `bytes`, with the offsets of `bytes`. */
export function dataViewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/**
 * Copies `source[from, to)` into `target` at `at`, four bytes at a time: the position after
 * it. For the short pieces documents are made of (a SHA, a subject), twice as fast as a loop
 * over bytes, and without the call that set() or copy() costs.
 */
export function copyWords(
  source: DataView,
  from: number,
  to: number,
  target: DataView,
  at: number
): number {
  for (; from + 4 <= to; from += 4, at += 4) target.setInt32(at, source.getInt32(from))
  for (; from < to; from++, at++) target.setUint8(at, source.getUint8(from))
  return at
}
