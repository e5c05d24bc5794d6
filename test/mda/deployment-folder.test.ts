import { execFile } from 'node:child_process'
import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { mxdeploy } from '../cli/support/run-cli.js'
import { pythonZip } from '../zip/support/external-tools.js'
import { useTempDirs } from '../zip/support/temp-dir.js'
import { makeDeploymentFolder } from './support/deployment.js'

const run = promisify(execFile)
const tempDir = useTempDirs()

async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.map((e) => relative(dir, join(e.parentPath, e.name))).sort()
}

async function build(work: string) {
  return mxdeploy(
    ['build', '--deployment-dir', 'deployment', '--version', '1.0.0', '--out', 'out/app.mda'],
    { cwd: work }
  )
}

describe('the files of a deployment folder', () => {
  it('follows links that stay inside the folder, and skips fifos', async () => {
    const work = await tempDir()
    const folder = await makeDeploymentFolder(join(work, 'deployment'))
    await symlink('../img/logo.png', join(folder, 'web/js/logo-link.png'))
    await symlink('../model/resources', join(folder, 'web/shared'))
    await run('mkfifo', [join(folder, 'web/pipe')])
    const result = await build(work)
    expect(result.stderr).not.toContain('error')
    expect(result.code).toBe(0)
    const python = await pythonZip(join(work, 'out/app.mda'))
    expect(python.bad).toBeNull()
    expect(python.names).toEqual([
      'model/bundles/hello-javaactions.jar',
      'model/metadata.json',
      'model/model.mdp',
      'model/resources/widgets.json',
      'web/img/logo.png',
      'web/index.html',
      'web/js/app.js',
      'web/js/logo-link.png',
      'web/shared/widgets.json'
    ])
    const sizes = new Map(python.entries.map((e) => [e.name, e.size]))
    expect(sizes.get('web/js/logo-link.png')).toBe(sizes.get('web/img/logo.png'))
  })

  const refused: [
    string,
    (folder: string, work: string) => Promise<void>,
    (work: string) => string
  ][] = [
    [
      'a link to a file outside the folder',
      async (folder, work) => {
        await writeFile(join(work, 'secret.txt'), 'do not ship')
        await symlink(join(work, 'secret.txt'), join(folder, 'web/secret.txt'))
      },
      (work) =>
        `${join(work, 'deployment/web/secret.txt')} is a link to ${join(work, 'secret.txt')}, outside the deployment folder: copy the file in instead`
    ],
    [
      'a model/ that is a link outside the folder',
      async (folder, work) => {
        await run('mv', [join(folder, 'model'), join(work, 'elsewhere')])
        await symlink(join(work, 'elsewhere'), join(folder, 'model'))
      },
      (work) =>
        `${join(work, 'deployment/model')} is a link to ${join(work, 'elsewhere')}, outside the deployment folder: copy the file in instead`
    ],
    [
      'a broken link',
      (folder) => symlink('missing.js', join(folder, 'web/js/gone.js')),
      (work) =>
        `${join(work, 'deployment/web/js/gone.js')} is a broken link (what it points to does not exist): remove it, or copy the file in`
    ],
    [
      'a link back to a folder that contains it',
      (folder) => symlink('..', join(folder, 'web/js/up')),
      (work) => `${join(work, 'deployment/web/js/up')} links back to a folder that contains it`
    ],
    [
      'a link in a loop',
      (folder) => symlink('loop.js', join(folder, 'web/js/loop.js')),
      (work) =>
        `${join(work, 'deployment/web/js/loop.js')} is a link that leads back to itself (a loop of links): remove it, or copy the file in`
    ],
    [
      'a name that is not UTF-8 (Latin-1 "café.js")',
      (folder) => writeFile(Buffer.from(`${folder}/web/caf\xe9.js`, 'latin1'), 'latin-1'),
      (work) =>
        `${join(work, 'deployment/web/caf\xe9.js')} has a name that is not UTF-8 (bytes 636166e92e6a73): a package's names are UTF-8; rename the file`
    ],
    [
      'two Unicode forms of one name',
      async (folder) => {
        await writeFile(join(folder, 'web/caf\u00e9.js'), 'nfc')
        await writeFile(join(folder, 'web/cafe\u0301.js'), 'nfd')
      },
      () =>
        'web/cafe\u0301.js and web/caf\u00e9.js are one name in two Unicode forms (NFC and NFD), which a package can hold only once: keep one'
    ]
  ]
  it.each(refused)('refuses %s, and writes nothing', async (_label, arrange, message) => {
    const work = await tempDir()
    const folder = await makeDeploymentFolder(join(work, 'deployment'))
    await mkdir(join(work, 'out'))
    await arrange(folder, work)
    const before = await tree(work)
    const result = await build(work)
    expect(result.code).toBe(2)
    expect(result.stderr.endsWith(`error: ${message(work)}\n`)).toBe(true)
    expect(await tree(work)).toEqual(before)
  })
})
