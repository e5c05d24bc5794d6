import { open, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCentralDirectory } from '../../src/zip/central-directory.js'
import { verifyZip } from '../../src/zip/verify.js'
import { writeZip } from '../../src/zip/writer.js'
import { text } from './support/content.js'
import { entryPlaces, place } from './support/surgery.js'
import { useTempDirs } from './support/temp-dir.js'

const tempDir = useTempDirs()

async function archive(options: { forceZip64?: boolean } = {}): Promise<Buffer> {
  const dir = await tempDir()
  const out = join(dir, 'a.zip')
  const a = text(3000)
  const b = text(500, 9)
  await writeZip(
    out,
    [
      { name: 'web/a.txt', data: a, size: a.length },
      { name: 'web/b.txt', data: b, size: b.length }
    ],
    { modified: new Date(0), ...options }
  )
  const { readFile } = await import('node:fs/promises')
  return readFile(out)
}

async function directoryError(bytes: Buffer): Promise<string> {
  const file = join(await tempDir(), 'damaged.zip')
  await writeFile(file, bytes)
  const handle = await open(file, 'r')
  try {
    await readCentralDirectory(handle, bytes.length, 'damaged.zip')
    return 'no error'
  } catch (error) {
    return (error as Error).message
  } finally {
    await handle.close()
  }
}

const eocdOf = (zip: Buffer): number => zip.lastIndexOf(Buffer.from('PK\x05\x06', 'latin1'))

describe('readCentralDirectory on damaged end records and directories', () => {
  const cases: [string, (zip: Buffer) => void, string, boolean?][] = [
    [
      'an archive on several disks',
      (zip) => zip.writeUInt16LE(1, eocdOf(zip) + 4),
      'it spans several disks'
    ],
    [
      'an end record that points to missing ZIP64 records',
      (zip) => zip.writeUInt16LE(0xffff, eocdOf(zip) + 10),
      'the end record points to ZIP64 records that are missing'
    ],
    [
      'a directory offset past the end record',
      (zip) => zip.writeUInt32LE(zip.readUInt32LE(eocdOf(zip) + 16) + 1000, eocdOf(zip) + 16),
      'the central directory lies outside the file (is it truncated?)'
    ],
    [
      'a damaged central header',
      (zip) => zip.writeUInt32LE(0, entryPlaces(zip)[1]!.central),
      'central directory entry 2 of 2 is missing or damaged'
    ],
    [
      'a central header whose name runs past the directory',
      (zip) => zip.writeUInt16LE(5000, entryPlaces(zip)[1]!.central + 28),
      "central directory entry 2 runs past the directory's end"
    ],
    [
      'a size of 0xFFFFFFFF without a ZIP64 extra field',
      (zip) => zip.writeUInt32LE(0xffffffff, place(zip, 'web/a.txt').central + 24),
      'web/a.txt: sizes need a ZIP64 extra field that is missing'
    ]
  ]
  it.each(cases)('refuses %s', async (_label, damage, why) => {
    const zip = await archive()
    damage(zip)
    expect(await directoryError(zip)).toBe(`damaged.zip is not a valid ZIP archive: ${why}`)
  })

  it('refuses damaged ZIP64 records', async () => {
    const zip = await archive({ forceZip64: true })
    const locator = eocdOf(zip) - 20
    const record = Number(zip.readBigUInt64LE(locator + 8))

    const wrongSignature = Buffer.from(zip)
    wrongSignature.writeUInt32LE(0, record)
    expect(await directoryError(wrongSignature)).toBe(
      'damaged.zip is not a valid ZIP archive: the ZIP64 end record has a wrong signature'
    )
    const outside = Buffer.from(zip)
    outside.writeBigUInt64LE(BigInt(zip.length * 4), locator + 8)
    expect(await directoryError(outside)).toBe(
      'damaged.zip is not a valid ZIP archive: the ZIP64 end record lies outside the file'
    )
    const shortExtra = Buffer.from(zip)
    const central = shortExtra.indexOf(Buffer.from('PK\x01\x02', 'latin1')) // web/a.txt's
    shortExtra.writeUInt16LE(8, central + 46 + 'web/a.txt'.length + 2) // 8 of 24 bytes
    expect(await directoryError(shortExtra)).toBe(
      'damaged.zip is not a valid ZIP archive: web/a.txt: ZIP64 extra field is too short'
    )
  })
})

describe('verifyZip on damaged local headers and data', () => {
  const cases: [string, (zip: Buffer) => void, string][] = [
    [
      'a missing local header',
      (zip) => zip.writeUInt32LE(0, place(zip, 'web/b.txt').local),
      'its local header is missing'
    ],
    [
      'a local header naming another file',
      (zip) => (zip[place(zip, 'web/b.txt').local + 30 + 4] = 0x41),
      'local header and central directory disagree on the file name ("web/A.txt" vs "web/b.txt")'
    ],
    [
      'local and central headers that disagree on the method',
      (zip) => zip.writeUInt16LE(0, place(zip, 'web/b.txt').local + 8),
      'local header and central directory disagree on the compression method (0 vs 8)'
    ],
    [
      'deflated data that is not deflate',
      (zip) => zip.fill(0xff, place(zip, 'web/b.txt').data, place(zip, 'web/b.txt').data + 8),
      'invalid block type'
    ]
  ]
  it.each(cases)('reports %s', async (_label, damage, why) => {
    const zip = await archive()
    damage(zip)
    const file = join(await tempDir(), 'damaged.zip')
    await writeFile(file, zip)
    const { problems } = await verifyZip(file, 'damaged.zip')
    expect(problems).toEqual([`entry "web/b.txt" is damaged: ${why}`])
  })
})
