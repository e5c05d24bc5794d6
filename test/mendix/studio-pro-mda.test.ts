import { cp, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { mxdeploy } from '../support/cli.js'
import { useTempDirs } from '../zip/support/temp-dir.js'
import { CORPUS, expected } from './support/corpus.js'

const tempDir = useTempDirs()
const MDA = 'mx6.10/FixtureUnsigned_20161117_1507.mda'
const want = (await expected()).mda[MDA]!

/** An app folder holding the MDA Mendix made (no mxdeploy manifest, ModelVersion unversioned). */
async function appWithMda(config = 'app: unsigned\nenvironments:\n  test: {}\n'): Promise<string> {
  const dir = await tempDir()
  await cp(join(CORPUS, MDA), join(dir, 'studio.mda'))
  await writeFile(join(dir, 'mxdeploy.yml'), config)
  return dir
}

async function packages(dir: string): Promise<string[]> {
  return readdir(join(dir, '.mxdeploy', 'packages')).catch(() => [])
}

describe('an MDA that Mendix made (Studio Pro 6.10: no manifest, unversioned)', () => {
  it('inspects and verifies', async () => {
    const dir = await appWithMda()
    const inspected = await mxdeploy(['inspect', 'studio.mda', '--json'], { cwd: dir })
    expect(inspected.code).toBe(0)
    expect(inspected.json.manifest).toBeNull()
    expect(inspected.json.entries).toBe(want.entries)
    expect(inspected.json.metadata).toMatchObject({
      runtimeVersion: want.runtimeVersion,
      modelVersion: 'unversioned',
      projectName: want.projectName,
      roles: want.roles
    })
    expect(inspected.json.metadata.constants).toHaveLength(want.constants)
    expect(inspected.json.metadata.scheduledEvents).toHaveLength(want.scheduledEvents)
    const verified = await mxdeploy(['verify', 'studio.mda'], { cwd: dir })
    expect(verified.stderr).toBe('')
    expect(verified.code).toBe(0)
  })

  it('is refused by publish without --version, saying how to give one; nothing is written', async () => {
    const dir = await appWithMda()
    const run = await mxdeploy(['publish', 'studio.mda'], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      'carries no version (ModelVersion "unversioned", as Studio Pro writes when none is set): give the version to file it under with --version 1.2.0.15'
    )
    expect(await packages(dir)).toEqual([])
  })

  it('publishes under --app and --version, then stages to a local environment', async () => {
    const dir = await appWithMda()
    const published = await mxdeploy(
      ['publish', 'studio.mda', '--app', 'unsigned', '--version', '6.10.0.3', '--json'],
      { cwd: dir }
    )
    expect(published.stderr).not.toContain('error:')
    expect(published.code).toBe(0)
    expect(published.json.package).toMatchObject({
      app: 'unsigned',
      version: '6.10.0.3',
      runtimeVersion: '6.10.0',
      modelVersion: 'unversioned'
    })
    const staged = await mxdeploy(['stage', '--environment', 'test', '--json'], { cwd: dir })
    expect(staged.stderr).not.toContain('error:')
    expect(staged.code).toBe(0)
    const current = join(dir, '.mxdeploy', 'envs', 'test', 'current')
    expect((await readdir(join(current, 'web'))).sort()).toEqual([
      'css',
      'index.html',
      'index.html.gz'
    ])
    // Mendix keeps empty folders in its packages; they arrive too.
    expect(await readdir(join(current, 'model', 'lib', 'userlib'))).toEqual([])
  })

  it('refuses a --version malformed, exit 2, nothing written', async () => {
    const dir = await appWithMda()
    const run = await mxdeploy(['publish', 'studio.mda', '--version', '1.2.0'], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      'version "1.2.0" (package version) is not a four-part Mendix version such as 1.2.0.15'
    )
    expect(await packages(dir)).toEqual([])
  })
})
