import { execFile } from 'node:child_process'
import { createPrivateKey, randomBytes, sign, X509Certificate } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

/**
 * A token service as the Docker registry token authentication spec describes
 * (distribution docs: spec/auth/token.md and jwt.md): GET ?service=&scope= with optional basic
 * credentials answers `{token, access_token, expires_in, issued_at}`, the token an ES256 JWT whose
 * x5c certificate is in the registry's rootcertbundle, so docker-registry verifies it for real.
 */
export interface TokenServer {
  realm: string
  service: string
  issuer: string
  /** PEM certificate for the registry's `auth.token.rootcertbundle`. */
  certificate: string
  /** Every token request, for assertions. */
  requests: { scopes: string[]; account: string | undefined; granted: string[] }[]
  /** The next request is answered with this status (and Retry-After) instead of a token. */
  failNext(status: number, retryAfter?: string): void
  stop(): Promise<void>
}

export interface TokenServerOptions {
  /** user → password; a user may be limited to some actions (default: all asked for). */
  users: Record<string, { password: string; actions?: string[] }>
  /** Actions granted without credentials (default none). */
  anonymous?: string[]
  expiresIn?: number
}

const run = promisify(execFile)

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url')
}

/** Starts the token service on 127.0.0.1 with a fresh P-256 key and self-signed certificate. */
export async function startTokenServer(options: TokenServerOptions): Promise<TokenServer> {
  const dir = await mkdtemp(join(tmpdir(), 'mxdeploy-token-'))
  const keyFile = join(dir, 'key.pem')
  const certFile = join(dir, 'cert.pem')
  await run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    keyFile,
    '-out',
    certFile,
    '-days',
    '2',
    '-subj',
    '/CN=mxdeploy-test-token-issuer'
  ])
  const key = createPrivateKey(await readFile(keyFile))
  const certificate = certFile
  const der = new X509Certificate(await readFile(certFile)).raw
  const service = 'mxdeploy-test-registry'
  const issuer = 'mxdeploy-test-issuer'
  const expiresIn = options.expiresIn ?? 300
  const requests: TokenServer['requests'] = []
  const failures: { status: number; retryAfter: string | undefined }[] = []

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://token')
    const failure = failures.shift()
    if (failure) {
      res.writeHead(failure.status, failure.retryAfter ? { 'Retry-After': failure.retryAfter } : {})
      res.end()
      return
    }
    const reply = (status: number, body: unknown): void => {
      res.writeHead(status, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify(body))
    }
    if (req.method !== 'GET' || url.pathname !== '/token') return reply(404, {})
    if (url.searchParams.get('service') !== service) {
      return reply(400, { errors: [{ code: 'UNSUPPORTED', message: 'unknown service' }] })
    }
    let account: string | undefined
    let allowed: string[] | undefined = options.anonymous ?? []
    const header = req.headers.authorization
    if (header) {
      const match = /^Basic (.+)$/.exec(header)
      const [user, ...rest] = Buffer.from(match?.[1] ?? '', 'base64')
        .toString()
        .split(':')
      const entry = user ? options.users[user] : undefined
      if (!entry || entry.password !== rest.join(':')) {
        return reply(401, { errors: [{ code: 'UNAUTHORIZED', message: 'bad credentials' }] })
      }
      account = user
      allowed = entry.actions
    }
    const scopes = url.searchParams.getAll('scope')
    const access = scopes.flatMap((scope) => {
      const match = /^repository:([^:]+):(.*)$/.exec(scope)
      if (!match) return []
      const actions = match[2]!
        .split(',')
        .filter((action) => allowed === undefined || allowed.includes(action))
      return [{ type: 'repository', name: match[1]!, actions }]
    })
    requests.push({ scopes, account, granted: access.flatMap((a) => a.actions) })
    const now = Math.floor(Date.now() / 1000)
    const head = base64url(
      JSON.stringify({ typ: 'JWT', alg: 'ES256', x5c: [der.toString('base64')] })
    )
    const claims = base64url(
      JSON.stringify({
        iss: issuer,
        sub: account ?? '',
        aud: service,
        exp: now + expiresIn,
        nbf: now - 10,
        iat: now,
        jti: randomBytes(12).toString('hex'),
        access
      })
    )
    const signature = sign('sha256', Buffer.from(`${head}.${claims}`), {
      key,
      dsaEncoding: 'ieee-p1363'
    })
    const token = `${head}.${claims}.${base64url(signature)}`
    reply(200, {
      token,
      access_token: token,
      expires_in: expiresIn,
      issued_at: new Date(now * 1000).toISOString()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('token server has no port')
  return {
    realm: `http://127.0.0.1:${address.port}/token`,
    service,
    issuer,
    certificate,
    requests,
    failNext: (status, retryAfter) => void failures.push({ status, retryAfter }),
    stop: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await rm(dir, { recursive: true, force: true })
    }
  }
}
