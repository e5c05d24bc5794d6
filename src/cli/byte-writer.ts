import { ByteColumn } from '../trace/columns.js'

/**
 * Builds output as UTF-8 bytes in pieces of about `size / 2` bytes, for documents written in
 * pieces (trace --json): copying bytes that are already UTF-8 (SHAs and subjects as git wrote
 * them) costs far less than joining them into strings and encoding those again.
 */
export class ByteWriter {
  private column: ByteColumn

  constructor(private readonly size = 128 * 1024) {
    this.column = new ByteColumn(size)
  }

  /** Whether a piece's worth is written: time to `take` it. */
  get full(): boolean {
    return this.column.length >= this.size / 2
  }

  /**
   * The buffer, as a DataView (for `copyWords`), to write `count` more bytes at `position`: the
   * caller writes them and calls `advance` with the new position.
   */
  roomWords(count: number): DataView {
    return this.column.roomWords(count)
  }

  get position(): number {
    return this.column.length
  }

  advance(to: number): void {
    this.column.advance(to)
  }

  /** Appends text as UTF-8. */
  text(text: string): void {
    this.column.appendText(text)
  }

  /** Appends bytes. */
  bytes(bytes: Uint8Array): void {
    this.column.append(bytes, 0, bytes.length)
  }

  /** Appends the bytes of a DataView. */
  words(words: DataView): void {
    this.column.appendWords(words, 0, words.byteLength)
  }

  /** What was written since the last take; later writes go to a new buffer. */
  take(): Buffer {
    const piece = this.column.view()
    this.column = new ByteColumn(this.size)
    return piece
  }
}
