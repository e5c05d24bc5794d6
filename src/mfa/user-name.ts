import { ConfigurationError } from '../errors.js'

/**
 * GitHub logins (letters, digits, hyphens; `_` for managed users) and the plain account names
 * other CI systems use; no `:` or spaces, so a name is safe in an otpauth label and in messages.
 */
const USER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/

export function isUserName(name: string): boolean {
  return USER_NAME.test(name)
}

/** Throws a ConfigurationError naming `what` (e.g. `--user`) unless `name` is a valid user name. */
export function checkUserName(name: string, what: string): string {
  if (!isUserName(name)) {
    throw new ConfigurationError(
      `${what} ${JSON.stringify(name)} is not a user name: use the GitHub login (letters, digits, '-', '_', '.'; at most 64 characters)`
    )
  }
  return name
}

/** The key a user is stored and compared under: GitHub logins are case-insensitive. */
export function userKey(name: string): string {
  return name.toLowerCase()
}
