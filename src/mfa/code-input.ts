import { ConfigurationError } from '../errors.js'
import { checkUserName } from './user-name.js'

/** Where a code came from: a "Review deployments" comment, the `otp` action input, `--otp`. */
export type CodeSource = 'comment' | 'input' | 'cli'

/**
 * A code a user offers for the second factor, or why their offer holds none (`problem`, shown to
 * them when they have no session either). Never logged: `code` is a secret.
 */
export type CodeOffer =
  | { user: string; source: CodeSource; code: string }
  | { user: string; source: CodeSource; problem: string }

// A 6-digit run that is not part of a longer number, a word, a decimal, a story key or a reference:
// "1.123456", "ABC-123456", "#123456" and "/pull/123456" are not codes.
const STANDALONE_CODE = /(?<![\w#/]|\d[.,]|\w-)\d{6}(?![\w]|[.,]\d|-\w)/g
const SPACED_CODE = /(?<![\w#/]|\d[.,]|\w-)\d{3} \d{3}(?![\w]|[.,]\d|-\w)/

/**
 * The code in an approval comment: exactly one standalone 6-digit number. None or several give a
 * `problem` instead; it never quotes the numbers.
 */
export function offerFromComment(user: string, comment: string | null | undefined): CodeOffer {
  const found = [...(comment ?? '').matchAll(STANDALONE_CODE)].map((match) => match[0])
  const distinct = new Set(found)
  if (distinct.size === 1) return { user, source: 'comment', code: found[0]! }
  if (distinct.size > 1) {
    return {
      user,
      source: 'comment',
      problem: `the approval comment holds ${distinct.size} different 6-digit numbers; write only the code`
    }
  }
  const spaced = SPACED_CODE.test(comment ?? '')
  return {
    user,
    source: 'comment',
    problem: spaced
      ? 'the approval comment holds the code with a space in it; write the 6 digits together'
      : 'the approval comment holds no 6-digit code'
  }
}

/**
 * Validates a code typed as an option or input (`what` names it, e.g. `--otp`) and returns its 6
 * digits; spaces are dropped, as authenticator apps show "123 456". Never echoes the value.
 */
export function parseOtp(value: string, what: string): string {
  const code = value.replace(/\s+/g, '')
  if (!/^\d{6}$/.test(code)) {
    throw new ConfigurationError(
      `${what} must be the 6-digit code your authenticator app shows now (got ${code.length} characters${/^\d*$/.test(code) ? '' : ', not all digits'})`
    )
  }
  return code
}

/** The offer of `--otp CODE --user NAME`; `--otp` alone is a ConfigurationError. */
export function offerFromOption(code: string, user: string | undefined): CodeOffer {
  if (user === undefined) {
    throw new ConfigurationError(
      '--otp needs --user NAME: the user whose authenticator made the code'
    )
  }
  return { user: checkUserName(user, '--user'), source: 'cli', code: parseOtp(code, '--otp') }
}
