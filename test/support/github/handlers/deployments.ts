import { notFound, unprocessable, type HandlerContext, type Route } from '../api-types.js'
import { paginate } from '../pagination.js'
import { repoApi } from '../render/repository.js'
import { simpleUser } from '../render/users.js'
import type { DeploymentRecord, DeploymentState, DeploymentStatusRecord } from '../state/records.js'
import type { RepoState } from '../state/repo.js'
import { nodeId, timestamp } from '../urls.js'
import { bodyOf, idParam, json, noContent, optionalString, repoOf } from './common.js'

/** GitHub's `deployment`. */
export function renderDeployment(
  context: HandlerContext,
  repo: RepoState,
  deployment: DeploymentRecord
) {
  const api = repoApi(context.urls, repo)
  return {
    url: `${api}/deployments/${deployment.id}`,
    id: deployment.id,
    node_id: nodeId('Deployment', deployment.id),
    sha: deployment.sha,
    ref: deployment.ref,
    task: deployment.task,
    payload: deployment.payload,
    original_environment: deployment.originalEnvironment,
    environment: deployment.environment,
    description: deployment.description,
    creator: simpleUser(context.urls, context.state.user(deployment.creator)),
    created_at: deployment.createdAt,
    updated_at: deployment.updatedAt,
    statuses_url: `${api}/deployments/${deployment.id}/statuses`,
    repository_url: api,
    transient_environment: deployment.transient,
    production_environment: deployment.production
  }
}

/** GitHub's `deployment-status`. */
function renderStatus(
  context: HandlerContext,
  repo: RepoState,
  deployment: DeploymentRecord,
  status: DeploymentStatusRecord
) {
  const api = repoApi(context.urls, repo)
  return {
    url: `${api}/deployments/${deployment.id}/statuses/${status.id}`,
    id: status.id,
    node_id: nodeId('DeploymentStatus', status.id),
    state: status.state,
    creator: simpleUser(context.urls, context.state.user(status.creator)),
    description: status.description,
    environment: status.environment,
    target_url: status.targetUrl,
    created_at: status.createdAt,
    updated_at: status.updatedAt,
    deployment_url: `${api}/deployments/${deployment.id}`,
    repository_url: api,
    environment_url: status.environmentUrl,
    log_url: status.logUrl
  }
}

function deploymentOf(repo: RepoState, id: number): DeploymentRecord {
  const deployment = repo.deployments.find((d) => d.id === id)
  if (!deployment) throw notFound()
  return deployment
}

/** Records a deployment as GitHub does when one is created (also used by run approvals). */
export function addDeployment(
  repo: RepoState,
  fields: Omit<DeploymentRecord, 'id' | 'createdAt' | 'updatedAt' | 'statuses'>
): DeploymentRecord {
  const now = timestamp()
  const deployment = { ...fields, id: repo.state.nextId(), createdAt: now, updatedAt: now }
  const record: DeploymentRecord = { ...deployment, statuses: [] }
  repo.deployments.push(record)
  return record
}

function latestState(deployment: DeploymentRecord): DeploymentState | undefined {
  return deployment.statuses[deployment.statuses.length - 1]?.state
}

/**
 * GitHub's `auto_inactive`: a new success marks earlier successful deployments to the same
 * environment inactive, unless they are transient or production ones.
 */
function deactivateEarlier(repo: RepoState, current: DeploymentRecord, creator: string): void {
  for (const other of repo.deployments) {
    if (other === current || other.environment !== current.environment) continue
    if (other.transient || other.production || latestState(other) !== 'success') continue
    const now = timestamp()
    other.statuses.push({
      id: repo.state.nextId(),
      state: 'inactive',
      description: '',
      environment: other.environment,
      targetUrl: '',
      logUrl: '',
      environmentUrl: '',
      creator,
      createdAt: now,
      updatedAt: now
    })
  }
}

export const deploymentRoutes: Route[] = [
  {
    route: 'GET /repos/{owner}/{repo}/deployments',
    permission: 'deployments:read',
    handle(request, context) {
      const repo = repoOf(request, context)
      const q = request.query
      const matching = [...repo.deployments].reverse().filter((d) => {
        if (q.has('sha') && d.sha !== q.get('sha')) return false
        if (q.has('ref') && d.ref !== q.get('ref')) return false
        if (q.has('task') && d.task !== q.get('task')) return false
        if (q.has('environment') && d.environment !== q.get('environment')) return false
        return true
      })
      const page = paginate(matching, request)
      const body = page.items.map((deployment) => renderDeployment(context, repo, deployment))
      return json(200, body, page.headers)
    }
  },
  {
    route: 'POST /repos/{owner}/{repo}/deployments',
    permission: 'deployments:write',
    handle(request, context) {
      const repo = repoOf(request, context)
      const body = bodyOf(request)
      const ref = String(body.ref)
      const sha = repo.resolveCommit(ref)
      if (!sha) throw unprocessable(`No ref found for: ${ref}`)
      const environment = optionalString(body.environment) ?? 'production'
      // Commit statuses are not modelled: required_contexts always pass, and auto_merge never
      // has anything to merge (so the 202 and 409 answers do not occur).
      const deployment = addDeployment(repo, {
        sha,
        ref,
        task: optionalString(body.task) ?? 'deploy',
        payload: (body.payload as DeploymentRecord['payload'] | undefined) ?? {},
        environment,
        originalEnvironment: environment,
        description: optionalString(body.description) ?? '',
        creator: request.user.login,
        transient: body.transient_environment === true,
        production:
          typeof body.production_environment === 'boolean'
            ? body.production_environment
            : environment === 'production'
      })
      return json(201, renderDeployment(context, repo, deployment))
    }
  },
  {
    route: 'GET /repos/{owner}/{repo}/deployments/{deployment_id}',
    permission: 'deployments:read',
    handle(request, context) {
      const repo = repoOf(request, context)
      const deployment = deploymentOf(repo, idParam(request, 'deployment_id'))
      return json(200, renderDeployment(context, repo, deployment))
    }
  },
  {
    route: 'DELETE /repos/{owner}/{repo}/deployments/{deployment_id}',
    permission: 'deployments:write',
    handle(request, context) {
      const repo = repoOf(request, context)
      const deployment = deploymentOf(repo, idParam(request, 'deployment_id'))
      const sameEnvironment = repo.deployments.filter(
        (d) => d.environment === deployment.environment
      )
      if (latestState(deployment) !== 'inactive' && sameEnvironment.length > 1) {
        throw unprocessable(
          'We cannot delete an active deployment unless it is the only deployment in a given environment.'
        )
      }
      repo.deployments.splice(repo.deployments.indexOf(deployment), 1)
      return noContent()
    }
  },
  {
    route: 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    permission: 'deployments:read',
    handle(request, context) {
      const repo = repoOf(request, context)
      const deployment = deploymentOf(repo, idParam(request, 'deployment_id'))
      const page = paginate([...deployment.statuses].reverse(), request)
      const body = page.items.map((status) => renderStatus(context, repo, deployment, status))
      return json(200, body, page.headers)
    }
  },
  {
    route: 'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    permission: 'deployments:write',
    handle(request, context) {
      const repo = repoOf(request, context)
      const deployment = deploymentOf(repo, idParam(request, 'deployment_id'))
      const body = bodyOf(request)
      const description = optionalString(body.description) ?? ''
      if (description.length > 140) {
        throw unprocessable('description is too long (maximum is 140 characters)')
      }
      const previous = deployment.statuses[deployment.statuses.length - 1]
      const logUrl = optionalString(body.log_url) ?? ''
      const now = timestamp()
      const status: DeploymentStatusRecord = {
        id: context.state.nextId(),
        state: body.state as DeploymentState,
        description,
        environment:
          optionalString(body.environment) ?? previous?.environment ?? deployment.environment,
        // Setting log_url sets target_url too, as GitHub documents.
        targetUrl: logUrl || (optionalString(body.target_url) ?? ''),
        logUrl: logUrl || (optionalString(body.target_url) ?? ''),
        environmentUrl: optionalString(body.environment_url) ?? '',
        creator: request.user.login,
        createdAt: now,
        updatedAt: now
      }
      deployment.environment = status.environment
      deployment.statuses.push(status)
      deployment.updatedAt = now
      if (status.state === 'success' && body.auto_inactive !== false) {
        deactivateEarlier(repo, deployment, request.user.login)
      }
      return json(201, renderStatus(context, repo, deployment, status), {
        location: `${repoApi(context.urls, repo)}/deployments/${deployment.id}/statuses/${status.id}`
      })
    }
  },
  {
    route: 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}',
    permission: 'deployments:read',
    handle(request, context) {
      const repo = repoOf(request, context)
      const deployment = deploymentOf(repo, idParam(request, 'deployment_id'))
      const status = deployment.statuses.find((s) => s.id === idParam(request, 'status_id'))
      if (!status) throw notFound()
      return json(200, renderStatus(context, repo, deployment, status))
    }
  }
]
