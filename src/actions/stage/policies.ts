import { ConfigurationError } from '../../errors.js'
import type { Octokit } from '../../github/octokit.js'
import type { RunContext } from '../../github/run-context.js'
import { isProtected } from '../../stage/environment-order.js'
import type { StagePolicy } from '../../stage/policy.js'
import type { StageInputs } from './inputs.js'

export interface GitHubPolicyContext {
  octokit: Octokit
  context: RunContext
  inputs: StageInputs
  stateDir: string
  env: NodeJS.ProcessEnv
}

/**
 * The access-control checks of a stage run on GitHub. Until they verify GitHub environment
 * protection and the TOTP second factor, a protected environment is refused outright rather than
 * deployed unchecked.
 */
export function githubPolicies(_context: GitHubPolicyContext): StagePolicy[] {
  return [
    {
      name: 'access control',
      check({ environment }) {
        if (!isProtected(environment)) return Promise.resolve({})
        return Promise.reject(
          new ConfigurationError(
            `${environment.name} is protected, and this version of the stage action cannot verify its protection yet`
          )
        )
      }
    }
  ]
}
