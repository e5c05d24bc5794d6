import type { Reply } from './routing.js'

/**
 * A fault in front of a route: the rate limiter's 429 (with Retry-After, the errors body under a
 * text/plain content type, as base_rate_limiter.rb answers), a gateway's bare 5xx, or a
 * connection dropped before any answer (the call itself is not made), or after it (`lose`: the
 * call is made and its answer lost).
 */
export type CfFault =
  | { status: 429; retryAfter?: string }
  | { status: 502 | 503 | 504 }
  | { reset: true }
  | { lose: true }

/** The answer a fault gives in place of the route's. */
export function faultReply(fault: CfFault): Reply {
  let reply: Reply
  if ('lose' in fault) {
    reply = { status: 0, reset: true, lose: true }
  } else if ('reset' in fault) {
    reply = { status: 0, reset: true }
  } else if (fault.status === 429) {
    reply = {
      status: 429,
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        'X-RateLimit-Limit': '2000',
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': String(Math.floor(Date.now() / 1000) + 3600),
        ...(fault.retryAfter ? { 'Retry-After': fault.retryAfter } : {})
      },
      body: JSON.stringify({
        errors: [{ code: 10013, title: 'CF-RateLimitExceeded', detail: 'Rate Limit Exceeded' }]
      })
    }
  } else {
    reply = {
      status: fault.status,
      headers: { 'Content-Type': 'text/html' },
      body: `<html><body><h1>${fault.status} Service Unavailable</h1></body></html>`
    }
  }
  return reply
}

/** A warning header value as the Cloud Controller escapes it (Ruby's CGI.escape). */
export function cgiEscape(text: string): string {
  return encodeURIComponent(text)
    .replace(/%20/g, '+')
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/**
 * What tests put in front of routes: replies in place of the next calls, a warning header on
 * the next answer, something to do right after the next answered call.
 */
export class Interventions {
  private readonly replies = new Map<string, { reply: Reply; left: number }[]>()
  private readonly hooks = new Map<string, () => void>()
  private readonly warnings = new Map<string, string>()

  inject(route: string, reply: Reply, times: number): void {
    if (times <= 0) return
    const replies = this.replies.get(route) ?? []
    replies.push({ reply, left: times })
    this.replies.set(route, replies)
  }

  /** The reply in place of this call, if one is waiting. */
  take(route: string): Reply | undefined {
    const next = this.replies.get(route)?.[0]
    if (!next) return undefined
    if (--next.left <= 0) this.replies.get(route)!.shift()
    return next.reply
  }

  after(route: string, then: () => void): void {
    this.hooks.set(route, then)
  }

  warn(route: string, text: string): void {
    this.warnings.set(route, text)
  }

  /** A route answered: its waiting warning goes on the reply, its waiting hook runs. */
  answered(route: string, reply: Reply): void {
    const warning = this.warnings.get(route)
    if (warning !== undefined) {
      this.warnings.delete(route)
      reply.headers = { ...reply.headers, 'X-Cf-Warnings': cgiEscape(warning) }
    }
    const hook = this.hooks.get(route)
    if (hook) {
      this.hooks.delete(route)
      hook()
    }
  }
}
