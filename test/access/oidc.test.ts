import { createHmac, createPublicKey } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { OperationError } from '../../src/errors.js'
import {
  IdTokenRejected,
  OIDC_AUDIENCE,
  actionsIssuer,
  verifyActionsIdToken
} from '../../src/access/github-oidc.js'
import { useGitHubStandIn } from '../support/github/index.js'

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

describe('the pinned issuer', () => {
  it('is derived from GITHUB_SERVER_URL: github.com, GHE.com tenants, GitHub Enterprise Server', () => {
    expect(actionsIssuer('https://github.com')).toBe('https://token.actions.githubusercontent.com')
    expect(actionsIssuer('https://Octo-Corp.ghe.com')).toBe(
      'https://token.actions.octo-corp.ghe.com'
    )
    expect(actionsIssuer('https://ghes.example.com/')).toBe(
      'https://ghes.example.com/_services/token'
    )
  })
})

describe('verifying an Actions ID token against the stand-in issuer', () => {
  const stand = useGitHubStandIn({ context: { environment: 'production' } })
  const verify = (token: string, issuer = stand.gh.oidc.issuer) =>
    verifyActionsIdToken(token, { issuer, audience: OIDC_AUDIENCE })
  const rejected = async (token: string, message: string | RegExp) => {
    const error = await verify(token).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(IdTokenRejected)
    expect((error as Error).message).toMatch(message)
  }

  it('accepts GitHub’s token and returns its claims', async () => {
    const claims = await verify(stand.gh.oidc.mint(OIDC_AUDIENCE))
    expect(claims).toMatchObject({
      iss: stand.gh.oidc.issuer,
      aud: OIDC_AUDIENCE,
      environment: 'production',
      repository: 'octo-org/hello',
      run_id: stand.gh.env()['GITHUB_RUN_ID']
    })
  })

  it('refuses a signature by a key the issuer does not publish, and a changed payload', async () => {
    await rejected(
      stand.gh.oidc.mint(OIDC_AUDIENCE, { wrongKey: true }),
      /signature does not verify against the keys of http:\/\/127\.0\.0\.1:\d+\/_services\/token$/
    )
    const [header, , signature] = stand.gh.oidc.mint(OIDC_AUDIENCE).split('.')
    const other = stand.gh.oidc.mint(OIDC_AUDIENCE, { environment: 'test' }).split('.')[1]
    await rejected(`${header}.${other}.${signature}`, /signature does not verify/)
  })

  it('refuses tokens that are expired, for another audience, from another issuer, or not yet valid', async () => {
    const { oidc } = stand.gh
    await rejected(oidc.mint(OIDC_AUDIENCE, { expired: true }), /^the OIDC token expired at /)
    await rejected(oidc.mint('https://github.com/octo-org'), /is for audience "https:\/\/github/)
    await rejected(
      oidc.mint(OIDC_AUDIENCE, { claims: { iss: 'https://token.actions.githubusercontent.com' } }),
      /was issued by "https:\/\/token.actions.githubusercontent.com", not http/
    )
    const later = Math.floor(Date.now() / 1000) + 600
    await rejected(oidc.mint(OIDC_AUDIENCE, { claims: { nbf: later } }), /not valid yet \(nbf/)
    await rejected(oidc.mint(OIDC_AUDIENCE, { claims: { exp: 'soon' } }), /has no exp/)
  })

  it('refuses unsigned tokens, HMAC tokens keyed with the public key, and unknown key IDs', async () => {
    const claims = stand.gh.oidc.claims(OIDC_AUDIENCE)
    const kid = stand.gh.oidc.jwks().keys[0]!.kid
    await rejected(`${b64({ alg: 'none', kid })}.${b64(claims)}.`, /signed with "none", not RS256/)
    const publicPem = createPublicKey({ key: stand.gh.oidc.jwks().keys[0]!, format: 'jwk' })
      .export({ type: 'spki', format: 'pem' })
      .toString()
    const input = `${b64({ alg: 'HS256', kid })}.${b64(claims)}`
    const mac = createHmac('sha256', publicPem).update(input).digest('base64url')
    await rejected(`${input}.${mac}`, /signed with "HS256", not RS256/)
    const signed = stand.gh.oidc.mint(OIDC_AUDIENCE).split('.')
    const unknown = `${b64({ alg: 'RS256', kid: 'another' })}.${signed[1]}.${signed[2]}`
    await rejected(unknown, /key \(kid "another"\) that .* does not publish/)
    await rejected('not-a-jwt', /not a JWT/)
  })
})

describe('an issuer that is not what it claims', () => {
  let server: Server | undefined
  afterEach(async () => {
    const open = server
    server = undefined
    open?.closeAllConnections()
    if (open) await new Promise((resolve) => open.close(resolve))
  })

  async function issuerServing(discovery: (origin: string) => unknown): Promise<string> {
    server = createServer((request, response) => {
      const origin = `http://${request.headers.host}`
      response.setHeader('content-type', 'application/json')
      if (request.url === '/_services/token/.well-known/openid-configuration') {
        response.end(JSON.stringify(discovery(origin)))
      } else if (request.url === '/_services/token/.well-known/jwks') {
        response.end(JSON.stringify({ keys: [] }))
      } else {
        response.statusCode = 404
        response.end('{}')
      }
    })
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    return `http://127.0.0.1:${port}/_services/token`
  }

  const anyToken = `${b64({ alg: 'RS256', kid: 'k' })}.${b64({})}.${Buffer.from('x').toString('base64url')}`

  it('whose discovery document names another issuer is refused', async () => {
    const issuer = await issuerServing(() => ({
      issuer: 'https://token.actions.githubusercontent.com',
      jwks_uri: 'https://token.actions.githubusercontent.com/.well-known/jwks'
    }))
    await expect(verifyActionsIdToken(anyToken, { issuer, audience: 'x' })).rejects.toThrow(
      new OperationError(
        `the OIDC discovery document at ${issuer} names another issuer or no JWKS: it is not GitHub's`
      )
    )
  })

  it('whose keys are served by another host is refused', async () => {
    const issuer = await issuerServing((origin) => ({
      issuer: `${origin}/_services/token`,
      jwks_uri: 'https://keys.example.com/jwks'
    }))
    await expect(verifyActionsIdToken(anyToken, { issuer, audience: 'x' })).rejects.toThrow(
      `the OIDC issuer ${issuer} points its keys to another host`
    )
  })

  it('that cannot be reached is an operation error, not a refusal', async () => {
    const issuer = await issuerServing(() => ({}))
    const closed = server!
    server = undefined
    await new Promise((resolve) => closed.close(resolve))
    const error = await verifyActionsIdToken(anyToken, { issuer, audience: 'x' }).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(OperationError)
    expect((error as Error).message).toContain('could not read the OIDC discovery document')
  })
})
