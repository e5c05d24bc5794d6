import { notFound, unprocessable, type HandlerContext, type Route } from '../api-types.js'
import { minimalRepository, repoApi, repoHtml } from '../render/repository.js'
import { simpleUser } from '../render/users.js'
import type { EnvironmentRecord, RunRecord } from '../state/records.js'
import type { RepoState } from '../state/repo.js'
import { nodeId, timestamp } from '../urls.js'
import { bodyOf, idParam, json, repoOf } from './common.js'
import { addDeployment, renderDeployment } from './deployments.js'
import { environmentSummary } from './environments.js'

/** GitHub's `workflow-run`. */
function renderRun(context: HandlerContext, repo: RepoState, run: RunRecord) {
  const api = `${repoApi(context.urls, repo)}/actions/runs/${run.id}`
  const head = repo.commits.get(run.headSha)
  const repository = minimalRepository(context.urls, repo)
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('WorkflowRun', run.id),
    check_suite_id: run.id + 1,
    check_suite_node_id: nodeId('CheckSuite', run.id + 1),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.path,
    display_title: head?.message.split('\n')[0] ?? run.name,
    run_number: run.runNumber,
    run_attempt: run.runAttempt,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflowId,
    url: api,
    html_url: `${repoHtml(context.urls, repo)}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    actor: simpleUser(context.urls, context.state.user(run.actor)),
    triggering_actor: simpleUser(context.urls, context.state.user(run.triggeringActor)),
    run_started_at: run.createdAt,
    jobs_url: `${api}/jobs`,
    logs_url: `${api}/logs`,
    check_suite_url: `${repoApi(context.urls, repo)}/check-suites/${run.id + 1}`,
    artifacts_url: `${api}/artifacts`,
    cancel_url: `${api}/cancel`,
    rerun_url: `${api}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${repoApi(context.urls, repo)}/actions/workflows/${run.workflowId}`,
    head_commit: head
      ? {
          id: head.sha,
          tree_id: head.tree,
          message: head.message,
          timestamp: head.committer.date,
          author: { name: head.author.name, email: head.author.email },
          committer: { name: head.committer.name, email: head.committer.email }
        }
      : null,
    repository,
    head_repository: repository
  }
}

function runOf(repo: RepoState, id: number): RunRecord {
  const run = repo.runs.get(id)
  if (!run) throw notFound()
  return run
}

function environmentOf(repo: RepoState, name: string): EnvironmentRecord {
  // A run can only wait for environments that exist; seeding guarantees it.
  return repo.environments.get(name) ?? repo.environment(name)
}

/** Whether `login` may review `env` for this run, as GitHub decides it. */
function mayReview(run: RunRecord, env: EnvironmentRecord, login: string): boolean {
  if (!env.reviewers.includes(login)) return false
  return !(env.preventSelfReview && login === run.triggeringActor)
}

export const actionsRoutes: Route[] = [
  {
    route: 'GET /repos/{owner}/{repo}/actions/runs/{run_id}',
    permission: 'actions:read',
    handle(request, context) {
      const repo = repoOf(request, context)
      return json(200, renderRun(context, repo, runOf(repo, idParam(request, 'run_id'))))
    }
  },
  {
    route: 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals',
    permission: 'actions:read',
    handle(request, context) {
      const repo = repoOf(request, context)
      const run = runOf(repo, idParam(request, 'run_id'))
      const body = run.approvals.map((approval) => ({
        environments: approval.environments.map((name) => {
          const env = environmentOf(repo, name)
          return {
            ...environmentSummary(context, repo, env),
            created_at: env.createdAt,
            updated_at: env.updatedAt
          }
        }),
        state: approval.state,
        user: simpleUser(context.urls, context.state.user(approval.user)),
        comment: approval.comment
      }))
      return json(200, body)
    }
  },
  {
    route: 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments',
    permission: 'actions:read',
    handle(request, context) {
      const repo = repoOf(request, context)
      const run = runOf(repo, idParam(request, 'run_id'))
      const body = run.pending.map((pending) => {
        const env = environmentOf(repo, pending.environment)
        return {
          environment: environmentSummary(context, repo, env),
          wait_timer: env.waitTimer,
          wait_timer_started_at: pending.waitTimerStartedAt,
          current_user_can_approve: mayReview(run, env, request.user.login),
          reviewers: env.reviewers.map((login) => ({
            type: 'User',
            reviewer: simpleUser(context.urls, context.state.user(login))
          }))
        }
      })
      return json(200, body)
    }
  },
  {
    route: 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments',
    permission: 'deployments:write',
    handle(request, context) {
      const repo = repoOf(request, context)
      const run = runOf(repo, idParam(request, 'run_id'))
      const body = bodyOf(request)
      const ids = (body.environment_ids as number[]).map(Number)
      const state = body.state as 'approved' | 'rejected'
      const login = request.user.login
      const targets = ids.map((id) => {
        const pending = run.pending.find((p) => environmentOf(repo, p.environment).id === id)
        if (!pending) throw unprocessable('No pending deployment requests to approve or reject')
        const env = environmentOf(repo, pending.environment)
        if (!mayReview(run, env, login)) {
          throw unprocessable(`${login} is not allowed to review deployments to ${env.name}`)
        }
        return env
      })
      run.approvals.push({
        environments: targets.map((env) => env.name),
        state,
        user: login,
        comment: String(body.comment)
      })
      run.pending = run.pending.filter((p) => !targets.some((env) => env.name === p.environment))
      run.updatedAt = timestamp()
      if (state === 'rejected') {
        run.status = 'completed'
        run.conclusion = 'failure'
        return json(200, [])
      }
      if (run.pending.length === 0) run.status = 'in_progress'
      // The approved jobs start, and each creates its environment's deployment.
      const deployments = targets.map((env) =>
        addDeployment(repo, {
          sha: run.headSha,
          ref: run.headBranch ?? run.headSha,
          task: 'deploy',
          payload: {},
          environment: env.name,
          originalEnvironment: env.name,
          description: null,
          creator: run.triggeringActor,
          transient: false,
          production: env.name === 'production'
        })
      )
      return json(
        200,
        deployments.map((deployment) => renderDeployment(context, repo, deployment))
      )
    }
  }
]
