import { mkdtemp, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { MfaLedgerEntry, MfaRecord } from '../activity/activity-log.js'
import type { CodeOffer } from '../mfa/code-input.js'
import { signEvents } from '../mfa/ledger-entry.js'
import {
  LEDGER_ATTEMPT_WINDOW_MS,
  contestedClaims,
  rebuildMfaState,
  type MfaLedger
} from '../mfa/ledger-state.js'
import {
  secondFactorError,
  verifySecondFactor,
  type SecondFactorOutcome
} from '../mfa/second-factor.js'
import type { TotpSecrets } from '../mfa/secrets.js'
import { PolicyRefusal, type PolicyContext, type StagePolicy } from '../stage/policy.js'
import { makeDirectory } from '../fs/make-directory.js'

export interface TotpPolicyOptions {
  /** Who must present a factor: the approvers of the run, or the actor where there are none. */
  users: (context: PolicyContext) => Promise<string[]>
  /** Codes offered: approval comments, the `otp` input, `--otp`. */
  offers: readonly CodeOffer[] | ((context: PolicyContext) => Promise<readonly CodeOffer[]>)
  /** The secrets document, read only when an environment needs it. */
  secrets: () => Promise<TotpSecrets>
  /** The state folder (replay guard, sessions, lockout). */
  stateDir: string
  /**
   * Where the state lives when the state folder does not outlive the job (GitHub Actions): the
   * state is rebuilt from the ledger in the activity records before each check, and what the check
   * changed goes into the operation's record.
   */
  ledger?: MfaLedger
  now?: () => Date
}

/** The facts of an outcome for the activity record, with its signed changes when there is a ledger. */
function mfaFacts(outcome: SecondFactorOutcome, ledger: MfaLedgerEntry[] | undefined): MfaRecord {
  const refused = outcome.decisions.flatMap((d) =>
    d.accepted ? [] : [{ user: d.user, reason: d.reason }]
  )
  return {
    ...outcome.record,
    ...(refused.length ? { refused } : {}),
    ...(ledger?.length ? { ledger } : {})
  }
}

/**
 * `protection: { mfa: totp }`: every user who must present a second factor has a valid session
 * or a fresh code. A refusal is recorded (who, and why; never the code) and stops the operation.
 */
export function totpPolicy(options: TotpPolicyOptions): StagePolicy {
  const now = () => options.now?.() ?? new Date()
  let secretsRead: Promise<TotpSecrets> | undefined
  const secrets = () => (secretsRead ??= options.secrets())

  async function verify(context: PolicyContext, secrets: TotpSecrets, stateDir: string) {
    const { environment, log } = context
    const offers =
      typeof options.offers === 'function' ? await options.offers(context) : options.offers
    return verifySecondFactor({
      environment: environment.name,
      users: await options.users(context),
      offers,
      secrets,
      stateDir,
      sessionHours: environment.protection.sessionHours,
      now: now(),
      log
    })
  }

  return {
    name: 'two-factor authentication',
    async check(context) {
      const { environment, log } = context
      if (environment.protection.mfa !== 'totp') return {}
      const known = await secrets()
      let outcome: SecondFactorOutcome
      if (options.ledger) {
        // A fresh folder each time: the ledger is the whole truth, whatever ran in this job before.
        await makeDirectory(options.stateDir)
        const dir = await mkdtemp(join(options.stateDir, 'mfa-ledger-'))
        try {
          await rebuildMfaState({
            ledger: options.ledger,
            stateDir: dir,
            environment: environment.name,
            sessionHours: environment.protection.sessionHours,
            secrets: known,
            now: now(),
            log
          })
          outcome = await verify(context, known, dir)
        } finally {
          await rm(dir, { recursive: true, force: true })
        }
      } else {
        outcome = await verify(context, known, options.stateDir)
      }
      const facts = mfaFacts(outcome, options.ledger && signEvents(outcome.events, known))
      const refused = secondFactorError(outcome)
      if (refused) throw new PolicyRefusal(refused.message, { mfa: facts })
      return { mfa: facts }
    },

    async confirm(context, started) {
      const mine = started.start.mfa?.ledger ?? []
      if (!options.ledger || !started.ref || !mine.some((entry) => entry.kind === 'accepted')) {
        return
      }
      const records = await options.ledger.records({
        since: new Date(now().getTime() - LEDGER_ATTEMPT_WINDOW_MS)
      })
      const users = contestedClaims(records, { ref: started.ref, entries: mine }, await secrets())
      if (!users.length) return
      const why = users.map(
        (user) =>
          `the code ${user} gave was accepted by another run at the same moment (each code works once, for any environment): wait for the next code and run again`
      )
      throw new PolicyRefusal(
        `second factor refused for environment '${context.environment.name}': ${why.join('; ')}`,
        {}
      )
    }
  }
}
