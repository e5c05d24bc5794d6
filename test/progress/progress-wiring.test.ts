import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, test } from 'vitest'
import { packDeploymentFolder } from '../../src/mda/pack.js'
import { OciRepository } from '../../src/repository/oci/oci-repository.js'
import { releaseRepository, testPackage } from '../release/helpers.js'
import { useGitHubStandIn } from '../support/github/index.js'
import { recordingProgress, type RecordedTask } from '../support/progress.js'
import { startRegistry, type RunningRegistry } from '../support/registry/registry.js'
import { randomPackage, recordingLogger } from '../repository/oci/fixture.js'

// Long work tells its progress: packing, OCI uploads and downloads (Debian's docker-registry),
// GitHub release assets (the stand-in). Mendix Cloud uploads: test/targets/mendix-cloud.

const DEPLOYMENT = new URL('../../examples/hello/deployment', import.meta.url).pathname
let work = ''
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mxdeploy-progress-'))
})
afterAll(() => rm(work, { recursive: true, force: true }))

/** Counted up to `total`, ended, and never past it. */
function expectCompleted(task: RecordedTask | undefined, label: string, total: number): void {
  expect(task).toMatchObject({ label, total, ended: true })
  expect(task!.values.at(-1)).toBe(total)
  expect(Math.max(...task!.values)).toBe(total)
}

describe('packing', () => {
  it('counts the input bytes written, up to the size of the folder', async () => {
    const { reporter, tasks } = recordingProgress()
    const out = join(work, 'hello.mda')
    const result = await packDeploymentFolder({
      deploymentDir: DEPLOYMENT,
      out,
      version: '1.2.0.1',
      app: 'hello',
      commit: null,
      branch: null,
      entryDate: new Date('2026-01-01T00:00:00Z'),
      builtAt: new Date('2026-01-01T00:00:00Z'),
      builder: 'test',
      progress: reporter
    })
    expect(tasks).toHaveLength(1)
    const total = tasks[0]!.total!
    expect(total).toBeGreaterThan(result.size) // input bytes, before deflate
    expectCompleted(tasks[0], 'packing hello.mda', total)
    expect(tasks[0]!.values.length).toBe(result.entries)
  })
})

describe('OCI registry', () => {
  let registry: RunningRegistry
  beforeAll(async () => {
    registry = await startRegistry()
  })
  afterAll(() => registry?.stop())

  it('a chunked upload and a download count their bytes', async () => {
    const { reporter, tasks } = recordingProgress()
    const log = { ...recordingLogger(), progress: reporter }
    const repository = new OciRepository(`oci://${registry.host}/team/progress`, {
      env: {},
      log,
      chunkSize: 1 << 20
    })
    const pkg = await randomPackage(work, 'hello', '1.2.0.15', 3_500_000)
    await repository.publish(pkg)
    const file = pkg.file.split('/').at(-1)!
    expectCompleted(tasks[0], `uploading ${file}`, 3_500_000)
    // Four PATCHes, read in pieces of at most 1 MiB: the count goes up in steps.
    expect(tasks[0]!.values.length).toBeGreaterThanOrEqual(4)
    await repository.download('hello', '1.2.0.15', join(work, 'back.mda'))
    expectCompleted(tasks[1], 'downloading hello 1.2.0.15', 3_500_000)
    expect((await stat(join(work, 'back.mda'))).size).toBe(3_500_000)
  })
})

describe('GitHub release assets', () => {
  const stand = useGitHubStandIn()
  const UPLOAD = 'POST /repos/{owner}/{repo}/releases/{release_id}/assets'

  test('the package upload counts the bytes sent, again from zero when it is retried', async () => {
    const { gh } = stand
    gh.inject({ route: UPLOAD, fault: 'reset', when: 'before-response' })
    const pkg = await testPackage('1.0.0.1', 'x'.repeat(300_000))
    const { repository, log } = releaseRepository(gh)
    const { reporter, tasks } = recordingProgress()
    log.progress = reporter
    await repository.publish({ file: pkg.file, record: pkg.record })
    // The .sha256 beside it is a few bytes: only the package shows progress.
    expect(tasks.map((t) => t.label)).toEqual(['uploading hello_1.0.0.1.mda'])
    expectCompleted(tasks[0], 'uploading hello_1.0.0.1.mda', 300_000)
    const values = tasks[0]!.values
    const restart = values.findIndex((v, i) => i > 0 && v < values[i - 1]!)
    expect(values[restart - 1]).toBe(300_000) // the first attempt sent everything…
    expect(restart).toBeGreaterThan(0) // …and the retry counted from the start

    await repository.download('hello', '1.0.0.1', join(work, 'release.mda'))
    expectCompleted(tasks[1], 'downloading hello_1.0.0.1.mda', 300_000)
  })
})
