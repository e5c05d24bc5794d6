import type { CodeOffer } from '../mfa/code-input.js'
import { secondFactorError, verifySecondFactor } from '../mfa/second-factor.js'
import type { TotpSecrets } from '../mfa/secrets.js'
import { PolicyRefusal, type PolicyContext, type StagePolicy } from './policy.js'

export interface TotpPolicyOptions {
  /** Who must present a factor: the approvers of the run, or the actor where there are none. */
  users: (context: PolicyContext) => Promise<string[]>
  /** Codes offered: approval comments, the `otp` input, `--otp`. */
  offers: readonly CodeOffer[]
  /** The secrets document, read only when an environment needs it. */
  secrets: () => Promise<TotpSecrets>
  /** The state folder (replay guard, sessions, lockout). */
  stateDir: string
  now?: () => Date
}

/**
 * `protection: { mfa: totp }`: every user who must present a second factor has a valid session
 * or a fresh code. A refusal is recorded (who, and why; never the code) and stops the stage.
 */
export function totpPolicy(options: TotpPolicyOptions): StagePolicy {
  return {
    name: 'two-factor authentication',
    async check(context) {
      const { environment, log } = context
      if (environment.protection.mfa !== 'totp') return {}
      const outcome = await verifySecondFactor({
        environment: environment.name,
        users: await options.users(context),
        offers: options.offers,
        secrets: await options.secrets(),
        stateDir: options.stateDir,
        sessionHours: environment.protection.sessionHours,
        now: options.now?.() ?? new Date(),
        log
      })
      const refused = secondFactorError(outcome)
      if (refused) {
        const refusals = outcome.decisions.flatMap((d) =>
          d.accepted ? [] : [{ user: d.user, reason: d.reason }]
        )
        throw new PolicyRefusal(refused.message, { mfa: { ...outcome.record, refused: refusals } })
      }
      return { mfa: outcome.record }
    }
  }
}
