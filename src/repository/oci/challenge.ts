/** One `WWW-Authenticate` challenge: its scheme (lower case) and auth-params. */
export interface Challenge {
  scheme: string
  params: Record<string, string>
}

// auth-param = token BWS "=" BWS ( token / quoted-string )   (RFC 9110 §11.2)
const PARAM = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^\s,]*)\s*(?:,|$)/

/**
 * Parses the challenges of a `WWW-Authenticate` header, such as
 * `Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:o/r:pull"`.
 */
export function parseChallenges(header: string | string[] | undefined): Challenge[] {
  const values = Array.isArray(header) ? header : header === undefined ? [] : [header]
  const challenges: Challenge[] = []
  for (const value of values) {
    let rest = value.trim()
    while (rest) {
      const scheme = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)(?:\s+|$|,)/.exec(rest)
      if (!scheme) break
      rest = rest.slice(scheme[0].length)
      const params: Record<string, string> = {}
      for (let match = PARAM.exec(rest); match; match = PARAM.exec(rest)) {
        const raw = match[2]!
        params[match[1]!.toLowerCase()] = raw.startsWith('"')
          ? raw.slice(1, -1).replace(/\\(.)/g, '$1')
          : raw
        rest = rest.slice(match[0].length)
      }
      challenges.push({ scheme: scheme[1]!.toLowerCase(), params })
      rest = rest.replace(/^[\s,]+/, '')
    }
  }
  return challenges
}
