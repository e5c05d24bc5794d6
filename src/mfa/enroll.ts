import { randomBytes } from 'node:crypto'
import { ScureBase32Plugin } from 'otplib'
import { ConfigurationError } from '../errors.js'
import { TOTP } from './totp.js'
import { checkUserName } from './user-name.js'

export const DEFAULT_ISSUER = 'mxdeploy'

/** 160 bits, the HMAC-SHA-1 block-friendly length RFC 4226 recommends. */
const SECRET_BYTES = 20

export interface Enrolment {
  user: string
  issuer: string
  /** Base32, no padding. Sensitive: it is the second factor. */
  secret: string
  /** otpauth:// URI for authenticator apps (holds the secret). */
  uri: string
}

function checkIssuer(issuer: string): string {
  if (!issuer.trim() || issuer.length > 64 || /[:\p{Cc}]/u.test(issuer)) {
    throw new ConfigurationError(
      `--issuer ${JSON.stringify(issuer)} is not usable: give 1 to 64 characters without ':' (it labels the entry in the authenticator app)`
    )
  }
  return issuer
}

/** The Key Uri Format authenticator apps read: label `issuer:user`, every parameter explicit. */
export function otpauthUri(issuer: string, user: string, secret: string): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(user)}`
  const query = [
    `secret=${secret}`,
    `issuer=${encodeURIComponent(issuer)}`,
    `algorithm=${TOTP.algorithm.toUpperCase()}`,
    `digits=${TOTP.digits}`,
    `period=${TOTP.period}`
  ].join('&')
  return `otpauth://totp/${label}?${query}`
}

/** A new TOTP secret for `user` from the system's CSPRNG, and its otpauth:// URI. */
export function enrol(user: string, issuer: string = DEFAULT_ISSUER): Enrolment {
  checkUserName(user, '--user')
  checkIssuer(issuer)
  const secret = new ScureBase32Plugin().encode(randomBytes(SECRET_BYTES), { padding: false })
  return { user, issuer, secret, uri: otpauthUri(issuer, user, secret) }
}
