/** A problem with the bytes of an SQLite file; the reader turns it into a message naming the file. */
export class SqliteFormatError extends Error {
  override name = 'SqliteFormatError'
}

/** The file is no SQLite database at all (as opposed to a damaged one). */
export class NotSqliteError extends SqliteFormatError {
  override name = 'NotSqliteError'
}

/** A value of one column, as SQLite's record format stores it. */
export type SqlValue = null | number | bigint | string | Buffer

/**
 * Reads the varint at `at` and returns it with the offset after it. Values past 2^53 lose
 * precision; only rowids get that large, and the reader never needs them exactly.
 */
export function readVarint(bytes: Buffer, at: number): [value: number, next: number] {
  let value = 0
  for (let i = 0; i < 8; i++) {
    const byte = bytes[at + i]
    if (byte === undefined) throw new SqliteFormatError('a varint runs past its page')
    value = value * 128 + (byte & 0x7f)
    if ((byte & 0x80) === 0) return [value, at + i + 1]
  }
  const last = bytes[at + 8]
  if (last === undefined) throw new SqliteFormatError('a varint runs past its page')
  return [value * 256 + last, at + 9]
}

const INT_SIZES: Record<number, number> = { 1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8 }

/** How many bytes a value of `serialType` takes in the record body. */
function valueSize(serialType: number): number {
  if (serialType >= 12) return Math.floor((serialType - 12) / 2)
  if (serialType === 7) return 8
  if (serialType === 10 || serialType === 11) {
    throw new SqliteFormatError(`a record uses reserved serial type ${serialType}`)
  }
  return INT_SIZES[serialType] ?? 0
}

function readInt(bytes: Buffer, at: number, size: number): number | bigint {
  if (size === 8) {
    const big = bytes.readBigInt64BE(at)
    return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(big)
      : big
  }
  return bytes.readIntBE(at, size)
}

/**
 * Decodes an SQLite record (a header of serial types, then the values). Text is UTF-8: the reader
 * refuses databases in another encoding before any record is read.
 */
export function decodeRecord(payload: Buffer): SqlValue[] {
  const [headerSize, first] = readVarint(payload, 0)
  if (headerSize < first || headerSize > payload.length) {
    throw new SqliteFormatError('a record header is longer than its record')
  }
  const types: number[] = []
  for (let at = first; at < headerSize;) {
    const [type, next] = readVarint(payload, at)
    if (next > headerSize) throw new SqliteFormatError('a record header runs into its body')
    types.push(type)
    at = next
  }
  const values: SqlValue[] = []
  let at = headerSize
  for (const type of types) {
    const size = valueSize(type)
    if (at + size > payload.length) throw new SqliteFormatError('a record value runs past its end')
    if (type === 0) values.push(null)
    else if (type === 8) values.push(0)
    else if (type === 9) values.push(1)
    else if (type === 7) values.push(payload.readDoubleBE(at))
    else if (type < 12) values.push(readInt(payload, at, size))
    else if (type % 2 === 0) values.push(Buffer.from(payload.subarray(at, at + size)))
    else values.push(payload.toString('utf8', at, at + size))
    at += size
  }
  return values
}
