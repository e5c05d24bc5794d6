import type { LinkContext } from '../trace/story-patterns.js'
import type { StoryCheck } from '../trace/require-story.js'
import type { TracedCommit, TracedStory } from '../trace/trace-range.js'
import { markdownLink, markdownText } from './escape.js'
import { largestFitting } from './fit.js'
import { commitRef, count, markdownTable } from './markdown.js'
import { SUMMARY_MAX_BYTES } from './deployment-summary.js'

/** What the pull-request check shows: each commit and the stories it names. */
export interface StoryCheckSummaryInput {
  commits: readonly TracedCommit[]
  stories: readonly TracedStory[]
  check: StoryCheck
  links?: LinkContext
}

function verdict(check: StoryCheck): string {
  const missing = check.findings.length
  if (missing === 0) {
    return check.checked === 0
      ? 'No commits to check.'
      : `✅ Every commit names a story (${count(check.checked, 'commit')}).`
  }
  const icon = check.passed ? '⚠️' : '❌'
  return `${icon} ${count(missing, 'commit')} of ${check.checked} ${missing === 1 ? 'names' : 'name'} no story.`
}

/**
 * The job summary of the pull-request story check: the verdict, then one row per commit with
 * its stories (linked where the pattern has a url). Untrusted text is escaped; under 1 MB.
 */
export function renderStoryCheckSummary(
  input: StoryCheckSummaryInput,
  maxBytes = SUMMARY_MAX_BYTES
): string {
  const links = input.links ?? {}
  const urls = new Map(input.stories.map((story) => [story.id, story.url]))
  const rows = input.commits.map((commit) => [
    commitRef(commit.sha, links),
    markdownText(commit.subject, 100) + (commit.merge ? ' _(merge)_' : ''),
    commit.stories.map((id) => markdownLink(id, urls.get(id), 100)).join(', ') ||
      (commit.merge ? '—' : '**none**')
  ])
  const render = (shown: number): string => {
    const parts = [
      '## User stories of this pull request',
      '',
      verdict(input.check),
      '',
      `Stories: ${
        input.stories
          .map((s) => markdownLink(s.id, s.url, 100))
          .slice(0, shown)
          .join(', ') || 'none'
      }${shown < input.stories.length ? `, … and ${count(input.stories.length - shown, 'more', 'more')}` : ''}`
    ]
    if (rows.length)
      parts.push('', markdownTable(['Commit', 'Subject', 'Stories'], rows.slice(0, shown)))
    if (shown < rows.length) parts.push('', `… and ${count(rows.length - shown, 'more commit')}.`)
    return `${parts.join('\n')}\n`
  }
  const most = Math.max(rows.length, input.stories.length)
  const shown = largestFitting(most, maxBytes, render, (text) => Buffer.byteLength(text))
  return render(Math.max(0, shown))
}
