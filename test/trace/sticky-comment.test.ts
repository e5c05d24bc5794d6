import { describe, expect, it } from 'vitest'
import { OperationError } from '../../src/errors.js'
import { associatedPulls } from '../../src/report/github-associated-pulls.js'
import { tokenLogin, upsertStickyComment } from '../../src/report/github-sticky-comment.js'
import {
  COMMENT_MAX_CHARS,
  DEPLOYMENTS_MARKER,
  deploymentsMarker
} from '../../src/report/pull-request-comment.js'
import { clientFor, recordingLogger } from '../github/octokit-client.js'
import { useGitHubStandIn } from '../support/github/index.js'

const where = { owner: 'octo-org', repo: 'hello' }

describe('the sticky deployments comment', () => {
  const stand = useGitHubStandIn()

  it("knows the token's own login, for the workflow token and a person's token alike", async () => {
    const { gh } = stand
    expect(await tokenLogin(clientFor(gh))).toBe('github-actions[bot]')
    expect(await tokenLogin(clientFor(gh, { token: gh.addToken({ user: 'alice' }) }))).toBe('alice')
  })

  it('is created once, then updated in place, and left alone when nothing changed', async () => {
    const { gh } = stand
    const number = gh.repo().issue()
    const octokit = clientFor(gh)
    // 120 comments before it: the search pages through them.
    for (let i = 0; i < 120; i++) {
      gh.repo().comments.push({
        id: gh.state.nextId(),
        issueNumber: number,
        body: `comment ${i}`,
        user: 'octocat',
        createdAt: '2024-01-01T00:00:00Z',
        updatedAt: '2024-01-01T00:00:00Z'
      })
    }
    const request = { octokit, ...where, number, login: 'github-actions[bot]', app: 'hello' }
    const MARKER = deploymentsMarker('hello')
    const first = await upsertStickyComment({ ...request, body: `${MARKER}\none` })
    expect(first.action).toBe('created')
    // Someone else's comment that starts with the marker is not ours.
    await clientFor(gh, { token: gh.addToken({ user: 'mallory' }) }).rest.issues.createComment({
      ...where,
      issue_number: number,
      body: `${MARKER}\nnot yours`
    })
    const second = await upsertStickyComment({ ...request, body: `${MARKER}\ntwo` })
    expect(second).toEqual({ action: 'updated', url: first.url })
    const same = await upsertStickyComment({ ...request, body: `${MARKER}\ntwo` })
    expect(same.action).toBe('unchanged')
    const ours = gh.repo().comments.filter((c) => c.body.startsWith(MARKER))
    expect(ours.map((c) => [c.user, c.body.split('\n')[1]])).toEqual([
      ['github-actions[bot]', 'two'],
      ['mallory', 'not yours']
    ])
    const listed = gh.calls.filter((c) => c.url.includes(`/issues/${number}/comments?`))
    expect(listed.map((c) => new URL(c.url).searchParams.get('page') ?? '1')).toContain('2')
  })

  it('refuses a body over the limit before GitHub would', async () => {
    const { gh } = stand
    const number = gh.repo().issue()
    const body = `${deploymentsMarker('hello')}\n${'x'.repeat(COMMENT_MAX_CHARS)}`
    const call = upsertStickyComment({
      octokit: clientFor(gh),
      ...where,
      number,
      app: 'hello',
      body,
      login: 'github-actions[bot]'
    })
    await expect(call).rejects.toThrow(OperationError)
    await expect(call).rejects.toThrow(/more than GitHub's 65536/)
    expect(gh.calls.filter((c) => c.method !== 'GET')).toEqual([])
  })

  it('finds the pull requests of commits, newest commit first, up to a cap', async () => {
    const { gh } = stand
    const repo = gh.repo()
    const root = repo.resolveCommit('main')!
    repo.branch('one', 'main')
    repo.commitAll(['ABC-1 a'], 'one')
    const first = repo.pullRequest({ title: 'one', head: 'one', merged: true })
    repo.branch('two', 'main')
    repo.commitAll(['ABC-2 b', 'ABC-2 c'], 'two')
    const second = repo.pullRequest({ title: 'two', head: 'two', merged: true })
    const newestFirst = repo.commitsBetween(root, repo.resolveCommit('main')!).ahead.reverse()
    const log = recordingLogger()
    const found = await associatedPulls({ octokit: clientFor(gh), ...where, log }, newestFirst)
    expect(found).toEqual([
      { number: first.number, commit: first.mergeCommitSha },
      { number: second.number, commit: second.mergeCommitSha }
    ])
    expect(log.lines).toEqual([])
    const capped = await associatedPulls(
      { octokit: clientFor(gh), ...where, log, max: 1 },
      newestFirst
    )
    expect(capped).toEqual([{ number: second.number, commit: second.mergeCommitSha }])
    expect(log.lines).toEqual([
      `info: looked up the pull requests of the newest 1 of ${newestFirst.length} commits only; older ones get no deployment comment`
    ])
  })

  it('keeps a comment per app: two apps of one repository never overwrite each other', async () => {
    const { gh } = stand
    const number = gh.repo().issue()
    const request = { octokit: clientFor(gh), ...where, number, login: 'github-actions[bot]' }
    const comment = (app: string, text: string) =>
      upsertStickyComment({ ...request, app, body: `${deploymentsMarker(app)}\n${text}` })
    const hello = await comment('hello', 'hello 1')
    const crm = await comment('crm', 'crm 1')
    expect(crm.action).toBe('created')
    expect(await comment('hello', 'hello 2')).toEqual({ action: 'updated', url: hello.url })
    expect(await comment('crm', 'crm 2')).toEqual({ action: 'updated', url: crm.url })
    expect(gh.repo().comments.map((c) => c.body.split('\n')[1])).toEqual(['hello 2', 'crm 2'])
  })

  it("takes over its own comment with the marker of before apps were named, not another app's", async () => {
    const { gh } = stand
    const number = gh.repo().issue()
    const octokit = clientFor(gh)
    const request = { octokit, ...where, number, login: 'github-actions[bot]' }
    const old = await octokit.rest.issues.createComment({
      ...where,
      issue_number: number,
      body: `${DEPLOYMENTS_MARKER}\nold table`
    })
    const crm = await upsertStickyComment({
      ...request,
      app: 'crm',
      body: `${deploymentsMarker('crm')}\ncrm table`
    })
    // The unnamed comment is updated in place: it carries the app's marker from then on.
    expect(crm).toEqual({ action: 'updated', url: old.data.html_url })
    const hello = await upsertStickyComment({
      ...request,
      app: 'hello',
      body: `${deploymentsMarker('hello')}\nhello table`
    })
    expect(hello.action).toBe('created')
    expect(gh.repo().comments.map((c) => c.body)).toEqual([
      `${deploymentsMarker('crm')}\ncrm table`,
      `${deploymentsMarker('hello')}\nhello table`
    ])
  })
})
