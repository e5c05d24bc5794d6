import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { useGitHubStandIn } from '../support/github/index.js'
import { clientFor, failureOf } from './octokit-client.js'

const repo = { owner: 'octo-org', repo: 'hello' }

describe('GitHub stand-in: releases', () => {
  const stand = useGitHubStandIn()

  it('creates a release, tags the target and finds it by id and by tag', async () => {
    const { gh } = stand
    const octokit = clientFor(gh)
    const created = await octokit.rest.repos.createRelease({
      ...repo,
      tag_name: 'hello-1.2.0',
      name: 'hello 1.2.0',
      body: 'MDA'
    })
    expect(created.status).toBe(201)
    expect(created.data.upload_url).toBe(
      `${gh.url}/api/uploads/repos/octo-org/hello/releases/${created.data.id}/assets{?name,label}`
    )
    expect(created.data.author.login).toBe('github-actions[bot]')
    const head = gh.repo().refs.get('refs/heads/main')
    expect(gh.repo().refs.get('refs/tags/hello-1.2.0')).toBe(head)
    const byTag = await octokit.rest.repos.getReleaseByTag({ ...repo, tag: 'hello-1.2.0' })
    expect(byTag.data.id).toBe(created.data.id)
    const byId = await octokit.rest.repos.getRelease({ ...repo, release_id: created.data.id })
    expect(byId.data.body).toBe('MDA')
  })

  it('refuses a second release for the same tag with GitHub 422 already_exists', async () => {
    const octokit = clientFor(stand.gh)
    await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v1' })
    const error = await failureOf(octokit.rest.repos.createRelease({ ...repo, tag_name: 'v1' }))
    expect(error.status).toBe(422)
    expect(error.data.errors).toEqual([
      { resource: 'Release', code: 'already_exists', field: 'tag_name' }
    ])
  })

  it('refuses an unknown target, and renaming to a tag another release has', async () => {
    const octokit = clientFor(stand.gh)
    const target = await failureOf(
      octokit.rest.repos.createRelease({
        ...repo,
        tag_name: 'v5',
        target_commitish: 'no-such-branch'
      })
    )
    expect(target.data.errors).toEqual([
      { resource: 'Release', code: 'invalid', field: 'target_commitish' }
    ])
    await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v6' })
    const other = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v7' })
    const rename = await failureOf(
      octokit.rest.repos.updateRelease({ ...repo, release_id: other.data.id, tag_name: 'v6' })
    )
    expect(rename.status).toBe(422)
  })

  it('keeps a draft untagged and invisible by tag until it is published', async () => {
    const { gh } = stand
    const octokit = clientFor(gh)
    const draft = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v2', draft: true })
    expect(gh.repo().refs.has('refs/tags/v2')).toBe(false)
    const missing = await failureOf(octokit.rest.repos.getReleaseByTag({ ...repo, tag: 'v2' }))
    expect(missing.status).toBe(404)
    const published = await octokit.rest.repos.updateRelease({
      ...repo,
      release_id: draft.data.id,
      draft: false
    })
    expect(published.data.published_at).not.toBeNull()
    expect(gh.repo().refs.has('refs/tags/v2')).toBe(true)
  })

  it('leaves a draft unchanged when publishing it is refused for an unknown target', async () => {
    const { gh } = stand
    const octokit = clientFor(gh)
    const draft = await octokit.rest.repos.createRelease({
      ...repo,
      tag_name: 'v8',
      target_commitish: 'f'.repeat(40),
      draft: true
    })
    const error = await failureOf(
      octokit.rest.repos.updateRelease({ ...repo, release_id: draft.data.id, draft: false })
    )
    expect(error.status).toBe(422)
    expect(gh.repo().releases[0]).toMatchObject({ draft: true, publishedAt: null })
    expect(gh.repo().refs.has('refs/tags/v8')).toBe(false)
  })

  it('lists newest first in pages with Link headers that octokit.paginate follows', async () => {
    const octokit = clientFor(stand.gh)
    for (let i = 1; i <= 5; i++)
      await octokit.rest.repos.createRelease({ ...repo, tag_name: `r${i}` })
    const first = await octokit.rest.repos.listReleases({ ...repo, per_page: 2 })
    expect(first.data.map((r) => r.tag_name)).toEqual(['r5', 'r4'])
    expect(first.headers.link).toContain('rel="next"')
    expect(first.headers.link).toContain('page=3>; rel="last"')
    const all = await octokit.paginate(octokit.rest.repos.listReleases, { ...repo, per_page: 2 })
    expect(all.map((r) => r.tag_name)).toEqual(['r5', 'r4', 'r3', 'r2', 'r1'])
  })

  it('finds the latest release: not a draft, not a prerelease', async () => {
    const octokit = clientFor(stand.gh)
    const none = await failureOf(octokit.rest.repos.getLatestRelease(repo))
    expect(none.status).toBe(404)
    await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v1' })
    await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v2-rc', prerelease: true })
    await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v3', draft: true })
    const latest = await octokit.rest.repos.getLatestRelease(repo)
    expect(latest.data.tag_name).toBe('v1')
  })

  it('deletes a release but keeps its tag, as GitHub does', async () => {
    const { gh } = stand
    const octokit = clientFor(gh)
    const release = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'gone' })
    const deleted = await octokit.rest.repos.deleteRelease({ ...repo, release_id: release.data.id })
    expect(deleted.status).toBe(204)
    expect(gh.repo().releases).toHaveLength(0)
    expect(gh.repo().refs.has('refs/tags/gone')).toBe(true)
  })
})

describe('GitHub stand-in: release assets', () => {
  const stand = useGitHubStandIn()
  const mda = Buffer.from('PK\u0003\u0004 pretend this is an MDA')

  async function uploaded(name = 'hello-1.2.0.mda') {
    const octokit = clientFor(stand.gh)
    const release = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'hello-1.2.0' })
    // GHES-safe: upload to the release's upload_url rather than uploads.github.com.
    const asset = await octokit.request({
      method: 'POST',
      url: release.data.upload_url,
      name,
      data: mda,
      headers: { 'content-type': 'application/zip', 'content-length': mda.length }
    })
    return { octokit, release: release.data, asset: asset.data as { id: number; name: string } }
  }

  it('uploads through the uploads host and downloads the same bytes through the redirect', async () => {
    const { octokit, asset } = await uploaded()
    expect(asset.name).toBe('hello-1.2.0.mda')
    const meta = await octokit.rest.repos.getReleaseAsset({ ...repo, asset_id: asset.id })
    expect(meta.data.size).toBe(mda.length)
    expect(meta.data.content_type).toBe('application/zip')
    expect(meta.data.digest).toBe(`sha256:${createHash('sha256').update(mda).digest('hex')}`)
    const download = await octokit.rest.repos.getReleaseAsset({
      ...repo,
      asset_id: asset.id,
      headers: { accept: 'application/octet-stream' }
    })
    expect(Buffer.from(download.data as unknown as ArrayBuffer)).toEqual(mda)
    expect(stand.gh.calls.map((call) => call.route)).toContain(
      'POST /repos/{owner}/{repo}/releases/{release_id}/assets'
    )
  })

  it('serves browser_download_url', async () => {
    const { octokit, asset } = await uploaded()
    const meta = await octokit.rest.repos.getReleaseAsset({ ...repo, asset_id: asset.id })
    const response = await fetch(meta.data.browser_download_url)
    expect(response.status).toBe(200)
    expect(Buffer.from(await response.arrayBuffer())).toEqual(mda)
  })

  it('refuses a second asset of the same name with 422 already_exists', async () => {
    const { octokit, release } = await uploaded()
    const error = await failureOf(
      octokit.request({
        method: 'POST',
        url: release.upload_url,
        name: 'hello-1.2.0.mda',
        data: mda,
        headers: { 'content-type': 'application/zip' }
      })
    )
    expect(error.status).toBe(422)
    expect(error.data.errors[0]).toMatchObject({
      resource: 'ReleaseAsset',
      code: 'already_exists'
    })
  })

  it('renames special characters as GitHub does', async () => {
    const { asset } = await uploaded('hello 1.2 (final).mda')
    expect(asset.name).toBe('hello.1.2..final..mda')
  })

  it('renames and relabels an asset, refusing a name another asset has', async () => {
    const { octokit, release, asset } = await uploaded()
    await octokit.request({
      method: 'POST',
      url: release.upload_url,
      name: 'other.mda',
      data: mda,
      headers: { 'content-type': 'application/zip' }
    })
    const renamed = await octokit.rest.repos.updateReleaseAsset({
      ...repo,
      asset_id: asset.id,
      name: 'hello.mda',
      label: 'MDA'
    })
    expect(renamed.data).toMatchObject({ name: 'hello.mda', label: 'MDA' })
    const clash = await failureOf(
      octokit.rest.repos.updateReleaseAsset({ ...repo, asset_id: asset.id, name: 'other.mda' })
    )
    expect(clash.status).toBe(422)
  })

  it('lists and deletes assets', async () => {
    const { octokit, release, asset } = await uploaded()
    const listed = await octokit.rest.repos.listReleaseAssets({ ...repo, release_id: release.id })
    expect(listed.data.map((a) => a.id)).toEqual([asset.id])
    await octokit.rest.repos.deleteReleaseAsset({ ...repo, asset_id: asset.id })
    const after = await octokit.rest.repos.listReleaseAssets({ ...repo, release_id: release.id })
    expect(after.data).toEqual([])
  })

  it('flags an upload sent to the API host instead of upload_url', async () => {
    const { gh } = stand
    const octokit = clientFor(gh)
    const release = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'x' })
    const error = await failureOf(
      octokit.request('POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name}', {
        ...repo,
        release_id: release.data.id,
        name: 'a.mda',
        data: mda,
        headers: { 'content-type': 'application/octet-stream' }
      })
    )
    expect(error.status).toBe(404)
    expect(gh.takeViolations()).toEqual([
      expect.stringContaining('must be sent to the uploads host')
    ])
  })
})

describe('GitHub stand-in: immutable releases', () => {
  const stand = useGitHubStandIn()
  const bytes = Buffer.from('asset bytes')

  /** A draft with one asset, in a repository with immutable releases on. */
  async function draftWithAsset() {
    const { gh } = stand
    gh.repo().immutableReleases = true
    const octokit = clientFor(gh)
    const { data: release } = await octokit.rest.repos.createRelease({
      ...repo,
      tag_name: 'v1.0.0',
      draft: true
    })
    const upload = (name: string) =>
      octokit.request({
        method: 'POST',
        url: release.upload_url,
        name,
        data: bytes,
        headers: { 'content-type': 'application/gzip' }
      })
    const { data: asset } = (await upload('a.tgz')) as { data: { id: number } }
    return { gh, octokit, release, asset, upload }
  }

  it('lets a draft take assets, and locks them and the tag once it is published', async () => {
    const { gh, octokit, release, asset, upload } = await draftWithAsset()
    expect(release.immutable).toBe(false)
    const published = await octokit.rest.repos.updateRelease({
      ...repo,
      release_id: release.id,
      draft: false
    })
    expect(published.data.immutable).toBe(true)
    const late = await failureOf(upload('b.tgz'))
    expect(late.status).toBe(422)
    expect(late.data.message).toBe('Cannot upload assets to an immutable release')
    const removed = await failureOf(
      octokit.rest.repos.deleteReleaseAsset({ ...repo, asset_id: asset.id })
    )
    expect(removed.status).toBe(422)
    const renamed = await failureOf(
      octokit.rest.repos.updateReleaseAsset({ ...repo, asset_id: asset.id, name: 'c.tgz' })
    )
    expect(renamed.status).toBe(422)
    const sha = gh.repo().commit('later')
    const moved = await failureOf(
      octokit.rest.git.updateRef({ ...repo, ref: 'tags/v1.0.0', sha, force: true })
    )
    expect(moved.status).toBe(422)
    const deleted = await failureOf(octokit.rest.git.deleteRef({ ...repo, ref: 'tags/v1.0.0' }))
    expect(deleted.status).toBe(422)
    expect(gh.repo().releases[0]?.assets.map((a) => a.name)).toEqual(['a.tgz'])
  })

  it('leaves a release published while the setting was off, and other tags, mutable', async () => {
    const { gh } = stand
    const octokit = clientFor(gh)
    const { data: release } = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v2' })
    expect(release.immutable).toBe(false)
    gh.repo().immutableReleases = true
    const { data: later } = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v3.0.0' })
    expect(later.immutable).toBe(true)
    const sha = gh.repo().commit('later')
    await octokit.rest.git.updateRef({ ...repo, ref: 'tags/v2', sha })
    expect(gh.repo().refs.get('refs/tags/v2')).toBe(sha)
  })
})
