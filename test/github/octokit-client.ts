import { RequestError } from '@octokit/request-error'
import { createOctokit, type OctokitOptions } from '../../src/github/octokit.js'
import type { Logger } from '../../src/log.js'
import type { GitHubStandIn } from '../support/github/index.js'

/** A logger that keeps what it is told, so tests can read retry messages. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: (message) => lines.push(`info: ${message}`),
    warning: (message) => lines.push(`warning: ${message}`),
    error: (message) => lines.push(`error: ${message}`),
    secret: () => undefined
  }
}

/** mxdeploy's client pointed at the stand-in, with waits of a millisecond instead of a second. */
export function clientFor(gh: GitHubStandIn, options: Partial<OctokitOptions> = {}) {
  return createOctokit({
    token: gh.token,
    baseUrl: gh.apiUrl,
    retryUnitMs: 1,
    writeSpacingMs: 0,
    ...options
  })
}

/** What a failed call looked like; fails the test if the call succeeded. */
export interface Failure {
  status: number
  message: string
  data: any
  headers: Record<string, string | number | undefined>
  error: RequestError
}

export async function failureOf(call: Promise<unknown>): Promise<Failure> {
  try {
    await call
  } catch (error) {
    if (!(error instanceof RequestError)) throw error
    return {
      status: error.status,
      message: error.message,
      data: error.response?.data,
      headers: error.response?.headers ?? {},
      error
    }
  }
  throw new Error('expected the GitHub call to fail, but it succeeded')
}
