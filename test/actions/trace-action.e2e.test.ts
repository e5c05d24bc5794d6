import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { useGitHubStandIn } from '../support/github/index.js'
import { runAction, type ActionRun, type RunActionOptions } from '../support/runner/index.js'
import { commits, git, newRepo } from '../trace/support/git-repo.js'

// The bundled trace action run as the runner runs it: a pull request's commits read from the
// checkout, or from the GitHub stand-in's compare API when the checkout lacks them.

const stand = useGitHubStandIn()
let workspace = ''
const runs: ActionRun[] = []
const cleanups: (() => void)[] = []

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'trace-action-'))
})

afterEach(async () => {
  await Promise.all(runs.splice(0).map((r) => r.dispose()))
  for (const cleanup of cleanups.splice(0)) cleanup()
  await rm(workspace, { recursive: true, force: true })
})

async function trace(
  inputs: Record<string, string>,
  options: Partial<RunActionOptions> = {},
  name = 'trace'
): Promise<ActionRun> {
  const result = await runAction(name, {
    cwd: workspace,
    apiUrl: stand.gh.apiUrl,
    github: { repository: 'octo-org/hello', token: stand.gh.token, ...options.github },
    inputs,
    ...(options.eventName ? { eventName: options.eventName } : {}),
    ...(options.event ? { event: options.event } : {})
  })
  runs.push(result)
  return result
}

/** A pull request in the stand-in: feature commits on a branch off main. */
function seedPullRequest(messages: string[]) {
  const repo = stand.gh.repo()
  const base = repo.resolveCommit('main')!
  repo.branch('feature', base)
  const shas = repo.commitAll(messages, 'feature')
  const pull = repo.pullRequest({ title: 'Login', head: 'feature' })
  const event = {
    pull_request: {
      number: pull.number,
      base: { ref: 'main', sha: base },
      head: { ref: 'feature', sha: shas.at(-1) }
    }
  }
  return { base, shas, pull, event }
}

const byLevel = (result: ActionRun, level: string) =>
  result.annotations.filter((a) => a.level === level)

describe('trace action', () => {
  test("on a pull request, lists each commit's stories from the compare API when the checkout lacks them", async () => {
    // A real shallow clone that holds neither side of the pull request, as actions/checkout makes.
    const origin = newRepo()
    cleanups.push(origin.cleanup)
    commits(origin.dir, ['one', 'two'])
    await rm(workspace, { recursive: true })
    git(origin.dir, ['clone', '-q', '--depth', '1', `file://${origin.dir}`, workspace])
    const { shas, event } = seedPullRequest([
      'ABC-1: login page',
      'Fix typo <img src=x onerror=alert(1)> for @octocat',
      'Stories: 42, 43'
    ])
    const result = await trace(
      { 'require-story': 'warn' },
      { eventName: 'pull_request', event, github: { sha: shas.at(-1)! } }
    )
    expect(byLevel(result, 'error')).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toEqual({
      stories: JSON.stringify(['42', '43', 'ABC-1']),
      commits: '3',
      'commits-without-story': '1'
    })
    expect(byLevel(result, 'warning')).toEqual([
      expect.objectContaining({
        title: `Commit ${shas[1]!.slice(0, 7)} names no user story`,
        message: expect.stringMatching(
          new RegExp(`^commit ${shas[1]!.slice(0, 12)} "Fix typo <img .*" names no user story`)
        )
      })
    ])
    expect(result.logLines.join('\n')).toMatch(
      /is not in this shallow clone .*fetch-depth: 0.*; reading the commits from GitHub's compare API instead/
    )
    const compare = stand.gh.calls.filter((call) => call.url.includes('/compare/'))
    expect(compare).toHaveLength(1)
    // The summary escapes the commit messages: no HTML, no mention.
    expect(result.summary).toContain('## User stories of this pull request')
    expect(result.summary).toContain('⚠️ 1 commit of 3 names no story.')
    expect(result.summary).not.toContain('<img')
    expect(result.summary).toContain('&lt;img')
    expect(result.summary).not.toMatch(/@octocat/)
    expect(result.masks).toContain(stand.gh.token)
  })

  test('require-story: error from mxdeploy.yml fails the check with an error per commit', async () => {
    await writeFile(
      join(workspace, 'mxdeploy.yml'),
      'app: hello\ntraceability: { require-story: error }\nenvironments: { test: {} }\n'
    )
    const { shas, event } = seedPullRequest(['ABC-1 login', 'wip', 'more wip'])
    const result = await trace({}, { eventName: 'pull_request', event })
    expect(result.exitCode).toBe(1)
    const errors = byLevel(result, 'error').map((a) => a.message)
    expect(errors).toEqual([
      expect.stringContaining(`commit ${shas[2]!.slice(0, 12)} "more wip" names no user story`),
      expect.stringContaining(`commit ${shas[1]!.slice(0, 12)} "wip" names no user story`),
      '2 of 3 commits name no user story (require-story: error)'
    ])
    expect(result.summary).toContain('❌ 2 commits of 3 name no story.')
    // The input overrides the file.
    const off = await trace({ 'require-story': 'off' }, { eventName: 'pull_request', event })
    expect(off.exitCode).toBe(0)
    expect(off.annotations).toEqual([])
  })

  test('from and to read any range from a full checkout, without asking GitHub', async () => {
    const repo = newRepo()
    cleanups.push(repo.cleanup)
    const shas = commits(repo.dir, ['Initial', 'AB#7 board item', 'owner/lib#9 and #12'])
    const result = await runAction('trace', {
      cwd: repo.dir,
      apiUrl: stand.gh.apiUrl,
      github: { repository: 'octo-org/hello', token: stand.gh.token, sha: shas[2]! },
      inputs: { from: shas[0]! }
    })
    runs.push(result)
    expect(result.exitCode).toBe(0)
    expect(JSON.parse(result.outputs['stories']!)).toEqual(['owner/lib#9', '#12', 'AB#7'])
    expect(stand.gh.calls).toEqual([])
    // #12 links to the run's repository on the run's server.
    expect(result.summary).toContain(`[\\#\u200b12](${stand.gh.url}/octo-org/hello/issues/12)`)
  })

  test('the root action runs it with command: trace', async () => {
    const { event } = seedPullRequest(['ABC-5 search'])
    const result = await trace({ command: 'trace' }, { eventName: 'pull_request', event }, 'root')
    expect(result.exitCode).toBe(0)
    expect(result.outputs['stories']).toBe('["ABC-5"]')
  })

  describe('bad input', () => {
    test('a require-story that is not off, warn or error', async () => {
      const result = await trace({ 'require-story': 'strict' })
      expect(result.exitCode).toBe(1)
      expect(byLevel(result, 'error')[0]?.message).toBe(
        'input require-story is "strict"; use one of: off, warn, error (or leave it empty for mxdeploy.yml\'s traceability.require-story)'
      )
    })

    test('an invalid regex in mxdeploy.yml names the pattern and where it is', async () => {
      await writeFile(
        join(workspace, 'mxdeploy.yml'),
        'app: hello\ntraceability:\n  patterns:\n    - name: broken\n      regex: "ABC-("\nenvironments: { test: {} }\n'
      )
      const result = await trace({ to: 'main' })
      expect(result.exitCode).toBe(1)
      expect(byLevel(result, 'error')[0]?.message).toMatch(
        /mxdeploy\.yml:4:5: traceability\.patterns\[0\] \("broken"\): regex "ABC-\(" is not valid/
      )
    })

    test('a revision that exists neither in the checkout nor on GitHub', async () => {
      const result = await trace({ from: 'main', to: 'no-such-branch' })
      expect(result.exitCode).toBe(1)
      expect(byLevel(result, 'error')[0]?.message).toMatch(
        /is not in a git repository.*; and --to no-such-branch is not a commit of octo-org\/hello on GitHub: check the name, and that it was pushed/
      )
    })

    test('a local revision name that does not exist is refused by git at once', async () => {
      const repo = newRepo()
      cleanups.push(repo.cleanup)
      commits(repo.dir, ['Initial'])
      const result = await runAction('trace', {
        cwd: repo.dir,
        apiUrl: stand.gh.apiUrl,
        github: { repository: 'octo-org/hello', token: stand.gh.token },
        inputs: { from: 'v9.9', to: 'HEAD' }
      })
      runs.push(result)
      expect(result.exitCode).toBe(1)
      expect(byLevel(result, 'error')[0]?.message).toMatch(
        /--from v9\.9 does not exist in the repository at .*: check the name, or fetch it first/
      )
    })
  })
})
