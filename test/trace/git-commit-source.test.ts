import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigurationError, OperationError } from '../../src/errors.js'
import type { SourceCommit } from '../../src/trace/commit-source.js'
import { commitSubject } from '../../src/trace/commit-source.js'
import { GitCommitSource } from '../../src/trace/git-commit-source.js'
import { commits, git, merge, newRepo } from './support/git-repo.js'

async function read(
  source: GitCommitSource,
  from: string | undefined,
  to: string,
  limit = 1000
): Promise<{ outcome: Awaited<ReturnType<GitCommitSource['read']>>; seen: SourceCommit[] }> {
  const seen: SourceCommit[] = []
  const outcome = await source.read({ from, to, limit }, (c) => seen.push(c))
  return { outcome, seen }
}

// What SourceCommit promises, read through its getters; and its bytes say the same.
function fields(commit: SourceCommit | undefined) {
  if (commit === undefined) return undefined
  const { sha, parents, message, subject, bytes } = commit
  if (bytes !== undefined) {
    expect(bytes.bytes.toString('latin1', bytes.sha, bytes.shaEnd)).toBe(sha)
    if (bytes.subject >= 0) {
      expect(bytes.bytes.toString('utf8', bytes.subject, bytes.subjectEnd)).toBe(subject)
    }
  }
  return { sha, parents, message, subject }
}

describe('GitCommitSource', () => {
  let repo: ReturnType<typeof newRepo>
  let main: string[]
  let feature: string[]
  let mergeSha: string
  const messages = [
    'Initial commit',
    'ABC-1: login page\n\nLonger body\nwith lines\n\nStory: 7\n',
    'Unicode — ü 日本語 🚀 ABC-2',
    'No story here'
  ]

  beforeAll(() => {
    repo = newRepo()
    main = commits(repo.dir, messages)
    git(repo.dir, ['checkout', '-q', '-b', 'feature', main[1]!])
    feature = commits(repo.dir, ['ABC-3 on a branch', 'ABC-4 on a branch too'])
    git(repo.dir, ['checkout', '-q', 'main'])
    mergeSha = merge(repo.dir, 'feature', 'Merge branch feature')
    git(repo.dir, ['tag', 'v1', main[1]!])
  })
  afterAll(() => repo.cleanup())

  it('reads the commits reachable from --to and not from --from, newest first, messages whole', async () => {
    const source = new GitCommitSource(repo.dir)
    const { outcome, seen } = await read(source, 'v1', 'main')
    expect(outcome).toEqual({
      status: 'complete',
      from: main[1],
      to: mergeSha,
      count: 5,
      truncated: false
    })
    expect(new Set(seen.map((c) => c.sha))).toEqual(
      new Set([mergeSha, main[3], main[2], feature[1], feature[0]])
    )
    expect(fields(seen[0])).toEqual({
      sha: mergeSha,
      parents: 2,
      message: 'Merge branch feature\n',
      subject: 'Merge branch feature'
    })
    expect(fields(seen.find((c) => c.sha === main[2]))).toEqual({
      sha: main[2],
      parents: 1,
      message: messages[2],
      subject: messages[2]
    })
    // git log's own list for the same range, as the reference.
    expect(seen.map((c) => c.sha)).toEqual(
      git(repo.dir, ['log', '--format=%H', 'main', `^${main[1]}`]).split('\n')
    )
  })

  it('reads the whole history for a first deployment, and stops at the limit saying so', async () => {
    const source = new GitCommitSource(repo.dir)
    const whole = await read(source, undefined, 'main')
    expect(whole.outcome).toMatchObject({
      status: 'complete',
      from: null,
      count: 7,
      truncated: false
    })
    expect(whole.seen.at(-1)).toMatchObject({ sha: main[0], parents: 0 })

    const cut = await read(source, undefined, 'main', 3)
    expect(cut.outcome).toMatchObject({ status: 'complete', from: null, count: 3, truncated: true })
    expect(cut.seen).toHaveLength(3)
    const exact = await read(source, undefined, 'main', 7)
    expect(exact.outcome).toMatchObject({ count: 7, truncated: false })
  })

  it('gives an empty range when --from already contains --to', async () => {
    const { outcome, seen } = await read(new GitCommitSource(repo.dir), 'main', main[1]!)
    expect(outcome).toMatchObject({ status: 'complete', count: 0 })
    expect(seen).toEqual([])
  })

  it('refuses a revision name that does not exist, or that looks like an option', async () => {
    const source = new GitCommitSource(repo.dir)
    await expect(read(source, 'no-such-tag', 'main')).rejects.toThrow(ConfigurationError)
    await expect(read(source, 'no-such-tag', 'main')).rejects.toThrow(
      /--from no-such-tag does not exist in the repository at .*: check the name, or fetch it first/
    )
    await expect(read(source, undefined, 'nope')).rejects.toThrow(/--to nope does not exist/)
    await expect(read(source, '--output=/tmp/x', 'main')).rejects.toThrow(
      /--from "--output=\/tmp\/x" is not a revision/
    )
    await expect(read(source, undefined, 'main\nHEAD')).rejects.toThrow(ConfigurationError)
    await expect(read(source, undefined, 'main', 0)).rejects.toThrow(/limit must be at least 1/)
  })

  it('returns history-missing for a full commit SHA it does not hold', async () => {
    const absent = 'f'.repeat(40)
    const { outcome } = await read(new GitCommitSource(repo.dir), absent, 'main')
    expect(outcome).toMatchObject({
      status: 'history-missing',
      reason: 'revision-missing',
      revision: absent
    })
    expect(outcome.status === 'history-missing' && outcome.message).toMatch(
      /commit f{40} \(--from\) is not in this clone .*fetch-depth: 0.*compare API/
    )
  })

  it('says a folder is not a git repository, so another source can be asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mxdeploy-nogit-'))
    try {
      const { outcome } = await read(new GitCommitSource(dir), undefined, 'HEAD')
      expect(outcome).toMatchObject({ status: 'history-missing', reason: 'no-repository' })
      expect(outcome.status === 'history-missing' && outcome.message).toMatch(
        /is not in a git repository: run in the checkout of the app, or pass --dir DIR/
      )
      expect(await new GitCommitSource(dir).contains('HEAD', 'HEAD')).toBeUndefined()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('tells whether one commit is in the history of another', async () => {
    const source = new GitCommitSource(repo.dir)
    expect(await source.contains(feature[0]!, mergeSha)).toBe(true)
    expect(await source.contains(mergeSha, mergeSha)).toBe(true)
    expect(await source.contains(main[3]!, feature[1]!)).toBe(false)
    expect(await source.contains('f'.repeat(40), mergeSha)).toBeUndefined()
  })

  it('passes on an error thrown while visiting and stops git', async () => {
    const source = new GitCommitSource(repo.dir)
    const failing = source.read({ from: undefined, to: 'main', limit: 100 }, () => {
      throw new OperationError('visitor failed')
    })
    await expect(failing).rejects.toThrow('visitor failed')
  })
})

describe('GitCommitSource in a shallow clone', () => {
  let origin: ReturnType<typeof newRepo>
  let shas: string[]
  let clone: string

  beforeAll(() => {
    origin = newRepo()
    shas = commits(origin.dir, ['one ABC-1', 'two ABC-2', 'three ABC-3', 'four ABC-4', 'five'])
    clone = join(origin.dir, 'clone')
    // file:// so git really makes a shallow clone (a plain path would hard-link everything).
    git(origin.dir, ['clone', '-q', '--depth', '2', `file://${origin.dir}`, clone])
  })
  afterAll(() => origin.cleanup())

  it('reads a range that lies inside the fetched history', async () => {
    const { outcome, seen } = await read(new GitCommitSource(clone), shas[3], 'HEAD')
    expect(outcome).toMatchObject({ status: 'complete', count: 1 })
    expect(seen.map((c) => c.sha)).toEqual([shas[4]])
  })

  it('does not answer "no" about ancestry where the clone cut the history', async () => {
    const source = new GitCommitSource(clone)
    expect(await source.contains(shas[3]!, shas[4]!)).toBe(true)
    expect(await source.contains(shas[0]!, shas[4]!)).toBeUndefined()
  })

  it('says the history is missing when --from was never fetched, and how to fix it', async () => {
    const { outcome } = await read(new GitCommitSource(clone), shas[1], 'HEAD')
    expect(outcome).toMatchObject({ status: 'history-missing', reason: 'revision-missing' })
    expect(outcome.status === 'history-missing' && outcome.message).toMatch(
      /is not in this shallow clone .*actions\/checkout "fetch-depth: 0"/
    )
  })

  it('says the history is missing when a first deployment reaches the cut-off', async () => {
    const { outcome } = await read(new GitCommitSource(clone), undefined, 'HEAD')
    expect(outcome).toMatchObject({ status: 'history-missing', reason: 'shallow' })
    expect(outcome.status === 'history-missing' && outcome.message).toMatch(
      new RegExp(
        `this clone is shallow and does not hold the history of HEAD .*commit ${shas[3]!.slice(0, 12)} has its parents cut off; give actions/checkout "fetch-depth: 0"`
      )
    )
    // Within the limit, before the cut-off, the clone holds enough.
    const { outcome: short } = await read(new GitCommitSource(clone), undefined, 'HEAD', 1)
    expect(short).toMatchObject({ status: 'complete', count: 1, truncated: true })
  })

  it('says the history is missing when a range with --from crosses the cut-off', async () => {
    // A side branch from the oldest commit, fetched by itself: its base is present, the commits
    // between that base and HEAD are not.
    git(origin.dir, ['branch', 'old', shas[0]!])
    git(clone, ['fetch', '-q', '--depth', '1', 'origin', 'old:old'])
    const { outcome } = await read(new GitCommitSource(clone), 'old', 'HEAD')
    expect(outcome).toMatchObject({ status: 'history-missing', reason: 'shallow' })
    expect(outcome.status === 'history-missing' && outcome.message).toMatch(
      /does not hold all commits between old and HEAD/
    )
  })
})

describe('commit subjects', () => {
  const MESSAGES = [
    'One line',
    'One line\n',
    'Title\n\nBody ABC-1\n',
    'First line\nsecond line\n\nBody',
    'Title\n   \nblank-looking line ends the paragraph',
    '  Leading and trailing blanks  \n\nbody',
    'Ünïcödé — 日本語 🚀\n\nbody',
    'Tab\tinside\r\n\nbody',
    '\n \n\n  After blank lines\n  and an indented second line  \n\nbody'
  ]

  it('are the first paragraph on one line, as git log prints %s', () => {
    expect(commitSubject('Fix the\nlogin page\n\nbody')).toBe('Fix the login page')
    expect(commitSubject('\n \n  Title  \n')).toBe('  Title')
    expect(commitSubject('')).toBe('')
  })

  it('agree with git log --format=%s, from the message and from the git source', async () => {
    const repo = newRepo()
    try {
      const shas = commits(repo.dir, MESSAGES)
      const fromGit = git(repo.dir, ['log', '--reverse', '--format=%s%x00', 'HEAD'])
        .split('\0\n')
        .map((s) => s.replace(/\0$/, ''))
      const { seen } = await read(new GitCommitSource(repo.dir), undefined, 'HEAD')
      const bySha = new Map(seen.map((c) => [c.sha, c]))
      MESSAGES.forEach((message, i) => {
        expect(bySha.get(shas[i]!)!.subject, JSON.stringify(message)).toBe(fromGit[i])
        expect(commitSubject(bySha.get(shas[i]!)!.message), JSON.stringify(message)).toBe(
          fromGit[i]
        )
      })
    } finally {
      repo.cleanup()
    }
  })
})
