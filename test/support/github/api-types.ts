import type { IncomingHttpHeaders } from 'node:http'
import type { Operation } from './openapi/document.js'
import type { Permission } from './auth.js'
import type { StandInState, UserRecord } from './state/state.js'
import type { Urls } from './urls.js'

/** A request the stand-in's dispatcher has matched to an operation of GitHub's document. */
export interface ApiRequest {
  method: string
  /** The URL the client called, for building `Link` headers. */
  url: URL
  operation: Operation
  /** Path parameters, percent-decoded strings. */
  params: Record<string, string>
  query: URLSearchParams
  headers: IncomingHttpHeaders
  /** The parsed JSON body, if the request sent one. */
  body: unknown
  /** The raw request body. */
  bytes: Buffer
  /** The user the request's token belongs to. */
  user: UserRecord
}

export interface ApiResponse {
  status: number
  /** A JSON body. */
  body?: unknown
  /** A raw body (with `contentType`), for downloads. */
  bytes?: Buffer
  contentType?: string
  headers?: Record<string, string>
}

export interface HandlerContext {
  state: StandInState
  urls: Urls
}

export type Handler = (request: ApiRequest, context: HandlerContext) => ApiResponse

/** One implemented operation: `route` spells it as GitHub's document does (`GET /repos/...`). */
export interface Route {
  route: string
  /** What a fine-grained token needs; any one of a list is enough. */
  permission: Permission | Permission[]
  handle: Handler
}

/** An error answer in GitHub's shape; handlers throw it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, unknown>[]
  ) {
    super(message)
  }
}

export function notFound(): ApiError {
  return new ApiError(404, 'Not Found')
}

/** GitHub's 422 with one entry in `errors` (resource, code, field), as it answers duplicates. */
export function validationFailed(resource: string, code: string, field: string): ApiError {
  return new ApiError(422, 'Validation Failed', [{ resource, code, field }])
}

/** GitHub's 422 whose message says what is wrong (refs, reviews). */
export function unprocessable(message: string): ApiError {
  return new ApiError(422, message)
}
