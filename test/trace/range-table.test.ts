import { describe, expect, it } from 'vitest'
import { traceJson } from '../../src/cli/commands/trace-json.js'
import { RangeTable } from '../../src/trace/range-table.js'
import type { RangeTrace, TracedCommit, TracedStory } from '../../src/trace/trace-range.js'

// Newest first, as traces hold them: a merge, a commit naming two stories (one already named
// by a newer commit), one naming none, and the first to name MX-1 without a link.
const COMMITS: TracedCommit[] = [
  { sha: 'a'.repeat(40), subject: 'Merge pull request #7', merge: true, stories: ['#7'] },
  {
    sha: 'b'.repeat(40),
    subject: 'MX-2 and #7: "quoted" \\ tab\t',
    merge: false,
    stories: ['MX-2', '#7']
  },
  { sha: 'c'.repeat(40), subject: 'no story', merge: false, stories: [] },
  { sha: 'd'.repeat(40), subject: 'MX-2: first', merge: false, stories: ['MX-2'] }
]
const STORIES: TracedStory[] = [
  {
    id: '#7',
    tracker: 'github',
    url: 'https://github.com/o/r/issues/7',
    commits: ['a'.repeat(40), 'b'.repeat(40)]
  },
  { id: 'MX-2', tracker: 'jira', url: null, commits: ['b'.repeat(40), 'd'.repeat(40)] }
]

function filled(): RangeTable {
  const table = new RangeTable()
  table.addCommit(COMMITS[0]!.sha, COMMITS[0]!.subject, true)
  table.addStory('#7', 'github', null)
  table.addCommit(COMMITS[1]!.sha, COMMITS[1]!.subject, false)
  table.addStory('MX-2', 'jira', null)
  // A later commit gives the link the first one did not.
  table.addStory('#7', 'github', 'https://github.com/o/r/issues/7')
  table.addCommit(COMMITS[2]!.sha, COMMITS[2]!.subject, false)
  table.addCommit(COMMITS[3]!.sha, COMMITS[3]!.subject, false)
  table.addStory('MX-2', 'trailer', 'https://jira.example.com/MX-2')
  return table
}

describe('RangeTable', () => {
  it('gives the commits and stories as the objects a trace lists', () => {
    const table = filled()
    expect(table.commitCount).toBe(4)
    expect(table.storyCount).toBe(2)
    expect(table.commits()).toEqual(COMMITS)
    // The first commit to name a story gives its tracker; a link comes from the first with one.
    expect(table.stories()).toEqual([
      STORIES[0],
      { ...STORIES[1], url: 'https://jira.example.com/MX-2' }
    ])
    expect([0, 1, 2, 3].map((commit) => table.hasStory(commit))).toEqual([true, true, false, true])
  })

  it('takes story IDs as bytes as it takes them as text: one story per ID', () => {
    const table = new RangeTable()
    const text = Buffer.from('xx#7 MX-2 Ünï-1')
    table.addCommit(COMMITS[0]!.sha, COMMITS[0]!.subject, true)
    expect(table.addStoryBytes(text, 2, 4, 'github')).toBe(0)
    table.addCommit(COMMITS[1]!.sha, COMMITS[1]!.subject, false)
    expect(table.addStoryBytes(text, 5, 9, 'jira')).toBe(1)
    table.setUrl(0, 'https://github.com/o/r/issues/7')
    table.setUrl(0, 'https://example.com/not-taken')
    table.addStory('#7', 'other', null)
    table.addCommit(COMMITS[2]!.sha, COMMITS[2]!.subject, false)
    table.addCommit(COMMITS[3]!.sha, COMMITS[3]!.subject, false)
    table.addStory('MX-2', 'trailer', null)
    expect(table.addStoryBytes(text, 10, text.length, 'trailer')).toBe(2)
    expect(table.commits()).toEqual([
      ...COMMITS.slice(0, 3),
      { ...COMMITS[3], stories: ['MX-2', 'Ünï-1'] }
    ])
    expect(table.stories()).toEqual([
      ...STORIES,
      { id: 'Ünï-1', tracker: 'trailer', url: null, commits: ['d'.repeat(40)] }
    ])
  })

  it('is made from a trace given as objects, as traceRange would have filled it', () => {
    const table = RangeTable.of(COMMITS, STORIES)
    expect(table.commits()).toEqual(COMMITS)
    expect(table.stories()).toEqual(STORIES)
  })

  it('gives trace --json the same document from a table as from the objects', () => {
    const trace: RangeTrace = {
      source: 'git',
      from: 'e'.repeat(40),
      to: 'a'.repeat(40),
      firstDeployment: false,
      truncated: false,
      limit: null,
      commits: COMMITS,
      stories: STORIES
    }
    const withoutTable = [...traceJson(trace).chunks()].join('')
    const withTable = [
      ...traceJson({ ...trace, table: RangeTable.of(COMMITS, STORIES) }).chunks()
    ].join('')
    expect(withTable).toBe(withoutTable)
    expect(withoutTable).toBe(
      JSON.stringify(
        {
          from: trace.from,
          to: trace.to,
          firstDeployment: false,
          truncated: false,
          limit: null,
          commits: 4,
          merges: 1,
          stories: STORIES.map(({ id, tracker, url, commits }) => ({
            id,
            tracker,
            url,
            commits: commits.map((sha) => {
              const commit = COMMITS.find((c) => c.sha === sha)!
              return { sha, subject: commit.subject }
            })
          })),
          withoutStory: [{ sha: COMMITS[2]!.sha, subject: 'no story' }]
        },
        null,
        2
      )
    )
  })
})
