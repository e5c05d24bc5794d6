import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { packDeploymentFolder } from '../../src/mda/pack.js'
import { writeZip } from '../../src/zip/writer.js'
import { makeDeploymentFolder } from '../mda/support/deployment.js'
import { text } from '../zip/support/content.js'
import { infoZipRefuses } from '../zip/support/external-tools.js'
import { entryPlaces, type EntryPlace } from '../zip/support/surgery.js'
import { useTempDirs } from '../zip/support/temp-dir.js'
import { mxdeploy } from './support/run-cli.js'

// A local header that disagrees with the central directory makes an archive mean two things:
// readers of the central directory (unzip, java.util.zip.ZipFile) see one file, readers of the
// local headers (funzip, java.util.zip.ZipInputStream, a runtime unpacking a stream) another.
// APPNOTE 4.3.7, 4.3.9 and 4.4.4: when flag bit 3 is set, the local CRC-32 and sizes may be zero
// and a data descriptor after the data carries them.

const run = promisify(execFile)
const tempDir = useTempDirs()

type Kind = 'ours' | 'ours-streamed' | 'ours-zip64' | 'infozip' | 'infozip-streamed'
const archives = new Map<Kind, Buffer>()
let work: string

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mxdeploy-local-header-'))
  const folder = await makeDeploymentFolder(join(work, 'deployment'))
  const pack = async (out: string): Promise<Buffer> => {
    await packDeploymentFolder({
      deploymentDir: folder,
      out,
      version: '1.2.3.4',
      app: 'hello',
      commit: null,
      branch: null,
      entryDate: new Date(0),
      builtAt: new Date(0),
      builder: 'test'
    })
    return readFile(out)
  }
  archives.set('ours', await pack(join(work, 'ours.mda')))

  // Streamed: a file larger than a chunk is written with a data descriptor; first, for funzip.
  const big = text(3 << 20)
  const metadata = await readFile(join(folder, 'model/metadata.json'))
  await writeFile(join(work, 'big.js'), big)
  const inputs = [
    { name: 'web/big.js', path: join(work, 'big.js'), size: big.length },
    { name: 'model/metadata.json', data: metadata, size: metadata.length }
  ]
  for (const [kind, forceZip64] of [
    ['ours-streamed', false],
    ['ours-zip64', true]
  ] as const) {
    const out = join(work, `${kind}.mda`)
    await writeZip(out, inputs, { modified: new Date(0), chunkBytes: 1 << 20, forceZip64 })
    archives.set(kind, await readFile(out))
  }

  // Info-ZIP with its extra fields (local and central ones differ in length), metadata.json
  // first; streamed to a pipe, it writes data descriptors and keeps the real size in the header.
  const files = ['model/metadata.json', 'model', 'web']
  await run('zip', ['-q', '-r', '-D', join(work, 'infozip.mda'), ...files], { cwd: folder })
  archives.set('infozip', await readFile(join(work, 'infozip.mda')))
  const streamed = join(work, 'infozip-streamed.mda')
  await run('sh', ['-c', `zip -q -r -D - ${files.join(' ')} | cat > '${streamed}'`], {
    cwd: folder
  })
  archives.set('infozip-streamed', await readFile(streamed))
})

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

async function write(bytes: Buffer): Promise<string> {
  const file = join(await tempDir(), 'package.mda')
  await writeFile(file, bytes)
  return file
}

/** Changes the 32-bit field at `at`. */
function u32(zip: Buffer, at: number, change: (value: number) => number): void {
  zip.writeUInt32LE(change(zip.readUInt32LE(at)) >>> 0, at)
}
/** Changes the 16-bit field at `at`. */
function u16(zip: Buffer, at: number, change: (value: number) => number): void {
  zip.writeUInt16LE(change(zip.readUInt16LE(at)) & 0xffff, at)
}

/**
 * Where an entry's records are, each found as the name after its signature: surgery.ts reads
 * offsets from the directory, where ZIP64 moves them into extra fields.
 */
function placeOf(zip: Buffer, name: string): EntryPlace {
  const after = (signature: number, gap: number): number => {
    for (let at = zip.indexOf(name); at >= 0; at = zip.indexOf(name, at + 1)) {
      if (at >= gap && zip.readUInt32LE(at - gap) === signature) return at - gap
    }
    throw new Error(`no record of ${name}`)
  }
  const local = after(0x04034b50, 30)
  const central = after(0x02014b50, 46)
  const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
  return { name, local, central, data, compressedSize: zip.readUInt32LE(central + 20) }
}
const descriptorAt = (p: EntryPlace, zip: Buffer): number =>
  p.data + p.compressedSize + (zip.readUInt32LE(p.data + p.compressedSize) === 0x08074b50 ? 4 : 0)

interface Case {
  archive: Kind
  entry: string
  tamper: (zip: Buffer, p: EntryPlace) => void
  /** What verify says after `entry "NAME" is damaged: `. */
  why: RegExp
  /**
   * The Info-ZIP reader that refuses it too; null where none does, named in `note`. funzip reads
   * only the first entry, so those cases tamper with the first.
   */
  tool: 'unzip -t' | 'funzip' | null
  note?: string
}

const local = (field: string): RegExp =>
  new RegExp(`^local header and central directory disagree on the ${field} \\(.+ vs .+\\)$`)
const descriptor = (field: string): RegExp =>
  new RegExp(`^data descriptor and central directory disagree on the ${field} \\(.+ vs .+\\)$`)

const cases: Record<string, Case> = {
  'the CRC-32 (offset 14)': {
    archive: 'ours',
    entry: 'model/model.mdp',
    tamper: (zip, p) => u32(zip, p.local + 14, (v) => v ^ 1),
    why: local('CRC-32'),
    tool: 'unzip -t'
  },
  'the compressed size (offset 18) of a stored entry': {
    archive: 'ours',
    entry: 'model/bundles/hello-javaactions.jar',
    tamper: (zip, p) => u32(zip, p.local + 18, (v) => v + 1),
    why: local('compressed size'),
    tool: 'unzip -t'
  },
  'the compressed size (offset 18) of a deflated entry': {
    archive: 'ours',
    entry: 'model/model.mdp',
    tamper: (zip, p) => u32(zip, p.local + 18, (v) => v - 8),
    why: local('compressed size'),
    tool: 'unzip -t'
  },
  'the uncompressed size (offset 22) of a stored entry': {
    archive: 'ours',
    entry: 'model/bundles/hello-javaactions.jar',
    tamper: (zip, p) => u32(zip, p.local + 22, (v) => v - 1),
    why: local('uncompressed size'),
    tool: 'unzip -t'
  },
  'the compression method (offset 8)': {
    archive: 'ours',
    entry: 'model/model.mdp',
    tamper: (zip, p) => u16(zip, p.local + 8, () => 0),
    why: local('compression method'),
    tool: 'unzip -t'
  },
  'the file name': {
    archive: 'ours',
    entry: 'web/index.html',
    tamper: (zip, p) => (zip[p.local + 30 + 4] = 'X'.charCodeAt(0)),
    why: local('file name'),
    tool: 'unzip -t'
  },
  'the UTF-8 flag (bit 11)': {
    archive: 'ours',
    entry: 'model/model.mdp',
    tamper: (zip, p) => u16(zip, p.local + 6, (v) => v ^ 0x0800),
    why: local('flags'),
    tool: 'unzip -t'
  },
  'the data descriptor flag (bit 3), set in the local header only': {
    archive: 'ours',
    entry: 'model/model.mdp',
    tamper: (zip, p) => u16(zip, p.local + 6, (v) => v | 0x0008),
    why: local('flags'),
    tool: 'unzip -t'
  },
  'the encryption flag (bit 0), set in the local header only': {
    archive: 'ours',
    entry: 'model/bundles/hello-javaactions.jar',
    tamper: (zip, p) => u16(zip, p.local + 6, (v) => v | 0x0001),
    why: local('flags'),
    tool: 'funzip'
  },
  'the CRC-32 of an Info-ZIP entry, whose extra fields differ': {
    archive: 'infozip',
    entry: 'model/model.mdp',
    tamper: (zip, p) => u32(zip, p.local + 14, (v) => v ^ 0x100),
    why: local('CRC-32'),
    tool: 'unzip -t'
  },
  'the uncompressed size of a deflated Info-ZIP entry': {
    archive: 'infozip',
    entry: 'model/metadata.json',
    tamper: (zip, p) => u32(zip, p.local + 22, (v) => v + 1),
    why: local('uncompressed size'),
    tool: 'funzip'
  },
  "the data descriptor's CRC-32": {
    archive: 'ours-streamed',
    entry: 'web/big.js',
    tamper: (zip, p) => u32(zip, descriptorAt(p, zip), (v) => v ^ 1),
    why: descriptor('CRC-32'),
    tool: 'funzip'
  },
  "the data descriptor's uncompressed size": {
    archive: 'ours-streamed',
    entry: 'web/big.js',
    tamper: (zip, p) => u32(zip, descriptorAt(p, zip) + 8, (v) => v + 1),
    why: descriptor('uncompressed size'),
    tool: 'funzip'
  },
  "the data descriptor's compressed size": {
    archive: 'ours-streamed',
    entry: 'web/big.js',
    tamper: (zip, p) => u32(zip, descriptorAt(p, zip) + 4, (v) => v + 1),
    why: descriptor('compressed size'),
    tool: null,
    note: 'Java ZipInputStream: "invalid entry compressed size"'
  },
  "the data descriptor's CRC-32 from Info-ZIP": {
    archive: 'infozip-streamed',
    entry: 'model/metadata.json',
    tamper: (zip, p) => u32(zip, descriptorAt(p, zip), (v) => v ^ 1),
    why: descriptor('CRC-32'),
    tool: 'funzip'
  },
  'the data descriptor flag (bit 3), cleared in the local header only': {
    archive: 'infozip-streamed',
    entry: 'model/model.mdp',
    tamper: (zip, p) => u16(zip, p.local + 6, (v) => v & ~0x0008),
    why: local('flags'),
    tool: 'unzip -t'
  },
  // The shape of 60 of 767 widget packages (.mpk) in public Mendix repositories: the real values
  // in the local header, bit 3 set in both headers, and no descriptor after the data.
  'bit 3 set in both headers without a data descriptor': {
    archive: 'ours',
    entry: 'model/model.mdp',
    tamper: (zip, p) => {
      u16(zip, p.local + 6, (v) => v | 0x0008)
      u16(zip, p.central + 8, (v) => v | 0x0008)
    },
    why: /^flag bit 3 says a data descriptor follows its data, but none does: readers that stream the archive would misread it$/,
    tool: 'unzip -t'
  },
  'a local CRC-32 that is neither zero nor the real one, with bit 3 set': {
    archive: 'ours-streamed',
    entry: 'web/big.js',
    tamper: (zip, p) => u32(zip, p.local + 14, () => 0x1234),
    why: local('CRC-32'),
    tool: null,
    note: 'APPNOTE 4.4.4: these fields are zero, the descriptor holds the values'
  },
  'a local size that is neither zero nor the real one, with bit 3 set (Info-ZIP keeps it)': {
    archive: 'infozip-streamed',
    entry: 'model/model.mdp',
    tamper: (zip, p) => u32(zip, p.local + 22, (v) => v + 1),
    why: local('uncompressed size'),
    tool: null,
    note: 'APPNOTE 4.4.4'
  },
  'the uncompressed size in the local ZIP64 extra field': {
    archive: 'ours-zip64',
    entry: 'model/metadata.json',
    tamper: (zip, p) => u32(zip, p.local + 30 + 'model/metadata.json'.length + 4, (v) => v + 1),
    why: local('uncompressed size'),
    tool: null,
    note: 'APPNOTE 4.5.3; unzip and funzip read these sizes from the central directory'
  },
  'a 32-bit compressed size that no longer defers to the ZIP64 extra field': {
    archive: 'ours-zip64',
    entry: 'model/metadata.json',
    tamper: (zip, p) => u32(zip, p.local + 18, () => 0xfffffffe),
    why: local('compressed size'),
    tool: null,
    note: 'APPNOTE 4.5.3'
  }
}

describe('verify checks every local header against its central directory entry', () => {
  const kinds: Kind[] = ['ours', 'ours-streamed', 'ours-zip64', 'infozip', 'infozip-streamed']
  it.each(kinds)('accepts the untouched %s archive', async (kind) => {
    const file = await write(archives.get(kind)!)
    const result = await mxdeploy(['verify', file], { cwd: work })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(await infoZipRefuses('unzip -t', file)).toBe(false)
  })

  it.each(Object.entries(cases))('refuses %s', async (_label, c) => {
    const zip = Buffer.from(archives.get(c.archive)!)
    const p = placeOf(zip, c.entry)
    if (c.tool === 'funzip') expect(entryPlaces(zip)[0]!.name).toBe(c.entry)
    c.tamper(zip, p)
    const file = await write(zip)
    const result = await mxdeploy(['verify', file, '--json'], { cwd: work })
    expect(result.code).toBe(2)
    const message = (JSON.parse(result.stdout) as { error: { message: string } }).error.message
    const [head, ...problems] = message.split('\n')
    expect(head).toBe(`${file} failed verification (1 problem):`)
    const prefix = `  - entry ${JSON.stringify(c.entry)} is damaged: `
    expect(problems[0]!.startsWith(prefix), problems[0]).toBe(true)
    expect(problems[0]!.slice(prefix.length)).toMatch(c.why)
    if (c.tool) {
      // The tool accepts the archive as it was, so its refusal is about this change.
      expect(await infoZipRefuses(c.tool, await write(archives.get(c.archive)!))).toBe(false)
      expect(await infoZipRefuses(c.tool, file)).toBe(true)
    }
  })
})
