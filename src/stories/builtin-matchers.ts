import { NOT_JIRA_KEYS } from './story-patterns.js'

/**
 * The default story patterns matched on a message's UTF-8 bytes, by hand, as their regexes in
 * story-patterns.ts match its text. Every character the regexes test is ASCII, and a byte of a
 * multi-byte character is never ASCII, so a test on a byte gives what the test on its
 * character gives. What differs is spelled out where it is handled: JavaScript's line
 * terminators and `\s` include characters of several bytes.
 * test/stories/builtin-story-scanner.test.ts checks the matchers against the regexes on
 * generated messages.
 */

/**
 * Receives a match: where it starts, the ID's bytes `[from, to)`, and where its `#` lies (-1
 * when it has none).
 */
export type MatchSink = (at: number, from: number, to: number, hash: number) => void

const WORD = 1 // \w: [A-Za-z0-9_]
const UPPER = 2 // [A-Z]
const DIGIT = 4 // [0-9]
const KEY = 8 // [A-Z0-9_]: a Jira key after its first letter
const OWNER = 16 // [A-Za-z0-9-]: a GitHub owner
const REPO = 32 // [A-Za-z0-9._-]: a GitHub repository name
const NOT_BEFORE_ISSUE = 64 // [\w.\-/#&]: what may not come before #123 or owner/repo#123
const ALNUM = 128 // [A-Za-z0-9]

const CLASSES = new Uint8Array(256)
function mark(characters: string, flags: number): void {
  for (const character of characters) CLASSES[character.charCodeAt(0)]! |= flags
}
const UPPERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const LOWERS = UPPERS.toLowerCase()
const DIGITS = '0123456789'
mark(UPPERS, WORD | UPPER | KEY | OWNER | REPO | NOT_BEFORE_ISSUE | ALNUM)
mark(LOWERS, WORD | OWNER | REPO | NOT_BEFORE_ISSUE | ALNUM)
mark(DIGITS, WORD | DIGIT | KEY | OWNER | REPO | NOT_BEFORE_ISSUE | ALNUM)
mark('_', WORD | KEY | REPO | NOT_BEFORE_ISSUE)
mark('-', OWNER | REPO | NOT_BEFORE_ISSUE)
mark('.', REPO | NOT_BEFORE_ISSUE)
mark('/#&', NOT_BEFORE_ISSUE)

const DASH = 0x2d
const HASH = 0x23
const DOT = 0x2e
const SLASH = 0x2f
const ONE = 0x31
const NINE = 0x39
const LF = 0x0a
const CR = 0x0d

function is(byte: number | undefined, flags: number): boolean {
  return byte !== undefined && (CLASSES[byte]! & flags) !== 0
}

/** The end of the number `[1-9][0-9]*` at `at`, or -1 when none starts there. */
function numberEnd(bytes: Uint8Array, at: number, end: number): number {
  if (at >= end || bytes[at]! < ONE || bytes[at]! > NINE) return -1
  at++
  while (at < end && is(bytes[at], DIGIT)) at++
  return at
}

// The keys that are not stories, as bytes.
const EXCLUDED = NOT_JIRA_KEYS.map((key) => Buffer.from(key, 'latin1'))

function excludedKey(bytes: Uint8Array, from: number, to: number): boolean {
  for (const key of EXCLUDED) {
    if (key.length !== to - from) continue
    let same = true
    for (let i = 0; i < key.length && same; i++) same = bytes[from + i] === key[i]
    if (same) return true
  }
  return false
}

/** Receives the matches of each default pattern; a pattern not in use has none. */
export interface MatchSinks {
  jira?: MatchSink | undefined
  azure?: MatchSink | undefined
  github?: MatchSink | undefined
  trailer?: MatchSink | undefined
}

const COLON = 0x3a
// Four bytes at a time: a word holds a dash, a # or a colon when one of these has a zero byte.
const DASHES = 0x2d2d2d2d
const HASHES = 0x23232323
const COLONS = 0x3a3a3a3a
const ONES = 0x01010101
const HIGHS = 0x80808080

/**
 * Finds the matches of the default patterns in the message `bytes[start, end)` (`view` is a
 * DataView of the memory of `bytes`, in which they start at `offset`). Each pattern is looked
 * for from the byte every match of it holds: a Jira key's dash, an issue's #, a trailer's
 * colon. Those bytes are rare in text, so the message is read four bytes at a time for them,
 * and only the words that hold one are looked at byte by byte.
 */
export function matchStories(
  bytes: Uint8Array,
  view: DataView,
  offset: number,
  start: number,
  end: number,
  sinks: MatchSinks
): void {
  let at = start
  for (; at + 4 <= end; at += 4) {
    const word = view.getUint32(offset + at, true)
    const dash = word ^ DASHES
    const hash = word ^ HASHES
    const colon = word ^ COLONS
    // (x - 0x01010101) & ~x & 0x80808080 is not 0 exactly when a byte of x is 0.
    const found = ((dash - ONES) & ~dash) | ((hash - ONES) & ~hash) | ((colon - ONES) & ~colon)
    if ((found & HIGHS) === 0) continue
    for (let i = at; i < at + 4; i++) matchAt(bytes, start, end, i, sinks)
  }
  for (; at < end; at++) matchAt(bytes, start, end, at, sinks)
}

function matchAt(bytes: Uint8Array, start: number, end: number, at: number, sinks: MatchSinks) {
  const byte = bytes[at]
  if (byte === DASH) {
    if (sinks.jira) jiraAt(bytes, start, end, at, sinks.jira)
  } else if (byte === HASH) {
    if (sinks.azure || sinks.github) issuesAt(bytes, start, end, at, sinks.azure, sinks.github)
  } else if (byte === COLON && sinks.trailer) {
    trailerAt(bytes, start, end, at, sinks.trailer)
  }
}

// PROJ-123 (`jira`), from its dash.
function jiraAt(bytes: Uint8Array, start: number, end: number, dash: number, sink: MatchSink) {
  let from = dash
  while (from > start && is(bytes[from - 1], KEY)) from--
  // Inside a run of key characters only its first may start a key (the others follow \w).
  if (dash - from < 2 || !is(bytes[from], UPPER)) return
  if (from > start && (is(bytes[from - 1], WORD) || bytes[from - 1] === DASH)) return
  const to = numberEnd(bytes, dash + 1, end)
  if (to > 0 && !excludedKey(bytes, from, dash) && jiraEnds(bytes, to, end)) {
    sink(from, from, to, -1)
  }
}

// (?![\w]|-[0-9]|\.[0-9]): not a word, a longer dashed token or a version.
function jiraEnds(bytes: Uint8Array, at: number, end: number): boolean {
  if (at >= end) return true
  const next = bytes[at]!
  if (is(next, WORD)) return false
  return !((next === DASH || next === DOT) && at + 1 < end && is(bytes[at + 1], DIGIT))
}

// AB#123 (`azure-boards`) and #123 or owner/repo#123 (`github`), from the #.
function issuesAt(
  bytes: Uint8Array,
  start: number,
  end: number,
  hash: number,
  azure: MatchSink | undefined,
  github: MatchSink | undefined
): void {
  const to = numberEnd(bytes, hash + 1, end)
  if (to < 0 || (to < end && is(bytes[to], WORD))) return
  if (azure) matchAzure(bytes, start, hash, to, azure)
  if (github) matchGitHub(bytes, start, hash, to, github)
}

// (?<![\w-])AB#: the two letters before the #, and neither a word nor a dash before them.
function matchAzure(bytes: Uint8Array, start: number, hash: number, to: number, sink: MatchSink) {
  const from = hash - 2
  if (from < start || bytes[from] !== 0x41 || bytes[from + 1] !== 0x42) return
  if (from > start && (is(bytes[from - 1], WORD) || bytes[from - 1] === DASH)) return
  sink(from, from, to, hash)
}

// (?<![\w.\-/#&])(owner/repo)?#: with a repository when one ends at the #, else the # alone.
function matchGitHub(bytes: Uint8Array, start: number, hash: number, to: number, sink: MatchSink) {
  if (hash === start || !is(bytes[hash - 1], NOT_BEFORE_ISSUE)) {
    sink(hash, hash, to, hash)
    return
  }
  // The repository name: the run of its characters before the #, with a slash before it.
  let name = hash
  while (name > start && is(bytes[name - 1], REPO)) name--
  if (name === hash || name - 1 <= start || bytes[name - 1] !== SLASH) return
  // The owner: the run of its characters before the slash; only its first may start a match.
  let owner = name - 1
  while (owner > start && is(bytes[owner - 1], OWNER)) owner--
  if (owner === name - 1 || !is(bytes[owner], ALNUM)) return
  if (owner > start && is(bytes[owner - 1], NOT_BEFORE_ISSUE)) return
  sink(owner, owner, to, hash)
}

/**
 * The length of the line terminator at `at` (\n, \r, U+2028, U+2029: what `^`, `$` and `.` of
 * a multi-line regex take as one), 0 when there is none.
 */
function terminatorLength(bytes: Uint8Array, at: number, end: number): number {
  const byte = bytes[at]
  if (byte === LF || byte === CR) return 1
  if (byte === 0xe2 && at + 2 < end && bytes[at + 1] === 0x80) {
    const last = bytes[at + 2]
    if (last === 0xa8 || last === 0xa9) return 3
  }
  return 0
}

function lineStart(bytes: Uint8Array, start: number, at: number): boolean {
  if (at === start) return true
  const before = bytes[at - 1]
  if (before === LF || before === CR) return true
  return at - start >= 3 && terminatorLength(bytes, at - 3, at) === 3
}

function blank(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09
}

// [Rr]elated[ -] before the S of "Story" at `at`: where it starts, or -1.
const ELATED = Buffer.from('elated', 'latin1')
function relatedBefore(bytes: Uint8Array, start: number, at: number): number {
  const from = at - 8
  if (from < start || (bytes[from] !== 0x52 && bytes[from] !== 0x72)) return -1
  for (let i = 0; i < ELATED.length; i++) if (bytes[from + 1 + i] !== ELATED[i]) return -1
  return bytes[at - 1] === 0x20 || bytes[at - 1] === DASH ? from : -1
}

// Whether only blanks lie between a line start and `at`.
function blanksFromLineStart(bytes: Uint8Array, start: number, at: number): boolean {
  while (at > start && blank(bytes[at - 1])) at--
  return lineStart(bytes, start, at)
}

/**
 * A trailer line ("Story: 12", "Related stories: ABC-1, ABC-2") whose colon is at `colon`, as
 * the `trailer` regex finds it: `item` receives each item of its list as the regex's caller
 * splits it, as a match whose ID is the item without its brackets. A line is a trailer only
 * where its first word is Story or Stories (or Related stories) before the colon, so it holds
 * at most one, whatever colons follow.
 */
function trailerAt(bytes: Uint8Array, start: number, end: number, colon: number, item: MatchSink) {
  let word = colon
  while (word > start && blank(bytes[word - 1])) word--
  // Stor(?:y|ies) before the blanks: where its S is.
  let s = -1
  if (bytes[word - 1] === 0x79)
    s = word - 5 // y
  else if (bytes[word - 1] === 0x73 && bytes[word - 2] === 0x65 && bytes[word - 3] === 0x69) {
    s = word - 7 // ies
  }
  if (s < start || (bytes[s] !== 0x53 && bytes[s] !== 0x73)) return
  if (bytes[s + 1] !== 0x74 || bytes[s + 2] !== 0x6f || bytes[s + 3] !== 0x72) return // tor
  const related = relatedBefore(bytes, start, s)
  if (!blanksFromLineStart(bytes, start, related >= 0 ? related : s)) return
  let list = colon + 1
  while (list < end && blank(bytes[list])) list++
  let stop = list
  while (stop < end && terminatorLength(bytes, stop, end) === 0) stop++
  listItems(bytes, list, stop, item)
}

/**
 * The length of what splits a list at `at` (JavaScript's `[\s,;]`, whose `\s` includes the
 * Unicode spaces), 0 when it is part of an item.
 */
function separatorLength(bytes: Uint8Array, at: number, end: number): number {
  const byte = bytes[at]!
  if (byte === 0x20 || byte === 0x2c || byte === 0x3b || (byte >= 0x09 && byte <= 0x0d)) return 1
  if (byte < 0xc2) return 0
  const second = bytes[at + 1]
  if (byte === 0xc2) return second === 0xa0 && at + 1 < end ? 2 : 0
  if (at + 2 >= end) return 0
  const third = bytes[at + 2]!
  switch (byte) {
    case 0xe1: // U+1680
      return second === 0x9a && third === 0x80 ? 3 : 0
    case 0xe2: // U+2000-U+200A, U+2028, U+2029, U+202F, U+205F
      if (second === 0x80) {
        return (third >= 0x80 && third <= 0x8a) ||
          third === 0xa8 ||
          third === 0xa9 ||
          third === 0xaf
          ? 3
          : 0
      }
      return second === 0x81 && third === 0x9f ? 3 : 0
    case 0xe3: // U+3000
      return second === 0x80 && third === 0x80 ? 3 : 0
    case 0xef: // U+FEFF
      return second === 0xbb && third === 0xbf ? 3 : 0
    default:
      return 0
  }
}

// Items of a list: split on separators; leading ( [ and trailing . ) ] taken off; kept only
// with a digit ("and" is a word, not an ID). As collect() in extract-stories.ts does.
function listItems(bytes: Uint8Array, at: number, end: number, item: MatchSink): void {
  while (at < end) {
    const gap = separatorLength(bytes, at, end)
    if (gap > 0) {
      at += gap
      continue
    }
    let stop = at + 1
    while (stop < end && separatorLength(bytes, stop, end) === 0) stop++
    let from = at
    let to = stop
    while (from < to && (bytes[from] === 0x28 || bytes[from] === 0x5b)) from++
    while (to > from && (bytes[to - 1] === DOT || bytes[to - 1] === 0x29 || bytes[to - 1] === 0x5d))
      to--
    let digit = false
    for (let i = from; i < to && !digit; i++) digit = is(bytes[i], DIGIT)
    if (digit) item(at, from, to, -1)
    at = stop
  }
}
