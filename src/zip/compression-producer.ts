import { readFileSync } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { promisify } from 'node:util'
import * as zlib from 'node:zlib'
import { OperationError } from '../errors.js'
import { readAt } from '../fs/read-at.js'
import { crc32 } from './crc32.js'
import { METHOD_DEFLATED, METHOD_STORED } from './records.js'
import type { ZipInput, ZipWriteOptions } from './zip-types.js'

const gzip = promisify(zlib.gzip)
const { gzipSync } = zlib
const deflateRaw = promisify(zlib.deflateRaw)

/** What the consumer writes for one queued unit of work. */
export type Piece =
  | { kind: 'whole'; method: number; data: Buffer; crc: number }
  | { kind: 'begin'; method: number; crc: number }
  | { kind: 'chunk'; data: Buffer; input: Buffer }
  | { kind: 'end' }

export interface Unit {
  input: ZipInput
  cost: number
  piece: Promise<Piece>
}

interface BigFile {
  input: ZipInput
  handle: Promise<FileHandle>
  method: number
  position: number
  previous: Promise<Buffer> | undefined
  /** The CRC pass over a stored file, which must end before the file is closed. */
  crcPass: Promise<unknown> | undefined
  begun: boolean
}

// Input bytes in flight: 32 MiB keeps a build of the benchmark's 256 MB folder at 177 MB peak RSS
// (64 MiB reached 202 MB on a quiet machine, over the 200 MB goal) for 0.45× Info-ZIP's time
// instead of 0.43× (docs/benchmarks.md).
const DEFAULT_WINDOW = 32 << 20
const DEFAULT_CHUNK = 4 << 20
const MAX_UNITS = 128
const DICTIONARY_BYTES = 32 << 10
/**
 * Files up to this size are compressed synchronously on this thread, the rest in the thread
 * pool. An async zlib call costs about 100 µs of this thread's time in stream machinery and
 * garbage, more than deflating a 16 KB file outright; on 15,000 web files that was a fifth of
 * the CPU. The thread pool meanwhile compresses the larger files, so both cores still work.
 */
const SYNC_BYTES = 16 << 10

/**
 * Hands out units of work in archive order and keeps the thread pool fed: every unit handed
 * out has started, and more are started as the consumer releases what it has written.
 */
export class Producer {
  private readonly queue: Unit[] = []
  private index = 0
  private big: BigFile | undefined
  private inFlight = 0
  private readonly window: number
  private readonly chunk: number
  private readonly level: number
  private readonly handles: Promise<FileHandle>[] = []

  constructor(
    private readonly inputs: readonly ZipInput[],
    private readonly options: ZipWriteOptions
  ) {
    this.window = options.windowBytes ?? DEFAULT_WINDOW
    this.chunk = options.chunkBytes ?? DEFAULT_CHUNK
    this.level = options.level ?? 6
  }

  next(): Unit | undefined {
    this.fill()
    return this.queue.shift()
  }

  release(unit: Unit): void {
    this.inFlight -= unit.cost
  }

  async abort(): Promise<void> {
    this.index = this.inputs.length
    this.big = undefined
    await Promise.allSettled(this.queue.map((unit) => unit.piece))
    await Promise.allSettled(
      this.handles.map((handle) => handle.then((h) => h.close()).catch(() => undefined))
    )
  }

  private fill(): void {
    while (
      this.queue.length < MAX_UNITS &&
      (this.inFlight < this.window || this.queue.length === 0)
    ) {
      if (this.big) {
        this.pushBigUnit(this.big)
        continue
      }
      const input = this.inputs[this.index]
      if (!input) return
      this.index++
      if (input.data === undefined && input.size > this.chunk) {
        this.big = this.startBig(input)
      } else {
        this.push(input, input.size * 2 + 1024, this.whole(input))
      }
    }
  }

  private push(input: ZipInput, cost: number, piece: Promise<Piece>): void {
    piece.catch(() => undefined) // awaited later, in order; never an unhandled rejection
    this.inFlight += cost
    this.queue.push({ input, cost, piece })
  }

  private async whole(input: ZipInput): Promise<Piece> {
    // Files that go whole are at most a chunk: one synchronous read costs less than the four
    // thread-pool round trips of an async readFile.
    const raw = input.data ?? readFileSync(input.path!)
    if (raw.length !== input.size) {
      throw changedSize(input)
    }
    if (raw.length === 0) return { kind: 'whole', method: METHOD_STORED, data: raw, crc: 0 }
    if (this.options.store?.(input.name) || this.level === 0) {
      return { kind: 'whole', method: METHOD_STORED, data: raw, crc: crc32(raw) }
    }
    // gzip rather than raw deflate: its trailer carries the CRC-32, computed by zlib.
    const gz =
      raw.length <= SYNC_BYTES
        ? gzipSync(raw, { level: this.level })
        : await gzip(raw, { level: this.level, chunkSize: outputChunk(raw.length) })
    const crc = gz.readUInt32LE(gz.length - 8)
    const deflated = gz.subarray(10, gz.length - 8)
    if (deflated.length >= raw.length)
      return { kind: 'whole', method: METHOD_STORED, data: raw, crc }
    return { kind: 'whole', method: METHOD_DEFLATED, data: deflated, crc }
  }

  private startBig(input: ZipInput): BigFile {
    const handle = open(input.path!, 'r')
    handle.catch(() => undefined)
    this.handles.push(handle)
    const stored = this.options.store?.(input.name) === true || this.level === 0
    return {
      input,
      handle,
      method: stored ? METHOD_STORED : METHOD_DEFLATED,
      position: 0,
      previous: undefined,
      crcPass: undefined,
      begun: false
    }
  }

  private pushBigUnit(big: BigFile): void {
    const { input } = big
    if (!big.begun) {
      big.begun = true
      // A stored entry has no data descriptor (Java's ZipInputStream can't read one), so its
      // CRC is needed before the header: one extra pass over the file, mostly from page cache.
      const crc =
        big.method === METHOD_STORED
          ? big.handle.then((h) => fileCrc(h, input))
          : Promise.resolve(0)
      big.crcPass = crc
      this.push(
        input,
        1024,
        crc.then((value) => ({ kind: 'begin', method: big.method, crc: value }))
      )
      return
    }
    if (big.position >= input.size) {
      this.big = undefined
      // Reads stop at the listed size, so a file that grew since would be cut short silently.
      const closed = Promise.all([big.handle, big.previous, big.crcPass]).then(async ([h]) => {
        const { size } = await h.stat().finally(() => h.close())
        if (size !== input.size) throw changedSize(input)
      })
      this.push(
        input,
        0,
        closed.then(() => ({ kind: 'end' }))
      )
      return
    }
    const position = big.position
    const length = Math.min(this.chunk, input.size - position)
    big.position += length
    const last = big.position >= input.size
    const previous = big.previous
    const read = Promise.all([big.handle, previous]).then(([h]) =>
      readExactly(h, input, position, length)
    )
    read.catch(() => undefined)
    big.previous = read
    const piece = Promise.all([read, previous]).then(async ([data, before]): Promise<Piece> => {
      if (big.method === METHOD_STORED) return { kind: 'chunk', data, input: data }
      const options: zlib.ZlibOptions = {
        level: this.level,
        finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
        chunkSize: outputChunk(data.length)
      }
      if (before)
        options.dictionary = before.subarray(Math.max(0, before.length - DICTIONARY_BYTES))
      return { kind: 'chunk', data: await deflateRaw(data, options), input: data }
    })
    this.push(input, length * 2 + 1024, piece)
  }
}

/**
 * Output buffer size for an async zlib call: zlib's default of 16 KiB made a 4 MiB chunk cost
 * a hundred round trips between this thread and the pool; one buffer near the input's size
 * takes one or two.
 */
function outputChunk(inputBytes: number): number {
  return Math.min(Math.max(inputBytes + 1024, 64 << 10), 8 << 20)
}

export function changedSize(input: ZipInput): OperationError {
  return new OperationError(
    `${input.path ?? input.name} changed size while it was being packed: build from a folder that nothing writes to`
  )
}

/** `length` bytes at `position`; a file that ends sooner changed size since it was listed. */
async function readExactly(
  handle: FileHandle,
  input: ZipInput,
  position: number,
  length: number
): Promise<Buffer> {
  const buffer = await readAt(handle, position, length)
  if (buffer.length < length) throw changedSize(input)
  return buffer
}

async function fileCrc(handle: FileHandle, input: ZipInput): Promise<number> {
  const buffer = Buffer.allocUnsafe(1 << 20)
  let crc = 0
  let position = 0
  while (position < input.size) {
    const { bytesRead } = await handle.read(
      buffer,
      0,
      Math.min(buffer.length, input.size - position),
      position
    )
    if (bytesRead === 0) {
      throw changedSize(input)
    }
    crc = crc32(buffer.subarray(0, bytesRead), crc)
    position += bytesRead
  }
  return crc
}
