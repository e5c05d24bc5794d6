import { describe, expect, it } from 'vitest'
import { parseWorkflowCommands } from '../support/runner/workflow-commands.js'
import {
  logText,
  markdownLink,
  markdownText,
  plainText,
  safeUrl,
  truncate
} from '../../src/text/escape.js'
import { hasCmarkGfm, renderGfm, tagNames, visibleText } from './support/gfm.js'
import { HOSTILE } from './support/hostile.js'

function unescapeMarkdown(text: string): string {
  return text
    .replace(/\u200b/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&(amp|lt|gt);/g, (_, n: string) => (n === 'amp' ? '&' : n === 'lt' ? '<' : '>'))
}

describe('plainText', () => {
  it('removes control and bidi characters and puts everything on one line', () => {
    expect(plainText('a\u001b[31mb\u0007\u202ec\r\n\td\u2028e')).toBe('a[31mbc d e')
    expect(plainText('  several   spaces  ')).toBe('several spaces')
  })

  it('cuts at a number of characters without splitting a character', () => {
    expect(plainText('🚀🚀🚀🚀', 3)).toBe('🚀🚀…')
    expect(truncate('abc', 3)).toBe('abc')
    expect(truncate('abcd', 3)).toBe('ab…')
  })
})

describe('logText', () => {
  it('is plain text that the runner reads as no workflow command', () => {
    const hostile = [
      '::error::injected',
      '  ::add-mask::x',
      'see ##[error]bad and ##[set-output name=x]y',
      'line\n::warning::two',
      ...HOSTILE
    ]
    for (const text of hostile) {
      const line = logText(text)
      expect(line).not.toContain('\n')
      expect(parseWorkflowCommands(`${line}\n`).commands, JSON.stringify(text)).toEqual([])
      expect(line.replace(/\u200b/g, '')).toBe(plainText(text))
    }
    // The same text unguarded is a command, so the check above can fail.
    expect(parseWorkflowCommands('##[error]bad\n').commands).toHaveLength(1)
  })
})

describe('markdownText', () => {
  it('is lossless: unescaping gives back the plain text', () => {
    for (const text of HOSTILE) expect(unescapeMarkdown(markdownText(text))).toBe(plainText(text))
  })

  it('leaves no HTML, line break, mention, reference, unescaped pipe or link syntax', () => {
    for (const text of HOSTILE) {
      const out = markdownText(text)
      expect(out).not.toMatch(/[<>\n\r]/)
      expect(out).not.toMatch(/@[A-Za-z0-9]/)
      expect(out).not.toMatch(/#\d|GH\\?-\d/i)
      expect(out).not.toMatch(/(^|[^\\])(\\\\)*[|[\]()`*_~#!]/)
      expect(out).not.toMatch(/:\/\/|www\./i)
      // eslint-disable-next-line no-control-regex -- control characters are what it looks for
      expect(out).not.toMatch(/[\u0000-\u001f\u202a-\u202e]/)
    }
  })

  it.skipIf(!hasCmarkGfm && !process.env['CI'])(
    'renders through cmark-gfm as exactly the text, in a paragraph and in a table cell',
    () => {
      for (const text of HOSTILE) {
        const paragraph = renderGfm(markdownText(text))
        expect(tagNames(paragraph), text).toEqual(['<p', '</p'])
        expect(visibleText(paragraph), text).toBe(plainText(text))

        const table = renderGfm(`| head | other |\n|---|---|\n| ${markdownText(text)} | end |\n`)
        expect(table.match(/<td>/g), text).toHaveLength(2)
        expect(table, text).toContain('<td>end</td>')
        expect(
          tagNames(table).filter((t) => !/^<\/?(table|thead|tbody|tr|th|td)$/.test(t)),
          text
        ).toEqual([])
        const cell = /<td>([\s\S]*?)<\/td>/.exec(table)![1]!
        expect(visibleText(cell), text).toBe(plainText(text))
      }
    }
  )

  it('cuts long text before escaping it', () => {
    expect(markdownText('#1 '.repeat(50), 5)).toBe('\\#\u200b1 \\#…')
  })
})

describe('markdownLink and safeUrl', () => {
  it('links only http(s) URLs, with brackets and quotes encoded', () => {
    expect(markdownLink('ABC-1', 'https://jira.example.com/browse/ABC-1')).toBe(
      '[ABC\\-1](https://jira.example.com/browse/ABC-1)'
    )
    expect(markdownLink('x', 'javascript:alert(1)')).toBe('x')
    expect(markdownLink('x', 'https://a.example.com/ has space')).toBe('x')
    expect(safeUrl('https://a.example.com/(x)"<y>`|')).toBe(
      'https://a.example.com/%28x%29%22%3Cy%3E%60%7C'
    )
    expect(safeUrl(null)).toBe(undefined)
  })

  it.skipIf(!hasCmarkGfm && !process.env['CI'])(
    'renders a hostile label as one link with that text',
    () => {
      const html = renderGfm(
        markdownLink('](https://evil.example.com) <b>@x</b>', 'https://ok.example.com/a(b)')
      )
      expect(tagNames(html)).toEqual(['<p', '<a', '</a', '</p'])
      expect(html).toContain('href="https://ok.example.com/a%28b%29"')
      expect(visibleText(html)).toBe('](https://evil.example.com) <b>@x</b>')
    }
  )
})
