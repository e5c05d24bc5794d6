import { describe, expect, it } from 'vitest'
import { BuiltinStoryScanner } from '../../src/stories/builtin-story-scanner.js'
import { extractStories, type StoryRef } from '../../src/stories/extract-stories.js'
import {
  compileStoryPatterns,
  type LinkContext,
  type StoryPatternConfig
} from '../../src/stories/story-patterns.js'
import { seededRandom } from '../support/retry.js'

// The scanner must find exactly what the regexes find in the decoded text: it is checked here
// against extractStories on messages made of the pieces the patterns care about, glued at
// random, including the characters where bytes and text differ (line terminators and spaces of
// several bytes, bytes that are not UTF-8).

const TEXT = [
  'MX',
  'ABC',
  'PROJ_X',
  'A',
  'Ab',
  'mx',
  'CVE',
  'SHA',
  'UTF',
  'CP',
  'CPU',
  'COVID',
  'AB',
  'ab',
  '-',
  '-',
  '#',
  '#',
  '/',
  '.',
  '_',
  '&',
  '(',
  ')',
  '[',
  ']',
  ',',
  ';',
  ':',
  ' ',
  ' ',
  '\t',
  '\n',
  '\n',
  '\r',
  '\v',
  '\f',
  '0',
  '1',
  '7',
  '12',
  '305',
  '09',
  'x',
  'é',
  '日本',
  '🚀',
  'acme',
  'portal',
  'octo-org',
  'hello.app',
  'Story',
  'story',
  'Stories',
  'stories',
  'Stor',
  'Y',
  'IES',
  'S',
  'Tor',
  'Related',
  'related',
  'Related stories',
  'related-Story',
  'elated',
  'tor',
  'y',
  'ies',
  'Story: ',
  'Stories:',
  'Related stories: ',
  '  Story:\t',
  'and',
  'fixes ',
  '\u2028',
  '\u2029',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u200a',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
  '\u0085',
  '\u200b',
  // Whole references, and near misses, so that most messages name something.
  'MX-12',
  ' ABC-305 ',
  'SHOP-7,',
  'CVE-2024-1',
  'ABC-1.2',
  'AB#7',
  ' #3',
  '(#12)',
  'acme/portal#5',
  ' o/r#1',
  '\nStory: 12',
  '\nStories: 3, MX-4; (5).',
  '\nRelated stories: SHOP-1 #2',
  '\n  related-Story:\t[9] and 10',
  '\nStorY: 4',
  '\nSTORY: 5',
  '\nStoryy: 6',
  '\nRelatedStory: 7',
  '\nXtory: 5',
  '\nstory : 6',
  '\n Stories\t: 7',
  '\nRelated Xtory: 8',
  '\nHistory: 9',
  '\nStory: ',
  '\nStories:'
]
// Bytes that are not UTF-8, or break a sequence off (U+2028 without its last byte).
const RAW = [[0xff], [0xc2], [0xe2, 0x80], [0xe2, 0x80, 0x41], [0x80], [0xed, 0xa0, 0x80]]

function message(next: () => number): Buffer {
  const pieces: Buffer[] = []
  const count = 1 + Math.floor(next() * 24)
  for (let i = 0; i < count; i++) {
    if (next() < 0.04) pieces.push(Buffer.from(RAW[Math.floor(next() * RAW.length)]!))
    else pieces.push(Buffer.from(TEXT[Math.floor(next() * TEXT.length)]!, 'utf8'))
  }
  return Buffer.concat(pieces)
}

const LINKS: LinkContext = { server: 'https://github.example', repository: 'acme/shop' }

function scanned(scanner: BuiltinStoryScanner, bytes: Buffer, start: number, end: number) {
  const refs: StoryRef[] = []
  const count = scanner.scan(bytes, start, end)
  for (let k = 0; k < count; k++) {
    refs.push({ id: scanner.id(k), tracker: scanner.tracker(k), url: scanner.url(k) })
    expect(bytes.length).toBeGreaterThan(0)
  }
  return refs
}

function differential(configs: StoryPatternConfig[] | undefined, seed: number, rounds: number) {
  const patterns = compileStoryPatterns(configs)
  const scanner = BuiltinStoryScanner.for(patterns, LINKS)
  expect(scanner).toBeDefined()
  const next = seededRandom(seed)
  let stories = 0
  for (let round = 0; round < rounds; round++) {
    const body = message(next)
    // Word characters around the message: the scanner must not look past its ends.
    const bytes = Buffer.concat([Buffer.from('Zx9_-#'), body, Buffer.from('9_x-Z')])
    const expected = extractStories(body.toString('utf8'), patterns, LINKS)
    const actual = scanned(scanner!, bytes, 6, 6 + body.length)
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      expect({ message: body.toString('utf8'), bytes: [...body], actual }).toEqual({
        message: body.toString('utf8'),
        bytes: [...body],
        actual: expected
      })
    }
    stories += expected.length
  }
  // The generated messages do name stories: the comparison is not of empty lists.
  expect(stories).toBeGreaterThan(rounds / 4)
}

describe('BuiltinStoryScanner', () => {
  it('finds what the default patterns find in the decoded text', () => {
    differential(undefined, 1, 20_000)
  })

  it('keeps the order, trackers and links of patterns listed in another order, with links', () => {
    differential(
      [
        { name: 'trailer', url: 'https://tracker.example/{id}' },
        { name: 'github' },
        { name: 'azure-boards', url: 'https://dev.azure.com/acme/_workitems/edit/{number}' },
        { name: 'jira', url: 'https://jira.example/browse/{id}' }
      ],
      2,
      20_000
    )
  })

  it('finds what a subset of the default patterns finds', () => {
    differential(
      [{ name: 'github', url: '{server}/{repository}/pull/{number}' }, { name: 'trailer' }],
      3,
      10_000
    )
    differential([{ name: 'jira' }], 4, 5_000)
  })

  it('reads IDs in the order written, each once, with the link of a later match', () => {
    const scanner = BuiltinStoryScanner.for(compileStoryPatterns(undefined), LINKS)!
    const text =
      'MX-1: fix #4 and acme/portal#5\n\nStories: MX-1, (#4), 7.\nRelated stories: SHOP-2'
    expect(scanned(scanner, Buffer.from(text), 0, Buffer.byteLength(text))).toEqual([
      { id: 'MX-1', tracker: 'jira', url: null },
      { id: '#4', tracker: 'github', url: 'https://github.example/acme/shop/issues/4' },
      {
        id: 'acme/portal#5',
        tracker: 'github',
        url: 'https://github.example/acme/portal/issues/5'
      },
      { id: '7', tracker: 'trailer', url: null },
      { id: 'SHOP-2', tracker: 'jira', url: null }
    ])
  })

  it('gives an ID of bytes that are not UTF-8 as the text the regex sees', () => {
    const scanner = BuiltinStoryScanner.for(compileStoryPatterns(undefined), LINKS)!
    const bytes = Buffer.concat([
      Buffer.from('Story: 1'),
      Buffer.from([0xff]),
      Buffer.from(', 1'),
      Buffer.from([0xfe])
    ])
    expect(scanned(scanner, bytes, 0, bytes.length)).toEqual([
      { id: '1\ufffd', tracker: 'trailer', url: null }
    ])
  })

  it('is not made for patterns with regexes of their own, or a pattern listed twice', () => {
    expect(
      BuiltinStoryScanner.for(compileStoryPatterns([{ name: 'jira', regex: 'X-[0-9]+' }]), {})
    ).toBeUndefined()
    expect(
      BuiltinStoryScanner.for(compileStoryPatterns([{ name: 'jira' }, { name: 'jira' }]), {})
    ).toBeUndefined()
    expect(
      BuiltinStoryScanner.for(compileStoryPatterns([{ name: 'mine', regex: '#[0-9]+' }]), {})
    ).toBeUndefined()
  })
})
