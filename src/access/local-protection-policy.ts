import { ConfigurationError } from '../errors.js'
import type { StagePolicy } from '../stage/policy.js'

/**
 * Outside GitHub Actions nobody can prove a GitHub approval, so an environment that requires
 * reviewers is changed from its workflow job, never from a laptop.
 */
export const reviewersOnlyOnGitHub: StagePolicy = {
  name: 'required reviewers',
  check({ environment, operation }) {
    if (environment.protection.reviewers !== 'required') return Promise.resolve({})
    const where =
      operation === 'deploy' || operation === 'rollback'
        ? `deploy it with actions/stage in a job that has "environment: ${environment.name}"`
        : `mxdeploy cannot ${operation} it from the CLI; ${operation} it where it runs (Mendix Cloud: the Developer Portal)`
    return Promise.reject(
      new ConfigurationError(
        `${environment.name} requires GitHub environment reviewers (protection.reviewers: required), which only a workflow job can prove: ${where}`
      )
    )
  }
}
