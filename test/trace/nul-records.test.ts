import { describe, expect, it } from 'vitest'
import { NulRecordSplitter } from '../../src/trace/nul-records.js'

const RECORDS = ['a1 b2\nFix ü and 🚀 ABC-1\n', '', 'c3\nZweite Zeile — 日本語\n\nbody', 'last\n']
const BYTES = Buffer.from(RECORDS.map((r) => `${r}\0`).join(''), 'utf8')

function split(chunks: Buffer[]): string[] {
  const out: string[] = []
  const splitter = new NulRecordSplitter((bytes, start, end) =>
    out.push(bytes.toString('utf8', start, end))
  )
  for (const chunk of chunks) splitter.push(chunk)
  splitter.end()
  return out
}

describe('NulRecordSplitter', () => {
  it('gives the same records however the bytes are chunked, multi-byte characters included', () => {
    expect(split([BYTES])).toEqual(RECORDS)
    for (let at = 1; at < BYTES.length; at++) {
      expect(split([BYTES.subarray(0, at), BYTES.subarray(at)])).toEqual(RECORDS)
    }
    const bytewise = [...BYTES].map((byte) => Buffer.from([byte]))
    expect(split(bytewise)).toEqual(RECORDS)
  })

  it('emits a last record that has no NUL after it, and nothing for an empty stream', () => {
    expect(split([Buffer.from('one\0two')])).toEqual(['one', 'two'])
    expect(split([])).toEqual([])
  })
})
