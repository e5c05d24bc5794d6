import { createReadStream } from 'node:fs'
import type { FileHandle } from 'node:fs/promises'
import { Transform, type Readable, type TransformCallback } from 'node:stream'
import { promisify } from 'node:util'
import * as zlib from 'node:zlib'
import { ConfigurationError } from '../errors.js'
import { readAt } from '../fs/read-at.js'
import type { ZipEntry } from './central-directory.js'
import { crc32 } from './crc32.js'
import { LOCAL_HEADER_SIZE, METHOD_DEFLATED, METHOD_STORED, SIG_LOCAL } from './records.js'

const inflateRaw = promisify(zlib.inflateRaw)

/** Room for the local extra field, which may differ from the central one. */
const EXTRA_GUESS = 256

export function damaged(label: string, entry: ZipEntry, why: string): ConfigurationError {
  return new ConfigurationError(`${label}: entry ${JSON.stringify(entry.name)} is damaged: ${why}`)
}

/** Checks a local header against its central entry and returns where the entry's data starts. */
export function parseLocalHeader(header: Buffer, entry: ZipEntry, label: string): number {
  if (header.length < LOCAL_HEADER_SIZE || header.readUInt32LE(0) !== SIG_LOCAL) {
    throw damaged(label, entry, 'its local header is missing')
  }
  const nameLength = header.readUInt16LE(26)
  const extraLength = header.readUInt16LE(28)
  const name = header.subarray(LOCAL_HEADER_SIZE, LOCAL_HEADER_SIZE + nameLength)
  if (!name.equals(entry.rawName))
    throw damaged(label, entry, 'its local header names another file')
  if (header.readUInt16LE(8) !== entry.method) {
    throw damaged(label, entry, 'local and central headers disagree on the compression method')
  }
  return entry.localOffset + LOCAL_HEADER_SIZE + nameLength + extraLength
}

/** Where an entry's data starts, read from its local header. */
export async function dataOffset(
  handle: FileHandle,
  entry: ZipEntry,
  label: string
): Promise<number> {
  const header = await readAt(
    handle,
    entry.localOffset,
    LOCAL_HEADER_SIZE + entry.rawName.length + EXTRA_GUESS
  )
  return parseLocalHeader(header, entry, label)
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
 * Reads and decompresses one entry into memory, with the local header and data in one read,
 * and checks its size and CRC-32. For small entries such as `model/metadata.json`.
 */
export async function readEntry(
  handle: FileHandle,
  entry: ZipEntry,
  label: string
): Promise<Buffer> {
  checkSupported(entry, label)
  const guess = LOCAL_HEADER_SIZE + entry.rawName.length + EXTRA_GUESS + entry.compressedSize
  let block = await readAt(handle, entry.localOffset, guess)
  const start = parseLocalHeader(block, entry, label) - entry.localOffset
  if (block.length < start + entry.compressedSize) {
    block = await readAt(handle, entry.localOffset, start + entry.compressedSize)
    if (block.length < start + entry.compressedSize)
      throw damaged(label, entry, 'its data is cut short')
  }
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
 * A stream of an entry's decompressed bytes that errors on a size or CRC-32 mismatch at the end;
 * memory stays flat whatever the entry's size. The caller keeps `handle` open until it ends.
 */
export async function entryStream(
  handle: FileHandle,
  entry: ZipEntry,
  label: string
): Promise<Readable> {
  checkSupported(entry, label)
  const start = await dataOffset(handle, entry, label)
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
    autoClose: false
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
