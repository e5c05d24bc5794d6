import { createHash, type Hash } from 'node:crypto'
import type { FileHandle } from 'node:fs/promises'

const FLUSH_BYTES = 1 << 20

/**
 * Append-only writer over a file handle that gathers small pieces into ~1 MiB writes through one
 * reused buffer (no garbage per write), and hashes what it writes, so the SHA-256 comes for free.
 */
export class OutputFile {
  private readonly buffer = Buffer.allocUnsafeSlow(FLUSH_BYTES)
  private used = 0
  private readonly hash: Hash = createHash('sha256')
  /** Bytes written so far, including those still buffered. */
  position = 0

  constructor(private readonly handle: FileHandle) {}

  async write(piece: Buffer): Promise<void> {
    if (piece.length === 0) return
    this.hash.update(piece)
    this.position += piece.length
    if (this.used + piece.length > FLUSH_BYTES) await this.flush()
    if (piece.length >= FLUSH_BYTES) {
      await this.writeAll(piece)
    } else {
      this.used += piece.copy(this.buffer, this.used)
    }
  }

  async flush(): Promise<void> {
    if (this.used === 0) return
    await this.writeAll(this.buffer.subarray(0, this.used))
    this.used = 0
  }

  /** Flushes and returns the hex SHA-256 of everything written. */
  async finish(): Promise<string> {
    await this.flush()
    await this.handle.sync()
    return this.hash.digest('hex')
  }

  private async writeAll(data: Buffer): Promise<void> {
    let offset = 0
    while (offset < data.length) {
      const { bytesWritten } = await this.handle.write(data, offset, data.length - offset)
      offset += bytesWritten
    }
  }
}
