import { existsSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { OperationError } from '../../src/errors.js'
import { silentLogger } from '../../src/log.js'
import { sha256File } from '../../src/mda/sha256-file.js'
import { openRepository } from '../../src/repository/open-repository.js'
import type { PackageRepository } from '../../src/repository/package-repository.js'
import { publishPackage } from '../../src/repository/publish-package.js'
import {
  FakeArtifactService,
  type FakeRun,
  type Operation
} from '../support/artifacts/artifact-service.js'
import { CapturedOutput } from '../support/artifacts/captured-output.js'
import { withQuickRetries } from '../support/artifacts/quick-retries.js'
import { buildExample } from './packages.js'

let fake: FakeArtifactService
let run: FakeRun
let out: string
let pkg: Awaited<ReturnType<typeof buildExample>>
const output = new CapturedOutput()

beforeAll(async () => {
  fake = await FakeArtifactService.start()
  pkg = await buildExample('1.0.0.1')
})
afterAll(async () => {
  await fake.close()
})
beforeEach(async () => {
  run = fake.newRun()
  out = await mkdtemp(join(tmpdir(), 'mxdeploy-artifact-faults-'))
  output.start()
})
afterEach(() => {
  output.stop()
  expect(fake.violations).toEqual([])
})

function open(env = fake.jobEnv(run)): Promise<PackageRepository> {
  return openRepository('artifact', { cwd: out, env })
}

function publish(repository: PackageRepository) {
  return publishPackage(repository, pkg.path, { env: {}, log: silentLogger })
}

/** Statuses the fake answered for one operation since `from`. */
function statuses(operation: Operation, from = 0): number[] {
  return fake.calls
    .slice(from)
    .filter((c) => c.operation === operation)
    .map((c) => c.status)
}

describe('artifact service faults', () => {
  test('500s are retried by the client with its back-off, then the publish goes through', async () => {
    const from = fake.calls.length
    fake.inject({ operation: 'CreateArtifact', status: 500, times: 2 })
    const { result, error, waits } = await withQuickRetries(async () => publish(await open()))
    expect(error).toBeUndefined()
    expect(result?.created).toBe(true)
    expect(statuses('CreateArtifact', from)).toEqual([500, 500, 200])
    // @actions/artifact waits 3 s, then 3 s × 1.5 with jitter up to × 1.5 again.
    expect(waits[0]).toBe(3000)
    expect(waits[1]).toBeGreaterThanOrEqual(4500)
    expect(waits[1]).toBeLessThan(6750)
    expect(waits).toHaveLength(2)
  })

  test('a service that keeps failing ends in a clear message after the client gives up', async () => {
    const from = fake.calls.length
    fake.inject({ operation: 'ListArtifacts', status: 500, times: 5 })
    const { error, waits } = await withQuickRetries(async () => (await open()).list('Hello'))
    expect(error).toBeInstanceOf(OperationError)
    expect((error as Error).message).toMatch(
      /^listing the workflow run's artifacts: the artifact service kept failing \(5 attempts\): .*\(500\) Internal Server Error: injected 500.*githubstatus\.com\): rerun the job later$/
    )
    expect(statuses('ListArtifacts', from)).toEqual([500, 500, 500, 500, 500])
    expect(waits).toHaveLength(4)
  })

  test('a 401 for an expired or foreign runtime token is not retried and says so', async () => {
    for (const token of ['expired', 'forged'] as const) {
      const from = fake.calls.length
      const { error, waits } = await withQuickRetries(async () =>
        publish(await open(fake.jobEnv(run, token)))
      )
      expect(error).toBeInstanceOf(OperationError)
      expect((error as Error).message).toMatch(
        /^listing the workflow run's artifacts: the artifact service refused the job's runtime token \(401\): it expired or belongs to another run, so rerun the job \(.*\(401\) Unauthorized: invalid runtime token: the token (expired|signature is not valid)\)$/
      )
      expect(statuses('ListArtifacts', from)).toEqual([401])
      expect(waits).toEqual([])
    }
    // The token itself never reaches a message.
    expect(output.stdout + output.stderr).not.toContain(fake.jobEnv(run).ACTIONS_RUNTIME_TOKEN)
  })

  test('a finalize that keeps failing publishes nothing; the job publishes cleanly again', async () => {
    const job = fake.jobEnv(run)
    fake.inject({ operation: 'FinalizeArtifact', status: 503, times: 5 })
    const { error } = await withQuickRetries(async () => publish(await open(job)))
    expect((error as Error).message).toMatch(
      /^uploading artifact mxdeploy-Hello-1\.0\.0\.1: the artifact service kept failing \(5 attempts\)/
    )
    expect(await (await open()).list('Hello')).toEqual([])
    expect((await publish(await open(job))).created).toBe(true)
  })

  test('storage errors and a connection reset mid-upload are retried by the storage client', async () => {
    const from = fake.calls.length
    fake.inject({ operation: 'PutBlock', status: 503 })
    fake.inject({ operation: 'PutBlockList', reset: true })
    const { error } = await withQuickRetries(async () => publish(await open()))
    expect(error).toBeUndefined()
    expect(statuses('PutBlock', from)).toEqual([503, 201])
    expect(statuses('PutBlockList', from)).toEqual([0, 201])
    const dest = join(out, 'x.mda')
    await (await open()).download('Hello', '1.0.0.1', dest)
    expect(await sha256File(dest)).toBe(pkg.sha256)
  })

  test('a download that keeps failing says so and leaves no file', async () => {
    await publish(await open())
    const from = fake.calls.length
    fake.inject({ operation: 'GetBlob', status: 500, times: 5 })
    const dest = join(out, 'x.mda')
    const { error } = await withQuickRetries(async () =>
      (await open()).download('Hello', '1.0.0.1', dest)
    )
    expect((error as Error).message).toMatch(
      /^downloading artifact mxdeploy-Hello-1\.0\.0\.1: the artifact service kept failing \(5 attempts\): Unable to download and extract artifact: Artifact download failed after 5 retries\./
    )
    expect(statuses('GetBlob', from)).toEqual([500, 500, 500, 500, 500])
    expect(existsSync(dest)).toBe(false)
  })

  test('a dropped connection to the service is a network error, not retried in a loop', async () => {
    fake.inject({ operation: 'ListArtifacts', reset: true })
    const { error } = await withQuickRetries(async () => (await open()).list('Hello'))
    expect((error as Error).message).toBe(
      "listing the workflow run's artifacts: the artifact service could not be reached (ECONNRESET): check the runner's network access to GitHub"
    )
  })
})
