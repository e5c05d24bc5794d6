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

/** What to tell a user whose registry refused or asked for credentials. */
export function credentialsHint(host: string): string {
  const ghcr = isGhcr(host)
    ? ' (on ghcr.io the workflow GITHUB_TOKEN works: give the job `permissions: packages: write`)'
    : ''
  return `set MXDEPLOY_OCI_USERNAME and MXDEPLOY_OCI_PASSWORD for ${host}${ghcr}`
}

function isGhcr(host: string): boolean {
  return host.toLowerCase() === 'ghcr.io'
}

/**
 * Credentials for `host` from the environment: MXDEPLOY_OCI_USERNAME/PASSWORD, else for ghcr.io
 * GITHUB_TOKEN as GITHUB_ACTOR. The GitHub token is never offered to another host.
 */
export function credentialsFromEnv(
  host: string,
  env: NodeJS.ProcessEnv,
  log: Logger,
  github: GitHubAccess = githubAccess(env)
): Credentials | undefined {
  const username = env['MXDEPLOY_OCI_USERNAME']
  const password = env['MXDEPLOY_OCI_PASSWORD']
  if (username || password) {
    if (!username || !password) {
      throw new ConfigurationError(
        `only one of MXDEPLOY_OCI_USERNAME and MXDEPLOY_OCI_PASSWORD is set: set both for ${host}, or neither for anonymous access`
      )
    }
    log.secret(password)
    return { username, password, source: 'MXDEPLOY_OCI_USERNAME/MXDEPLOY_OCI_PASSWORD' }
  }
  const { token } = github
  if (isGhcr(host) && token) {
    log.secret(token)
    // GHCR checks the token, not the name; the actor keeps its audit log readable.
    return { username: github.actor || 'mxdeploy', password: token, source: 'GITHUB_TOKEN' }
  }
  return undefined
}
