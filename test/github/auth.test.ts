import { describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../src/errors.js'
import { permissionError, withPermission } from '../../src/github/permission-error.js'
import { useGitHubStandIn } from '../support/github/index.js'
import { clientFor, failureOf } from './octokit-client.js'

const repo = { owner: 'octo-org', repo: 'hello' }

describe('GitHub stand-in: authentication and permissions', () => {
  const stand = useGitHubStandIn()

  it('answers 401 "Requires authentication" to a request without a token', async () => {
    const { gh } = stand
    const response = await fetch(`${gh.apiUrl}/repos/octo-org/hello`)
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({
      message: 'Requires authentication',
      documentation_url: 'https://docs.github.com/rest',
      status: '401'
    })
  })

  it('answers 401 "Bad credentials" to an unknown token, as token or Bearer', async () => {
    const { gh } = stand
    for (const scheme of ['token', 'Bearer']) {
      const response = await fetch(`${gh.apiUrl}/repos/octo-org/hello`, {
        headers: { authorization: `${scheme} ghs_not-a-real-one` }
      })
      expect(response.status).toBe(401)
      expect(((await response.json()) as { message: string }).message).toBe('Bad credentials')
    }
    const ok = await fetch(`${gh.apiUrl}/repos/octo-org/hello`, {
      headers: { authorization: `Bearer ${gh.token}` }
    })
    expect(ok.status).toBe(200)
  })

  it('answers 403 with x-accepted-github-permissions to a token without deployments: write', async () => {
    const { gh } = stand
    const token = gh.addToken({ permissions: { contents: 'write', deployments: 'read' } })
    const octokit = clientFor(gh, { token })
    const listed = await octokit.rest.repos.listDeployments(repo)
    expect(listed.status).toBe(200)
    const failure = await failureOf(octokit.rest.repos.createDeployment({ ...repo, ref: 'main' }))
    expect(failure.status).toBe(403)
    expect(failure.data.message).toBe('Resource not accessible by integration')
    expect(failure.data.documentation_url).toBe(
      'https://docs.github.com/rest/deployments/deployments#create-a-deployment'
    )
    expect(failure.headers['x-accepted-github-permissions']).toBe('deployments=write')
    expect(gh.repo().deployments).toHaveLength(0)
  })

  it('accepts either permission where GitHub accepts alternatives', async () => {
    const { gh } = stand
    const issue = gh.repo().issue()
    const octokit = clientFor(gh, {
      token: gh.addToken({ permissions: { pull_requests: 'write' } })
    })
    const created = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: issue,
      body: 'hi'
    })
    expect(created.status).toBe(201)
    const none = clientFor(gh, { token: gh.addToken({ permissions: { contents: 'read' } }) })
    const failure = await failureOf(
      none.rest.issues.createComment({ ...repo, issue_number: issue, body: 'x' })
    )
    expect(failure.headers['x-accepted-github-permissions']).toBe(
      'issues=write; pull_requests=write'
    )
  })

  it('grants metadata: read to every token, as GitHub does', async () => {
    const { gh } = stand
    const octokit = clientFor(gh, { token: gh.addToken({ permissions: {} }) })
    expect((await octokit.rest.repos.get(repo)).status).toBe(200)
  })
})

describe('permissionError', () => {
  const stand = useGitHubStandIn()

  it('turns a 403 into a ConfigurationError naming the permission the workflow needs', async () => {
    const { gh } = stand
    const octokit = clientFor(gh, { token: gh.addToken({ permissions: { deployments: 'read' } }) })
    const error = await withPermission('deployments: write', 'create the deployment', () =>
      octokit.rest.repos.createDeployment({ ...repo, ref: 'main' })
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as Error).message).toBe(
      'GitHub refused to create the deployment (403 Resource not accessible by integration - ' +
        'https://docs.github.com/rest/deployments/deployments#create-a-deployment; GitHub accepts: ' +
        'deployments=write): the token lacks `deployments: write`. Grant it in the workflow with ' +
        '`permissions:` → `deployments: write` on the job (or use a token that has it).'
    )
  })

  it('turns a 404 into a ConfigurationError that names the permission too', async () => {
    const { gh } = stand
    const failure = await failureOf(
      clientFor(gh).rest.repos.getReleaseByTag({ ...repo, tag: 'none' })
    )
    const error = permissionError(failure.error, 'contents: write', 'read release none')
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as Error).message).toContain(
      'GitHub answered 404 when mxdeploy tried to read release none'
    )
    expect((error as Error).message).toContain('the token needs `contents: write`')
  })

  it('leaves a rate-limited 403 and other errors alone', async () => {
    const { gh } = stand
    gh.inject({
      route: 'GET /repos/{owner}/{repo}',
      fault: 'secondary-rate-limit',
      retryAfter: 1,
      times: Infinity
    })
    const limited = await failureOf(clientFor(gh, { rateLimitRetries: 0 }).rest.repos.get(repo))
    expect(permissionError(limited.error, 'contents: read', 'read the repository')).toBe(
      limited.error
    )
    const plain = new Error('boom')
    expect(permissionError(plain, 'contents: read', 'x')).toBe(plain)
    expect(permissionError('text', 'contents: read', 'x')).toBe('text')
  })
})
