const NUL = 0

/**
 * Splits a byte stream of NUL-terminated records (`git log -z`) as the bytes arrive, handing
 * each whole record on as a byte range, so the caller decodes only what it keeps (a character
 * split across chunks stays whole) and the output is never held as one string.
 */
export class NulRecordSplitter {
  private pending: Buffer | undefined

  constructor(private readonly onRecord: (bytes: Buffer, start: number, end: number) => void) {}

  push(chunk: Buffer): void {
    let start = 0
    if (this.pending !== undefined) {
      // Only the record that spans the chunks is copied together, not the whole chunk.
      const first = chunk.indexOf(NUL)
      if (first < 0) {
        this.pending = Buffer.concat([this.pending, chunk])
        return
      }
      const joined = Buffer.concat([this.pending, chunk.subarray(0, first)])
      this.pending = undefined
      this.onRecord(joined, 0, joined.length)
      start = first + 1
    }
    for (let end = chunk.indexOf(NUL, start); end >= 0; end = chunk.indexOf(NUL, start)) {
      this.onRecord(chunk, start, end)
      start = end + 1
    }
    if (start < chunk.length) this.pending = chunk.subarray(start)
  }

  /** Hands on a last record that had no NUL after it. */
  end(): void {
    const rest = this.pending
    this.pending = undefined
    if (rest !== undefined && !(rest.length === 1 && rest[0] === 10)) {
      this.onRecord(rest, 0, rest.length)
    }
  }
}
