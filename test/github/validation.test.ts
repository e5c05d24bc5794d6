import { describe, expect, it } from 'vitest'
import { addDeployment, renderDeployment } from '../support/github/handlers/deployments.js'
import { normaliseNullable } from '../support/github/openapi/nullable.js'
import { startGitHubStandIn, useGitHubStandIn, type Route } from '../support/github/index.js'
import { clientFor, failureOf } from './octokit-client.js'

const repo = { owner: 'octo-org', repo: 'hello' }
const STATUSES = 'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses'

describe('GitHub stand-in: calls checked against GitHub’s OpenAPI description', () => {
  const stand = useGitHubStandIn()

  async function deployment() {
    const octokit = clientFor(stand.gh)
    const { data } = await octokit.rest.repos.createDeployment({
      ...repo,
      ref: 'main',
      environment: 'test'
    })
    return { octokit, id: (data as { id: number }).id }
  }

  it('rejects a deployment status with state "done", with the validator’s message', async () => {
    const { gh } = stand
    const { octokit, id } = await deployment()
    const failure = await failureOf(
      octokit.request(STATUSES, { ...repo, deployment_id: id, state: 'done' as never })
    )
    expect(failure.status).toBe(400)
    const expected =
      'request body/state must be equal to one of the allowed values ' +
      '("error", "failure", "inactive", "in_progress", "queued", "pending", "success")'
    expect(failure.data.message).toContain(expected)
    expect(gh.takeViolations()).toEqual([
      `${STATUSES} (repos/create-deployment-status): the request does not match GitHub's OpenAPI description: ${expected}`
    ])
    expect(gh.repo().deployments[0]?.statuses).toEqual([])
  })

  it('lets the same wrong call through when validation is off (so the check is what catches it)', async () => {
    const gh = await startGitHubStandIn({ validate: false })
    try {
      const octokit = clientFor(gh)
      const { data } = await octokit.rest.repos.createDeployment({ ...repo, ref: 'main' })
      const status = await octokit.request(STATUSES, {
        ...repo,
        deployment_id: (data as { id: number }).id,
        state: 'done' as never
      })
      expect(status.status).toBe(201)
      expect(gh.violations).toEqual([])
    } finally {
      await gh.close()
    }
  })

  it('catches a response of the wrong shape from a handler, failing the call with 500', async () => {
    // A real deployment, but with a string id and without its node_id.
    const broken: Route = {
      route: 'GET /repos/{owner}/{repo}/deployments/{deployment_id}',
      permission: 'deployments:read',
      handle(request, context) {
        const repo = context.state.findRepo('octo-org', 'hello')!
        const record = addDeployment(repo, {
          sha: repo.resolveCommit('main')!,
          ref: 'main',
          task: 'deploy',
          payload: {},
          environment: 'test',
          originalEnvironment: 'test',
          description: null,
          creator: request.user.login,
          transient: false,
          production: false
        })
        const body: Record<string, unknown> = { ...renderDeployment(context, repo, record) }
        delete body.node_id
        return { status: 200, body: { ...body, id: 'seven' } }
      }
    }
    const gh = await startGitHubStandIn({ routes: [broken] })
    try {
      const failure = await failureOf(
        clientFor(gh, { retries: 0 }).rest.repos.getDeployment({ ...repo, deployment_id: 7 })
      )
      expect(failure.status).toBe(500)
      const [violation] = gh.takeViolations()
      expect(violation).toContain(
        "GET /repos/{owner}/{repo}/deployments/{deployment_id} (repos/get-deployment): the stand-in's response does not match"
      )
      expect(violation).toContain("response 200 body must have required property 'node_id'")
      expect(violation).toContain('response 200 body/id must be integer')
    } finally {
      await gh.close()
    }
  })

  it('flags a query parameter GitHub does not define (a misspelt filter)', async () => {
    const { gh } = stand
    const failure = await failureOf(
      clientFor(gh).request('GET /repos/{owner}/{repo}/deployments', {
        ...repo,
        enviroment: 'test'
      })
    )
    expect(failure.status).toBe(400)
    expect(gh.takeViolations()[0]).toContain(
      "query parameters must NOT have additional properties ('enviroment')"
    )
  })

  it('flags a query parameter of the wrong type', async () => {
    const { gh } = stand
    await failureOf(
      clientFor(gh).request('GET /repos/{owner}/{repo}/deployments', {
        ...repo,
        per_page: 'many' as never
      })
    )
    expect(gh.takeViolations()[0]).toContain('query parameters/per_page must be integer')
  })

  it('flags a path parameter of the wrong type', async () => {
    const { gh } = stand
    await failureOf(clientFor(gh).request(`GET /repos/octo-org/hello/releases/latest-one`))
    expect(gh.takeViolations()[0]).toContain('path parameters/release_id must be integer')
  })

  it('flags a body property GitHub does not list, and a missing required one', async () => {
    const { gh } = stand
    const octokit = clientFor(gh)
    await failureOf(
      octokit.request('POST /repos/{owner}/{repo}/deployments', {
        ...repo,
        ref: 'main',
        auto_merg: false
      } as never)
    )
    expect(gh.takeViolations()[0]).toContain(
      "request body has 'auto_merg', which GitHub's description does not list"
    )
    await failureOf(
      octokit.request('POST /repos/{owner}/{repo}/deployments', {
        ...repo,
        task: 'deploy'
      } as never)
    )
    expect(gh.takeViolations()[0]).toContain("request body must have required property 'ref'")
  })

  it('flags a path or method that GitHub does not have, with 404', async () => {
    const { gh } = stand
    const octokit = clientFor(gh)
    const path = await failureOf(octokit.request('GET /repos/{owner}/{repo}/nonsense', repo))
    expect(path.status).toBe(404)
    const method = await failureOf(octokit.request('PUT /repos/{owner}/{repo}/releases', repo))
    expect(method.status).toBe(404)
    expect(gh.takeViolations()).toEqual([
      "GET /repos/octo-org/hello/nonsense: GitHub's OpenAPI description has no such path",
      "PUT /repos/octo-org/hello/releases: GitHub's OpenAPI description has this path, but not with PUT"
    ])
  })

  it('flags an operation GitHub has but the stand-in does not implement, with 501', async () => {
    const { gh } = stand
    const failure = await failureOf(clientFor(gh, { retries: 0 }).rest.repos.listBranches(repo))
    expect(failure.status).toBe(501)
    expect(gh.takeViolations()).toEqual([
      'GET /repos/{owner}/{repo}/branches (repos/list-branches): not implemented by the GitHub stand-in (add it under handlers/)'
    ])
  })

  it('flags a call that misses the API root (GITHUB_API_URL)', async () => {
    const { gh } = stand
    const response = await fetch(`${gh.url}/repos/octo-org/hello`, {
      headers: { authorization: `token ${gh.token}` }
    })
    expect(response.status).toBe(404)
    expect(gh.takeViolations()[0]).toContain('not a GitHub URL the stand-in knows')
  })

  it('fails the test through assertNoViolations, listing every violation, then starts afresh', async () => {
    const { gh } = stand
    await failureOf(clientFor(gh).request('GET /repos/{owner}/{repo}/nonsense', repo))
    expect(() => gh.assertNoViolations()).toThrow(
      /^the GitHub stand-in saw 1 violation\(s\):\n- GET \/repos\/octo-org\/hello\/nonsense: /
    )
    expect(() => gh.assertNoViolations()).not.toThrow()
  })
})

describe('normaliseNullable', () => {
  it('rewrites OpenAPI 3.0 nullable into JSON Schema', () => {
    const document = {
      a: { type: 'string', nullable: true, enum: ['x'] },
      b: { nullable: true, oneOf: [{ type: 'string' }, { type: 'integer' }], description: 'd' },
      c: { nullable: true, description: 'anything' },
      d: { properties: { nullable: { type: 'string' } } }
    }
    normaliseNullable(document)
    expect(document).toEqual({
      a: { type: ['string', 'null'], enum: ['x', null] },
      b: {
        description: 'd',
        anyOf: [{ oneOf: [{ type: 'string' }, { type: 'integer' }] }, { type: 'null' }]
      },
      c: { description: 'anything' },
      d: { properties: { nullable: { type: 'string' } } }
    })
  })
})
