import * as core from '@actions/core'
import type { ActivityLog } from '../../activity/activity-log.js'
import type { MxdeployConfig } from '../../config/types.js'
import type { Octokit } from '../../github/octokit.js'
import type { RunContext } from '../../github/run-context.js'
import { renderDeploymentSummary } from '../../report/deployment-summary.js'
import { markdownText } from '../../text/escape.js'
import type { StageResult } from '../../stage/stage-service.js'
import type { StageStories } from '../../trace/deployment-stories.js'
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
  core.summary.addRaw(
    renderDeploymentSummary({
      record,
      trace: found?.trace ?? null,
      ...(found?.note ? { traceNote: found.note } : {}),
      environmentUrl: result.url ?? null,
      links: report.tracing.links
    })
  )
  if (found?.trace && record.result === 'success') {
    await commentOnPullRequests({
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
