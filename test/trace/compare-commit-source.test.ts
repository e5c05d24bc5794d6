import { describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../src/errors.js'
import { GitHubCompareSource } from '../../src/trace/github-compare-source.js'
import type { SourceCommit } from '../../src/trace/commit-source.js'
import { GitCommitSource } from '../../src/trace/git-commit-source.js'
import { compileStoryPatterns } from '../../src/stories/story-patterns.js'
import { traceFromSources } from '../../src/trace/trace-sources.js'
import { clientFor, recordingLogger } from '../github/octokit-client.js'
import { useGitHubStandIn, type GitHubStandIn } from '../support/github/index.js'
import { commits, newRepo } from './support/git-repo.js'

function source(gh: GitHubStandIn, token = gh.token): GitHubCompareSource {
  return new GitHubCompareSource({
    octokit: clientFor(gh, { token }),
    owner: 'octo-org',
    repo: 'hello'
  })
}

async function read(s: GitHubCompareSource, from: string | undefined, to: string, limit = 1000) {
  const seen: SourceCommit[] = []
  const outcome = await s.read({ from, to, limit }, (commit) => seen.push(commit))
  return { outcome, seen }
}

function pagesAsked(gh: GitHubStandIn, path: string): string[] {
  return gh.calls
    .filter((call) => new URL(call.url).pathname.includes(path))
    .map((call) => new URL(call.url).searchParams.toString())
}

describe("GitHub's compare API as a commit source", () => {
  const stand = useGitHubStandIn()

  it('reads a range of 600 commits page by page, newest first, as git would', async () => {
    const { gh } = stand
    const base = gh.repo().resolveCommit('main')!
    const shas = gh
      .repo()
      .commitAll(
        Array.from({ length: 600 }, (_, i) =>
          i % 3 === 0 ? `ABC-${i + 1} work\n\nbody` : `chore ${i}`
        )
      )
    const { outcome, seen } = await read(source(gh), base, 'main')
    expect(outcome).toEqual({
      status: 'complete',
      from: base,
      to: shas.at(-1),
      count: 600,
      truncated: false
    })
    expect(seen.map((c) => c.sha)).toEqual([...shas].reverse())
    expect(seen.at(-1)).toEqual({
      sha: shas[0],
      message: 'ABC-1 work\n\nbody',
      subject: 'ABC-1 work',
      parents: 1
    })
    // GitHub caps a compare at 250 commits without paging; with per_page it pages to the end.
    expect(pagesAsked(gh, '/compare/')).toEqual(
      [1, 2, 3, 4, 5, 6].map((page) => `per_page=100&page=${page}`)
    )
  })

  it('reads a first deployment from the commit list, up to the limit', async () => {
    const { gh } = stand
    const root = gh.repo().resolveCommit('main')!
    const shas = gh.repo().commitAll(Array.from({ length: 149 }, (_, i) => `ABC-${i + 1}`))
    const cut = await read(source(gh), undefined, 'main', 120)
    expect(cut.outcome).toEqual({
      status: 'complete',
      from: null,
      to: shas.at(-1),
      count: 120,
      truncated: true
    })
    expect(cut.seen.map((c) => c.sha)).toEqual([...shas].reverse().slice(0, 120))
    const whole = await read(source(gh), undefined, shas.at(-1)!, 150)
    expect(whole.outcome).toMatchObject({ count: 150, truncated: false })
    expect(whole.seen.at(-1)!.sha).toBe(root)
    expect(whole.seen.at(-1)!.parents).toBe(0)
  })

  it('names a revision GitHub does not know, as missing history', async () => {
    const { gh } = stand
    const absent = 'e'.repeat(40)
    const { outcome } = await read(source(gh), absent, 'main')
    expect(outcome).toEqual({
      status: 'history-missing',
      reason: 'revision-missing',
      revision: absent,
      message: `--from ${absent} is not a commit of octo-org/hello on GitHub: check the name, and that it was pushed`
    })
    const to = await read(source(gh), undefined, 'no-such-branch')
    expect(to.outcome).toMatchObject({ reason: 'revision-missing', revision: 'no-such-branch' })
  })

  it('tells whether one commit is in the history of another', async () => {
    const { gh } = stand
    const base = gh.repo().resolveCommit('main')!
    const [a, b] = gh.repo().commitAll(['one', 'two'])
    gh.repo().branch('side', a)
    const side = gh.repo().commit('side work', 'side')
    const s = source(gh)
    expect(await s.contains(base, b!)).toBe(true)
    expect(await s.contains(b!, b!)).toBe(true)
    expect(await s.contains(b!, a!)).toBe(false)
    expect(await s.contains(side, b!)).toBe(false)
    expect(await s.contains('d'.repeat(40), b!)).toBeUndefined()
  })

  it('names contents: read when the token may not read the repository', async () => {
    const { gh } = stand
    const base = gh.repo().resolveCommit('main')!
    gh.repo().commit('ABC-1')
    const token = gh.addToken({ permissions: { deployments: 'write' } })
    const failing = read(source(gh, token), base, 'main')
    await expect(failing).rejects.toThrow(ConfigurationError)
    await expect(read(source(gh, token), base, 'main')).rejects.toThrow(/contents: read/)
  })

  it('is where a checkout without the commits falls back to, saying why', async () => {
    const { gh } = stand
    const base = gh.repo().resolveCommit('main')!
    gh.repo().commitAll(['ABC-7 search', 'Story: 42'])
    // A real clone that holds other commits, as a shallow checkout holds only its tip.
    const repo = newRepo()
    try {
      commits(repo.dir, ['unrelated'])
      const log = recordingLogger()
      const outcome = await traceFromSources(
        [new GitCommitSource(repo.dir), source(gh)],
        { from: base, to: gh.repo().resolveCommit('main')!, limit: 100 },
        compileStoryPatterns(undefined),
        { log }
      )
      expect(outcome.status === 'complete' && outcome.trace).toMatchObject({
        source: "GitHub's compare API",
        stories: [{ id: '42' }, { id: 'ABC-7' }]
      })
      expect(log.lines).toEqual([
        expect.stringMatching(
          /^info: commit [0-9a-f]{40} \(--to\) is not in this clone .*fetch-depth: 0.*; reading the commits from GitHub's compare API instead$/
        )
      ])
      // Neither source holds it: both reasons are given.
      const missing = await traceFromSources(
        [new GitCommitSource(repo.dir), source(gh)],
        { from: undefined, to: 'c'.repeat(40), limit: 100 },
        compileStoryPatterns(undefined)
      )
      expect(missing.status === 'history-missing' && missing.message).toMatch(
        /fetch-depth: 0.*; and --to c{40} is not a commit of octo-org\/hello on GitHub/
      )
    } finally {
      repo.cleanup()
    }
  })
})
