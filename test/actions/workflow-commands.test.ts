import * as core from '@actions/core'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import {
  parseCommandLine,
  parseWorkflowCommands,
  toAnnotation
} from '../support/runner/workflow-commands.js'

describe('parseCommandLine', () => {
  test('reads every annotation property and unescapes properties and data', () => {
    const command = parseCommandLine(
      '::error file=src/a%2Cb.ts,line=3,col=5,endLine=4,endColumn=2,title=Bad%3A thing%2C really%25::first%0Asecond%0D%25 done'
    )!
    expect(command.name).toBe('error')
    expect(toAnnotation(command)).toEqual({
      level: 'error',
      message: 'first\nsecond\r% done',
      file: 'src/a,b.ts',
      line: 3,
      col: 5,
      endLine: 4,
      endColumn: 2,
      title: 'Bad: thing, really%'
    })
  })

  test('an escaped percent sign before 0A stays the text %0A', () => {
    expect(parseCommandLine('::warning::100%250A')!.data).toBe('100%0A')
    expect(parseCommandLine('::warning title=%252C::x')!.properties).toEqual({ title: '%2C' })
  })

  test('data keeps %3A and %2C: only properties unescape them', () => {
    expect(parseCommandLine('::notice title=a%3Ab::c%3Ad%2Ce')).toMatchObject({
      properties: { title: 'a:b' },
      data: 'c%3Ad%2Ce'
    })
  })

  test('escapes are upper case only, as the runner replaces them ordinally', () => {
    expect(parseCommandLine('::error::a%0ab%3a')!.data).toBe('a%0ab%3a')
  })

  test('leading white space is ignored; the rest of the line after the second :: is data', () => {
    expect(parseCommandLine('   ::warning::a::b')).toMatchObject({ name: 'warning', data: 'a::b' })
  })

  test('command names are case-insensitive and reported in lower case', () => {
    expect(parseCommandLine('::ERROR::shout')).toMatchObject({ name: 'error', data: 'shout' })
  })

  test('unknown names, a missing second ::, and :: inside a line are not commands', () => {
    expect(parseCommandLine('::set-secret::x')).toBeUndefined()
    expect(parseCommandLine('::error no end')).toBeUndefined()
    expect(parseCommandLine('text ::error::x')).toBeUndefined()
    expect(parseCommandLine('')).toBeUndefined()
  })

  test('properties without a key or a value are dropped; a value may hold =', () => {
    expect(parseCommandLine('::error title=,file,=x,line=7,,col=a=b::m')!.properties).toEqual({
      line: '7',
      col: 'a=b'
    })
  })

  test('a command with properties but empty data', () => {
    expect(parseCommandLine('::group::')).toMatchObject({ name: 'group', data: '' })
    expect(parseCommandLine('::endgroup::')).toMatchObject({ name: 'endgroup', data: '' })
  })

  test('the legacy ##[name k=v;k=v]data form, anywhere in the line', () => {
    expect(parseCommandLine('log ##[warning file=a%3Bb.ts;line=2]late%5D')).toMatchObject({
      name: 'warning',
      properties: { file: 'a;b.ts', line: '2' },
      data: 'late]'
    })
  })

  test('annotation fields: non-numeric and zero lines are left out, keys are case-insensitive', () => {
    const command = parseCommandLine('::notice FILE=x.yml,LINE=0,Col=abc,Title=T::n')!
    expect(toAnnotation(command)).toEqual({
      level: 'notice',
      message: 'n',
      file: 'x.yml',
      title: 'T'
    })
    expect(toAnnotation(parseCommandLine('::debug::d')!)).toBeUndefined()
  })
})

describe('parseWorkflowCommands', () => {
  test('collects annotations, masks and the remaining log lines, CRLF included', () => {
    const log = parseWorkflowCommands(
      'plain\r\n::add-mask::p%25ss%0Aword\r\n::add-mask::   \r\n::error::bad\r\n::debug::d\r\n'
    )
    expect(log.masks).toEqual(['p%ss\nword'])
    expect(log.annotations).toEqual([{ level: 'error', message: 'bad' }])
    expect(log.lines).toEqual(['plain'])
    expect(log.commands.map((c) => [c.name, c.line])).toEqual([
      ['add-mask', 2],
      ['add-mask', 3],
      ['error', 4],
      ['debug', 5]
    ])
  })

  test('stop-commands turns commands off until a command named by the token', () => {
    const log = parseWorkflowCommands(
      [
        '::stop-commands::pause-123',
        '::error::not an annotation',
        '::add-mask::not a mask',
        '  ::PAUSE-123::',
        '::error::an annotation'
      ].join('\n')
    )
    expect(log.annotations).toEqual([{ level: 'error', message: 'an annotation' }])
    expect(log.masks).toEqual([])
    expect(log.lines).toEqual([
      '::error::not an annotation',
      '::add-mask::not a mask',
      '  ::PAUSE-123::'
    ])
  })

  test('an empty stop token never resumes', () => {
    const log = parseWorkflowCommands('::stop-commands::\n::error::x\n::::\n::error::y\n')
    expect(log.annotations).toEqual([])
  })
})

describe('against what @actions/core writes', () => {
  let written: string[] = []
  beforeEach(() => {
    written = []
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk))
      return true
    })
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  test('round-trips hostile annotation text and masks', () => {
    const message = 'line 1\nline 2\r\n100% of a::b, c:d %0A'
    const title = 'a:b, c%2C\nd'
    core.error(message, { file: 'dir,1/a:b.ts', startLine: 12, startColumn: 3, title })
    core.warning(new Error('from an Error'))
    core.setSecret('se,cr:et%\n')
    const log = parseWorkflowCommands(written.join(''))
    expect(log.annotations).toEqual([
      { level: 'error', message, file: 'dir,1/a:b.ts', line: 12, col: 3, title },
      { level: 'warning', message: expect.stringContaining('from an Error') }
    ])
    expect(log.masks).toEqual(['se,cr:et%\n'])
  })
})
