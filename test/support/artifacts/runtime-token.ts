import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The job's ACTIONS_RUNTIME_TOKEN as the runner hands it to actions: a JWT whose `scp` claim
 * carries `Actions.Results:<workflow run backend id>:<job run backend id>` among other scopes.
 * @actions/artifact reads the two IDs from that claim (lib/internal/shared/util.js); the service
 * checks the signature and the expiry. Signed here with HS256 and a key only the fake knows.
 */
export interface RuntimeScope {
  runId: string
  jobId: string
}

function encode(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

function sign(key: Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data).digest()
}

/** A runtime token for one job, valid for `seconds` (negative: already expired). */
export function mintRuntimeToken(key: Buffer, scope: RuntimeScope, seconds = 3600): string {
  const now = Math.floor(Date.now() / 1000)
  const header = encode({ typ: 'JWT', alg: 'HS256' })
  const payload = encode({
    nameid: 'dddddddd-dddd-dddd-dddd-dddddddddddd',
    scp: `Actions.ExampleScope Actions.Results:${scope.runId}:${scope.jobId}`,
    iss: 'vstoken.actions.githubusercontent.com',
    aud: 'vso:00000000-0000-0000-0000-000000000000',
    nbf: now - 60,
    exp: now + seconds
  })
  const signature = sign(key, `${header}.${payload}`).toString('base64url')
  return `${header}.${payload}.${signature}`
}

/** The scope a bearer token grants, or why the service refuses it (a 401). */
export function verifyRuntimeToken(
  key: Buffer,
  authorization: string | undefined
): RuntimeScope | { refused: string } {
  if (!authorization) return { refused: 'no Authorization header' }
  const match = /^Bearer (\S+)$/.exec(authorization)
  if (!match) return { refused: 'the Authorization header is not "Bearer <token>"' }
  const parts = match[1]!.split('.')
  if (parts.length !== 3) return { refused: 'the bearer token is not a JWT' }
  const [header, payload, signature] = parts as [string, string, string]
  const expected = sign(key, `${header}.${payload}`)
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { refused: 'the token signature is not valid' }
  }
  let claims: { scp?: unknown; exp?: unknown; nbf?: unknown }
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof claims
  } catch {
    return { refused: 'the token payload is not JSON' }
  }
  const now = Date.now() / 1000
  if (typeof claims.exp !== 'number' || claims.exp < now) return { refused: 'the token expired' }
  if (typeof claims.nbf === 'number' && claims.nbf > now + 60) {
    return { refused: 'the token is not valid yet' }
  }
  const scope = typeof claims.scp === 'string' ? claims.scp.split(' ') : []
  for (const item of scope) {
    const [kind, runId, jobId, ...rest] = item.split(':')
    if (kind === 'Actions.Results' && runId && jobId && rest.length === 0) return { runId, jobId }
  }
  return { refused: 'the token has no Actions.Results scope' }
}
