import { mkdtemp, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, test } from 'vitest'
import { makeDirectory, UncreatableFolderError } from '../../src/fs/make-directory.js'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mxdeploy-mkdir-'))
})

describe('makeDirectory', () => {
  test('makes every missing level and accepts folders that exist', async () => {
    await makeDirectory(join(dir, 'a', 'b', 'c'))
    await makeDirectory(join(dir, 'a', 'b', 'c'))
    await makeDirectory(dir)
  })

  test('under /proc it fails instead of retrying forever as recursive mkdir does', async () => {
    await expect(makeDirectory('/proc/mxdeploy-test/a/b')).rejects.toThrow(
      new UncreatableFolderError(
        '/proc/mxdeploy-test',
        '/proc does not take new folders (a virtual file system such as /proc)'
      )
    )
  })

  test('through a link to nowhere it names the link and where it points', async () => {
    await symlink(join(dir, 'gone'), join(dir, 'link'))
    await expect(makeDirectory(join(dir, 'link', 'a'))).rejects.toThrow(
      `${join(dir, 'link')} is a symbolic link to ${join(dir, 'gone')}, which does not exist`
    )
  })

  test('a file in the way is ENOTDIR, as mkdir -p says', async () => {
    await writeFile(join(dir, 'file'), '')
    await expect(makeDirectory(join(dir, 'file'))).rejects.toMatchObject({ code: 'ENOTDIR' })
    await expect(makeDirectory(join(dir, 'file', 'a'))).rejects.toMatchObject({ code: 'ENOTDIR' })
  })
})
