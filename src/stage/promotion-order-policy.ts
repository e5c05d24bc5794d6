import { hasDeployed } from '../activity/environment-history.js'
import { ConfigurationError } from '../errors.js'
import type { StagePolicy } from './policy.js'

/**
 * `after: acceptance`: an environment takes only a package whose SHA-256 was deployed
 * successfully to the environment before it — the same bytes, not just the same version.
 */
export const promotionOrder: StagePolicy = {
  name: 'promotion order',
  async check({ config, environment, package: pkg, activity }) {
    // Start, stop and restart change no package: the order has nothing to say about them.
    if (!environment.after || !pkg) return {}
    if (await hasDeployed(activity, config.app, environment.after, pkg.sha256)) return {}
    throw new ConfigurationError(
      `${environment.name} comes after ${environment.after}, and ${environment.after} has not run ${pkg.app} ${pkg.version} (sha256 ${pkg.sha256.slice(0, 12)}…) successfully: stage it there first (mxdeploy stage --environment ${environment.after} --package ${pkg.version})`
    )
  }
}
