import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, test } from 'vitest'
import { copyExample, writeConfig } from '../support/example-app.js'
import { canMountTmpfs, runInSmallTmpfs } from '../support/small-tmpfs.js'
import { jsonError, mxdeploy } from './support/run-cli.js'

// Where the CLI writes (the state folder, the package repository, an environment's folder, the
// output of build), a folder that cannot be used is named with what is wrong and what to do,
// never a raw ENOTDIR, EROFS, ENOSPC or ENOENT.

const CLI = new URL('../support/mxdeploy-process.ts', import.meta.url).pathname
const ROOT = new URL('../..', import.meta.url).pathname

const BASE = `app: hello
build: { deployment-dir: deployment, version: 1.2.0 }
environments:
  test: {}
`

let dir: string

function run(...args: string[]) {
  return mxdeploy([...args, '--config', join(dir, 'mxdeploy.yml')], { cwd: dir })
}

async function buildPackage(): Promise<string> {
  const out = join(dir, 'hello.mda')
  const built = await run(
    'build',
    '--deployment-dir',
    'deployment',
    '--version',
    '1.2.0',
    '--build-number',
    '1',
    '--out',
    out
  )
  expect(built.code, built.stderr).toBe(0)
  return out
}

/**
 * Runs the CLI as a process with `disk` a 64 KiB tmpfs, after `script` prepared it ($0); what the
 * disk holds afterwards (but the filler) is the last line of stderr, `disk:./a ./a/b`.
 */
function cliOnSmallDisk(disk: string, script: string, ...args: string[]) {
  const cli = [process.execPath, '--import', 'tsx', CLI, ...args]
  const list =
    'echo "disk:$(cd "$0" && find . -mindepth 1 ! -name filler | sort | tr "\\n" " ")" >&2'
  return runInSmallTmpfs(disk, '64k', `${script} && { "$@"; code=$?; ${list}; exit $code; }`, cli, {
    cwd: ROOT
  })
}

beforeEach(async () => {
  dir = await copyExample()
  await writeConfig(dir, BASE)
})

describe('folders that cannot be used', () => {
  test('a target.path under /proc fails at once (exit 2) instead of looping in mkdir holding the lock', async () => {
    await writeConfig(
      dir,
      `${BASE}  odd: { target: { type: local, path: /proc/mxdeploy-test/env } }\n`
    )
    expect((await run('publish', await buildPackage())).code).toBe(0)
    const staged = await run('stage', '-e', 'odd', '--json')
    expect(staged.code).toBe(2)
    expect(jsonError(staged).message).toBe(
      'cannot use the folder of environment odd /proc/mxdeploy-test/env: /proc does not take new folders (a virtual file system such as /proc); set target.path of odd in mxdeploy.yml to a folder on a writable disk'
    )
    // The environment's lock was released: the same stage fails the same way, not "locked".
    expect(jsonError(await run('stage', '-e', 'odd', '--json')).message).toMatch(/^cannot use/)
  })

  test('a state folder under a file (ENOTDIR) names the file in the way', async () => {
    await writeFile(join(dir, 'plain'), '')
    expect((await run('publish', await buildPackage())).code).toBe(0)
    const staged = await run('stage', '-e', 'test', '--state-dir', 'plain/state', '--json')
    expect(staged.code).toBe(2)
    expect(jsonError(staged).message).toBe(
      `cannot use the state folder ${join(dir, 'plain/state')}: ${join(dir, 'plain')} is a file, not a folder (ENOTDIR); give --state-dir a folder on a writable disk`
    )
  })

  test('a package repository that is a file is named as such', async () => {
    await writeFile(join(dir, 'packages'), '')
    await writeConfig(dir, `${BASE}repository: file:packages\n`)
    const published = await run('publish', await buildPackage(), '--json')
    expect(published.code).toBe(2)
    expect(jsonError(published).message).toBe(
      `cannot use the package repository folder ${join(dir, 'packages')}: ${join(dir, 'packages')} is a file, not a folder (ENOTDIR); set repository: file:DIR in mxdeploy.yml (or --repository) to a writable folder`
    )
    const listed = await run('packages', '--json')
    expect(listed.code).toBe(2)
    expect(jsonError(listed).message).toBe(
      `cannot use the package repository folder ${join(dir, 'packages')}: ${join(dir, 'packages')} is a file, not a folder (ENOTDIR); set repository: file:DIR in mxdeploy.yml (or --repository) to a writable folder`
    )
  })

  test('a build output under /proc names the output file', async () => {
    const out = '/proc/mxdeploy-test/hello.mda'
    const built = await run(
      'build',
      '--deployment-dir',
      'deployment',
      '--version',
      '1.2.0',
      '--out',
      out,
      '--json'
    )
    expect(built.code).toBe(2)
    expect(jsonError(built).message).toBe(
      `cannot use the output file ${out}: /proc does not take new folders (a virtual file system such as /proc); give --out a path on a writable disk`
    )
  })

  test('a download under /proc names the output file', async () => {
    expect((await run('publish', await buildPackage())).code).toBe(0)
    const out = '/proc/mxdeploy-test/hello.mda'
    const downloaded = await run('packages', 'download', 'latest', '--out', out, '--json')
    expect(downloaded.code).toBe(2)
    expect(jsonError(downloaded).message).toBe(
      `cannot use the output file ${out}: /proc does not take new folders (a virtual file system such as /proc); give --out a path on a writable disk`
    )
  })

  test.skipIf(!canMountTmpfs)('a read-only state folder (EROFS) is named, exit 2', async () => {
    expect((await run('publish', await buildPackage())).code).toBe(0)
    const state = join(dir, 'ro')
    await mkdir(state)
    const staged = cliOnSmallDisk(
      state,
      'mount -o remount,ro "$0"',
      'stage',
      '-e',
      'test',
      '--state-dir',
      state,
      '--repository',
      `file:${join(dir, '.mxdeploy', 'packages')}`,
      '--config',
      join(dir, 'mxdeploy.yml')
    )
    expect(staged.code, staged.stderr).toBe(2)
    expect(staged.stderr).toContain(
      `error: cannot use the state folder ${state}: the file system is read-only (EROFS); give --state-dir a folder on a writable disk`
    )
  })

  test.skipIf(!canMountTmpfs)(
    'a full disk under the package repository (ENOSPC) fails the publish (exit 1) naming the folder, and leaves nothing',
    async () => {
      const out = await buildPackage()
      const packages = join(dir, 'full')
      await mkdir(packages)
      const published = cliOnSmallDisk(
        packages,
        '{ cat /dev/zero > "$0/filler" 2>/dev/null; true; }',
        'publish',
        out,
        '--repository',
        `file:${packages}`,
        '--config',
        join(dir, 'mxdeploy.yml')
      )
      expect(published.code, published.stderr).toBe(1)
      expect(published.stderr).toContain(
        `error: cannot use the package repository folder ${packages}: no space left on device (ENOSPC); free space on that disk, or set repository: file:DIR in mxdeploy.yml (or --repository) to a writable folder`
      )
      expect(published.stderr.trim().split('\n').at(-1)).toBe('disk:./hello')
    }
  )

  test.skipIf(!canMountTmpfs)(
    "a full disk under an environment's folder (ENOSPC) fails the stage before the switch, naming the folder",
    async () => {
      const env = join(dir, 'env')
      await mkdir(env)
      await writeConfig(dir, `${BASE}  full: { target: { type: local, path: ${env} } }\n`)
      expect((await run('publish', await buildPackage())).code).toBe(0)
      const staged = cliOnSmallDisk(
        env,
        // Room for the lock (one 4 KiB page) and a little more, not for the release.
        'mkdir "$0/releases" && head -c 53248 /dev/zero > "$0/filler"',
        'stage',
        '-e',
        'full',
        '--config',
        join(dir, 'mxdeploy.yml')
      )
      expect(staged.code, staged.stderr).toBe(1)
      expect(staged.stderr).toContain(
        `error: cannot use the folder of environment full ${env}: no space left on device (ENOSPC); free space on that disk, or set target.path of full in mxdeploy.yml to a folder on a writable disk`
      )
      expect(staged.stderr.trim().split('\n').at(-1)).toBe('disk:./releases')
    }
  )

  test.skipIf(!canMountTmpfs)(
    'a full disk under the build output (ENOSPC) names the output file (exit 1)',
    async () => {
      const disk = join(dir, 'full')
      await mkdir(disk)
      const out = join(disk, 'hello.mda')
      const built = cliOnSmallDisk(
        disk,
        '{ cat /dev/zero > "$0/filler" 2>/dev/null; true; }',
        'build',
        '--deployment-dir',
        join(dir, 'deployment'),
        '--version',
        '1.2.0',
        '--out',
        out
      )
      expect(built.code, built.stderr).toBe(1)
      expect(built.stderr).toContain(
        `error: cannot use the output file ${out}: no space left on device (ENOSPC); free space on that disk, or give --out a path on a writable disk`
      )
    }
  )
})
