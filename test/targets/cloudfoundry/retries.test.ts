import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exitCodeOf } from '../../../src/errors.js'
import { testPolicy } from '../../support/retry.js'
import { FakeCloudFoundry } from '../../support/cloudfoundry/fake-cloud-foundry.js'
import {
  cfTarget,
  cfWorkspace,
  seed,
  type CfWorkspace
} from '../../support/cloudfoundry/workspace.js'

let fake: FakeCloudFoundry
let ws: CfWorkspace

beforeEach(async () => {
  fake = await FakeCloudFoundry.start()
  seed(fake)
  ws = await cfWorkspace(
    `  acceptance:\n    target: ${cfTarget(fake.url)}\n    constants: { Hello.ApiUrl: https://acc.example.com/api }\n`
  )
  await ws.publish('1.2.0')
})

afterEach(async () => {
  await fake.close()
  await ws.cleanup()
})

/** A stage on a virtual clock: every wait is recorded, none is spent. */
function stage(options: { redeploy?: boolean } = {}) {
  const policy = testPolicy()
  const run = ws.stage('acceptance', { clock: policy.clock, retry: policy, ...options })
  return { policy, run }
}

async function failure(run: Promise<unknown>): Promise<{ message: string; code: number }> {
  const error = await run.then(
    () => {
      throw new Error('the stage succeeded')
    },
    (e: unknown) => e
  )
  return { message: (error as Error).message, code: exitCodeOf(error) }
}

describe('throttling and lost connections', () => {
  it('waits what a 429 asks before sending a POST again, in seconds or as an HTTP-date', async () => {
    fake.injectFault('create-package', { status: 429, retryAfter: '7' })
    const { policy, run } = stage()
    const at = new Date(policy.clock.now() + 12_000).toUTCString()
    fake.injectFault('get-build', { status: 429, retryAfter: at })
    await run
    // The date was 12 s after the start, and 7 s had passed when the build was read.
    expect(policy.clock.sleeps.slice(0, 2)).toEqual([7000, 5000])
    expect(fake.calls('create-package').map((r) => r.status)).toEqual([429, 201])
    expect(ws.log.text).toContain(
      'creating a package of app hello-acc failed with CF-RateLimitExceeded (10013): Rate Limit Exceeded; trying again in 7.0 s (attempt 2 of 8)'
    )
  })

  it('throttled logins and API roots are waited for too', async () => {
    fake.injectFault('root', { reset: true })
    fake.injectFault('token', { status: 429, retryAfter: '3' })
    const { policy, run } = stage()
    await run
    expect(policy.clock.sleeps).toContain(3000)
    expect(fake.calls('root').map((r) => r.status)).toEqual([0, 200])
    expect(fake.calls('token').map((r) => r.status)).toEqual([429, 200])
  })

  it('sends a GET again after a dropped connection or a bare 503', async () => {
    fake.injectFault('list-apps', { reset: true })
    fake.injectFault('get-env', { status: 503 })
    await stage().run
    // Once to read what runs, once to deploy.
    expect(fake.calls('list-apps').map((r) => r.status)).toEqual([0, 200, 200])
    expect(fake.calls('get-env').map((r) => r.status)).toEqual([503, 200])
  })

  it('never sends a POST twice that may have taken effect', async () => {
    fake.injectFault('create-build', { status: 503 })
    const bare = await failure(stage().run)
    expect(bare.code).toBe(1)
    expect(bare.message).toContain(
      'staging hello 1.2.0.1 with mendix_buildpack failed with HTTP 503'
    )
    expect(fake.calls('create-build')).toHaveLength(1)

    fake.injectFault('create-package', { lose: true })
    const lost = await failure(stage().run)
    expect(lost.code).toBe(1)
    expect(lost.message).toMatch(
      /^creating a package of app hello-acc: cannot reach 127\.0\.0\.1:\d+: socket hang up; app hello-acc is unchanged: it runs no droplet$/
    )
    expect(fake.calls('create-package')).toHaveLength(2)
  })

  it('sends an upload again whose answer was lost: "already uploaded" means it arrived', async () => {
    fake.injectFault('upload', { lose: true })
    await stage().run
    expect(fake.calls('upload').map((r) => r.status)).toEqual([200, 400])
    expect(fake.app('hello-acc').state).toBe('STARTED')
  })

  it('a deployment whose answer was lost may be rolling out: the variables stay', async () => {
    fake.injectFault('create-deployment', { lose: true })
    const { message, code } = await failure(stage().run)
    expect(code).toBe(1)
    expect(message).toMatch(
      /app hello-acc may still be rolling out hello 1\.2\.0\.1: cf app hello-acc shows its instances$/
    )
    expect(fake.state.deployments).toHaveLength(1)
    expect(fake.app('hello-acc').env['MX_Hello_ApiUrl']).toBe('https://acc.example.com/api')
  })

  it('gives up a platform that keeps refusing, with the whole story', async () => {
    fake.injectFault('list-orgs', { status: 429, retryAfter: '1' }, 8)
    const { message, code } = await failure(stage().run)
    expect(code).toBe(1)
    expect(message).toBe(
      'looking up org acme failed 8 times over 7.0 s (looking up org acme failed with CF-RateLimitExceeded (10013): Rate Limit Exceeded): Cloud Foundry is unavailable or limiting requests: try again later (cf curl /v2/info shows whether the API answers)'
    )
  })
})

describe('what the platform says on the side', () => {
  it('passes warnings on, decoded', async () => {
    fake.warnNext(
      'create-deployment',
      'The app has 1 instance: expect a short break during a rolling deployment'
    )
    await stage().run
    expect(ws.log.lines).toContain(
      'warning: Cloud Foundry: The app has 1 instance: expect a short break during a rolling deployment (creating a rolling deployment of app hello-acc)'
    )
  })

  it('never follows a page link to another host with the token', async () => {
    await stage().run
    await ws.publish('1.3.0')
    await stage().run
    // Two droplets, one per page, and the link to the second points elsewhere.
    fake.state.behaviour.pageSize = 1
    fake.state.behaviour.foreignNextLink = 'http://127.0.0.2:9'
    await ws.publish('1.4.0')
    const { message, code } = await failure(stage().run)
    expect(code).toBe(1)
    expect(message).toContain(
      `listing the droplets of app hello-acc: page 2 is at http://127.0.0.2:9, not ${fake.url}; mxdeploy does not send its token there`
    )
  })
})
