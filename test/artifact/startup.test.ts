import { execFile } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, test } from 'vitest'

const run = promisify(execFile)
const FIXTURES = new URL('./fixtures/', import.meta.url).pathname
// tsx's loader by path: the child runs in a temp folder, where `--import tsx` would not resolve.
const TSX = new URL('../../node_modules/tsx/dist/loader.mjs', import.meta.url).href

/** The @actions/* and @azure/* specifiers a CLI process resolves while it opens `uri`. */
async function librariesLoaded(uri: string, env: NodeJS.ProcessEnv = {}): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'mxdeploy-loads-'))
  const log = join(dir, 'loads.txt')
  await run(
    process.execPath,
    [
      '--import',
      TSX,
      '--import',
      join(FIXTURES, 'record-loads.mjs'),
      join(FIXTURES, 'open-repository.ts'),
      uri
    ],
    { cwd: dir, env: { PATH: process.env['PATH'], MXDEPLOY_LOAD_LOG: log, ...env } }
  )
  const text = await readFile(log, 'utf8').catch(() => '')
  return [...new Set(text.split('\n').filter(Boolean))].sort()
}

describe('start-up', () => {
  test('@actions/artifact loads only when the artifact repository is used', async () => {
    expect(await librariesLoaded('file:packages')).toEqual([])
    const loaded = await librariesLoaded('artifact', {
      // A service that refuses connections: the library loads, then the call fails.
      ACTIONS_RUNTIME_TOKEN: 'a.b.c',
      ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/'
    })
    expect(loaded).toContain('@actions/artifact')
    expect(loaded).toContain('@azure/storage-blob')
  })
})
