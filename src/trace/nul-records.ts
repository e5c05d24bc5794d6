const NUL = 0

/**
 * Splits a byte stream of NUL-terminated UTF-8 records (`git log -z`) into strings as the bytes
 * arrive. Only whole records are decoded, so a character split across chunks stays whole, and
 * the output is never held as one string.
 */
export class NulRecordSplitter {
  private pending: Buffer[] = []

  constructor(private readonly onRecord: (record: string) => void) {}

  push(chunk: Buffer): void {
    const last = chunk.lastIndexOf(NUL)
    if (last < 0) {
      this.pending.push(chunk)
      return
    }
    let whole = chunk.subarray(0, last)
    if (this.pending.length > 0) {
      whole = Buffer.concat([...this.pending, whole])
      this.pending = []
    }
    if (last + 1 < chunk.length) this.pending.push(chunk.subarray(last + 1))
    // One decode per chunk, then a split: far cheaper than decoding record by record.
    const records = whole.toString('utf8').split('\0')
    for (const record of records) this.onRecord(record)
  }

  /** Emits a last record that had no NUL after it. */
  end(): void {
    if (this.pending.length === 0) return
    const rest = Buffer.concat(this.pending).toString('utf8')
    this.pending = []
    if (rest !== '' && rest !== '\n') this.onRecord(rest)
  }
}
