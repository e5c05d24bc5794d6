import { createReadStream } from 'node:fs'
import type { FileHandle } from 'node:fs/promises'
import { Transform, type Readable, type TransformCallback } from 'node:stream'
import { promisify } from 'node:util'
import * as zlib from 'node:zlib'
import { readAt } from '../fs/read-at.js'
import type { ZipEntry } from './central-directory.js'
import { crc32 } from './crc32.js'
import {
  checkDescriptor,
  checkLocalHeader,
  damaged,
  localHeaderLength,
  MAX_DESCRIPTOR
} from './local-header.js'
import { FLAG_DESCRIPTOR, LOCAL_HEADER_SIZE, METHOD_DEFLATED, METHOD_STORED } from './records.js'

/** Bytes per read of an entry's data. */
const READ_SIZE = 1 << 20

const inflateRaw = promisify(zlib.inflateRaw)

/** Room for the local extra field, which may differ from the central one. */
const EXTRA_GUESS = 256

/**
 * Reads an entry's local header and checks it, and its data descriptor if it has one, against
 * the central entry; with `withData`, the data comes in the same read. Returns what was read and
 * where the data starts in it.
 */
async function readLocal(
  handle: FileHandle,
  entry: ZipEntry,
  label: string,
  withData: boolean
): Promise<{ block: Buffer; start: number }> {
  const tail = withData ? entry.compressedSize + MAX_DESCRIPTOR : 0
  const guess = LOCAL_HEADER_SIZE + entry.rawName.length + EXTRA_GUESS + tail
  let block = await readAt(handle, entry.localOffset, guess)
  const length = localHeaderLength(block)
  if (length !== undefined && block.length === guess && guess < length + tail) {
    block = await readAt(handle, entry.localOffset, length + tail) // a longer extra field
  }
  const local = checkLocalHeader(block, entry, label)
  const dataEnd = local.length + entry.compressedSize
  if (withData && block.length < dataEnd) throw damaged(label, entry, 'its data is cut short')
  if (local.flags & FLAG_DESCRIPTOR) {
    const descriptor = withData
      ? block.subarray(dataEnd, dataEnd + MAX_DESCRIPTOR)
      : await readAt(handle, entry.localOffset + dataEnd, MAX_DESCRIPTOR)
    checkDescriptor(descriptor, local, entry, label)
  }
  return { block, start: local.length }
}

function checkSupported(entry: ZipEntry, label: string): void {
  if (entry.flags & 0x0001) throw damaged(label, entry, 'it is encrypted')
  if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATED) {
    throw damaged(
      label,
      entry,
      `compression method ${entry.method} is not supported (only stored and deflated)`
    )
  }
}

/**
 * Reads and decompresses one entry into memory, with the local records and data in one read,
 * and checks its local records, size and CRC-32. For small entries such as `model/metadata.json`.
 */
export async function readEntry(
  handle: FileHandle,
  entry: ZipEntry,
  label: string
): Promise<Buffer> {
  checkSupported(entry, label)
  const { block, start } = await readLocal(handle, entry, label, true)
  const raw = block.subarray(start, start + entry.compressedSize)
  let data: Buffer
  if (entry.method === METHOD_STORED) {
    data = raw
  } else {
    try {
      data = await inflateRaw(raw, { maxOutputLength: Math.max(entry.size, 1) })
    } catch (error) {
      const tooLarge = (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
      throw damaged(
        label,
        entry,
        tooLarge
          ? `it inflates past its declared size of ${entry.size} bytes`
          : (error as Error).message
      )
    }
  }
  if (data.length !== entry.size) {
    throw damaged(
      label,
      entry,
      `it holds ${data.length} bytes, not the ${entry.size} its header declares`
    )
  }
  if (crc32(data) !== entry.crc) throw damaged(label, entry, 'CRC-32 mismatch')
  return data
}

/** Counts and checksums a decompressed stream, failing it as soon as it outgrows the header. */
class CheckedOutput extends Transform {
  private crc = 0
  private bytes = 0

  constructor(
    private readonly entry: ZipEntry,
    private readonly label: string
  ) {
    super()
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length
    if (this.bytes > this.entry.size) {
      done(
        damaged(
          this.label,
          this.entry,
          `it inflates past its declared size of ${this.entry.size} bytes`
        )
      )
      return
    }
    this.crc = crc32(chunk, this.crc)
    done(null, chunk)
  }

  override _flush(done: TransformCallback): void {
    if (this.bytes !== this.entry.size) {
      done(
        damaged(
          this.label,
          this.entry,
          `it holds ${this.bytes} bytes, not the ${this.entry.size} its header declares`
        )
      )
    } else if (this.crc !== this.entry.crc) {
      done(damaged(this.label, this.entry, 'CRC-32 mismatch'))
    } else {
      done()
    }
  }
}

/**
 * A stream of an entry's decompressed bytes, once its local records are checked, that errors on a
 * size or CRC-32 mismatch at the end;
 * memory stays flat whatever the entry's size. The caller keeps `handle` open until it ends.
 */
export async function entryStream(
  handle: FileHandle,
  entry: ZipEntry,
  label: string
): Promise<Readable> {
  checkSupported(entry, label)
  const start = entry.localOffset + (await readLocal(handle, entry, label, false)).start
  const check = new CheckedOutput(entry, label)
  if (entry.compressedSize === 0) {
    check.end()
    return check
  }
  // By descriptor number, not FileHandle.createReadStream: that adds a listener to the shared
  // handle per stream, and an archive has thousands of entries.
  const source = createReadStream('', {
    fd: handle.fd,
    start,
    end: start + entry.compressedSize - 1,
    autoClose: false,
    // 1 MiB reads, not the default 64 KiB: each read is a trip through the thread pool, and a
    // 1 GiB entry took 16,384 of them (2 s of verifying a package, mostly waiting on them).
    highWaterMark: READ_SIZE
  })
  const forward = (error: Error): void => {
    check.destroy(error.message.includes('damaged') ? error : damaged(label, entry, error.message))
  }
  source.on('error', forward)
  if (entry.method === METHOD_STORED) {
    source.pipe(check)
  } else {
    const inflate = zlib.createInflateRaw()
    inflate.on('error', forward)
    source.pipe(inflate).pipe(check)
  }
  return check
}
