import { offerFromOption, type CodeOffer } from '../mfa/code-input.js'
import { SECRETS_VARIABLE, readTotpSecrets, type TotpSecrets } from '../mfa/secrets.js'
import { reviewersOnlyOnGitHub } from '../access/local-protection-policy.js'
import type { StagePolicy } from '../stage/policy.js'
import { totpPolicy } from '../access/totp-policy.js'
import { stringValue, type CommandContext, type OptionSpec } from './command.js'

/** The second-factor flags of commands that change an environment (`stage`, `start`, `stop`, `restart`): spread into their options. */
export const MFA_OPTIONS: Record<string, OptionSpec> = {
  otp: {
    type: 'string',
    value: 'CODE',
    description: 'the 6-digit code of your authenticator app, for environments with mfa: totp'
  },
  user: {
    type: 'string',
    value: 'NAME',
    description: 'who deploys (the GitHub login the TOTP secret is stored under)'
  },
  'totp-secrets': {
    type: 'string',
    value: 'FILE',
    description: `YAML or JSON map of user to TOTP secret (default: the ${SECRETS_VARIABLE} variable)`
  }
}

/** The code offered with `--otp CODE --user NAME`, if any. */
export function cliCodeOffers(context: CommandContext): CodeOffer[] {
  const code = stringValue(context, 'otp')
  return code === undefined ? [] : [offerFromOption(code, stringValue(context, 'user'))]
}

/** The secrets document of `--totp-secrets FILE` or MXDEPLOY_TOTP_SECRETS. */
export async function cliTotpSecrets(context: CommandContext): Promise<TotpSecrets> {
  return readTotpSecrets(
    { file: stringValue(context, 'totp-secrets'), env: context.io.env },
    context.log
  )
}

/**
 * Access control outside GitHub Actions, the same for every command that changes an
 * environment: required reviewers can't be proven here, and the TOTP factor is the actor's.
 */
export function cliAccessPolicies(
  context: CommandContext,
  actor: string,
  stateDir: string
): StagePolicy[] {
  return [
    reviewersOnlyOnGitHub,
    totpPolicy({
      users: () => Promise.resolve([actor]),
      offers: cliCodeOffers(context),
      secrets: () => cliTotpSecrets(context),
      stateDir
    })
  ]
}
