import { createPublicKey, verify, type JsonWebKey } from 'node:crypto'
import * as core from '@actions/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useGitHubStandIn, type GitHubStandIn } from '../support/github/index.js'

interface Jwt {
  header: { alg: string; kid: string; typ: string }
  claims: Record<string, unknown>
  signingInput: string
  signature: Buffer
}

function decode(token: string): Jwt {
  const [header, payload, signature] = token.split('.')
  const json = (part: string | undefined) =>
    JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8')) as never
  return {
    header: json(header),
    claims: json(payload),
    signingInput: `${header}.${payload}`,
    signature: Buffer.from(signature ?? '', 'base64url')
  }
}

/** Verifies an RS256 token the way a relying party does: discovery → JWKS → key by kid. */
async function verifiesAgainstJwks(gh: GitHubStandIn, token: string): Promise<boolean> {
  const jwt = decode(token)
  const issuer = String(jwt.claims.iss)
  const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as {
    jwks_uri: string
    issuer: string
  }
  expect(discovery.issuer).toBe(gh.oidc.issuer)
  const jwks = (await (await fetch(discovery.jwks_uri)).json()) as {
    keys: (JsonWebKey & { kid: string })[]
  }
  const jwk = jwks.keys.find((key) => key.kid === jwt.header.kid)
  if (!jwk || jwt.header.alg !== 'RS256') return false
  const key = createPublicKey({ key: jwk, format: 'jwk' })
  return verify('sha256', Buffer.from(jwt.signingInput), key, jwt.signature)
}

function useRunnerEnv(gh: GitHubStandIn): void {
  for (const [name, value] of Object.entries(gh.env())) vi.stubEnv(name, value)
}

describe('GitHub stand-in: Actions OIDC provider', () => {
  const stand = useGitHubStandIn()
  afterEach(() => vi.unstubAllEnvs())

  it('gives @actions/core getIDToken a token whose RS256 signature verifies against the JWKS', async () => {
    const { gh } = stand
    useRunnerEnv(gh)
    const token = await core.getIDToken('https://mxdeploy.example/access')
    expect(await verifiesAgainstJwks(gh, token)).toBe(true)
    const { header, claims } = decode(token)
    expect(header).toMatchObject({ alg: 'RS256', typ: 'JWT' })
    const env = gh.env()
    expect(claims).toMatchObject({
      iss: gh.oidc.issuer,
      aud: 'https://mxdeploy.example/access',
      sub: 'repo:octo-org/hello:ref:refs/heads/main',
      repository: 'octo-org/hello',
      repository_owner: 'octo-org',
      ref: 'refs/heads/main',
      sha: env.GITHUB_SHA,
      actor: 'octocat',
      run_id: env.GITHUB_RUN_ID,
      run_number: '1',
      event_name: 'push',
      workflow_ref: `octo-org/hello/.github/workflows/deploy.yml@refs/heads/main`,
      job_workflow_ref: `octo-org/hello/.github/workflows/deploy.yml@refs/heads/main`
    })
    expect(claims).not.toHaveProperty('environment')
    const now = Math.floor(Date.now() / 1000)
    expect(claims.iat).toBeLessThanOrEqual(now)
    expect(Number(claims.exp)).toBeGreaterThan(now)
    expect(claims.nbf).toBe(claims.iat)
    expect(typeof claims.jti).toBe('string')
  })

  it('names the environment and the actor the test sets up', async () => {
    const { gh } = stand
    useRunnerEnv(gh)
    gh.oidc.configure({ environment: 'production', actor: 'alice' })
    const { claims } = decode(await core.getIDToken())
    expect(claims).toMatchObject({
      sub: 'repo:octo-org/hello:environment:production',
      environment: 'production',
      actor: 'alice',
      aud: 'https://github.com/octo-org'
    })
  })

  it('mints an expired token on request (still correctly signed)', async () => {
    const { gh } = stand
    gh.oidc.configure({ expired: true })
    const token = await fetch(`${gh.oidc.requestUrl}&audience=x`, {
      headers: { authorization: `Bearer ${gh.oidc.requestToken}` }
    }).then(async (r) => ((await r.json()) as { value: string }).value)
    expect(Number(decode(token).claims.exp)).toBeLessThan(Math.floor(Date.now() / 1000))
    expect(await verifiesAgainstJwks(gh, token)).toBe(true)
  })

  it('mints a token signed by a key the JWKS does not hold, which fails verification', async () => {
    const { gh } = stand
    const token = gh.oidc.mint('x', { wrongKey: true })
    expect(decode(token).header.kid).toBe(decode(gh.oidc.mint('x')).header.kid)
    expect(await verifiesAgainstJwks(gh, token)).toBe(false)
  })

  it('refuses the ID-token request without the runner’s request token', async () => {
    const { gh } = stand
    useRunnerEnv(gh)
    vi.stubEnv('ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'not-the-token')
    await expect(core.getIDToken()).rejects.toThrow(/401/)
  })
})

describe('GitHub stand-in: OIDC for a job with an environment', () => {
  const stand = useGitHubStandIn({ context: { environment: 'acceptance', actor: 'bob' } })

  it('takes the environment and actor from the run context', () => {
    const { claims } = decode(stand.gh.oidc.mint('aud'))
    expect(claims).toMatchObject({
      environment: 'acceptance',
      sub: 'repo:octo-org/hello:environment:acceptance',
      actor: 'bob'
    })
    expect(stand.gh.env().GITHUB_ACTOR).toBe('bob')
  })
})
