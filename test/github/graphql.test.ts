import { describe, expect, it } from 'vitest'
import { useGitHubStandIn } from '../support/github/index.js'
import { clientFor, failureOf } from './octokit-client.js'

describe('GitHub stand-in: GraphQL viewer and the commit list', () => {
  const stand = useGitHubStandIn()

  it("answers viewer { login } with the token's user, and 401 without a known token", async () => {
    const { gh } = stand
    const octokit = clientFor(gh, { token: gh.addToken({ user: 'alice' }) })
    expect(await octokit.graphql('query { viewer { login } }')).toEqual({
      viewer: { login: 'alice' }
    })
    const response = await fetch(`${gh.url}/api/graphql`, {
      method: 'POST',
      headers: { authorization: 'bearer ghs_unknown', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { login } }' })
    })
    expect(response.status).toBe(401)
    expect(((await response.json()) as { message: string }).message).toBe('Bad credentials')
  })

  it('refuses any other query as a violation', async () => {
    const { gh } = stand
    await expect(
      clientFor(gh, { retries: 0 }).graphql('query { viewer { email } }')
    ).rejects.toThrow()
    expect(gh.takeViolations()).toEqual([
      expect.stringContaining('the stand-in answers only "query { viewer { login } }"')
    ])
  })

  it('lists commits newest first from a ref, paginated; unmodelled filters are a 501', async () => {
    const { gh } = stand
    const root = gh.repo().resolveCommit('main')!
    const shas = gh.repo().commitAll(['a', 'b', 'c'])
    const octokit = clientFor(gh)
    const { data, headers } = await octokit.rest.repos.listCommits({
      owner: 'octo-org',
      repo: 'hello',
      sha: 'main',
      per_page: 2
    })
    expect(data.map((c) => c.sha)).toEqual([shas[2], shas[1]])
    expect(headers.link).toContain('rel="next"')
    const all = await octokit.paginate(octokit.rest.repos.listCommits, {
      owner: 'octo-org',
      repo: 'hello',
      per_page: 2
    })
    expect(all.map((c) => c.sha)).toEqual([...shas].reverse().concat(root))
    const failure = await failureOf(
      clientFor(gh, { retries: 0 }).rest.repos.listCommits({
        owner: 'octo-org',
        repo: 'hello',
        path: 'README.md'
      })
    )
    expect(failure.status).toBe(501)
    expect(gh.takeViolations()).toEqual([expect.stringContaining('filter commits by path')])
  })
})
