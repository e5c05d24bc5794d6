import { markdownLink, markdownText } from '../../text/escape.js'
import type { PublishResult } from '../../repository/package-repository.js'

const SHOWN_STORIES = 20

/** Where commits of the run's repository are shown, for a link to the package's commit. */
export interface SummaryLinks {
  server?: string | undefined
  repository?: string | undefined
}

function commitCell(commit: string | null, links: SummaryLinks): string {
  if (!commit) return 'unknown'
  if (!/^[0-9a-f]{7,64}$/.test(commit)) return markdownText(commit, 80)
  const url =
    links.server && links.repository
      ? `${links.server}/${links.repository}/commit/${commit}`
      : undefined
  return markdownLink(commit.slice(0, 12), url)
}

/**
 * The job summary of a publish, as markdown: what was published where, with a link to it. Text
 * that comes from commits or users is escaped.
 */
export function publishSummary(
  result: PublishResult,
  repository: string,
  links: SummaryLinks
): string {
  const { record } = result
  const name = `${record.app} ${record.version}`
  const title = result.created
    ? `Published ${markdownText(name)}`
    : `${markdownText(name)} was already published with the same content`
  const file = `${record.app}_${record.version}.mda`
  const stories = record.stories.slice(0, SHOWN_STORIES).map((id) => markdownText(id, 60))
  if (record.stories.length > SHOWN_STORIES) {
    stories.push(`… and ${record.stories.length - SHOWN_STORIES} more`)
  }
  const rows = [
    ['Package', markdownLink(file, record.url)],
    ['Repository', markdownText(repository)],
    ['Version', markdownText(record.version)],
    ['SHA-256', `\`${record.sha256}\``],
    ['Size', `${record.size.toLocaleString('en-US')} bytes`],
    ['Runtime', markdownText(record.runtimeVersion, 40)],
    ['Commit', commitCell(record.commit, links)],
    ['Branch', record.branch ? markdownText(record.branch, 100) : 'unknown'],
    ['Stories', stories.length ? stories.join(', ') : 'none named']
  ]
  return [
    `### ${title}`,
    '',
    '| Fact | Value |',
    '| --- | --- |',
    ...rows.map(([fact, value]) => `| ${fact} | ${value} |`),
    ''
  ].join('\n')
}
