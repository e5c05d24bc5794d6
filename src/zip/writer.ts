import { open, rename, rm } from 'node:fs/promises'
import { OperationError } from '../errors.js'
import { changedSize, Producer } from './compression-producer.js'
import { crc32 } from './crc32.js'
import { OutputFile } from './output-file.js'
import {
  centralHeader,
  dataDescriptor,
  directoryEnd,
  dosDateTime,
  FLAG_DESCRIPTOR,
  FLAG_UTF8,
  localHeader,
  MAX_COMMENT,
  METHOD_DEFLATED,
  U32_MAX,
  type EntryRecord
} from './records.js'

import type { ZipInput, ZipWriteOptions, ZipWriteResult } from './zip-types.js'

export type { ZipInput, ZipWriteOptions, ZipWriteResult } from './zip-types.js'

/**
 * Writes a deterministic ZIP archive: entries in the order given, one fixed timestamp, fixed
 * permissions, no extra fields beyond ZIP64. Compression runs in the libuv thread pool on all
 * cores with a bounded window of work in flight, while this thread writes results in order.
 * Files larger than `chunkBytes` are split into chunks compressed in parallel, each primed with
 * the previous 32 KiB (as pigz does), and written with a data descriptor. The archive is written
 * to a temporary file and renamed into place, so a failure leaves nothing at `outPath`.
 */
export async function writeZip(
  outPath: string,
  inputs: readonly ZipInput[],
  options: ZipWriteOptions
): Promise<ZipWriteResult> {
  const comment = options.comment ?? Buffer.alloc(0)
  if (comment.length > MAX_COMMENT) {
    throw new OperationError(
      `archive comment is ${comment.length} bytes; ZIP allows ${MAX_COMMENT}`
    )
  }
  const temp = `${outPath}.${process.pid}.partial`
  const handle = await open(temp, 'w', 0o644)
  const producer = new Producer(inputs, options)
  try {
    const out = new OutputFile(handle)
    const records = await writeEntries(out, producer, options)
    const directoryOffset = out.position
    for (const record of records) await out.write(centralHeader(record, options.forceZip64))
    const directorySize = out.position - directoryOffset
    const end = { entries: records.length, directoryOffset, directorySize, comment }
    await out.write(directoryEnd(end, options.forceZip64))
    const sha256 = await out.finish()
    await handle.close()
    await rename(temp, outPath)
    return { entries: records.length, bytes: out.position, sha256 }
  } catch (error) {
    await producer.abort()
    await handle.close().catch(() => undefined)
    await rm(temp, { force: true })
    throw error
  }
}

async function writeEntries(
  out: OutputFile,
  producer: Producer,
  options: ZipWriteOptions
): Promise<EntryRecord[]> {
  const { dosDate, dosTime } = dosDateTime(options.modified)
  const records: EntryRecord[] = []
  let current: { record: EntryRecord; zip64: boolean; start: number } | undefined
  for (let unit = producer.next(); unit; unit = producer.next()) {
    const piece = await unit.piece
    producer.release(unit)
    const name = Buffer.from(unit.input.name, 'utf8')
    const base = { name, flags: FLAG_UTF8, dosDate, dosTime, offset: out.position }
    switch (piece.kind) {
      case 'whole': {
        const record: EntryRecord = {
          ...base,
          method: piece.method,
          crc: piece.crc,
          size: unit.input.size,
          compressedSize: piece.data.length
        }
        const zip64 = options.forceZip64 === true || record.size >= U32_MAX
        await out.write(localHeader(record, zip64))
        await out.write(piece.data)
        records.push(record)
        options.onWritten?.(unit.input.size)
        break
      }
      case 'begin': {
        const streamed = piece.method === METHOD_DEFLATED
        const record: EntryRecord = {
          ...base,
          flags: streamed ? FLAG_UTF8 | FLAG_DESCRIPTOR : FLAG_UTF8,
          method: piece.method,
          crc: piece.crc,
          size: unit.input.size,
          compressedSize: streamed ? 0 : unit.input.size
        }
        // Deflate can grow incompressible data slightly; leave room so the choice made here,
        // before the compressed size is known, stays right.
        const zip64 = options.forceZip64 === true || unit.input.size >= U32_MAX - (64 << 20)
        await out.write(localHeader(record, zip64))
        current = { record, zip64, start: out.position }
        break
      }
      case 'chunk': {
        if (!current) throw new Error('zip writer: chunk without a beginning')
        if (current.record.method === METHOD_DEFLATED) {
          current.record.crc = crc32(piece.input, current.record.crc)
        }
        await out.write(piece.data)
        options.onWritten?.(piece.input.length)
        break
      }
      case 'end': {
        if (!current) throw new Error('zip writer: end without a beginning')
        const { record, zip64, start } = current
        const written = out.position - start
        if (record.method === METHOD_DEFLATED) {
          record.compressedSize = written
          await out.write(dataDescriptor(record, zip64))
        } else if (written !== record.size) {
          throw changedSize(unit.input)
        }
        records.push(record)
        current = undefined
        break
      }
    }
  }
  return records
}
