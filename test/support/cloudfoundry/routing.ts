import type { IncomingHttpHeaders } from 'node:http'
import type { FakeState, FakeUser } from './model.js'

/** One request as a handler sees it. */
export interface Call {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  body: Buffer
  /** The parsed JSON body (null when none). */
  json: unknown
  user: FakeUser | undefined
  state: FakeState
  /** The stand-in's base URL, for absolute links. */
  base: string
}

export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
  /** Drop the connection instead of answering (status 0 in the request log). */
  reset?: boolean
  /** With reset: the call was made first, only its answer is lost. */
  lose?: boolean
}

export type Handler = (call: Call, params: string[]) => Reply | Promise<Reply>

export interface Route {
  /** Name for fault injection and the request log: `create-package`, `get-build`, … */
  name: string
  method: string
  pattern: RegExp
  /** none: the API root; uaa: the token endpoint; bearer: the Cloud Controller and log-cache. */
  auth: 'none' | 'uaa' | 'bearer'
  /** Query parameters the documented endpoint takes; anything else is CF-BadQueryParameter. */
  query?: string[]
  /** The Space Developer role is needed (a write). */
  write?: boolean
  handler: Handler
}

/** The v3 error body (concepts/errors): `{ "errors": [{ "code", "title", "detail" }] }`. */
export function cfError(status: number, title: string, code: number, detail: string): Reply {
  return { status, body: { errors: [{ code, title, detail }] } }
}

export const notFound = (what: string): Reply =>
  cfError(404, 'CF-ResourceNotFound', 10010, `${what} not found`)

export const unprocessable = (detail: string): Reply =>
  cfError(422, 'CF-UnprocessableEntity', 10008, detail)

export function ok(body: unknown, status = 200): Reply {
  return { status, body }
}

export function isReply(value: unknown): value is Reply {
  return typeof value === 'object' && value !== null && 'status' in value && !('guid' in value)
}

/**
 * The Cloud Controller's strict message validation: a body field it does not know is refused with
 * "Unknown field(s): 'x'" (422), as every v3 create/update message does.
 */
export function unknownFields(json: unknown, allowed: string[]): Reply | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return cfError(
      400,
      'CF-MessageParseError',
      1001,
      'Request invalid due to parse error: invalid request body'
    )
  }
  const extra = Object.keys(json).filter((key) => !allowed.includes(key))
  return extra.length
    ? unprocessable(`Unknown field(s): ${extra.map((key) => `'${key}'`).join(', ')}`)
    : undefined
}

/**
 * A page of a list as v3 paginates (concepts/pagination): `per_page` 1–5000 (default 50),
 * `page` from 1, absolute `first`/`last`/`next`/`previous` links; `cap` forces smaller pages.
 */
export function paginate<T>(
  call: Call,
  items: T[],
  present: (item: T) => unknown,
  cap?: number
): Reply {
  const perPageText = call.query.get('per_page') ?? '50'
  const pageText = call.query.get('page') ?? '1'
  const perPage = Number(perPageText)
  const page = Number(pageText)
  if (!/^\d+$/.test(perPageText) || perPage < 1 || perPage > 5000) {
    return cfError(
      400,
      'CF-BadQueryParameter',
      10005,
      'The query parameter is invalid: Per page must be between 1 and 5000'
    )
  }
  if (!/^\d+$/.test(pageText) || page < 1) {
    return cfError(
      400,
      'CF-BadQueryParameter',
      10005,
      'The query parameter is invalid: Page must be greater than 0'
    )
  }
  const size = cap ? Math.min(cap, perPage) : perPage
  const pages = Math.max(1, Math.ceil(items.length / size))
  const link = (n: number): { href: string } => {
    const query = new URLSearchParams(call.query)
    query.set('page', String(n))
    query.set('per_page', String(size))
    return { href: `${call.base}${call.path}?${query.toString()}` }
  }
  return ok({
    pagination: {
      total_results: items.length,
      total_pages: pages,
      first: link(1),
      last: link(pages),
      next: page < pages ? link(page + 1) : null,
      previous: page > 1 ? link(page - 1) : null
    },
    resources: items.slice((page - 1) * size, page * size).map(present)
  })
}

/** A comma-separated filter (`names=a,b`). */
export function filter(call: Call, name: string): string[] | undefined {
  const value = call.query.get(name)
  return value === null ? undefined : value.split(',')
}
