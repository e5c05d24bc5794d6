import { cp, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { mxdeploy } from '../support/cli.js'
import { useTempDirs } from '../zip/support/temp-dir.js'
import { CORPUS } from './support/corpus.js'

const tempDir = useTempDirs()

/** The 7.23-shaped app (String, Integer and Boolean constants), built and published. */
async function publishedApp(constants: string[]): Promise<string> {
  const dir = await tempDir()
  await cp(join(CORPUS, 'mx7.23', 'deployment'), join(dir, 'deployment'), { recursive: true })
  await writeFile(
    join(dir, 'mxdeploy.yml'),
    [
      'app: demo',
      'build: { deployment-dir: deployment, version: 1.0.0 }',
      'environments:',
      '  test:',
      '    constants:',
      ...constants.map((line) => `      ${line}`),
      ''
    ].join('\n')
  )
  for (const args of [
    ['build', '--out', 'app.mda'],
    ['publish', 'app.mda']
  ]) {
    const run = await mxdeploy(args, { cwd: dir })
    expect(run.stderr).not.toContain('error:')
    expect(run.code).toBe(0)
  }
  return dir
}

describe('staging constants as Mendix types them', () => {
  it('deploys a String constant written 010 as "010", not 10', async () => {
    const dir = await publishedApp([
      'FixtureCore.Setting1: 010',
      'FixtureCrypto.Limit2: 2147483647',
      'FixtureSso.Enabled2: True'
    ])
    const run = await mxdeploy(['stage', '--environment', 'test'], { cwd: dir })
    expect(run.code).toBe(0)
    const settings = JSON.parse(
      await readFile(join(dir, '.mxdeploy', 'envs', 'test', 'settings.json'), 'utf8')
    )
    expect(settings.MicroflowConstants).toMatchObject({
      'FixtureCore.Setting1': '010',
      'FixtureCrypto.Limit2': '2147483647',
      'FixtureSso.Enabled2': 'True',
      'FixtureCrypto.Limit1': '-1'
    })
  })

  it('refuses an Integer constant past 32 bits: exit 2, the environment untouched', async () => {
    const dir = await publishedApp(['FixtureCrypto.Limit2: 2147483648'])
    const run = await mxdeploy(['stage', '--environment', 'test'], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      'constant FixtureCrypto.Limit2 is "2147483648" for test; an Integer constant must lie between -2147483648 and 2147483647'
    )
    expect(await readdir(join(dir, '.mxdeploy', 'envs')).catch(() => [])).toEqual([])
  })
})
