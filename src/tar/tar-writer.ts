import type { Readable } from 'node:stream'

/** One entry of a tar archive: a plain file or a directory, with its owner, mode and time. */
export interface TarEntry {
  /** Relative path with `/` separators and no trailing slash. */
  path: string
  type: 'file' | 'directory'
  /** Permission bits, such as 0o664. */
  mode: number
  uid: number
  gid: number
  /** Modification time, seconds since 1970. */
  mtime: number
  /** Bytes of a file (0 for a directory). */
  size: number
  /** A file's bytes, opened when the entry is written. */
  open?: () => Promise<Readable>
}

const BLOCK = 512
/** Largest value the 12-byte octal size and mtime fields hold (11 digits). */
const MAX_OCTAL_11 = 0o77777777777
/** Largest value the 8-byte octal mode, uid and gid fields hold (7 digits). */
const MAX_OCTAL_7 = 0o7777777

function octal(value: number, digits: number): string {
  return `${value.toString(8).padStart(digits, '0')}\0`
}

/** The name as written: directories end in `/`, as POSIX tar and Go's archive/tar write them. */
function entryName(entry: TarEntry): string {
  return entry.type === 'directory' ? `${entry.path}/` : entry.path
}

/** ustar's name and prefix fields for a name, or undefined when it needs a PAX header. */
function ustarSplit(name: string): { name: string; prefix: string } | undefined {
  // The portable character set only: anything else goes in a PAX `path`, which is UTF-8 by
  // definition, rather than in bytes each reader may decode differently.
  if (!/^[\x20-\x7e]*$/.test(name)) return undefined
  if (name.length <= 100) return { name, prefix: '' }
  for (let at = name.indexOf('/'); at !== -1 && at <= 155; at = name.indexOf('/', at + 1)) {
    const rest = name.slice(at + 1)
    if (rest.length > 0 && rest.length <= 100) return { name: rest, prefix: name.slice(0, at) }
  }
  return undefined
}

/** One PAX record, `"<length> <key>=<value>\n"`, its length counting its own digits. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`
  const bytes = Buffer.byteLength(body)
  let digits = 1
  while (String(bytes + digits).length !== digits) digits++
  return `${bytes + digits}${body}`
}

interface HeaderFields {
  name: string
  prefix: string
  mode: number
  uid: number
  gid: number
  size: number
  mtime: number
  typeflag: string
}

function header(fields: HeaderFields): Buffer {
  const block = Buffer.alloc(BLOCK)
  block.write(fields.name, 0, 100, 'utf8')
  block.write(octal(fields.mode, 7), 100, 8, 'ascii')
  block.write(octal(fields.uid, 7), 108, 8, 'ascii')
  block.write(octal(fields.gid, 7), 116, 8, 'ascii')
  block.write(octal(Math.min(fields.size, MAX_OCTAL_11), 11), 124, 12, 'ascii')
  block.write(octal(fields.mtime, 11), 136, 12, 'ascii')
  block.write(' '.repeat(8), 148, 8, 'ascii')
  block.write(fields.typeflag, 156, 1, 'ascii')
  block.write('ustar\0', 257, 6, 'ascii')
  block.write('00', 263, 2, 'ascii')
  block.write(octal(0, 7), 329, 8, 'ascii')
  block.write(octal(0, 7), 337, 8, 'ascii')
  block.write(fields.prefix, 345, 155, 'utf8')
  let sum = 0
  for (const byte of block) sum += byte
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii')
  return block
}

function padding(size: number): Buffer {
  return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK)
}

/**
 * The header blocks of one entry: a ustar header, preceded by a PAX extended header when the
 * name is not portable or too long for ustar, or the size exceeds 8 GiB.
 */
export function entryHeader(entry: TarEntry): Buffer {
  for (const [field, value, max] of [
    ['mode', entry.mode, MAX_OCTAL_7],
    ['uid', entry.uid, MAX_OCTAL_7],
    ['gid', entry.gid, MAX_OCTAL_7],
    ['mtime', entry.mtime, MAX_OCTAL_11]
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 0 || value > max) {
      throw new Error(`tar entry ${entry.path}: ${field} ${value} does not fit a ustar header`)
    }
  }
  const name = entryName(entry)
  const size = entry.type === 'directory' ? 0 : entry.size
  const split = ustarSplit(name)
  const records = [
    ...(split ? [] : [paxRecord('path', name)]),
    ...(size > MAX_OCTAL_11 ? [paxRecord('size', String(size))] : [])
  ]
  const fields: HeaderFields = {
    name: split?.name ?? fallbackName(name),
    prefix: split?.prefix ?? '',
    mode: entry.mode,
    uid: entry.uid,
    gid: entry.gid,
    size,
    mtime: entry.mtime,
    typeflag: entry.type === 'directory' ? '5' : '0'
  }
  const main = header(fields)
  if (records.length === 0) return main
  const pax = Buffer.from(records.join(''), 'utf8')
  const paxHeader = header({
    ...fields,
    name: fallbackName(`PaxHeaders/${name.replace(/\/$/, '').split('/').pop()!}`),
    prefix: '',
    size: pax.length,
    typeflag: 'x'
  })
  return Buffer.concat([paxHeader, pax, padding(pax.length), main])
}

/** A portable stand-in of at most 100 bytes for readers that ignore PAX headers. */
function fallbackName(name: string): string {
  const portable = name.replace(/[^\x20-\x7e]/g, '_')
  return portable.length <= 100 ? portable : portable.slice(portable.length - 100)
}

/** Orders entries by their name as bytes: every parent comes before what it holds. */
export function compareEntries(a: TarEntry, b: TarEntry): number {
  return Buffer.compare(Buffer.from(entryName(a)), Buffer.from(entryName(b)))
}

/**
 * A tar archive (POSIX ustar, PAX where needed) of the entries in name order, ending in two
 * zero blocks. The bytes depend only on the entries: the same entries give the same archive.
 * A file whose stream yields more or fewer bytes than its size fails the archive.
 */
export async function* tarStream(entries: readonly TarEntry[]): AsyncGenerator<Buffer> {
  const sorted = [...entries].sort(compareEntries)
  for (let i = 1; i < sorted.length; i++) {
    if (compareEntries(sorted[i - 1]!, sorted[i]!) === 0) {
      throw new Error(`tar entry ${sorted[i]!.path} appears twice`)
    }
  }
  for (const entry of sorted) {
    yield entryHeader(entry)
    if (entry.type === 'directory') continue
    let written = 0
    if (entry.open) {
      const source = await entry.open()
      for await (const chunk of source) {
        const bytes = chunk as Buffer
        written += bytes.length
        if (written > entry.size) {
          source.destroy()
          throw new Error(`tar entry ${entry.path} has more than its ${entry.size} bytes`)
        }
        yield bytes
      }
    }
    if (written !== entry.size) {
      throw new Error(`tar entry ${entry.path} has ${written} bytes, not ${entry.size}`)
    }
    yield padding(entry.size)
  }
  yield Buffer.alloc(2 * BLOCK)
}
