import { ConfigurationError, OperationError } from '../../errors.js'
import { bufferedExchange } from '../../net/buffered-exchange.js'
import type { StreamBody } from '../../net/multipart.js'
import { MXDEPLOY_VERSION } from '../../version.js'

/** One HTTP request as sent: the body is bytes or a stream opened anew for each attempt. */
export interface RawRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  url: URL
  headers: Record<string, string>
  body?: Buffer | StreamBody
  /** What the call does, for messages. */
  what: string
  timeoutMs: number
}

/** What came back: status, the headers used here, and the body as text. */
export interface RawAnswer {
  status: number
  retryAfter: string | undefined
  /** `X-Cf-Warnings`, one value per warning, each CGI-escaped. */
  warnings: string[]
  text: string
}

/** No answer at all, or one cut off: a network fault. */
export class CfNetworkError extends OperationError {
  override name = 'CfNetworkError'
}

const MAX_BODY = 4 << 20

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host)
}

/**
 * A URL credentials and tokens may be sent to: https, or http on this machine only (a local
 * stand-in). `what` names it for the message: `the api of environment acceptance`.
 */
export function secureUrl(value: string, what: string): URL {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new ConfigurationError(`${what} is not a URL: ${value}`)
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname))) {
    return url
  }
  throw new ConfigurationError(
    `${what} is ${url.origin}: mxdeploy sends Cloud Foundry credentials and tokens only over https`
  )
}

function header(value: string | string[] | undefined): string[] {
  if (value === undefined) return []
  return Array.isArray(value) ? value : [value]
}

/** Sends one request and reads the whole answer (bounded); network faults become CfNetworkError. */
export async function exchange(request: RawRequest): Promise<RawAnswer> {
  const { body } = request
  const headers: Record<string, string | number> = {
    'User-Agent': `mxdeploy/${MXDEPLOY_VERSION}`,
    ...request.headers
  }
  if (body) {
    headers['Content-Length'] = body.length
    if (!Buffer.isBuffer(body)) headers['Content-Type'] = body.contentType
  }
  const answer = await bufferedExchange({
    ...request,
    headers,
    maxBody: MAX_BODY,
    networkError: (message, cause) => new CfNetworkError(message, { cause })
  })
  return {
    status: answer.status,
    retryAfter: header(answer.headers['retry-after'])[0],
    warnings: header(answer.headers['x-cf-warnings']),
    text: answer.text
  }
}

/** A warning header value as the Cloud Controller escapes it (Ruby's CGI.escape). */
export function decodeWarning(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '))
  } catch {
    return value
  }
}
