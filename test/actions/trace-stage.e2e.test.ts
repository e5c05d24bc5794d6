import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { DEPLOYMENTS_MARKER, deploymentsMarker } from '../../src/report/pull-request-comment.js'
import { mxdeploy } from '../support/cli.js'
import { copyExample, writeConfig } from '../support/example-app.js'
import { useGitHubStandIn } from '../support/github/index.js'
import { runAction, type ActionRun, type RunActionOptions } from '../support/runner/index.js'

// The stage action's traceability, run as the runner runs it against the GitHub stand-in: the
// stories since the environment's last deployment (read through the compare API, as from a
// shallow checkout), the job summary, and the sticky comment on the pull requests they came from.

const stand = useGitHubStandIn()
let dir = ''
const runs: ActionRun[] = []

beforeEach(async () => {
  dir = await copyExample()
  await writeConfig(
    dir,
    `app: hello
repository: file:${join(dir, 'packages')}
traceability:
  patterns:
    - name: jira
      url: https://jira.example.com/browse/{id}
    - name: github
environments:
  test:
    url: https://hello-test.example.com
    target: { type: local, path: ${join(dir, 'envs', 'test')} }
  acceptance:
    after: test
    target: { type: local, path: ${join(dir, 'envs', 'acceptance')} }
`
  )
})

afterEach(async () => {
  await Promise.all(runs.splice(0).map((r) => r.dispose()))
})

/** Merges a pull request of `messages` into main; returns its number and the merge commit. */
function mergePullRequest(branch: string, messages: string[]): { number: number; sha: string } {
  const repo = stand.gh.repo()
  repo.branch(branch, 'main')
  repo.commitAll(messages, branch)
  const pull = repo.pullRequest({ title: branch, head: branch, merged: true })
  return { number: pull.number, sha: pull.mergeCommitSha! }
}

/** Builds and publishes a package of the commit `sha` with the CLI, as a workflow's build job would. */
async function publish(number: string, sha: string): Promise<{ stories: string[] }> {
  const env = {
    GITHUB_SHA: sha,
    GITHUB_REPOSITORY: 'octo-org/hello',
    GITHUB_TOKEN: stand.gh.token,
    GITHUB_API_URL: stand.gh.apiUrl
  }
  const out = join(dir, `hello-${number}.mda`)
  const built = await mxdeploy(
    [
      'build',
      '--deployment-dir',
      'deployment',
      '--version',
      `1.0.0.${number}`,
      '--out',
      out,
      '--json'
    ],
    { cwd: dir, env }
  )
  expect(built.code, built.stderr).toBe(0)
  expect((await mxdeploy(['publish', out], { cwd: dir })).code).toBe(0)
  return built.json.manifest
}

async function stage(
  environment: string,
  version: string,
  options: Partial<RunActionOptions> & { token?: string } = {}
): Promise<ActionRun> {
  const token = options.token ?? stand.gh.token
  const result = await runAction('stage', {
    cwd: dir,
    apiUrl: stand.gh.apiUrl,
    github: { repository: 'octo-org/hello', runId: '4242', token },
    inputs: { environment, package: version, 'github-token': token }
  })
  runs.push(result)
  return result
}

const errors = (result: ActionRun) =>
  result.annotations.filter((a) => a.level === 'error').map((a) => a.message)
const warnings = (result: ActionRun) =>
  result.annotations.filter((a) => a.level === 'warning').map((a) => a.message)

function ownComments(number: number) {
  return stand.gh
    .repo()
    .comments.filter((c) => c.issueNumber === number && c.user === 'github-actions[bot]')
}

describe('stage action: stories, summary and pull-request comments', () => {
  test('each stage records the stories since that environment last deployed, and keeps one comment per pull request', async () => {
    const login = mergePullRequest('login', ['ABC-1 login page', 'ABC-1 review fixes'])
    // Someone pastes the marker into a comment of their own: it is never edited.
    const mallory = stand.gh.addToken({ user: 'mallory' })
    await fetch(`${stand.gh.apiUrl}/repos/octo-org/hello/issues/${login.number}/comments`, {
      method: 'POST',
      headers: { authorization: `token ${mallory}`, 'content-type': 'application/json' },
      body: JSON.stringify({ body: `${DEPLOYMENTS_MARKER}\nfake table` })
    })
    expect((await publish('1', login.sha)).stories).toEqual([`#${login.number}`, 'ABC-1'])
    const first = await stage('test', '1.0.0.1')
    expect(errors(first)).toEqual([])
    expect(warnings(first)).toEqual([])
    expect(first.exitCode).toBe(0)
    expect(JSON.parse(first.outputs['stories']!)).toEqual([`#${login.number}`, 'ABC-1'])
    expect(first.summary).toContain('First deployment to test: the whole history up to')
    expect(first.summary).toContain('[ABC\\-1](https://jira.example.com/browse/ABC-1) (2 commits)')
    expect(first.summary).toContain('ABC\\-1 review fixes')
    const [comment] = ownComments(login.number)
    expect(comment!.body.startsWith(deploymentsMarker('hello'))).toBe(true)
    expect(comment!.body).toContain('### Deployments of hello')
    // The promotion diagram: the pull request's commits are in test, acceptance comes next.
    expect(comment!.body).toContain(
      '```mermaid\nflowchart LR\n  e0["test ✅ 1.0.0.1"]\n  e1["acceptance ⏭ next"]\n  e0 --> e1\n```'
    )
    expect(first.summary).toContain(
      '### Promotion\n\n```mermaid\nflowchart LR\n  e0["test ✅ 1.0.0.1"]'
    )
    expect(comment!.body).toContain(
      `| [test](https://hello-test.example.com) | 1\\.0\\.0\\.1 | [✅ deployed](${stand.gh.url}/octo-org/hello/actions/runs/4242) |`
    )
    expect(comment!.body).toMatch(
      / UTC \| \[\\#\u200b1\]\([^)]*\/issues\/1\), \[ABC\\-1\]\(https:\/\/jira\.example\.com\/browse\/ABC-1\) \|\n$/
    )
    const fake = stand.gh.repo().comments.find((c) => c.user === 'mallory')
    expect(fake!.body).toBe(`${DEPLOYMENTS_MARKER}\nfake table`)

    const logout = mergePullRequest('logout', ['ABC-2 logout'])
    expect((await publish('2', logout.sha)).stories).toEqual([`#${logout.number}`, 'ABC-2'])
    const second = await stage('test', '1.0.0.2')
    expect(second.exitCode).toBe(0)
    expect(JSON.parse(second.outputs['stories']!)).toEqual([`#${logout.number}`, 'ABC-2'])
    expect(second.summary).toMatch(/2 commits since the last deployment to test/)
    expect(ownComments(logout.number)).toHaveLength(1)

    // acceptance's first deployment brings both pull requests: both comments list both rows.
    const accepted = await stage('acceptance', '1.0.0.2')
    expect(accepted.exitCode).toBe(0)
    for (const pull of [login, logout]) {
      const own = ownComments(pull.number)
      expect(own).toHaveLength(1)
      expect(own[0]!.body).toMatch(/\| \[test\]\([^)]*\) \| 1\\\.0\\\.0\\\.2 \|/)
      expect(own[0]!.body).toMatch(/\| acceptance \| 1\\\.0\\\.0\\\.2 \|/)
    }
    // Updated in place: the first comment on the login pull request is the same one.
    expect(ownComments(login.number)[0]!.id).toBe(comment!.id)
    expect(stand.gh.calls.filter((c) => c.url.endsWith('/graphql'))).not.toHaveLength(0)
  })

  test('a token that cannot comment gets a warning, and the job summary still has everything', async () => {
    const pull = mergePullRequest('search', ['ABC-7 search'])
    await publish('1', pull.sha)
    const token = stand.gh.addToken({
      permissions: { deployments: 'write', contents: 'read', pull_requests: 'read' }
    })
    const result = await stage('test', '1.0.0.1', { token })
    expect(errors(result)).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(warnings(result)).toEqual([
      expect.stringMatching(
        /^no deployments comment on the pull requests: GitHub refused to comment on #\d+ .*pull-requests: write.*; the job summary has the deployment/
      )
    ])
    expect(result.summary).toContain('[ABC\\-7](https://jira.example.com/browse/ABC-7) (1 commit)')
    expect(ownComments(pull.number)).toEqual([])
  })

  test('a comment that would pass 65,536 characters is cut, with a note on what was left out', async () => {
    await writeConfig(
      dir,
      `app: hello
repository: file:${join(dir, 'packages')}
traceability:
  limit: 5000
  patterns: [{ name: jira, url: 'https://jira.example.com/browse/{id}' }]
environments:
  test: { target: { type: local, path: ${join(dir, 'envs', 'test')} } }
`
    )
    const many = Array.from({ length: 2000 }, (_, i) => `ABC-${i + 1} part ${i + 1}`)
    const pull = mergePullRequest('big', many)
    await publish('1', pull.sha)
    const result = await stage('test', '1.0.0.1')
    expect(errors(result)).toEqual([])
    expect(warnings(result)).toEqual([])
    expect(JSON.parse(result.outputs['stories']!)).toHaveLength(2000)
    const [comment] = ownComments(pull.number)
    expect(comment!.body.length).toBeLessThanOrEqual(65_536)
    expect(comment!.body.length).toBeGreaterThan(60_000)
    expect(comment!.body.slice(-300)).toMatch(
      /_Cut to stay under GitHub's 65,536-character limit for a comment: [\d,]+ story links not shown\. The job summaries of the runs list everything\._/
    )
  })
})
