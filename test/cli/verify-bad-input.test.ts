import { randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { packDeploymentFolder } from '../../src/mda/pack.js'
import { METHOD_DEFLATED, METHOD_STORED } from '../../src/zip/records.js'
import { writeZip } from '../../src/zip/writer.js'
import { makeDeploymentFolder, metadataDocument } from '../mda/support/deployment.js'
import { text } from '../zip/support/content.js'
import { craft, place, rename, setHeaderField } from '../zip/support/surgery.js'
import { useTempDirs } from '../zip/support/temp-dir.js'
import { jsonError, mxdeploy } from './support/run-cli.js'

const tempDir = useTempDirs()
const METADATA = Buffer.from(JSON.stringify(metadataDocument(), null, 2))
let good: Buffer
let dir: string

beforeAll(async () => {
  const { mkdtemp, rm } = await import('node:fs/promises')
  const { tmpdir } = await import('node:os')
  const work = await mkdtemp(join(tmpdir(), 'mxdeploy-verify-'))
  try {
    const folder = await makeDeploymentFolder(join(work, 'deployment'))
    const out = join(work, 'good.mda')
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
    good = await readFile(out)
  } finally {
    await rm(work, { recursive: true, force: true })
  }
})

/** A small archive from jszip, with a valid metadata.json unless told otherwise. */
async function jszip(
  files: Record<string, string | Buffer>,
  options: { metadata?: boolean; unixPermissions?: Record<string, number> } = {}
): Promise<Buffer> {
  const zip = new JSZip()
  if (options.metadata !== false)
    zip.file('model/metadata.json', METADATA, { createFolders: false })
  for (const [name, data] of Object.entries(files)) {
    const permissions = options.unixPermissions?.[name]
    zip.file(name, data, {
      createFolders: false,
      ...(permissions === undefined ? {} : { unixPermissions: permissions })
    })
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' })
}

/** A copy of the good package changed by `change`. */
function goodWith(change: (zip: Buffer) => void): Buffer {
  const copy = Buffer.from(good)
  change(copy)
  return copy
}

async function write(bytes: Buffer, name = 'package.mda'): Promise<string> {
  dir = await tempDir()
  const file = join(dir, name)
  await writeFile(file, bytes)
  return file
}

/** `verify FILE` and `verify FILE --json` both exit 2 with `message`. */
async function expectRefused(command: 'verify' | 'inspect', file: string, message: string) {
  const human = await mxdeploy([command, file], { cwd: dir })
  expect(human.code).toBe(2)
  expect(human.stdout).toBe('')
  expect(human.stderr).toBe(`error: ${message}\n`)
  const json = await mxdeploy([command, file, '--json'], { cwd: dir })
  expect(json.code).toBe(2)
  expect(jsonError(json)).toEqual({ kind: 'configuration', message, exitCode: 2 })
}

const failed = (file: string, problem: string): string =>
  `${file} failed verification (1 problem):\n  - ${problem}`

describe('mxdeploy verify', () => {
  it('accepts the package that pack made', async () => {
    const file = await write(good)
    const run = await mxdeploy(['verify', file, '--json'], { cwd: dir })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ path: file, ok: true, entries: 7 })
  })

  const unsafe: [string, () => Buffer | Promise<Buffer>, string][] = [
    [
      'an absolute path',
      () => jszip({ '/etc/cron.d/evil': 'x' }),
      'entry "/etc/cron.d/evil" has an absolute path'
    ],
    [
      'a ".." segment',
      () => jszip({ 'web/../../evil.sh': 'x' }),
      'entry "web/../../evil.sh" has a ".." segment that escapes the extraction folder'
    ],
    [
      'a backslash',
      () => jszip({ 'web\\..\\evil.sh': 'x' }),
      'entry "web\\\\..\\\\evil.sh" has a backslash in its name (ZIP paths use "/")'
    ],
    [
      'a symbolic link',
      () => jszip({ 'web/passwd': '/etc/passwd' }, { unixPermissions: { 'web/passwd': 0o120777 } }),
      'entry "web/passwd" is a symbolic link; an MDA holds only files'
    ],
    [
      'a duplicate name',
      async () => {
        const zip = await jszip({ 'web/a.js': 'one', 'web/b.js': 'two' })
        rename(zip, 'web/b.js', 'web/a.js')
        return zip
      },
      'entry "web/a.js" appears more than once'
    ],
    [
      'an encrypted entry',
      () => goodWith((zip) => setHeaderField(zip, 'web/index.html', 'flags', 0x0801)),
      'entry "web/index.html" is encrypted'
    ],
    [
      'an unsupported compression method',
      () => goodWith((zip) => setHeaderField(zip, 'web/index.html', 'method', 12)),
      'entry "web/index.html" uses compression method 12; only stored (0) and deflated (8) are allowed'
    ],
    [
      'entries that overlap',
      () => {
        const data = Buffer.from('console.log(1)\n')
        const stored = { method: METHOD_STORED, flags: 0x800, crc: 0 }
        const sizes = { compressedSize: data.length, size: data.length }
        const metadata = { compressedSize: METADATA.length, size: METADATA.length }
        const name = 'model/metadata.json'
        return craft([
          { record: { name: Buffer.from(name), ...stored, ...metadata }, data: METADATA },
          { record: { name: Buffer.from('web/a.js'), ...stored, ...sizes }, data },
          // The classic overlapping-file bomb: another central entry for the same bytes.
          {
            record: {
              name: Buffer.from('web/b.js'),
              ...stored,
              ...sizes,
              offset: 30 + name.length + METADATA.length
            }
          }
        ])
      },
      'entry "web/a.js" overlaps the data that follows it'
    ],
    [
      'a total past the size limit',
      () => {
        const compressed = 18 << 20
        return craft([
          {
            record: {
              name: Buffer.from('web/big.bin'),
              method: METHOD_DEFLATED,
              flags: 0x800,
              crc: 0,
              compressedSize: compressed,
              size: 17 * 1024 ** 3 // 933:1, under the ratio limit
            },
            data: Buffer.alloc(compressed)
          }
        ])
      },
      `its entries expand to ${17 * 1024 ** 3} bytes, past the ${16 * 1024 ** 3}-byte limit (a zip bomb?)`
    ]
  ]
  it.each(unsafe)('refuses %s', async (_label, make, problem) => {
    const file = await write(await make())
    await expectRefused('verify', file, failed(file, problem))
  })

  it('accepts an entry that expands more than 1000:1: deflate tops out near 1032:1, only the total size bounds a bomb', async () => {
    const dir = await tempDir()
    const out = join(dir, 'bomb.mda')
    const zeros = Buffer.alloc(20 << 20)
    await writeZip(
      out,
      [
        { name: 'model/metadata.json', data: METADATA, size: METADATA.length },
        { name: 'web/zeros.txt', data: zeros, size: zeros.length }
      ],
      { modified: new Date(0), level: 9 }
    )
    const { compressedSize } = place(await readFile(out), 'web/zeros.txt')
    const ratio = Math.round(zeros.length / compressedSize)
    expect(ratio).toBeGreaterThan(1000)
    const file = await write(await readFile(out))
    const run = await mxdeploy(['verify', file], { cwd: dir })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
  })

  it('finds a flipped byte through the CRC-32', async () => {
    const file = await write(
      goodWith((zip) => {
        const { data } = place(zip, 'model/bundles/hello-javaactions.jar')
        zip[data + 100]! ^= 0x01
      })
    )
    await expectRefused(
      'verify',
      file,
      failed(file, 'entry "model/bundles/hello-javaactions.jar" is damaged: CRC-32 mismatch')
    )
  })

  it('finds sizes that lie, in memory and streamed', async () => {
    // The same lie in both headers, so that only the data can tell.
    const setSize = (zip: Buffer, name: string, size: number): void => {
      const { central, local } = place(zip, name)
      zip.writeUInt32LE(size, central + 24)
      zip.writeUInt32LE(size, local + 22)
    }
    const lie = (delta: number) =>
      goodWith((zip) => {
        const { central } = place(zip, 'model/model.mdp')
        setSize(zip, 'model/model.mdp', zip.readUInt32LE(central + 24) + delta)
      })
    let file = await write(lie(-1))
    await expectRefused(
      'verify',
      file,
      failed(
        file,
        'entry "model/model.mdp" is damaged: it inflates past its declared size of 39999 bytes'
      )
    )
    file = await write(lie(+1))
    await expectRefused(
      'verify',
      file,
      failed(
        file,
        'entry "model/model.mdp" is damaged: it holds 40000 bytes, not the 40001 its header declares'
      )
    )

    // Entries past 8 MiB are checked as a stream: the same lies, the same messages.
    const big = text(9 << 20)
    const out = join(await tempDir(), 'big.mda')
    await writeZip(
      out,
      [
        { name: 'model/metadata.json', data: METADATA, size: METADATA.length },
        { name: 'web/big.js', data: big, size: big.length }
      ],
      { modified: new Date(0) }
    )
    const streamed = await readFile(out)
    setSize(streamed, 'web/big.js', big.length - 1)
    file = await write(streamed)
    await expectRefused(
      'verify',
      file,
      failed(
        file,
        `entry "web/big.js" is damaged: it inflates past its declared size of ${big.length - 1} bytes`
      )
    )
    setSize(streamed, 'web/big.js', big.length + 1)
    file = await write(streamed)
    await expectRefused(
      'verify',
      file,
      failed(
        file,
        `entry "web/big.js" is damaged: it holds ${big.length} bytes, not the ${big.length + 1} its header declares`
      )
    )
  })

  it('refuses a package whose .sha256 disagrees, or is not in sha256sum format', async () => {
    const file = await write(good)
    const wrong = 'ab'.repeat(32)
    await writeFile(`${file}.sha256`, `${wrong}  package.mda\n`)
    const { createHash } = await import('node:crypto')
    const actual = createHash('sha256').update(good).digest('hex')
    await expectRefused(
      'verify',
      file,
      failed(
        file,
        `its SHA-256 is ${actual}, but ${file}.sha256 records ${wrong}: the file changed after it was built`
      )
    )
    await writeFile(`${file}.sha256`, 'not a hash\n')
    await expectRefused(
      'verify',
      file,
      `${file}.sha256 is not in sha256sum format ("<64 hex digits>  <file name>")`
    )
    await writeFile(`${file}.sha256`, `${actual}  package.mda\n`)
    expect((await mxdeploy(['verify', file], { cwd: dir })).code).toBe(0)
  })

  it('refuses a .sha256 that names another file, even with the right hash', async () => {
    const file = await write(good)
    const { createHash } = await import('node:crypto')
    const actual = createHash('sha256').update(good).digest('hex')
    for (const other of ['other.mda', 'package.mda.bak', 'dist/other.mda']) {
      await writeFile(`${file}.sha256`, `${actual}  ${other}\n`)
      for (const command of ['verify', 'inspect'] as const) {
        await expectRefused(
          command,
          file,
          `${file}.sha256 is the checksum of ${JSON.stringify(other)}, not of "package.mda": use the .sha256 made with this package, or remove it`
        )
      }
    }
    // What sha256sum writes for this file in its other forms: binary mode, a path, a bare hash.
    for (const line of [`${actual} *package.mda`, `${actual}  dist/package.mda`, actual]) {
      await writeFile(`${file}.sha256`, `${line}\n`)
      expect((await mxdeploy(['verify', file], { cwd: dir })).code).toBe(0)
    }
  })
})

describe('mxdeploy verify and inspect on files that are not packages', () => {
  const broken: [string, () => Buffer, () => string][] = [
    ['an empty file', () => Buffer.alloc(0), () => 'it is empty (0 bytes)'],
    [
      'garbage',
      () => Buffer.concat([Buffer.from('garbage!'), randomBytes(5000)]),
      () => 'it is not a ZIP archive (no ZIP signature at its start or its end)'
    ],
    [
      'a package with data appended',
      () => Buffer.concat([good, Buffer.alloc(100, 0x41)]),
      () =>
        '100 bytes of unknown data follow the end of the archive (was something appended to it?)'
    ]
  ]
  for (const cut of [10, 100, 0.5, -30, -1]) {
    const at = (): number =>
      cut > 0 && cut < 1 ? Math.floor(good.length * cut) : cut < 0 ? good.length + cut : cut
    broken.push([
      `a package cut at ${cut}`,
      () => good.subarray(0, at()),
      () =>
        `it has no end-of-central-directory record: the file is truncated (cut short at ${at()} bytes)`
    ])
  }
  it('calls a cut package cut, though a jar stored in it has an end record of its own', async () => {
    const jar = await new JSZip().file('Hello.class', 'class').generateAsync({ type: 'nodebuffer' })
    const whole = await new JSZip()
      .file('model/metadata.json', METADATA)
      .file('model/bundles/hello.jar', jar, { compression: 'STORE' })
      .generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
    for (const cut of [whole.length - 1, whole.length - 30]) {
      const file = await write(whole.subarray(0, cut))
      await expectRefused(
        'verify',
        file,
        `${file} is not a valid ZIP archive: it has no end-of-central-directory record: the file is truncated (cut short at ${cut} bytes)`
      )
    }
  })

  for (const command of ['verify', 'inspect'] as const) {
    it.each(broken)(`${command} refuses %s`, async (_label, make, why) => {
      const file = await write(make())
      await expectRefused(command, file, `${file} is not a valid ZIP archive: ${why()}`)
    })
  }

  const notMda: [string, () => Promise<Buffer>, (file: string) => string][] = [
    [
      'an archive without model/metadata.json',
      () => jszip({ 'web/index.html': '<html></html>' }, { metadata: false }),
      (file) => `${file} is not an MDA: it has no model/metadata.json`
    ],
    [
      'a metadata.json that is not JSON',
      () => jszip({ 'model/metadata.json': '{"RuntimeVersion": ' }, { metadata: false }),
      (file) =>
        `${file}!model/metadata.json is not valid JSON (Unexpected end of JSON input); it must be the metadata.json that MxBuild writes`
    ],
    [
      'a metadata.json without RuntimeVersion',
      () =>
        jszip(
          {
            'model/metadata.json': JSON.stringify(metadataDocument({ RuntimeVersion: undefined }))
          },
          { metadata: false }
        ),
      (file) =>
        `${file}!model/metadata.json has no valid "RuntimeVersion" (such as "10.24.8.80126" or "7.15.1"); MxBuild writes it into every deployment folder`
    ]
  ]
  for (const command of ['verify', 'inspect'] as const) {
    it.each(notMda)(`${command} refuses %s`, async (_label, make, message) => {
      const file = await write(await make())
      await expectRefused(command, file, message(file))
    })
  }

  it('says so when the file does not exist or is a folder', async () => {
    dir = await tempDir()
    await mkdir(join(dir, 'folder.mda'))
    for (const [command, noun] of [
      ['verify', 'archive'],
      ['inspect', 'package']
    ] as const) {
      await expectRefused(
        command,
        join(dir, 'missing.mda'),
        `${noun} ${join(dir, 'missing.mda')} does not exist`
      )
      await expectRefused(
        command,
        join(dir, 'folder.mda'),
        `${noun} ${join(dir, 'folder.mda')} is a directory, not a regular file`
      )
    }
  })
})
