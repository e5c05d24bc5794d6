import type { UserDecision } from '../../src/mfa/second-factor.js'
import { runWorkers } from './helpers.js'
import { describe, expect, it } from 'vitest'
import { SECRETS, T0, secondFactorFixture } from './second-factor-fixture.js'

const f = secondFactorFixture()

describe('two processes on one state folder', () => {
  it('accept the same code once: the other is refused as replayed', async () => {
    const code = await f.codeOf('alice', T0)
    const job = (environment: string) => ({
      mode: 'verify',
      dir: f.stateDir,
      environment,
      user: 'alice',
      codes: [code],
      secrets: `alice: ${SECRETS.alice}`,
      now: T0.toISOString()
    })
    const results = (await runWorkers(
      [job('production'), job('acceptance')],
      f.stateDir
    )) as UserDecision[][]
    const reasons = results.map(([d]) => (d!.accepted ? 'accepted' : d!.reason)).sort()
    expect(reasons).toEqual(['accepted', 'replayed-code'])
  })

  it('lose no wrong attempt: 3 + 3 wrong codes give 5 wrong and 1 locked', async () => {
    const codes = await f.wrongCodes('dave', T0, 6)
    const job = (mine: string[]) => ({
      mode: 'verify',
      dir: f.stateDir,
      environment: 'production',
      user: 'dave',
      codes: mine,
      secrets: `dave: ${SECRETS.dave}`,
      now: T0.toISOString()
    })
    const results = (await runWorkers(
      [job(codes.slice(0, 3)), job(codes.slice(3))],
      f.stateDir
    )) as UserDecision[][]
    const reasons = results.flat().map((d) => (d.accepted ? 'accepted' : d.reason))
    expect(reasons.filter((r) => r === 'wrong-code')).toHaveLength(5)
    expect(reasons.filter((r) => r === 'locked')).toHaveLength(1)
  })
})
