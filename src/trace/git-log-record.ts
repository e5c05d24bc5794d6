import { commitSubject, type CommitBytes, type SourceCommit } from './commit-source.js'

const LF = 10
const SPACE = 32

/**
 * A commit read from its bytes. The strings are decoded when first asked for, each on its own,
 * so what a caller keeps (SHA, subject) does not pin the whole output, and a caller that takes
 * the bytes (a trace's table) decodes neither.
 */
class LogRecord implements SourceCommit {
  private decodedSha: string | undefined
  private decodedSubject: string | undefined
  private decodedMessage: string | undefined

  constructor(
    readonly bytes: CommitBytes,
    readonly parents: number
  ) {}

  get sha(): string {
    const { bytes, sha, shaEnd } = this.bytes
    return (this.decodedSha ??= bytes.toString('latin1', sha, shaEnd))
  }

  get message(): string {
    const { bytes, messageStart, messageEnd } = this.bytes
    return (this.decodedMessage ??=
      messageStart < messageEnd ? bytes.toString('utf8', messageStart, messageEnd) : '')
  }

  get subject(): string {
    const { bytes, subject, subjectEnd } = this.bytes
    if (subject < 0) return (this.decodedSubject ??= commitSubject(this.message))
    return (this.decodedSubject ??= bytes.toString('utf8', subject, subjectEnd))
  }
}

/**
 * One record of `git log -z --format='%H %P%n%B'` from its bytes: `bytes[start, end)`. The
 * bytes must not change while the commit is in use.
 */
export function parseLogRecord(bytes: Buffer, start: number, end: number): SourceCommit {
  if (bytes[start] === LF) start++
  let [space, eol, parents] = header(bytes, start, end)
  if (eol < 0) [space, eol, parents] = looseHeader(bytes, start, end)
  const body = eol < end ? eol + 1 : end
  const [subject, subjectEnd] = subjectRange(bytes, body, end)
  return new LogRecord(
    { bytes, sha: start, shaEnd: space, subject, subjectEnd, messageStart: body, messageEnd: end },
    parents
  )
}

// The first line, "SHA PARENT PARENT" (%H %P): the parents are full names as long as the SHA
// (40 hex digits, or 64 in a SHA-256 repository), so they are counted by their length, without
// reading them. [end of SHA, end of line, parents]; the end of line is -1 when the line is not
// so (then looseHeader reads it).
function header(bytes: Buffer, start: number, end: number): [number, number, number] {
  const space = bytes[start + 40] === SPACE ? start + 40 : start + 64
  if (space >= end || bytes[space] !== SPACE) return [-1, -1, 0]
  const step = space - start + 1
  let at = space + 1
  let parents = 0
  while (at + step <= end && bytes[at] !== LF && bytes[at + step - 1] === SPACE) {
    at += step
    parents++
  }
  // The last parent has a line feed after it instead of a space.
  if (at + step <= end && bytes[at] !== LF && bytes[at + step - 1] === LF) {
    at += step - 1
    parents++
  }
  return bytes[at] === LF || at === end ? [space, at, parents] : [-1, -1, 0]
}

// Any other first line: parents are the words after the first.
function looseHeader(bytes: Buffer, start: number, end: number): [number, number, number] {
  let eol = bytes.indexOf(LF, start)
  if (eol < 0 || eol > end) eol = end
  let space = bytes.indexOf(SPACE, start)
  if (space < 0 || space > eol) space = eol
  let parents = 0
  for (let at = space; at < eol; at++) {
    if (bytes[at] === SPACE && at + 1 < eol && bytes[at + 1] !== SPACE) parents++
  }
  return [space, eol, parents]
}

// Where the subject lies when it is the message's first paragraph of one line (the common
// case): [start, end) of its bytes, without the blanks after it. [-1, -1] when it runs over
// several lines, which git joins with spaces.
function subjectRange(bytes: Buffer, from: number, end: number): [number, number] {
  let first = from
  while (first < end && bytes[first]! <= SPACE) first++
  if (first >= end) return [from, from]
  // git skips blank lines before the subject but keeps the indentation of its first line.
  let start = first
  while (start > from && bytes[start - 1] !== LF) start--
  let eol = bytes.indexOf(LF, first)
  if (eol < 0 || eol > end) eol = end
  if (eol >= end - 1 || bytes[eol + 1] === LF) {
    let stop = eol
    while (stop > start && bytes[stop - 1]! <= SPACE) stop--
    return [start, stop]
  }
  return [-1, -1]
}
