import { describe, expect, it } from 'vitest'
import { ByteWriter } from '../../src/cli/byte-writer.js'
import { ByteColumn, IntColumn, copyWords, dataViewOf } from '../../src/trace/columns.js'

describe('trace columns', () => {
  it('keep every number and piece of text past the capacity they start with', () => {
    const numbers = new IntColumn(2)
    const text = new ByteColumn(8)
    const starts: number[] = []
    for (let i = 0; i < 1000; i++) {
      numbers.push(i * 3)
      starts.push(text.length)
      if (i % 2 === 0) text.appendText(`é${i}`)
      else
        text.append(Buffer.from(`#${i}-${'x'.repeat(i % 90)}`), 0, 2 + String(i).length + (i % 90))
    }
    starts.push(text.length)
    expect(numbers.length).toBe(1000)
    expect(numbers.get(999)).toBe(2997)
    expect(text.text(starts[10]!, starts[11]!, 'utf8')).toBe('é10')
    expect(text.text(starts[99]!, starts[100]!, 'utf8')).toBe(`#99-${'x'.repeat(9)}`)
  })

  it('copy pieces of any length between any offsets four bytes at a time, and the rest', () => {
    // A view into the middle of a larger buffer, as git's output and pooled Buffers are.
    const source = Buffer.from('..0123456789abcdef..').subarray(2, 18)
    for (let from = 0; from < 16; from++) {
      for (let to = from; to <= 16; to++) {
        const target = Buffer.alloc(24, 0x2e)
        const end = copyWords(dataViewOf(source), from, to, dataViewOf(target), 3)
        expect(end).toBe(3 + to - from)
        expect(target.toString('latin1')).toBe(
          `...${source.toString('latin1', from, to)}`.padEnd(24, '.')
        )
      }
    }
    const column = new ByteColumn(4)
    column.appendWords(dataViewOf(source), 1, 15)
    column.appendWords(dataViewOf(source), 0, 3)
    expect(column.text(0, column.length, 'latin1')).toBe('123456789abcde012')
  })

  it('tells text JSON keeps as it is from text it escapes', () => {
    const text = new ByteColumn()
    const plain = (value: string) => {
      const from = text.length
      text.appendText(value)
      return text.isPlain(from, text.length)
    }
    expect(plain('Fix order overview microflow, fixes #12 (MX-3)')).toBe(true)
    expect(plain('')).toBe(true)
    for (const escaped of ['say "hi"', 'back\\slash', 'tab\t', 'é', '\u007f', '🚀']) {
      // JSON.stringify writes these differently, or they are not ASCII: not plain.
      expect(plain(escaped)).toBe(false)
    }
  })

  it('writes pieces whole, growing for a piece larger than its buffer', () => {
    const out = new ByteWriter(16)
    out.text('{"a": ')
    const long = 'y'.repeat(100)
    out.bytes(Buffer.from(`"${long}"`))
    expect(out.full).toBe(true)
    const piece = out.take()
    out.text('}')
    expect(Buffer.concat([piece, out.take()]).toString()).toBe(`{"a": "${long}"}`)
  })
})
