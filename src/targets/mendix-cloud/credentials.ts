import { ConfigurationError } from '../../errors.js'
import type { Logger } from '../../log.js'

/** Deploy API v1/v2 and Backups API v2: a Mendix user's login name and API key. */
export interface ApiKeyAuth {
  kind: 'api-key'
  username: string
  apiKey: string
}

/** Deploy API v4: a personal access token. */
export interface PatAuth {
  kind: 'pat'
  token: string
}

export type MendixAuth = ApiKeyAuth | PatAuth

const API_KEY_HELP =
  'the Deploy API needs MENDIX_USERNAME (your Mendix login name) and MENDIX_API_KEY (an API key from Mendix Profile → API Keys; in GitHub Actions, a secret)'

/** The API key credentials from the environment, masked in the log; a ConfigurationError naming what is missing. */
export function apiKeyAuth(env: NodeJS.ProcessEnv, log: Logger): ApiKeyAuth {
  const username = env['MENDIX_USERNAME']?.trim()
  const apiKey = env['MENDIX_API_KEY']?.trim()
  const missing = [...(username ? [] : ['MENDIX_USERNAME']), ...(apiKey ? [] : ['MENDIX_API_KEY'])]
  if (missing.length > 0 || !username || !apiKey) {
    throw new ConfigurationError(
      `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set: ${API_KEY_HELP}`
    )
  }
  log.secret(apiKey)
  return { kind: 'api-key', username, apiKey }
}

/** The personal access token from MENDIX_PAT, masked in the log, or undefined. */
export function patAuth(env: NodeJS.ProcessEnv, log: Logger): PatAuth | undefined {
  const token = env['MENDIX_PAT']?.trim()
  if (!token) return undefined
  log.secret(token)
  return { kind: 'pat', token }
}

/** Whichever credentials are set, preferring the API key (v1) when both are. */
export function anyAuth(env: NodeJS.ProcessEnv, log: Logger): MendixAuth {
  if (env['MENDIX_API_KEY']?.trim() || env['MENDIX_USERNAME']?.trim()) return apiKeyAuth(env, log)
  const pat = patAuth(env, log)
  if (pat) return pat
  throw new ConfigurationError(
    `no Mendix credentials: set MENDIX_USERNAME and MENDIX_API_KEY (Deploy API v1, an API key from Mendix Profile → API Keys) or MENDIX_PAT (Deploy API v4, a personal access token with the mx:deployment:read scope)`
  )
}
