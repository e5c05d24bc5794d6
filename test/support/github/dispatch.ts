import type { IncomingMessage } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import {
  ApiError,
  type ApiRequest,
  type ApiResponse,
  type HandlerContext,
  type Route
} from './api-types.js'
import { acceptedPermissionsHeader, type Tokens } from './auth.js'
import {
  RATE_LIMIT_DOCS,
  RATE_LIMIT_MESSAGE,
  SECONDARY_RATE_LIMIT_DOCS,
  SECONDARY_RATE_LIMIT_MESSAGE,
  type Fault,
  type Faults
} from './faults.js'
import { openApiDocument, type Operation } from './openapi/document.js'
import { validateParameters, validateRequestBody, validateResponse } from './openapi/validator.js'

/** What the server writes: a response, or a reset connection (with or without half a body). */
export type Outcome =
  | { kind: 'respond'; response: ApiResponse }
  | { kind: 'reset' }
  | { kind: 'respond-then-reset'; response: ApiResponse }

/** One API call as the stand-in saw it; tests can read the log. */
export interface RecordedCall {
  method: string
  /** `POST /repos/{owner}/{repo}/deployments`, or the raw path if no operation matched. */
  route: string
  url: string
  /** The status answered; 0 while the call is still being answered. */
  status: number | 'reset'
  operationId?: string
  /** The parsed JSON body, if any. */
  body?: unknown
  headers: Record<string, string | string[] | undefined>
}

export interface DispatchSettings {
  routes: Map<string, Route>
  tokens: Tokens
  faults: Faults
  context: HandlerContext
  validate: boolean
  violation(message: string): void
  record(call: RecordedCall): void
}

/**
 * The API pipeline: match the operation in GitHub's document, validate the request, apply an
 * injected fault, authenticate and authorise, run the handler, validate its response.
 */
export async function dispatchApi(
  settings: DispatchSettings,
  message: IncomingMessage,
  url: URL,
  host: 'api' | 'uploads',
  bytes: Buffer
): Promise<Outcome> {
  const method = (message.method ?? 'GET').toUpperCase()
  const prefix = host === 'api' ? '/api/v3' : '/api/uploads'
  const path = url.pathname.slice(prefix.length) || '/'
  const call: RecordedCall = {
    method,
    route: `${method} ${path}`,
    url: url.href,
    status: 0,
    headers: message.headers
  }
  // Recorded on arrival, so a test sees a call that is still being answered (status 0).
  settings.record(call)
  const outcome = await pipeline(settings, message, url, host, path, bytes, call)
  call.status = outcome.kind === 'reset' ? 'reset' : outcome.response.status
  return outcome
}

async function pipeline(
  settings: DispatchSettings,
  message: IncomingMessage,
  url: URL,
  host: 'api' | 'uploads',
  path: string,
  bytes: Buffer,
  call: RecordedCall
): Promise<Outcome> {
  const method = call.method
  const document = openApiDocument()
  const found = document.match(method, path)
  if ('error' in found) {
    settings.violation(
      found.error === 'no-path'
        ? `${method} ${path}: GitHub's OpenAPI description has no such path`
        : `${method} ${path}: GitHub's OpenAPI description has this path, but not with ${method}`
    )
    return respond(errorResponse(404, 'Not Found', 'https://docs.github.com/rest'))
  }
  const { operation, params } = found
  const routeKey = `${method} ${operation.template}`
  call.route = routeKey
  call.operationId = operation.operationId
  const where = `${routeKey} (${operation.operationId})`
  const uploadsOnly = Array.isArray(operation.raw.servers)
  if (uploadsOnly !== (host === 'uploads')) {
    settings.violation(
      uploadsOnly
        ? `${where}: must be sent to the uploads host (the release's upload_url), not the API`
        : `${where}: sent to the uploads host, which serves only asset uploads`
    )
    return respond(errorResponse(404, 'Not Found', operation.docsUrl))
  }

  const contentType = message.headers['content-type']
  let json = parseJson(contentType, bytes)
  if (settings.validate) {
    const body = validateRequestBody(operation, contentType, bytes)
    json = body.json
    const problems = [...validateParameters(operation, params, url.searchParams).problems]
    problems.push(...body.problems)
    if (problems.length > 0) {
      const text = problems.join('; ')
      settings.violation(
        `${where}: the request does not match GitHub's OpenAPI description: ${text}`
      )
      return respond(
        errorResponse(
          400,
          `GitHub stand-in: the request does not match GitHub's OpenAPI description: ${text}`,
          operation.docsUrl
        )
      )
    }
  }

  call.body = json
  const fault = settings.faults.take(routeKey)
  if (fault) {
    const injected = await applyFault(fault)
    if (injected) return injected
  }

  const auth = settings.tokens.authenticate(message.headers.authorization)
  if (!auth.ok) return respond(errorResponse(401, auth.message, 'https://docs.github.com/rest'))
  const route = settings.routes.get(routeKey)
  if (!route) {
    settings.violation(`${where}: not implemented by the GitHub stand-in (add it under handlers/)`)
    return respond(
      errorResponse(501, `not implemented by the GitHub stand-in: ${routeKey}`, operation.docsUrl)
    )
  }
  if (!settings.tokens.allows(auth.token, route.permission)) {
    const response = errorResponse(403, 'Resource not accessible by integration', operation.docsUrl)
    response.headers = {
      ...response.headers,
      'x-accepted-github-permissions': acceptedPermissionsHeader(route.permission)
    }
    return respond(response)
  }

  const request: ApiRequest = {
    method,
    url,
    operation,
    params,
    query: url.searchParams,
    headers: message.headers,
    body: json,
    bytes,
    user: settings.context.state.user(auth.user)
  }
  let response: ApiResponse
  try {
    response = route.handle(request, settings.context)
  } catch (error) {
    if (!(error instanceof ApiError)) throw error
    if (error.status === 501) settings.violation(`${where}: ${error.message}`)
    response = errorResponse(error.status, error.message, operation.docsUrl, error.errors)
  }
  if (settings.validate && response.body !== undefined) {
    const problems = validateResponse(operation, response.status, 'application/json', response.body)
    if (problems.length > 0) {
      const text = problems.join('; ')
      settings.violation(
        `${where}: the stand-in's response does not match GitHub's OpenAPI description: ${text}`
      )
      return respond(
        errorResponse(
          500,
          `GitHub stand-in: its response does not match GitHub's OpenAPI description: ${text}`,
          operation.docsUrl
        )
      )
    }
  } else if (settings.validate && response.status < 300 && response.status !== 204) {
    checkBodyless(settings, where, operation, response)
  }
  return fault?.fault === 'reset' ? { kind: 'respond-then-reset', response } : respond(response)
}

/** A documented answer without JSON (a 302 to storage) must still be a documented status. */
function checkBodyless(
  settings: DispatchSettings,
  where: string,
  operation: Operation,
  response: ApiResponse
): void {
  const problems = validateResponse(operation, response.status, response.contentType, undefined)
  if (problems.length > 0) settings.violation(`${where}: ${problems.join('; ')}`)
}

async function applyFault(fault: Fault): Promise<Outcome | undefined> {
  switch (fault.fault) {
    case 'delay':
      await sleep(fault.ms)
      return undefined
    case 'reset':
      return fault.when === 'before-response' ? { kind: 'reset' } : undefined
    case 'status':
      if (fault.status === 502) {
        return respond({
          status: 502,
          bytes: Buffer.from('<html><body><h1>502 Bad Gateway</h1></body></html>\n'),
          contentType: 'text/html'
        })
      }
      return respond(
        errorResponse(
          fault.status,
          fault.status === 503 ? 'Service Unavailable' : 'Server Error',
          'https://docs.github.com/rest'
        )
      )
    case 'secondary-rate-limit': {
      const response = errorResponse(
        fault.status ?? 403,
        SECONDARY_RATE_LIMIT_MESSAGE,
        SECONDARY_RATE_LIMIT_DOCS
      )
      response.headers = { ...response.headers, 'retry-after': String(fault.retryAfter) }
      return respond(response)
    }
    case 'rate-limit': {
      const response = errorResponse(fault.status ?? 429, RATE_LIMIT_MESSAGE, RATE_LIMIT_DOCS)
      const reset = Math.floor(Date.now() / 1000) + fault.retryAfter
      response.headers = {
        ...response.headers,
        'retry-after': String(fault.retryAfter),
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': '5000',
        'x-ratelimit-reset': String(reset),
        'x-ratelimit-resource': 'core'
      }
      return respond(response)
    }
  }
}

function parseJson(contentType: string | undefined, bytes: Buffer): unknown {
  if (!contentType?.includes('json') || bytes.length === 0) return undefined
  try {
    return JSON.parse(bytes.toString('utf8'))
  } catch {
    return undefined
  }
}

function respond(response: ApiResponse): Outcome {
  return { kind: 'respond', response }
}

/** GitHub's error body: message, documentation_url, status (a string), errors for 422s. */
export function errorResponse(
  status: number,
  message: string,
  documentationUrl: string,
  errors?: Record<string, unknown>[]
): ApiResponse {
  return {
    status,
    body: {
      message,
      ...(errors ? { errors } : {}),
      documentation_url: documentationUrl,
      status: String(status)
    },
    headers: {}
  }
}
