import { describe, expect, it } from 'vitest'
import { useGitHubStandIn } from '../support/github/index.js'
import { clientFor, failureOf } from './octokit-client.js'

const repo = { owner: 'octo-org', repo: 'hello' }

describe('GitHub stand-in: compare and associated pull requests', () => {
  const stand = useGitHubStandIn()

  it('compares two refs: the commits of head not in base, oldest first', async () => {
    const { gh } = stand
    const base = gh.repo().resolveCommit('main')!
    const shas = gh.repo().commitAll(['ABC-1 login page', 'ABC-2 logout', 'fix typo'])
    gh.repo().refs.set('refs/tags/deployed-test', base)
    const octokit = clientFor(gh)
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: 'deployed-test...main'
    })
    expect(data).toMatchObject({ status: 'ahead', ahead_by: 3, behind_by: 0, total_commits: 3 })
    expect(data.commits.map((c) => c.sha)).toEqual(shas)
    expect(data.commits.map((c) => c.commit.message)).toEqual([
      'ABC-1 login page',
      'ABC-2 logout',
      'fix typo'
    ])
    expect(data.merge_base_commit.sha).toBe(base)
    const legacy = await octokit.rest.repos.compareCommits({
      ...repo,
      base: 'main',
      head: 'deployed-test'
    })
    expect(legacy.data).toMatchObject({ status: 'behind', ahead_by: 0, behind_by: 3 })
  })

  it('reports identical and diverged comparisons, and 404 for an unknown side', async () => {
    const { gh } = stand
    const octokit = clientFor(gh)
    const same = await octokit.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: 'main...main'
    })
    expect(same.data.status).toBe('identical')
    gh.repo().branch('feature/x')
    gh.repo().commit('on feature', 'feature/x')
    gh.repo().commit('on main')
    const diverged = await octokit.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: 'main...feature/x'
    })
    expect(diverged.data).toMatchObject({ status: 'diverged', ahead_by: 1, behind_by: 1 })
    const missing = await failureOf(
      octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: 'main...nope' })
    )
    expect(missing.status).toBe(404)
  })

  it('returns the newest 250 commits without paging, and pages of at most 250 with it', async () => {
    const { gh } = stand
    const base = gh.repo().resolveCommit('main')!
    const shas = gh.repo().commitAll(Array.from({ length: 260 }, (_, i) => `commit ${i + 1}`))
    const octokit = clientFor(gh)
    const basehead = `${base}...main`
    const plain = await octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead })
    expect(plain.data.total_commits).toBe(260)
    expect(plain.data.commits).toHaveLength(250)
    expect(plain.data.commits.at(-1)?.sha).toBe(shas.at(-1))
    expect(plain.data.commits[0]?.sha).toBe(shas[10])
    const capped = await octokit.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead,
      per_page: 300
    })
    expect(capped.data.commits).toHaveLength(250)
    expect(capped.headers.link).toContain('rel="next"')
    const pages = await octokit.paginate(
      'GET /repos/{owner}/{repo}/compare/{basehead}',
      { ...repo, basehead, per_page: 100 },
      (response) => response.data.commits
    )
    expect(pages.map((c) => c.sha)).toEqual(shas)
  })

  it('lists the pull requests a commit belongs to, merged ones included', async () => {
    const { gh } = stand
    gh.repo().branch('ABC-7-export')
    const [first] = gh.repo().commitAll(['ABC-7 export to CSV', 'ABC-7 tests'], 'ABC-7-export')
    const pull = gh.repo().pullRequest({
      title: 'ABC-7 Export to CSV',
      body: 'Closes ABC-7',
      head: 'ABC-7-export',
      merged: true,
      user: 'alice'
    })
    const octokit = clientFor(gh)
    const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      ...repo,
      commit_sha: first!
    })
    expect(data.map((p) => [p.number, p.title, p.state, p.user?.login])).toEqual([
      [pull.number, 'ABC-7 Export to CSV', 'closed', 'alice']
    ])
    expect(data[0]?.merged_at).not.toBeNull()
    const viaMerge = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      ...repo,
      commit_sha: pull.mergeCommitSha!
    })
    expect(viaMerge.data.map((p) => p.number)).toEqual([pull.number])
    const none = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      ...repo,
      commit_sha: gh.repo().commit('direct push')
    })
    expect(none.data).toEqual([])
  })

  it('reads a single commit by sha or branch', async () => {
    const { gh } = stand
    const sha = gh.repo().commit({ message: 'ABC-9 thing', author: 'carol' })
    const { data } = await clientFor(gh).rest.repos.getCommit({ ...repo, ref: 'main' })
    expect(data.sha).toBe(sha)
    expect(data.author).toMatchObject({ login: 'carol' })
  })
})

describe('GitHub stand-in: issue comments', () => {
  const stand = useGitHubStandIn()

  it('creates, lists in pages, updates and deletes comments on a pull request', async () => {
    const { gh } = stand
    const pull = gh.repo().pullRequest({ title: 'ABC-1', head: 'abc-1' })
    const octokit = clientFor(gh)
    const ids: number[] = []
    for (let i = 1; i <= 3; i++) {
      const { data } = await octokit.rest.issues.createComment({
        ...repo,
        issue_number: pull.number,
        body: `c${i}`
      })
      ids.push(data.id)
    }
    const page = await octokit.rest.issues.listComments({
      ...repo,
      issue_number: pull.number,
      per_page: 2
    })
    expect(page.data.map((c) => c.body)).toEqual(['c1', 'c2'])
    expect(page.headers.link).toContain('rel="next"')
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: pull.number,
      per_page: 2
    })
    expect(all.map((c) => c.id)).toEqual(ids)
    expect(all[0]?.html_url).toContain(`/pull/${pull.number}#issuecomment-`)
    const updated = await octokit.rest.issues.updateComment({
      ...repo,
      comment_id: ids[1]!,
      body: '<!-- mxdeploy -->\nnew'
    })
    expect(updated.data.body).toBe('<!-- mxdeploy -->\nnew')
    await octokit.rest.issues.deleteComment({ ...repo, comment_id: ids[0]! })
    expect(gh.repo().comments.map((c) => c.body)).toEqual(['<!-- mxdeploy -->\nnew', 'c3'])
  })

  it('refuses a body over 65536 characters with GitHub’s 422, and 404s an unknown issue', async () => {
    const { gh } = stand
    const issue = gh.repo().issue()
    const octokit = clientFor(gh)
    const long = await failureOf(
      octokit.rest.issues.createComment({ ...repo, issue_number: issue, body: 'x'.repeat(65537) })
    )
    expect(long.status).toBe(422)
    expect(long.data.errors[0].message).toBe('Body is too long (maximum is 65536 characters)')
    const unknown = await failureOf(
      octokit.rest.issues.createComment({ ...repo, issue_number: 999, body: 'x' })
    )
    expect(unknown.status).toBe(404)
  })
})
