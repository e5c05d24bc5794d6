import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ConfigurationError, OperationError } from '../../../src/errors.js'
import { MendixApiError } from '../../../src/targets/mendix-cloud/api-errors.js'
import { MendixHttp } from '../../../src/targets/mendix-cloud/http-client.js'
import { captureCli } from '../../support/cli.js'
import { FakeMendixCloud } from '../../support/mendix-cloud/fake-mendix-cloud.js'
import {
  API_KEY,
  cloudEnvironment,
  CREDENTIALS,
  USER,
  workspace,
  type Workspace
} from '../../support/mendix-cloud/workspace.js'
import { seededRandom, testPolicy } from '../../support/retry.js'

let fake: FakeMendixCloud
let ws: Workspace

beforeEach(async () => {
  fake = await FakeMendixCloud.start()
  fake.addUser(USER, API_KEY)
  fake.addApp('hello', [{ Mode: 'Acceptance' }])
  ws = await workspace(cloudEnvironment('acceptance', fake.url, { mode: 'Acceptance' }))
  await ws.publish('1.2.0')
})

afterEach(async () => {
  await fake.close()
  await ws.cleanup()
})

const statuses = (route: string): number[] => fake.calls(route).map((r) => r.status)

describe('Mendix Cloud through throttling and a failing network', () => {
  it('stages through 429s, bare 503s and a dropped connection, waiting what Retry-After asks', async () => {
    fake.injectFault('environments', { status: 429, retryAfter: '4' })
    fake.injectFault('packages', { status: 503 }, 2)
    fake.injectFault('job', { reset: true })
    // A POST Mendix did not act on (429) is sent again; one it may have acted on never is.
    fake.injectFault('start', { status: 429, retryAfter: '2' })
    const retry = testPolicy()
    const result = await ws.stage('acceptance', { clock: retry.clock, retry })
    expect(result.changed).toBe(true)
    expect(fake.environment('hello', 'Acceptance').Status).toBe('Running')

    // What runs now, then the deployment itself: each lists the environments.
    expect(statuses('environments')).toEqual([429, 200, 200])
    expect(statuses('packages')).toEqual([503, 503, 200])
    expect(statuses('job')[0]).toBe(0) // the dropped connection
    expect(statuses('start')).toEqual([429, 200])
    expect(statuses('upload')).toEqual([200])
    expect(statuses('transport')).toEqual([200])
    // Waits: Retry-After exactly, else the seeded jitter under 1 s, 2 s (and the polls' own).
    const random = seededRandom(12)
    const jitter = [random() * 1000, random() * 2000, random() * 1000].map(Math.floor)
    const retries = retry.clock.sleeps.filter((ms) => ms > 20)
    expect(retries).toEqual([4000, jitter[0], jitter[1], jitter[2], 2000])
    expect(ws.log.lines).toContainEqual(
      expect.stringMatching(
        /^starting Acceptance failed with HTTP 429; trying again in 2\.0 s \(attempt 2 of 8\)$/
      )
    )
  })

  it('does not resend a POST that a bare 5xx answered: it may have taken effect', async () => {
    const retry = testPolicy()
    const http = new MendixHttp({ kind: 'api-key', username: USER, apiKey: API_KEY }, { retry })
    fake.injectFault('start', { status: 502 })
    const start = http.send({
      method: 'POST',
      url: `${fake.url}/api/1/apps/hello/environments/Acceptance/start`,
      json: { AutoSyncDb: true },
      what: 'starting Acceptance'
    })
    await expect(start).rejects.toThrow(MendixApiError)
    await expect(start).rejects.toThrow('starting Acceptance failed with HTTP 502')
    expect(statuses('start')).toEqual([502])
    // Nor a GET whose error Mendix documents: that is an answer, not a fault.
    fake.failNext('environment', 500, 'INVALID_STATE', 'A maintenance action is in progress')
    const read = http.send({
      method: 'GET',
      url: `${fake.url}/api/1/apps/hello/environments/Acceptance`,
      what: 'reading Acceptance'
    })
    await expect(read).rejects.toThrow(/failed with INVALID_STATE/)
    expect(statuses('environment')).toEqual([500])
    expect(retry.clock.sleeps).toEqual([])
  })

  it('gives up after the attempts allowed and says what failed, how often, for how long and what to do', async () => {
    fake.injectFault('environments', { status: 503 }, Infinity)
    const retry = testPolicy()
    const error = await ws
      .stage('acceptance', { clock: retry.clock, retry })
      .catch((e: unknown) => e as Error)
    expect(error).toBeInstanceOf(OperationError)
    expect(error).not.toBeInstanceOf(ConfigurationError)
    expect((error as Error).message).toMatch(
      /^listing the environments of app hello failed 8 times over \d+ s \(listing the environments of app hello failed with HTTP 503\): Mendix Cloud is unavailable or limiting requests: try again later \(its status is at https:\/\/status\.mendix\.com\)/
    )
    expect(statuses('environments')).toHaveLength(8)
    expect(fake.calls('upload')).toEqual([])
  })

  it('mxdeploy environments exits 1 with that message once MXDEPLOY_RETRY_SECONDS is spent', async () => {
    fake.injectFault('environments', { status: 503 }, Infinity)
    const run = await captureCli(['environments'], ws.dir, {
      ...CREDENTIALS,
      MXDEPLOY_RETRY_SECONDS: '1'
    })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /listing the environments of app hello failed \d+ times over \d\.\d s \(listing the environments of app hello failed with HTTP 503\): Mendix Cloud is unavailable/
    )
    expect(run.stderr).not.toContain(API_KEY)

    const bad = await captureCli(['environments'], ws.dir, {
      ...CREDENTIALS,
      MXDEPLOY_RETRY_SECONDS: 'soon'
    })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('MXDEPLOY_RETRY_SECONDS="soon" is not a whole number of seconds')
  })
})
