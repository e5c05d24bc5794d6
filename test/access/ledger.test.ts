import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { MfaLedgerEntry } from '../../src/activity/activity-log.js'
import { silentLogger } from '../../src/log.js'
import { entryVerifies, isLedgerEntry, signEvents } from '../../src/mfa/ledger-entry.js'
import {
  checkLedger,
  contestedClaims,
  rebuildMfaState,
  stateFromLedger,
  type LedgerRecord
} from '../../src/mfa/ledger-state.js'
import { verifySecondFactor, type MfaEvent } from '../../src/mfa/second-factor.js'
import { parseTotpSecrets } from '../../src/mfa/secrets.js'
import { openSession } from '../../src/mfa/session.js'
import { timeStep, totpCode } from '../../src/mfa/totp.js'
import { capturingLogger } from '../mfa/helpers.js'

const ALICE = 'KZWIQP7BACJNPDDMAFNFMJ5MESYY3C5F'
const BOB = 'WD4PLKBT7IK5G3GLY72IIGWG5YR7SRNT'
const SECRETS = parseTotpSecrets(`alice: ${ALICE}\nbob: ${BOB}\n`, 'test', silentLogger)
const ROTATED = parseTotpSecrets(
  `alice: GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ\nbob: ${BOB}\n`,
  'test',
  silentLogger
)
const T0 = new Date('2025-03-14T09:26:53Z')
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000)

function accepted(user: 'alice' | 'bob', when: Date, environment = 'production'): MfaEvent {
  const secret = SECRETS.secretOf(user)!
  return {
    kind: 'accepted',
    user,
    at: when.toISOString(),
    step: timeStep(when.getTime() / 1000),
    session: openSession(secret, user, environment, when, 8)
  }
}

const wrong = (user: string, when: Date): MfaEvent => ({
  kind: 'wrong',
  user,
  at: when.toISOString()
})

function record(order: number, entries: unknown[]): LedgerRecord {
  return { order, ref: String(order), entries }
}

describe('ledger entries', () => {
  it('are signed per user and verify with the current secret only', () => {
    const [entry] = signEvents([accepted('alice', T0)], SECRETS)
    expect(entry).toMatchObject({ kind: 'accepted', user: 'alice', step: 58_064_813 })
    expect(entry!.mac).toMatch(/^[\w-]{43}$/)
    expect(entryVerifies(entry!, SECRETS)).toBe(true)
    // A secret replaced since, or another user's: no longer verifies.
    expect(entryVerifies(entry!, ROTATED)).toBe(false)
    expect(entryVerifies({ ...entry!, user: 'bob' }, SECRETS)).toBe(false)
  })

  it('fail to verify when any field was changed', () => {
    const [entry] = signEvents([accepted('alice', T0)], SECRETS) as [
      Extract<MfaLedgerEntry, { kind: 'accepted' }>
    ]
    const session = entry.session
    const altered: MfaLedgerEntry[] = [
      { ...entry, step: entry.step + 1 },
      { ...entry, at: at(1).toISOString() },
      { ...entry, id: 'another' },
      { ...entry, session: { ...session, expires: at(24 * 60).toISOString() } },
      { ...entry, session: { ...session, environment: 'test' } },
      { ...entry, session: { ...session, opened: at(60).toISOString() } },
      { ...entry, mac: entry.mac.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) }
    ]
    for (const changed of altered) expect(entryVerifies(changed, SECRETS)).toBe(false)
    const [failure] = signEvents([wrong('alice', T0)], SECRETS)
    expect(entryVerifies(failure!, SECRETS)).toBe(true)
    expect(entryVerifies({ ...failure!, at: at(-20).toISOString() }, SECRETS)).toBe(false)
  })

  it('hold no secret and no code, and carry a fresh id each', async () => {
    const code = await totpCode(SECRETS.secretOf('alice')!, T0.getTime() / 1000)
    const entries = signEvents([accepted('alice', T0), accepted('alice', T0)], SECRETS)
    const text = JSON.stringify(entries)
    expect(text).not.toContain(ALICE)
    expect(text).not.toMatch(new RegExp(`(?<!\\d)${code}(?!\\d)`))
    expect(entries[0]!.id).not.toBe(entries[1]!.id)
  })

  it('of the wrong shape are not entries', () => {
    const [good] = signEvents([accepted('alice', T0)], SECRETS)
    for (const bad of [
      null,
      'x',
      { ...good, kind: 'opened' },
      { ...good, step: 1.5 },
      { ...good, at: 'yesterday' },
      { ...good, session: null },
      { ...good, session: { ...(good as { session: object }).session, mac: 7 } },
      { ...good, user: 'u'.repeat(300) }
    ]) {
      expect(isLedgerEntry(bad)).toBe(false)
    }
    expect(isLedgerEntry(good)).toBe(true)
  })
})

describe('reading the ledger back', () => {
  it('keeps each entry once, and names the records holding entries that do not verify', () => {
    const [entry] = signEvents([accepted('alice', T0)], SECRETS)
    const forged = signEvents([accepted('alice', T0)], ROTATED)
    const checked = checkLedger(
      [record(7, [entry, entry]), record(9, [entry]), record(8, [...forged, { junk: true }])],
      SECRETS
    )
    expect(checked.entries).toEqual([{ entry, order: 7 }])
    expect(checked.unverified).toEqual(['8'])
  })

  it('skips without a warning the entries of users no longer in the secrets document', () => {
    const entries = signEvents(
      [wrong('carol', T0)],
      parseTotpSecrets(`carol: ${BOB}`, 't', silentLogger)
    )
    expect(checkLedger([record(1, entries)], SECRETS)).toEqual({ entries: [], unverified: [] })
  })

  it('rebuilds replay, lockout and sessions as one long-lived state folder would have', () => {
    const events = [
      wrong('bob', at(0)),
      wrong('bob', at(1)),
      accepted('alice', at(2)),
      wrong('bob', at(3)),
      wrong('bob', at(4)),
      wrong('bob', at(5)),
      accepted('bob', at(6), 'test')
    ]
    const checked = checkLedger([record(1, signEvents(events, SECRETS))], SECRETS)
    const state = stateFromLedger(checked.entries, 'production', at(7))
    expect(state.replay.used).toEqual({
      alice: [timeStep(at(2).getTime() / 1000)],
      bob: [timeStep(at(6).getTime() / 1000)]
    })
    // The fifth wrong code locked bob; a code accepted meanwhile (a run racing the lock) does
    // not lift it.
    expect(state.lockout.users['bob']).toEqual({
      failures: [],
      lockedUntil: at(20).toISOString()
    })
    expect(state.sessions.sessions.map((s) => [s.user, s.environment])).toEqual([
      ['alice', 'production']
    ])
  })

  it('opens the session of the earliest record when two runs accepted the same code', () => {
    const first = signEvents([accepted('alice', T0)], SECRETS)
    const second = signEvents([accepted('alice', at(0.05))], SECRETS)
    const checked = checkLedger([record(12, second), record(11, first)], SECRETS)
    const { sessions } = stateFromLedger(checked.entries, 'production', at(1))
    expect(sessions.sessions).toEqual([(first[0] as { session: unknown }).session])
  })
})

describe('two runs accepting the same code at once', () => {
  const mine = signEvents([accepted('alice', T0)], SECRETS)
  const theirs = signEvents([accepted('alice', at(0.05))], SECRETS)

  it('the later record loses, the earlier one stands', () => {
    const records = [record(5, theirs), record(6, mine)]
    expect(contestedClaims(records, { ref: '6', entries: mine }, SECRETS)).toEqual(['alice'])
    expect(contestedClaims(records, { ref: '5', entries: theirs }, SECRETS)).toEqual([])
  })

  it('when a run cannot find its own record, it refuses rather than risk accepting twice', () => {
    expect(contestedClaims([record(5, theirs)], { ref: '6', entries: mine }, SECRETS)).toEqual([
      'alice'
    ])
  })

  it('forged or copied claims contest nothing', () => {
    const forged = signEvents([accepted('alice', T0)], ROTATED)
    expect(
      contestedClaims([record(4, forged), record(6, mine)], { ref: '6', entries: mine }, SECRETS)
    ).toEqual([])
    // A copy of my own entry in an earlier record is still my claim.
    expect(
      contestedClaims([record(4, mine), record(6, mine)], { ref: '6', entries: mine }, SECRETS)
    ).toEqual([])
  })
})

describe('a state folder rebuilt from the ledger', () => {
  let dir = ''
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mxdeploy-ledger-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  /** One run: a fresh folder from the ledger, a verification, its signed changes recorded. */
  async function run(ledger: LedgerRecord[], user: string, code: string, now: Date) {
    const stateDir = await mkdtemp(join(dir, 'run-'))
    const log = capturingLogger()
    const source = {
      records: (query: { since: Date; environment?: string }) => {
        expect(query.since.getTime()).toBeLessThan(now.getTime() - 30 * 60_000)
        return Promise.resolve(ledger)
      }
    }
    await rebuildMfaState({
      ledger: source,
      stateDir,
      environment: 'production',
      sessionHours: 8,
      secrets: SECRETS,
      now,
      log
    })
    const outcome = await verifySecondFactor({
      environment: 'production',
      users: [user],
      offers: [{ user, source: 'comment', code }],
      secrets: SECRETS,
      stateDir,
      sessionHours: 8,
      now,
      log
    })
    ledger.push(record(ledger.length + 1, signEvents(outcome.events, SECRETS)))
    return outcome.decisions[0]!
  }

  it('refuses a code a previous run accepted, and lets its session through', async () => {
    const ledger: LedgerRecord[] = []
    const code = await totpCode(SECRETS.secretOf('bob')!, T0.getTime() / 1000)
    expect(await run(ledger, 'bob', code, T0)).toMatchObject({ accepted: true, via: 'code' })
    // The next run, 20 seconds later: bob's session carries.
    expect(await run(ledger, 'bob', code, at(1 / 3))).toMatchObject({ via: 'session' })
    // A new session-less state for another environment would still see the spent step.
    const replayed = await verifyElsewhere(ledger, 'bob', code, at(1 / 3))
    expect(replayed).toMatchObject({ accepted: false, reason: 'replayed-code' })
  })

  async function verifyElsewhere(ledger: LedgerRecord[], user: string, code: string, now: Date) {
    const stateDir = await mkdtemp(join(dir, 'other-'))
    await rebuildMfaState({
      ledger: { records: () => Promise.resolve(ledger) },
      stateDir,
      environment: 'production-eu',
      sessionHours: 8,
      secrets: SECRETS,
      now,
      log: silentLogger
    })
    const outcome = await verifySecondFactor({
      environment: 'production-eu',
      users: [user],
      offers: [{ user, source: 'comment', code }],
      secrets: SECRETS,
      stateDir,
      sessionHours: 8,
      now,
      log: silentLogger
    })
    return outcome.decisions[0]!
  }

  it('locks a user out after five wrong codes in five runs', async () => {
    const ledger: LedgerRecord[] = []
    for (let i = 0; i < 5; i++) {
      const decision = await run(ledger, 'alice', '000000', at(i))
      expect(decision).toMatchObject({ accepted: false, reason: 'wrong-code' })
    }
    const code = await totpCode(SECRETS.secretOf('alice')!, at(6).getTime() / 1000)
    expect(await run(ledger, 'alice', code, at(6))).toMatchObject({
      accepted: false,
      reason: 'locked',
      lockedUntil: at(19).toISOString()
    })
  })
})
