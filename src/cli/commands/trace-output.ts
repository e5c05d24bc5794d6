import { logText } from '../../text/escape.js'
import type { RangeTrace, TracedCommit } from '../../trace/trace-range.js'
import { JsonChunks } from '../json-chunks.js'

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

const json = JSON.stringify
// Stories, or commits without a story, written as one piece.
const PIECE = 1000
// What JSON.stringify escapes in a string: quotes, backslashes, controls, lone surrogates.
// Most subjects have none, and quoting them as they are is much cheaper than stringify.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/

function quoted(text: string): string {
  return ESCAPED.test(text) ? json(text) : `"${text}"`
}

// One `{ sha, subject }` of a list, indented by `pad`, as JSON.stringify(…, null, 2) writes it.
function commitEntry(commit: TracedCommit, pad: string, first: boolean): string {
  // A SHA from git is hexadecimal: nothing in it to escape.
  return `${first ? '' : ','}\n${pad}{\n${pad}  "sha": "${commit.sha}",\n${pad}  "subject": ${quoted(commit.subject)}\n${pad}}`
}

/**
 * The --json document of a trace, written in pieces as `JSON.stringify(document, null, 2)` would
 * write it whole: the range, counts, every story with its commits, every commit without a story.
 */
export function traceJson(trace: RangeTrace): JsonChunks {
  return new JsonChunks(function* () {
    const bySha = commitsWithStories(trace)
    let merges = 0
    for (const commit of trace.commits) if (commit.merge) merges++
    yield `{\n  "from": ${json(trace.from)},\n  "to": ${json(trace.to)},\n  "firstDeployment": ${json(trace.firstDeployment)},\n  "truncated": ${json(trace.truncated)},\n  "limit": ${json(trace.limit)},\n  "commits": ${trace.commits.length},\n  "merges": ${merges},\n  "stories": [`
    // Stories and commits without a story in pieces of a thousand: pieces small enough to write
    // as they come, few enough that handing them over costs little.
    const { stories } = trace
    for (let start = 0; start < stories.length; start += PIECE) {
      let text = ''
      const end = Math.min(stories.length, start + PIECE)
      for (let s = start; s < end; s++) {
        const { id, tracker, url, commits } = stories[s]!
        text += `${s === 0 ? '' : ','}\n    {\n      "id": ${quoted(id)},\n      "tracker": ${quoted(tracker)},\n      "url": ${url === null ? 'null' : quoted(url)},\n      "commits": [`
        for (let i = 0; i < commits.length; i++) {
          text += commitEntry(bySha.get(commits[i]!)!, '        ', i === 0)
        }
        text += commits.length > 0 ? '\n      ]\n    }' : ']\n    }'
      }
      yield text
    }
    yield trace.stories.length > 0 ? '\n  ],\n  "withoutStory": [' : '],\n  "withoutStory": ['
    const without = withoutStory(trace)
    for (let start = 0; start < without.length; start += PIECE) {
      let text = ''
      const end = Math.min(without.length, start + PIECE)
      for (let i = start; i < end; i++) text += commitEntry(without[i]!, '    ', i === 0)
      yield text
    }
    yield without.length > 0 ? '\n  ]\n}' : ']\n}'
  })
}
