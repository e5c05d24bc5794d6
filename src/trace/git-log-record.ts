import { commitSubject, type SourceCommit } from './commit-source.js'

const LF = 10
const SPACE = 32

/**
 * One record of `git log -z --format='%H %p%n%B'` from its bytes. Every string is decoded from
 * the bytes on its own, so what a caller keeps (SHA, subject) does not pin the whole output.
 */
export function parseLogRecord(bytes: Buffer, start: number, end: number): SourceCommit {
  if (bytes[start] === LF) start++
  let eol = bytes.indexOf(LF, start)
  if (eol < 0 || eol > end) eol = end
  let space = bytes.indexOf(SPACE, start)
  if (space < 0 || space > eol) space = eol
  let parents = 0
  for (let at = space; at < eol; at++) {
    if (bytes[at] === SPACE && at + 1 < eol && bytes[at + 1] !== SPACE) parents++
  }
  const message = eol < end ? bytes.toString('utf8', eol + 1, end) : ''
  return {
    sha: bytes.toString('latin1', start, space),
    parents,
    message,
    subject: subjectOf(bytes, eol + 1, end, message)
  }
}

// The first paragraph of the message: in the common case one line followed by a blank line (or
// nothing), decoded straight from the bytes; otherwise joined from the message's lines.
function subjectOf(bytes: Buffer, from: number, end: number, message: string): string {
  let first = from
  while (first < end && bytes[first]! <= SPACE) first++
  if (first >= end) return ''
  // git skips blank lines before the subject but keeps the indentation of its first line.
  let start = first
  while (start > from && bytes[start - 1] !== LF) start--
  let eol = bytes.indexOf(LF, first)
  if (eol < 0 || eol > end) eol = end
  if (eol >= end - 1 || bytes[eol + 1] === LF) {
    let stop = eol
    while (stop > start && bytes[stop - 1]! <= SPACE) stop--
    return bytes.toString('utf8', start, stop)
  }
  return commitSubject(message)
}
