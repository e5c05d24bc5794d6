import { execFileSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { captureCli } from '../support/cli.js'
import { git, newRepo } from './support/git-repo.js'

// 1,203 commits in one `git fast-import` run: past the 1,000 that the text lists one by one.
// Every third names MX-<n mod 7 + 1>; the others name none.
function longHistory(dir: string, count: number): void {
  let stream = ''
  for (let i = 1; i <= count; i++) {
    // Subjects with what JSON must escape, and characters it must not: quotes, a backslash, a
    // tab, an escape character, a character outside the BMP, an accented letter.
    const odd = i % 50 === 1 ? ' \\ \t \u001b[2J 🚀 é' : ''
    // Commit 5's first paragraph has two lines, which its subject joins with a space.
    const message =
      i === 5
        ? 'change 5\nwraps onto a second line\n\nand has a body\n'
        : i % 3 === 0
          ? `MX-${(i % 7) + 1}: change ${i}${odd}\n`
          : `change ${i} "quoted"${odd}\n`
    stream +=
      `commit refs/heads/main\nmark :${i}\ncommitter Ada <ada@example.com> ${1_700_000_000 + i * 60} +0000\n` +
      `data ${Buffer.byteLength(message)}\n${message}${i > 1 ? `from :${i - 1}\n` : ''}\n`
  }
  execFileSync('git', ['fast-import', '--quiet'], {
    cwd: dir,
    input: stream,
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' }
  })
  git(dir, ['checkout', '-q', 'main'])
}

describe('mxdeploy trace output of a long range', () => {
  let repo: ReturnType<typeof newRepo>
  let root: string

  beforeAll(() => {
    repo = newRepo()
    longHistory(repo.dir, 1203)
    root = git(repo.dir, ['rev-list', '--max-parents=0', 'HEAD'])
  })
  afterAll(() => repo.cleanup())

  it('writes --json in pieces that read exactly as JSON.stringify with two spaces', async () => {
    const { code, stdout } = await captureCli(
      ['trace', '--from', root, '--to', 'HEAD', '--json'],
      repo.dir,
      {}
    )
    expect(code).toBe(0)
    const doc = JSON.parse(stdout) as {
      commits: number
      stories: { id: string; commits: { sha: string; subject: string }[] }[]
      withoutStory: { sha: string; subject: string }[]
    }
    expect(stdout).toBe(`${JSON.stringify(doc, null, 2)}\n`)
    expect(doc.commits).toBe(1202)
    expect(doc.stories.map((s) => s.id)).toEqual([
      'MX-7',
      'MX-4',
      'MX-1',
      'MX-5',
      'MX-2',
      'MX-6',
      'MX-3'
    ])
    expect(doc.stories[0]!.commits[0]!.subject).toBe('MX-7: change 1203')
    expect(doc.withoutStory).toHaveLength(1202 - 401)
    expect(doc.withoutStory).toContainEqual({
      sha: git(repo.dir, ['rev-list', '--max-count=1', '--grep=^change 5$', 'HEAD']),
      subject: 'change 5 wraps onto a second line'
    })
  })

  it('writes empty lists as JSON.stringify does', async () => {
    const head = git(repo.dir, ['rev-parse', 'HEAD'])
    const { code, stdout } = await captureCli(
      ['trace', '--from', head, '--to', head, '--json'],
      repo.dir,
      {}
    )
    expect(code).toBe(0)
    expect(stdout).toBe(`${JSON.stringify(JSON.parse(stdout), null, 2)}\n`)
    expect(stdout).toContain('"stories": [],\n  "withoutStory": []\n}')
  })

  it('summarises the text of more than 1,000 commits unless --all-commits', async () => {
    const summary = await captureCli(['trace', '--from', root, '--to', 'HEAD'], repo.dir, {})
    expect(summary.code).toBe(0)
    const lines = summary.stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/: 1202 commits, 7 stories, 801 commits without a story$/)
    expect(lines[1]).toBe('MX-7  (58 commits, the newest shown)')
    expect(lines[2]).toMatch(/^ {2}[0-9a-f]{12} {2}MX-7: change 1203$/)
    expect(lines).toContain('  … and 781 more (--all-commits lists them all)')
    expect(lines.at(-1)).toBe(
      '1202 commits: summarised; --all-commits lists every commit, --json gives them all'
    )
    expect(lines.length).toBeLessThan(60)

    const all = await captureCli(
      ['trace', '--from', root, '--to', 'HEAD', '--all-commits'],
      repo.dir,
      {}
    )
    expect(all.code).toBe(0)
    const every = all.stdout.trimEnd().split('\n')
    // The header, 7 stories with 401 commits between them, the heading and 801 commits.
    expect(every).toHaveLength(1 + 7 + 401 + 1 + 801)
    expect(every[1]).toBe('MX-7')
  })
})
