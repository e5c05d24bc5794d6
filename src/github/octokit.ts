import { Octokit as RestOctokit } from '@octokit/rest'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck/light.js'
import { silentLogger, type Logger } from '../log.js'
import { MXDEPLOY_VERSION } from '../version.js'
import { attemptsOf, fetchWithTimeout, requestAttempts } from './request-attempts.js'
import { explainFailure, rejectedToken } from './request-failure.js'

export interface OctokitOptions {
  /** The token to authenticate with (the workflow's `github.token` or a PAT). Never logged. */
  token: string
  /** API root; defaults to `GITHUB_API_URL` (set by the runner, also on GHES), then api.github.com. */
  baseUrl?: string
  /** Where retries and rate-limit waits are reported. */
  logger?: Logger
  /** Retries of 5xx answers, timeouts and lost connections (default 3: waits 1, 4, 9 units). */
  retries?: number
  /** Retries after a primary or secondary rate limit, each waiting what GitHub asks (default 3). */
  rateLimitRetries?: number
  /** A rate limit that asks for a longer wait than this (in seconds) fails at once (default 600). */
  maxRateLimitWaitSeconds?: number
  /** Milliseconds in one unit of retry wait; GitHub's `retry-after` counts in these (default 1000). */
  retryUnitMs?: number
  /** Minimum gap between writes; omitted: plugin-throttling's own (1 s, 3 s for notifying writes). */
  writeSpacingMs?: number
  /** Each attempt (connect, send, receive) is abandoned and retried after this long (default 300 s). */
  timeoutMs?: number
}

const DEFAULTS = {
  retries: 3,
  rateLimitRetries: 3,
  maxRateLimitWaitSeconds: 600,
  retryUnitMs: 1000,
  timeoutMs: 300_000
}

// Attempt counting must wrap each single request, so it is the first (innermost) plugin.
const MxdeployOctokit = RestOctokit.plugin(requestAttempts, retry, throttling)

/** The one GitHub client of mxdeploy: retries, throttling, GHES base URL, a clear final error. */
export function createOctokit(options: OctokitOptions): Octokit {
  const settings = { ...DEFAULTS, ...definedOnly(options) }
  const logger = options.logger ?? silentLogger
  const baseUrl = options.baseUrl ?? (process.env.GITHUB_API_URL || 'https://api.github.com')
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _o: unknown, count: number) => {
      const call = `${request.method} ${request.url}`
      if (count >= settings.rateLimitRetries) {
        logger.warning(`GitHub ${kind} on ${call}: giving up after ${count} retries`)
        return false
      }
      if (retryAfter > settings.maxRateLimitWaitSeconds) {
        logger.warning(
          `GitHub ${kind} on ${call}: it asks to wait ${retryAfter}s, more than the ` +
            `${settings.maxRateLimitWaitSeconds}s mxdeploy waits; giving up`
        )
        return false
      }
      logger.info(
        `GitHub ${kind} on ${call}: retrying in ${retryAfter}s ` +
          `(retry ${count + 1} of ${settings.rateLimitRetries})`
      )
      return true
    }
  const spacing =
    settings.writeSpacingMs === undefined
      ? {}
      : {
          write: new Bottleneck.Group({ maxConcurrent: 1, minTime: settings.writeSpacingMs }),
          notifications: new Bottleneck.Group({
            maxConcurrent: 1,
            minTime: settings.writeSpacingMs
          })
        }
  const octokit = new MxdeployOctokit({
    auth: options.token,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    userAgent: `mxdeploy/${MXDEPLOY_VERSION}`,
    request: { fetch: fetchWithTimeout(settings.timeoutMs) },
    log: {
      // Octokit logs every failed request as an error, expected 404s and retried 503s too;
      // what matters reaches the caller as the final error instead.
      debug: () => undefined,
      info: () => undefined,
      warn: (message: string) => logger.warning(message),
      error: () => undefined
    },
    retry: {
      retries: settings.retries,
      retryAfterBaseValue: settings.retryUnitMs,
      // Rate limits (403/429) belong to the throttling plugin; the rest are the caller's to handle.
      doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451]
    },
    throttle: {
      retryAfterBaseValue: settings.retryUnitMs,
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
      ...spacing
    }
  })
  // Registered after the plugins, so it is the outermost wrap and sees the final outcome.
  octokit.hook.wrap('request', async (request, requestOptions) => {
    try {
      return await request(requestOptions)
    } catch (error) {
      throw rejectedToken(explainFailure(error, attemptsOf(requestOptions)))
    }
  })
  return octokit
}

/** The client createOctokit makes: the REST client (its retry and throttling plugins are inside). */
export type Octokit = RestOctokit

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
