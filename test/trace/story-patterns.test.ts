import { describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/config/load.js'
import { ConfigurationError } from '../../src/errors.js'
import { extractStories } from '../../src/stories/extract-stories.js'
import { compileStoryPatterns, storyUrl } from '../../src/stories/story-patterns.js'

const defaults = compileStoryPatterns(undefined)
const ids = (message: string): string[] => extractStories(message, defaults).map((s) => s.id)

describe('default story patterns', () => {
  it('finds Jira keys anywhere, every one, in the order written', () => {
    expect(ids('ABC-123: login, also fixes MX2-7 and PROJ_X-45')).toEqual([
      'ABC-123',
      'MX2-7',
      'PROJ_X-45'
    ])
    expect(ids('Merge branch feature/ABC-9-login into main')).toEqual(['ABC-9'])
    expect(ids('see https://jira.example.com/browse/ABC-10.')).toEqual(['ABC-10'])
    expect(ids('(ABC-11) [ABC-12] "ABC-13"')).toEqual(['ABC-11', 'ABC-12', 'ABC-13'])
  })

  it('does not take standards, versions or parts of longer tokens for Jira keys', () => {
    const text = [
      'Encode as UTF-8, hash with SHA-256, check with CRC-32, dates in ISO-8601 per RFC-3339, UTC-5',
      'patch CVE-2024-1234 and CWE-79, codepage CP-1252, HTTP-2 upgrade, COVID-19',
      'lowercase abc-123, one letter A-1, leading zero ABC-007, ABC-0',
      'glued XABC-12x, dashed MY-ABC-123, version ABC-1.2, underscore _ABC-5'
    ].join('\n')
    expect(ids(text)).toEqual([])
  })

  it('finds Azure Boards and GitHub references as GitHub links them', () => {
    expect(ids('Fixes AB#123 and #45, see octo-org/hello.app#7')).toEqual([
      'AB#123',
      '#45',
      'octo-org/hello.app#7'
    ])
    expect(ids('foo#1 &#123; AB#0 #0 #12abc a/#3')).toEqual([])
  })

  it('reads Story trailers with one ID or a list', () => {
    const message = [
      'Refactor the login',
      '',
      'Story: 123',
      'Stories: 12, 34;56',
      'Related stories: ABC-1 ABC-2 and 78.',
      'related story: (99)'
    ].join('\n')
    expect(ids(message)).toEqual(['123', '12', '34', '56', 'ABC-1', 'ABC-2', '78', '99'])
    expect(ids('The Story: of a prefix 5 is no trailer')).toEqual([])
  })

  it('merges duplicates in order of first mention and keeps the one with a link', () => {
    const patterns = compileStoryPatterns(
      [{ name: 'jira', url: 'https://jira.example.com/browse/{id}' }, { name: 'trailer' }],
      'mxdeploy.yml'
    )
    const found = extractStories('Story: ABC-2, ABC-1\n\nABC-1 again; ABC-2', patterns)
    expect(found).toEqual([
      { id: 'ABC-2', tracker: 'jira', url: 'https://jira.example.com/browse/ABC-2' },
      { id: 'ABC-1', tracker: 'jira', url: 'https://jira.example.com/browse/ABC-1' }
    ])
  })

  it('keeps the exact casing a pattern captured', () => {
    const patterns = compileStoryPatterns([{ name: 'ticket', regex: '[Tt][Kk]-[0-9]+' }])
    expect(extractStories('tk-1 TK-1 Tk-2 tk-1', patterns).map((s) => s.id)).toEqual([
      'tk-1',
      'TK-1',
      'Tk-2'
    ])
  })

  it('links GitHub references to the current repository or the one they name', () => {
    const found = extractStories('#45 and acme/api#7', defaults, {
      server: 'https://ghe.example.com/',
      repository: 'acme/hello'
    })
    expect(found.map((s) => s.url)).toEqual([
      'https://ghe.example.com/acme/hello/issues/45',
      'https://ghe.example.com/acme/api/issues/7'
    ])
    // Without a repository a bare #45 cannot be linked; owner/repo#7 still can.
    expect(extractStories('#45 acme/api#7', defaults).map((s) => s.url)).toEqual([
      null,
      'https://github.com/acme/api/issues/7'
    ])
    expect(ids('AB#1 ABC-1').length).toBe(2)
    expect(extractStories('AB#1 ABC-1 Story: 9', defaults).every((s) => s.url === null)).toBe(true)
  })
})

describe('configured story patterns', () => {
  it('use the first capture group, or the named group id, as the ID and fill named groups into links', () => {
    const patterns = compileStoryPatterns([
      {
        name: 'shortcut',
        regex: '\\bsc-([0-9]+)\\b',
        url: 'https://app.shortcut.com/acme/story/{id}'
      },
      {
        name: 'azure',
        regex: '(?<id>AB#(?<number>[0-9]+))',
        url: 'https://dev.azure.com/acme/hello/_workitems/edit/{number}'
      }
    ])
    expect(extractStories('sc-42 AB#7', patterns)).toEqual([
      { id: '42', tracker: 'shortcut', url: 'https://app.shortcut.com/acme/story/42' },
      { id: 'AB#7', tracker: 'azure', url: 'https://dev.azure.com/acme/hello/_workitems/edit/7' }
    ])
  })

  it('percent-encode IDs in links and give no link without a url', () => {
    const patterns = compileStoryPatterns([
      { regex: 'REQ<([^>]+)>', url: 'https://req.example.com/{id}' },
      { regex: 'NOTE-[0-9]+' }
    ])
    expect(extractStories('REQ<a b?c#d> NOTE-1', patterns)).toEqual([
      { id: 'a b?c#d', tracker: 'pattern-1', url: 'https://req.example.com/a%20b%3Fc%23d' },
      { id: 'NOTE-1', tracker: 'pattern-2', url: null }
    ])
  })

  it('move past patterns that can match nothing', () => {
    const patterns = compileStoryPatterns([{ regex: '(?=X)|Y-[0-9]' }])
    expect(extractStories('XX Y-1 X', patterns).map((s) => s.id)).toEqual(['Y-1'])
  })

  it('reject an invalid regex, naming the pattern and the error', () => {
    const bad = () =>
      compileStoryPatterns([{ name: 'jira' }, { name: 'broken', regex: 'ABC-(' }], 'mxdeploy.yml')
    expect(bad).toThrow(ConfigurationError)
    expect(bad).toThrow(
      /mxdeploy\.yml: traceability\.patterns\[1\] \("broken"\): regex "ABC-\(" is not valid: .*Unterminated group/
    )
  })

  it('reject a regex that matches the empty string', () => {
    expect(() => compileStoryPatterns([{ name: 'any', regex: '[0-9]*' }])).toThrow(
      /patterns\[0\] \("any"\).*matches the empty string/
    )
  })

  it('reject a pattern with neither a regex nor a default name', () => {
    expect(() => compileStoryPatterns([{ name: 'mine' }])).toThrow(
      /patterns\[0\] \("mine"\) has no regex: add one, or name a default pattern \(jira, azure-boards, github, trailer\)/
    )
  })

  it('reject link templates that are not http(s) or use unknown placeholders', () => {
    expect(() =>
      compileStoryPatterns([{ name: 'x', regex: 'X-[0-9]+', url: 'javascript:alert("{id}")' }])
    ).toThrow(/url "javascript:alert\("\{id\}"\)" must start with http:\/\/ or https:\/\//)
    expect(() =>
      compileStoryPatterns([
        { name: 'x', regex: 'X-[0-9]+', url: 'https://x.example.com/{number}' }
      ])
    ).toThrow(
      /uses \{number\}, which is neither \{id\}, \{server\}, \{repository\} nor a named group/
    )
  })

  it('are accepted by the configuration schema with a name alone or with a regex', () => {
    const config = parseConfig(
      [
        'app: hello',
        'traceability:',
        '  require-story: error',
        '  limit: 50',
        '  patterns:',
        '    - name: jira',
        '      url: https://jira.example.com/browse/{id}',
        '    - regex: "REQ-[0-9]+"'
      ].join('\n'),
      '/repo/mxdeploy.yml'
    )
    expect(config.traceability).toEqual({
      requireStory: 'error',
      limit: 50,
      patterns: [
        { name: 'jira', url: 'https://jira.example.com/browse/{id}' },
        { regex: 'REQ-[0-9]+' }
      ]
    })
    expect(() =>
      parseConfig(
        'app: hello\ntraceability:\n  patterns:\n    - url: https://x.example.com/{id}\n',
        '/repo/mxdeploy.yml'
      )
    ).toThrow(/mxdeploy\.yml:4:7: traceability\.patterns\.0 needs "regex"/)
  })
})

describe('storyUrl', () => {
  it('gives no link when a placeholder has no value or the result is not a URL', () => {
    expect(storyUrl('{server}/{repository}/issues/{number}', '#1', { number: '1' }, {})).toBe(
      undefined
    )
    expect(storyUrl(undefined, 'ABC-1', undefined, {})).toBe(undefined)
    expect(storyUrl('https://x.example.com/{id}', 'A/B', undefined, {})).toBe(
      'https://x.example.com/A/B'
    )
  })
})
