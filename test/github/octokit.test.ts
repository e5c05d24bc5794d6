import { RequestError } from '@octokit/request-error'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ConfigurationError } from '../../src/errors.js'
import { createOctokit } from '../../src/github/octokit.js'
import { MXDEPLOY_VERSION } from '../../src/version.js'
import { STORAGE_ROUTE, useGitHubStandIn } from '../support/github/index.js'
import { clientFor, failureOf, recordingLogger } from './octokit-client.js'

const repo = { owner: 'octo-org', repo: 'hello' }
const GET_REPO = 'GET /repos/{owner}/{repo}'

describe('createOctokit', () => {
  const stand = useGitHubStandIn()
  afterEach(() => vi.unstubAllEnvs())

  it('talks to GITHUB_API_URL as mxdeploy/<version> with the given token', async () => {
    const { gh } = stand
    vi.stubEnv('GITHUB_API_URL', gh.apiUrl)
    const octokit = createOctokit({ token: gh.token })
    const { data } = await octokit.rest.repos.get(repo)
    expect(data.full_name).toBe('octo-org/hello')
    expect(gh.calls[0]?.headers['user-agent']).toMatch(new RegExp(`^mxdeploy/${MXDEPLOY_VERSION} `))
    expect(gh.calls[0]?.headers.authorization).toBe(`token ${gh.token}`)
  })

  for (const status of [500, 502, 503] as const) {
    it(`rides out two ${status} answers`, async () => {
      const { gh } = stand
      const fault = gh.inject({ route: GET_REPO, fault: 'status', status, times: 2 })
      const { data } = await clientFor(gh).rest.repos.get(repo)
      expect(data.name).toBe('hello')
      expect(fault.hits).toBe(2)
      expect(gh.calls.map((call) => call.status)).toEqual([status, status, 200])
    })
  }

  it('gives up on a lasting 503 with a message naming the call, the status and the attempts', async () => {
    const { gh } = stand
    gh.inject({ route: GET_REPO, fault: 'status', status: 503, times: Infinity })
    const failure = await failureOf(clientFor(gh, { retries: 2 }).rest.repos.get(repo))
    expect(failure.error).toBeInstanceOf(RequestError)
    expect(failure.status).toBe(503)
    expect(failure.message).toBe(
      'GitHub API call GET /api/v3/repos/octo-org/hello failed with 503: Service Unavailable - ' +
        'https://docs.github.com/rest; gave up after 3 attempts (2 retries)'
    )
    expect(gh.calls).toHaveLength(3)
  })

  it('calls a token GitHub does not accept a configuration error (exit 2), never retried', async () => {
    const { gh } = stand
    const octokit = clientFor(gh, { token: 'ghs_revoked000000000000000000000000000' })
    const error = await octokit.rest.repos.get(repo).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as Error).message).toBe(
      "GitHub did not accept the token on GET /api/v3/repos/octo-org/hello (401 Bad credentials - https://docs.github.com/rest): it is wrong, expired or revoked; give a valid token in GITHUB_TOKEN or GH_TOKEN (in a workflow, the action's github-token input, github.token by default)"
    )
    expect(gh.calls).toHaveLength(1)
  })

  for (const status of [403, 429] as const) {
    it(`waits out a secondary rate limit (${status}) for as long as retry-after says`, async () => {
      const { gh } = stand
      const logger = recordingLogger()
      gh.inject({ route: GET_REPO, fault: 'secondary-rate-limit', retryAfter: 7, status })
      const { data } = await clientFor(gh, { logger }).rest.repos.get(repo)
      expect(data.name).toBe('hello')
      expect(logger.lines).toEqual([
        `info: GitHub secondary rate limit on GET /repos/{owner}/{repo}: retrying in 7s (retry 1 of 3)`
      ])
    })
  }

  it('waits out the primary rate limit (429) until its reset', async () => {
    const { gh } = stand
    const logger = recordingLogger()
    gh.inject({ route: GET_REPO, fault: 'rate-limit', retryAfter: 3 })
    const { data } = await clientFor(gh, { logger }).rest.repos.get(repo)
    expect(data.name).toBe('hello')
    expect(logger.lines).toHaveLength(1)
    expect(logger.lines[0]).toMatch(
      /^info: GitHub rate limit on GET \/repos\/\{owner\}\/\{repo\}: retrying in [34]s/
    )
  })

  it('gives up on a lasting secondary rate limit, saying so', async () => {
    const { gh } = stand
    const logger = recordingLogger()
    gh.inject({ route: GET_REPO, fault: 'secondary-rate-limit', retryAfter: 1, times: Infinity })
    const octokit = clientFor(gh, { logger, rateLimitRetries: 2 })
    const failure = await failureOf(octokit.rest.repos.get(repo))
    expect(failure.status).toBe(403)
    expect(failure.message).toMatch(
      /^GitHub API call GET \/api\/v3\/repos\/octo-org\/hello was refused by GitHub's secondary rate limit \(403, retry-after 1s\): You have exceeded a secondary rate limit\. .*; gave up after 3 attempts \(2 retries\)$/
    )
    expect(logger.lines.at(-1)).toBe(
      'warning: GitHub secondary rate limit on GET /repos/{owner}/{repo}: giving up after 2 retries'
    )
  })

  it('does not sit out a rate limit that asks for longer than it will wait', async () => {
    const { gh } = stand
    const logger = recordingLogger()
    gh.inject({ route: GET_REPO, fault: 'secondary-rate-limit', retryAfter: 3600 })
    const octokit = clientFor(gh, { logger, maxRateLimitWaitSeconds: 60 })
    const failure = await failureOf(octokit.rest.repos.get(repo))
    expect(failure.message).toContain('it was not retried')
    expect(logger.lines).toEqual([
      'warning: GitHub secondary rate limit on GET /repos/{owner}/{repo}: it asks to wait 3600s, ' +
        'more than the 60s mxdeploy waits; giving up'
    ])
  })

  it('retries a connection reset before the answer', async () => {
    const { gh } = stand
    gh.inject({ route: GET_REPO, fault: 'reset', when: 'before-response' })
    const { data } = await clientFor(gh).rest.repos.get(repo)
    expect(data.name).toBe('hello')
    expect(gh.calls.map((call) => call.status)).toEqual(['reset', 200])
  })

  it('retries an answer whose JSON body is cut off mid-way (octokit alone returns it empty)', async () => {
    const { gh } = stand
    gh.inject({ route: GET_REPO, fault: 'reset', when: 'mid-body' })
    const { data } = await clientFor(gh).rest.repos.get(repo)
    expect(data.name).toBe('hello')
    expect(gh.calls).toHaveLength(2)
  })

  it('retries a download cut off mid-way, and gets every byte', async () => {
    const { gh } = stand
    const octokit = clientFor(gh)
    const release = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v1' })
    const bytes = Buffer.alloc(64 * 1024, 7)
    const asset = await octokit.request({
      method: 'POST',
      url: release.data.upload_url,
      name: 'a.mda',
      data: bytes,
      headers: { 'content-type': 'application/zip' }
    })
    const fault = gh.inject({ route: STORAGE_ROUTE, fault: 'reset', when: 'mid-body' })
    const download = await octokit.rest.repos.getReleaseAsset({
      ...repo,
      asset_id: (asset.data as { id: number }).id,
      headers: { accept: 'application/octet-stream' }
    })
    expect(fault.hits).toBe(1)
    expect(Buffer.from(download.data as unknown as ArrayBuffer)).toEqual(bytes)
  })

  it('gives up on a connection that keeps failing, saying so', async () => {
    const { gh } = stand
    gh.inject({ route: GET_REPO, fault: 'reset', when: 'before-response', times: Infinity })
    const failure = await failureOf(clientFor(gh, { retries: 1 }).rest.repos.get(repo))
    expect(failure.status).toBe(500)
    expect(failure.message).toMatch(
      /^GitHub API call GET \/api\/v3\/repos\/octo-org\/hello could not get an answer \(connection failed, reset or timed out\): .+; gave up after 2 attempts \(1 retries\)$/
    )
  })

  it('abandons and retries an attempt that takes longer than the timeout', async () => {
    const { gh } = stand
    gh.inject({ route: GET_REPO, fault: 'delay', ms: 5000 })
    const { data } = await clientFor(gh, { timeoutMs: 100 }).rest.repos.get(repo)
    expect(data.name).toBe('hello')
    // The first attempt is still being held back when the retry has been answered.
    expect(gh.calls.map((call) => call.status)).toEqual([0, 200])
  })

  it('waits for a slow answer within the timeout', async () => {
    const { gh } = stand
    const fault = gh.inject({ route: GET_REPO, fault: 'delay', ms: 50 })
    const { data } = await clientFor(gh).rest.repos.get(repo)
    expect(data.name).toBe('hello')
    expect(fault.hits).toBe(1)
    expect(gh.calls).toHaveLength(1)
  })

  it('does not retry what retrying cannot fix (404), and leaves its message alone', async () => {
    const { gh } = stand
    const failure = await failureOf(
      clientFor(gh).rest.repos.get({ owner: 'octo-org', repo: 'missing' })
    )
    expect(failure.status).toBe(404)
    expect(failure.message).toMatch(/^Not Found/)
    expect(gh.calls).toHaveLength(1)
  })

  it('retries a POST reset after GitHub processed it, so creates must tolerate a duplicate', async () => {
    const { gh } = stand
    gh.inject({ route: 'POST /repos/{owner}/{repo}/releases', fault: 'reset', when: 'mid-body' })
    const failure = await failureOf(
      clientFor(gh).rest.repos.createRelease({ ...repo, tag_name: 'v9' })
    )
    // The first attempt created the release; the retry meets it.
    expect(failure.status).toBe(422)
    expect(gh.repo().releases).toHaveLength(1)
  })
})
