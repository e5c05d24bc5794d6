import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { pipeline } from 'node:stream/promises'
import type { StreamBody } from './multipart.js'

/** One HTTP request of a JSON API: the body is bytes, or a stream opened anew for each attempt. */
export interface BufferedRequest {
  method: string
  url: URL
  headers: Record<string, string | number>
  body?: Buffer | StreamBody | undefined
  /** What the call does, for messages: `list the apps of space acceptance`. */
  what: string
  timeoutMs: number
  /** Largest answer kept; the rest is read and dropped (an API answers in kilobytes). */
  maxBody: number
  /** The error of a network fault (no answer, a cut answer, a timeout), as the caller names it. */
  networkError: (message: string, cause?: unknown) => Error
}

/** The answer, read whole: status, headers and the body as text. */
export interface BufferedAnswer {
  status: number
  headers: IncomingHttpHeaders
  text: string
}

/**
 * Sends one request and reads its answer whole (bounded). Network faults become the caller's
 * error, naming the host and what the call was for, so retries can tell them from answers.
 */
export function bufferedExchange(request: BufferedRequest): Promise<BufferedAnswer> {
  const { url, body, what, networkError } = request
  return new Promise<BufferedAnswer>((resolve, reject) => {
    // The timeout's own error passes through the request's error event as it is.
    const ours = new WeakSet<Error>()
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest
    const req = send(
      url,
      { method: request.method, headers: request.headers },
      (res: IncomingMessage) => {
        const chunks: Buffer[] = []
        let size = 0
        res.on('data', (chunk: Buffer) => {
          size += chunk.length
          if (size <= request.maxBody) chunks.push(chunk)
        })
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8')
          })
        )
        res.on('error', (error) =>
          reject(
            networkError(
              `${what}: the answer from ${url.host} was cut off: ${error.message}`,
              error
            )
          )
        )
      }
    )
    req.setTimeout(request.timeoutMs, () => {
      const timeout = networkError(
        `${what}: ${url.host} did not answer within ${(request.timeoutMs / 1000).toFixed(1)} s`
      )
      ours.add(timeout)
      req.destroy(timeout)
    })
    req.on('error', (error) =>
      reject(
        ours.has(error)
          ? error
          : networkError(`${what}: cannot reach ${url.host}: ${error.message}`, error)
      )
    )
    if (body && !Buffer.isBuffer(body)) {
      pipeline(body.open(), req).catch((error: unknown) =>
        req.destroy(error instanceof Error ? error : new Error(String(error)))
      )
    } else {
      req.end(body)
    }
  })
}

/** An answer's body as JSON, text when it is not JSON, null when empty. */
export function parseBody(text: string): unknown {
  const trimmed = text.trim()
  if (!trimmed) return null
  try {
    return JSON.parse(trimmed) as unknown
  } catch {
    return trimmed
  }
}
