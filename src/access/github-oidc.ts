import { createPublicKey, verify, type JsonWebKey } from 'node:crypto'
import { OperationError, errorMessage } from '../errors.js'

/** The audience mxdeploy asks GitHub's OIDC provider for; only mxdeploy's check accepts it. */
export const OIDC_AUDIENCE = 'mxdeploy'

/** Seconds of clock difference tolerated between the runner and GitHub. */
const LEEWAY_SECONDS = 60
const FETCH_TIMEOUT_MS = 30_000

/**
 * The issuer of a GitHub instance's Actions ID tokens, derived from GITHUB_SERVER_URL and never
 * from the token: github.com's is token.actions.githubusercontent.com, GHE.com tenants' is
 * token.actions.<tenant>.ghe.com, GitHub Enterprise Server serves it at /_services/token.
 */
export function actionsIssuer(serverUrl: string): string {
  const url = new URL(serverUrl)
  if (url.hostname === 'github.com') return 'https://token.actions.githubusercontent.com'
  if (/^[a-z0-9-]+\.ghe\.com$/i.test(url.hostname)) {
    return `https://token.actions.${url.hostname.toLowerCase()}`
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}/_services/token`
}

/** The claims of an Actions ID token that mxdeploy looks at (GitHub's names). */
export interface ActionsIdClaims {
  iss: string
  aud: string | string[]
  exp: number
  nbf?: number
  iat?: number
  repository?: string
  repository_id?: string
  run_id?: string
  environment?: string
  actor?: string
  [claim: string]: unknown
}

/** A token that is not GitHub's, not for us, or not valid now: the check refuses it. */
export class IdTokenRejected extends Error {
  override name = 'IdTokenRejected'
}

interface Jwt {
  header: { alg?: unknown; kid?: unknown }
  claims: ActionsIdClaims
  signingInput: string
  signature: Buffer
}

function decode(token: string): Jwt {
  const parts = token.split('.')
  if (parts.length !== 3) throw new IdTokenRejected('the OIDC token is not a JWT')
  const [header, payload, signature] = parts as [string, string, string]
  try {
    return {
      header: JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as Jwt['header'],
      claims: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as ActionsIdClaims,
      signingInput: `${header}.${payload}`,
      signature: Buffer.from(signature, 'base64url')
    }
  } catch {
    throw new IdTokenRejected('the OIDC token is not a JWT (its parts are not JSON)')
  }
}

async function getJson(url: string, what: string): Promise<unknown> {
  let response: Response
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS)
    })
  } catch (error) {
    throw new OperationError(`could not read ${what} at ${url}: ${errorMessage(error)}`)
  }
  if (!response.ok) {
    throw new OperationError(`could not read ${what} at ${url}: HTTP ${response.status}`)
  }
  try {
    return await response.json()
  } catch {
    throw new OperationError(`${what} at ${url} is not JSON`)
  }
}

/**
 * The issuer's signing keys: discovery document first (its `issuer` must be the pinned one), then
 * its JWKS, which must be served by the issuer's own host.
 */
async function signingKeys(issuer: string): Promise<(JsonWebKey & { kid?: string })[]> {
  const discovery = (await getJson(
    `${issuer}/.well-known/openid-configuration`,
    'the OIDC discovery document'
  )) as { issuer?: unknown; jwks_uri?: unknown }
  if (discovery.issuer !== issuer || typeof discovery.jwks_uri !== 'string') {
    throw new OperationError(
      `the OIDC discovery document at ${issuer} names another issuer or no JWKS: it is not GitHub's`
    )
  }
  if (new URL(discovery.jwks_uri).origin !== new URL(issuer).origin) {
    throw new OperationError(`the OIDC issuer ${issuer} points its keys to another host`)
  }
  const jwks = (await getJson(discovery.jwks_uri, 'the OIDC signing keys')) as { keys?: unknown }
  return Array.isArray(jwks.keys) ? (jwks.keys as (JsonWebKey & { kid?: string })[]) : []
}

function includesAudience(aud: unknown, audience: string): boolean {
  return aud === audience || (Array.isArray(aud) && aud.includes(audience))
}

/**
 * Verifies an Actions ID token: RS256 signature against the pinned issuer's JWKS, then `iss`,
 * `aud`, `exp`, `nbf` and `iat`. Returns its claims; what they must say about the job is the
 * caller's to check. A token that fails is IdTokenRejected; an issuer that can't be read, an
 * OperationError.
 */
export async function verifyActionsIdToken(
  token: string,
  options: { issuer: string; audience: string; now?: Date }
): Promise<ActionsIdClaims> {
  const { header, claims, signingInput, signature } = decode(token)
  if (header.alg !== 'RS256') {
    throw new IdTokenRejected(
      `the OIDC token is signed with ${JSON.stringify(header.alg)}, not RS256`
    )
  }
  const keys = await signingKeys(options.issuer)
  const jwk = keys.find((key) => key.kty === 'RSA' && key.kid === header.kid)
  if (!jwk) {
    throw new IdTokenRejected(
      `the OIDC token is signed with a key (kid ${JSON.stringify(header.kid)}) that ${options.issuer} does not publish`
    )
  }
  let valid: boolean
  try {
    valid = verify(
      'sha256',
      Buffer.from(signingInput),
      createPublicKey({ key: jwk, format: 'jwk' }),
      signature
    )
  } catch {
    valid = false
  }
  if (!valid) {
    throw new IdTokenRejected(
      `the OIDC token's signature does not verify against the keys of ${options.issuer}`
    )
  }
  if (claims.iss !== options.issuer) {
    throw new IdTokenRejected(
      `the OIDC token was issued by ${JSON.stringify(claims.iss)}, not ${options.issuer}`
    )
  }
  if (!includesAudience(claims.aud, options.audience)) {
    throw new IdTokenRejected(
      `the OIDC token is for audience ${JSON.stringify(claims.aud)}, not ${options.audience}`
    )
  }
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000)
  if (typeof claims.exp !== 'number' || claims.exp <= now - LEEWAY_SECONDS) {
    throw new IdTokenRejected(
      `the OIDC token expired${typeof claims.exp === 'number' ? ` at ${new Date(claims.exp * 1000).toISOString()}` : ' (it has no exp)'}`
    )
  }
  for (const claim of ['nbf', 'iat'] as const) {
    const value = claims[claim]
    if (value !== undefined && (typeof value !== 'number' || value > now + LEEWAY_SECONDS)) {
      throw new IdTokenRejected(`the OIDC token is not valid yet (${claim} is in the future)`)
    }
  }
  return claims
}
