import type { ActivityRecord } from '../activity/activity-log.js'
import { DEPLOYING } from '../activity/environment-history.js'
import type { EnvironmentConfig } from '../config/types.js'
import { promotionSequence } from '../stage/promotion-sequence.js'
import { markdownText } from '../text/escape.js'
import { formatDuration, formatTime, markdownTable } from './markdown.js'
import { promotionSteps, renderPromotionDiagram } from './promotion-diagram.js'

export interface ActivityMarkdownInput {
  app: string
  /** Records, newest first. */
  records: readonly ActivityRecord[]
  /** The environments of mxdeploy.yml: with them, a diagram of what each runs heads the table. */
  environments?: readonly EnvironmentConfig[]
  /** The records the diagram is drawn from, newest first (default: `records`). */
  current?: readonly ActivityRecord[]
}

function mfa(record: ActivityRecord): string {
  return record.mfa ? record.mfa.users.map((u) => `${u.user} (${u.via})`).join(', ') : ''
}

function row(record: ActivityRecord): string[] {
  return [
    formatTime(record.time),
    markdownText(record.environment, 100),
    markdownText(record.operation),
    record.package ? markdownText(record.package.version, 50) : '—',
    record.result === 'success' ? '✅ success' : '❌ failure',
    markdownText(record.actor, 60),
    markdownText(record.approvers.join(', '), 200),
    markdownText(mfa(record), 200),
    formatDuration(record.durationMs),
    markdownText(record.stories.join(', '), 300),
    markdownText(record.error?.split('\n')[0] ?? '', 200)
  ]
}

/** The latest deployment of each environment among the records (refused attempts aside). */
function latestOf(records: readonly ActivityRecord[], environment: string) {
  return records.find(
    (r) =>
      r.environment === environment &&
      DEPLOYING.has(r.operation) &&
      r.package !== null &&
      !r.details?.['refused']
  )
}

/**
 * The activity log as GitHub-flavoured markdown, for status pages and issues: with the
 * environments, a Mermaid diagram of what each runs (from the records given), then one table row
 * per operation, newest first. Every text from a record is escaped.
 */
export function renderActivityMarkdown(input: ActivityMarkdownInput): string {
  const lines = [`### Activity of ${markdownText(input.app, 100)}`, '']
  if (input.environments?.length) {
    const steps = promotionSteps(promotionSequence(input.environments), (environment) => {
      const record = latestOf(input.current ?? input.records, environment)
      return record?.package
        ? { version: record.package.version, status: record.result }
        : undefined
    })
    lines.push(renderPromotionDiagram(steps))
  }
  lines.push(
    input.records.length
      ? markdownTable(
          [
            'Time',
            'Environment',
            'Operation',
            'Package',
            'Result',
            'By',
            'Approved by',
            'Two-factor',
            'Took',
            'Stories',
            'Error'
          ],
          input.records.map(row)
        )
      : 'No activity yet.'
  )
  return `${lines.join('\n')}\n`
}
