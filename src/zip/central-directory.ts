import type { FileHandle } from 'node:fs/promises'
import { ConfigurationError } from '../errors.js'
import { readAt } from '../fs/read-at.js'
import {
  CENTRAL_HEADER_SIZE,
  EOCD_SIZE,
  FLAG_UTF8,
  MAX_COMMENT,
  SIG_CENTRAL,
  SIG_EOCD,
  SIG_ZIP64_EOCD,
  SIG_ZIP64_LOCATOR,
  U16_MAX,
  U32_MAX,
  ZIP64_EOCD_SIZE,
  ZIP64_LOCATOR_SIZE
} from './records.js'

/** One entry as the central directory describes it. */
export interface ZipEntry {
  name: string
  rawName: Buffer
  versionMadeBy: number
  flags: number
  method: number
  dosTime: number
  dosDate: number
  crc: number
  compressedSize: number
  size: number
  externalAttributes: number
  localOffset: number
}

export interface CentralDirectory {
  entries: ZipEntry[]
  comment: Buffer
  fileSize: number
  directoryOffset: number
  directorySize: number
  zip64: boolean
}

/** Tail read at once: the largest comment, the end records, and often the whole directory. */
const TAIL_BYTES = MAX_COMMENT + EOCD_SIZE + ZIP64_LOCATOR_SIZE + ZIP64_EOCD_SIZE + (256 << 10)

function broken(label: string, why: string): ConfigurationError {
  return new ConfigurationError(`${label} is not a valid ZIP archive: ${why}`)
}

const SIG_LOCAL_BYTES = Buffer.from([0x50, 0x4b, 0x03, 0x04])

/**
 * Whether an end record sits right after the directory it describes, as the end record of this
 * archive does. One of an archive stored inside (a .jar in model/bundles) points at a directory
 * elsewhere, so finding it in a cut file must not read as "data appended". ZIP64 end records
 * come between: those are taken as this archive's.
 */
function endsItsDirectory(tail: Buffer, at: number, tailStart: number): boolean {
  const size = tail.readUInt32LE(at + 12)
  const offset = tail.readUInt32LE(at + 16)
  if (size === U32_MAX || offset === U32_MAX) return true
  if (at >= ZIP64_LOCATOR_SIZE && tail.readUInt32LE(at - ZIP64_LOCATOR_SIZE) === SIG_ZIP64_LOCATOR)
    return true
  return offset + size === tailStart + at
}

/**
 * Finds the end-of-central-directory record whose comment runs exactly to the end of the file,
 * or says precisely why there is none: data appended, a cut, or not a ZIP archive at all.
 */
async function findEnd(
  handle: FileHandle,
  tail: Buffer,
  tailStart: number,
  fileSize: number,
  label: string
): Promise<number> {
  let trailing: number | undefined
  for (let at = tail.length - EOCD_SIZE; at >= 0; at--) {
    if (tail.readUInt32LE(at) !== SIG_EOCD) continue
    const end = tailStart + at + EOCD_SIZE + tail.readUInt16LE(at + 20)
    if (end === fileSize) return at
    if (end < fileSize && endsItsDirectory(tail, at, tailStart)) trailing ??= fileSize - end
  }
  if (trailing !== undefined) {
    throw broken(
      label,
      `${trailing} bytes of unknown data follow the end of the archive (was something appended to it?)`
    )
  }
  const start = tailStart === 0 ? tail.subarray(0, 4) : await readAt(handle, 0, 4)
  if (start.equals(SIG_LOCAL_BYTES)) {
    throw broken(
      label,
      `it has no end-of-central-directory record: the file is truncated (cut short at ${fileSize} bytes)`
    )
  }
  throw broken(label, 'it is not a ZIP archive (no ZIP signature at its start or its end)')
}

/**
 * Reads the central directory with one read of the file's tail (two when the directory is larger
 * than the tail), never touching entry data.
 */
export async function readCentralDirectory(
  handle: FileHandle,
  fileSize: number,
  label: string
): Promise<CentralDirectory> {
  if (fileSize === 0) throw broken(label, 'it is empty (0 bytes)')
  const tailStart = Math.max(0, fileSize - TAIL_BYTES)
  const tail = await readAt(handle, tailStart, fileSize - tailStart)
  const end = await findEnd(handle, tail, tailStart, fileSize, label)
  if (tail.readUInt16LE(end + 4) !== 0 || tail.readUInt16LE(end + 6) !== 0) {
    throw broken(label, 'it spans several disks')
  }
  let entries = tail.readUInt16LE(end + 10)
  let directorySize = tail.readUInt32LE(end + 12)
  let directoryOffset = tail.readUInt32LE(end + 16)
  const comment = Buffer.from(
    tail.subarray(end + EOCD_SIZE, end + EOCD_SIZE + tail.readUInt16LE(end + 20))
  )
  let directoryEnd = tailStart + end
  let zip64 = false
  const locatorAt = end - ZIP64_LOCATOR_SIZE
  if (locatorAt >= 0 && tail.readUInt32LE(locatorAt) === SIG_ZIP64_LOCATOR) {
    zip64 = true
    const recordOffset = Number(tail.readBigUInt64LE(locatorAt + 8))
    const recordAt = recordOffset - tailStart
    if (recordAt < 0 || recordAt + ZIP64_EOCD_SIZE > locatorAt) {
      throw broken(label, 'the ZIP64 end record lies outside the file')
    }
    if (tail.readUInt32LE(recordAt) !== SIG_ZIP64_EOCD) {
      throw broken(label, 'the ZIP64 end record has a wrong signature')
    }
    entries = Number(tail.readBigUInt64LE(recordAt + 32))
    directorySize = Number(tail.readBigUInt64LE(recordAt + 40))
    directoryOffset = Number(tail.readBigUInt64LE(recordAt + 48))
    directoryEnd = recordOffset
  } else if (entries === U16_MAX || directorySize === U32_MAX || directoryOffset === U32_MAX) {
    throw broken(label, 'the end record points to ZIP64 records that are missing')
  }
  if (directoryOffset + directorySize > directoryEnd) {
    throw broken(label, 'the central directory lies outside the file (is it truncated?)')
  }
  const directoryStop = directoryOffset + directorySize
  let directory: Buffer
  if (directoryOffset >= tailStart) {
    directory = tail.subarray(directoryOffset - tailStart, directoryStop - tailStart)
  } else if (directoryStop <= tailStart) {
    directory = await readAt(handle, directoryOffset, directorySize)
  } else {
    // A directory larger than the tail: read only the part before it.
    const head = await readAt(handle, directoryOffset, tailStart - directoryOffset)
    directory = Buffer.concat([head, tail.subarray(0, directoryStop - tailStart)])
  }
  return {
    entries: parseEntries(directory, entries, label),
    comment,
    fileSize,
    directoryOffset,
    directorySize,
    zip64
  }
}

function parseEntries(directory: Buffer, count: number, label: string): ZipEntry[] {
  const entries: ZipEntry[] = []
  let at = 0
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_HEADER_SIZE > directory.length || directory.readUInt32LE(at) !== SIG_CENTRAL) {
      throw broken(label, `central directory entry ${i + 1} of ${count} is missing or damaged`)
    }
    const nameLength = directory.readUInt16LE(at + 28)
    const extraLength = directory.readUInt16LE(at + 30)
    const commentLength = directory.readUInt16LE(at + 32)
    const next = at + CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength
    if (next > directory.length) {
      throw broken(label, `central directory entry ${i + 1} runs past the directory's end`)
    }
    const flags = directory.readUInt16LE(at + 8)
    const nameStart = at + CENTRAL_HEADER_SIZE
    // A view, not a copy: 15,000 small copies were most of inspect's time, in garbage collection.
    const rawName = directory.subarray(nameStart, nameStart + nameLength)
    const entry: ZipEntry = {
      name: directory.toString(
        flags & FLAG_UTF8 ? 'utf8' : 'latin1',
        nameStart,
        nameStart + nameLength
      ),
      rawName,
      versionMadeBy: directory.readUInt16LE(at + 4),
      flags,
      method: directory.readUInt16LE(at + 10),
      dosTime: directory.readUInt16LE(at + 12),
      dosDate: directory.readUInt16LE(at + 14),
      crc: directory.readUInt32LE(at + 16),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      externalAttributes: directory.readUInt32LE(at + 38),
      localOffset: directory.readUInt32LE(at + 42)
    }
    const extraStart = at + CENTRAL_HEADER_SIZE + nameLength
    applyZip64Extra(entry, directory.subarray(extraStart, extraStart + extraLength), label)
    entries.push(entry)
    at = next
  }
  return entries
}

/** Replaces 0xFFFFFFFF fields with the 64-bit values of the ZIP64 extra field, in spec order. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer, label: string): void {
  const wanted = [entry.size, entry.compressedSize, entry.localOffset].filter((v) => v === U32_MAX)
  if (wanted.length === 0) return
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at)
    const length = extra.readUInt16LE(at + 2)
    if (id === 0x0001) {
      let field = at + 4
      const take = (): number => {
        if (field + 8 > at + 4 + length)
          throw broken(label, `${entry.name}: ZIP64 extra field is too short`)
        const value = Number(extra.readBigUInt64LE(field))
        field += 8
        return value
      }
      if (entry.size === U32_MAX) entry.size = take()
      if (entry.compressedSize === U32_MAX) entry.compressedSize = take()
      if (entry.localOffset === U32_MAX) entry.localOffset = take()
      return
    }
    at += 4 + length
  }
  throw broken(label, `${entry.name}: sizes need a ZIP64 extra field that is missing`)
}
