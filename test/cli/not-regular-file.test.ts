import { execFile } from 'node:child_process'
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { packDeploymentFolder } from '../../src/mda/pack.js'
import { makeDeploymentFolder } from '../mda/support/deployment.js'
import { useTempDirs } from '../zip/support/temp-dir.js'
import { useCliProcess } from './support/cli-process.js'

// Reading a FIFO blocks until something writes to it, and /dev/zero never ends: each command runs
// as its own process and must exit by itself. Vitest's per-test timeout is the only bound.

const run = promisify(execFile)
const tempDir = useTempDirs()
const mxdeploy = useCliProcess()

async function fifo(dir: string, name: string): Promise<string> {
  const path = join(dir, name)
  await run('mkfifo', [path])
  return path
}

let packageDir: string
beforeAll(async () => {
  const { mkdtemp } = await import('node:fs/promises')
  const { tmpdir } = await import('node:os')
  packageDir = await mkdtemp(join(tmpdir(), 'mxdeploy-fifo-'))
  await packDeploymentFolder({
    deploymentDir: await makeDeploymentFolder(join(packageDir, 'deployment')),
    out: join(packageDir, 'good.mda'),
    version: '1.2.3.4',
    app: 'hello',
    commit: null,
    branch: null,
    entryDate: new Date(0),
    builtAt: new Date(0),
    builder: 'test'
  })
  return async () => {
    const { rm } = await import('node:fs/promises')
    await rm(packageDir, { recursive: true, force: true })
  }
})

describe('verify, inspect and publish on something that is not a regular file', () => {
  for (const [command, noun] of [
    ['verify', 'archive'],
    ['inspect', 'package']
  ] as const) {
    it(`${command} refuses a FIFO and ends`, async () => {
      const path = await fifo(await tempDir(), 'app.mda')
      const result = await mxdeploy([command, path])
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `error: ${noun} ${path} is a named pipe (FIFO), not a regular file\n`
      })
    })
  }

  it('publish refuses a FIFO, writes nothing and ends', async () => {
    const dir = await tempDir()
    const path = await fifo(dir, 'app.mda')
    const config = join(dir, 'mxdeploy.yml')
    await writeFile(config, 'app: hello\nenvironments: { test: {} }\n')
    const repository = `file:${join(dir, 'packages')}`
    const result = await mxdeploy(['publish', path, '--config', config, '--repository', repository])
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `error: archive ${path} is a named pipe (FIFO), not a regular file\n`
    })
    expect((await readdir(dir)).sort()).toEqual(['app.mda', 'mxdeploy.yml'])
  })

  it('verify refuses a character device that never ends (/dev/zero) and ends', async () => {
    const result = await mxdeploy(['verify', '/dev/zero'])
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: archive /dev/zero is a character device, not a regular file\n'
    })
  })

  for (const command of ['verify', 'inspect']) {
    it(`${command} refuses a .sha256 beside the package that is a FIFO, and ends`, async () => {
      const dir = await tempDir()
      const { copyFile } = await import('node:fs/promises')
      const file = join(dir, 'app.mda')
      await copyFile(join(packageDir, 'good.mda'), file)
      const sidecar = await fifo(dir, 'app.mda.sha256')
      const result = await mxdeploy([command, file])
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `error: checksum file ${sidecar} is a named pipe (FIFO), not a regular file\n`
      })
    })
  }
})
