/** ZIP record layouts (PKWARE APPNOTE 6.3.10), encoded and decoded without any I/O. */

export const SIG_LOCAL = 0x04034b50
export const SIG_CENTRAL = 0x02014b50
export const SIG_DESCRIPTOR = 0x08074b50
export const SIG_EOCD = 0x06054b50
export const SIG_ZIP64_EOCD = 0x06064b50
export const SIG_ZIP64_LOCATOR = 0x07064b50

export const LOCAL_HEADER_SIZE = 30
export const CENTRAL_HEADER_SIZE = 46
export const EOCD_SIZE = 22
export const ZIP64_EOCD_SIZE = 56
export const ZIP64_LOCATOR_SIZE = 20
export const MAX_COMMENT = 0xffff

export const METHOD_STORED = 0
export const METHOD_DEFLATED = 8

export const FLAG_ENCRYPTED = 0x0001
export const FLAG_DESCRIPTOR = 0x0008
export const FLAG_UTF8 = 0x0800

export const U32_MAX = 0xffffffff
export const U16_MAX = 0xffff
const ZIP64_EXTRA_ID = 0x0001
/** Unix host, spec version 4.5 (ZIP64). */
const MADE_BY = (3 << 8) | 45
/** Regular file, rw-r--r--: fixed so the archive does not depend on the builder's umask. */
export const FILE_ATTRIBUTES = (0o100644 << 16) >>> 0

export interface EntryRecord {
  name: Buffer
  method: number
  flags: number
  crc: number
  compressedSize: number
  size: number
  offset: number
  dosTime: number
  dosDate: number
}

/** DOS date and time (2-second resolution, 1980–2107) of a UTC instant. */
export function dosDateTime(date: Date): { dosDate: number; dosTime: number } {
  let year = date.getUTCFullYear()
  if (year < 1980) return { dosDate: (1 << 5) | 1, dosTime: 0 }
  if (year > 2107) year = 2107
  return {
    dosDate: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
    dosTime: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1)
  }
}

function writeU64(buf: Buffer, value: number, at: number): void {
  buf.writeBigUInt64LE(BigInt(value), at)
}

/** Whether the local header must carry 64-bit sizes. */
export function needsZip64Sizes(size: number, compressedSize: number): boolean {
  return size >= U32_MAX || compressedSize >= U32_MAX
}

/**
 * Local file header. With `zip64`, the 32-bit sizes are 0xFFFFFFFF and a ZIP64 extra field holds
 * both sizes (zeros when a data descriptor follows).
 */
export function localHeader(entry: EntryRecord, zip64: boolean): Buffer {
  const extraLength = zip64 ? 20 : 0
  const buf = Buffer.alloc(LOCAL_HEADER_SIZE + entry.name.length + extraLength)
  const descriptor = (entry.flags & FLAG_DESCRIPTOR) !== 0
  buf.writeUInt32LE(SIG_LOCAL, 0)
  buf.writeUInt16LE(zip64 ? 45 : 20, 4)
  buf.writeUInt16LE(entry.flags, 6)
  buf.writeUInt16LE(entry.method, 8)
  buf.writeUInt16LE(entry.dosTime, 10)
  buf.writeUInt16LE(entry.dosDate, 12)
  buf.writeUInt32LE(descriptor ? 0 : entry.crc, 14)
  buf.writeUInt32LE(zip64 ? U32_MAX : descriptor ? 0 : entry.compressedSize, 18)
  buf.writeUInt32LE(zip64 ? U32_MAX : descriptor ? 0 : entry.size, 22)
  buf.writeUInt16LE(entry.name.length, 26)
  buf.writeUInt16LE(extraLength, 28)
  entry.name.copy(buf, LOCAL_HEADER_SIZE)
  if (zip64) {
    const at = LOCAL_HEADER_SIZE + entry.name.length
    buf.writeUInt16LE(ZIP64_EXTRA_ID, at)
    buf.writeUInt16LE(16, at + 2)
    writeU64(buf, descriptor ? 0 : entry.size, at + 4)
    writeU64(buf, descriptor ? 0 : entry.compressedSize, at + 12)
  }
  return buf
}

/** Data descriptor that follows streamed entries; 64-bit sizes when the local header had ZIP64. */
export function dataDescriptor(entry: EntryRecord, zip64: boolean): Buffer {
  const buf = Buffer.alloc(zip64 ? 24 : 16)
  buf.writeUInt32LE(SIG_DESCRIPTOR, 0)
  buf.writeUInt32LE(entry.crc, 4)
  if (zip64) {
    writeU64(buf, entry.compressedSize, 8)
    writeU64(buf, entry.size, 16)
  } else {
    buf.writeUInt32LE(entry.compressedSize, 8)
    buf.writeUInt32LE(entry.size, 12)
  }
  return buf
}

/** Central directory header, with a ZIP64 extra holding exactly the fields that overflow. */
export function centralHeader(entry: EntryRecord, forceZip64 = false): Buffer {
  const bigSize = forceZip64 || entry.size >= U32_MAX
  const bigCompressed = forceZip64 || entry.compressedSize >= U32_MAX
  const bigOffset = forceZip64 || entry.offset >= U32_MAX
  const extraFields = [bigSize, bigCompressed, bigOffset].filter(Boolean).length
  const extraLength = extraFields ? 4 + 8 * extraFields : 0
  const buf = Buffer.alloc(CENTRAL_HEADER_SIZE + entry.name.length + extraLength)
  buf.writeUInt32LE(SIG_CENTRAL, 0)
  buf.writeUInt16LE(MADE_BY, 4)
  buf.writeUInt16LE(extraFields ? 45 : 20, 6)
  buf.writeUInt16LE(entry.flags, 8)
  buf.writeUInt16LE(entry.method, 10)
  buf.writeUInt16LE(entry.dosTime, 12)
  buf.writeUInt16LE(entry.dosDate, 14)
  buf.writeUInt32LE(entry.crc, 16)
  buf.writeUInt32LE(bigCompressed ? U32_MAX : entry.compressedSize, 20)
  buf.writeUInt32LE(bigSize ? U32_MAX : entry.size, 24)
  buf.writeUInt16LE(entry.name.length, 28)
  buf.writeUInt16LE(extraLength, 30)
  buf.writeUInt16LE(0, 32) // comment length
  buf.writeUInt16LE(0, 34) // disk number
  buf.writeUInt16LE(0, 36) // internal attributes
  buf.writeUInt32LE(FILE_ATTRIBUTES, 38)
  buf.writeUInt32LE(bigOffset ? U32_MAX : entry.offset, 42)
  entry.name.copy(buf, CENTRAL_HEADER_SIZE)
  if (extraFields) {
    let at = CENTRAL_HEADER_SIZE + entry.name.length
    buf.writeUInt16LE(ZIP64_EXTRA_ID, at)
    buf.writeUInt16LE(8 * extraFields, at + 2)
    at += 4
    for (const [big, value] of [
      [bigSize, entry.size],
      [bigCompressed, entry.compressedSize],
      [bigOffset, entry.offset]
    ] as const) {
      if (!big) continue
      writeU64(buf, value, at)
      at += 8
    }
  }
  return buf
}

export interface DirectoryEnd {
  entries: number
  directoryOffset: number
  directorySize: number
  comment: Buffer
}

/** End of central directory, preceded by the ZIP64 record and locator when anything overflows. */
export function directoryEnd(end: DirectoryEnd, forceZip64 = false): Buffer {
  const zip64 =
    forceZip64 ||
    end.entries >= U16_MAX ||
    end.directoryOffset >= U32_MAX ||
    end.directorySize >= U32_MAX
  const parts: Buffer[] = []
  if (zip64) {
    const record = Buffer.alloc(ZIP64_EOCD_SIZE)
    record.writeUInt32LE(SIG_ZIP64_EOCD, 0)
    writeU64(record, ZIP64_EOCD_SIZE - 12, 4)
    record.writeUInt16LE(MADE_BY, 12)
    record.writeUInt16LE(45, 14)
    record.writeUInt32LE(0, 16)
    record.writeUInt32LE(0, 20)
    writeU64(record, end.entries, 24)
    writeU64(record, end.entries, 32)
    writeU64(record, end.directorySize, 40)
    writeU64(record, end.directoryOffset, 48)
    const locator = Buffer.alloc(ZIP64_LOCATOR_SIZE)
    locator.writeUInt32LE(SIG_ZIP64_LOCATOR, 0)
    locator.writeUInt32LE(0, 4)
    writeU64(locator, end.directoryOffset + end.directorySize, 8)
    locator.writeUInt32LE(1, 16)
    parts.push(record, locator)
  }
  const eocd = Buffer.alloc(EOCD_SIZE + end.comment.length)
  eocd.writeUInt32LE(SIG_EOCD, 0)
  eocd.writeUInt16LE(0, 4)
  eocd.writeUInt16LE(0, 6)
  eocd.writeUInt16LE(zip64 ? U16_MAX : end.entries, 8)
  eocd.writeUInt16LE(zip64 ? U16_MAX : end.entries, 10)
  eocd.writeUInt32LE(zip64 ? U32_MAX : end.directorySize, 12)
  eocd.writeUInt32LE(zip64 ? U32_MAX : end.directoryOffset, 16)
  eocd.writeUInt16LE(end.comment.length, 20)
  end.comment.copy(eocd, EOCD_SIZE)
  parts.push(eocd)
  return Buffer.concat(parts)
}
