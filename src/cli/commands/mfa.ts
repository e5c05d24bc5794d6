import QRCode from 'qrcode'
import { ConfigurationError } from '../../errors.js'
import { DEFAULT_ISSUER, enrol } from '../../mfa/enroll.js'
import { SECRETS_VARIABLE } from '../../mfa/secrets.js'
import { controlSequencesAllowed } from '../../progress/terminal.js'
import { stringValue, type Command } from '../command.js'

function instructions(
  { user, secret, issuer, uri }: { user: string; secret: string; issuer: string; uri: string },
  qr: string
): string {
  return [
    `New TOTP secret for ${user} (issuer ${issuer}).`,
    'This output is sensitive: whoever has the secret has the second factor. Clear the terminal afterwards.',
    '',
    'Scan this QR code with an authenticator app:',
    qr.trimEnd(),
    '',
    `or open this URI on the device: ${uri}`,
    `or enter the key by hand: ${secret}  (time-based, SHA1, 6 digits, 30 seconds)`,
    '',
    `Then store the secret where mxdeploy reads it: add this line to the YAML document that the`,
    `environment secret ${SECRETS_VARIABLE} holds (one line per user):`,
    '',
    `  ${user}: ${secret}`,
    '',
    'GitHub: Settings → Environments → production → Environment secrets → ' + SECRETS_VARIABLE,
    `or with the GitHub CLI: gh secret set ${SECRETS_VARIABLE} --env production < secrets.yml`,
    '(the secret replaces the whole document: include every user, then delete secrets.yml).',
    `Elsewhere: export ${SECRETS_VARIABLE}, or pass the file with --totp-secrets FILE.`
  ].join('\n')
}

export const mfaCommand: Command = {
  name: 'mfa',
  summary:
    'Two-factor authentication: "mfa enroll" makes a new TOTP secret for a user, with its otpauth:// URI and a QR code to scan.',
  usage: 'mfa enroll --user NAME [--issuer NAME] [--json]',
  positionals: ['SUBCOMMAND'],
  options: {
    user: {
      type: 'string',
      value: 'NAME',
      description: 'GitHub login of the user to enrol (the approver who will type the codes)'
    },
    issuer: {
      type: 'string',
      value: 'NAME',
      description: `name shown in the authenticator app (default: ${DEFAULT_ISSUER})`
    }
  },
  async run(context) {
    const [subcommand] = context.positionals
    if (subcommand !== 'enroll') {
      throw new ConfigurationError(
        subcommand === undefined
          ? 'give the subcommand: mxdeploy mfa enroll --user NAME'
          : `unknown subcommand "mfa ${subcommand}"; the subcommands are: enroll`
      )
    }
    const user = stringValue(context, 'user')
    if (user === undefined) {
      throw new ConfigurationError(
        'give the user to enrol: mxdeploy mfa enroll --user NAME (their GitHub login)'
      )
    }
    const enrolment = enrol(user, stringValue(context, 'issuer') ?? DEFAULT_ISSUER)
    context.log.secret(enrolment.secret)
    const json = { user, secret: enrolment.secret, uri: enrolment.uri }
    if (context.json) return { json, text: '' }
    // The terminal renderer colours the code with escape sequences, which a pipe, a file or a
    // reader with NO_COLOR gets as garbage; block characters alone draw it everywhere.
    const qr = controlSequencesAllowed(context.io.stdout, context.io.env)
      ? await QRCode.toString(enrolment.uri, { type: 'terminal', small: true })
      : await QRCode.toString(enrolment.uri, { type: 'utf8' })
    return { json, text: instructions(enrolment, qr) }
  }
}
