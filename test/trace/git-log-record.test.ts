import { describe, expect, it } from 'vitest'
import { parseLogRecord } from '../../src/trace/git-log-record.js'

// Records as `git log -z --format='%H %P%n%B'` prints them: the SHA, the full parents, the
// message (a root commit's first line is the SHA and a space: its %P is empty).
const A = 'a'.repeat(40)
const B = 'b'.repeat(40)
const C = 'c'.repeat(40)
const D = 'd'.repeat(40)

function parse(text: string) {
  const bytes = Buffer.from(`xx${text}\0yy`)
  const commit = parseLogRecord(bytes, 2, bytes.length - 3)
  return {
    sha: commit.sha,
    parents: commit.parents,
    subject: commit.subject,
    message: commit.message
  }
}

describe('parseLogRecord', () => {
  it('counts the parents of root, ordinary, merge and octopus commits', () => {
    expect(parse(`${A} \nRoot\n`)).toEqual({
      sha: A,
      parents: 0,
      subject: 'Root',
      message: 'Root\n'
    })
    expect(parse(`${A} ${B}\nFix\n\nBody\n`)).toMatchObject({ sha: A, parents: 1, subject: 'Fix' })
    expect(parse(`${A} ${B} ${C}\nMerge\n`)).toMatchObject({ parents: 2, subject: 'Merge' })
    expect(parse(`${A} ${B} ${C} ${D}\nOctopus\n`)).toMatchObject({ parents: 3 })
  })

  it('reads SHA-256 names, and a record with no message', () => {
    const long = 'e'.repeat(64)
    expect(parse(`${long} ${'f'.repeat(64)} ${long}\nMerge\n`)).toMatchObject({
      sha: long,
      parents: 2
    })
    expect(parse(`${A} ${B}\n`)).toEqual({ sha: A, parents: 1, subject: '', message: '' })
    expect(parse(`${A} ${B}`)).toMatchObject({ sha: A, parents: 1, message: '' })
  })

  it('reads a first line of another shape word by word (abbreviated parents)', () => {
    expect(parse(`${A} bbbbbbb ccccccc\nMerge  spaced   out\n`)).toMatchObject({
      sha: A,
      parents: 2,
      subject: 'Merge  spaced   out'
    })
    expect(parse(`abc def\nShort\n`)).toMatchObject({ sha: 'abc', parents: 1, subject: 'Short' })
  })
})
