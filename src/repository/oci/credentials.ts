import { ConfigurationError } from '../../errors.js'
import { githubAccess, type GitHubAccess } from '../../github/access.js'
import type { Logger } from '../../log.js'

/** A user name and password (or token) for a registry or its token service. */
export interface Credentials {
  username: string
  password: string
  /** The environment variables they came from, for messages. */
  source: string
}

/**
 * The prefix of the variables a registry's credentials come from (`<PREFIX>_USERNAME`,
 * `<PREFIX>_PASSWORD`): the package repository's by default; an image's base registry has its own.
 */
export const OCI_VARIABLES = 'MXDEPLOY_OCI'

/** What to tell a user whose registry refused or asked for credentials. */
export function credentialsHint(host: string, prefix = OCI_VARIABLES): string {
  const ghcr = isGhcr(host)
    ? ' (on ghcr.io the workflow GITHUB_TOKEN works: give the job `permissions: packages: write`)'
    : ''
  return `set ${prefix}_USERNAME and ${prefix}_PASSWORD for ${host}${ghcr}`
}

function isGhcr(host: string): boolean {
  return host.toLowerCase() === 'ghcr.io'
}

/**
 * Credentials for `host` from the environment: `<prefix>_USERNAME`/`_PASSWORD`
 * (MXDEPLOY_OCI_USERNAME/PASSWORD by default), else for ghcr.io GITHUB_TOKEN as GITHUB_ACTOR.
 * The GitHub token is never offered to another host.
 */
export function credentialsFromEnv(
  host: string,
  env: NodeJS.ProcessEnv,
  log: Logger,
  options: { prefix?: string; github?: GitHubAccess } = {}
): Credentials | undefined {
  const prefix = options.prefix ?? OCI_VARIABLES
  const github = options.github ?? githubAccess(env)
  const [userVariable, passwordVariable] = [`${prefix}_USERNAME`, `${prefix}_PASSWORD`]
  const username = env[userVariable]
  const password = env[passwordVariable]
  if (username || password) {
    if (!username || !password) {
      throw new ConfigurationError(
        `only one of ${userVariable} and ${passwordVariable} is set: set both for ${host}, or neither for anonymous access`
      )
    }
    log.secret(password)
    return { username, password, source: `${userVariable}/${passwordVariable}` }
  }
  const { token } = github
  if (isGhcr(host) && token) {
    log.secret(token)
    // GHCR checks the token, not the name; the actor keeps its audit log readable.
    return { username: github.actor || 'mxdeploy', password: token, source: 'GITHUB_TOKEN' }
  }
  return undefined
}
