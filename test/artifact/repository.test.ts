import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import JSZip from 'jszip'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { ConfigurationError } from '../../src/errors.js'
import { sha256File } from '../../src/mda/sha256-file.js'
import { silentLogger } from '../../src/log.js'
import { openRepository } from '../../src/repository/open-repository.js'
import type { PackageRepository } from '../../src/repository/package-repository.js'
import { publishPackage } from '../../src/repository/publish-package.js'
import { FakeArtifactService, type FakeRun } from '../support/artifacts/artifact-service.js'
import { CapturedOutput } from '../support/artifacts/captured-output.js'
import { buildExample } from './packages.js'

const execFileAsync = promisify(execFile)
const TSX = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname
const PUBLISH_JOB = new URL('./fixtures/publish-job.ts', import.meta.url).pathname

let fake: FakeArtifactService
let run: FakeRun
let out: string
const output = new CapturedOutput()

beforeAll(async () => {
  fake = await FakeArtifactService.start()
})
afterAll(async () => {
  await fake.close()
})
beforeEach(async () => {
  run = fake.newRun()
  out = await mkdtemp(join(tmpdir(), 'mxdeploy-artifact-out-'))
  output.start()
})
afterEach(() => {
  output.stop()
  expect(fake.violations).toEqual([])
})

/** The repository as a job of `run` opens it. */
function open(uri = 'artifact', env = fake.jobEnv(run)): Promise<PackageRepository> {
  return openRepository(uri, { cwd: out, env })
}

async function publish(repository: PackageRepository, file: string) {
  return publishPackage(repository, file, { env: { GITHUB_ACTOR: 'octocat' }, log: silentLogger })
}

describe('artifact repository', () => {
  test('build job publishes, a later job lists, gets the latest and downloads it verified', async () => {
    const first = await buildExample('1.0.0.1')
    const second = await buildExample('1.0.0.2', 'second')
    const build = await open()
    const published = await publish(build, first.path)
    expect(published.created).toBe(true)
    expect(published.record).toMatchObject({
      app: 'Hello',
      version: '1.0.0.1',
      sha256: first.sha256,
      createdBy: 'octocat'
    })
    expect(published.record.url).toMatch(
      /^https:\/\/github\.com\/octo-org\/hello\/actions\/runs\/\d+\/artifacts\/\d+$/
    )
    await publish(build, second.path)

    // The artifact is one zip: the MDA, its sha256sum line and the record.
    const zip = await JSZip.loadAsync(fake.blob(run, 'mxdeploy-Hello-1.0.0.1')!)
    expect(Object.keys(zip.files).sort()).toEqual([
      'Hello_1.0.0.1.mda',
      'Hello_1.0.0.1.mda.sha256',
      'record.json'
    ])
    expect(await zip.file('Hello_1.0.0.1.mda.sha256')!.async('string')).toBe(
      `${first.sha256}  Hello_1.0.0.1.mda\n`
    )
    expect(JSON.parse(await zip.file('record.json')!.async('string'))).toMatchObject({
      version: '1.0.0.1',
      sha256: first.sha256
    })

    const stage = await open()
    expect((await stage.list('Hello')).map((r) => r.version)).toEqual(['1.0.0.2', '1.0.0.1'])
    expect(await stage.list('Other')).toEqual([])
    expect((await stage.get('Hello', 'latest'))?.version).toBe('1.0.0.2')
    expect(await stage.get('Hello', '9.9.9.9')).toBeUndefined()
    const dest = join(out, 'deploy', 'Hello.mda')
    const record = await stage.download('Hello', '1.0.0.1', dest)
    expect(record.sha256).toBe(first.sha256)
    expect(await sha256File(dest)).toBe(first.sha256)
    expect(record.url).toBe(published.record.url)
    const missing = join(out, 'deploy', 'missing.mda')
    await expect(stage.download('Hello', '2.0.0.0', missing)).rejects.toThrow(
      /Hello 2\.0\.0\.0 is not among this workflow run's artifacts/
    )
    expect(existsSync(missing)).toBe(false)
  })

  test('the same bytes again change nothing; other bytes under a version are refused', async () => {
    const a = await buildExample('1.0.0.1')
    const b = await buildExample('1.0.0.1', 'other bytes')
    await publish(await open(), a.path)
    const creates = (): number => fake.calls.filter((c) => c.operation === 'CreateArtifact').length
    const before = creates()
    const again = await publish(await open(), a.path)
    expect(again.created).toBe(false)
    expect(again.record.sha256).toBe(a.sha256)
    expect(creates()).toBe(before)
    const refused = publish(await open(), b.path)
    await expect(refused).rejects.toThrow(ConfigurationError)
    await expect(refused).rejects.toThrow(
      /already published in this workflow run with other content.*never overwritten/
    )
    expect(creates()).toBe(before)
    const dest = join(out, 'x.mda')
    await (await open()).download('Hello', '1.0.0.1', dest)
    expect(await sha256File(dest)).toBe(a.sha256)
  })

  test('an artifact whose stored blob changed is refused, and dest is removed', async () => {
    const a = await buildExample('1.0.0.1')
    await publish(await open(), a.path)
    const name = 'mxdeploy-Hello-1.0.0.1'
    const original = fake.blob(run, name)!
    // Bytes changed behind the service's back: the digest recorded at upload no longer matches.
    fake.tamper(
      run,
      name,
      (zip) =>
        Buffer.concat([zip.subarray(0, 100), Buffer.of(zip[100]! ^ 0xff), zip.subarray(101)]),
      'kept'
    )
    const dest = join(out, 'x.mda')
    await expect((await open()).download('Hello', '1.0.0.1', dest)).rejects.toThrow(
      /does not match the digest the artifact service recorded at upload.*will not be deployed/
    )
    expect(existsSync(dest)).toBe(false)

    // A consistent zip with another MDA under the same record: the record's SHA-256 catches it.
    const other = await buildExample('1.0.0.1', 'forged')
    const zip = await JSZip.loadAsync(original)
    zip.file('Hello_1.0.0.1.mda', await readFile(other.path))
    zip.file('Hello_1.0.0.1.mda.sha256', `${a.sha256}  Hello_1.0.0.1.mda\n`)
    const forged = await zip.generateAsync({ type: 'nodebuffer' })
    fake.tamper(run, name, () => forged, 'updated')
    await expect((await open()).download('Hello', '1.0.0.1', dest)).rejects.toThrow(
      /has SHA-256 [0-9a-f]{64}, but it was published with [0-9a-f]{64}: the artifact was changed; it will not be deployed/
    )
    expect(existsSync(dest)).toBe(false)
  })

  test('an artifact with an unsafe path or two MDAs is refused before anything is extracted', async () => {
    const a = await buildExample('1.0.0.1')
    await publish(await open(), a.path)
    const name = 'mxdeploy-Hello-1.0.0.1'
    const original = fake.blob(run, name)!
    const replace = async (edit: (zip: JSZip) => void): Promise<void> => {
      const zip = await JSZip.loadAsync(original)
      edit(zip)
      const bytes = await zip.generateAsync({ type: 'nodebuffer' })
      fake.tamper(run, name, () => bytes, 'updated')
    }
    const dest = join(out, 'x.mda')
    await replace((zip) => zip.file('../escape.mda', 'x'))
    await expect((await open()).download('Hello', '1.0.0.1', dest)).rejects.toThrow(
      /is not safe to extract from:\n(.*\n)* {2}- entry "\.\.\/escape\.mda" has a "\.\." segment/
    )
    expect(existsSync(dest)).toBe(false)
    expect(existsSync(join(out, 'escape.mda'))).toBe(false)
    await replace((zip) => zip.file('Second.mda', 'x'))
    await expect((await open()).download('Hello', '1.0.0.1', dest)).rejects.toThrow(
      /holds 2 MDA files at its top \(Hello_1\.0\.0\.1\.mda, Second\.mda\); a package artifact holds exactly one/
    )
    expect(existsSync(dest)).toBe(false)
  })

  test('two jobs publishing one version at once: the loser compares with the winner', async () => {
    const a = await buildExample('1.0.0.1')
    const b = await buildExample('1.0.0.1', 'other bytes')
    for (const loserFile of [a.path, b.path]) {
      run = fake.newRun()
      // The loser (its own process, as a job is) has looked, found nothing, and asks to create;
      // then the winner publishes.
      const held = fake.hold('CreateArtifact')
      const loser = execFileAsync(TSX, [PUBLISH_JOB, loserFile], {
        env: { PATH: process.env['PATH'], ...fake.jobEnv(run) }
      })
      await held.reached
      expect((await publish(await open(), a.path)).created).toBe(true)
      held.release()
      const result = JSON.parse((await loser).stdout) as Record<string, unknown>
      if (loserFile === a.path) {
        expect(result).toEqual({ created: false, sha256: a.sha256 })
      } else {
        expect(result['error']).toMatch(/already published in this workflow run with other content/)
      }
      expect(fake.calls.filter((c) => c.operation === 'CreateArtifact').at(-1)?.status).toBe(409)
    }
  })

  test('only the current workflow run is seen', async () => {
    const a = await buildExample('1.0.0.1')
    await publish(await open(), a.path)
    const otherRun = fake.newRun()
    const elsewhere = await open('artifact', fake.jobEnv(otherRun))
    expect(await elsewhere.list('Hello')).toEqual([])
    expect(await elsewhere.get('Hello', 'latest')).toBeUndefined()
  })

  test('delete removes the package artifact; deleting a missing one is a no-op', async () => {
    const a = await buildExample('1.0.0.1')
    await publish(await open(), a.path)
    const repository = await open()
    await repository.delete('Hello', '1.0.0.1')
    expect(await repository.list('Hello')).toEqual([])
    expect(fake.artifacts.filter((x) => x.runId === run.runId)).toEqual([])
    await repository.delete('Hello', '1.0.0.1')
    // Deleted, the version can be published again in the same run.
    expect((await publish(await open(), a.path)).created).toBe(true)
  })

  test('artifact:NAME holds one package: the same again is fine, another version is refused', async () => {
    const a = await buildExample('1.0.0.1')
    const b = await buildExample('1.0.0.2', 'b')
    const named = await open('artifact:hello-package')
    expect(named.uri).toBe('artifact:hello-package')
    expect((await publish(named, a.path)).created).toBe(true)
    expect((await publish(await open('artifact:hello-package'), a.path)).created).toBe(false)
    await expect(publish(await open('artifact:hello-package'), b.path)).rejects.toThrow(
      /artifact hello-package already holds Hello 1\.0\.0\.1; an artifact name holds one package/
    )
    const reader = await open('artifact:hello-package')
    expect((await reader.list('Hello')).map((r) => r.version)).toEqual(['1.0.0.1'])
    expect(await reader.get('Hello', '1.0.0.2')).toBeUndefined()
    expect(await reader.list('Other')).toEqual([])
    await reader.download('Hello', 'latest', join(out, 'named.mda'))
    expect(await sha256File(join(out, 'named.mda'))).toBe(a.sha256)
  })

  test('the client logs go to stderr, so the CLI keeps stdout for --json', async () => {
    const a = await buildExample('1.0.0.1')
    await publish(await open(), a.path)
    await (await open()).list('Hello')
    expect(output.stdout).toBe('')
    expect(output.stderr).toContain('Artifact mxdeploy-Hello-1.0.0.1 successfully finalized')
    // The signed URL's signature is masked through a workflow command, on stderr too.
    expect(output.stderr).toMatch(/::add-mask::\S+/)
  })

  test('outside a GitHub Actions job, on GHES, or with a bad name: refused before any request', async () => {
    const calls = fake.calls.length
    const withoutToken = { ...fake.jobEnv(run), ACTIONS_RUNTIME_TOKEN: undefined }
    await expect(open('artifact', withoutToken)).rejects.toThrow(
      /workflow artifacts need a GitHub Actions job \(ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set.*use file:DIR, github-release or oci:\/\/HOST\/REPO/
    )
    await expect(
      open('artifact', { ...fake.jobEnv(run), GITHUB_SERVER_URL: 'https://github.example.com' })
    ).rejects.toThrow(
      /not available on GitHub Enterprise Server \(https:\/\/github\.example\.com\)/
    )
    await expect(open('artifact:a/b')).rejects.toThrow(ConfigurationError)
    await expect(open('artifact:a/b')).rejects.toThrow(/"a\/b" is not a valid artifact name/)
    await expect(open('artifact:')).rejects.toThrow(/"" is not a valid artifact name/)
    expect(fake.calls.length).toBe(calls)
  })
})
