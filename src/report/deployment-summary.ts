import type { ActivityRecord } from '../activity/activity-log.js'
import type { StoryRef } from '../stories/extract-stories.js'
import type { LinkContext } from '../stories/story-patterns.js'
import type { RangeTrace } from '../trace/trace-range.js'
import { markdownLink, markdownText } from '../text/escape.js'
import { renderFitting } from './fit.js'
import { commitRef, count, formatDuration, formatTime, markdownTable, userRef } from './markdown.js'
import { renderPromotionDiagram, type PromotionStep } from './promotion-diagram.js'

/** What the job summary of one stage run shows. */
export interface DeploymentSummaryInput {
  /** The activity record of the operation (its stories are used when `trace` is null). */
  record: ActivityRecord
  /** The commits and stories the deployment brought; null when they could not be read. */
  trace: RangeTrace | null
  /** Why `trace` is null, shown instead of the commits (plain text). */
  traceNote?: string
  environmentUrl?: string | null
  links?: LinkContext
  /** Where the package stands in every environment, drawn as a Mermaid diagram. */
  promotion?: readonly PromotionStep[]
}

/** GitHub refuses a step summary over 1 MiB; stay below it with room for other steps' text. */
export const SUMMARY_MAX_BYTES = 1_000_000

const TITLE: Record<ActivityRecord['operation'], [string, string]> = {
  deploy: ['Deployed', 'Deployment of'],
  rollback: ['Rolled back', 'Rollback of'],
  reconciled: ['Reconciled', 'Reconciling of'],
  start: ['Started', 'Start of'],
  stop: ['Stopped', 'Stop of'],
  restart: ['Restarted', 'Restart of']
}

function title(record: ActivityRecord): string {
  const [done, failed] = TITLE[record.operation]
  const what = record.package
    ? `${markdownText(record.app, 100)} ${markdownText(record.package.version, 50)}`
    : markdownText(record.app, 100)
  const where = markdownText(record.environment, 100)
  return record.result === 'success'
    ? `## ✅ ${done} ${what} ${record.operation === 'deploy' ? 'to' : 'on'} ${where}`
    : `## ❌ ${failed} ${what} ${record.operation === 'deploy' ? 'to' : 'on'} ${where} failed`
}

function mfa(record: ActivityRecord): string {
  if (!record.mfa) return 'not required'
  const users = record.mfa.users.map(
    ({ user, via }) => `${markdownText(user, 60)} (${via === 'code' ? 'code' : '8-hour session'})`
  )
  return `TOTP: ${users.join(', ') || 'none'}`
}

function facts(input: DeploymentSummaryInput): string {
  const { record } = input
  const links = input.links ?? {}
  const rows: [string, string][] = [
    ['Environment', markdownLink(record.environment, input.environmentUrl, 100)],
    ['Package', record.package ? markdownText(record.package.version, 50) : 'none']
  ]
  if (record.package) rows.push(['SHA-256', `\`${record.package.sha256.slice(0, 12)}\``])
  if (record.commit) rows.push(['Commit', commitRef(record.commit, links)])
  rows.push(
    ['Deployed by', userRef(record.actor, links)],
    [
      'Approved by',
      record.approvers.length ? record.approvers.map((a) => userRef(a, links)).join(', ') : 'nobody'
    ],
    ['MFA', mfa(record)],
    ['Time', `${formatTime(record.time)} (${formatDuration(record.durationMs)})`]
  )
  if (record.runUrl) rows.push(['Run', markdownLink('workflow run', record.runUrl)])
  if (record.result === 'failure' && record.error) {
    rows.push(['Error', markdownText(record.error, 500)])
  }
  return markdownTable(['', ''], rows)
}

function rangeLine(trace: RangeTrace, environment: string, links: LinkContext): string {
  const env = markdownText(environment, 100)
  if (trace.firstDeployment) {
    return trace.truncated
      ? `First deployment to ${env}: the newest ${count(trace.commits.length, 'commit')} up to ${commitRef(trace.to, links)} (older history is beyond traceability.limit).`
      : `First deployment to ${env}: the whole history up to ${commitRef(trace.to, links)}, ${count(trace.commits.length, 'commit')}.`
  }
  return `${count(trace.commits.length, 'commit')} since the last deployment to ${env} (${commitRef(trace.from!, links)}…${commitRef(trace.to, links)}).`
}

function storyLine(story: StoryRef & { commits?: readonly string[] }): string {
  const commits = story.commits ? ` (${count(story.commits.length, 'commit')})` : ''
  return `- ${markdownLink(story.id, story.url, 100)}${commits}`
}

function more(hidden: number, one: string, many: string): string[] {
  return hidden > 0 ? [`- … and ${count(hidden, `more ${one}`, `more ${many}`)}`] : []
}

function commitLines(trace: RangeTrace, links: LinkContext): string[] {
  const urls = new Map(trace.stories.map((story) => [story.id, story.url]))
  return trace.commits.map((commit) => {
    const ids = commit.stories.length
      ? ` — ${commit.stories.map((id) => markdownLink(id, urls.get(id), 100)).join(', ')}`
      : ''
    return `- ${commitRef(commit.sha, links)} ${markdownText(commit.subject, 120)}${ids}`
  })
}

/**
 * The job summary of one stage run: environment, package, SHA-256, who deployed and approved,
 * MFA, the stories with links and the commits. Untrusted text is escaped; stays under 1 MB.
 */
export function renderDeploymentSummary(
  input: DeploymentSummaryInput,
  maxBytes = SUMMARY_MAX_BYTES
): string {
  const { record, trace } = input
  const links = input.links ?? {}
  const stories = (
    trace?.stories ?? record.stories.map((id) => ({ id, tracker: '', url: null }))
  ).map(storyLine)
  // Every line is escaped once; fitting the limit then only joins more or fewer of them.
  const commits = trace ? commitLines(trace, links) : []
  const diagram = renderPromotionDiagram(input.promotion ?? [])
  const head = [
    title(record),
    '',
    facts(input),
    '',
    ...(diagram ? ['### Promotion', '', diagram] : []),
    `### Stories (${stories.length})`,
    ''
  ]
  // Lists are left out (`lists` false) to size the rest; their lines' sizes are known.
  const render = (shown: number, lists = true): string => {
    const parts = [...head]
    const storyCount = Math.min(shown, stories.length)
    if (!stories.length) parts.push('None named.')
    else if (lists) parts.push(...stories.slice(0, storyCount))
    parts.push(
      ...more(stories.length - storyCount, 'story', 'stories'),
      '',
      `### Commits (${commits.length})`,
      ''
    )
    if (trace) {
      const commitCount = Math.min(shown, commits.length)
      parts.push(rangeLine(trace, record.environment, links), '')
      if (lists) parts.push(...commits.slice(0, commitCount))
      parts.push(...more(commits.length - commitCount, 'commit', 'commits'))
    } else {
      parts.push(markdownText(input.traceNote ?? 'The commits of this deployment are not known.'))
    }
    return `${parts.join('\n')}\n`
  }
  return renderFitting(render, stories, commits, maxBytes)
}
