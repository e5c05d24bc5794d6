import { describe, expect, it } from 'vitest'
import { renderStoryCheckSummary } from '../../src/report/story-check-summary.js'
import { checkRequireStory } from '../../src/trace/require-story.js'
import type { TracedCommit, TracedStory } from '../../src/trace/trace-range.js'
import { hasCmarkGfm, renderGfm, tagNames } from './support/gfm.js'
import { HOSTILE } from './support/hostile.js'

const sha = (c: string): string => c.repeat(40)
const commits: TracedCommit[] = [
  { sha: sha('a'), subject: 'ABC-1 login | <b>', merge: false, stories: ['ABC-1'] },
  { sha: sha('b'), subject: 'Fix @octocat typo', merge: false, stories: [] },
  { sha: sha('c'), subject: 'Merge branch x', merge: true, stories: [] }
]
const stories: TracedStory[] = [
  {
    id: 'ABC-1',
    tracker: 'jira',
    url: 'https://jira.example.com/browse/ABC-1',
    commits: [sha('a')]
  }
]

describe('renderStoryCheckSummary', () => {
  it('gives the verdict, the stories and each commit with its stories', () => {
    const check = checkRequireStory(commits, 'error')
    expect(renderStoryCheckSummary({ commits, stories, check })).toBe(
      [
        '## User stories of this pull request',
        '',
        '❌ 1 commit of 2 names no story.',
        '',
        '### Stories (1)',
        '',
        '- [ABC\\-1](https://jira.example.com/browse/ABC-1)',
        '',
        '### Commits (3)',
        '',
        '| Commit | Subject | Stories |',
        '| --- | --- | --- |',
        '| `aaaaaaa` | ABC\\-1 login \\| &lt;b&gt; | [ABC\\-1](https://jira.example.com/browse/ABC-1) |',
        '| `bbbbbbb` | Fix @\u200boctocat typo | **none** |',
        '| `ccccccc` | Merge branch x _(merge)_ | — |',
        ''
      ].join('\n')
    )
    expect(
      renderStoryCheckSummary({ commits, stories, check: checkRequireStory(commits, 'warn') })
    ).toContain('⚠️ 1 commit of 2 names no story.')
    expect(
      renderStoryCheckSummary({
        commits: commits.slice(0, 1),
        stories,
        check: checkRequireStory(commits.slice(0, 1), 'warn')
      })
    ).toContain('✅ Every commit names a story (1 commit).')
  })

  it('stays under the byte limit for a huge pull request, saying how much it left out', () => {
    const many: TracedCommit[] = Array.from({ length: 20_000 }, (_, i) => ({
      sha: i.toString(16).padStart(40, '0'),
      subject: `STORY-${i + 1} ${'words '.repeat(15)}`,
      merge: false,
      stories: [`STORY-${i + 1}`]
    }))
    const text = renderStoryCheckSummary({
      commits: many,
      stories: many.map((c) => ({
        id: c.stories[0]!,
        tracker: 'jira',
        url: null,
        commits: [c.sha]
      })),
      check: checkRequireStory(many, 'warn')
    })
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(1_000_000)
    const rows = text.split('\n').filter((line) => line.startsWith('| `')).length
    const hiddenRows = Number(/… and ([\d,]+) more commits/.exec(text)![1]!.replace(/,/g, ''))
    expect(rows + hiddenRows).toBe(20_000)
    expect(rows).toBeGreaterThan(1000)
  })

  it.skipIf(!hasCmarkGfm && !process.env['CI'])(
    'renders hostile subjects as text in one row each',
    () => {
      const hostile = HOSTILE.map((subject, i) => ({
        sha: i.toString(16).padStart(40, '0'),
        subject,
        merge: false,
        stories: [HOSTILE[i]!]
      }))
      const html = renderGfm(
        renderStoryCheckSummary({
          commits: hostile,
          stories: HOSTILE.map((id) => ({ id, tracker: 'x', url: null, commits: [] })),
          check: checkRequireStory(hostile, 'warn')
        })
      )
      const allowed = /^<\/?(h2|h3|p|ul|li|table|thead|tbody|tr|th|td|code)$/
      expect(tagNames(html).filter((t) => !allowed.test(t))).toEqual([])
      expect(html.match(/<tr>/g)).toHaveLength(HOSTILE.length + 1)
    }
  )
})
