import type { IncomingMessage } from 'node:http'
import type { Tokens } from './auth.js'
import type { Outcome, RecordedCall } from './dispatch.js'
import type { StandInState } from './state/state.js'

export interface GraphqlContext {
  tokens: Tokens
  state: StandInState
  violation(message: string): void
  record(call: RecordedCall): void
}

const DOCS = 'https://docs.github.com/graphql'
// The one query mxdeploy sends: who the token acts as (GET /user refuses installation tokens).
const VIEWER_LOGIN = /^(?:query(?:\s+\w+)?\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}$/

function answer(status: number, body: unknown): Outcome {
  return { kind: 'respond', response: { status, body, headers: {} } }
}

/**
 * `POST /api/graphql`, as GHES serves it, for the only query mxdeploy makes: `viewer { login }`,
 * which GitHub answers for installation tokens (`github-actions[bot]`) and personal tokens alike.
 * Any other query is a violation: add it here when mxdeploy starts to use it.
 */
export function serveGraphql(
  context: GraphqlContext,
  message: IncomingMessage,
  url: URL,
  bytes: Buffer
): Outcome {
  let parsed: unknown
  try {
    parsed = JSON.parse(bytes.toString('utf8'))
  } catch {
    parsed = undefined
  }
  const call: RecordedCall = {
    method: message.method ?? 'GET',
    route: 'POST /graphql',
    url: url.href,
    status: 0,
    body: parsed,
    headers: message.headers
  }
  context.record(call)
  const outcome = respond(context, message, parsed)
  call.status = outcome.kind === 'respond' ? outcome.response.status : 'reset'
  return outcome
}

function respond(context: GraphqlContext, message: IncomingMessage, parsed: unknown): Outcome {
  if (message.method !== 'POST') {
    context.violation(`${message.method} /api/graphql: GitHub's GraphQL API takes POST only`)
    return answer(404, { message: 'Not Found', documentation_url: DOCS })
  }
  const auth = context.tokens.authenticate(message.headers.authorization)
  if (!auth.ok) {
    const text =
      auth.message === 'Bad credentials'
        ? 'Bad credentials'
        : 'This endpoint requires you to be authenticated.'
    return answer(401, { message: text, documentation_url: DOCS })
  }
  const query = (parsed as { query?: unknown } | undefined)?.query
  if (typeof query !== 'string') {
    context.violation('POST /api/graphql: the body is not JSON with a "query" string')
    return answer(200, { errors: [{ message: 'A query attribute must be specified' }] })
  }
  if (!VIEWER_LOGIN.test(query.trim())) {
    context.violation(
      `POST /api/graphql: the stand-in answers only "query { viewer { login } }", not ${JSON.stringify(query)}`
    )
    return answer(501, {
      message: 'not implemented by the GitHub stand-in',
      documentation_url: DOCS
    })
  }
  return answer(200, { data: { viewer: { login: context.state.user(auth.user).login } } })
}
