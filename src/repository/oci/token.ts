import { ConfigurationError, OperationError } from '../../errors.js'
import type { Logger } from '../../log.js'
import { withRetries, type RetryPolicy } from '../../net/retry-policy.js'
import type { Challenge } from './challenge.js'
import { credentialsHint, type Credentials } from './credentials.js'
import { send, throwIfTransient } from './http.js'
import { isLoopback, plainHttpAllowed } from './reference.js'

/** A registry token and when it stops being worth sending. */
export interface BearerToken {
  value: string
  scope: string
  /** Epoch milliseconds after which a fresh token is fetched first. */
  refreshAfter: number
}

/** The Docker token spec's default lifetime when a token service gives none. */
const DEFAULT_EXPIRES_IN = 60

export interface TokenContext {
  credentials: Credentials | undefined
  env: NodeJS.ProcessEnv
  log: Logger
  retry: RetryPolicy
  /** The prefix of the variables the credentials come from, for messages. */
  variables?: string
}

/**
 * Fetches a bearer token as the Docker registry token spec describes: GET the challenge's realm
 * with `service` and `scope`, with basic credentials when there are some (anonymous otherwise).
 * A token service that is briefly unavailable is asked again under the retry policy.
 */
export async function fetchToken(
  registryHost: string,
  challenge: Challenge,
  scope: string,
  { credentials, env, log, retry, variables }: TokenContext
): Promise<BearerToken> {
  const realm = challenge.params['realm']
  let url: URL
  try {
    url = new URL(realm ?? '')
  } catch {
    throw new OperationError(
      `registry ${registryHost} asked for a bearer token without a valid realm (${JSON.stringify(realm ?? null)})`
    )
  }
  if (
    url.protocol !== 'https:' &&
    !(url.protocol === 'http:' && (isLoopback(url.hostname) || plainHttpAllowed(env)))
  ) {
    throw new ConfigurationError(
      `registry ${registryHost} points to ${url.origin} for tokens, which is not HTTPS: mxdeploy will not send credentials there (set MXDEPLOY_OCI_PLAIN_HTTP=true only on a trusted network)`
    )
  }
  if (challenge.params['service']) url.searchParams.set('service', challenge.params['service'])
  url.searchParams.set('scope', scope)
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (credentials) {
    const basic = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')
    headers['Authorization'] = `Basic ${basic}`
  }
  const started = Date.now()
  const service = `the token service of registry ${registryHost} (${url.origin})`
  const res = await withRetries(
    retry,
    {
      what: `${service}: GET ${url.pathname}`,
      advice: 'the token service is down or overloaded: try again later',
      onRetry: (line) => log.info(line)
    },
    async () => {
      const answer = await send({ method: 'GET', url, headers })
      await throwIfTransient(answer, retry.clock.now(), () =>
        Promise.resolve(`${service} answered HTTP ${answer.status}`)
      )
      return answer
    }
  )
  const text = await res.text()
  if (res.status === 401 || res.status === 403) {
    throw new ConfigurationError(
      credentials
        ? `the token service of registry ${registryHost} (${url.origin}) refused the credentials from ${credentials.source} for ${scope}: ${credentialsHint(registryHost, variables)}`
        : `registry ${registryHost} requires credentials for ${scope}: ${credentialsHint(registryHost, variables)}`
    )
  }
  if (res.status !== 200) {
    throw new OperationError(
      `the token service of registry ${registryHost} (${url.origin}) answered HTTP ${res.status} for ${scope}`
    )
  }
  let body: { token?: unknown; access_token?: unknown; expires_in?: unknown }
  try {
    body = JSON.parse(text) as typeof body
  } catch {
    throw new OperationError(
      `the token service of registry ${registryHost} (${url.origin}) did not answer JSON`
    )
  }
  // The spec names it `token`; OAuth 2.0 compatible services send `access_token`.
  const value = typeof body.token === 'string' ? body.token : body.access_token
  if (typeof value !== 'string' || !value) {
    throw new OperationError(
      `the token service of registry ${registryHost} (${url.origin}) answered without a token`
    )
  }
  log.secret(value)
  const expiresIn = typeof body.expires_in === 'number' ? body.expires_in : DEFAULT_EXPIRES_IN
  // Fetch a new one a little before it lapses, so a large chunk is not sent on a dead token.
  const margin = Math.min(10, expiresIn / 4)
  return { value, scope, refreshAfter: started + (expiresIn - margin) * 1000 }
}
