/**
 * Answers that say "not now" rather than "no": request timeout, too many requests, and the
 * server-side failures a gateway or an overloaded server gives.
 */
export const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504])

/** Socket errors where the network, not the request, failed. */
const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETDOWN',
  'ENETUNREACH',
  'EHOSTDOWN',
  'EHOSTUNREACH',
  // Node's name for a request stream whose socket closed under it.
  'ERR_STREAM_PREMATURE_CLOSE'
])

/** Whether an errno-style code is a network fault worth another attempt. */
export function isTransientCode(code: string | undefined): boolean {
  return code !== undefined && TRANSIENT_CODES.has(code)
}

/**
 * The wait a `Retry-After` header asks for (RFC 9110 §10.2.3): delay-seconds or an HTTP-date,
 * in milliseconds from `now`; undefined when absent or unreadable.
 */
export function retryAfterMs(
  header: string | string[] | undefined,
  now: number
): number | undefined {
  const value = (Array.isArray(header) ? header[0] : header)?.trim()
  if (!value) return undefined
  if (/^\d+$/.test(value)) return Number(value) * 1000
  // RFC 9110's dates are GMT; the obsolete asctime form does not say so, and Date.parse would
  // read it as local time.
  const asctime = /^[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}$/.test(value)
  if (!asctime && !/ GMT$/.test(value)) return undefined
  const at = Date.parse(asctime ? `${value} GMT` : value)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}
