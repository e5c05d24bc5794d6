import type { IncomingHttpHeaders } from 'node:http'
import type { FakeApp, FakeEnvironment, FakeState, FakeUser, Right } from './model.js'

/** One request as a handler sees it. */
export interface Call {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  body: Buffer
  json: unknown
  user: FakeUser | undefined
  state: FakeState
}

export interface Reply {
  status: number
  body?: unknown
  /** Extra response headers, such as Retry-After. */
  headers?: Record<string, string>
  /** Drop the connection instead of answering (status is then 0 in the request log). */
  reset?: boolean
}

export type Handler = (call: Call, params: string[]) => Reply | Promise<Reply>

export interface Route {
  /** Name for failure injection and the request log: `transport`, `start-status`, … */
  name: string
  method: string
  pattern: RegExp
  /** v1/v2/backups authenticate with an API key, v4 with a PAT. */
  auth: 'api-key' | 'pat'
  handler: Handler
}

/** The error body: the documents list status, code and description per call. */
export function fail(status: number, code: string, message: string): Reply {
  return { status, body: { errorCode: code, errorMessage: message } }
}

export function ok(body?: unknown): Reply {
  return { status: 200, body }
}

/** The app by AppId, or the documented 404. */
export function findApp(call: Call, appId: string): FakeApp | Reply {
  const app = call.state.apps.find((a) => a.AppId === appId)
  return app ?? fail(404, 'APP_NOT_FOUND', 'App not found')
}

/** The environment by Mode (the documents' examples use any case), or the documented 404. */
export function findEnvironment(app: FakeApp, mode: string): FakeEnvironment | Reply {
  const env = app.environments.find((e) => e.Mode.toLowerCase() === mode.toLowerCase())
  return env ?? fail(404, 'ENVIRONMENT_NOT_FOUND', 'Environment not found.')
}

export function isReply(value: unknown): value is Reply {
  return typeof value === 'object' && value !== null && 'status' in value
}

/** Whether the user has a right on the environment (a Mode not listed has all). */
export function hasRight(user: FakeUser | undefined, env: FakeEnvironment, right: Right): boolean {
  const rights = user?.rights.get(env.Mode.toLowerCase())
  return rights === undefined || rights.has(right)
}

/** NO_ACCESS unless the user has API Rights (and `right`, when given) on the environment. */
export function refuse(call: Call, env: FakeEnvironment, right?: Right): Reply | undefined {
  if (!hasRight(call.user, env, 'api')) return fail(403, 'NO_ACCESS', 'You do not have access')
  if (right === 'backups' && !hasRight(call.user, env, 'backups')) {
    return fail(
      403,
      'NO_ACCESS',
      'The user does not have access to the backups of this environment.'
    )
  }
  if (right === 'transport' && !hasRight(call.user, env, 'transport')) {
    return fail(403, 'NO_ACCESS', 'You do not have access')
  }
  return undefined
}
