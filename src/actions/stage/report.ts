import * as core from '@actions/core'
import type { ActivityLog, ActivityRecord } from '../../activity/activity-log.js'
import type { MxdeployConfig } from '../../config/types.js'
import { errorMessage } from '../../errors.js'
import type { Octokit } from '../../github/octokit.js'
import type { RunContext } from '../../github/run-context.js'
import { renderDeploymentSummary } from '../../report/deployment-summary.js'
import { markdownText } from '../../text/escape.js'
import { promotionSteps, type PromotionStep } from '../../report/promotion-diagram.js'
import { promotionSequence } from '../../stage/promotion-sequence.js'
import type { StageResult } from '../../stage/stage-package.js'
import type { StageStories } from '../../trace/deployment-stories.js'
import { latestDeployments } from '../../trace/latest-deployments.js'
import { actionLogger } from '../shared/logger.js'
import type { TraceContext } from '../../app/trace-context.js'
import { commentOnPullRequests } from './pull-request-comments.js'

export interface StageReport {
  result: StageResult
  stories: StageStories
  tracing: TraceContext
  config: MxdeployConfig
  activity: ActivityLog
  octokit: Octokit
  context: RunContext
}

/**
 * The latest deployment of every environment, read once for the diagram and the pull-request
 * comment; undefined (and a warning) when the log cannot be read: a report never fails a stage.
 */
async function latestOfEach(report: StageReport): Promise<ActivityRecord[] | undefined> {
  try {
    return await latestDeployments(
      report.activity,
      report.config.app,
      report.config.environments.map((environment) => environment.name)
    )
  } catch (error) {
    actionLogger.warning(
      `the job summary has no promotion diagram: the deployments could not be read (${errorMessage(error)})`
    )
    return undefined
  }
}

/** Where the package just deployed stands in every environment, in promotion order. */
function packageSteps(
  config: MxdeployConfig,
  latest: readonly ActivityRecord[],
  sha256: string
): PromotionStep[] {
  const of = (environment: string) => latest.find((r) => r.environment === environment)
  return promotionSteps(
    promotionSequence(config.environments),
    (environment) => {
      const record = of(environment)
      return record?.package?.sha256 === sha256
        ? { version: record.package.version, status: record.result }
        : undefined
    },
    (environment) => {
      const record = of(environment)
      return record?.result === 'success' ? record.package?.version : undefined
    }
  )
}

/**
 * After a stage: the job summary (environment, package, who, MFA, the stories with links and
 * the commits), then the sticky deployments comment on the pull requests of those commits.
 */
export async function reportStage(report: StageReport): Promise<void> {
  const { result, config } = report
  const record = result.record
  if (!record) {
    core.summary.addRaw(
      `## ${markdownText(result.environment)} already runs ${markdownText(config.app)} ${markdownText(result.package.version)}\n\nNothing was switched (sha256 \`${result.package.sha256}\`); set redeploy: true to switch again.\n`
    )
    return
  }
  const found = report.stories.result
  const latest = await latestOfEach(report)
  core.summary.addRaw(
    renderDeploymentSummary({
      record,
      trace: found?.trace ?? null,
      ...(found?.note ? { traceNote: found.note } : {}),
      environmentUrl: result.url ?? null,
      links: report.tracing.links,
      ...(latest && record.package
        ? { promotion: packageSteps(config, latest, record.package.sha256) }
        : {})
    })
  )
  if (found?.trace && record.result === 'success') {
    await commentOnPullRequests({
      ...(latest ? { latest } : {}),
      octokit: report.octokit,
      context: report.context,
      config,
      activity: report.activity,
      record,
      trace: found.trace,
      tracing: report.tracing,
      log: actionLogger
    })
  }
}
