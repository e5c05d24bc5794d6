import { inspect } from 'node:util'
import { ScureBase32Plugin } from 'otplib'
import { parseDocument } from 'yaml'
import { ConfigurationError } from '../errors.js'
import { openInputFile } from '../fs/open-input.js'
import type { Logger } from '../log.js'
import { MAX_SECRET_BYTES, MIN_SECRET_BYTES } from './totp.js'
import { isUserName, userKey } from './user-name.js'

/** The environment variable (and GitHub environment secret) holding the secrets document. */
export const SECRETS_VARIABLE = 'MXDEPLOY_TOTP_SECRETS'

const base32 = new ScureBase32Plugin()
const MIN_SECRET_CHARS = Math.ceil((MIN_SECRET_BYTES * 8) / 5)

/**
 * Every user's TOTP secret, decoded. The secrets sit in a private field and the object prints and
 * serialises as its user list only, so a stray log of it leaks nothing.
 */
export class TotpSecrets {
  readonly #byUser: Map<string, { name: string; secret: Uint8Array }>

  /** `source` names where the document came from, for messages. */
  constructor(
    readonly source: string,
    entries: Map<string, { name: string; secret: Uint8Array }>
  ) {
    this.#byUser = entries
  }

  /** The decoded secret of a user (case-insensitive), or undefined. */
  secretOf(user: string): Uint8Array | undefined {
    return this.#byUser.get(userKey(user))?.secret
  }

  get users(): string[] {
    return [...this.#byUser.values()].map((entry) => entry.name)
  }

  toJSON(): { source: string; users: string[] } {
    return { source: this.source, users: this.users }
  }

  toString(): string {
    return `TotpSecrets(${this.source}: ${this.users.join(', ')})`
  }

  [inspect.custom](): string {
    return this.toString()
  }
}

/**
 * How a message points at an entry. A key that looks like a secret (the document written the
 * wrong way round) is named by position so that the message never shows it.
 */
function entryName(key: string, index: number): string {
  return /^[A-Z2-7]{16,}=*$/.test(key) || !isUserName(key)
    ? `entry ${index + 1}`
    : `the secret of '${key}'`
}

const SHAPE_HINT =
  'it must map each user to a base32 secret, one "user: SECRET" line each (mxdeploy mfa enroll makes them)'

function decodeSecret(value: unknown, where: string, source: string): Uint8Array {
  if (typeof value !== 'string') {
    throw new ConfigurationError(
      `${where} in ${source} is not text: write it as a base32 string (quote it if it is all digits)`
    )
  }
  // Authenticator apps show secrets in groups and sometimes lower case.
  const normalized = value.replace(/[\s-]/g, '').replace(/=+$/, '').toUpperCase()
  if (!/^[A-Z2-7]*$/.test(normalized)) {
    throw new ConfigurationError(
      `${where} in ${source} is not base32 (letters A-Z and digits 2-7 only): copy it again from mxdeploy mfa enroll`
    )
  }
  if (normalized.length < MIN_SECRET_CHARS) {
    throw new ConfigurationError(
      `${where} in ${source} is too short: at least ${MIN_SECRET_CHARS} base32 characters (${MIN_SECRET_BYTES * 8} bits) are needed; make a new one with mxdeploy mfa enroll`
    )
  }
  let bytes: Uint8Array
  try {
    bytes = base32.decode(normalized)
  } catch {
    // The decoder's message would quote the input.
    throw new ConfigurationError(
      `${where} in ${source} is not valid base32 (its length or last character is wrong): copy it again from mxdeploy mfa enroll`
    )
  }
  if (bytes.length > MAX_SECRET_BYTES) {
    throw new ConfigurationError(
      `${where} in ${source} is too long: at most ${MAX_SECRET_BYTES} bytes (${Math.floor((MAX_SECRET_BYTES * 8) / 5)} base32 characters)`
    )
  }
  return bytes
}

function registerSecrets(value: unknown, log: Logger): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return
  for (const secret of Object.values(value)) {
    if (typeof secret === 'string' && secret.trim()) {
      log.secret(secret)
      log.secret(secret.trim())
    }
  }
}

/**
 * Parses a secrets document (YAML or JSON map of user → base32 secret). Every error is a
 * ConfigurationError that names the entry but never shows a secret; every value is registered
 * with `log.secret` first.
 */
export function parseTotpSecrets(text: string, source: string, log: Logger): TotpSecrets {
  if (!text.trim()) throw new ConfigurationError(`${source} is empty: ${SHAPE_HINT}`)
  const document = parseDocument(text)
  const [syntax] = document.errors
  if (syntax) {
    // The parser's own message quotes the offending line, which may hold a secret.
    const at = syntax.linePos?.[0]
    const where = at ? ` at line ${at.line}, column ${at.col}` : ''
    const problem = syntax.code.toLowerCase().replace(/_/g, ' ')
    throw new ConfigurationError(
      `${source} is not valid YAML or JSON${where} (${problem}): ${SHAPE_HINT}`
    )
  }
  const value: unknown = document.toJS({ maxAliasCount: 10 })
  registerSecrets(value, log)
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const kind = Array.isArray(value) ? 'a list' : value === null ? 'empty' : 'a single value'
    throw new ConfigurationError(`${source} is ${kind}, not a map: ${SHAPE_HINT}`)
  }
  const entries = new Map<string, { name: string; secret: Uint8Array }>()
  Object.entries(value).forEach(([name, secret], index) => {
    const where = entryName(name, index)
    if (!isUserName(name)) {
      throw new ConfigurationError(
        `${where} of ${source} does not start with a user name: ${SHAPE_HINT}`
      )
    }
    const key = userKey(name)
    if (entries.has(key)) {
      throw new ConfigurationError(
        `${source} lists user '${name}' twice (user names are case-insensitive, as GitHub logins are): keep one line`
      )
    }
    entries.set(key, { name, secret: decodeSecret(secret, where, source) })
  })
  if (entries.size === 0) throw new ConfigurationError(`${source} is an empty map: ${SHAPE_HINT}`)
  return new TotpSecrets(source, entries)
}

/**
 * Reads the secrets document the CLI way: `--totp-secrets FILE` if given, else the
 * MXDEPLOY_TOTP_SECRETS environment variable; neither is a ConfigurationError.
 */
export async function readTotpSecrets(
  options: { file?: string; env: NodeJS.ProcessEnv },
  log: Logger
): Promise<TotpSecrets> {
  if (options.file !== undefined) {
    const handle = await openInputFile(options.file, 'TOTP secrets file')
    try {
      return parseTotpSecrets(await handle.readFile('utf8'), options.file, log)
    } finally {
      await handle.close()
    }
  }
  const text = options.env[SECRETS_VARIABLE]
  if (text === undefined || !text.trim()) {
    throw new ConfigurationError(
      `no TOTP secrets: set the environment variable ${SECRETS_VARIABLE} (in GitHub Actions: the environment secret of that name) or give --totp-secrets FILE`
    )
  }
  return parseTotpSecrets(text, SECRETS_VARIABLE, log)
}
