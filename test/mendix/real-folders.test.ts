import { execFileSync } from 'node:child_process'
import { cp, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { mxdeploy } from '../support/cli.js'
import { useTempDirs } from '../zip/support/temp-dir.js'
import { CORPUS, expected, folderFixtures, type Expected } from './support/corpus.js'

const tempDir = useTempDirs()
let facts: Expected
const fixtures = await folderFixtures()

beforeAll(async () => {
  facts = await expected()
})

/** A Mendix repository as a team has it: the committed deployment folder and an mxdeploy.yml. */
async function appWith(fixture: string): Promise<string> {
  const dir = await tempDir()
  await cp(join(CORPUS, fixture, 'deployment'), join(dir, 'deployment'), { recursive: true })
  await writeFile(
    join(dir, 'mxdeploy.yml'),
    [
      'app: fixture',
      'build: { deployment-dir: deployment, version: 1.0.0 }',
      'environments:',
      '  test: {}',
      ''
    ].join('\n')
  )
  return dir
}

describe('real Mendix deployment folders, 5.6 to 10.24', () => {
  it('has every fixture listed in expected.json', () => {
    expect(fixtures).toEqual(Object.keys(facts.folders).sort())
    expect(fixtures.length).toBeGreaterThanOrEqual(15)
  })

  it.each(fixtures)('%s: builds, inspects, verifies, publishes and stages', async (fixture) => {
    const want = facts.folders[fixture]!
    const dir = await appWith(fixture)

    const built = await mxdeploy(['build', '--json', '--out', 'app.mda'], { cwd: dir })
    expect(built.stderr).not.toContain('error:')
    expect(built.code).toBe(0)
    expect(built.json.runtimeVersion).toBe(want.runtimeVersion)

    const inspected = await mxdeploy(['inspect', 'app.mda', '--json'], { cwd: dir })
    expect(inspected.code).toBe(0)
    const metadata = inspected.json.metadata
    expect(metadata.runtimeVersion).toBe(want.runtimeVersion)
    expect(metadata.modelVersion).toBe('1.0.0.0')
    expect(metadata.projectName).toBe(want.projectName)
    expect(metadata.constants).toHaveLength(want.constants)
    expect(metadata.constants.map((c: { name: string }) => c.name)).toEqual(want.constantNames)
    expect(metadata.scheduledEvents).toHaveLength(want.scheduledEvents)
    expect(metadata.roles).toEqual(want.roles)
    expect(metadata.requestHandlers).toEqual(want.requestHandlers)
    expect(metadata.javaVersion ?? null).toBe(want.javaVersion)
    expect(metadata.warnings).toEqual([])

    const verified = await mxdeploy(['verify', 'app.mda'], { cwd: dir })
    expect(verified.stderr).toBe('')
    expect(verified.code).toBe(0)
    const published = await mxdeploy(['publish', 'app.mda', '--json'], { cwd: dir })
    expect(published.code).toBe(0)
    expect(published.json.package.version).toBe('1.0.0.0')
    const staged = await mxdeploy(['stage', '--environment', 'test', '--json'], { cwd: dir })
    expect(staged.stderr).not.toContain('error:')
    expect(staged.code).toBe(0)
    const running = join(dir, '.mxdeploy', 'envs', 'test', 'current', 'model', 'metadata.json')
    expect(JSON.parse(await readFile(running, 'utf8'))).toMatchObject({
      RuntimeVersion: want.runtimeVersion,
      ModelVersion: '1.0.0.0'
    })
  })

  it.each(fixtures)(
    '%s: the package holds the metadata.json MxBuild wrote, ModelVersion set as --model-version does',
    async (fixture) => {
      const dir = await appWith(fixture)
      expect((await mxdeploy(['build', '--out', 'app.mda'], { cwd: dir })).code).toBe(0)
      const original = await readFile(join(dir, 'deployment', 'model', 'metadata.json'), 'latin1')
      const packed = execFileSync('unzip', ['-p', 'app.mda', 'model/metadata.json'], {
        cwd: dir,
        encoding: 'latin1'
      })
      // Byte for byte: line endings, indentation, key order and the missing final newline stay.
      expect(packed).toBe(
        original.replace('"ModelVersion": "unversioned"', '"ModelVersion": "1.0.0.0"')
      )
      expect(packed.includes('\r\n')).toBe(facts.folders[fixture]!.lineEndings === 'CRLF')
    }
  )
})
