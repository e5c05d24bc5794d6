import { writeFile } from 'node:fs/promises'
import { parseTotpSecrets } from '../../src/mfa/secrets.js'
import { beforeEach, describe, expect, it } from 'vitest'
import { ROTATED, minutes, offer, only, secondFactorFixture, T0 } from './second-factor-fixture.js'

const f = secondFactorFixture()

describe('sessions', () => {
  beforeEach(async () => {
    await f.verify({ users: ['alice'], offers: [offer('alice', await f.codeOf('alice', T0))] })
  })

  it('let the user through without a code until they end, then a code is needed again', async () => {
    expect(only(await f.verify({ users: ['alice'], now: minutes(8 * 60 - 1) }))).toMatchObject({
      accepted: true,
      via: 'session',
      sessionExpires: minutes(480).toISOString()
    })
    const expired = only(await f.verify({ users: ['alice'], now: minutes(8 * 60) }))
    expect(expired).toMatchObject({ accepted: false, reason: 'no-code' })
    expect(expired.accepted || expired.message).toContain(
      `the TOTP session for production ended at ${minutes(480).toISOString()}`
    )
  })

  it('end sooner when session-hours is lowered', async () => {
    expect(
      only(await f.verify({ users: ['alice'], now: minutes(90), sessionHours: 1 }))
    ).toMatchObject({
      reason: 'no-code'
    })
  })

  it('hold for their own environment only', async () => {
    expect(
      only(await f.verify({ users: ['alice'], environment: 'acceptance', now: minutes(1) }))
    ).toMatchObject({
      reason: 'no-code'
    })
  })

  it('of another user are no session for this one', async () => {
    expect(only(await f.verify({ users: ['bob'], now: minutes(1) }))).toMatchObject({
      reason: 'no-code'
    })
  })

  it.each([
    ['user', (s: Record<string, string>) => (s['user'] = 'bob')],
    ['environment', (s: Record<string, string>) => (s['environment'] = 'production2')],
    ['expiry', (s: Record<string, string>) => (s['expires'] = minutes(48 * 60).toISOString())],
    ['opening time', (s: Record<string, string>) => (s['opened'] = minutes(60).toISOString())],
    ['signature', (s: Record<string, string>) => (s['mac'] = `${s['mac']!.slice(0, -2)}AA`)]
  ])('with a changed %s are refused as forged', async (field, change) => {
    const state = await f.sessions()
    const copy = { ...state.sessions[0]! } as unknown as Record<string, string>
    change(copy)
    const user = copy['user']!
    const environment = copy['environment']!
    await writeFile(f.mfaFile('sessions.json'), JSON.stringify({ version: 1, sessions: [copy] }))
    const decision = only(await f.verify({ users: [user], environment, now: minutes(120) }))
    expect(decision).toMatchObject({ accepted: false, reason: 'no-code' })
    expect(decision.accepted || decision.message).toMatch(
      new RegExp(`the stored session for ${environment} does not verify`)
    )
    expect(field).toBeTruthy()
  })

  it('stop verifying when the secret is rotated', async () => {
    const rotated = parseTotpSecrets(`alice: ${ROTATED}`, 'MXDEPLOY_TOTP_SECRETS', f.log)
    const decision = only(await f.verify({ users: ['alice'], now: minutes(5), with: rotated }))
    expect(decision).toMatchObject({ reason: 'no-code' })
    expect(decision.accepted || decision.message).toMatch(/signed with a secret since replaced/)
    const renewed = await f.verify({
      users: ['alice'],
      now: minutes(6),
      with: rotated,
      offers: [offer('alice', await f.codeOf('rotated', minutes(6)))]
    })
    expect(only(renewed)).toMatchObject({ accepted: true, via: 'code' })
  })

  it('are kept in a state file as signed records, one per user and environment', async () => {
    await f.verify({
      users: ['alice'],
      offers: [offer('alice', await f.codeOf('alice', minutes(1)))],
      environment: 'acceptance',
      now: minutes(1)
    })
    const state = await f.sessions()
    expect(state.sessions.map((s) => [s.user, s.environment])).toEqual([
      ['alice', 'production'],
      ['alice', 'acceptance']
    ])
    for (const s of state.sessions) expect(s.mac).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })
})
