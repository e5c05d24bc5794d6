import { describe, expect, it } from 'vitest'
import type { ActivityRecord } from '../../src/activity/activity-log.js'
import {
  renderDeploymentSummary,
  type DeploymentSummaryInput
} from '../../src/report/deployment-summary.js'
import type { RangeTrace } from '../../src/trace/trace-range.js'
import { HOSTILE } from './support/hostile.js'
import { hasCmarkGfm, renderGfm, tagNames } from './support/gfm.js'

const sha = (c: string): string => c.repeat(40)

const record: ActivityRecord = {
  id: 'd1',
  time: '2024-05-01T12:34:56.789Z',
  app: 'hello',
  environment: 'production',
  operation: 'deploy',
  package: { version: '1.2.0.15', sha256: 'ab'.repeat(32) },
  actor: 'alice',
  approvers: ['bob', 'evil <b>'],
  mfa: {
    method: 'totp',
    users: [
      { user: 'bob', via: 'code' },
      { user: 'carol', via: 'session' }
    ]
  },
  result: 'success',
  error: null,
  commit: sha('c'),
  runUrl: 'https://github.com/acme/hello/actions/runs/1',
  durationMs: 42_300,
  stories: ['ABC-1', '#7']
}

const trace: RangeTrace = {
  source: 'git',
  from: sha('a'),
  to: sha('c'),
  firstDeployment: false,
  truncated: false,
  limit: null,
  commits: [
    {
      sha: sha('c'),
      subject: 'ABC-1 <script>x</script> @octocat',
      merge: false,
      stories: ['ABC-1', '#7']
    },
    { sha: sha('b'), subject: 'Fix | typo', merge: false, stories: [] }
  ],
  stories: [
    {
      id: 'ABC-1',
      tracker: 'jira',
      url: 'https://jira.example.com/browse/ABC-1',
      commits: [sha('c')]
    },
    { id: '#7', tracker: 'github', url: null, commits: [sha('c')] }
  ]
}

const input: DeploymentSummaryInput = {
  record,
  trace,
  environmentUrl: 'https://prod.example.com',
  links: { repository: 'acme/hello' }
}

const commitUrl = (c: string): string => `https://github.com/acme/hello/commit/${sha(c)}`

describe('renderDeploymentSummary', () => {
  it('shows environment, package, SHA-256, who deployed and approved, MFA, stories and commits', () => {
    expect(renderDeploymentSummary(input)).toBe(
      [
        '## ✅ Deployed hello 1\\.2\\.0\\.15 to production',
        '',
        '|  |  |',
        '| --- | --- |',
        '| Environment | [production](https://prod.example.com) |',
        '| Package | 1\\.2\\.0\\.15 |',
        '| SHA-256 | `abababababab` |',
        `| Commit | [\`ccccccc\`](${commitUrl('c')}) |`,
        '| Deployed by | [alice](https://github.com/alice) |',
        '| Approved by | [bob](https://github.com/bob), evil &lt;b&gt; |',
        '| MFA | TOTP: bob (code), carol (8-hour session) |',
        '| Time | 2024-05-01 12:34 UTC (42 s) |',
        '| Run | [workflow run](https://github.com/acme/hello/actions/runs/1) |',
        '',
        '### Stories (2)',
        '',
        '- [ABC\\-1](https://jira.example.com/browse/ABC-1) (1 commit)',
        '- \\#\u200b7 (1 commit)',
        '',
        '### Commits (2)',
        '',
        `2 commits since the last deployment to production ([\`aaaaaaa\`](${commitUrl('a')})…[\`ccccccc\`](${commitUrl('c')})).`,
        '',
        `- [\`ccccccc\`](${commitUrl('c')}) ABC\\-1 &lt;script&gt;x&lt;/script&gt; @\u200boctocat — [ABC\\-1](https://jira.example.com/browse/ABC-1), \\#\u200b7`,
        `- [\`bbbbbbb\`](${commitUrl('b')}) Fix \\| typo`,
        ''
      ].join('\n')
    )
  })

  it('says when it was a first deployment, and when the limit cut the history', () => {
    const whole = renderDeploymentSummary({
      record,
      trace: { ...trace, from: null, firstDeployment: true, limit: 1000 }
    })
    expect(whole).toContain(
      'First deployment to production: the whole history up to `ccccccc`, 2 commits.'
    )
    const cut = renderDeploymentSummary({
      record,
      trace: { ...trace, from: null, firstDeployment: true, truncated: true, limit: 2 }
    })
    expect(cut).toContain(
      'First deployment to production: the newest 2 commits up to `ccccccc` (older history is beyond traceability.limit).'
    )
  })

  it('shows a failure with its error, and the recorded stories when the commits are unknown', () => {
    const text = renderDeploymentSummary({
      record: {
        ...record,
        result: 'failure',
        error: 'target said <no> @admin',
        mfa: null,
        approvers: [],
        operation: 'rollback'
      },
      trace: null,
      traceNote: 'history missing: shallow clone'
    })
    expect(text).toContain('## ❌ Rollback of hello 1\\.2\\.0\\.15 on production failed')
    expect(text).toContain('| Error | target said &lt;no&gt; @\u200badmin |')
    expect(text).toContain('| Approved by | nobody |')
    expect(text).toContain('| MFA | not required |')
    expect(text).toContain('- ABC\\-1\n- \\#\u200b7\n')
    expect(text).toContain('### Commits (0)\n\nhistory missing: shallow clone\n')
  })

  it('stays under the byte limit for a huge range, saying how much it left out', () => {
    const commits = Array.from({ length: 5_000 }, (_, i) => ({
      sha: i.toString(16).padStart(40, '0'),
      subject: `ABC-${i + 1} ${'long subject '.repeat(10)}`,
      merge: false,
      stories: [`ABC-${i + 1}`]
    }))
    const stories = commits.map((c) => ({
      id: c.stories[0]!,
      tracker: 'jira',
      url: `https://jira.example.com/browse/${c.stories[0]}`,
      commits: [c.sha]
    }))
    const text = renderDeploymentSummary({ ...input, trace: { ...trace, commits, stories } })
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(1_000_000)
    const shownCommits = text.split('\n').filter((line) => line.startsWith('- [`')).length
    const shownStories = text.split('\n').filter((line) => line.startsWith('- [ABC')).length
    expect(shownCommits).toBeGreaterThan(100)
    const hidden = (what: string): number =>
      Number(new RegExp(`- … and ([\\d,]+) more ${what}`).exec(text)![1]!.replace(/,/g, ''))
    expect(shownCommits + hidden('commits')).toBe(5_000)
    expect(shownStories + hidden('stories')).toBe(5_000)
    expect(text).toContain('### Commits (5000)')
    // A limit this tight leaves only the facts.
    const tight = renderDeploymentSummary(input, 900)
    expect(tight).toContain('- … and 2 more stories')
    expect(tight).toContain('- … and 2 more commits')
  })

  it.skipIf(!hasCmarkGfm && !process.env['CI'])(
    'renders hostile commit subjects, story IDs and names as text only',
    () => {
      const hostile: DeploymentSummaryInput = {
        record: { ...record, environment: HOSTILE[0]!, actor: HOSTILE[4]!, error: HOSTILE[9]! },
        trace: {
          ...trace,
          commits: HOSTILE.map((subject, i) => ({
            sha: i.toString(16).padStart(40, '0'),
            subject,
            merge: false,
            stories: [HOSTILE[(i + 1) % HOSTILE.length]!]
          })),
          stories: HOSTILE.map((id) => ({
            id,
            tracker: 'custom',
            url: 'https://x.example.com/' + encodeURIComponent(id),
            commits: []
          }))
        },
        environmentUrl: 'javascript:alert(1)'
      }
      const html = renderGfm(renderDeploymentSummary(hostile))
      const allowed = /^<\/?(h2|h3|p|ul|li|table|thead|tbody|tr|th|td|a|code)$/
      expect(tagNames(html).filter((t) => !allowed.test(t))).toEqual([])
      expect(html).not.toMatch(/href="(?!https:\/\/(x\.example\.com|github\.com)\/)/)
      // Each commit is one list item: no subject broke out into a block of its own.
      expect(html.match(/<li>/g)).toHaveLength(HOSTILE.length * 2)
    }
  )
})
