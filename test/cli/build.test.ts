import { execFile } from 'node:child_process'
import { chmod, chown, mkdir, readFile, readdir, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { MANIFEST_SCHEMA } from '../../src/mda/manifest.js'
import { BUILDER } from '../../src/version.js'
import {
  deploymentFiles,
  makeDeploymentFolder,
  metadataDocument
} from '../mda/support/deployment.js'
import { text } from '../zip/support/content.js'
import {
  pythonZip,
  sha256sumCheck,
  unzipComment,
  unzipTest,
  zipinfoNames,
  zipinfoVerbose
} from '../zip/support/external-tools.js'
import { useTempDirs } from '../zip/support/temp-dir.js'
import { mxdeploy } from './support/run-cli.js'

const run = promisify(execFile)
const tempDir = useTempDirs()

interface BuildJson {
  path: string
  app: string
  version: string
  runtimeVersion: string
  sha256: string
  size: number
  entries: number
  manifest: Record<string, unknown>
}

async function buildJson(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = await mxdeploy(['build', '--json', ...args], { cwd, env })
  expect(result.stderr).not.toContain('error:')
  expect(result.code).toBe(0)
  return JSON.parse(result.stdout) as BuildJson
}

const PACKAGED = [
  'model/bundles/hello-javaactions.jar',
  'model/metadata.json',
  'model/model.mdp',
  'model/resources/widgets.json',
  'web/img/logo.png',
  'web/index.html',
  'web/js/app.js'
]

describe('mxdeploy build --deployment-dir', () => {
  it('packages model/, web/ and native/ only, sets ModelVersion, and records the manifest', async () => {
    const work = await tempDir()
    const files = deploymentFiles()
    files.set('native/android/app.apk.txt', text(100))
    await makeDeploymentFolder(join(work, 'deployment'), files)
    await writeFile(join(work, 'deployment', 'README.txt'), 'not part of the package')
    const built = await buildJson(
      [
        '--deployment-dir',
        'deployment',
        '--version',
        '1.2.0',
        '--build-number',
        '7',
        '--out',
        'out/hello.mda'
      ],
      work
    )
    const out = join(work, 'out/hello.mda')
    expect(built).toMatchObject({
      path: out,
      app: 'Hello',
      version: '1.2.0.7',
      runtimeVersion: '10.24.8.80126',
      entries: 8
    })
    expect(await zipinfoNames(out)).toEqual([
      ...PACKAGED.slice(0, 4),
      'native/android/app.apk.txt',
      ...PACKAGED.slice(4)
    ])
    await expect(unzipTest(out)).resolves.toContain('No errors detected')

    const { stdout: packaged } = await run('unzip', ['-p', out, 'model/metadata.json'])
    expect(JSON.parse(packaged)).toEqual({ ...metadataDocument(), ModelVersion: '1.2.0.7' })

    const comment = await unzipComment(out)
    const manifest = JSON.parse(comment.slice(comment.indexOf('{'))) as Record<string, unknown>
    expect(manifest).toEqual({
      schema: MANIFEST_SCHEMA,
      app: 'Hello',
      version: '1.2.0.7',
      runtimeVersion: '10.24.8.80126',
      commit: null,
      branch: null,
      builtAt: '1980-01-01T00:00:00.000Z',
      builder: BUILDER,
      source: 'deployment-dir',
      entries: 8,
      stories: []
    })
    expect(built.manifest).toEqual(manifest)

    const sidecar = await readFile(`${out}.sha256`, 'utf8')
    expect(sidecar).toBe(`${built.sha256}  hello.mda\n`)
    await expect(sha256sumCheck('hello.mda.sha256', join(work, 'out'))).resolves.toBe(
      'hello.mda: OK\n'
    )
    expect((await readFile(out)).length).toBe(built.size)
  })

  it('takes the build number from GITHUB_RUN_NUMBER, and names the package after the app', async () => {
    const work = await tempDir()
    await makeDeploymentFolder(join(work, 'deployment'))
    const env = { GITHUB_RUN_NUMBER: '42' }
    const built = await buildJson(
      ['--deployment-dir', 'deployment', '--version', '2.0.1'],
      work,
      env
    )
    expect(built.version).toBe('2.0.1.42')
    expect(built.path).toBe(join(work, 'Hello_2.0.1.42.mda'))
    const explicit = await buildJson(
      [
        '--deployment-dir',
        'deployment',
        '--version',
        '2.0.1',
        '--build-number',
        '3',
        '--app',
        'shop'
      ],
      work,
      env
    )
    expect(explicit.version).toBe('2.0.1.3')
    expect(explicit.path).toBe(join(work, 'shop_2.0.1.3.mda'))
    const fourPart = await buildJson(
      ['--deployment-dir', 'deployment', '--version', '2.0.1.42', '--out', 'four.mda'],
      work,
      env
    )
    expect(fourPart.version).toBe('2.0.1.42')
    const none = await buildJson(['--deployment-dir', 'deployment', '--version', '2.0.1'], work)
    expect(none.version).toBe('2.0.1.0')
  })

  it('stamps entries with SOURCE_DATE_EPOCH, else 1980-01-01', async () => {
    const work = await tempDir()
    await makeDeploymentFolder(join(work, 'deployment'))
    const args = ['--deployment-dir', 'deployment', '--version', '1.0.0']
    const plain = await buildJson([...args, '--out', 'plain.mda'], work)
    const dated = await buildJson([...args, '--out', 'dated.mda'], work, {
      SOURCE_DATE_EPOCH: String(Date.UTC(2024, 1, 29, 12, 30, 44) / 1000)
    })
    expect(dated.sha256).not.toBe(plain.sha256)
    expect(dated.manifest['builtAt']).toBe('2024-02-29T12:30:44.000Z')
    const dates = async (file: string) =>
      new Set((await zipinfoVerbose(join(work, file))).match(/file last modified on[^\n]*/g))
    expect(await dates('plain.mda')).toEqual(
      new Set(['file last modified on (DOS date/time):          1980 Jan 1 00:00:00'])
    )
    expect(await dates('dated.mda')).toEqual(
      new Set(['file last modified on (DOS date/time):          2024 Feb 29 12:30:44'])
    )
  })

  it('gives byte-identical packages whatever the file order, mtimes, owners, permissions and umask', async () => {
    const work = await tempDir()
    const files = [...deploymentFiles()]
    await makeDeploymentFolder(join(work, 'first'), new Map(files))
    const umask = process.umask(0o077)
    try {
      const second = await makeDeploymentFolder(join(work, 'second'), new Map(files.reverse()))
      await chmod(join(second, 'web/index.html'), 0o600)
      await chmod(join(second, 'model/model.mdp'), 0o755)
      await utimes(join(second, 'web/js/app.js'), new Date(2011, 1, 1), new Date(2011, 1, 1))
      // Another owner, where this test may change owners (as root, in CI containers).
      if (process.getuid?.() === 0) await chown(join(second, 'web/index.html'), 4321, 4321)
      await mkdir(join(second, 'web/empty-folder'))
    } finally {
      process.umask(umask)
    }
    const a = await buildJson(
      ['--deployment-dir', 'first', '--version', '1.0.0', '--out', 'a.mda'],
      work
    )
    const b = await buildJson(
      ['--deployment-dir', 'second', '--version', '1.0.0', '--out', 'b.mda'],
      work
    )
    expect(b.sha256).toBe(a.sha256)
    expect((await readFile(join(work, 'b.mda'))).equals(await readFile(join(work, 'a.mda')))).toBe(
      true
    )
    // Fixed attributes: rw-r--r-- for every entry, whatever the files had.
    const verbose = await zipinfoVerbose(join(work, 'b.mda'))
    expect(verbose.match(/Unix file attributes \(100644 octal\)/g)).toHaveLength(7)
  })

  it('stores names in NFC, whatever form the file system gave', async () => {
    const work = await tempDir()
    const files = deploymentFiles()
    files.set('web/cafe\u0301/re\u0301sume\u0301.js', text(100))
    await makeDeploymentFolder(join(work, 'deployment'), files)
    await buildJson(
      ['--deployment-dir', 'deployment', '--version', '1.0.0', '--out', 'a.mda'],
      work
    )
    const python = await pythonZip(join(work, 'a.mda'))
    expect(python.bad).toBeNull()
    expect(python.names).toContain('web/caf\u00e9/r\u00e9sum\u00e9.js')
  })

  it('records the commit and branch of the git repository around the folder', async () => {
    const work = await tempDir()
    await makeDeploymentFolder(join(work, 'repo/deployment'))
    const git = (...args: string[]) =>
      run('git', args, {
        cwd: join(work, 'repo'),
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'Test',
          GIT_AUTHOR_EMAIL: 'test@example.com',
          GIT_COMMITTER_NAME: 'Test',
          GIT_COMMITTER_EMAIL: 'test@example.com',
          GIT_COMMITTER_DATE: '2023-06-01T10:00:00Z'
        }
      })
    await git('init', '-q', '-b', 'main')
    await git('add', '.')
    await git('commit', '-q', '-m', 'App')
    await git('checkout', '-q', '-b', 'feature/ABC-12-login')
    const head = (await git('rev-parse', 'HEAD')).stdout.trim()
    const built = await buildJson(
      ['--deployment-dir', 'repo/deployment', '--version', '1.0.0', '--out', 'a.mda'],
      work
    )
    expect(built.manifest).toMatchObject({
      commit: head,
      branch: 'feature/ABC-12-login',
      builtAt: '2023-06-01T10:00:00.000Z'
    })
    // In Actions, the checkout may be detached: the runner's variables win.
    const actions = await buildJson(
      ['--deployment-dir', 'repo/deployment', '--version', '1.0.0', '--out', 'b.mda'],
      work,
      { GITHUB_SHA: 'f'.repeat(40), GITHUB_REF_NAME: 'release/1.0' }
    )
    expect(actions.manifest).toMatchObject({ commit: 'f'.repeat(40), branch: 'release/1.0' })
    expect(await readdir(join(work, 'repo'))).toEqual(['.git', 'deployment'])
  })
})
