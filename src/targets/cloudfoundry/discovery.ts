import { ConfigurationError } from '../../errors.js'
import type { Logger } from '../../log.js'
import { TransientError, withRetries, type RetryPolicy } from '../../net/retry-policy.js'
import { retryAfterMs } from '../../net/transient.js'
import { parseBody } from '../../net/buffered-exchange.js'
import { CfNetworkError, exchange, secureUrl } from './exchange.js'

/** What the API root tells: where v3 is, where to log in, where the logs are. */
export interface CfEndpoints {
  /** `links.cloud_controller_v3.href`, without a trailing slash. */
  v3: string
  /** `links.login.href + /oauth/token`, where the cf CLI asks for tokens. */
  tokenUrl: URL
  /** `links.log_cache.href`, when the platform has log-cache. */
  logCache: string | undefined
}

interface Link {
  href?: unknown
}

function href(links: Record<string, Link | null | undefined>, name: string): string | undefined {
  const value = links[name]?.href
  return typeof value === 'string' && value ? value.replace(/\/+$/, '') : undefined
}

/**
 * Reads the API root (`GET /`, no authentication) for the v3, login and log-cache links. The
 * token endpoint is the login link's, as the cf CLI does (on most platforms login and uaa are the
 * same server, but not on all).
 */
export async function discover(
  api: string,
  where: string,
  retry: RetryPolicy,
  log: Logger
): Promise<CfEndpoints> {
  const url = secureUrl(`${api}/`, `the api of ${where}`)
  const what = `reading the API root ${url.origin}`
  const answer = await withRetries(
    retry,
    {
      what,
      advice: 'the Cloud Foundry API is unavailable: check the api: URL, or try again later',
      onRetry: (line) => log.info(line)
    },
    async () => {
      let raw
      try {
        raw = await exchange({
          method: 'GET',
          url,
          headers: { Accept: 'application/json' },
          what,
          timeoutMs: 60_000
        })
      } catch (error) {
        if (error instanceof CfNetworkError)
          throw new TransientError(error.message, { cause: error })
        throw error
      }
      if (raw.status === 429 || raw.status === 408 || raw.status >= 500) {
        throw new TransientError(`${what} failed with HTTP ${raw.status}`, {
          retryAfterMs: retryAfterMs(raw.retryAfter, retry.clock.now())
        })
      }
      return raw
    }
  )
  const body = parseBody(answer.text) as { links?: Record<string, Link | null> } | null
  const links = answer.status === 200 ? body?.links : undefined
  if (!links || typeof links !== 'object') {
    throw new ConfigurationError(
      `${where}: ${url.origin} is not a Cloud Foundry API (GET / answered ${answer.status} without links): set api: to the URL cf api shows`
    )
  }
  const v3 = href(links, 'cloud_controller_v3')
  if (!v3) {
    throw new ConfigurationError(
      `${where}: ${url.origin} offers no Cloud Controller v3 API (links.cloud_controller_v3): mxdeploy needs a platform that cf CLI v7 or later works with`
    )
  }
  const login = href(links, 'login') ?? href(links, 'uaa')
  if (!login) {
    throw new ConfigurationError(`${where}: ${url.origin} names no login server (links.login)`)
  }
  const logCache = href(links, 'log_cache')
  return {
    v3: secureUrl(v3, `the v3 link of ${url.origin}`).href.replace(/\/+$/, ''),
    tokenUrl: secureUrl(`${login}/oauth/token`, `the login link of ${url.origin}`),
    logCache: logCache
      ? secureUrl(logCache, `the log_cache link of ${url.origin}`).href.replace(/\/+$/, '')
      : undefined
  }
}
