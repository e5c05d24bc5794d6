import { createGuardrails, generate, verify } from 'otplib'

export type TotpAlgorithm = 'sha1' | 'sha256' | 'sha512'

export interface TotpParameters {
  algorithm: TotpAlgorithm
  digits: number
  /** Seconds per time step. */
  period: number
}

/** What every authenticator app uses and `mfa enroll` announces: RFC 6238 with SHA-1, 6 digits, 30 s. */
export const TOTP: TotpParameters = { algorithm: 'sha1', digits: 6, period: 30 }

/** Clock drift tolerated between the authenticator and us, in time steps either way. */
export const DRIFT_STEPS = 1

/** 16 base32 characters: the shortest secret accepted (otplib's own floor is 128 bits). */
export const MIN_SECRET_BYTES = 10
export const MAX_SECRET_BYTES = 64

const guardrails = createGuardrails({ MIN_SECRET_BYTES, MAX_SECRET_BYTES })

/** The RFC 6238 time step T of a moment. */
export function timeStep(epochSeconds: number, parameters: TotpParameters = TOTP): number {
  return Math.floor(epochSeconds / parameters.period)
}

/** The code of `secret` at a moment (RFC 6238 section 4). */
export async function totpCode(
  secret: Uint8Array,
  epochSeconds: number,
  parameters: TotpParameters = TOTP
): Promise<string> {
  return generate({ secret, epoch: Math.floor(epochSeconds), guardrails, ...parameters })
}

/**
 * The time step whose code equals `code`, looking `DRIFT_STEPS` either side of the moment, or
 * undefined when none does. Comparison is constant-time (otplib).
 */
export async function matchingStep(
  secret: Uint8Array,
  code: string,
  epochSeconds: number,
  parameters: TotpParameters = TOTP
): Promise<number | undefined> {
  if (code.length !== parameters.digits || !/^\d+$/.test(code)) return undefined
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(epochSeconds),
    epochTolerance: DRIFT_STEPS * parameters.period,
    guardrails,
    ...parameters
  })
  return result.valid ? timeStep(epochSeconds, parameters) + result.delta : undefined
}
