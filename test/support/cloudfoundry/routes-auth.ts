import { randomBytes } from 'node:crypto'
import type { FakeToken, FakeUser } from './model.js'
import { ok, type Call, type Reply, type Route } from './routing.js'

/**
 * The API root (resources/root/_global_root: no authentication, every link, `credhub` null) and
 * UAA's token endpoint at the login link (uaa TokenEndpointDocs: password, client_credentials and
 * refresh_token grants; errors `{ "error", "error_description" }`). The `uaa` link points
 * elsewhere on purpose: tokens must be asked for at `login`, as the cf CLI does.
 */

function root(call: Call): Reply {
  const base = call.base
  return ok({
    links: {
      self: { href: base },
      bits_service: null,
      cloud_controller_v2: { href: `${base}/v2`, meta: { version: '2.255.0' } },
      cloud_controller_v3: { href: `${base}/v3`, meta: { version: '3.190.0' } },
      network_policy_v0: { href: `${base}/networking/v0/external` },
      network_policy_v1: { href: `${base}/networking/v1/external` },
      login: { href: `${base}/login` },
      uaa: { href: `${base}/uaa` },
      credhub: null,
      routing: { href: `${base}/routing` },
      logging: { href: 'wss://doppler.example.org:443' },
      log_cache: { href: `${base}/log-cache` },
      log_stream: { href: `${base}/log-stream` },
      app_ssh: {
        href: 'ssh.example.org:2222',
        meta: {
          host_key_fingerprint: 'Y411oivJwZCUQnXHq83mdM5SKCK4ftyoSXI31RRe4Zs',
          oauth_client: 'ssh-proxy'
        }
      }
    }
  })
}

const uaaError = (status: number, error: string, description: string): Reply => ({
  status,
  body: { error, error_description: description }
})

/** The cf CLI's client: id `cf`, empty secret. */
const CF_BASIC = `Basic ${Buffer.from('cf:').toString('base64')}`

function issue(
  call: Call,
  subject: string,
  user: FakeUser | undefined,
  withRefresh: boolean
): Reply {
  const token: FakeToken = { access: randomBytes(24).toString('hex'), subject, user, valid: true }
  call.state.tokens.set(token.access, token)
  const body: Record<string, unknown> = {
    access_token: token.access,
    token_type: 'bearer',
    expires_in: 599,
    scope: 'cloud_controller.read cloud_controller.write openid',
    jti: randomBytes(16).toString('hex')
  }
  if (withRefresh) {
    const refresh = randomBytes(24).toString('hex')
    call.state.refreshTokens.set(refresh, subject)
    body['refresh_token'] = refresh
  }
  return ok(body)
}

function token(call: Call): Reply {
  if (!/^application\/x-www-form-urlencoded\b/i.test(call.headers['content-type'] ?? '')) {
    return uaaError(
      400,
      'invalid_request',
      'Content-Type must be application/x-www-form-urlencoded'
    )
  }
  if (!/\bapplication\/json\b/.test(call.headers['accept'] ?? '')) {
    return uaaError(406, 'not_acceptable', 'Accept must include application/json')
  }
  const form = new URLSearchParams(call.body.toString('utf8'))
  const grant = form.get('grant_type')
  const authorization = call.headers['authorization']
  if (grant === 'password' || grant === 'refresh_token') {
    if (authorization !== CF_BASIC) {
      return uaaError(
        401,
        'unauthorized',
        'An Authentication object was not found in the SecurityContext'
      )
    }
    if (grant === 'refresh_token') {
      const subject = call.state.refreshTokens.get(form.get('refresh_token') ?? '')
      const user = call.state.users.find((u) => u.username === subject)
      if (!subject || !user) return uaaError(401, 'invalid_token', 'Invalid refresh token')
      return issue(call, subject, user, true)
    }
    const user = call.state.users.find(
      (u) => u.username === form.get('username') && u.password === form.get('password')
    )
    if (!user) return uaaError(401, 'unauthorized', 'Bad credentials')
    return issue(call, user.username, user, true)
  }
  if (grant === 'client_credentials') {
    // The CLI sends the client's id and secret in the form, never also as Basic.
    if (authorization) return uaaError(401, 'unauthorized', 'client credentials given twice')
    const client = call.state.clients.find(
      (c) => c.id === form.get('client_id') && c.secret === form.get('client_secret')
    )
    if (!client) return uaaError(401, 'invalid_client', 'Bad credentials')
    return issue(call, client.id, undefined, false)
  }
  return uaaError(400, 'unsupported_grant_type', `Unsupported grant type: ${grant}`)
}

export const authRoutes: Route[] = [
  { name: 'root', method: 'GET', pattern: /^\/$/, auth: 'none', handler: root },
  { name: 'token', method: 'POST', pattern: /^\/login\/oauth\/token$/, auth: 'uaa', handler: token }
]
