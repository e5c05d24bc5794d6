import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { ConfigurationError, OperationError } from '../../src/errors.js'
import { openRepository } from '../../src/repository/open-repository.js'
import { STORAGE_ROUTE, useGitHubStandIn } from '../support/github/index.js'
import { downloadAsset } from '../../src/repository/github-release/release-assets.js'
import { silentLogger } from '../../src/log.js'
import { clientFor } from '../github/octokit-client.js'
import { testPolicy } from '../support/retry.js'
import { APP, releaseRepository, routesSince, seedRelease, testPackage } from './helpers.js'

const REPO = { owner: 'octo-org', repo: 'hello' }
const UPLOAD = 'POST /repos/{owner}/{repo}/releases/{release_id}/assets'
const UPDATE = 'PATCH /repos/{owner}/{repo}/releases/{release_id}'

describe('github-release repository: permissions', () => {
  const stand = useGitHubStandIn()

  test('a token without contents: write: a configuration error naming the permission, nothing made', async () => {
    const { gh } = stand
    const token = gh.addToken({ permissions: { contents: 'read' } })
    const pkg = await testPackage('1.0.0.1', 'bytes')
    const { repository } = releaseRepository(gh, { token })
    const attempt = repository.publish({ file: pkg.file, record: pkg.record })
    await expect(attempt).rejects.toThrow(ConfigurationError)
    await expect(attempt).rejects.toThrow(
      /^GitHub refused to create release hello-v1\.0\.0\.1 in octo-org\/hello \(403 Resource not accessible by integration.*GitHub accepts: contents=write\): the token lacks `contents: write`\. Grant it in the workflow with `permissions:` → `contents: write` on the job/
    )
    expect(gh.repo().releases).toEqual([])
  })

  test('a token that cannot read contents cannot list: it names contents: read', async () => {
    const { gh } = stand
    const token = gh.addToken({ permissions: { issues: 'write' } })
    const { repository } = releaseRepository(gh, { token })
    await expect(repository.list(APP)).rejects.toThrow(
      /^GitHub refused to list releases in octo-org\/hello \(403 .*the token lacks `contents: read`/
    )
  })
})

describe('github-release repository: faults', () => {
  const stand = useGitHubStandIn()

  test('a connection reset after an upload took effect: the retry meets the asset and goes on', async () => {
    const { gh } = stand
    const fault = gh.inject({ route: UPLOAD, fault: 'reset', when: 'mid-body' })
    const pkg = await testPackage('1.0.0.1', 'package bytes')
    const { repository } = releaseRepository(gh)
    const result = await repository.publish({ file: pkg.file, record: pkg.record })
    expect(result.created).toBe(true)
    expect(fault.hits).toBe(1)
    const [release] = gh.repo().releases
    expect(release!.draft).toBe(false)
    expect(release!.assets.map((a) => a.name).sort()).toEqual([
      'hello_1.0.0.1.mda',
      'hello_1.0.0.1.mda.sha256'
    ])
    expect(gh.calls.filter((c) => c.route === UPLOAD).map((c) => c.status)).toEqual([
      201, // the stand-in recorded the answer it then cut off
      422,
      201
    ])
  })

  test('a connection reset before the upload arrived is retried by the client', async () => {
    const { gh } = stand
    gh.inject({ route: UPLOAD, fault: 'reset', when: 'before-response', times: 2 })
    const pkg = await testPackage('1.0.0.1', 'package bytes')
    const { repository } = releaseRepository(gh)
    expect((await repository.publish({ file: pkg.file, record: pkg.record })).created).toBe(true)
    expect(gh.repo().releases[0]!.assets.find((a) => a.name.endsWith('.mda'))?.bytes).toEqual(
      pkg.bytes
    )
  })

  test('uploads that keep failing leave a draft, never a published release; a rerun completes it', async () => {
    const { gh } = stand
    gh.inject({ route: UPLOAD, fault: 'reset', when: 'before-response', times: Infinity })
    const pkg = await testPackage('1.0.0.1', 'package bytes')
    const { repository } = releaseRepository(gh)
    const attempt = repository.publish({ file: pkg.file, record: pkg.record })
    await expect(attempt).rejects.toThrow(
      /^GitHub API call POST \/api\/uploads\/repos\/octo-org\/hello\/releases\/\d+\/assets could not get an answer \(connection failed, reset or timed out\): .*; gave up after 4 attempts \(3 retries\)$/
    )
    expect(gh.repo().releases).toHaveLength(1)
    expect(gh.repo().releases[0]).toMatchObject({ draft: true, assets: [] })
    expect(gh.repo().refs.has('refs/tags/hello-v1.0.0.1')).toBe(false)
    expect(await repository.get(APP, '1.0.0.1')).toBeUndefined()
    expect(await repository.list(APP)).toEqual([])

    gh.clearFaults()
    const calls = gh.calls.length
    const rerun = await repository.publish({ file: pkg.file, record: pkg.record })
    expect(rerun.created).toBe(true)
    expect(routesSince(gh, calls).filter((r) => !r.startsWith('GET'))).toEqual([
      UPLOAD,
      UPLOAD,
      UPDATE
    ])
    expect(gh.repo().releases).toHaveLength(1)
    expect(gh.repo().releases[0]!.draft).toBe(false)
  })

  test('a publish step that keeps failing leaves the complete draft; the rerun only publishes it', async () => {
    const { gh } = stand
    gh.inject({ route: UPDATE, fault: 'status', status: 503, times: Infinity })
    const pkg = await testPackage('1.0.0.1', 'package bytes')
    const { repository } = releaseRepository(gh)
    await expect(repository.publish({ file: pkg.file, record: pkg.record })).rejects.toThrow(
      /failed with 503.*gave up after 4 attempts/
    )
    expect(gh.repo().releases[0]).toMatchObject({ draft: true })
    expect(gh.repo().releases[0]!.assets).toHaveLength(2)

    gh.clearFaults()
    const calls = gh.calls.length
    expect((await repository.publish({ file: pkg.file, record: pkg.record })).created).toBe(true)
    expect(routesSince(gh, calls).filter((r) => !r.startsWith('GET'))).toEqual([UPDATE])
  })

  test('a commit GitHub does not have: the draft stays, and the message says to push', async () => {
    const { gh } = stand
    const pkg = await testPackage('1.0.0.1', 'bytes', { commit: 'f'.repeat(40) })
    const { repository } = releaseRepository(gh)
    const attempt = repository.publish({ file: pkg.file, record: pkg.record })
    await expect(attempt).rejects.toThrow(ConfigurationError)
    await expect(attempt).rejects.toThrow(
      `commit ${'f'.repeat(40)}, which the package was built from, is not in octo-org/hello: push it, then publish again (the release stays a draft until then)`
    )
    expect(gh.repo().releases[0]).toMatchObject({ draft: true })
  })

  test('no commit at all (outside a checkout, no GITHUB_SHA) is refused before any write', async () => {
    const { gh } = stand
    const pkg = await testPackage('1.0.0.1', 'bytes')
    const { repository } = releaseRepository(gh, { defaultCommit: undefined })
    await expect(repository.publish({ file: pkg.file, record: pkg.record })).rejects.toThrow(
      'hello 1.0.0.1 names no commit, and a release tags one'
    )
    expect(gh.repo().releases).toEqual([])
  })

  test('a download cut off mid-body is started again after a backoff; one that keeps failing is given up clearly', async () => {
    const { gh } = stand
    const bytes = Buffer.alloc(200_000, 3)
    const pkg = await testPackage('1.0.0.1', bytes.toString())
    seedRelease(gh, { ...pkg.record, url: '' }, pkg.bytes)
    const dir = await mkdtemp(join(tmpdir(), 'mxdeploy-dl-'))
    const retry = testPolicy({ random: () => 0.5 })
    const { repository, log } = releaseRepository(gh, { retry })

    const once = gh.inject({ route: STORAGE_ROUTE, fault: 'reset', when: 'mid-body' })
    await repository.download(APP, '1.0.0.1', join(dir, 'a.mda'))
    expect(once.hits).toBe(1)
    expect(await readFile(join(dir, 'a.mda'))).toEqual(pkg.bytes)
    expect(retry.clock.sleeps).toEqual([500])
    expect(log.lines).toContainEqual(
      expect.stringMatching(
        /^info: downloading release asset hello_1\.0\.0\.1\.mda: the connection was lost after 100000 of 200000 bytes \(.+\); trying again in 0\.5 s \(attempt 2 of 8\)$/
      )
    )

    gh.inject({ route: STORAGE_ROUTE, fault: 'reset', when: 'mid-body', times: Infinity })
    const attempt = repository.download(APP, '1.0.0.1', join(dir, 'b.mda'))
    await expect(attempt).rejects.toThrow(OperationError)
    await expect(attempt).rejects.toThrow(
      /^downloading release asset hello_1\.0\.0\.1\.mda failed 8 times over \d+ s \(the connection was lost after 100000 of 200000 bytes \(.+\)\): the connection to GitHub keeps dropping: run the command again later$/
    )
    expect(retry.clock.sleeps).toEqual([500, 500, 1000, 2000, 4000, 8000, 15000, 15000])
    expect(existsSync(join(dir, 'b.mda'))).toBe(false)
    expect((await readdir(dir)).sort()).toEqual(['a.mda'])
  })

  test('a download that cannot be written is not tried again', async () => {
    const { gh } = stand
    const pkg = await testPackage('1.0.0.1', 'package bytes')
    seedRelease(gh, { ...pkg.record, url: '' }, pkg.bytes)
    const octokit = clientFor(gh)
    const release = await octokit.rest.repos.getReleaseByTag({ ...REPO, tag: 'hello-v1.0.0.1' })
    const asset = release.data.assets.find((a) => a.name === 'hello_1.0.0.1.mda')!
    const retry = testPolicy()
    const dir = await mkdtemp(join(tmpdir(), 'mxdeploy-dl-'))
    // The folder the partial file goes to does not exist: the disk fails, not the network.
    const calls = gh.calls.length
    const attempt = downloadAsset(octokit, REPO, asset, join(dir, 'gone', 'a.mda'), {
      policy: retry,
      log: silentLogger
    })
    await expect(attempt).rejects.toThrow(/ENOENT/)
    expect(routesSince(gh, calls)).toEqual(['GET /repos/{owner}/{repo}/releases/assets/{asset_id}'])
    expect(retry.clock.sleeps).toEqual([])
    expect(await readdir(dir)).toEqual([])
  })
})

describe('openRepository("github-release")', () => {
  const stand = useGitHubStandIn()

  test('takes the token, repository and API URL from the environment', async () => {
    const { gh } = stand
    const repository = await openRepository('github-release', {
      cwd: tmpdir(),
      env: { ...gh.env(), GH_TOKEN: gh.token }
    })
    expect(repository.uri).toBe('github-release')
    expect(await repository.list(APP)).toEqual([])
    expect(gh.calls.map((c) => c.route)).toEqual(['GET /repos/{owner}/{repo}/releases'])
  })

  test.each([
    [
      'no token',
      { GITHUB_REPOSITORY: 'o/r' },
      'repository github-release needs a GitHub token: set GITHUB_TOKEN or GH_TOKEN'
    ],
    [
      'no repository',
      { GITHUB_TOKEN: 't' },
      'repository github-release needs the GitHub repository that holds the releases: set GITHUB_REPOSITORY=owner/name'
    ],
    [
      'a malformed repository',
      { GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'just-a-name' },
      '(it is "just-a-name")'
    ]
  ])('%s is a configuration error', async (_name, env, message) => {
    const open = openRepository('github-release', { cwd: tmpdir(), env })
    await expect(open).rejects.toThrow(ConfigurationError)
    await expect(open).rejects.toThrow(message)
  })
})
