import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Logger } from '../../src/log.js'
import type { CommitSource, RangeOutcome, SourceCommit } from '../../src/trace/commit-source.js'
import { GitCommitSource } from '../../src/trace/git-commit-source.js'
import { checkRequireStory } from '../../src/trace/require-story.js'
import { compileStoryPatterns } from '../../src/stories/story-patterns.js'
import { commitsWithoutStory, traceRange, type TracedCommit } from '../../src/trace/trace-range.js'
import { commits, git, merge, newRepo } from './support/git-repo.js'

const patterns = compileStoryPatterns([
  { name: 'jira', url: 'https://jira.example.com/browse/{id}' },
  { name: 'github' },
  { name: 'trailer' }
])

function recorder(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: (m) => lines.push(`info ${m}`),
    warning: (m) => lines.push(`warning ${m}`),
    error: (m) => lines.push(`error ${m}`),
    secret: () => undefined
  }
}

describe('traceRange over git', () => {
  let repo: ReturnType<typeof newRepo>
  let shas: string[]
  let mergeSha: string

  beforeAll(() => {
    repo = newRepo()
    shas = commits(repo.dir, [
      'Initial commit',
      'ABC-1: login\n\nStory: 42',
      'Fix typo',
      'ABC-2 and ABC-1 again, see #7'
    ])
    git(repo.dir, ['checkout', '-q', '-b', 'side'])
    shas.push(...commits(repo.dir, ['Refactor without a story']))
    git(repo.dir, ['checkout', '-q', 'main'])
    mergeSha = merge(repo.dir, 'side', 'Merge branch side')
  })
  afterAll(() => repo.cleanup())

  it('collects each story once with its commits, and each commit with its stories', async () => {
    const outcome = await traceRange(
      new GitCommitSource(repo.dir),
      { from: shas[0], to: 'main', limit: 10 },
      patterns,
      { links: { repository: 'acme/hello' } }
    )
    expect(outcome.status).toBe('complete')
    if (outcome.status !== 'complete') return
    const { trace } = outcome
    expect(trace).toMatchObject({
      source: 'git',
      from: shas[0],
      to: mergeSha,
      firstDeployment: false,
      truncated: false,
      limit: null
    })
    expect(trace.commits).toHaveLength(5)
    expect(trace.commits[0]).toEqual({
      sha: mergeSha,
      subject: 'Merge branch side',
      merge: true,
      stories: []
    })
    const byId = Object.fromEntries(trace.stories.map((s) => [s.id, s]))
    expect(Object.keys(byId).sort()).toEqual(['#7', '42', 'ABC-1', 'ABC-2'])
    expect(byId['ABC-1']).toEqual({
      id: 'ABC-1',
      tracker: 'jira',
      url: 'https://jira.example.com/browse/ABC-1',
      commits: [shas[3], shas[1]]
    })
    expect(byId['#7']!.url).toBe('https://github.com/acme/hello/issues/7')
    expect(byId['42']).toMatchObject({ tracker: 'trailer', url: null, commits: [shas[1]] })
    expect(
      commitsWithoutStory(trace)
        .map((c) => c.subject)
        .sort()
    ).toEqual(['Fix typo', 'Merge branch side', 'Refactor without a story'])
  })

  it('marks a first deployment cut by the limit and logs it', async () => {
    const log = recorder()
    const outcome = await traceRange(
      new GitCommitSource(repo.dir),
      { from: undefined, to: 'main', limit: 2 },
      patterns,
      { log }
    )
    expect(outcome).toMatchObject({
      status: 'complete',
      trace: { firstDeployment: true, truncated: true, limit: 2, from: null }
    })
    expect(outcome.status === 'complete' && outcome.trace.commits).toHaveLength(2)
    expect(log.lines).toEqual([
      "info first deployment: read the newest 2 commits of main only (traceability.limit); older commits' stories are not listed"
    ])
  })

  it('hands back missing history so the caller can use another source', async () => {
    const missing: RangeOutcome = {
      status: 'history-missing',
      reason: 'shallow',
      message: 'cut off'
    }
    const shallow: CommitSource = {
      name: 'test source',
      contains: () => Promise.resolve(undefined),
      read: (_range, visit: (c: SourceCommit) => void) => {
        visit({
          sha: 'a'.repeat(40),
          message: 'ABC-9 partial',
          subject: 'ABC-9 partial',
          parents: 1
        })
        return Promise.resolve(missing)
      }
    }
    const outcome = await traceRange(shallow, { from: 'x', to: 'y', limit: 5 }, patterns)
    expect(outcome).toEqual(missing)
  })
})

describe('checkRequireStory', () => {
  const list: TracedCommit[] = [
    { sha: '1'.repeat(40), subject: 'ABC-1 login', merge: false, stories: ['ABC-1'] },
    { sha: '2'.repeat(40), subject: 'Fix typo\u001b[31m red\u202e', merge: false, stories: [] },
    { sha: '3'.repeat(40), subject: 'Merge branch x', merge: true, stories: [] },
    { sha: '4'.repeat(40), subject: 'x'.repeat(200), merge: false, stories: [] }
  ]

  it('says nothing in off mode', () => {
    expect(checkRequireStory(list, 'off')).toEqual({
      passed: true,
      named: 1,
      checked: 3,
      findings: []
    })
  })

  it('warns for each commit without a story in warn mode, merges aside, and passes', () => {
    const check = checkRequireStory(list, 'warn', ['jira', 'trailer'])
    expect(check.passed).toBe(true)
    expect(check.findings.map((f) => [f.level, f.sha])).toEqual([
      ['warning', '2'.repeat(40)],
      ['warning', '4'.repeat(40)]
    ])
    expect(check.findings[0]!.message).toBe(
      'commit 222222222222 "Fix typo[31m red" names no user story: reword it to name one, such as "ABC-123: …" or a "Story: ABC-123" trailer (patterns: jira, trailer)'
    )
    // Long subjects are cut so the annotation stays readable.
    expect(check.findings[1]!.message).toContain(`"${'x'.repeat(71)}…"`)
  })

  it('fails in error mode only when a commit names no story', () => {
    const check = checkRequireStory(list, 'error')
    expect(check.passed).toBe(false)
    expect(check.findings.every((f) => f.level === 'error')).toBe(true)
    expect(checkRequireStory(list.slice(0, 1), 'error')).toMatchObject({
      passed: true,
      findings: []
    })
    expect(checkRequireStory([list[2]!], 'error')).toMatchObject({ passed: true, checked: 0 })
  })
})

describe('traceRange with the default patterns', () => {
  it('finds from the bytes of git log what the regexes find in the decoded messages', async () => {
    const repo = newRepo()
    try {
      const messages = [
        'Initial commit',
        'MX-1: login (AB#12), fixes #7 and acme/portal#8',
        'Refactor with UTF-8 and SHA-256\n\nCo-authored-by: Zoë <z@example.com>',
        'Ünïcödé — 日本語 🚀 ABC-3\n\nStories: 12, MX-1; (#7).\r\nRelated stories: SHOP-4',
        'Version 1.2.3-beta.4, CVE-2024-1234\n\nStory: #9'
      ]
      const shas = commits(repo.dir, messages)
      const defaults = compileStoryPatterns(undefined)
      // The same patterns given as regexes of their own are read with the regexes.
      const asRegexes = compileStoryPatterns(
        defaults.map((pattern) => ({
          name: pattern.name,
          regex: pattern.regex.source,
          url: pattern.url
        }))
      )
      expect(asRegexes.some((pattern) => pattern.builtin)).toBe(false)
      const read = async (withPatterns: typeof defaults) => {
        const outcome = await traceRange(
          new GitCommitSource(repo.dir),
          { from: shas[0], to: 'main', limit: 10 },
          withPatterns,
          { links: { repository: 'acme/shop' } }
        )
        if (outcome.status !== 'complete') throw new Error(outcome.message)
        return { commits: outcome.trace.commits, stories: outcome.trace.stories }
      }
      const fromBytes = await read(defaults)
      expect(fromBytes).toEqual(await read(asRegexes))
      expect(fromBytes.stories.map((story) => story.id)).toEqual([
        '#9',
        'ABC-3',
        '12',
        'MX-1',
        '#7',
        'SHOP-4',
        'AB#12',
        'acme/portal#8'
      ])
    } finally {
      repo.cleanup()
    }
  })
})
