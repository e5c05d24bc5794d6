import { ConfigurationError } from '../errors.js'
import type { ZipEntry } from './central-directory.js'
import {
  FLAG_DESCRIPTOR,
  LOCAL_HEADER_SIZE,
  SIG_CENTRAL,
  SIG_DESCRIPTOR,
  SIG_EOCD,
  SIG_LOCAL,
  SIG_ZIP64_EOCD,
  U32_MAX
} from './records.js'

/**
 * The local records of an entry checked against its central directory entry (PKWARE APPNOTE
 * 6.3.10: 4.3.7 local header, 4.3.9 data descriptor, 4.4.4 flags, 4.5.3 ZIP64 extra field).
 * Readers of the central directory (unzip, java.util.zip.ZipFile) and readers of the local
 * records (funzip, java.util.zip.ZipInputStream, anything that unpacks a stream) must see the same
 * file, so any disagreement makes the archive ambiguous and is refused.
 */

/** A data descriptor's most bytes: signature, CRC-32 and two 8-byte sizes. */
export const MAX_DESCRIPTOR = 24

const ZIP64_EXTRA_ID = 0x0001
/** Records that may follow an entry's data: where one starts, there is no data descriptor. */
const NEXT_RECORDS = new Set([SIG_LOCAL, SIG_CENTRAL, SIG_EOCD, SIG_ZIP64_EOCD])

export function damaged(label: string, entry: ZipEntry, why: string): ConfigurationError {
  return new ConfigurationError(`${label}: entry ${JSON.stringify(entry.name)} is damaged: ${why}`)
}

const hex = (value: number, digits: number): string =>
  `0x${value.toString(16).padStart(digits, '0')}`

/** What an entry's local header says, once its length is known. */
export interface LocalHeader {
  /** Bytes of the header with its name and extra field: where the data starts. */
  length: number
  flags: number
  /** Whether it has a ZIP64 extra field, which makes the data descriptor's sizes 8 bytes. */
  zip64: boolean
}

/** Bytes of the local header at the start of `block`, or undefined when it has no signature. */
export function localHeaderLength(block: Buffer): number | undefined {
  if (block.length < LOCAL_HEADER_SIZE || block.readUInt32LE(0) !== SIG_LOCAL) return undefined
  return LOCAL_HEADER_SIZE + block.readUInt16LE(26) + block.readUInt16LE(28)
}

/** The sizes in a local ZIP64 extra field: both, uncompressed first (APPNOTE 4.5.3). */
function zip64Sizes(extra: Buffer): { size: number; compressedSize: number } | null | undefined {
  for (let at = 0; at + 4 <= extra.length;) {
    const length = extra.readUInt16LE(at + 2)
    if (extra.readUInt16LE(at) === ZIP64_EXTRA_ID) {
      if (length < 16 || at + 4 + 16 > extra.length) return null
      return {
        size: Number(extra.readBigUInt64LE(at + 4)),
        compressedSize: Number(extra.readBigUInt64LE(at + 12))
      }
    }
    at += 4 + length
  }
  return undefined
}

/**
 * Checks a whole local header (`header` holds at least `localHeaderLength` bytes) against the
 * central entry: name bytes, flags, method, and CRC-32 and sizes. With flag bit 3 those three may
 * be zero, the data descriptor then carries them (Info-ZIP keeps the real size, so a field may
 * also hold the real value); anything else disagrees.
 */
export function checkLocalHeader(header: Buffer, entry: ZipEntry, label: string): LocalHeader {
  const length = localHeaderLength(header)
  if (length === undefined) throw damaged(label, entry, 'its local header is missing')
  if (header.length < length) throw damaged(label, entry, 'its local header is cut short')
  const disagree = (field: string, local: string, central: string): ConfigurationError =>
    damaged(
      label,
      entry,
      `local header and central directory disagree on the ${field} (${local} vs ${central})`
    )
  const nameEnd = LOCAL_HEADER_SIZE + header.readUInt16LE(26)
  const name = header.subarray(LOCAL_HEADER_SIZE, nameEnd)
  if (!name.equals(entry.rawName)) {
    const text = (bytes: Buffer): string => JSON.stringify(bytes.toString('utf8'))
    throw disagree('file name', text(name), text(entry.rawName))
  }
  const flags = header.readUInt16LE(6)
  if (flags !== entry.flags) throw disagree('flags', hex(flags, 4), hex(entry.flags, 4))
  const method = header.readUInt16LE(8)
  if (method !== entry.method) throw disagree('compression method', `${method}`, `${entry.method}`)

  const sizes = zip64Sizes(header.subarray(nameEnd, length))
  let compressedSize = header.readUInt32LE(18)
  let size = header.readUInt32LE(22)
  if (compressedSize === U32_MAX || size === U32_MAX) {
    if (!sizes) throw damaged(label, entry, 'its local ZIP64 extra field is missing or too short')
    if (compressedSize === U32_MAX) compressedSize = sizes.compressedSize
    if (size === U32_MAX) size = sizes.size
  }
  const deferred = (flags & FLAG_DESCRIPTOR) !== 0
  const fields: [string, number, number, number][] = [
    ['CRC-32', header.readUInt32LE(14), entry.crc, 8],
    ['compressed size', compressedSize, entry.compressedSize, 0],
    ['uncompressed size', size, entry.size, 0]
  ]
  for (const [field, local, central, digits] of fields) {
    if (local === central || (deferred && local === 0)) continue
    const show = (value: number): string => (digits ? hex(value, digits) : `${value}`)
    throw disagree(field, show(local), show(central))
  }
  return { length, flags, zip64: sizes !== undefined }
}

/**
 * Checks the data descriptor that follows the data of an entry with flag bit 3. Its signature is
 * optional (APPNOTE 4.3.9.3), and its sizes are 8 bytes when the local header has a ZIP64 extra
 * field (4.3.9.2); `bytes` starts right after the data.
 */
export function checkDescriptor(
  bytes: Buffer,
  local: LocalHeader,
  entry: ZipEntry,
  label: string
): void {
  const width = local.zip64 ? 8 : 4
  const read = (at: number): [number, number, number] | undefined => {
    if (bytes.length < at + 4 + 2 * width) return undefined
    const size = (where: number): number =>
      width === 8 ? Number(bytes.readBigUInt64LE(where)) : bytes.readUInt32LE(where)
    return [bytes.readUInt32LE(at), size(at + 4), size(at + 4 + width)]
  }
  // With the signature first, unless the CRC-32 itself happens to equal the signature.
  const candidates = [bytes.length >= 4 && bytes.readUInt32LE(0) === SIG_DESCRIPTOR ? 4 : 0, 0]
  const central: [number, number, number] = [entry.crc, entry.compressedSize, entry.size]
  const found = candidates.map(read)
  if (found.some((values) => values?.every((value, i) => value === central[i]))) return
  const values = found[0]
  if (!values || NEXT_RECORDS.has(bytes.readUInt32LE(0))) {
    // Seen in real widget packages: bit 3 set, the values in the local header, no descriptor.
    throw damaged(
      label,
      entry,
      'flag bit 3 says a data descriptor follows its data, but none does: readers that stream the archive would misread it'
    )
  }
  const names = ['CRC-32', 'compressed size', 'uncompressed size']
  const i = values.findIndex((value, n) => value !== central[n])
  const show = (value: number): string => (i === 0 ? hex(value, 8) : `${value}`)
  throw damaged(
    label,
    entry,
    `data descriptor and central directory disagree on the ${names[i]} (${show(values[i]!)} vs ${show(central[i]!)})`
  )
}
