/**
 * Builds output as UTF-8 bytes in buffers of about `size` bytes, for documents written in pieces
 * (trace --json): copying bytes that are already UTF-8 (SHAs and subjects as git wrote them)
 * costs far less than joining them into strings and encoding those again.
 */
export class ByteWriter {
  private buffer: Buffer
  private at = 0

  constructor(private readonly size = 128 * 1024) {
    this.buffer = Buffer.allocUnsafe(size)
  }

  /** Whether a piece's worth is written: time to `take` it. */
  get full(): boolean {
    return this.at >= this.size / 2
  }

  /**
   * The buffer and position to write `count` more bytes at: the caller writes them and calls
   * `advance` with the new position.
   */
  room(count: number): Buffer {
    if (this.at + count > this.buffer.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.at + count))
      this.buffer.copy(bigger, 0, 0, this.at)
      this.buffer = bigger
    }
    return this.buffer
  }

  get position(): number {
    return this.at
  }

  advance(to: number): void {
    this.at = to
  }

  /** Appends text as UTF-8. */
  text(text: string): void {
    const buffer = this.room(text.length * 3)
    this.at += buffer.write(text, this.at, 'utf8')
  }

  /** Appends bytes. */
  bytes(bytes: Uint8Array): void {
    this.room(bytes.length).set(bytes, this.at)
    this.at += bytes.length
  }

  /** What was written since the last take; later writes go to a new buffer. */
  take(): Buffer {
    const piece = this.buffer.subarray(0, this.at)
    this.buffer = Buffer.allocUnsafe(this.size)
    this.at = 0
    return piece
  }
}
