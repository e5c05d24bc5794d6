import { cfError, type Call, type Reply, type Route } from './routing.js'

/**
 * What the Cloud Controller refuses before any handler runs: no token (CF-NotAuthenticated), an
 * unknown or expired one (CF-InvalidAuthToken), a write without the Space Developer role
 * (CF-NotAuthorized), a query parameter the endpoint does not take (CF-BadQueryParameter), a
 * body that is not JSON or an upload that is not multipart (CF-MessageParseError).
 */
/** Refuses what the route does not take: its token, its role, its query, its content type. */
export function checkRequest(route: Route, call: Call): Reply | undefined {
  if (route.auth === 'bearer') {
    const header = call.headers['authorization']
    if (!header) return cfError(401, 'CF-NotAuthenticated', 10002, 'Authentication error')
    const access = /^bearer (.+)$/i.exec(header)?.[1]
    const token = access ? call.state.tokens.get(access) : undefined
    if (!token?.valid) return cfError(401, 'CF-InvalidAuthToken', 1000, 'Invalid Auth Token')
    call.user = token.user
    if (route.write && token.user && !token.user.spaceDeveloper) {
      return cfError(
        403,
        'CF-NotAuthorized',
        10003,
        'You are not authorized to perform the requested action'
      )
    }
  }
  if (route.query) {
    const unknown = [...new Set(call.query.keys())].filter((key) => !route.query!.includes(key))
    if (unknown.length) {
      return cfError(
        400,
        'CF-BadQueryParameter',
        10005,
        `The query parameter is invalid: Unknown query parameter(s): '${unknown.join("', '")}'`
      )
    }
  }
  if (route.auth === 'bearer' && route.name !== 'upload' && call.body.length > 0) {
    if (!/^application\/json\b/i.test(call.headers['content-type'] ?? '')) {
      return cfError(
        400,
        'CF-MessageParseError',
        1001,
        'Request invalid due to parse error: invalid request body'
      )
    }
  }
  if (
    route.name === 'upload' &&
    !/^multipart\/form-data\b/i.test(call.headers['content-type'] ?? '')
  ) {
    return cfError(
      400,
      'CF-MessageParseError',
      1001,
      'Request invalid due to parse error: invalid request body'
    )
  }
  return undefined
}
