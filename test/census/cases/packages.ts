import { createHash } from 'node:crypto'
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import JSZip from 'jszip'
import { entryPlaces, rename, setHeaderField } from '../../zip/support/surgery.js'
import type { CensusArea, CensusCase, CensusWorkspace } from '../support/census-case.js'

// Packages that are damaged, tampered with or lie about themselves: verify, inspect and publish
// exit 2 naming what is wrong, and the package repository stays as it was. Each starts from the
// published example: hello.mda (1.2.0.1) is the good package the bad ones are made from.

const GOOD = 'hello.mda'
const BAD = 'bad.mda'

/** A copy of hello.mda changed by `change`, as bad.mda. */
const tampered = (change: (zip: Buffer) => Buffer | void) => async (w: CensusWorkspace) => {
  const zip = await readFile(w.path(GOOD))
  await writeFile(w.path(BAD), change(zip) ?? zip)
}

/** The archive with another comment (the build manifest lives there). */
function withComment(zip: Buffer, comment: Buffer): Buffer {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  const head = Buffer.from(zip.subarray(0, end + 22))
  head.writeUInt16LE(comment.length, end + 20)
  return Buffer.concat([head, comment])
}

/** The archive with its manifest's fields changed. */
const manifest = (fields: Record<string, unknown>) =>
  tampered((zip) => {
    const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
    const current = JSON.parse(zip.subarray(end + 22).toString('utf8')) as Record<string, unknown>
    return withComment(zip, Buffer.from(JSON.stringify({ ...current, ...fields })))
  })

/** Flips a byte of the first local header that is not metadata.json's. */
const localField = (offset: number) =>
  tampered((zip) => {
    const entry = entryPlaces(zip).find((p) => p.name.startsWith('web/'))!
    zip[entry.local + offset] = zip[entry.local + offset]! ^ 0x01
  })

/** A jszip archive of the good package's files plus `extra`, with its manifest. */
const rebuilt =
  (extra: Record<string, { data: string; unixPermissions?: number }>) =>
  async (w: CensusWorkspace) => {
    const good = await readFile(w.path(GOOD))
    const zip = await JSZip.loadAsync(good)
    for (const [name, { data, unixPermissions }] of Object.entries(extra))
      zip.file(name, data, {
        createFolders: false,
        ...(unixPermissions ? { unixPermissions } : {})
      })
    const bytes = await zip.generateAsync({
      type: 'nodebuffer',
      compression: 'DEFLATE',
      platform: 'UNIX'
    })
    const end = good.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
    await writeFile(w.path(BAD), withComment(bytes, good.subarray(end + 22)))
  }

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

function pkg(
  name: string,
  command: 'verify' | 'inspect' | 'publish' | 'stage',
  setup: (w: CensusWorkspace) => Promise<void>,
  message: string | RegExp,
  more: Partial<CensusCase> = {}
): CensusCase {
  const args = command === 'stage' ? ['stage', '-e', 'acceptance'] : [command, BAD]
  return { name: `${command}: ${name}`, from: 'published', setup, args, exit: 2, message, ...more }
}

const damaged: CensusCase[] = [
  pkg(
    'an empty file',
    'verify',
    (w) => writeFile(w.path(BAD), ''),
    /bad\.mda is not a valid ZIP archive: it is empty \(0 bytes\)/
  ),
  pkg(
    'a text file',
    'verify',
    (w) => writeFile(w.path(BAD), 'not a zip\n'),
    /bad\.mda is not a valid ZIP archive: it is not a ZIP archive \(no ZIP signature at its start or its end\)/
  ),
  pkg(
    'cut in half',
    'verify',
    tampered((zip) => zip.subarray(0, zip.length >> 1)),
    /bad\.mda is not a valid ZIP archive: it has no end-of-central-directory record: the file is truncated \(cut short at \d+ bytes\)/
  ),
  pkg(
    'cut in half',
    'publish',
    tampered((zip) => zip.subarray(0, zip.length >> 1)),
    /the file is truncated \(cut short at \d+ bytes\)/
  ),
  pkg(
    'cut in half',
    'inspect',
    tampered((zip) => zip.subarray(0, zip.length >> 1)),
    /the file is truncated \(cut short at \d+ bytes\)/
  ),
  pkg(
    'its last byte cut',
    'verify',
    tampered((zip) => zip.subarray(0, zip.length - 1)),
    /the file is truncated \(cut short at \d+ bytes\)/
  ),
  pkg(
    'a central directory that counts one entry too many',
    'verify',
    tampered((zip) => {
      const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
      zip.writeUInt16LE(zip.readUInt16LE(end + 10) + 1, end + 10)
      zip.writeUInt16LE(zip.readUInt16LE(end + 8) + 1, end + 8)
    }),
    /bad\.mda is not a valid ZIP archive: central directory entry 12 of 12 is missing or damaged/
  ),
  pkg(
    'a flipped data byte',
    'verify',
    tampered((zip) => {
      const entry = entryPlaces(zip).find((p) => p.name.startsWith('web/'))!
      zip[entry.data] = zip[entry.data]! ^ 0xff
    }),
    /bad\.mda failed verification \(1 problem\):\n {2}- entry "web\/favicon\.png" is damaged: CRC-32 mismatch/
  ),
  pkg(
    'a local header CRC that disagrees',
    'verify',
    localField(14),
    /local header and central directory disagree on the CRC-32/
  ),
  pkg(
    'a local header CRC that disagrees',
    'publish',
    localField(14),
    /local header and central directory disagree on the CRC-32/
  ),
  pkg(
    'a local compressed size that disagrees',
    'verify',
    localField(18),
    /local header and central directory disagree on the compressed size \(78 vs 79\)/
  ),
  pkg(
    'a local size that disagrees',
    'verify',
    localField(22),
    /local header and central directory disagree on the uncompressed size \(78 vs 79\)/
  ),
  pkg(
    'a local name that disagrees',
    'verify',
    tampered((zip) => {
      const entry = entryPlaces(zip).find((p) => p.name.startsWith('web/'))!
      zip[entry.local + 30] = zip[entry.local + 30] === 0x77 ? 0x78 : 0x77
    }),
    /local header and central directory disagree on the file name \("xeb\/favicon\.png" vs "web\/favicon\.png"\)/
  ),
  pkg(
    'a local method that disagrees',
    'verify',
    localField(8),
    /local header and central directory disagree on the compression method \(1 vs 0\)/
  ),
  pkg(
    'an encrypted entry',
    'verify',
    tampered((zip) =>
      setHeaderField(
        zip,
        entryPlaces(zip).find((p) => p.name.startsWith('web/'))!.name,
        'flags',
        0x0801
      )
    ),
    /is encrypted/
  ),
  pkg(
    'compression method 12',
    'verify',
    tampered((zip) =>
      setHeaderField(
        zip,
        entryPlaces(zip).find((p) => p.name.startsWith('web/'))!.name,
        'method',
        12
      )
    ),
    /uses compression method 12/
  ),
  pkg(
    'a duplicate entry name',
    'verify',
    tampered((zip) => rename(zip, 'web/login.html', 'web/index.html')),
    /entry "web\/index\.html" appears more than once/
  ),
  pkg(
    'no model/metadata.json',
    'verify',
    tampered((zip) => rename(zip, 'model/metadata.json', 'model/metadata.jsox')),
    /bad\.mda is not an MDA: it has no model\/metadata\.json/
  )
]

const entries: CensusCase[] = [
  pkg(
    'an entry with "../"',
    'verify',
    rebuilt({ 'web/../../evil.sh': { data: 'x' } }),
    /entry "web\/\.\.\/\.\.\/evil\.sh" has a "\.\." segment that escapes the extraction folder/
  ),
  pkg(
    'an entry with "../"',
    'publish',
    rebuilt({ 'web/../../evil.sh': { data: 'x' } }),
    /has a "\.\." segment/
  ),
  pkg(
    'an absolute entry',
    'verify',
    rebuilt({ '/etc/cron.d/evil': { data: 'x' } }),
    /entry "\/etc\/cron\.d\/evil" has an absolute path/
  ),
  pkg(
    'an entry with a backslash',
    'verify',
    rebuilt({ 'web\\..\\evil.sh': { data: 'x' } }),
    /has a backslash in its name/
  ),
  pkg(
    'a symbolic link entry',
    'verify',
    rebuilt({ 'web/passwd': { data: '/etc/passwd', unixPermissions: 0o120777 } }),
    /entry "web\/passwd" is a symbolic link; an MDA holds only files/
  )
]

const checksums: CensusCase[] = [
  pkg(
    'a .sha256 that disagrees',
    'verify',
    async (w) => {
      await tampered(() => undefined)(w)
      await writeFile(w.path(`${BAD}.sha256`), `${'0'.repeat(64)}  ${BAD}\n`)
    },
    /but \/.*\/bad\.mda\.sha256 records 0{64}: the file changed after it was built/
  ),
  pkg(
    'a .sha256 that disagrees',
    'publish',
    async (w) => {
      await tampered(() => undefined)(w)
      await writeFile(w.path(`${BAD}.sha256`), `${'0'.repeat(64)}  ${BAD}\n`)
    },
    /records 0{64}: the file changed after it was built/
  ),
  pkg(
    'a .sha256 that names another file',
    'verify',
    async (w) => {
      await tampered(() => undefined)(w)
      await writeFile(
        w.path(`${BAD}.sha256`),
        `${sha256(await readFile(w.path(BAD)))}  other.mda\n`
      )
    },
    /bad\.mda\.sha256 is the checksum of "other\.mda", not of "bad\.mda"/
  ),
  pkg(
    'a .sha256 that names another file',
    'publish',
    async (w) => {
      await tampered(() => undefined)(w)
      await writeFile(
        w.path(`${BAD}.sha256`),
        `${sha256(await readFile(w.path(BAD)))}  other.mda\n`
      )
    },
    /bad\.mda\.sha256 is the checksum of "other\.mda"/
  ),
  pkg(
    'a .sha256 that is not sha256sum format',
    'verify',
    async (w) => {
      await tampered(() => undefined)(w)
      await writeFile(w.path(`${BAD}.sha256`), 'not a hash\n')
    },
    /bad\.mda\.sha256 is not in sha256sum format/
  ),
  pkg(
    'a .sha256 that is a folder',
    'verify',
    async (w) => {
      await tampered(() => undefined)(w)
      await mkdir(w.path(`${BAD}.sha256`))
    },
    /checksum file \/.*\/bad\.mda\.sha256 is a directory, not a regular file/
  )
]

const manifests: CensusCase[] = [
  pkg(
    'a manifest version that disagrees with ModelVersion',
    'publish',
    manifest({ version: '1.2.0.9' }),
    /bad\.mda is damaged or was edited: its manifest says version "1\.2\.0\.9", its model\/metadata\.json says ModelVersion 1\.2\.0\.1; build it again/
  ),
  pkg(
    'a manifest version that disagrees with ModelVersion',
    'verify',
    manifest({ version: '1.2.0.9' }),
    /bad\.mda is damaged or was edited: its manifest says version "1\.2\.0\.9"/
  ),
  pkg(
    'a manifest app "../../../../tmp/x"',
    'publish',
    manifest({ app: '../../../../tmp/x' }),
    /bad\.mda is damaged or was edited: its manifest names app "\.\.\/\.\.\/\.\.\/\.\.\/tmp\/x", which no build writes/
  ),
  pkg(
    'a manifest app "/tmp/x"',
    'publish',
    manifest({ app: '/tmp/x' }),
    /its manifest names app "\/tmp\/x", which no build writes/
  ),
  pkg(
    'a manifest app "..\\\\x"',
    'publish',
    manifest({ app: '..\\x' }),
    /its manifest names app "\.\.\\\\x", which no build writes/
  ),
  pkg(
    'a manifest app that is a number',
    'publish',
    manifest({ app: 42 }),
    /its manifest names app 42, which no build writes/
  ),
  pkg(
    'a manifest version "../1.2.0.1"',
    'publish',
    manifest({ version: '../1.2.0.1' }),
    /its manifest says version "\.\.\/1\.2\.0\.1", its model\/metadata\.json says ModelVersion 1\.2\.0\.1/
  )
]

const repository: CensusCase[] = [
  pkg(
    'the same version with other content',
    'publish',
    rebuilt({ 'web/extra.txt': { data: 'other bytes' } }),
    /hello 1\.2\.0\.1 is already published with other content \(SHA-256 [0-9a-f]{64}, this package [0-9a-f]{64}\); published packages are never overwritten/
  ),
  {
    name: 'stage: a stored package changed in the repository',
    from: 'published',
    setup: async (w) => {
      const stored = w.path('.mxdeploy/packages/hello/1.2.0.1/hello_1.2.0.1.mda')
      const bytes = await readFile(stored)
      bytes[100] = bytes[100]! ^ 0xff
      await chmod(stored, 0o644)
      await writeFile(stored, bytes)
      await chmod(stored, 0o444)
    },
    args: ['stage', '-e', 'acceptance'],
    exit: 2,
    message:
      /hello 1\.2\.0\.1 in file:.* has SHA-256 [0-9a-f]{64}, but it was published with [0-9a-f]{64}: the stored package was changed; it will not be deployed/
  },
  {
    name: 'stage: a stored package gone from the repository',
    from: 'published',
    setup: (w) => rm(w.path('.mxdeploy/packages/hello/1.2.0.1/hello_1.2.0.1.mda')),
    args: ['stage', '-e', 'acceptance'],
    exit: 2,
    message: /hello 1\.2\.0\.1 is listed in file:.* but its file .*hello_1\.2\.0\.1\.mda is missing/
  }
]

export const packagesArea: CensusArea = {
  area: 'packages',
  cases: [...damaged, ...entries, ...checksums, ...manifests, ...repository]
}
