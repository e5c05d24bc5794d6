import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { chmod, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { beforeEach, describe, expect, test } from 'vitest'
import { ConfigurationError } from '../../src/errors.js'
import { FileRepository } from '../../src/repository/file-repository.js'
import type { PackageRecord } from '../../src/repository/package-repository.js'

const run = promisify(execFile)
const CHILD = new URL('./fixtures/publish-child.ts', import.meta.url).pathname

let dir: string
let repository: FileRepository

async function makeFile(name: string, content: string): Promise<{ file: string; sha256: string }> {
  const file = join(dir, name)
  await writeFile(file, content)
  return { file, sha256: createHash('sha256').update(content).digest('hex') }
}

function record(version: string, sha256: string, createdAt: string): Omit<PackageRecord, 'url'> {
  return {
    app: 'hello',
    version,
    sha256,
    size: 1,
    runtimeVersion: '10.24.8.80126',
    modelVersion: version,
    commit: null,
    branch: null,
    createdAt,
    createdBy: 'test',
    stories: []
  }
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mxdeploy-repo-'))
  repository = new FileRepository(join(dir, 'packages'))
})

describe('file repository', () => {
  test('publish, list newest first, get latest, download with the SHA-256 checked', async () => {
    const a = await makeFile('a.mda', 'first package')
    const b = await makeFile('b.mda', 'second package')
    const first = await repository.publish({
      file: a.file,
      record: record('1.0.0.1', a.sha256, '2026-01-01T00:00:00.000Z')
    })
    expect(first.created).toBe(true)
    expect(first.record.url).toBe(join(dir, 'packages', 'hello', '1.0.0.1', 'hello_1.0.0.1.mda'))
    await repository.publish({
      file: b.file,
      record: record('1.0.0.2', b.sha256, '2026-01-02T00:00:00.000Z')
    })
    expect((await repository.list('hello')).map((r) => r.version)).toEqual(['1.0.0.2', '1.0.0.1'])
    expect((await repository.get('hello', 'latest'))?.version).toBe('1.0.0.2')
    expect(await repository.get('hello', '9.9.9.9')).toBeUndefined()
    expect(await repository.list('other')).toEqual([])
    const dest = join(dir, 'out', 'x.mda')
    await repository.download('hello', '1.0.0.1', dest)
    expect(await readFile(dest, 'utf8')).toBe('first package')
    const stored = join(dir, 'packages', 'hello', '1.0.0.1')
    expect((await readFile(join(stored, 'hello_1.0.0.1.mda.sha256'), 'utf8')).trim()).toBe(
      `${a.sha256}  hello_1.0.0.1.mda`
    )
    await run('sha256sum', ['-c', 'hello_1.0.0.1.mda.sha256'], { cwd: stored })
  })

  test('the same bytes again are success without change; other bytes for a version are refused', async () => {
    const a = await makeFile('a.mda', 'content')
    const b = await makeFile('b.mda', 'other content')
    await repository.publish({
      file: a.file,
      record: record('1.0.0.1', a.sha256, '2026-01-01T00:00:00.000Z')
    })
    const again = await repository.publish({
      file: a.file,
      record: record('1.0.0.1', a.sha256, '2026-02-01T00:00:00.000Z')
    })
    expect(again.created).toBe(false)
    expect(again.record.createdAt).toBe('2026-01-01T00:00:00.000Z')
    const refused = repository.publish({
      file: b.file,
      record: record('1.0.0.1', b.sha256, '2026-02-01T00:00:00.000Z')
    })
    await expect(refused).rejects.toThrow(ConfigurationError)
    await expect(refused).rejects.toThrow(/already published with other content.*never overwritten/)
    expect(
      await readFile(join(dir, 'packages', 'hello', '1.0.0.1', 'hello_1.0.0.1.mda'), 'utf8')
    ).toBe('content')
    expect(
      (await readdir(join(dir, 'packages', 'hello'))).filter((n) => n.startsWith('.'))
    ).toEqual([])
  })

  test('a download whose bytes do not match is refused and leaves nothing', async () => {
    const a = await makeFile('a.mda', 'content')
    await repository.publish({
      file: a.file,
      record: record('1.0.0.1', a.sha256, '2026-01-01T00:00:00.000Z')
    })
    const stored = join(dir, 'packages', 'hello', '1.0.0.1', 'hello_1.0.0.1.mda')
    await chmod(stored, 0o644)
    await writeFile(stored, 'CONTENT')
    const dest = join(dir, 'x.mda')
    await expect(repository.download('hello', '1.0.0.1', dest)).rejects.toThrow(
      /the stored package was changed; it will not be deployed/
    )
    expect(existsSync(dest)).toBe(false)
    await expect(repository.download('hello', '2.0.0.0', dest)).rejects.toThrow(
      /hello 2.0.0.0 is not in the package repository/
    )
  })

  test('two publishers at once never corrupt the index', async () => {
    const files = await Promise.all(
      Array.from({ length: 6 }, (_, i) => makeFile(`p${i}.mda`, `package ${i}`))
    )
    const root = join(dir, 'packages')
    // Six processes: three versions, each published twice at the same moment with the same bytes.
    const results = await Promise.all(
      files.map((f, i) => {
        const version = `1.0.0.${i % 3}`
        const same = files[i % 3]!
        return run(process.execPath, [
          '--import',
          'tsx',
          CHILD,
          root,
          same.file,
          version,
          same.sha256
        ]).then(({ stdout }) => JSON.parse(stdout) as { created: boolean })
      })
    )
    expect(results.filter((r) => r.created)).toHaveLength(3)
    const index = JSON.parse(await readFile(join(root, 'hello', 'index.json'), 'utf8')) as {
      packages: PackageRecord[]
    }
    expect(index.packages.map((p) => p.version).sort()).toEqual(['1.0.0.0', '1.0.0.1', '1.0.0.2'])
    expect((await readdir(join(root, 'hello'))).filter((n) => n.startsWith('.'))).toEqual([])
  })

  test('delete removes a package and its index entry', async () => {
    const a = await makeFile('a.mda', 'content')
    await repository.publish({
      file: a.file,
      record: record('1.0.0.1', a.sha256, '2026-01-01T00:00:00.000Z')
    })
    await repository.delete('hello', '1.0.0.1')
    expect(await repository.list('hello')).toEqual([])
    expect(existsSync(join(dir, 'packages', 'hello', '1.0.0.1'))).toBe(false)
    await repository.delete('hello', '1.0.0.1')
  })
})
