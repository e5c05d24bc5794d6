/** A misbehaviour the stand-in shows on matching requests, as GitHub or the network can. */
export type Fault =
  /** An error status with GitHub's body for it (JSON, or an HTML page for 502). */
  | { fault: 'status'; status: 500 | 502 | 503 }
  /** GitHub's secondary rate limit: 403 (or 429) with `retry-after` and GitHub's message. */
  | { fault: 'secondary-rate-limit'; retryAfter: number; status?: 403 | 429 }
  /** The primary rate limit: 429 (or 403), `x-ratelimit-remaining: 0`, reset and retry-after. */
  | { fault: 'rate-limit'; retryAfter: number; status?: 403 | 429 }
  /**
   * The connection is reset. `before-response`: the request is not processed. `mid-body`: the
   * request IS processed (a POST takes effect), headers and half the body are sent, then reset.
   */
  | { fault: 'reset'; when: 'before-response' | 'mid-body' }
  /** The answer is held back `ms` milliseconds, then given normally. */
  | { fault: 'delay'; ms: number }

export type FaultRule = Fault & {
  /** `'POST /repos/{owner}/{repo}/deployments'` as GitHub's document spells it, or `'*'`. */
  route: string
  /** How many matching requests it hits (default 1); `Infinity` for all. */
  times?: number
}

/** One injected fault; `hits` counts the requests it has hit so far. */
export interface InjectedFault {
  readonly rule: FaultRule
  readonly hits: number
  /** Stops it hitting further requests. */
  remove(): void
}

interface Entry {
  rule: FaultRule
  hits: number
  removed: boolean
}

/** The faults waiting for requests, consulted in the order they were added. */
export class Faults {
  private entries: Entry[] = []

  add(rule: FaultRule): InjectedFault {
    const entry: Entry = { rule, hits: 0, removed: false }
    this.entries.push(entry)
    return {
      rule,
      get hits() {
        return entry.hits
      },
      remove: () => {
        entry.removed = true
      }
    }
  }

  /** The fault for a request to `route` (`METHOD /template`), counting the hit; or none. */
  take(route: string): Fault | undefined {
    for (const entry of this.entries) {
      if (entry.removed) continue
      if (entry.rule.route !== '*' && entry.rule.route !== route) continue
      if (entry.hits >= (entry.rule.times ?? 1)) continue
      entry.hits++
      return entry.rule
    }
    return undefined
  }

  clear(): void {
    this.entries = []
  }
}

export const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
  'If you reach out to GitHub Support for help, please include the request ID ' +
  'C0DE:7E57:5A1D:5EED:0001.'
export const SECONDARY_RATE_LIMIT_DOCS =
  'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
export const RATE_LIMIT_MESSAGE =
  'API rate limit exceeded for installation ID 4242. If you reach out to GitHub Support for ' +
  'help, please include the request ID C0DE:7E57:5A1D:5EED:0002 and timestamp 2025-01-01 00:00:00 UTC.'
export const RATE_LIMIT_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
