import { createHash, type Hash } from 'node:crypto'
import type { FileHandle } from 'node:fs/promises'

const FLUSH_BYTES = 1 << 20

/**
 * Append-only writer over a file handle that batches small pieces into ~1 MiB writes and
 * hashes what it writes, so the archive's SHA-256 comes for free.
 */
export class OutputFile {
  private pending: Buffer[] = []
  private pendingBytes = 0
  private readonly hash: Hash = createHash('sha256')
  /** Bytes written so far, including those still buffered. */
  position = 0

  constructor(private readonly handle: FileHandle) {}

  async write(piece: Buffer): Promise<void> {
    if (piece.length === 0) return
    this.hash.update(piece)
    this.position += piece.length
    this.pending.push(piece)
    this.pendingBytes += piece.length
    if (this.pendingBytes >= FLUSH_BYTES) await this.flush()
  }

  async flush(): Promise<void> {
    if (this.pendingBytes === 0) return
    const data = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending)
    this.pending = []
    this.pendingBytes = 0
    let offset = 0
    while (offset < data.length) {
      const { bytesWritten } = await this.handle.write(data, offset, data.length - offset)
      offset += bytesWritten
    }
  }

  /** Flushes and returns the hex SHA-256 of everything written. */
  async finish(): Promise<string> {
    await this.flush()
    await this.handle.sync()
    return this.hash.digest('hex')
  }
}
