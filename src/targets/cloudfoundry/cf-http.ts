import { errnoCode, OperationError } from '../../errors.js'
import type { Logger } from '../../log.js'
import type { StreamBody } from '../../net/multipart.js'
import { TransientError, withRetries, type RetryPolicy } from '../../net/retry-policy.js'
import { retryAfterMs } from '../../net/transient.js'
import { cfErrorFor, cfFailure, errorEntries, hasTitle, type CfErrorContext } from './cf-errors.js'
import { parseBody } from '../../net/buffered-exchange.js'
import { CfNetworkError, decodeWarning, exchange, type RawAnswer } from './exchange.js'
import type { TokenSource } from './uaa.js'

export interface CfRequest {
  method: 'GET' | 'POST' | 'PATCH'
  /** Absolute URL. */
  url: string
  /** Sent as application/json. */
  json?: unknown
  stream?: StreamBody
  /** What the call does, for messages: `creating a package for hello-acc`. */
  what: string
  timeoutMs?: number
  /** Statuses that are answers rather than errors (404 for "no current droplet"). */
  accept?: number[]
  /**
   * Whether sending it twice does no harm, so a lost answer or a 5xx is retried: GETs, and
   * PATCHes that set values. A POST that may have taken effect is never sent twice.
   */
  idempotent?: boolean
}

export interface CfResponse {
  status: number
  body: unknown
}

/** A v3 list page: `pagination.next.href` is absolute, null on the last page. */
interface Page<T> {
  pagination?: { next?: { href?: string } | null }
  resources?: T[]
}

const DEFAULT_TIMEOUT_MS = 60_000

/**
 * The Cloud Controller v3 client: bearer tokens from the UAA (renewed once when a call says
 * CF-InvalidAuthToken), JSON in and out, streamed uploads, the `errors` bodies mapped to messages,
 * warnings passed on, pages followed, and transient faults retried under the retry policy:
 * 429 (with its Retry-After) and 408 and refused connections for any call, lost answers and 5xx
 * only for calls that may be sent twice.
 */
export class CfHttp {
  constructor(
    private readonly tokens: TokenSource,
    private readonly retry: RetryPolicy,
    private readonly context: Omit<CfErrorContext, 'what'>,
    private readonly log: Logger
  ) {}

  async send(request: CfRequest): Promise<CfResponse> {
    const task = {
      what: request.what,
      advice:
        'Cloud Foundry is unavailable or limiting requests: try again later (cf curl /v2/info shows whether the API answers)',
      onRetry: (line: string) => this.log.info(line)
    }
    let renewed = false
    for (;;) {
      try {
        return await withRetries(this.retry, task, () => this.attempt(request))
      } catch (error) {
        // An expired token is renewed once; a second refusal is the credentials' fault.
        if (renewed || !hasTitle(cfFailure(error), 'CF-InvalidAuthToken')) throw error
        renewed = true
        await this.tokens.renew()
      }
    }
  }

  /** The JSON body of a successful call. */
  async json<T>(request: CfRequest): Promise<T> {
    return (await this.send(request)).body as T
  }

  /** Every resource of a list, following `pagination.next` on the same origin only. */
  async list<T>(url: string, what: string): Promise<T[]> {
    const origin = new URL(url).origin
    const all: T[] = []
    let next: string | undefined = url
    for (let page = 1; next; page++) {
      const body: Page<T> = await this.json<Page<T>>({ method: 'GET', url: next, what })
      all.push(...(body?.resources ?? []))
      next = body?.pagination?.next?.href ?? undefined
      if (next && new URL(next).origin !== origin) {
        // The token goes with every page: never to a host the API did not start on.
        throw new OperationError(
          `${what}: page ${page + 1} is at ${new URL(next).origin}, not ${origin}; mxdeploy does not send its token there`
        )
      }
    }
    return all
  }

  private async attempt(request: CfRequest): Promise<CfResponse> {
    const url = new URL(request.url)
    const headers: Record<string, string> = {
      Accept: 'application/json',
      Authorization: await this.tokens.header()
    }
    const payload =
      request.json === undefined ? undefined : Buffer.from(JSON.stringify(request.json))
    if (payload) headers['Content-Type'] = 'application/json'
    const idempotent = request.idempotent ?? request.method === 'GET'
    let answer: RawAnswer
    try {
      answer = await exchange({
        method: request.method,
        url,
        headers,
        ...(payload ? { body: payload } : request.stream ? { body: request.stream } : {}),
        what: request.what,
        timeoutMs: request.timeoutMs ?? DEFAULT_TIMEOUT_MS
      })
    } catch (error) {
      if (
        error instanceof CfNetworkError &&
        (idempotent || errnoCode(error.cause) === 'ECONNREFUSED')
      ) {
        throw new TransientError(error.message, { cause: error })
      }
      throw error
    }
    for (const warning of answer.warnings) {
      this.log.warning(`Cloud Foundry: ${decodeWarning(warning)} (${request.what})`)
    }
    const body = parseBody(answer.text)
    if ((answer.status >= 200 && answer.status < 300) || request.accept?.includes(answer.status)) {
      return { status: answer.status, body }
    }
    const failure = cfErrorFor(answer.status, errorEntries(body), {
      ...this.context,
      what: request.what
    })
    const again =
      answer.status === 429 ||
      answer.status === 408 ||
      (idempotent && [500, 502, 503, 504].includes(answer.status))
    if (!again) throw failure
    throw new TransientError(failure.message, {
      retryAfterMs: retryAfterMs(answer.retryAfter, this.retry.clock.now()),
      cause: failure
    })
  }
}
