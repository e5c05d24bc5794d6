import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { OperationError } from '../../../src/errors.js'
import { OciRepository } from '../../../src/repository/oci/oci-repository.js'
import { startRegistry, type RunningRegistry } from '../../support/registry/registry.js'
import {
  startRegistryProxy,
  type ProxiedRequest,
  type ProxyFault,
  type ProxyOptions,
  type RegistryProxy
} from '../../support/registry/registry-proxy.js'
import { seededFaults } from '../../support/registry/seeded-faults.js'
import { buildExample } from '../../artifact/packages.js'
import { mxdeploy } from '../../support/cli.js'
import { seededRandom, testPolicy } from '../../support/retry.js'
import { randomPackage, recordingLogger, registryTags, tempDir } from './fixture.js'

const MiB = 1 << 20

let registry: RunningRegistry
let work: Awaited<ReturnType<typeof tempDir>>
const proxies: RegistryProxy[] = []

beforeAll(async () => {
  registry = await startRegistry()
  work = await tempDir()
})
afterEach(async () => {
  for (const proxy of proxies.splice(0)) await proxy.stop()
})
afterAll(async () => {
  await registry?.stop()
  await work?.remove()
})

/** The adapter behind a fault-playing proxy, on a virtual clock, 1 MiB chunks. */
async function behindProxy(name: string, options: ProxyOptions, seed = 12) {
  const proxy = await startRegistryProxy(registry.port, options)
  proxies.push(proxy)
  const retry = testPolicy({}, seed)
  const log = recordingLogger()
  const repository = new OciRepository(`oci://127.0.0.1:${proxy.port}/${name}`, {
    env: {},
    chunkSize: MiB,
    retry,
    log
  })
  return { proxy, repository, clock: retry.clock, log }
}

/** Plays `fault` once, on the first request `matches` picks. */
function once(
  matches: (request: ProxiedRequest) => boolean,
  fault: ProxyFault
): ProxyOptions['fault'] {
  let played = false
  return (request) => {
    if (played || !matches(request)) return undefined
    played = true
    return fault
  }
}

/** Each fault once, in order, on the requests its matcher picks. */
function inOrder(
  ...steps: [(request: ProxiedRequest) => boolean, ProxyFault][]
): ProxyOptions['fault'] {
  const each = steps.map(([matches, fault]) => once(matches, fault)!)
  return (request, index) => {
    for (const step of each) {
      const fault = step(request, index)
      if (fault) return fault
    }
    return undefined
  }
}

const patchFrom = (start: number) => (r: ProxiedRequest) =>
  r.method === 'PATCH' && r.contentRange?.startsWith(`${start}-`) === true

/** The upload requests in order: `POST`, `PATCH 0-1048575`, `GET`, `PUT`. */
function uploadSteps(proxy: RegistryProxy): string[] {
  return proxy.requests
    .filter((r) => r.path.includes('/blobs/uploads/'))
    .map((r) => `${r.method}${r.contentRange ? ` ${r.contentRange}` : ''}`)
}

describe('oci:// through a failing network', () => {
  it('resumes a chunked upload from the range the registry reports, never resending acknowledged bytes', async () => {
    const size = 4 * MiB + 99
    const { proxy, repository, clock } = await behindProxy('resumed', {
      fault: inOrder(
        [patchFrom(2 * MiB), { kind: 'cut-request', afterBytes: 300_000 }],
        [patchFrom(3 * MiB), { kind: 'cut-request', afterBytes: 700_000 }]
      )
    })
    const pkg = await randomPackage(work.dir, 'resumed', '1.0.0.1', size)
    expect((await repository.publish(pkg)).created).toBe(true)

    expect(uploadSteps(proxy).slice(0, 10)).toEqual([
      'POST',
      'PATCH 0-1048575',
      'PATCH 1048576-2097151',
      'PATCH 2097152-3145727', // cut after 300,000 bytes
      'GET', // where does the upload stand? 204, Range: 0-2097151
      'PATCH 2097152-3145727',
      'PATCH 3145728-4194303', // cut after 700,000 bytes
      'GET',
      'PATCH 3145728-4194303',
      `PATCH 4194304-${size - 1}`
    ])
    const patches = proxy.requests.filter((r) => r.method === 'PATCH')
    // Every byte reached the registry exactly once; only the chunks cut were sent again.
    expect(patches.reduce((sum, r) => sum + r.forwarded, 0)).toBe(size)
    expect(patches.reduce((sum, r) => sum + r.uploaded, 0)).toBeLessThan(size + 2 * MiB)
    expect(patches.filter((r) => r.fault === 'cut-request').map((r) => r.forwarded)).toEqual([0, 0])
    expect(clock.sleeps).toHaveLength(2)

    const dest = join(work.dir, 'resumed.mda')
    await repository.download('resumed', '1.0.0.1', dest)
    expect((await readFile(dest)).equals(pkg.bytes)).toBe(true)
  })

  it('starts the upload over when the registry dropped it for a partial chunk it kept', async () => {
    // docker-registry 2.8 appends what arrived of a cut PATCH; the upload's state in its URL no
    // longer matches, so the status GET answers 404 BLOB_UPLOAD_INVALID and a new upload begins.
    const size = 3 * MiB + 5
    const { proxy, repository } = await behindProxy('restarted', {
      fault: once(patchFrom(MiB), { kind: 'cut-forwarded', afterBytes: 100_000 })
    })
    const pkg = await randomPackage(work.dir, 'restarted', '1.0.0.1', size)
    expect((await repository.publish(pkg)).created).toBe(true)
    expect(uploadSteps(proxy).slice(0, 9)).toEqual([
      'POST',
      'PATCH 0-1048575',
      'PATCH 1048576-2097151', // cut after 100,000 bytes reached the registry
      'GET', // 404: the registry no longer has the upload
      'DELETE',
      'POST',
      'PATCH 0-1048575',
      'PATCH 1048576-2097151',
      'PATCH 2097152-3145727'
    ])
    expect(
      proxy.requests.find((r) => r.method === 'GET' && r.path.includes('/uploads/'))?.status
    ).toBe(404)
    const dest = join(work.dir, 'restarted.mda')
    await repository.download('restarted', '1.0.0.1', dest)
    expect((await readFile(dest)).equals(pkg.bytes)).toBe(true)
  })

  it('waits what Retry-After asks, as seconds or as an HTTP-date, and backs off on a bare 503', async () => {
    let clockNow = (): number => 0
    const { proxy, repository, clock, log } = await behindProxy('throttled', {
      fault: inOrder(
        [
          (r) => r.method === 'GET' && r.path.endsWith('/manifests/1.0.0.1'),
          {
            kind: 'answer',
            status: 503,
            get headers() {
              return { 'Retry-After': new Date(clockNow() + 12_000).toUTCString() }
            }
          }
        ],
        [patchFrom(0), { kind: 'answer', status: 429, headers: { 'Retry-After': '7' } }],
        [
          (r) => r.method === 'PUT' && r.path.endsWith('/manifests/1.0.0.1'),
          { kind: 'answer', status: 503 }
        ]
      )
    })
    clockNow = () => clock.now()
    const pkg = await randomPackage(work.dir, 'throttled', '1.0.0.1', 2 * MiB + 1)
    expect((await repository.publish(pkg)).created).toBe(true)
    const jitter = Math.floor(seededRandom(12)() * 1000)
    expect(clock.sleeps).toEqual([12_000, 7000, jitter])
    expect(proxy.requests.filter((r) => r.fault).map((r) => `${r.method} ${r.status}`)).toEqual([
      'GET 503',
      'PATCH 429',
      'PUT 503'
    ])
    expect(log.lines).toContainEqual(
      expect.stringMatching(
        /^info: registry 127\.0\.0\.1:\d+: the upload of .*: registry 127\.0\.0\.1:\d+ answered HTTP 429 to PATCH \/v2\/throttled\/blobs\/uploads\/[^ ]+; trying again in 7\.0 s \(attempt 2 of 8\)$/
      )
    )
    expect(await registryTags(registry.url, 'throttled')).toEqual(['1.0.0.1'])
  })

  it('pulls a multi-chunk blob through cut connections, resuming with Range from the first byte missing', async () => {
    const size = 3 * MiB + 17
    const blobGet = (r: ProxiedRequest) => r.method === 'GET' && r.path.includes('/blobs/sha256:')
    const { proxy, repository, clock } = await behindProxy('pulled', {
      fault: inOrder(
        [blobGet, { kind: 'cut-response', afterBytes: 1_500_000 }],
        [blobGet, { kind: 'cut-response', afterBytes: 1_000_000 }]
      )
    })
    const pkg = await randomPackage(work.dir, 'pulled', '1.0.0.1', size)
    await repository.publish(pkg)
    const dest = join(work.dir, 'pulled.mda')
    await repository.download('pulled', '1.0.0.1', dest)
    expect((await readFile(dest)).equals(pkg.bytes)).toBe(true)
    const gets = proxy.requests.filter(blobGet)
    expect(gets.map((r) => r.status)).toEqual([200, 206, 206])
    // Each resumed GET starts where the bytes kept end: at most what was still in the client's
    // buffer when the connection dropped (Node discards it) comes again, never the whole blob.
    const starts = gets.map((r) => Number(/^bytes=(\d+)-$/.exec(r.range ?? 'bytes=0-')?.[1]))
    expect(starts[1]).toBeLessThanOrEqual(1_500_000)
    expect(starts[1]).toBeGreaterThan(1_500_000 - 128 * 1024)
    expect(starts[2]).toBeLessThanOrEqual(starts[1]! + 1_000_000)
    expect(starts[2]).toBeGreaterThan(starts[1]! + 1_000_000 - 128 * 1024)
    expect(gets[2]!.delivered).toBe(size - starts[2]!)
    expect(gets.reduce((sum, r) => sum + r.delivered, 0)).toBeLessThan(size + 256 * 1024)
    expect(clock.sleeps).toHaveLength(2)
  })

  it('pushes and pulls a multi-chunk blob through a seeded mix of throttling, errors and cuts', async () => {
    const seed = 1
    const push = seededFaults(seed, { rate: 0.35, limit: 12 })
    const pull = seededFaults(seed + 1, {
      rate: 0.7,
      limit: 4,
      on: (r) => r.method === 'GET' && r.path.includes('/blobs/sha256:')
    })
    let phase = push
    const { repository, clock } = await behindProxy(
      'mixed',
      { fault: (request, index) => phase.fault(request, index) },
      seed
    )
    const pkg = await randomPackage(work.dir, 'mixed', '1.0.0.1', 5 * MiB + 3)
    expect((await repository.publish(pkg)).created).toBe(true)
    phase = pull
    const dest = join(work.dir, 'mixed.mda')
    await repository.download('mixed', '1.0.0.1', dest)
    expect((await readFile(dest)).equals(pkg.bytes)).toBe(true)
    const kinds = (played: typeof push.played) =>
      [
        ...new Set(
          played.map(({ fault }) =>
            fault.kind === 'answer' ? `${fault.kind} ${fault.status}` : fault.kind
          )
        )
      ].sort()
    expect(kinds(push.played)).toEqual(['answer 429', 'answer 503', 'cut-request'])
    expect(kinds(pull.played)).toContain('cut-response')
    expect(clock.sleeps.length).toBeGreaterThanOrEqual(push.played.length)
  })

  it('gives up after the attempts allowed with a message that says what, how often, how long and what to do', async () => {
    const { proxy, repository, clock } = await behindProxy('down', {
      answer: (r) => (r.method === 'PATCH' ? { status: 503, headers: {} } : undefined)
    })
    const pkg = await randomPackage(work.dir, 'down', '1.0.0.1', 2 * MiB)
    const publish = repository.publish(pkg)
    await expect(publish).rejects.toThrow(OperationError)
    await expect(publish).rejects.toThrow(
      /^registry 127\.0\.0\.1:\d+: the upload of \S+ failed 8 times over \d+ s \(registry 127\.0\.0\.1:\d+ answered HTTP 503 to PATCH \/v2\/down\/blobs\/uploads\/\S+\): the registry is down or overloaded: try again later \(each request is tried for up to 300 s; MXDEPLOY_RETRY_SECONDS sets how long\); down 1\.0\.0\.1 was not published \(no tag was written\): run the publish again$/
    )
    expect(clock.sleeps).toHaveLength(7)
    expect(proxy.requests.filter((r) => r.method === 'PATCH')).toHaveLength(8)
    // The upload was cancelled; no tag was written.
    expect(proxy.requests.at(-1)?.method).toBe('DELETE')
    expect(await registryTags(registry.url, 'down')).toEqual([])
  })

  it('the CLI exits 1 with that message once MXDEPLOY_RETRY_SECONDS is spent, publishing nothing', async () => {
    const proxy = await startRegistryProxy(registry.port, {
      answer: () => ({ status: 503, headers: {} })
    })
    proxies.push(proxy)
    const pkg = await buildExample('1.0.0.1', '', 'hello')
    const uri = `oci://127.0.0.1:${proxy.port}/cli`
    const run = await mxdeploy(['publish', pkg.path, '--repository', uri], {
      cwd: pkg.dir,
      env: { MXDEPLOY_RETRY_SECONDS: '1' }
    })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /registry 127\.0\.0\.1:\d+: GET \/v2\/cli\/manifests\/1\.0\.0\.1 failed \d+ times over \d\.\d s \(registry 127\.0\.0\.1:\d+ answered HTTP 503 to GET \/v2\/cli\/manifests\/1\.0\.0\.1\): the registry is down or overloaded: try again later \(each request is tried for up to 1 s; MXDEPLOY_RETRY_SECONDS sets how long\)/
    )
    expect(await registryTags(registry.url, 'cli')).toEqual([])
  })
})
