import { ConfigurationError } from '../../src/errors.js'
import { offerFromComment } from '../../src/mfa/code-input.js'
import { secondFactorError } from '../../src/mfa/second-factor.js'
import { oathtoolCode } from './helpers.js'
import { describe, expect, it } from 'vitest'
import {
  SECRETS,
  T0,
  epoch,
  minutes,
  offer,
  only,
  secondFactorFixture
} from './second-factor-fixture.js'

const f = secondFactorFixture()

describe('a code', () => {
  it('is accepted, opens a session for session-hours, and is recorded without the code', async () => {
    const outcome = await f.verify({
      users: ['alice'],
      offers: [offer('alice', await f.codeOf('alice', T0))]
    })
    expect(outcome.accepted).toBe(true)
    expect(only(outcome)).toEqual({
      user: 'alice',
      accepted: true,
      via: 'code',
      sessionExpires: minutes(8 * 60).toISOString()
    })
    expect(outcome.record).toEqual({ method: 'totp', users: [{ user: 'alice', via: 'code' }] })
    expect(secondFactorError(outcome)).toBeUndefined()
    expect(f.log.lines).toContain(
      `info: alice: TOTP code accepted for production; session until ${minutes(480).toISOString()}`
    )
    expect(f.log.secrets).toContain(await f.codeOf('alice', T0))
  })

  it('made by oathtool from an approval comment is accepted, one step early or late too', async () => {
    for (const [i, drift] of [-30, 0, 30].entries()) {
      const now = minutes(i * 10)
      const code = f.remember(oathtoolCode(SECRETS.alice, epoch(now) + drift))
      const outcome = await f.verify({
        users: ['alice'],
        offers: [offerFromComment('alice', `Approved. ${code}`)],
        environment: `env${i}`,
        now
      })
      expect(only(outcome)).toMatchObject({ accepted: true, via: 'code' })
    }
  })

  it('two steps away is refused as wrong', async () => {
    const code = f.remember(oathtoolCode(SECRETS.alice, epoch(T0) - 60))
    const decision = only(await f.verify({ users: ['alice'], offers: [offer('alice', code)] }))
    expect(decision).toMatchObject({ accepted: false, reason: 'wrong-code' })
  })

  it('is accepted once: reused for another environment it is refused (the guard is per user)', async () => {
    const code = await f.codeOf('alice', T0)
    const first = await f.verify({ users: ['alice'], offers: [offer('alice', code)] })
    expect(only(first).accepted).toBe(true)
    const again = { users: ['alice'], offers: [offer('alice', code)], now: minutes(0.25) }
    const elsewhere = only(await f.verify({ ...again, environment: 'acceptance' }))
    expect(elsewhere).toMatchObject({ accepted: false, reason: 'replayed-code' })
    expect(elsewhere.accepted || elsewhere.message).toMatch(/already used.*wait for the next code/)
    // production has a session now: the code offered again is not looked at.
    expect(only(await f.verify(again))).toMatchObject({ accepted: true, via: 'session' })
  })

  it('reused while no session holds it (another stage, same window) is refused', async () => {
    const code = await f.codeOf('alice', T0)
    await f.verify({ users: ['alice'], offers: [offer('alice', code)], sessionHours: 0.001 })
    const decision = only(
      await f.verify({
        users: ['alice'],
        offers: [offer('alice', code)],
        now: new Date(T0.getTime() + 20_000),
        sessionHours: 0.001
      })
    )
    expect(decision).toMatchObject({ accepted: false, reason: 'replayed-code' })
  })

  it('of another user is refused as wrong, and counts against the user who gave it', async () => {
    const decision = only(
      await f.verify({ users: ['alice'], offers: [offer('alice', await f.codeOf('bob', T0))] })
    )
    expect(decision).toMatchObject({ accepted: false, reason: 'wrong-code' })
    expect(decision.accepted || decision.message).toMatch(
      /4 more wrong codes lock alice out for 15 minutes/
    )
  })

  it('is looked up case-insensitively, as GitHub logins are', async () => {
    const outcome = await f.verify({
      users: ['Alice'],
      offers: [offer('ALICE', await f.codeOf('alice', T0))]
    })
    expect(only(outcome)).toMatchObject({ user: 'Alice', accepted: true })
    expect(only(await f.verify({ users: ['alice'], now: minutes(1) }))).toMatchObject({
      via: 'session'
    })
  })

  it('offered by someone who need not present one is ignored, and said so', async () => {
    const outcome = await f.verify({
      users: ['alice'],
      offers: [offer('bob', await f.codeOf('bob', T0)), offer('alice', await f.codeOf('alice', T0))]
    })
    expect(only(outcome)).toMatchObject({ user: 'alice', accepted: true })
    expect(f.log.lines).toContain(
      'info: ignored a TOTP code offered by bob: for production only alice present codes'
    )
  })
})

describe('refusals', () => {
  it('a user without a secret is told how to enrol', async () => {
    const outcome = await f.verify({ users: ['carol'], offers: [offer('carol', '123456')] })
    f.remember('123456')
    expect(only(outcome)).toMatchObject({ accepted: false, reason: 'no-secret' })
    expect(secondFactorError(outcome)?.message).toMatch(
      /carol has no TOTP secret in MXDEPLOY_TOTP_SECRETS: enrol with "mxdeploy mfa enroll --user carol"/
    )
    expect(secondFactorError(outcome)).toBeInstanceOf(ConfigurationError)
  })

  it('no code and no session: says where to type the code, and what was wrong with the comment', async () => {
    const outcome = await f.verify({
      users: ['alice'],
      offers: [offerFromComment('alice', 'LGTM 111111 222222')]
    })
    const decision = only(outcome)
    expect(decision).toMatchObject({ accepted: false, reason: 'no-code' })
    expect(decision.accepted || decision.message).toMatch(
      /alice needs a TOTP code for production \(no TOTP session for production; the approval comment holds 2 different 6-digit numbers.*\): type the 6-digit code/
    )
    expect(secondFactorError(outcome)?.message).toMatch(
      /^second factor refused for environment 'production': alice needs/
    )
  })

  it('all users are decided; one refusal refuses the whole', async () => {
    await f.verify({ users: ['bob'], offers: [offer('bob', await f.codeOf('bob', T0))] })
    const outcome = await f.verify({
      users: ['alice', 'bob', 'carol'],
      offers: [offer('alice', await f.codeOf('alice', minutes(1)))],
      now: minutes(1)
    })
    expect(outcome.accepted).toBe(false)
    expect(outcome.decisions.map((d) => [d.user, d.accepted ? d.via : d.reason])).toEqual([
      ['alice', 'code'],
      ['bob', 'session'],
      ['carol', 'no-secret']
    ])
    expect(outcome.record.users).toEqual([
      { user: 'alice', via: 'code' },
      { user: 'bob', via: 'session' }
    ])
  })

  it('nobody to verify is a configuration error', async () => {
    await expect(f.verify({ users: [] })).rejects.toThrow(/needs the user who deploys/)
  })
})
