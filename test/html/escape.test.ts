import { describe, expect, it } from 'vitest'
import { escapeHtml, markup, htmlLink, joinHtml, safeHref, trusted } from '../../src/html/escape.js'

describe('escapeHtml', () => {
  it('turns every character that can open markup or end an attribute into an entity', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&\``)).toBe(
      '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;&#96;'
    )
  })

  it('drops control characters and bidirectional overrides, keeps line breaks and tabs', () => {
    expect(escapeHtml('a\u0000b\u001b[31mc\u202ed\u2066e\nf\tg\u0085h')).toBe('ab[31mcde\nf\tgh')
  })
})

describe('markup', () => {
  it('escapes interpolated text but not markup it made itself', () => {
    const name = '<script>alert(1)</script>'
    const cell = markup`<td>${name}</td>`
    expect(markup`<tr>${cell}</tr>`.markup).toBe(
      '<tr><td>&lt;script&gt;alert(1)&lt;/script&gt;</td></tr>'
    )
  })

  it('joins lists, leaves out null, undefined and false, and prints numbers', () => {
    expect(markup`${['<a>', markup`<b></b>`, null, undefined, false, 3]}`.markup).toBe(
      '&lt;a&gt;<b></b>3'
    )
    expect(joinHtml(['x', '', '<y>', markup`<i>z</i>`]).markup).toBe('x, &lt;y&gt;, <i>z</i>')
  })

  it('lets constant markup through only by trusted()', () => {
    expect(markup`${trusted('<br>')}`.markup).toBe('<br>')
  })
})

describe('safeHref', () => {
  it('takes absolute http and https URLs', () => {
    expect(safeHref('https://jira.example.com/browse/ABC-1')).toBe(
      'https://jira.example.com/browse/ABC-1'
    )
    expect(safeHref('http://example.com/a?b=c')).toBe('http://example.com/a?b=c')
  })

  it('refuses scripts, data, relative URLs and URLs with quotes or blanks', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<script>',
      '//evil.example.com',
      '/relative',
      'https://example.com/"onmouseover="x',
      'https://example.com/ a',
      "https://example.com/'",
      '',
      null,
      undefined
    ]) {
      expect(safeHref(url), String(url)).toBeUndefined()
    }
  })

  it('a link with an unsafe URL is its text alone', () => {
    expect(htmlLink('<x>', 'javascript:alert(1)').markup).toBe('&lt;x&gt;')
    expect(htmlLink('<x>', 'https://example.com').markup).toBe(
      '<a href="https://example.com/">&lt;x&gt;</a>'
    )
  })
})
