import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ScureBase32Plugin } from 'otplib'
import { afterEach, beforeEach, expect } from 'vitest'
import type { CodeOffer } from '../../src/mfa/code-input.js'
import {
  secondFactorError,
  verifySecondFactor,
  type SecondFactorOutcome,
  type UserDecision
} from '../../src/mfa/second-factor.js'
import { parseTotpSecrets, type TotpSecrets } from '../../src/mfa/secrets.js'
import type { SessionState } from '../../src/mfa/session.js'
import { totpCode } from '../../src/mfa/totp.js'
import {
  capturingLogger,
  filesText,
  findLeaks,
  temporaryDir,
  type CapturingLogger
} from './helpers.js'

export const SECRETS = {
  alice: 'KZWIQP7BACJNPDDMAFNFMJ5MESYY3C5F',
  bob: 'WD4PLKBT7IK5G3GLY72IIGWG5YR7SRNT',
  dave: 'JBSWY3DPEHPK3PXP'
}
export const ROTATED = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'
export const T0 = new Date('2025-03-14T09:26:53Z')
export type TestUser = keyof typeof SECRETS

const base32 = new ScureBase32Plugin()

export const minutes = (n: number): Date => new Date(T0.getTime() + n * 60_000)
export const epoch = (at: Date): number => Math.floor(at.getTime() / 1000)

export const offer = (
  user: string,
  code: string,
  source: CodeOffer['source'] = 'cli'
): CodeOffer => ({ user, source, code })

export function only(outcome: SecondFactorOutcome): UserDecision {
  expect(outcome.decisions).toHaveLength(1)
  return outcome.decisions[0]!
}

export interface VerifyOptions {
  users: string[]
  offers?: CodeOffer[]
  now?: Date
  environment?: string
  sessionHours?: number
  with?: TotpSecrets
}

/**
 * A fresh state folder and capturing logger per test, and after each test a scan of everything it
 * logged, returned, threw and stored for the secrets and codes it used.
 */
export function secondFactorFixture() {
  let stateDir = ''
  let removeDir: () => Promise<void> = () => Promise.resolve()
  let log: CapturingLogger = capturingLogger()
  let secrets: TotpSecrets
  const shown: string[] = []
  const codesUsed: string[] = []
  const remember = (code: string): string => (codesUsed.push(code), code)

  beforeEach(async () => {
    ;({ path: stateDir, remove: removeDir } = await temporaryDir())
    log = capturingLogger()
    secrets = parseTotpSecrets(
      Object.entries(SECRETS)
        .map(([user, secret]) => `${user}: ${secret}`)
        .join('\n'),
      'MXDEPLOY_TOTP_SECRETS',
      log
    )
  })

  afterEach(async () => {
    const needles = [...Object.values(SECRETS), ROTATED, ...codesUsed].flatMap((secret) =>
      /^\d+$/.test(secret)
        ? [secret]
        : [
            secret,
            Buffer.from(base32.decode(secret)).toString('hex'),
            Buffer.from(base32.decode(secret)).toString('base64')
          ]
    )
    const haystack = [...log.lines, ...shown, await filesText(stateDir)].join('\n')
    expect(findLeaks(haystack, needles)).toEqual([])
    shown.length = 0
    codesUsed.length = 0
    await removeDir()
  })

  /** The code a user's authenticator shows at a moment. */
  async function codeOf(user: TestUser | 'rotated', at: Date): Promise<string> {
    const secret = user === 'rotated' ? ROTATED : SECRETS[user]
    return remember(await totpCode(base32.decode(secret), epoch(at)))
  }

  /** Distinct codes that are certainly not the user's at that moment, nor one step either side. */
  async function wrongCodes(user: TestUser, at: Date, count: number): Promise<string[]> {
    const near = await Promise.all(
      [-30, 0, 30].map((s) => codeOf(user, new Date(at.getTime() + s * 1000)))
    )
    const codes: string[] = []
    let n = Number(near[1]!)
    while (codes.length < count) {
      n = (n + 7919) % 1_000_000
      const code = String(n).padStart(6, '0')
      if (!near.includes(code) && !codes.includes(code)) codes.push(remember(code))
    }
    return codes
  }

  async function verify(options: VerifyOptions): Promise<SecondFactorOutcome> {
    const outcome = await verifySecondFactor({
      environment: options.environment ?? 'production',
      users: options.users,
      offers: options.offers ?? [],
      secrets: options.with ?? secrets,
      stateDir,
      sessionHours: options.sessionHours ?? 8,
      now: options.now ?? T0,
      log
    })
    shown.push(JSON.stringify(outcome), secondFactorError(outcome)?.message ?? '')
    return outcome
  }

  return {
    get stateDir() {
      return stateDir
    },
    get log() {
      return log
    },
    remember,
    codeOf,
    wrongCodes,
    wrongCode: async (user: TestUser, at: Date) => (await wrongCodes(user, at, 1))[0]!,
    verify,
    /** Where the MFA state files are. */
    mfaFile: (name: string) => join(stateDir, 'mfa', name),
    sessions: async () =>
      JSON.parse(await readFile(join(stateDir, 'mfa', 'sessions.json'), 'utf8')) as SessionState
  }
}
