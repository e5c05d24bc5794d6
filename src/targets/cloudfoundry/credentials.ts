import { ConfigurationError } from '../../errors.js'
import type { Logger } from '../../log.js'

/** A technical user (password grant through the `cf` client) or an OAuth client of its own. */
export type CfCredentials =
  | { grant: 'password'; username: string; password: string }
  | { grant: 'client_credentials'; clientId: string; clientSecret: string }

const HELP =
  'set CF_USERNAME and CF_PASSWORD (a technical user of the platform) or CF_CLIENT_ID and CF_CLIENT_SECRET (a UAA client with the cloud_controller.read and cloud_controller.write authorities); in GitHub Actions, from secrets'

/** Who is logged in, for messages: `user ci@example.com` or `client mxdeploy-ci`. */
export function principal(credentials: CfCredentials): string {
  return credentials.grant === 'password'
    ? `user ${credentials.username}`
    : `client ${credentials.clientId}`
}

/**
 * The credentials from the environment, secrets masked in the log. A client wins over a user
 * when both are complete (it is what a pipeline is usually given); half of a pair is refused.
 */
export function cfCredentials(env: NodeJS.ProcessEnv, log: Logger): CfCredentials {
  const read = (name: string): string | undefined => env[name]?.trim() || undefined
  const [clientId, clientSecret] = [read('CF_CLIENT_ID'), read('CF_CLIENT_SECRET')]
  const [username, password] = [read('CF_USERNAME'), read('CF_PASSWORD')]
  if (clientId && clientSecret) {
    log.secret(clientSecret)
    return { grant: 'client_credentials', clientId, clientSecret }
  }
  if (username && password) {
    log.secret(password)
    return { grant: 'password', username, password }
  }
  const half = [
    [clientId, 'CF_CLIENT_ID', 'CF_CLIENT_SECRET'],
    [clientSecret, 'CF_CLIENT_SECRET', 'CF_CLIENT_ID'],
    [username, 'CF_USERNAME', 'CF_PASSWORD'],
    [password, 'CF_PASSWORD', 'CF_USERNAME']
  ].find(([value]) => value)
  if (half) {
    throw new ConfigurationError(`${half[1]} is set but ${half[2]} is not: ${HELP}`)
  }
  throw new ConfigurationError(`no Cloud Foundry credentials: ${HELP}`)
}
