import { ApiError, notFound, unprocessable, type HandlerContext, type Route } from '../api-types.js'
import { paginate } from '../pagination.js'
import { repoApi, repoHtml } from '../render/repository.js'
import { simpleUser } from '../render/users.js'
import type { EnvironmentRecord } from '../state/records.js'
import type { RepoState } from '../state/repo.js'
import { nodeId } from '../urls.js'
import { bodyOf, json, noContent, repoOf, unsupported } from './common.js'

/** The short environment object that approvals and pending deployments embed. */
export function environmentSummary(
  context: HandlerContext,
  repo: RepoState,
  env: EnvironmentRecord
) {
  return {
    id: env.id,
    node_id: nodeId('Environment', env.id),
    name: env.name,
    url: `${repoApi(context.urls, repo)}/environments/${encodeURIComponent(env.name)}`,
    html_url: `${repoHtml(context.urls, repo)}/deployments/activity_log?environments_filter=${encodeURIComponent(env.name)}`
  }
}

/** GitHub's `environment`, with one protection rule per configured kind. */
export function renderEnvironment(
  context: HandlerContext,
  repo: RepoState,
  env: EnvironmentRecord
) {
  const rules: Record<string, unknown>[] = []
  if (env.waitTimer > 0) {
    const id = env.ruleIds.waitTimer
    rules.push({ id, node_id: nodeId('Gate', id), type: 'wait_timer', wait_timer: env.waitTimer })
  }
  if (env.reviewers.length > 0) {
    const id = env.ruleIds.reviewers
    rules.push({
      id,
      node_id: nodeId('Gate', id),
      prevent_self_review: env.preventSelfReview,
      type: 'required_reviewers',
      reviewers: env.reviewers.map((login) => ({
        type: 'User',
        reviewer: simpleUser(context.urls, context.state.user(login))
      }))
    })
  }
  if (env.branchPolicy) {
    const id = env.ruleIds.branchPolicy
    rules.push({ id, node_id: nodeId('Gate', id), type: 'branch_policy' })
  }
  return {
    ...environmentSummary(context, repo, env),
    created_at: env.createdAt,
    updated_at: env.updatedAt,
    protection_rules: rules,
    deployment_branch_policy: env.branchPolicy
  }
}

function environmentOf(repo: RepoState, name: string | undefined): EnvironmentRecord {
  const env = repo.environments.get(name ?? '')
  if (!env) throw notFound()
  return env
}

export const environmentRoutes: Route[] = [
  {
    route: 'GET /repos/{owner}/{repo}/environments',
    permission: 'actions:read',
    handle(request, context) {
      const repo = repoOf(request, context)
      const all = [...repo.environments.values()]
      const page = paginate(all, request)
      return json(
        200,
        {
          total_count: all.length,
          environments: page.items.map((env) => renderEnvironment(context, repo, env))
        },
        page.headers
      )
    }
  },
  {
    route: 'GET /repos/{owner}/{repo}/environments/{environment_name}',
    permission: 'actions:read',
    handle(request, context) {
      const repo = repoOf(request, context)
      const env = environmentOf(repo, request.params.environment_name)
      return json(200, renderEnvironment(context, repo, env))
    }
  },
  {
    route: 'PUT /repos/{owner}/{repo}/environments/{environment_name}',
    permission: 'administration:write',
    handle(request, context) {
      const repo = repoOf(request, context)
      const name = request.params.environment_name ?? ''
      const body = bodyOf(request)
      const policy = body.deployment_branch_policy as EnvironmentRecord['branchPolicy'] | undefined
      if (policy && policy.protected_branches === policy.custom_branch_policies) {
        throw new ApiError(
          422,
          'Only one of protected_branches and custom_branch_policies can be set to true'
        )
      }
      const reviewers = (body.reviewers ?? undefined) as
        { type?: string; id?: number }[] | undefined
      const logins = reviewers?.map((reviewer) => {
        if (reviewer.type !== 'User') throw unsupported('team reviewers of an environment')
        const user = context.state.userById(Number(reviewer.id))
        if (!user) throw unprocessable(`Reviewer with id ${String(reviewer.id)} could not be found`)
        return user.login
      })
      const existing = repo.environments.get(name)
      const env = repo.environment(name, {
        ...(typeof body.wait_timer === 'number' ? { waitTimer: body.wait_timer } : {}),
        ...(typeof body.prevent_self_review === 'boolean'
          ? { preventSelfReview: body.prevent_self_review }
          : {}),
        ...(logins ? { reviewers: logins } : {})
      })
      if (policy) {
        env.branchPolicy = policy
        if (!policy.custom_branch_policies) env.branchPolicies = []
      } else if ('deployment_branch_policy' in body || !existing) {
        env.branchPolicy = null
        env.branchPolicies = []
      }
      return json(200, renderEnvironment(context, repo, env))
    }
  },
  {
    route: 'DELETE /repos/{owner}/{repo}/environments/{environment_name}',
    permission: 'administration:write',
    handle(request, context) {
      const repo = repoOf(request, context)
      environmentOf(repo, request.params.environment_name)
      repo.environments.delete(request.params.environment_name ?? '')
      return noContent()
    }
  },
  {
    route: 'GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies',
    permission: 'actions:read',
    handle(request, context) {
      const repo = repoOf(request, context)
      const env = environmentOf(repo, request.params.environment_name)
      const page = paginate(env.branchPolicies, request)
      const body = {
        total_count: env.branchPolicies.length,
        branch_policies: page.items.map((policy) => ({
          ...policy,
          node_id: nodeId('DeploymentBranchPolicy', policy.id)
        }))
      }
      return json(200, body, page.headers)
    }
  },
  {
    route: 'POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies',
    permission: 'administration:write',
    handle(request, context) {
      const repo = repoOf(request, context)
      const env = environmentOf(repo, request.params.environment_name)
      // GitHub only takes name patterns once the environment uses custom branch policies.
      if (!env.branchPolicy?.custom_branch_policies) throw notFound()
      const body = bodyOf(request)
      const policy = {
        id: context.state.nextId(),
        name: String(body.name),
        type: body.type === 'tag' ? ('tag' as const) : ('branch' as const)
      }
      const same = env.branchPolicies.find((p) => p.name === policy.name && p.type === policy.type)
      if (same) {
        // GitHub answers a duplicate pattern with a redirect to the existing policy.
        const location = `${repoApi(context.urls, repo)}/environments/${encodeURIComponent(env.name)}/deployment-branch-policies/${same.id}`
        return { status: 303, headers: { location } }
      }
      env.branchPolicies.push(policy)
      return json(200, { ...policy, node_id: nodeId('DeploymentBranchPolicy', policy.id) })
    }
  }
]
