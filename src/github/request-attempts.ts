import type { Octokit } from '@octokit/core'
import { RequestError } from '@octokit/request-error'

const attempts = new WeakMap<object, number>()

/** How many times a request was sent, retries included (0 if it never went through the factory). */
export function attemptsOf(options: object): number {
  return attempts.get(options) ?? 0
}

/**
 * The innermost plugin: counts attempts and turns a response whose body was cut off into a
 * retryable error. Octokit swallows a body that fails mid-read (it yields `''` or an empty
 * buffer), so without this a reset connection would look like a successful empty answer.
 */
export function requestAttempts(octokit: Octokit): void {
  octokit.hook.wrap('request', async (request, options) => {
    attempts.set(options, attemptsOf(options) + 1)
    const response = await request(options)
    const problem = truncation(response.headers, response.data)
    if (problem) {
      // Status 500, as octokit itself reports a failed connection, so plugin-retry retries it.
      throw new RequestError(`the response body ${problem}`, 500, {
        request: options,
        response
      })
    }
    return response
  })
}

function truncation(headers: Record<string, unknown>, data: unknown): string | undefined {
  const type = typeof headers['content-type'] === 'string' ? headers['content-type'] : ''
  if (/^application\/(scim\+)?json/i.test(type) && typeof data === 'string') {
    return data === '' ? 'was cut off (empty JSON body)' : 'was cut off (JSON does not parse)'
  }
  const declared = Number(headers['content-length'])
  const encoded = headers['content-encoding'] && headers['content-encoding'] !== 'identity'
  if (data instanceof ArrayBuffer && !encoded && Number.isFinite(declared)) {
    if (data.byteLength < declared) {
      return `was cut off (${data.byteLength} of ${declared} bytes)`
    }
  }
  return undefined
}

/** A fetch whose every attempt (connection, upload and body) is bounded by `timeoutMs`. */
export function fetchWithTimeout(timeoutMs: number): typeof fetch {
  return (input, init) => {
    // TimeoutError, unlike AbortError, becomes a RequestError with status 500, which is retried.
    const timeout = AbortSignal.timeout(timeoutMs)
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout
    return fetch(input, { ...init, signal })
  }
}
