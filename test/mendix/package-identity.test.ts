import { cp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { mxdeploy } from '../support/cli.js'
import { useTempDirs } from '../zip/support/temp-dir.js'
import { CORPUS } from './support/corpus.js'

const tempDir = useTempDirs()

/** A real-shaped app built into app.mda under app `hello`. */
async function builtApp(): Promise<string> {
  const dir = await tempDir()
  await cp(join(CORPUS, 'mx10.24', 'deployment'), join(dir, 'deployment'), { recursive: true })
  await writeFile(
    join(dir, 'mxdeploy.yml'),
    'app: hello\nbuild: { deployment-dir: deployment, version: 1.2.0 }\nenvironments:\n  test: {}\n'
  )
  const built = await mxdeploy(['build', '--out', 'app.mda'], { cwd: dir })
  expect(built.code).toBe(0)
  return dir
}

/**
 * Rewrites the archive comment (the mxdeploy manifest), as anyone holding the file can: the ZIP
 * stays valid, only the claims change. The .sha256 beside it goes, as an editor would drop it.
 */
async function editManifest(file: string, edit: (manifest: Record<string, unknown>) => void) {
  const bytes = await readFile(file)
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  const length = bytes.readUInt16LE(eocd + 20)
  const manifest = JSON.parse(bytes.subarray(eocd + 22, eocd + 22 + length).toString('utf8'))
  edit(manifest)
  const comment = Buffer.from(JSON.stringify(manifest), 'utf8')
  const head = Buffer.from(bytes.subarray(0, eocd + 22))
  head.writeUInt16LE(comment.length, 20 + eocd)
  await writeFile(file, Buffer.concat([head, comment]))
  await rm(`${file}.sha256`, { force: true })
}

async function listing(dir: string): Promise<string[]> {
  return readdir(dir, { recursive: true }).catch(() => [])
}

describe('one app name, one version, one grammar', () => {
  it('files a package under mxdeploy.yml app, and refuses one built for another app', async () => {
    const dir = await builtApp()
    await editManifest(join(dir, 'app.mda'), (m) => (m['app'] = 'other'))
    const run = await mxdeploy(['publish', 'app.mda'], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      'was built for app "other", but this publish is for app "hello" (--app or mxdeploy.yml\'s app)'
    )
    expect(await listing(join(dir, '.mxdeploy'))).toEqual([])
  })

  const edited =
    /app\.mda is damaged or was edited: its manifest names app "[^"]+", which no build writes/
  const grammar = /app name "[^"]+" \(app\) is not allowed: use letters/
  it.each([
    [
      'a manifest app that climbs out',
      { app: '../../../../tmp/x' },
      ['--app', '../../../../tmp/x'],
      edited
    ],
    ['an absolute manifest app', { app: '/tmp/x' }, ['--app', '/tmp/x'], edited],
    ['--app that climbs out', {}, ['--app', '../../../../tmp/x'], grammar],
    ['--app with a slash', {}, ['--app', 'a/b'], grammar]
  ])('refuses %s before anything is written (exit 2)', async (_, manifest, args, message) => {
    const dir = await builtApp()
    await editManifest(join(dir, 'app.mda'), (m) => Object.assign(m, manifest))
    const outside = join(dir, 'outside')
    const run = await mxdeploy(
      ['publish', 'app.mda', '--repository', `file:${join(outside, 'a', 'b', 'c', 'd')}`, ...args],
      { cwd: dir }
    )
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(await listing(outside)).toEqual([])
  })

  it('refuses a package whose manifest and ModelVersion disagree', async () => {
    const dir = await builtApp()
    await editManifest(join(dir, 'app.mda'), (m) => (m['version'] = '9.9.9.9'))
    const run = await mxdeploy(['publish', 'app.mda'], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      'its manifest says version "9.9.9.9", its model/metadata.json says ModelVersion 1.2.0.0'
    )
  })

  it.each([
    ['a version other than its ModelVersion', { version: '9.9.9.9' }, 'says version "9.9.9.9"'],
    ['an app that climbs out', { app: '../../x' }, 'names app "../../x", which no build writes'],
    ['a version that is no version', { version: 'latest' }, 'says version "latest"']
  ])('verify refuses a manifest with %s, as publish does', async (_, edit, problem) => {
    const dir = await builtApp()
    await editManifest(join(dir, 'app.mda'), (m) => Object.assign(m, edit))
    const run = await mxdeploy(['verify', 'app.mda'], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`app.mda is damaged or was edited: its manifest ${problem}`)
  })

  it('refuses --version that contradicts the version the package carries', async () => {
    const dir = await builtApp()
    const run = await mxdeploy(['publish', 'app.mda', '--version', '2.0.0.0'], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('is version 1.2.0.0, not 2.0.0.0')
  })

  it('refuses a build --app outside the grammar before anything is written', async () => {
    const dir = await builtApp()
    const run = await mxdeploy(['build', '--app', '../x', '--out', 'b.mda'], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('app name "../x"')
    expect(await listing(dir)).not.toContain('b.mda')
  })

  it('names a package after the project when nothing names the app, made fit for a tag', async () => {
    const dir = await tempDir()
    await cp(join(CORPUS, 'mx6.8-single-role', 'deployment'), join(dir, 'deployment'), {
      recursive: true
    })
    const run = await mxdeploy(
      ['build', '--deployment-dir', 'deployment', '--version', '1.0.0', '--json'],
      { cwd: dir }
    )
    expect(run.code).toBe(0)
    // The project is called "Fixture Transfer M6": a space is no part of a tag or a folder name.
    expect(run.json.app).toBe('Fixture-Transfer-M6')
  })
})

describe('publishPackage with no app asked for (the publish action without mxdeploy.yml)', () => {
  it('refuses a manifest app that climbs out of the repository', async () => {
    const { publishPackage } = await import('../../src/repository/publish-package.js')
    const { openRepository } = await import('../../src/repository/open-repository.js')
    const { silentLogger } = await import('../../src/log.js')
    const dir = await builtApp()
    await editManifest(join(dir, 'app.mda'), (m) => (m['app'] = '../../../../tmp/x'))
    const root = join(dir, 'repo', 'a', 'b')
    const repository = await openRepository(`file:${root}`, { cwd: dir, env: {} })
    await expect(
      publishPackage(repository, join(dir, 'app.mda'), { env: {}, log: silentLogger })
    ).rejects.toThrow('its manifest names app "../../../../tmp/x", which no build writes')
    expect(await listing(join(dir, 'repo'))).toEqual([])
  })
})
