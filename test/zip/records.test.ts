import { execFile } from 'node:child_process'
import { open } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { readCentralDirectory } from '../../src/zip/central-directory.js'
import {
  centralHeader,
  directoryEnd,
  dosDateTime,
  FLAG_DESCRIPTOR,
  FLAG_UTF8,
  METHOD_DEFLATED,
  METHOD_STORED,
  U32_MAX,
  type EntryRecord
} from '../../src/zip/records.js'
import { useTempDirs } from './support/temp-dir.js'

const run = promisify(execFile)
const tempDir = useTempDirs()
const GiB = 1024 ** 3

function entry(name: string, fields: Partial<EntryRecord>): EntryRecord {
  return {
    name: Buffer.from(name),
    method: METHOD_DEFLATED,
    flags: FLAG_UTF8,
    crc: 0x12345678,
    compressedSize: 100,
    size: 300,
    offset: 0,
    ...dosDateTime(new Date(Date.UTC(2030, 11, 31, 23, 59, 58))),
    ...fields
  }
}

describe('dosDateTime', () => {
  it('encodes UTC at two-second resolution', () => {
    expect(dosDateTime(new Date(Date.UTC(2024, 4, 17, 13, 45, 31)))).toEqual({
      dosDate: (44 << 9) | (5 << 5) | 17,
      dosTime: (13 << 11) | (45 << 5) | 15
    })
  })
  it('clamps to the range a DOS date holds', () => {
    expect(dosDateTime(new Date(0))).toEqual({ dosDate: (1 << 5) | 1, dosTime: 0 })
    expect(dosDateTime(new Date(Date.UTC(2200, 0, 1))).dosDate >> 9).toBe(127)
  })
})

describe('centralHeader', () => {
  const extra = (header: Buffer, name: string): Buffer => header.subarray(46 + name.length)

  it('has no extra field when everything fits in 32 bits', () => {
    const header = centralHeader(entry('a', { offset: U32_MAX - 1, size: U32_MAX - 1 }))
    expect(header.length).toBe(47)
    expect(header.readUInt16LE(6)).toBe(20)
    expect(header.readUInt32LE(42)).toBe(U32_MAX - 1)
  })

  it('moves exactly the fields that overflow into the ZIP64 extra, in the order the spec gives', () => {
    const offsetOnly = centralHeader(entry('b', { offset: 5 * GiB }))
    expect(offsetOnly.readUInt32LE(42)).toBe(U32_MAX)
    expect(offsetOnly.readUInt32LE(20)).toBe(100)
    expect(offsetOnly.readUInt16LE(6)).toBe(45)
    expect(extra(offsetOnly, 'b').readUInt16LE(0)).toBe(1)
    expect(extra(offsetOnly, 'b').readUInt16LE(2)).toBe(8)
    expect(Number(extra(offsetOnly, 'b').readBigUInt64LE(4))).toBe(5 * GiB)

    const all = centralHeader(
      entry('c', { size: 6 * GiB, compressedSize: 4 * GiB, offset: 7 * GiB })
    )
    expect(extra(all, 'c').readUInt16LE(2)).toBe(24)
    expect([4, 12, 20].map((at) => Number(extra(all, 'c').readBigUInt64LE(at)))).toEqual([
      6 * GiB,
      4 * GiB,
      7 * GiB
    ])

    const sizeAndOffset = centralHeader(entry('d', { size: 5 * GiB, offset: 5 * GiB + 1 }))
    expect(sizeAndOffset.readUInt32LE(20)).toBe(100)
    expect([4, 12].map((at) => Number(extra(sizeAndOffset, 'd').readBigUInt64LE(at)))).toEqual([
      5 * GiB,
      5 * GiB + 1
    ])
  })
})

describe('a central directory past 4 GiB', () => {
  /**
   * Writes central headers and end records at offsets past 4 GiB into a sparse file (no 4 GiB of
   * data on disk), then reads them back with our reader, Python's zipfile and unzip -l, all of
   * which read only the central directory.
   */
  it('encodes big offsets and sizes that every reader decodes', async () => {
    const dir = await tempDir()
    const file = join(dir, 'sparse.zip')
    const entries = [
      entry('model/small.txt', { offset: 0, size: 300, compressedSize: 100 }),
      entry('model/huge.jar', {
        method: METHOD_STORED,
        offset: 200,
        size: 4.5 * GiB,
        compressedSize: 4.5 * GiB
      }),
      entry('web/after-huge.js', { offset: 4.5 * GiB + 300, size: 1000, compressedSize: 400 }),
      entry('web/streamed.bin', {
        flags: FLAG_UTF8 | FLAG_DESCRIPTOR,
        offset: 5 * GiB,
        size: 5 * GiB + 17,
        compressedSize: 4 * GiB + 3
      })
    ]
    const directory = Buffer.concat(entries.map((e) => centralHeader(e)))
    const directoryOffset = 9 * GiB
    const comment = Buffer.from('{"schema":"mxdeploy.build/v1"}')
    const end = directoryEnd({
      entries: entries.length,
      directoryOffset,
      directorySize: directory.length,
      comment
    })
    const handle = await open(file, 'w+')
    try {
      await handle.write(Buffer.concat([directory, end]), 0, undefined, directoryOffset)
      const { size } = await handle.stat()
      const read = await readCentralDirectory(handle, size, file)
      expect(read.zip64).toBe(true)
      expect(read.directoryOffset).toBe(directoryOffset)
      expect(read.directorySize).toBe(directory.length)
      expect(read.comment.equals(comment)).toBe(true)
      expect(
        read.entries.map((e) => [e.name, e.localOffset, e.size, e.compressedSize, e.flags, e.crc])
      ).toEqual(
        entries.map((e) => [e.name.toString(), e.offset, e.size, e.compressedSize, e.flags, e.crc])
      )
    } finally {
      await handle.close()
    }

    const python = await run('python3', [
      '-c',
      'import sys, zipfile\n' +
        'for i in zipfile.ZipFile(sys.argv[1]).infolist():\n' +
        '    print(i.filename, i.header_offset, i.file_size, i.compress_size)',
      file
    ])
    expect(python.stdout.trim().split('\n')).toEqual(
      entries.map((e) => `${e.name.toString()} ${e.offset} ${e.size} ${e.compressedSize}`)
    )
    const unzip = await run('unzip', ['-l', file])
    expect(unzip.stdout).toMatch(/^\s*4831838208\s.*model\/huge\.jar$/m)
    expect(unzip.stdout).toMatch(/^\s*5368709137\s.*web\/streamed\.bin$/m)
    expect(unzip.stdout).toMatch(/\s4 files\n?$/)
  })
})
