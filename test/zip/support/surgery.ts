import {
  centralHeader,
  directoryEnd,
  localHeader,
  needsZip64Sizes,
  type EntryRecord
} from '../../../src/zip/records.js'

/** Where one entry's records sit in an archive buffer (archives without ZIP64, as tests make). */
export interface EntryPlace {
  name: string
  central: number
  local: number
  /** Start of the entry's data. */
  data: number
  compressedSize: number
}

/** Walks the central directory of an archive in memory, independently of src/zip's reader. */
export function entryPlaces(zip: Buffer): EntryPlace[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (eocd < 0) throw new Error('no end record')
  const count = zip.readUInt16LE(eocd + 10)
  let at = zip.readUInt32LE(eocd + 16)
  const places: EntryPlace[] = []
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28)
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8')
    const local = zip.readUInt32LE(at + 42)
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    places.push({ name, central: at, local, data, compressedSize: zip.readUInt32LE(at + 20) })
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  return places
}

export function place(zip: Buffer, name: string): EntryPlace {
  const found = entryPlaces(zip).find((p) => p.name === name)
  if (!found) throw new Error(`no entry ${name}`)
  return found
}

/** Sets a 16-bit field of both the central and the local header of an entry. */
export function setHeaderField(
  zip: Buffer,
  name: string,
  field: 'flags' | 'method',
  value: number
): void {
  const { central, local } = place(zip, name)
  const offsets = { flags: [8, 6], method: [10, 8] }[field]
  zip.writeUInt16LE(value, central + offsets[0]!)
  zip.writeUInt16LE(value, local + offsets[1]!)
}

/** Renames an entry in both headers; the new name must have the same length. */
export function rename(zip: Buffer, name: string, to: string): void {
  const { central, local } = place(zip, name)
  const bytes = Buffer.from(to, 'utf8')
  if (bytes.length !== Buffer.byteLength(name)) throw new Error('rename needs a same-length name')
  bytes.copy(zip, central + 46)
  bytes.copy(zip, local + 30)
}

export interface CraftedEntry {
  record: Omit<EntryRecord, 'offset' | 'dosDate' | 'dosTime'> & { offset?: number }
  /** Bytes written after the local header; omitted for entries that reuse another's offset. */
  data?: Buffer
}

/**
 * An archive put together from records.ts's encoders: for directories that no honest writer
 * makes (shared offsets, sizes that lie). Entries with data are laid out in order; entries
 * without data keep the `offset` they were given.
 */
export function craft(entries: CraftedEntry[], comment = Buffer.alloc(0)): Buffer {
  const parts: Buffer[] = []
  const records: EntryRecord[] = []
  let position = 0
  for (const { record, data } of entries) {
    const full: EntryRecord = { dosDate: 33, dosTime: 0, offset: position, ...record }
    if (data) {
      full.offset = position
      const header = localHeader(full, needsZip64Sizes(full.size, full.compressedSize))
      parts.push(header, data)
      position += header.length + data.length
    }
    records.push(full)
  }
  const directory = Buffer.concat(records.map((r) => centralHeader(r)))
  const end = directoryEnd({
    entries: records.length,
    directoryOffset: position,
    directorySize: directory.length,
    comment
  })
  return Buffer.concat([...parts, directory, end])
}
