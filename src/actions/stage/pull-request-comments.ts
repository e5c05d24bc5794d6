import type { ActivityLog, ActivityRecord } from '../../activity/activity-log.js'
import type { MxdeployConfig } from '../../config/types.js'
import { errorMessage } from '../../errors.js'
import { associatedPulls, type AssociatedPull } from '../../report/github-associated-pulls.js'
import type { Octokit } from '../../github/octokit.js'
import type { RunContext } from '../../github/run-context.js'
import { tokenLogin, upsertStickyComment } from '../../report/github-sticky-comment.js'
import type { Logger } from '../../log.js'
import { promotionSteps } from '../../report/promotion-diagram.js'
import { renderDeploymentsComment } from '../../report/pull-request-comment.js'
import { deploymentRow } from '../../report/deployment-rows.js'
import { latestDeployments } from '../../trace/latest-deployments.js'
import { promotionSequence } from '../../stage/promotion-sequence.js'
import type { RangeTrace } from '../../trace/trace-range.js'
import { containsFromSources } from '../../trace/trace-sources.js'
import type { TraceContext } from '../../app/trace-context.js'

export interface PullRequestCommentsRequest {
  octokit: Octokit
  context: RunContext
  config: MxdeployConfig
  activity: ActivityLog
  /** The record of the deployment just made. */
  record: ActivityRecord
  /** The commits it brought. */
  trace: RangeTrace
  tracing: TraceContext
  log: Logger
  /** The latest deployment of every environment, when the caller has read them already. */
  latest?: readonly ActivityRecord[]
}

const CANNOT_COMMENT =
  'the job summary has the deployment (a run for a pull request from a fork gets a read-only token; elsewhere grant the job "pull-requests: write")'

/**
 * Updates the sticky deployments comment of every pull request whose commits this deployment
 * brought: one table of the environments whose latest deployment holds the pull request's
 * commits. Never fails the stage: a token that cannot comment gets a warning.
 */
export async function commentOnPullRequests(request: PullRequestCommentsRequest): Promise<void> {
  const { octokit, context, log, trace } = request
  if (trace.commits.length === 0) return
  try {
    const pulls = await associatedPulls(
      { octokit, owner: context.owner, repo: context.repo, log },
      trace.commits.map((commit) => commit.sha)
    )
    if (pulls.length === 0) return
    const login = await tokenLogin(octokit)
    const latest =
      request.latest ??
      (await latestDeployments(
        request.activity,
        request.config.app,
        request.config.environments.map((environment) => environment.name)
      ))
    const order = promotionSequence(request.config.environments)
    for (const pull of pulls) {
      const deployments = await rowsFor(request, pull, latest)
      const body = renderDeploymentsComment({
        app: request.config.app,
        deployments,
        promotion: promotionSteps(order, (environment) => {
          const row = deployments.find((d) => d.environment === environment)
          return row ? { version: row.packageVersion, status: row.status } : undefined
        })
      })
      const done = await upsertStickyComment({
        octokit,
        owner: context.owner,
        repo: context.repo,
        number: pull.number,
        app: request.config.app,
        body,
        login
      })
      log.info(`deployments comment on #${pull.number} ${done.action}: ${done.url}`)
    }
  } catch (error) {
    const why = errorMessage(error).replace(/\.$/, '')
    log.warning(`no deployments comment on the pull requests: ${why}; ${CANNOT_COMMENT}`)
  }
}

/** The environments whose latest deployment holds the pull request's commit, in config order. */
async function rowsFor(
  request: PullRequestCommentsRequest,
  pull: AssociatedPull,
  latest: readonly ActivityRecord[]
) {
  const { record, tracing, config } = request
  const known = new Map(request.trace.stories.map((story) => [story.id, story.url]))
  const rows = []
  for (const deployment of latest) {
    const holds =
      deployment.id === record.id ||
      (deployment.commit !== null &&
        (await containsFromSources(tracing.sources, pull.commit, deployment.commit)) === true)
    if (!holds) continue
    const environment = config.environments.find((env) => env.name === deployment.environment)
    rows.push(
      deploymentRow(deployment, {
        environmentUrl: environment?.url ?? null,
        patterns: tracing.patterns,
        links: tracing.links,
        known
      })
    )
  }
  return rows
}
