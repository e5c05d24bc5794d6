import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, test } from 'vitest'
import { ConfigurationError, OperationError } from '../../src/errors.js'
import { pathError } from '../../src/fs/path-error.js'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mxdeploy-path-error-'))
})

describe('pathError', () => {
  const chosen = () => ({ what: 'the state folder', path: join(dir, 's'), fix: 'use another' })
  const failure = (code: string) => Object.assign(new Error(`${code}: raw`), { code })

  test.each([
    ['EROFS', ConfigurationError, 'the file system is read-only (EROFS); use another'],
    ['EACCES', ConfigurationError, 'permission denied (EACCES); use another'],
    [
      'ENOSPC',
      OperationError,
      'no space left on device (ENOSPC); free space on that disk, or use another'
    ],
    [
      'EDQUOT',
      OperationError,
      'the disk quota is used up (EDQUOT); free space on that disk, or use another'
    ],
    [
      'EIO',
      OperationError,
      'input/output error (a failing disk or a lost network mount) (EIO); use another'
    ]
  ])('%s names the path, what is wrong and what to do', async (code, kind, text) => {
    const error = await pathError(failure(code), chosen())
    expect(error).toBeInstanceOf(kind)
    expect((error as Error).message).toBe(`cannot use the state folder ${join(dir, 's')}: ${text}`)
  })

  test('ENOTDIR names the file in the way', async () => {
    await writeFile(join(dir, 'file'), '')
    const error = await pathError(
      Object.assign(failure('ENOTDIR'), { path: join(dir, 'file', 'x', 'y') }),
      chosen()
    )
    expect((error as Error).message).toContain(
      `: ${join(dir, 'file')} is a file, not a folder (ENOTDIR)`
    )
  })

  test('what is not a file-system error passes through unchanged', async () => {
    const error = new ConfigurationError('other')
    expect(await pathError(error, chosen())).toBe(error)
    const node = failure('ERR_STREAM_PREMATURE_CLOSE')
    expect(await pathError(node, chosen())).toBe(node)
  })
})
