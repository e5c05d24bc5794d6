import { RequestError } from '@octokit/request-error'
import { ConfigurationError } from '../errors.js'

/** True for GitHub's primary or secondary rate-limit answers (403 or 429). */
export function isRateLimited(error: RequestError): boolean {
  if (error.status !== 403 && error.status !== 429) return false
  const headers = error.response?.headers ?? {}
  return /\bsecondary rate\b/i.test(error.message) || headers['x-ratelimit-remaining'] === '0'
}

/**
 * The error a caller sees once the factory has stopped retrying: the same `RequestError`
 * (status, request and response kept) with a message that names the call, what went wrong and
 * how many attempts were made. Errors that are not worth retrying are returned unchanged.
 */
export function explainFailure(error: unknown, attempts: number): unknown {
  if (!(error instanceof RequestError)) return error
  const what = describe(error)
  if (!what) return error
  const method = error.request.method
  const call = `${method} ${pathOf(error.request.url)}`
  const tries =
    attempts > 1
      ? `gave up after ${attempts} attempts (${attempts - 1} retries)`
      : 'it was not retried'
  const message = `GitHub API call ${call} ${what}; ${tries}`
  const explained = new RequestError(message, error.status, {
    request: error.request,
    ...(error.response ? { response: error.response } : {}),
    cause: error
  })
  return explained
}

function describe(error: RequestError): string | undefined {
  if (isRateLimited(error)) {
    const headers = error.response?.headers ?? {}
    const kind = /\bsecondary rate\b/i.test(error.message) ? 'secondary rate limit' : 'rate limit'
    const after = headers['retry-after'] ? `, retry-after ${headers['retry-after']}s` : ''
    return `was refused by GitHub's ${kind} (${error.status}${after}): ${error.message}`
  }
  if (error.status >= 500 && error.response) {
    return `failed with ${error.status}: ${error.message || 'server error'}`
  }
  if (error.status >= 500) {
    return `could not get an answer (connection failed, reset or timed out): ${error.message}`
  }
  return undefined
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname
  } catch {
    return url
  }
}

/**
 * GitHub's 401: the token itself is wrong, expired or revoked, which no permission or retry
 * mends. A ConfigurationError (exit 2) that says so and where the token comes from; anything
 * else is returned unchanged.
 */
export function rejectedToken(error: unknown): unknown {
  if (!(error instanceof RequestError) || error.status !== 401) return error
  const call = `${error.request.method} ${pathOf(error.request.url)}`
  return new ConfigurationError(
    `GitHub did not accept the token on ${call} (401 ${error.message}): it is wrong, expired or revoked; give a valid token in GITHUB_TOKEN or GH_TOKEN (in a workflow, the action's github-token input, github.token by default)`
  )
}
