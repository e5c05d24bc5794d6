import type { LinkContext } from '../stories/story-patterns.js'
import type { StoryCheck } from '../trace/require-story.js'
import type { TracedCommit, TracedStory } from '../trace/trace-range.js'
import { SUMMARY_MAX_BYTES } from './deployment-summary.js'
import { markdownLink, markdownText } from '../text/escape.js'
import { renderFitting } from './fit.js'
import { commitRef, count, markdownTable } from './markdown.js'

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
 * The job summary of the pull-request story check: the verdict, the stories, then one row per
 * commit with its stories (linked where the pattern has a url). Escaped; stays under 1 MB.
 */
export function renderStoryCheckSummary(
  input: StoryCheckSummaryInput,
  maxBytes = SUMMARY_MAX_BYTES
): string {
  const links = input.links ?? {}
  const urls = new Map(input.stories.map((story) => [story.id, story.url]))
  const stories = input.stories.map((story) => `- ${markdownLink(story.id, story.url, 100)}`)
  const [header = '', rule = '', ...rows] = markdownTable(
    ['Commit', 'Subject', 'Stories'],
    input.commits.map((commit) => [
      commitRef(commit.sha, links),
      markdownText(commit.subject, 100) + (commit.merge ? ' _(merge)_' : ''),
      commit.stories.map((id) => markdownLink(id, urls.get(id), 100)).join(', ') ||
        (commit.merge ? '—' : '**none**')
    ])
  ).split('\n')
  // Lists are left out (`lists` false) to size the rest; their lines' sizes are known.
  const render = (shown: number, lists = true): string => {
    const storyCount = Math.min(shown, stories.length)
    const rowCount = Math.min(shown, rows.length)
    const parts = ['## User stories of this pull request', '', verdict(input.check), '']
    parts.push(`### Stories (${stories.length})`, '')
    if (!stories.length) parts.push('None named.')
    else if (lists) parts.push(...stories.slice(0, storyCount))
    if (storyCount < stories.length) {
      parts.push(`- … and ${count(stories.length - storyCount, 'more story', 'more stories')}`)
    }
    parts.push('', `### Commits (${rows.length})`, '')
    if (rows.length) parts.push(header, rule)
    if (lists) parts.push(...rows.slice(0, rowCount))
    if (rowCount < rows.length) {
      parts.push('', `… and ${count(rows.length - rowCount, 'more commit')}.`)
    }
    return `${parts.join('\n')}\n`
  }
  return renderFitting(render, stories, rows, maxBytes)
}
