import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import {
  FileCommandError,
  parseKeyValueFile,
  parsePathFile
} from '../support/runner/file-commands.js'

describe('parseKeyValueFile', () => {
  test('name=value lines; the value keeps = and white space; later values win', () => {
    expect(parseKeyValueFile('a=1\nb= x=y \n\na=2\n')).toEqual({ a: '2', b: ' x=y ' })
  })

  test('heredocs keep inner newlines and drop the one before the delimiter', () => {
    const text = 'multi<<EOF\nline 1\n\nline 3\nEOF\nempty<<END\nEND\ncrlf<<X\r\na\r\nb\r\nX\r\n'
    expect(parseKeyValueFile(text)).toEqual({
      multi: 'line 1\n\nline 3',
      empty: '',
      crlf: 'a\r\nb'
    })
  })

  test('= before << makes a plain value; << before = makes a heredoc', () => {
    expect(parseKeyValueFile('a=b<<c\n')).toEqual({ a: 'b<<c' })
    expect(parseKeyValueFile('a<<b=c\nvalue\nb=c\n')).toEqual({ a: 'value' })
  })

  test('a delimiter must match the whole line', () => {
    expect(parseKeyValueFile('a<<EOF\n EOF\nEOF \nEOF\n')).toEqual({ a: ' EOF\nEOF ' })
  })

  test.each([
    ['=value\n', /empty name/],
    ['<<EOF\nx\nEOF\n', /name and delimiter must not be empty/],
    ['name<<\nx\n', /name and delimiter must not be empty/],
    ['just text\n', /use name=value or name<<EOF/],
    ['a<<EOF\nno end\n', /no line "EOF" closes "a<<EOF"/],
    ['a<<EOF\nvalue', /ends without a newline/]
  ])('rejects %j as the runner does', (text, message) => {
    expect(() => parseKeyValueFile(text, 'GITHUB_OUTPUT')).toThrow(FileCommandError)
    expect(() => parseKeyValueFile(text, 'GITHUB_OUTPUT')).toThrow(message)
  })
})

describe('parsePathFile', () => {
  test('one directory a line, blank lines skipped', () => {
    expect(parsePathFile('/a/bin\n\n/b b/bin\r\n')).toEqual(['/a/bin', '/b b/bin'])
  })
})

describe('against what @actions/core writes', () => {
  let dir = ''
  const saved = { ...process.env }
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'file-commands-'))
    process.env['GITHUB_OUTPUT'] = join(dir, 'output')
    process.env['GITHUB_STATE'] = join(dir, 'state')
    // The runner creates both files before the step; core refuses to create them.
    await writeFile(join(dir, 'output'), '')
    await writeFile(join(dir, 'state'), '')
  })
  afterEach(async () => {
    process.env = { ...saved }
    await rm(dir, { recursive: true, force: true })
  })

  test('reads outputs and state written through the heredoc form', async () => {
    const json = JSON.stringify({ a: 'x\ny', b: [1, 2] }, null, 2)
    core.setOutput('plain', 'v')
    core.setOutput('multi-line', 'first\nsecond\n')
    core.setOutput('json', json)
    core.setOutput('plain', 'last wins')
    core.saveState('token-id', 42)
    expect(parseKeyValueFile(await readFile(join(dir, 'output'), 'utf8'))).toEqual({
      plain: 'last wins',
      'multi-line': 'first\nsecond\n',
      json
    })
    expect(parseKeyValueFile(await readFile(join(dir, 'state'), 'utf8'))).toEqual({
      'token-id': '42'
    })
  })
})
