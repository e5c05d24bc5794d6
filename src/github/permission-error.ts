import { RequestError } from '@octokit/request-error'
import { ConfigurationError } from '../errors.js'
import { isRateLimited } from './request-failure.js'

/**
 * Turns GitHub's 403 or 404 into a `ConfigurationError` that names the permission the workflow
 * must grant (`permission` as written in workflow YAML, e.g. `deployments: write`); `doing`
 * says what mxdeploy was trying ("create the deployment"). Anything else is returned unchanged.
 */
export function permissionError(error: unknown, permission: string, doing: string): unknown {
  if (!(error instanceof RequestError) || isRateLimited(error)) return error
  const fix =
    `grant it in the workflow with \`permissions:\` → \`${permission}\` on the job ` +
    `(or use a token that has it)`
  if (error.status === 403) {
    const accepted = error.response?.headers['x-accepted-github-permissions']
    const asks = accepted ? `; GitHub accepts: ${String(accepted)}` : ''
    return new ConfigurationError(
      `GitHub refused to ${doing} (403 ${error.message}${asks}): the token lacks ` +
        `\`${permission}\`. ${capitalise(fix)}.`
    )
  }
  if (error.status === 404) {
    return new ConfigurationError(
      `GitHub answered 404 when mxdeploy tried to ${doing}: it does not exist, or the token ` +
        `cannot see it. If it exists, the token needs \`${permission}\`: ${fix}.`
    )
  }
  return error
}

/** Runs `call`, reporting a 403/404 as the missing `permission` (see `permissionError`). */
export async function withPermission<T>(
  permission: string,
  doing: string,
  call: () => Promise<T>
): Promise<T> {
  try {
    return await call()
  } catch (error) {
    throw permissionError(error, permission, doing)
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
