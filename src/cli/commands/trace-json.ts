import { copyWords, dataViewOf } from '../../trace/columns.js'
import { RangeTable, type CommitTexts } from '../../trace/range-table.js'
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
  first: DataView
  next: DataView
  middle: DataView
  close: DataView
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
  ].map((part) => dataViewOf(Buffer.from(part, 'latin1'))) as [
    DataView,
    DataView,
    DataView,
    DataView
  ]
  const size = next.byteLength + middle.byteLength + close.byteLength + 2
  return { first, next, middle, close, size }
}
const IN_STORY = entryParts('        ')
const WITHOUT_STORY = entryParts('    ')
const QUOTE = 0x22

// One entry, with a comma before it unless it is the first of its list. A SHA from git is
// hexadecimal: nothing in it to escape; a plain subject's bytes are its JSON between quotes.
function commitEntry(
  out: ByteWriter,
  table: RangeTable,
  texts: CommitTexts,
  commit: number,
  parts: EntryParts,
  first: boolean
): void {
  const { shas, shaAt, subjects, subjectAt } = texts
  const sha = shaAt[commit]!
  const shaEnd = shaAt[commit + 1]!
  const subject = subjectAt[commit]!
  const subjectEnd = subjectAt[commit + 1]!
  const open = first ? parts.first : parts.next
  const target = out.roomWords(parts.size + shaEnd - sha + subjectEnd - subject)
  let at = copyWords(open, 0, open.byteLength, target, out.position)
  at = copyWords(shas, sha, shaEnd, target, at)
  at = copyWords(parts.middle, 0, parts.middle.byteLength, target, at)
  if (table.plainSubject(commit)) {
    target.setUint8(at++, QUOTE)
    at = copyWords(subjects, subject, subjectEnd, target, at)
    target.setUint8(at++, QUOTE)
    out.advance(copyWords(parts.close, 0, parts.close.byteLength, target, at))
    return
  }
  out.advance(at)
  out.text(json(table.subject(commit)))
  out.words(parts.close)
}

function head(trace: RangeTrace, table: RangeTable): string {
  const count = table.commitCount
  let merges = 0
  for (let commit = 0; commit < count; commit++) if (table.merge(commit)) merges++
  return `{\n  "from": ${json(trace.from)},\n  "to": ${json(trace.to)},\n  "firstDeployment": ${json(trace.firstDeployment)},\n  "truncated": ${json(trace.truncated)},\n  "limit": ${json(trace.limit)},\n  "commits": ${count},\n  "merges": ${merges},\n  "stories": [`
}

// The fixed text of a story's head and end, encoded once.
const STORY_OPEN = ['\n    {\n      "id": ', ',\n    {\n      "id": '].map((text) =>
  Buffer.from(text)
)
const STORY_TRACKER = Buffer.from(',\n      "tracker": ')
const STORY_URL = Buffer.from(',\n      "url": ')
const STORY_COMMITS = Buffer.from(',\n      "commits": [')
const STORY_END = Buffer.from('\n      ]\n    }')

function storyHead(out: ByteWriter, table: RangeTable, story: number): void {
  const url = table.url(story)
  out.bytes(STORY_OPEN[story === 0 ? 0 : 1]!)
  out.text(quoted(table.storyId(story)))
  out.bytes(STORY_TRACKER)
  out.text(quoted(table.tracker(story)))
  out.bytes(STORY_URL)
  out.text(url === null ? 'null' : quoted(url))
  out.bytes(STORY_COMMITS)
}

const WITHOUT_HEAD = ['],\n  "withoutStory": [', '\n  ],\n  "withoutStory": ['] as const
const WITHOUT_END = [']\n}', '\n  ]\n}'] as const

// Writes stories from `story` on until a piece's worth is written: the story after the last.
function writeStories(out: ByteWriter, table: RangeTable, story: number): number {
  const stories = table.storyCount
  const texts = table.texts()
  for (; story < stories && !out.full; story++) {
    storyHead(out, table, story)
    // Every story has at least one commit: the one that named it.
    const first = table.firstLinkOf(story)
    for (let link = first; link >= 0; link = table.next(link)) {
      commitEntry(out, table, texts, table.commitOf(link), IN_STORY, link === first)
    }
    out.bytes(STORY_END)
  }
  return story
}

// Writes the commits that name no story (merges aside) from `commit` on until a piece's worth
// is written: the commit after the last looked at. `written` counts them.
function writeWithoutStory(
  out: ByteWriter,
  table: RangeTable,
  commit: number,
  written: { count: number }
): number {
  const commits = table.commitCount
  const texts = table.texts()
  for (; commit < commits && !out.full; commit++) {
    if (table.merge(commit) || table.hasStory(commit)) continue
    commitEntry(out, table, texts, commit, WITHOUT_STORY, written.count++ === 0)
  }
  return commit
}

/**
 * The --json document of a trace, written in pieces as `JSON.stringify(document, null, 2)` would
 * write it whole: the range, counts, every story with its commits, every commit without a story.
 * It reads the trace's table, so a trace of 100,000 commits builds no object per commit.
 */
export function traceJson(trace: RangeTrace): JsonChunks {
  return new JsonChunks(function* () {
    const table = trace.table ?? RangeTable.of(trace.commits, trace.stories)
    yield head(trace, table)
    // Written as bytes, handed over whenever a buffer's worth is ready. The loops are plain
    // functions, not this generator's: V8 optimizes a long loop in a generator late.
    const out = new ByteWriter()
    const stories = table.storyCount
    for (let story = 0; story < stories;) {
      story = writeStories(out, table, story)
      yield out.take()
    }
    out.text(WITHOUT_HEAD[stories > 0 ? 1 : 0])
    const without = { count: 0 }
    for (let commit = 0; commit < table.commitCount;) {
      commit = writeWithoutStory(out, table, commit, without)
      if (out.full) yield out.take()
    }
    out.text(WITHOUT_END[without.count > 0 ? 1 : 0])
    yield out.take()
  })
}
