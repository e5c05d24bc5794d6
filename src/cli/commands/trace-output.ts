import { logText } from '../../text/escape.js'
import { RangeTable } from '../../trace/range-table.js'
import type { RangeTrace, TracedCommit } from '../../trace/trace-range.js'
import { ByteWriter } from '../byte-writer.js'
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
// What JSON.stringify escapes in a string: quotes, backslashes, controls, lone surrogates.
// Most subjects have none, and quoting them as they are is much cheaper than stringify.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/

function quoted(text: string): string {
  return ESCAPED.test(text) ? json(text) : `"${text}"`
}

// The fixed text around the SHA and subject of one `{ sha, subject }` of a list indented by
// `pad`, as JSON.stringify(…, null, 2) writes it, encoded once rather than for every commit.
interface EntryParts {
  first: Buffer
  next: Buffer
  middle: Buffer
  close: Buffer
  /** Bytes of the fixed text of one entry, with its comma. */
  size: number
}

function entryParts(pad: string): EntryParts {
  const open = `\n${pad}{\n${pad}  "sha": "`
  const [first, next, middle, close] = [
    open,
    `,${open}`,
    `",\n${pad}  "subject": `,
    `\n${pad}}`
  ].map((part) => Buffer.from(part, 'latin1')) as [Buffer, Buffer, Buffer, Buffer]
  return { first, next, middle, close, size: next.length + middle.length + close.length + 2 }
}
const IN_STORY = entryParts('        ')
const WITHOUT_STORY = entryParts('    ')
const QUOTE = 0x22

// One entry, with a comma before it unless it is the first of its list. A SHA from git is
// hexadecimal: nothing in it to escape; a plain subject's bytes are its JSON between quotes.
function commitEntry(
  out: ByteWriter,
  table: RangeTable,
  commit: number,
  parts: EntryParts,
  first: boolean
): void {
  out.bytes(first ? parts.first : parts.next)
  const buffer = out.room(parts.size + table.textLength(commit))
  let at = table.copySha(commit, buffer, out.position)
  buffer.set(parts.middle, at)
  at += parts.middle.length
  if (table.plainSubject(commit)) {
    buffer[at++] = QUOTE
    at = table.copySubject(commit, buffer, at)
    buffer[at++] = QUOTE
    out.advance(at)
  } else {
    out.advance(at)
    out.text(json(table.subject(commit)))
  }
  out.bytes(parts.close)
}

/**
 * The --json document of a trace, written in pieces as `JSON.stringify(document, null, 2)` would
 * write it whole: the range, counts, every story with its commits, every commit without a story.
 * It reads the trace's table, so a trace of 100,000 commits builds no object per commit.
 */
export function traceJson(trace: RangeTrace): JsonChunks {
  return new JsonChunks(function* () {
    const table = trace.table ?? RangeTable.of(trace.commits, trace.stories)
    const count = table.commitCount
    let merges = 0
    for (let commit = 0; commit < count; commit++) if (table.merge(commit)) merges++
    yield `{\n  "from": ${json(trace.from)},\n  "to": ${json(trace.to)},\n  "firstDeployment": ${json(trace.firstDeployment)},\n  "truncated": ${json(trace.truncated)},\n  "limit": ${json(trace.limit)},\n  "commits": ${count},\n  "merges": ${merges},\n  "stories": [`
    const stories = table.storyCount
    // Written as bytes, handed over whenever a buffer's worth is ready.
    const out = new ByteWriter()
    for (let story = 0; story < stories; story++) {
      const url = table.url(story)
      out.text(
        `${story === 0 ? '' : ','}\n    {\n      "id": ${quoted(table.storyId(story))},\n      "tracker": ${quoted(table.tracker(story))},\n      "url": ${url === null ? 'null' : quoted(url)},\n      "commits": [`
      )
      // Every story has at least one commit: the one that named it.
      const first = table.firstLinkOf(story)
      for (let link = first; link >= 0; link = table.next(link)) {
        commitEntry(out, table, table.commitOf(link), IN_STORY, link === first)
      }
      out.text('\n      ]\n    }')
      if (out.full) yield out.take()
    }
    out.text(stories > 0 ? '\n  ],\n  "withoutStory": [' : '],\n  "withoutStory": [')
    let without = 0
    for (let commit = 0; commit < count; commit++) {
      if (table.merge(commit) || table.hasStory(commit)) continue
      commitEntry(out, table, commit, WITHOUT_STORY, without++ === 0)
      if (out.full) yield out.take()
    }
    out.text(without > 0 ? '\n  ]\n}' : ']\n}')
    yield out.take()
  })
}
