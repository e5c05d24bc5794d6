import { execFileSync } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FixedGzip } from '../../src/tar/gzip.js'
import { tarStream, type TarEntry } from '../../src/tar/tar-writer.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mxdeploy-tar-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const MTIME = Date.UTC(2026, 0, 2, 3, 4, 5) / 1000

function file(path: string, text: string, mode = 0o664): TarEntry {
  const bytes = Buffer.from(text)
  return {
    path,
    type: 'file',
    mode,
    uid: 1001,
    gid: 0,
    mtime: MTIME,
    size: bytes.length,
    open: () => Promise.resolve(Readable.from([bytes]))
  }
}

function folder(path: string): TarEntry {
  return { path, type: 'directory', mode: 0o775, uid: 1001, gid: 0, mtime: MTIME, size: 0 }
}

async function bytesOf(source: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of source) chunks.push(chunk)
  return Buffer.concat(chunks)
}

const deep = `a/${'b'.repeat(90)}/${'c'.repeat(90)}/file.txt` // > 100 bytes, fits ustar's prefix
const deeper = `a/${'d'.repeat(200)}/${'e'.repeat(120)}.txt` // a component > 100: PAX path
const entries: TarEntry[] = [
  file('a/z.txt', 'last'),
  folder('a'),
  file('a.txt', 'beside the folder'),
  folder(`a/${'b'.repeat(90)}`),
  folder(`a/${'b'.repeat(90)}/${'c'.repeat(90)}`),
  file(deep, 'deep'),
  folder(`a/${'d'.repeat(200)}`),
  file(deeper, 'deeper'),
  file('a/Grüße €.txt', 'unicode'),
  file('a/run.sh', '#!/bin/sh\n', 0o775),
  file('a/empty', '')
]

describe('tar writer', () => {
  it('writes an archive GNU tar lists and extracts with the names, owners, modes and times given', async () => {
    const archive = join(dir, 'layer.tar')
    await pipeline(Readable.from(tarStream(entries)), createWriteStream(archive))
    const listing = execFileSync('tar', ['--numeric-owner', '--full-time', '-tvf', archive], {
      env: { ...process.env, TZ: 'UTC', LC_ALL: 'C.UTF-8' }
    })
      .toString('utf8')
      .trim()
      .split('\n')
    const rows = listing.map((line) => {
      const [mode, owner, size, date, time, ...name] = line.split(/\s+/)
      return { mode, owner, size: Number(size), when: `${date} ${time}`, name: name.join(' ') }
    })
    // Sorted by name as bytes, so every folder precedes what it holds.
    expect(rows.map((r) => r.name)).toEqual([
      'a.txt',
      'a/',
      'a/Grüße €.txt',
      `a/${'b'.repeat(90)}/`,
      `a/${'b'.repeat(90)}/${'c'.repeat(90)}/`,
      deep,
      `a/${'d'.repeat(200)}/`,
      deeper,
      'a/empty',
      'a/run.sh',
      'a/z.txt'
    ])
    for (const row of rows) {
      expect(row.owner).toBe('1001/0')
      expect(row.when).toBe('2026-01-02 03:04:05')
    }
    expect(rows.find((r) => r.name === 'a/')!.mode).toBe('drwxrwxr-x')
    expect(rows.find((r) => r.name === 'a/z.txt')!.mode).toBe('-rw-rw-r--')
    expect(rows.find((r) => r.name === 'a/run.sh')!.mode).toBe('-rwxrwxr-x')

    const out = join(dir, 'out')
    execFileSync('mkdir', [out])
    execFileSync('tar', ['-xf', archive, '-C', out])
    expect(await readFile(join(out, deep), 'utf8')).toBe('deep')
    expect(await readFile(join(out, deeper), 'utf8')).toBe('deeper')
    expect(await readFile(join(out, 'a/Grüße €.txt'), 'utf8')).toBe('unicode')
    expect(await readFile(join(out, 'a/empty'), 'utf8')).toBe('')
  })

  it('gives the same bytes for the same entries in any order', async () => {
    const one = await bytesOf(tarStream(entries))
    const two = await bytesOf(tarStream([...entries].reverse()))
    expect(two.equals(one)).toBe(true)
    expect(one.length % 512).toBe(0)
  })

  it('refuses a file whose stream does not hold its size, and a name given twice', async () => {
    const short = { ...file('x', 'abc'), size: 4 }
    await expect(bytesOf(tarStream([short]))).rejects.toThrow('tar entry x has 3 bytes, not 4')
    const long = { ...file('x', 'abcde'), size: 4 }
    await expect(bytesOf(tarStream([long]))).rejects.toThrow('more than its 4 bytes')
    await expect(bytesOf(tarStream([file('x', 'a'), file('x', 'b')]))).rejects.toThrow(
      'appears twice'
    )
  })
})

describe('gzip with a fixed header', () => {
  it('is read by gzip, carries MTIME 0 and OS Unix, and does not depend on how input arrives', async () => {
    const tar = await bytesOf(tarStream(entries))
    const whole = await bytesOf(Readable.from([tar]).pipe(new FixedGzip()))
    const pieces = Array.from({ length: Math.ceil(tar.length / 777) }, (_, i) =>
      tar.subarray(i * 777, (i + 1) * 777)
    )
    const chunked = await bytesOf(Readable.from(pieces).pipe(new FixedGzip()))
    expect(chunked.equals(whole)).toBe(true)
    expect([...whole.subarray(0, 10)]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3])
    const file = join(dir, 'layer.tar.gz')
    await writeFile(file, whole)
    expect(execFileSync('gzip', ['-dc', file]).equals(tar)).toBe(true)
    execFileSync('gzip', ['-t', file])
  })
})
