import { OperationError, errorMessage } from '../errors.js'
import { PolicyRefusal, type StagePolicy } from '../stage/policy.js'
import {
  IdTokenRejected,
  OIDC_AUDIENCE,
  verifyActionsIdToken,
  type ActionsIdClaims
} from './github-oidc.js'
import {
  protectionShortfall,
  readEnvironmentProtection,
  reviewersSetting
} from './github-environment-protection.js'
import type { Octokit } from '../github/octokit.js'
import type { RunApprovals } from './github-run-approvals.js'

export interface GitHubProtectionOptions {
  octokit: Octokit
  owner: string
  repo: string
  /** GITHUB_RUN_ID of this job's run. */
  runId: string | undefined
  approvals: RunApprovals
  /** The pinned issuer of the instance's ID tokens (`actionsIssuer(GITHUB_SERVER_URL)`). */
  issuer: string
  /** Gets the job's ID token for an audience; undefined when the job lacks `id-token: write`. */
  idToken: ((audience: string) => Promise<string>) | undefined
  now?: () => Date
}

const sameName = (a: string | undefined, b: string) => a?.toLowerCase() === b.toLowerCase()

/** Why the token's claims do not place this job in `environment` of this run, if they don't. */
function claimsMismatch(
  claims: ActionsIdClaims,
  options: GitHubProtectionOptions,
  environment: string
): string | undefined {
  const repository = `${options.owner}/${options.repo}`
  if (!sameName(claims.repository, repository)) {
    return `the job's OIDC token is for repository ${String(claims.repository)}, not ${repository}`
  }
  if (claims.run_id !== options.runId) {
    return `the job's OIDC token is for run ${String(claims.run_id)}, not this run (${String(options.runId)})`
  }
  if (claims.environment === undefined) {
    return `the job runs in no GitHub environment: give it "environment: ${environment}" so that GitHub asks the environment's reviewers before it starts`
  }
  if (!sameName(claims.environment, environment)) {
    return `the job runs in GitHub environment '${String(claims.environment)}', not '${environment}': give it "environment: ${environment}", whose reviewers must approve it`
  }
  return undefined
}

/**
 * `protection: { reviewers: required }` on GitHub: the environment has required reviewers (and
 * prevents self-review when asked), this job provably runs inside it (the OIDC token's
 * `environment` claim, or else this run's approval for it), and somebody approved this run for
 * it. The approvers go into the activity record. Refusals are recorded.
 */
export function githubProtectionPolicy(options: GitHubProtectionOptions): StagePolicy {
  async function proveEnvironment(environment: string): Promise<string | undefined> {
    if (!options.idToken) {
      const approved = await options.approvals.approvers(environment)
      if (approved.length) return undefined
      return `nothing proves that this job runs in GitHub environment '${environment}': grant the job "id-token: write" (mxdeploy then checks GitHub's OIDC token for it), or have a reviewer approve it; run ${String(options.runId)} holds no approval for ${environment}`
    }
    let token: string
    try {
      token = await options.idToken(OIDC_AUDIENCE)
    } catch (error) {
      throw new OperationError(
        `could not get the job's OIDC token from GitHub: ${errorMessage(error)}`
      )
    }
    try {
      const claims = await verifyActionsIdToken(token, {
        issuer: options.issuer,
        audience: OIDC_AUDIENCE,
        ...(options.now ? { now: options.now() } : {})
      })
      return claimsMismatch(claims, options, environment)
    } catch (error) {
      if (error instanceof IdTokenRejected) return `${error.message}: refused`
      throw error
    }
  }

  return {
    name: 'GitHub environment protection',
    async check({ environment }) {
      if (environment.protection.reviewers !== 'required') return {}
      const { name } = environment
      const protection = await readEnvironmentProtection(
        options.octokit,
        options.owner,
        options.repo,
        name
      )
      const shortfall = protectionShortfall(protection, environment.protection)
      if (shortfall) throw new PolicyRefusal(shortfall, {})
      const unproven = await proveEnvironment(name)
      if (unproven) throw new PolicyRefusal(`${name} is protected: ${unproven}`, {})
      const approvers = await options.approvals.approvers(name)
      if (!approvers.length) {
        throw new PolicyRefusal(
          `${name} requires reviewers, but nobody approved run ${String(options.runId)} for it (an administrator may have bypassed the protection rules): have a reviewer approve the job, and clear "Allow administrators to bypass configured protection rules" under ${reviewersSetting(name)}`,
          {}
        )
      }
      return { approvers }
    }
  }
}
