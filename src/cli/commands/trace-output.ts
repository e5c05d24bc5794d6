import { logText } from '../../text/escape.js'
import type { RangeTrace, TracedCommit } from '../../trace/trace-range.js'

/** Ranges longer than this are summarised in the text output unless --all-commits is given. */
export const TEXT_COMMITS_LISTED = 1000
/** How many commits without a story a summary shows. */
const SUMMARY_SHOWN = 20

// Commits that name a story, by SHA: stories list SHAs, and both outputs show their subjects.
// Commits without a story are not looked up, so they stay out of the map.
function commitsWithStories(trace: RangeTrace): Map<string, TracedCommit> {
  const bySha = new Map<string, TracedCommit>()
  for (const commit of trace.commits) if (commit.stories.length > 0) bySha.set(commit.sha, commit)
  return bySha
}

function withoutStory(trace: RangeTrace): TracedCommit[] {
  return trace.commits.filter((c) => !c.merge && c.stories.length === 0)
}

function line(commit: TracedCommit | undefined, sha: string): string {
  return `  ${sha.slice(0, 12)}  ${logText(commit?.subject ?? '', 72)}`
}

/**
 * The text people read: every story with its commits and every commit without a story; a range
 * of more than TEXT_COMMITS_LISTED commits shows each story with its number of commits and its
 * newest one, and the first commits without a story, unless `allCommits`.
 */
export function traceText(trace: RangeTrace, allCommits: boolean): string {
  const range = trace.from
    ? `${trace.from.slice(0, 12)}..${trace.to.slice(0, 12)}`
    : `${trace.to.slice(0, 12)} (first deployment: ${trace.truncated ? `newest ${trace.limit} commits only` : 'whole history'})`
  const without = withoutStory(trace)
  const bySha = commitsWithStories(trace)
  const lines = [
    `${range}: ${trace.commits.length} commits, ${trace.stories.length} stories, ${without.length} commits without a story`
  ]
  const summary = !allCommits && trace.commits.length > TEXT_COMMITS_LISTED
  for (const story of trace.stories) {
    const count = summary ? `  (${story.commits.length} commits, the newest shown)` : ''
    lines.push(`${logText(story.id, 100)}${story.url ? `  ${story.url}` : ''}${count}`)
    const shown = summary ? story.commits.slice(0, 1) : story.commits
    for (const sha of shown) lines.push(line(bySha.get(sha), sha))
  }
  if (without.length) {
    lines.push('without a story:')
    const shown = summary ? without.slice(0, SUMMARY_SHOWN) : without
    for (const commit of shown) lines.push(line(commit, commit.sha))
    if (shown.length < without.length) {
      lines.push(`  … and ${without.length - shown.length} more (--all-commits lists them all)`)
    }
  }
  if (summary) {
    lines.push(
      `${trace.commits.length} commits: summarised; --all-commits lists every commit, --json gives them all`
    )
  }
  return lines.join('\n')
}
