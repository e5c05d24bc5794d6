import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extractZip } from '../../src/zip/extract.js'
import { writeZip } from '../../src/zip/writer.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mxdeploy-extract-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false
  )
}

async function jszipFile(
  name: string,
  add: (zip: JSZip) => void,
  compression: 'STORE' | 'DEFLATE' = 'DEFLATE'
): Promise<string> {
  const zip = new JSZip()
  add(zip)
  const path = join(dir, name)
  await writeFile(
    path,
    await zip.generateAsync({ type: 'nodebuffer', compression, platform: 'UNIX' })
  )
  return path
}

/** A sandbox whose parent holds a canary: nothing may appear beside it. */
async function sandbox(name: string): Promise<{ root: string; dest: string }> {
  const root = join(dir, name)
  await mkdir(root)
  await writeFile(join(root, 'canary'), 'untouched')
  return { root, dest: join(root, 'out') }
}

describe('extractZip', () => {
  it('writes every file of an archive from our writer, streaming large ones', async () => {
    const big = randomBytes(3 << 20)
    const inputs = [
      { name: 'model/metadata.json', data: Buffer.from('{"RuntimeVersion":"10.6.1"}') },
      { name: 'model/bundles/a.jar', data: randomBytes(5000) },
      { name: 'web/empty.txt', data: Buffer.alloc(0) },
      { name: 'web/deep/er/still/big.bin', data: big },
      { name: 'web/ünïcode ✓.css', data: Buffer.from('body{}'.repeat(1000)) }
    ].map((input) => ({ ...input, size: input.data.length }))
    const archive = join(dir, 'ours.zip')
    await writeZip(archive, inputs, { modified: new Date(Date.UTC(2024, 0, 1)) })
    const { root, dest } = await sandbox('ours')
    const result = await extractZip(archive, dest)
    expect(result).toEqual({ files: 5, bytes: inputs.reduce((sum, i) => sum + i.size, 0) })
    for (const input of inputs) {
      expect((await readFile(join(dest, input.name))).equals(input.data)).toBe(true)
    }
    expect((await readdir(root)).sort()).toEqual(['canary', 'out'])
  })

  it('creates folders from directory entries of an Info-ZIP archive', async () => {
    const source = join(dir, 'info-zip-src')
    await mkdir(join(source, 'model', 'empty'), { recursive: true })
    await writeFile(join(source, 'model', 'model.mdp'), 'mdp')
    const archive = join(dir, 'info.zip')
    execFileSync('zip', ['-q', '-r', '-X', archive, 'model'], { cwd: source })
    const { dest } = await sandbox('info')
    expect(await extractZip(archive, dest)).toEqual({ files: 1, bytes: 3 })
    expect((await stat(join(dest, 'model', 'empty'))).isDirectory()).toBe(true)
    expect(await readFile(join(dest, 'model', 'model.mdp'), 'utf8')).toBe('mdp')
  })

  const unsafe: [string, (zip: JSZip) => void, RegExp][] = [
    ['a ".." segment', (zip) => zip.file('model/../../evil.txt', 'x'), /"\.\." segment/],
    ['an absolute path', (zip) => zip.file('/tmp/evil.txt', 'x'), /absolute path/],
    ['a backslash', (zip) => zip.file('..\\evil.txt', 'x'), /backslash/],
    [
      'a symbolic link',
      (zip) => zip.file('model/link', '/etc/passwd', { unixPermissions: 0o120777 }),
      /symbolic link/
    ],
    [
      'a duplicate name',
      (zip) => {
        zip.file('model/a.txt', 'one')
        zip.file('model/b.txt', 'two')
      },
      /appears more than once/
    ]
  ]
  it.each(unsafe)('refuses %s before writing anything', async (label, add, message) => {
    const name = label.replace(/\W+/g, '-')
    let path = await jszipFile(`${name}.zip`, add)
    if (label === 'a duplicate name') {
      // JSZip keeps names unique; rename b.txt to a.txt in both headers, same length.
      const bytes = await readFile(path)
      const patched = Buffer.from(
        bytes.toString('latin1').split('model/b.txt').join('model/a.txt'),
        'latin1'
      )
      path = join(dir, `${name}-patched.zip`)
      await writeFile(path, patched)
    }
    const { root, dest } = await sandbox(name)
    await expect(extractZip(path, dest)).rejects.toMatchObject({
      name: 'ConfigurationError',
      message: expect.stringMatching(message)
    })
    expect(await readdir(root)).toEqual(['canary'])
    expect(await exists(join(dir, 'evil.txt'))).toBe(false)
  })

  it('refuses a zip bomb, entries that expand past the total limit, before writing anything', async () => {
    const path = await jszipFile('bomb.zip', (zip) => {
      zip.file('model/zeros.bin', Buffer.alloc(6 << 20))
      zip.file('model/more-zeros.bin', Buffer.alloc(6 << 20))
    })
    const { root, dest } = await sandbox('bomb')
    const limits = { maxTotalBytes: 10 << 20, maxEntries: 10 }
    await expect(extractZip(path, dest, path, limits)).rejects.toMatchObject({
      name: 'ConfigurationError',
      message: expect.stringMatching(
        `its entries expand to ${12 << 20} bytes, past the ${10 << 20}-byte limit`
      )
    })
    expect(await readdir(root)).toEqual(['canary'])
  })

  it('removes what it wrote when an entry turns out to be damaged', async () => {
    const path = await jszipFile(
      'damaged.zip',
      (zip) => {
        zip.file('model/a.txt', 'first file, fine')
        zip.file('model/b.txt', 'second file, its bytes get flipped')
      },
      'STORE'
    )
    const bytes = await readFile(path)
    const at = bytes.indexOf('its bytes')
    bytes[at] = bytes[at]! ^ 0xff
    await writeFile(path, bytes)
    const { root, dest } = await sandbox('damaged')
    await expect(extractZip(path, dest)).rejects.toMatchObject({
      name: 'ConfigurationError',
      message: expect.stringMatching(/"model\/b\.txt" is damaged: CRC-32 mismatch/)
    })
    expect(await readdir(root)).toEqual(['canary'])
  })

  it('refuses a file and a folder of the same name, and cleans up', async () => {
    const path = await jszipFile('clash.zip', (zip) => {
      zip.file('web/a', 'a file')
      zip.file('web/a/b', 'a file inside a folder of the same name')
    })
    const { root, dest } = await sandbox('clash')
    await expect(extractZip(path, dest)).rejects.toMatchObject({
      name: 'ConfigurationError',
      message: expect.stringMatching(/two entries claim the same path/)
    })
    expect(await readdir(root)).toEqual(['canary'])
  })

  it('never extracts into a folder that exists', async () => {
    const path = await jszipFile('plain.zip', (zip) => zip.file('model/x.txt', 'x'))
    const { root, dest } = await sandbox('existing')
    await mkdir(dest)
    await writeFile(join(dest, 'mine.txt'), 'mine')
    await expect(extractZip(path, dest)).rejects.toThrow(/exists already/)
    expect(await readdir(dest)).toEqual(['mine.txt'])
    expect((await readdir(root)).sort()).toEqual(['canary', 'out'])
  })

  it('refuses a file that is not an archive', async () => {
    const path = join(dir, 'garbage.zip')
    await writeFile(path, randomBytes(2000))
    const { root, dest } = await sandbox('garbage')
    await expect(extractZip(path, dest)).rejects.toMatchObject({ name: 'ConfigurationError' })
    expect(await readdir(root)).toEqual(['canary'])
  })
})
