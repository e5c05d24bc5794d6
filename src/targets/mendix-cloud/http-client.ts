import { errnoCode, OperationError } from '../../errors.js'
import { silentLogger, type Logger } from '../../log.js'
import { bufferedExchange, parseBody } from '../../net/buffered-exchange.js'
import type { StreamBody } from '../../net/multipart.js'
import {
  retryPolicy,
  TransientError,
  withRetries,
  type RetryPolicy
} from '../../net/retry-policy.js'
import { retryAfterMs } from '../../net/transient.js'
import { MXDEPLOY_VERSION } from '../../version.js'
import { errorFor, type MendixRight } from './api-errors.js'
import type { MendixAuth } from './credentials.js'

export type { StreamBody }

export interface ApiRequest {
  method: 'GET' | 'POST'
  url: string
  /** Sent as application/json. */
  json?: unknown
  stream?: StreamBody
  /** What the call does, for messages: `transport package X to Acceptance`. */
  what: string
  /** The permission a 403 means is missing. */
  right?: MendixRight
  /** No answer within this time fails the call. */
  timeoutMs?: number
  /** Statuses that are answers rather than errors (such as 404 for "no package deployed"). */
  accept?: number[]
}

export interface ApiResponse {
  status: number
  body: unknown
}

/** No response at all: a network fault or a timeout, worth another try while waiting. */
export class MendixNetworkError extends OperationError {
  override name = 'MendixNetworkError'
}

const DEFAULT_TIMEOUT_MS = 60_000
const MAX_BODY = 4 << 20

/** What came back: status, the headers that matter here, and the body as text. */
interface RawAnswer {
  status: number
  retryAfter: string | string[] | undefined
  text: string
}

/**
 * Whether a failed call may be sent again. Any call the server says it did not act on (429 too
 * many requests, 408 request timeout, or no connection at all) may; a GET, which changes
 * nothing, also after a lost answer or a 500/502/503/504 without a documented error code. A POST
 * that may have taken effect (a transport, a start) is never sent twice here; an error with a
 * documented code is Mendix's answer, not a fault.
 */
function worthRetrying(method: string, status: number, code: string | undefined): boolean {
  if (status === 429 || status === 408) return true
  return method === 'GET' && [500, 502, 503, 504].includes(status) && !code
}

function unanswered(method: string, error: MendixNetworkError): boolean {
  return method === 'GET' || errnoCode(error.cause) === 'ECONNREFUSED'
}

function field(value: unknown, ...keys: string[]): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  for (const key of keys) {
    const found = (value as Record<string, unknown>)[key]
    if (typeof found === 'string' && found) return found
  }
  return undefined
}

/**
 * The error code and message of an error body. Deploy API v1/v2 and Backups v2 list codes per
 * call but do not show the body; we read `errorCode`/`errorMessage` (what the service sends) and
 * also v4's `{ error: { code, message } }` and plain text.
 */
export function errorFields(body: unknown): { code: string | undefined; detail: string } {
  const nested =
    typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined
  const code = field(body, 'errorCode', 'ErrorCode') ?? field(nested, 'code')
  const reasons = (
    (nested as { 'invalid-params'?: { reason?: unknown }[] } | undefined)?.['invalid-params'] ?? []
  )
    .map((param) => param.reason)
    .filter((reason): reason is string => typeof reason === 'string' && reason !== '')
  const detail =
    field(body, 'errorMessage', 'ErrorMessage', 'message', 'Message') ??
    field(nested, 'message') ??
    (typeof body === 'string' ? body.slice(0, 500) : '')
  return { code, detail: reasons.length ? `${detail}: ${reasons.join('; ')}` : detail }
}

function headersFor(auth: MendixAuth, request: ApiRequest): Record<string, string | number> {
  const headers: Record<string, string | number> = {
    Accept: 'application/json',
    'User-Agent': `mxdeploy/${MXDEPLOY_VERSION}`
  }
  if (auth.kind === 'api-key') {
    headers['Mendix-Username'] = auth.username
    headers['Mendix-ApiKey'] = auth.apiKey
  } else {
    headers['Authorization'] = `MxToken ${auth.token}`
  }
  if (request.stream) {
    headers['Content-Type'] = request.stream.contentType
    headers['Content-Length'] = request.stream.length
  } else {
    // Deploy API v1 wants application/json on every call but the upload, GETs included.
    headers['Content-Type'] = 'application/json'
  }
  return headers
}

export interface MendixHttpOptions {
  /** How calls are retried (default: the standard policy). */
  retry?: RetryPolicy
  /** Where retries are reported. */
  log?: Logger
}

/**
 * One HTTP client per credential: JSON in and out, streamed uploads, documented errors mapped.
 * Calls that fail transiently are retried under the retry policy (see `worthRetrying`).
 */
export class MendixHttp {
  private readonly retry: RetryPolicy
  private readonly log: Logger

  constructor(
    readonly auth: MendixAuth,
    options: MendixHttpOptions = {}
  ) {
    this.retry = options.retry ?? retryPolicy()
    this.log = options.log ?? silentLogger
  }

  async send(request: ApiRequest): Promise<ApiResponse> {
    const url = new URL(request.url)
    const task = {
      what: request.what,
      advice:
        'Mendix Cloud is unavailable or limiting requests: try again later (its status is at https://status.mendix.com)',
      onRetry: (line: string) => this.log.info(line)
    }
    return withRetries(this.retry, task, () => this.attempt(request, url))
  }

  private async attempt(request: ApiRequest, url: URL): Promise<ApiResponse> {
    let response: RawAnswer
    try {
      response = await this.exchange(request, url)
    } catch (error) {
      if (error instanceof MendixNetworkError && unanswered(request.method, error)) {
        throw new TransientError(error.message, { cause: error })
      }
      throw error
    }
    const body = parseBody(response.text)
    if (
      (response.status >= 200 && response.status < 300) ||
      request.accept?.includes(response.status)
    ) {
      return { status: response.status, body }
    }
    const { code, detail } = errorFields(body)
    const failure = errorFor(response.status, code, detail, {
      what: request.what,
      auth: this.auth.kind,
      ...(request.right ? { right: request.right } : {})
    })
    if (!worthRetrying(request.method, response.status, code)) throw failure
    throw new TransientError(failure.message, {
      retryAfterMs: retryAfterMs(response.retryAfter, this.retry.clock.now()),
      cause: failure
    })
  }

  /** One exchange: the request sent (its body streamed anew), the answer read. */
  private async exchange(request: ApiRequest, url: URL): Promise<RawAnswer> {
    const payload =
      request.json === undefined ? undefined : Buffer.from(JSON.stringify(request.json))
    const headers = headersFor(this.auth, request)
    if (payload) headers['Content-Length'] = payload.length
    const answer = await bufferedExchange({
      method: request.method,
      url,
      headers,
      body: request.stream ?? payload,
      what: request.what,
      timeoutMs: request.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxBody: MAX_BODY,
      networkError: (message, cause) => new MendixNetworkError(message, { cause })
    })
    return { status: answer.status, retryAfter: answer.headers['retry-after'], text: answer.text }
  }

  /** The JSON body of a successful call. */
  async json<T>(request: ApiRequest): Promise<T> {
    return (await this.send(request)).body as T
  }
}
