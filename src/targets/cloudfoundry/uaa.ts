import { OperationError } from '../../errors.js'
import type { Logger } from '../../log.js'
import { TransientError, withRetries, type RetryPolicy } from '../../net/retry-policy.js'
import { retryAfterMs } from '../../net/transient.js'
import { CfAccessError } from './cf-errors.js'
import { principal, type CfCredentials } from './credentials.js'
import { parseBody } from '../../net/buffered-exchange.js'
import { CfNetworkError, exchange } from './exchange.js'

/** The cf CLI's OAuth client: id `cf`, empty secret, sent as HTTP Basic for the password grant. */
const CF_CLIENT_BASIC = `Basic ${Buffer.from('cf:').toString('base64')}`
/** A token this close to its expiry is renewed before it is used (at most halfway). */
const RENEW_MARGIN_MS = 60_000

interface TokenAnswer {
  access_token?: unknown
  expires_in?: unknown
  refresh_token?: unknown
}

interface Token {
  access: string
  renewAt: number
  refresh: string | undefined
}

/**
 * Access tokens from the platform's UAA (`<login link>/oauth/token`), as the cf CLI asks for
 * them: the password grant through the `cf` client for a user, client credentials in the form
 * body for a client. Tokens are renewed before they expire and when the Cloud Controller says
 * one is no longer valid; a refresh token that is refused falls back to a new grant.
 */
export class TokenSource {
  private token: Token | undefined

  constructor(
    private readonly tokenUrl: URL,
    private readonly credentials: CfCredentials,
    private readonly retry: RetryPolicy,
    private readonly log: Logger
  ) {}

  /** The `Authorization` header value for the Cloud Controller and log-cache. */
  async header(): Promise<string> {
    if (!this.token || this.token.renewAt <= this.retry.clock.now()) {
      await this.renew()
    }
    return `bearer ${this.token!.access}`
  }

  /** Forgets the token (the Cloud Controller refused it), so the next call gets another. */
  async renew(): Promise<void> {
    const refresh = this.token?.refresh
    this.token = undefined
    if (refresh) {
      try {
        this.token = await this.request({ grant_type: 'refresh_token', refresh_token: refresh })
        return
      } catch (error) {
        if (!(error instanceof CfAccessError)) throw error
        // An expired or revoked refresh token: a new grant with the credentials follows.
      }
    }
    this.token = await this.request(this.grantForm())
  }

  private grantForm(): Record<string, string> {
    const c = this.credentials
    return c.grant === 'password'
      ? { grant_type: 'password', username: c.username, password: c.password }
      : { grant_type: 'client_credentials', client_id: c.clientId, client_secret: c.clientSecret }
  }

  private async request(form: Record<string, string>): Promise<Token> {
    const what = `logging in to ${this.tokenUrl.host} as ${principal(this.credentials)}`
    const task = {
      what,
      advice: 'the login server is unavailable or limiting requests: try again later',
      onRetry: (line: string) => this.log.info(line)
    }
    return withRetries(this.retry, task, () => this.attempt(form, what))
  }

  private async attempt(form: Record<string, string>, what: string): Promise<Token> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Content-Type': 'application/x-www-form-urlencoded'
    }
    // The CLI authenticates the `cf` client with Basic for the password and refresh grants;
    // a client of its own puts its id and secret in the form.
    if (this.credentials.grant === 'password') headers['Authorization'] = CF_CLIENT_BASIC
    let answer
    try {
      answer = await exchange({
        method: 'POST',
        url: this.tokenUrl,
        headers,
        body: Buffer.from(new URLSearchParams(form).toString()),
        what,
        timeoutMs: 60_000
      })
    } catch (error) {
      // Asking for a token changes nothing: any network fault is worth another attempt.
      if (error instanceof CfNetworkError) throw new TransientError(error.message, { cause: error })
      throw error
    }
    const body = parseBody(answer.text) as TokenAnswer & {
      error?: unknown
      error_description?: unknown
    }
    if (answer.status === 200 && typeof body?.access_token === 'string') {
      const seconds = typeof body.expires_in === 'number' ? body.expires_in : 300
      // Renewed a minute early, or halfway for a token that lives less than two minutes.
      const early = Math.min(RENEW_MARGIN_MS, (seconds * 1000) / 2)
      return {
        access: body.access_token,
        renewAt: this.retry.clock.now() + seconds * 1000 - early,
        refresh: typeof body.refresh_token === 'string' ? body.refresh_token : undefined
      }
    }
    const reason = [body?.error, body?.error_description]
      .filter((part): part is string => typeof part === 'string' && part !== '')
      .join(': ')
    const said = `${answer.status}${reason ? ` ${reason}` : ''}`
    if (answer.status === 429 || answer.status >= 500) {
      throw new TransientError(`${what} failed with ${said}`, {
        retryAfterMs: retryAfterMs(answer.retryAfter, this.retry.clock.now())
      })
    }
    if (answer.status === 400 || answer.status === 401 || answer.status === 403) {
      const variables =
        this.credentials.grant === 'password'
          ? 'CF_USERNAME and CF_PASSWORD'
          : 'CF_CLIENT_ID and CF_CLIENT_SECRET'
      throw new CfAccessError(
        `${what} was refused (${said}): check ${variables}; a user must belong to the platform's default identity provider and may not need a second factor, a client needs the cloud_controller.read and cloud_controller.write authorities`,
        answer.status,
        []
      )
    }
    throw new OperationError(`${what} failed with ${said}`)
  }
}
