import {
  ApiError,
  notFound,
  type ApiRequest,
  type ApiResponse,
  type HandlerContext
} from '../api-types.js'
import type { RepoState } from '../state/repo.js'

/** The repository a `/repos/{owner}/{repo}/…` request names; 404 as GitHub answers if unknown. */
export function repoOf(request: ApiRequest, context: HandlerContext): RepoState {
  const repo = context.state.findRepo(request.params.owner ?? '', request.params.repo ?? '')
  if (!repo) throw notFound()
  return repo
}

/** A numeric path parameter (`release_id`); 404 if it is not a number, as GitHub answers. */
export function idParam(request: ApiRequest, name: string): number {
  const value = Number(request.params[name])
  if (!Number.isSafeInteger(value)) throw notFound()
  return value
}

/** The JSON body as an object (the validator has checked its shape against the document). */
export function bodyOf(request: ApiRequest): Record<string, unknown> {
  const body = request.body
  return body !== null && typeof body === 'object' && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : {}
}

export function json(status: number, body: unknown, headers?: Record<string, string>): ApiResponse {
  return { status, body, ...(headers ? { headers } : {}) }
}

export function noContent(): ApiResponse {
  return { status: 204 }
}

/**
 * Something GitHub would do that the stand-in does not implement: fails the test (recorded
 * as a violation) rather than answering something GitHub would not.
 */
export function unsupported(what: string): ApiError {
  return new ApiError(501, `not implemented by the GitHub stand-in: ${what}`)
}

export function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}
