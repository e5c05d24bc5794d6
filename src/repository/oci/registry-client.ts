import { ConfigurationError, OperationError } from '../../errors.js'
import type { Logger } from '../../log.js'
import {
  RetryBudget,
  withRetries,
  type RetryPolicy,
  type RetryTask
} from '../../net/retry-policy.js'
import { RETRY_SECONDS_VARIABLE } from '../../net/retry-settings.js'
import { parseChallenges, type Challenge } from './challenge.js'
import { credentialsHint, OCI_VARIABLES, type Credentials } from './credentials.js'
import { send, throwIfTransient, type Body, type HttpResponse } from './http.js'
import { isLoopback, type OciReference } from './reference.js'
import { fetchToken, type BearerToken } from './token.js'

/** Token scope actions a request needs (distribution's token spec). */
export type Actions = 'pull' | 'pull,push' | 'delete'

export interface RegistryRequest {
  method: string
  /** Path under `/v2/<repo>/`, or an absolute URL (an upload Location). */
  path: string | URL
  headers?: Record<string, string>
  body?: Body
  actions: Actions
  /**
   * Sent once: a failure that is worth another attempt is thrown as a TransientError for the
   * caller, who resumes (a PATCH of an upload) rather than resending the same request.
   */
  once?: boolean
}

/**
 * The registry API of one repository, with authentication: anonymous, basic (when the registry
 * challenges for it) and bearer tokens fetched from the challenge's realm. Credentials are only
 * sent to the registry's own origin. Requests are retried by the retry policy on a lost
 * connection and on 408, 429 and 5xx answers.
 */
export class RegistryClient {
  private basic = false
  private token: BearerToken | undefined

  constructor(
    readonly ref: OciReference,
    private readonly credentials: Credentials | undefined,
    private readonly env: NodeJS.ProcessEnv,
    private readonly log: Logger,
    readonly retry: RetryPolicy,
    /** The prefix of the variables its credentials come from, for messages. */
    private readonly variables = OCI_VARIABLES
  ) {}

  /** What a retried call is, for progress lines and the message when it is given up. */
  task(what: string): RetryTask {
    const seconds = Math.round(this.retry.deadlineMs / 1000)
    return {
      what: `registry ${this.ref.host}: ${what}`,
      advice: `the registry is down or overloaded: try again later (each request is tried for up to ${seconds} s; ${RETRY_SECONDS_VARIABLE} sets how long)`,
      onRetry: (line) => this.log.info(line)
    }
  }

  /** The retry bookkeeping of a transfer that resumes (an upload, a download). */
  budget(what: string): RetryBudget {
    return new RetryBudget(this.retry, this.task(what))
  }

  /** The URL of a path under this repository's `/v2/<name>/`. */
  url(path: string): URL {
    return new URL(`v2/${this.ref.repository}/${path}`, this.ref.baseUrl)
  }

  private sameOrigin(url: URL): boolean {
    return url.origin === this.ref.baseUrl.origin
  }

  private async authorization(url: URL): Promise<Record<string, string>> {
    if (!this.sameOrigin(url)) return {}
    if (this.token) {
      if (Date.now() > this.token.refreshAfter) await this.refresh(this.token.scope)
      return { Authorization: `Bearer ${this.token.value}` }
    }
    if (this.basic && this.credentials) {
      const { username, password } = this.credentials
      return { Authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` }
    }
    return {}
  }

  private lastBearer: Challenge | undefined
  private readonly pending = new Map<string, Promise<BearerToken>>()

  /** A token for a scope; requests that meet the same challenge at once share one fetch. */
  private async obtain(challenge: Challenge, scope: string): Promise<void> {
    this.lastBearer = challenge
    let pending = this.pending.get(scope)
    if (!pending) {
      pending = fetchToken(this.ref.host, challenge, scope, {
        credentials: this.credentials,
        env: this.env,
        log: this.log,
        retry: this.retry,
        variables: this.variables
      })
      this.pending.set(scope, pending)
      pending.then(
        () => this.pending.delete(scope),
        () => this.pending.delete(scope)
      )
    }
    this.token = await pending
  }

  private async refresh(scope: string): Promise<void> {
    if (this.lastBearer) await this.obtain(this.lastBearer, scope)
  }

  /**
   * Sends a request, retrying it while it fails transiently (unless it is sent `once`); on a 401
   * answers the challenge once and resends. A second 401 or a 403 is a ConfigurationError that
   * says which credentials to set.
   */
  async request(request: RegistryRequest): Promise<HttpResponse> {
    const url = typeof request.path === 'string' ? this.url(request.path) : request.path
    if (request.once) return this.attempt(request, url)
    const what = `${request.method} ${url.pathname}`
    return withRetries(this.retry, this.task(what), () => this.attempt(request, url))
  }

  private async attempt(request: RegistryRequest, url: URL): Promise<HttpResponse> {
    let sentBasic = false
    const attempt = async (): Promise<HttpResponse> => {
      const auth = await this.authorization(url)
      sentBasic = auth['Authorization']?.startsWith('Basic ') ?? false
      return send({
        method: request.method,
        url,
        headers: { ...request.headers, ...auth },
        body: request.body
      })
    }
    let res = await attempt()
    if (res.status === 401 && this.sameOrigin(url)) {
      const header = res.headers['www-authenticate']
      await res.discard()
      await this.answer(header, request.actions, sentBasic)
      res = await attempt()
      if (res.status === 401) {
        const again = parseChallenges(res.headers['www-authenticate'])
        await res.discard()
        const scope = again.find((c) => c.params['error'] === 'insufficient_scope')
        throw new ConfigurationError(
          scope && this.credentials
            ? `registry ${this.ref.host} gave the credentials from ${this.credentials.source} no ${request.actions} access to ${this.ref.repository}: grant them that permission, or ${credentialsHint(this.ref.host, this.variables)}`
            : this.refusal()
        )
      }
    }
    if (res.status === 403) {
      const detail = await errorDetail(res)
      throw new ConfigurationError(
        `registry ${this.ref.host} denied ${request.method} on ${this.ref.repository}${detail}: ${
          this.credentials
            ? `the credentials from ${this.credentials.source} lack ${request.actions} permission, or `
            : ''
        }${credentialsHint(this.ref.host, this.variables)}`
      )
    }
    await throwIfTransient(res, this.retry.clock.now(), async () => {
      const detail = await errorDetail(res)
      return `registry ${this.ref.host} answered HTTP ${res.status} to ${request.method} ${url.pathname}${detail}`
    })
    return res
  }

  private refusal(): string {
    return this.credentials
      ? `registry ${this.ref.host} refused the credentials from ${this.credentials.source}: ${credentialsHint(this.ref.host, this.variables)}`
      : `registry ${this.ref.host} requires credentials: ${credentialsHint(this.ref.host, this.variables)}`
  }

  private async answer(
    header: string | string[] | undefined,
    actions: Actions,
    sentBasic: boolean
  ): Promise<void> {
    const challenges = parseChallenges(header)
    const bearer = challenges.find((c) => c.scheme === 'bearer')
    if (bearer) {
      const scope = bearer.params['scope'] ?? `repository:${this.ref.repository}:${actions}`
      await this.obtain(bearer, scope)
      return
    }
    if (challenges.some((c) => c.scheme === 'basic')) {
      if (!this.credentials || sentBasic) throw new ConfigurationError(this.refusal())
      if (this.ref.baseUrl.protocol !== 'https:' && !isLoopback(this.ref.baseUrl.hostname)) {
        this.log.warning(
          `sending credentials to registry ${this.ref.host} over plain HTTP (MXDEPLOY_OCI_PLAIN_HTTP is set)`
        )
      }
      this.basic = true
      return
    }
    throw new OperationError(
      `registry ${this.ref.host} asked for authentication mxdeploy does not speak (${String(header ?? 'no WWW-Authenticate header')}): it supports Basic and Bearer`
    )
  }
}

/** ` (CODE: message)` from an OCI error body, or '' when there is none. */
export async function errorDetail(res: HttpResponse): Promise<string> {
  let text: string
  try {
    text = await res.text()
  } catch {
    return ''
  }
  try {
    const body = JSON.parse(text) as { errors?: { code?: unknown; message?: unknown }[] }
    const first = body.errors?.[0]
    if (first) return ` (${String(first.code)}: ${String(first.message)})`
  } catch {
    // Not an OCI error body: show a little of it.
  }
  const short = text.trim().slice(0, 200)
  return short ? ` (${short})` : ''
}

/**
 * An OperationError for an answer that was not expected; a ConfigurationError when the registry
 * says the repository of the URI is unknown or not a valid name, which another try never mends.
 */
export async function unexpected(
  client: RegistryClient,
  res: HttpResponse,
  what: string
): Promise<OperationError | ConfigurationError> {
  const detail = await errorDetail(res)
  const answered = `registry ${client.ref.host} answered HTTP ${res.status} to ${what} in ${client.ref.repository}${detail}`
  if (/^ \(NAME_UNKNOWN:/.test(detail)) {
    return new ConfigurationError(
      `${answered}: it has no repository ${client.ref.repository}; check the repository in the URI (oci://HOST/REPO), or create it first where the registry needs that (Harbor projects, Amazon ECR repositories)`
    )
  }
  if (/^ \(NAME_INVALID:/.test(detail)) {
    return new ConfigurationError(
      `${answered}: ${client.ref.repository} is not a repository name it takes; change the repository in the URI (oci://HOST/REPO)`
    )
  }
  return new OperationError(answered)
}
