import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { mxdeploy } from '../support/cli.js'
import { useTempDirs } from '../zip/support/temp-dir.js'
import { expected, makeFixtureMpr, type Expected } from './support/corpus.js'

const tempDir = useTempDirs()
let facts: Expected
const versions = Object.keys((await expected()).mpr)

beforeAll(async () => {
  facts = await expected()
})

describe('mxdeploy inspect App.mpr on the .mpr shapes of Mendix 5.6 to 11.6', () => {
  it.each(versions)(
    '%s: reports the Mendix version, file format, MxBuild and JDK',
    async (version) => {
      const want = facts.mpr[version]!
      const dir = await tempDir()
      const mpr = await makeFixtureMpr(dir, version, want)
      const run = await mxdeploy(['inspect', mpr, '--json'], { cwd: dir })
      expect(run.stderr).toBe(
        want.productVersion.includes('-')
          ? `warning: Mendix ${want.productVersion} is a pre-release: Mendix publishes no MxBuild for it, so give --mxbuild PATH to build\n`
          : ''
      )
      expect(run.code).toBe(0)
      expect(run.json).toMatchObject({
        kind: 'mpr',
        path: mpr,
        mendixVersion: want.productVersion,
        formatVersion: want.formatVersion,
        mprcontents:
          want.formatVersion >= 2 ? { path: join(dir, 'mprcontents'), present: true } : null,
        mxbuild: {
          version: want.productVersion,
          // As Mendix's buildpacks download it: the version exactly as the .mpr writes it.
          url: `https://cdn.mendix.com/runtime/mxbuild-${want.productVersion}.tar.gz`
        }
      })
      // MxBuild's JDK: 8 before Mendix 8, 21 from 10.11 (Studio Pro's own), else 11.
      const [major = 0, minor = 0] = want.productVersion.split(/[.-]/).map(Number)
      expect(run.json.java.major).toBe(
        major < 8 ? 8 : major > 10 || (major === 10 && minor >= 11) ? 21 : 11
      )
    }
  )

  it('says so when a format-2 app file comes without its mprcontents folder', async () => {
    const want = facts.mpr['10.24']!
    const dir = await tempDir()
    const mpr = await makeFixtureMpr(dir, '10.24', want)
    await rm(join(dir, 'mprcontents'), { recursive: true })
    const run = await mxdeploy(['inspect', mpr], { cwd: dir })
    expect(run.code).toBe(0)
    expect(run.stderr).toContain(
      `is a format-2 app file, whose documents live in ${join(dir, 'mprcontents')}, which is missing`
    )
    expect(run.stdout).toContain('mendix version  10.24.8.80126')
  })

  it('reads an .mpr by its content whatever its name', async () => {
    const want = facts.mpr['5.6']!
    const dir = await tempDir()
    const mpr = await makeFixtureMpr(dir, '5.6', want)
    const { rename } = await import('node:fs/promises')
    await rename(mpr, join(dir, 'app.sqlite'))
    const run = await mxdeploy(['inspect', 'app.sqlite', '--json'], { cwd: dir })
    expect(run.code).toBe(0)
    expect(run.json.mendixVersion).toBe('5.6.0')
  })
})
