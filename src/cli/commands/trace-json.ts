import { RangeTable } from '../../trace/range-table.js'
import type { RangeTrace } from '../../trace/trace-range.js'
import { ByteWriter } from '../byte-writer.js'
import { JsonChunks } from '../json-chunks.js'

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

function head(trace: RangeTrace, table: RangeTable): string {
  const count = table.commitCount
  let merges = 0
  for (let commit = 0; commit < count; commit++) if (table.merge(commit)) merges++
  return `{\n  "from": ${json(trace.from)},\n  "to": ${json(trace.to)},\n  "firstDeployment": ${json(trace.firstDeployment)},\n  "truncated": ${json(trace.truncated)},\n  "limit": ${json(trace.limit)},\n  "commits": ${count},\n  "merges": ${merges},\n  "stories": [`
}

function storyHead(table: RangeTable, story: number): string {
  const url = table.url(story)
  return `${story === 0 ? '' : ','}\n    {\n      "id": ${quoted(table.storyId(story))},\n      "tracker": ${quoted(table.tracker(story))},\n      "url": ${url === null ? 'null' : quoted(url)},\n      "commits": [`
}

const STORY_END = '\n      ]\n    }'
const WITHOUT_HEAD = ['],\n  "withoutStory": [', '\n  ],\n  "withoutStory": ['] as const
const WITHOUT_END = [']\n}', '\n  ]\n}'] as const

/**
 * The --json document of a trace, written in pieces as `JSON.stringify(document, null, 2)` would
 * write it whole: the range, counts, every story with its commits, every commit without a story.
 * It reads the trace's table, so a trace of 100,000 commits builds no object per commit.
 */
export function traceJson(trace: RangeTrace): JsonChunks {
  return new JsonChunks(function* () {
    const table = trace.table ?? RangeTable.of(trace.commits, trace.stories)
    yield head(trace, table)
    // Written as bytes, handed over whenever a buffer's worth is ready.
    const out = new ByteWriter()
    const stories = table.storyCount
    for (let story = 0; story < stories; story++) {
      out.text(storyHead(table, story))
      // Every story has at least one commit: the one that named it.
      const first = table.firstLinkOf(story)
      for (let link = first; link >= 0; link = table.next(link)) {
        commitEntry(out, table, table.commitOf(link), IN_STORY, link === first)
      }
      out.text(STORY_END)
      if (out.full) yield out.take()
    }
    out.text(WITHOUT_HEAD[stories > 0 ? 1 : 0])
    let without = 0
    for (let commit = 0; commit < table.commitCount; commit++) {
      if (table.merge(commit) || table.hasStory(commit)) continue
      commitEntry(out, table, commit, WITHOUT_STORY, without++ === 0)
      if (out.full) yield out.take()
    }
    out.text(WITHOUT_END[without > 0 ? 1 : 0])
    yield out.take()
  })
}
