import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { captureCli } from '../support/cli.js'
import { FakeMendixCloud } from '../support/mendix-cloud/fake-mendix-cloud.js'
import {
  API_KEY,
  CREDENTIALS,
  USER,
  cloudEnvironment,
  workspace,
  type Workspace
} from '../support/mendix-cloud/workspace.js'
import { LeakScan } from './support/leak-scan.js'
import { oathtool } from './support/totp.js'

// Start, stop and restart change what users see as much as a deployment does: in the CLI they
// pass the same access control as stage, and refusals are recorded the same way.

const ALICE = 'KZWIQP7BACJNPDDMAFNFMJ5MESYY3C5F'
const ENV = { ...CREDENTIALS, MXDEPLOY_TOTP_SECRETS: `alice: ${ALICE}\n` }

let fake: FakeMendixCloud
let ws: Workspace
const leaks = new LeakScan()
leaks.secret("alice's secret", ALICE)
leaks.secret('the Mendix API key', API_KEY)

beforeEach(async () => {
  fake = await FakeMendixCloud.start()
  fake.addUser(USER, API_KEY)
  fake.addApp('hello', [{ Mode: 'Acceptance' }, { Mode: 'Production' }])
  ws = await workspace(
    cloudEnvironment('acceptance', fake.url, {
      mode: 'Acceptance',
      extra: 'protection: { reviewers: required }'
    }) +
      cloudEnvironment('production', fake.url, {
        mode: 'Production',
        extra: 'protection: { mfa: totp, session-hours: 8 }'
      })
  )
  await ws.publish('1.2.0')
  await ws.stage('acceptance')
  await ws.stage('production')
  fake.requests.length = 0
})

afterEach(async () => {
  await fake.close()
  await ws.cleanup()
})

async function cli(...args: string[]) {
  const run = await captureCli(args, ws.dir, ENV)
  expect(leaks.scan(`mxdeploy ${args[0]}`, run.stdout + run.stderr)).toEqual([])
  return run
}

const operations = () =>
  fake.requests.map((r) => r.route).filter((r) => r === 'stop' || r === 'start')

describe('start, stop and restart in the CLI honour protection', () => {
  it('an environment that requires GitHub reviewers is not operated from the CLI', async () => {
    const refused = await cli('restart', '--environment', 'acceptance')
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain(
      'acceptance requires GitHub environment reviewers (protection.reviewers: required), which only a workflow job can prove: mxdeploy cannot restart it from the CLI'
    )
    expect(operations()).toEqual([])
  })

  it('mfa: totp needs a code or a session; the refusal is recorded, the code opens a session', async () => {
    const refused = await cli('stop', '--environment', 'production', '--user', 'alice')
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('alice needs a TOTP code for production')
    expect(operations()).toEqual([])

    const otp = oathtool(ALICE)
    leaks.code('a code', otp)
    const stopped = await cli('stop', '-e', 'production', '--user', 'alice', '--otp', otp, '--json')
    expect(stopped.code, stopped.stderr).toBe(0)
    expect(JSON.parse(stopped.stdout).record).toMatchObject({
      operation: 'stop',
      result: 'success',
      actor: 'alice',
      mfa: { method: 'totp', users: [{ user: 'alice', via: 'code' }] }
    })
    const started = await cli('start', '-e', 'production', '--user', 'alice', '--json')
    expect(started.code, started.stderr).toBe(0)
    expect(JSON.parse(started.stdout).record.mfa.users).toEqual([{ user: 'alice', via: 'session' }])
    expect(operations()).toEqual(['stop', 'start'])

    const records = JSON.parse((await cli('activity', '-e', 'production', '--json')).stdout)
    expect(
      records.map((r: { operation: string; result: string }) => `${r.operation} ${r.result}`)
    ).toEqual(['start success', 'stop success', 'stop failure', 'deploy success'])
    expect(records[2]).toMatchObject({
      mfa: { refused: [{ user: 'alice', reason: 'no-code' }] },
      details: { refused: true }
    })
  })
})
