import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http'
import https from 'node:https'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { OperationError, errnoCode } from '../../errors.js'
import { TransientError } from '../../net/retry-policy.js'
import { isTransientCode, retryAfterMs, TRANSIENT_STATUSES } from '../../net/transient.js'

/** A request body: bytes, or a function that opens a fresh stream (so a request can be resent). */
export type Body = Buffer | { length: number; open: () => Readable }

export interface HttpRequest {
  method: string
  url: URL
  headers?: Record<string, string>
  body?: Body
}

export interface HttpResponse {
  status: number
  headers: IncomingHttpHeaders
  /** The body, unread; call `bytes()`, `text()` or `discard()`, or pipe it. */
  stream: IncomingMessage
  bytes(): Promise<Buffer>
  text(): Promise<string>
  discard(): Promise<void>
}

/** Seconds without a byte either way before a request is given up. */
const IDLE_SECONDS = 120

const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 8 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 8 })
}

/**
 * A network failure described for a person: which host, and what happened. A dropped, refused or
 * timed-out connection is a TransientError, worth another attempt.
 */
function networkError(url: URL, what: string, error: unknown): OperationError {
  const code = errnoCode(error)
  const host = url.host
  const reason =
    code === 'ECONNREFUSED'
      ? `refused the connection: is the registry running at ${url.origin}?`
      : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
        ? `could not be resolved (${code}): check the host in the repository URI`
        : code === 'ECONNRESET' || code === 'EPIPE'
          ? `reset the connection (${code}) during ${what}`
          : code === 'ETIMEDOUT'
            ? `did not answer for ${IDLE_SECONDS} s during ${what}`
            : `failed during ${what}: ${error instanceof Error ? error.message : String(error)}`
  const message = `registry ${host} ${reason}`
  return isTransientCode(code)
    ? new TransientError(message, { cause: error })
    : new OperationError(message, { cause: error })
}

/**
 * Sends one HTTP request and resolves once the response headers arrive; the body is left for the
 * caller. Network failures become OperationErrors that name the host.
 */
export function send(request: HttpRequest): Promise<HttpResponse> {
  const { method, url, body } = request
  const what = `${method} ${url.pathname}`
  const client = url.protocol === 'https:' ? https : http
  const headers: Record<string, string> = { ...request.headers }
  if (body !== undefined) headers['Content-Length'] = String(body.length)
  return new Promise<HttpResponse>((resolve, reject) => {
    let settled = false
    const fail = (error: unknown): void => {
      if (settled) return
      settled = true
      reject(error instanceof OperationError ? error : networkError(url, what, error))
    }
    const req = client.request(
      url,
      { method, headers, agent: agents[url.protocol as 'http:' | 'https:'] },
      (res) => {
        settled = true
        // Errors while the caller reads the body surface on the response stream itself.
        res.on('error', () => undefined)
        resolve(response(res, url, what))
      }
    )
    req.setTimeout(IDLE_SECONDS * 1000, () => {
      req.destroy(Object.assign(new Error('idle timeout'), { code: 'ETIMEDOUT' }))
    })
    req.on('error', fail)
    if (body === undefined) req.end()
    else if (Buffer.isBuffer(body)) req.end(body)
    else {
      // A server that answers early (an error) may close before the body is sent: its answer
      // wins, so a failed pipe only rejects when no response came.
      pipeline(body.open(), req).catch(fail)
    }
  })
}

function response(res: IncomingMessage, url: URL, what: string): HttpResponse {
  const read = async (): Promise<Buffer> => {
    const chunks: Buffer[] = []
    let size = 0
    try {
      for await (const chunk of res) {
        const buffer = chunk as Buffer
        size += buffer.length
        // Registry answers are small JSON; never hold an unexpected large body.
        if (size > 8 << 20) throw new OperationError(`registry ${url.host}: answer too large`)
        chunks.push(buffer)
      }
    } catch (error) {
      throw error instanceof OperationError ? error : networkError(url, what, error)
    }
    return Buffer.concat(chunks)
  }
  return {
    status: res.statusCode ?? 0,
    headers: res.headers,
    stream: res,
    bytes: read,
    text: async () => (await read()).toString('utf8'),
    discard: async () => {
      res.resume()
      if (res.complete || res.destroyed) return
      await new Promise<void>((done) => {
        res.once('end', done)
        res.once('close', done)
      })
    }
  }
}

/**
 * Throws a TransientError, after draining the body, when the answer is one that says "later"
 * (408, 429, 5xx), with the wait its Retry-After asks for; `describe` says what was answered.
 */
export async function throwIfTransient(
  res: HttpResponse,
  now: number,
  describe: () => Promise<string>
): Promise<void> {
  if (!TRANSIENT_STATUSES.has(res.status)) return
  const message = await describe()
  await res.discard()
  throw new TransientError(message, { retryAfterMs: retryAfterMs(res.headers['retry-after'], now) })
}

/** Wraps a failure seen while streaming a response body into an error that names the host. */
export function streamError(url: URL, what: string, error: unknown): OperationError {
  return error instanceof OperationError ? error : networkError(url, what, error)
}
