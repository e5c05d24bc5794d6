import { open, type FileHandle } from 'node:fs/promises'
import { OperationError } from '../../errors.js'
import { BackgroundSha256 } from '../../hash/background-sha256.js'

// A body arrives in pieces of 16–64 KiB. They are gathered into 1 MiB slots, and each full slot is
// written and hashed (on a worker thread) while the next fills: one write per piece (a trip
// through the thread pool each) took three times as long as curl on loopback, and hashing on the
// receiving thread added 0.6 s per GiB in series with the network. Four slots bound the memory
// and how far receiving runs ahead of the disk and the hash.
const SLOT_SIZE = 1 << 20
const SLOT_COUNT = 4

/** Writes a file from pieces as they arrive and computes its SHA-256 alongside. */
export class HashingFileWriter {
  /** Bytes taken so far. */
  size = 0
  private readonly free: number[] = []
  /** Slots being written and hashed, oldest first. */
  private readonly busy = new Set<Promise<void>>()
  private current: { slot: number; fill: number } | undefined
  private writeAt = 0
  private failure: Error | undefined

  private constructor(
    private readonly file: FileHandle,
    private readonly dest: string,
    private readonly hash: BackgroundSha256
  ) {
    for (let slot = 0; slot < SLOT_COUNT; slot++) this.free.push(slot)
  }

  /** Creates (or empties) `dest`. */
  static async create(dest: string): Promise<HashingFileWriter> {
    const file = await open(dest, 'w', 0o644)
    return new HashingFileWriter(file, dest, new BackgroundSha256(SLOT_COUNT, SLOT_SIZE))
  }

  /** Takes a piece; waits only when every slot is still being written or hashed. */
  async write(chunk: Buffer): Promise<void> {
    let at = 0
    while (at < chunk.length) {
      this.current ??= { slot: await this.takeSlot(), fill: 0 }
      const { slot, fill } = this.current
      const copied = chunk.copy(this.hash.slots[slot]!, fill, at)
      at += copied
      this.current.fill += copied
      if (this.current.fill === SLOT_SIZE) this.dispatch()
    }
    this.size += chunk.length
  }

  private async takeSlot(): Promise<number> {
    for (;;) {
      this.throwIfFailed()
      const slot = this.free.shift()
      if (slot !== undefined) return slot
      await this.oldest()
    }
  }

  /** Settles when the oldest busy slot does (it never rejects: a failure is kept in `failure`). */
  private oldest(): Promise<void> | undefined {
    return this.busy.values().next().value
  }

  private throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure
  }

  private dispatch(): void {
    const { slot, fill } = this.current!
    this.current = undefined
    const at = this.writeAt
    this.writeAt += fill
    const data = this.hash.slots[slot]!
    const done = Promise.all([
      this.hash.update(slot, fill),
      this.file.write(data, 0, fill, at).then(({ bytesWritten }) => {
        if (bytesWritten !== fill) {
          throw new OperationError(
            `${this.dest}: wrote ${bytesWritten} of ${fill} bytes (disk full?)`
          )
        }
      })
    ]).then(
      () => {
        this.free.push(slot)
        this.busy.delete(done)
      },
      (error: unknown) => {
        // The slot stays out of use: the writer is failed, every later call throws.
        this.failure ??= error instanceof Error ? error : new Error(String(error))
        this.busy.delete(done)
      }
    )
    this.busy.add(done)
  }

  /** Writes and hashes everything taken so far; throws the first failure of a write or the hash. */
  async flush(): Promise<void> {
    if (this.current && this.current.fill > 0) this.dispatch()
    while (this.busy.size > 0) await this.oldest()
    this.throwIfFailed()
  }

  /** Empties the file and the hash, to take the whole body again. */
  async restart(): Promise<void> {
    await this.flush()
    this.hash.reset()
    await this.file.truncate(0)
    this.size = 0
    this.writeAt = 0
  }

  /** Writes what is left, closes the file and returns the hex SHA-256 and size of all of it. */
  async finish(): Promise<{ sha256: string; size: number }> {
    await this.flush()
    const sha256 = await this.hash.digest()
    await this.file.close()
    await this.hash.close()
    return { sha256, size: this.size }
  }

  /** Closes the file and stops the hash after a failure; never throws. */
  async abort(): Promise<void> {
    await Promise.allSettled([...this.busy])
    await this.file.close().catch(() => undefined)
    await this.hash.close().catch(() => undefined)
  }
}
