import { ConfigurationError } from '../../errors.js'
import type { DeploymentRequest } from '../deployment-target.js'
import { constantVariable } from './variables.js'

/**
 * Constants the package brings that the running droplet's package did not have, that
 * mxdeploy.yml does not set and no variable set by hand gives a value: refused with
 * `new-constants: require`, else a warning. The engine cannot tell (this target does not read
 * constants back), so the droplet's annotation of constant names tells. Names only.
 */
export function checkNewConstants(
  request: DeploymentRequest,
  running: string[] | undefined,
  variables: Record<string, string>,
  app: string
): void {
  if (!running) return
  const known = new Set(running)
  const { environment } = request
  const fresh = Object.keys(request.settings.constants).filter(
    (name) =>
      !known.has(name) && !(name in environment.constants) && !(constantVariable(name) in variables)
  )
  if (fresh.length === 0) return
  const env = environment.name
  if (environment.newConstants === 'require') {
    throw new ConfigurationError(
      `${fresh.join(', ')} ${fresh.length > 1 ? 'are' : 'is'} new in this package and ${env} requires a value for new constants (new-constants: require): set ${fresh.map((name) => `environments.${env}.constants.${name}`).join(', ')} in mxdeploy.yml, or a secret with cf set-env ${app} ${fresh.map(constantVariable).join(' / ')}`
    )
  }
  for (const name of fresh) {
    request.log.warning(
      `constant ${name} is new in this package; app ${app} gives it its default value (set environments.${env}.constants.${name} in mxdeploy.yml, or cf set-env ${app} ${constantVariable(name)} for a secret)`
    )
  }
}
