import type { UserDecision } from '../../src/mfa/second-factor.js'
import { describe, expect, it } from 'vitest'
import { SECRETS, T0, minutes, offer, only, secondFactorFixture } from './second-factor-fixture.js'

const f = secondFactorFixture()

describe('lockout', () => {
  async function fail(times: number, start: Date, user: keyof typeof SECRETS = 'dave') {
    const decisions: UserDecision[] = []
    for (let i = 0; i < times; i++) {
      const at = new Date(start.getTime() + i * 60_000)
      decisions.push(
        only(
          await f.verify({
            users: [user],
            offers: [offer(user, await f.wrongCode(user, at))],
            now: at
          })
        )
      )
    }
    return decisions
  }

  it('locks a user for 15 minutes after 5 wrong codes in 15 minutes; even a correct code is refused', async () => {
    const decisions = await fail(5, T0)
    expect(decisions.map((d) => (d.accepted ? 'ok' : d.reason))).toEqual(
      Array(5).fill('wrong-code')
    )
    const until = minutes(4 + 15).toISOString()
    expect(decisions[4]).toMatchObject({ lockedUntil: until })
    expect(decisions[4]!.accepted || decisions[4]!.message).toContain(
      `dave is locked out until ${until}`
    )

    const during = minutes(10)
    const locked = only(
      await f.verify({
        users: ['dave'],
        offers: [offer('dave', await f.codeOf('dave', during))],
        now: during
      })
    )
    expect(locked).toMatchObject({ accepted: false, reason: 'locked', lockedUntil: until })
    expect(locked.accepted || locked.message).toContain(`no code is accepted until ${until}`)

    const after = minutes(4 + 15)
    const open = only(
      await f.verify({
        users: ['dave'],
        offers: [offer('dave', await f.codeOf('dave', after))],
        now: after
      })
    )
    expect(open).toMatchObject({ accepted: true, via: 'code' })
  })

  it('counts only wrong codes within 15 minutes', async () => {
    await fail(4, T0)
    const later = minutes(3 + 15)
    const decision = (await fail(1, later))[0]!
    expect(decision).toMatchObject({ reason: 'wrong-code' })
    expect(decision).not.toHaveProperty('lockedUntil')
  })

  it('is per user: another user is not locked', async () => {
    await fail(5, T0)
    const at = minutes(6)
    expect(
      only(
        await f.verify({
          users: ['bob'],
          offers: [offer('bob', await f.codeOf('bob', at))],
          now: at
        })
      )
    ).toMatchObject({
      accepted: true
    })
  })

  it('a correct code clears the count of wrong ones', async () => {
    await fail(4, T0)
    await f.verify({
      users: ['dave'],
      offers: [offer('dave', await f.codeOf('dave', minutes(4)))],
      now: minutes(4),
      sessionHours: 0.01
    })
    const decision = (await fail(1, minutes(5)))[0]!
    expect(decision.accepted || decision.message).toMatch(/4 more wrong codes/)
  })

  it('stops at the lock when several codes are offered at once', async () => {
    const codes = await f.wrongCodes('dave', T0, 6)
    const decision = only(
      await f.verify({ users: ['dave'], offers: codes.map((c) => offer('dave', c)) })
    )
    expect(decision).toMatchObject({
      accepted: false,
      reason: 'locked',
      lockedUntil: minutes(15).toISOString()
    })
  })
})

describe('lockout and sessions', () => {
  it('a locked user without a code is told when the lock ends', async () => {
    const codes = await f.wrongCodes('dave', T0, 5)
    await f.verify({ users: ['dave'], offers: codes.map((code) => offer('dave', code)) })
    const decision = only(await f.verify({ users: ['dave'], now: minutes(1) }))
    expect(decision).toMatchObject({ reason: 'locked', lockedUntil: minutes(15).toISOString() })
  })

  it('a session opened before the lock still holds: the lock stops guessing codes, not sessions', async () => {
    await f.verify({ users: ['dave'], offers: [offer('dave', await f.codeOf('dave', T0))] })
    const codes = await f.wrongCodes('dave', minutes(1), 5)
    const other = { users: ['dave'], environment: 'acceptance', now: minutes(1) }
    await f.verify({ ...other, offers: codes.map((code) => offer('dave', code)) })
    expect(only(await f.verify(other))).toMatchObject({ reason: 'locked' })
    expect(only(await f.verify({ users: ['dave'], now: minutes(2) }))).toMatchObject({
      accepted: true,
      via: 'session'
    })
  })
})

describe('lockout and replay', () => {
  it('a code used again is refused as replayed and does not count as wrong', async () => {
    const code = await f.codeOf('dave', T0)
    await f.verify({ users: ['dave'], offers: [offer('dave', code)] })
    for (let i = 0; i < 6; i++) {
      const again = only(
        await f.verify({ users: ['dave'], offers: [offer('dave', code)], environment: `env${i}` })
      )
      expect(again).toMatchObject({ reason: 'replayed-code' })
    }
    const next = minutes(1)
    const fresh = await f.verify({
      users: ['dave'],
      offers: [offer('dave', await f.codeOf('dave', next))],
      environment: 'env0',
      now: next
    })
    expect(only(fresh)).toMatchObject({ accepted: true, via: 'code' })
  })
})
