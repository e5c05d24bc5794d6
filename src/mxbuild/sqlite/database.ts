import type { FileHandle } from 'node:fs/promises'
import {
  decodeRecord,
  NotSqliteError,
  readVarint,
  SqliteFormatError,
  type SqlValue
} from './record.js'

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1')
export const HEADER_SIZE = 100

const LEAF_TABLE = 0x0d
const INTERIOR_TABLE = 0x05
const LEAF_INDEX = 0x0a
const INTERIOR_INDEX = 0x02

/** B-trees deeper than this are damaged: even 2^64 rows fit in far fewer levels. */
const MAX_DEPTH = 40

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be'

/** The facts of the 100-byte database header that reading needs. */
export interface SqliteHeader {
  pageSize: number
  /** Bytes at the end of every page kept for extensions (encryption, checksums). */
  reservedBytes: number
  /** pageSize − reservedBytes: the part of a page b-trees use. */
  usableSize: number
  pageCount: number
  textEncoding: TextEncoding
  /** 1 for a rollback journal, 2 for write-ahead logging. */
  readVersion: number
}

/** One row of a table b-tree. */
export interface SqlRow {
  rowid: number
  values: SqlValue[]
}

/** Parses the database header; `fileSize` bounds the page count. */
export function parseHeader(header: Buffer, fileSize: number): SqliteHeader {
  if (header.length < HEADER_SIZE || !header.subarray(0, 16).equals(MAGIC)) {
    throw new NotSqliteError('it is not an SQLite database')
  }
  const rawPageSize = header.readUInt16BE(16)
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) {
    throw new SqliteFormatError(`its header gives an impossible page size (${rawPageSize})`)
  }
  const readVersion = header[19]!
  if (readVersion !== 1 && readVersion !== 2) {
    throw new SqliteFormatError(
      `it needs a newer SQLite to read (file format read version ${readVersion})`
    )
  }
  const reservedBytes = header[20]!
  const usableSize = pageSize - reservedBytes
  if (usableSize < 480) {
    throw new SqliteFormatError(`its header reserves ${reservedBytes} bytes of ${pageSize}`)
  }
  const encodingCode = header.readUInt32BE(56)
  const textEncoding: TextEncoding | undefined =
    encodingCode === 0 || encodingCode === 1
      ? 'utf-8'
      : encodingCode === 2
        ? 'utf-16le'
        : encodingCode === 3
          ? 'utf-16be'
          : undefined
  if (!textEncoding) {
    throw new SqliteFormatError(`its header gives an unknown text encoding (${encodingCode})`)
  }
  const filePages = Math.floor(fileSize / pageSize)
  // The in-header size is valid only when written by SQLite 3.7.0+ (its change counters agree).
  const headerPages = header.readUInt32BE(28)
  const headerValid = headerPages > 0 && header.readUInt32BE(24) === header.readUInt32BE(92)
  if (headerValid && headerPages > filePages) {
    throw new SqliteFormatError(
      `it is truncated: its header counts ${headerPages} pages of ${pageSize} bytes, the file holds ${filePages}`
    )
  }
  return {
    pageSize,
    reservedBytes,
    usableSize,
    pageCount: headerValid ? headerPages : filePages,
    textEncoding,
    readVersion
  }
}

/**
 * A read-only view of an SQLite database file that reads only the pages a query walks through.
 * It reads table b-trees (rowid tables), records and overflow chains; not indexes or the WAL.
 */
export class SqliteDatabase {
  /** Pages read so far, for callers that check how little was read. */
  pagesRead = 0

  private constructor(
    private readonly handle: FileHandle,
    readonly header: SqliteHeader
  ) {}

  /** Reads the header of an open file; the caller keeps ownership of `handle`. */
  static async open(handle: FileHandle): Promise<SqliteDatabase> {
    const { size } = await handle.stat()
    const first = Buffer.alloc(HEADER_SIZE)
    const { bytesRead } = await handle.read(first, 0, HEADER_SIZE, 0)
    if (bytesRead < HEADER_SIZE) {
      throw new NotSqliteError(
        size === 0 ? 'it is empty' : `it is ${size} bytes long, shorter than an SQLite header`
      )
    }
    return new SqliteDatabase(handle, parseHeader(first, size))
  }

  /** Reads page `number` (1-based) in one read. */
  async page(number: number): Promise<Buffer> {
    const { pageSize, pageCount } = this.header
    if (!Number.isInteger(number) || number < 1 || number > pageCount) {
      throw new SqliteFormatError(`it points to page ${number}, past its ${pageCount} pages`)
    }
    const bytes = Buffer.alloc(pageSize)
    let done = 0
    while (done < pageSize) {
      const { bytesRead } = await this.handle.read(
        bytes,
        done,
        pageSize - done,
        (number - 1) * pageSize + done
      )
      if (bytesRead === 0) throw new SqliteFormatError(`it is truncated inside page ${number}`)
      done += bytesRead
    }
    this.pagesRead++
    return bytes
  }

  /** The rows of the table b-tree rooted at `root`, in rowid order, read page by page. */
  rows(root: number): AsyncGenerator<SqlRow> {
    return this.walk(root, new Set(), 0)
  }

  private async *walk(number: number, seen: Set<number>, depth: number): AsyncGenerator<SqlRow> {
    if (seen.has(number)) throw new SqliteFormatError(`its b-tree loops back to page ${number}`)
    if (depth > MAX_DEPTH) throw new SqliteFormatError('a b-tree is implausibly deep')
    seen.add(number)
    const page = await this.page(number)
    const at = number === 1 ? HEADER_SIZE : 0
    const type = page[at]
    if (type === LEAF_INDEX || type === INTERIOR_INDEX) {
      throw new SqliteFormatError(
        `page ${number} belongs to an index b-tree where a table was expected`
      )
    }
    if (type !== LEAF_TABLE && type !== INTERIOR_TABLE) {
      throw new SqliteFormatError(`page ${number} is not a b-tree page (type ${type})`)
    }
    const cells = page.readUInt16BE(at + 3)
    const pointers = at + (type === LEAF_TABLE ? 8 : 12)
    if (pointers + 2 * cells > this.header.usableSize) {
      throw new SqliteFormatError(`page ${number} claims more cells than it can hold`)
    }
    for (let i = 0; i < cells; i++) {
      const cell = page.readUInt16BE(pointers + 2 * i)
      if (cell < pointers + 2 * cells || cell >= this.header.usableSize) {
        throw new SqliteFormatError(`page ${number} has a cell outside its content area`)
      }
      if (type === LEAF_TABLE) {
        yield await this.leafCell(page, cell, seen)
      } else {
        if (cell + 4 > this.header.usableSize) {
          throw new SqliteFormatError(`page ${number} has a cell outside its content area`)
        }
        yield* this.walk(page.readUInt32BE(cell), seen, depth + 1)
      }
    }
    if (type === INTERIOR_TABLE) yield* this.walk(page.readUInt32BE(at + 8), seen, depth + 1)
  }

  private async leafCell(page: Buffer, cell: number, seen: Set<number>): Promise<SqlRow> {
    const usable = page.subarray(0, this.header.usableSize)
    const [size, afterSize] = readVarint(usable, cell)
    const [rowid, start] = readVarint(usable, afterSize)
    if (size > this.header.pageCount * this.header.usableSize) {
      throw new SqliteFormatError(`a row claims ${size} bytes, more than the file holds`)
    }
    const local = localPayload(size, this.header.usableSize)
    const localEnd = start + local + (local < size ? 4 : 0)
    if (localEnd > usable.length) throw new SqliteFormatError('a cell runs past its page')
    if (local === size) return { rowid, values: decodeRecord(usable.subarray(start, start + size)) }
    const payload = Buffer.alloc(size)
    usable.copy(payload, 0, start, start + local)
    let filled = local
    let next = usable.readUInt32BE(start + local)
    while (filled < size) {
      if (next === 0) throw new SqliteFormatError('an overflow chain ends before its row does')
      if (seen.has(next)) throw new SqliteFormatError(`an overflow chain loops at page ${next}`)
      seen.add(next)
      const overflow = await this.page(next)
      const take = Math.min(size - filled, this.header.usableSize - 4)
      overflow.copy(payload, filled, 4, 4 + take)
      filled += take
      next = overflow.readUInt32BE(0)
    }
    return { rowid, values: decodeRecord(payload) }
  }
}

/** How much of a payload of `size` bytes a table leaf cell keeps on its own page (file format §1.6). */
export function localPayload(size: number, usable: number): number {
  const maxLocal = usable - 35
  if (size <= maxLocal) return size
  const minLocal = Math.floor(((usable - 12) * 32) / 255) - 23
  const k = minLocal + ((size - minLocal) % (usable - 4))
  return k <= maxLocal ? k : minLocal
}
