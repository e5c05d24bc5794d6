import { RequestError } from '@octokit/request-error'
import type { ProtectionConfig } from '../config/types.js'
import { ConfigurationError } from '../errors.js'
import type { Octokit } from '../github/octokit.js'
import { permissionError } from '../github/permission-error.js'

/** What GitHub enforces on an environment, as far as mxdeploy checks it. */
export interface EnvironmentProtection {
  name: string
  /** Required reviewers (logins, team slugs); undefined when the environment has no such rule. */
  reviewers: string[] | undefined
  preventSelfReview: boolean
}

/** GitHub's permission for `GET /repos/{owner}/{repo}/environments/{name}` and run approvals. */
export const ACTIONS_READ = 'actions: read'

/** Where in GitHub's settings an environment's reviewers are set, for messages. */
export function reviewersSetting(environment: string): string {
  return `Settings → Environments → ${environment} → Required reviewers`
}

/**
 * Reads an environment's protection rules. 404 (no such environment) and 403 (the token may not
 * read it) are ConfigurationErrors that say what to create or which permission to grant.
 */
export async function readEnvironmentProtection(
  octokit: Octokit,
  owner: string,
  repo: string,
  name: string
): Promise<EnvironmentProtection> {
  let data
  try {
    data = (await octokit.rest.repos.getEnvironment({ owner, repo, environment_name: name })).data
  } catch (error) {
    if (error instanceof RequestError && error.status === 404) {
      throw new ConfigurationError(
        `GitHub has no environment '${name}' in ${owner}/${repo}: create it under Settings → Environments → New environment, add its required reviewers, and give the job "environment: ${name}" (if it exists, the token cannot see it: grant \`${ACTIONS_READ}\` under the job's permissions)`
      )
    }
    throw permissionError(error, ACTIONS_READ, `read environment ${name}`)
  }
  let reviewers: string[] | undefined
  let preventSelfReview = false
  for (const rule of data.protection_rules ?? []) {
    if (rule.type !== 'required_reviewers' || !('reviewers' in rule)) continue
    reviewers = (rule.reviewers ?? []).flatMap(({ reviewer }) => {
      if (!reviewer) return []
      return 'login' in reviewer ? [reviewer.login] : 'slug' in reviewer ? [reviewer.slug] : []
    })
    preventSelfReview = rule.prevent_self_review === true
  }
  return { name: data.name, reviewers, preventSelfReview }
}

/**
 * Why the environment's rules fall short of what mxdeploy.yml asks, naming the setting to change;
 * undefined when they hold.
 */
export function protectionShortfall(
  protection: EnvironmentProtection,
  wanted: ProtectionConfig
): string | undefined {
  const { name } = protection
  if (wanted.reviewers !== 'required') return undefined
  if (!protection.reviewers?.length) {
    return `GitHub environment '${name}' has no required reviewers, but mxdeploy.yml requires them (protection.reviewers: required): add reviewers under ${reviewersSetting(name)}`
  }
  if (wanted.preventSelfReview && !protection.preventSelfReview) {
    return `GitHub environment '${name}' lets the person who started a run approve it, but mxdeploy.yml sets prevent-self-review: true: tick "Prevent self-review" under ${reviewersSetting(name)}`
  }
  return undefined
}
