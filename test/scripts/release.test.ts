import { describe, expect, it } from 'vitest'
import {
  compareVersions,
  cutRelease,
  parseVersion,
  ReleaseInputError
} from '../../scripts/release.mjs'
import { changelogSection } from '../../scripts/release-notes.mjs'
import { clientFor } from '../github/octokit-client.js'
import { useGitHubStandIn, type GitHubStandIn } from '../support/github/index.js'

// scripts/release.mjs against the GitHub stand-in, which checks every call against GitHub's
// OpenAPI description and, with immutable releases on, refuses what GitHub would refuse after
// publishing: so a release made in the wrong order fails here as it would at GitHub.

const tarball = Buffer.from('the CLI package')
const checksum = Buffer.from('0123  mxdeploy-0.1.0.tgz\n')
const assets = [
  { name: 'mxdeploy-0.1.0.tgz', bytes: tarball },
  { name: 'mxdeploy-0.1.0.tgz.sha256', bytes: checksum }
]

function releaseWith(gh: GitHubStandIn, version: string, sha = gh.env().GITHUB_SHA ?? '') {
  return cutRelease({
    octokit: clientFor(gh),
    repository: 'octo-org/hello',
    sha,
    version,
    assets,
    serverUrl: gh.url
  })
}

/** The API calls that changed something (everything but GET), from call number `since` on. */
function writes(gh: GitHubStandIn, since = 0): string[] {
  return gh.calls
    .slice(since)
    .filter((call) => call.method !== 'GET')
    .map((call) => call.route)
}

describe('scripts/release.mjs', () => {
  const stand = useGitHubStandIn()

  it('tags v0.1.0, fills a draft, publishes it and creates v0, in that order', async () => {
    const { gh } = stand
    gh.repo().immutableReleases = true
    const sha = gh.env().GITHUB_SHA
    const result = await releaseWith(gh, '0.1.0')
    expect(result).toMatchObject({ tag: 'v0.1.0', majorTag: 'v0', majorTagMove: 'created' })
    expect(gh.repo().refs.get('refs/tags/v0.1.0')).toBe(sha)
    expect(gh.repo().refs.get('refs/tags/v0')).toBe(sha)
    const [release] = gh.repo().releases
    expect(release).toMatchObject({ tagName: 'v0.1.0', draft: false, immutable: true })
    expect(release?.assets.map((asset) => [asset.name, asset.contentType, asset.bytes])).toEqual([
      ['mxdeploy-0.1.0.tgz', 'application/gzip', tarball],
      ['mxdeploy-0.1.0.tgz.sha256', 'text/plain', checksum]
    ])
    expect(writes(gh)).toEqual([
      'POST /repos/{owner}/{repo}/git/refs',
      'POST /repos/{owner}/{repo}/releases',
      'POST /repos/{owner}/{repo}/releases/{release_id}/assets',
      'POST /repos/{owner}/{repo}/releases/{release_id}/assets',
      'PATCH /repos/{owner}/{repo}/releases/{release_id}',
      'POST /repos/{owner}/{repo}/git/refs'
    ])
    expect(gh.calls.find((call) => call.method === 'POST')?.body).toEqual({
      ref: 'refs/tags/v0.1.0',
      sha
    })
    expect(release?.body).toContain(`uses: octo-org/hello/actions/build@v0.1.0`)
    expect(release?.body).toContain(
      `npm install --global ${gh.url}/octo-org/hello/releases/download/v0.1.0/mxdeploy-0.1.0.tgz`
    )
  })

  it('moves v0 to the next minor release, and keeps it there for an older patch release', async () => {
    const { gh } = stand
    const first = gh.env().GITHUB_SHA
    await releaseWith(gh, '0.1.0')
    const second = gh.repo().commit('ABC-2 more')
    expect(await releaseWith(gh, '0.2.0', second)).toMatchObject({ majorTagMove: 'moved' })
    expect(gh.repo().refs.get('refs/tags/v0')).toBe(second)
    expect(gh.repo().refs.get('refs/tags/v0.1.0')).toBe(first)
    const move = gh.calls.filter((call) => call.method === 'PATCH').at(-1)
    expect(move).toMatchObject({ route: 'PATCH /repos/{owner}/{repo}/git/refs/{ref}' })
    expect(move?.body).toEqual({ sha: second, force: true })

    const fix = gh.repo().commit('ABC-3 fix for 0.1', 'main')
    expect(await releaseWith(gh, '0.1.1', fix)).toMatchObject({ majorTagMove: 'kept' })
    expect(gh.repo().refs.get('refs/tags/v0')).toBe(second)
    const publishes = gh.calls.filter(
      (call) => call.route === 'PATCH /repos/{owner}/{repo}/releases/{release_id}'
    )
    // GitHub's "latest" release stays the newest version.
    expect(publishes.map((call) => (call.body as { make_latest: string }).make_latest)).toEqual([
      'true',
      'true',
      'false'
    ])
  })

  it('finishes a run that stopped before publishing, keeping the right assets', async () => {
    const { gh } = stand
    gh.repo().immutableReleases = true
    gh.inject({
      route: 'PATCH /repos/{owner}/{repo}/releases/{release_id}',
      fault: 'status',
      status: 503,
      times: Infinity
    })
    await expect(releaseWith(gh, '0.1.0')).rejects.toThrow(/503/)
    expect(gh.repo().releases[0]?.draft).toBe(true)
    expect(gh.repo().refs.has('refs/tags/v0')).toBe(false)
    // An asset the stopped run left with other bytes is replaced; the other is kept.
    const draft = gh.repo().releases[0]
    if (draft?.assets[1]) draft.assets[1].bytes = Buffer.from('cut short')
    gh.clearFaults()
    const since = gh.calls.length

    expect(await releaseWith(gh, '0.1.0')).toMatchObject({ majorTagMove: 'created' })
    expect(gh.repo().releases).toHaveLength(1)
    expect(gh.repo().releases[0]).toMatchObject({ draft: false, immutable: true })
    expect(gh.repo().releases[0]?.assets.map((asset) => asset.bytes)).toEqual([tarball, checksum])
    expect(writes(gh, since)).toEqual([
      'DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}',
      'POST /repos/{owner}/{repo}/releases/{release_id}/assets',
      'PATCH /repos/{owner}/{repo}/releases/{release_id}',
      'POST /repos/{owner}/{repo}/git/refs'
    ])
  })

  it('changes nothing when the release is already out as built', async () => {
    const { gh } = stand
    await releaseWith(gh, '0.1.0')
    const since = gh.calls.length
    expect(await releaseWith(gh, '0.1.0')).toMatchObject({ majorTagMove: 'unchanged' })
    expect(writes(gh, since)).toEqual([])
  })

  it('refuses a version whose tag is at another commit, before changing anything', async () => {
    const { gh } = stand
    const old = gh.env().GITHUB_SHA ?? ''
    gh.repo().refs.set('refs/tags/v0.1.0', old)
    const later = gh.repo().commit('later')
    const error = await releaseWith(gh, '0.1.0', later).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ReleaseInputError)
    expect(String(error)).toContain(`v0.1.0 already tags ${old}, not ${later}`)
    expect(writes(gh)).toEqual([])
    expect(gh.repo().releases).toEqual([])
  })

  it('refuses to release a published version again with other assets', async () => {
    const { gh } = stand
    await releaseWith(gh, '0.1.0')
    const since = gh.calls.length
    const rebuilt = cutRelease({
      octokit: clientFor(gh),
      repository: 'octo-org/hello',
      sha: gh.env().GITHUB_SHA ?? '',
      version: '0.1.0',
      assets: [{ name: 'mxdeploy-0.1.0.tgz', bytes: Buffer.from('rebuilt') }]
    })
    await expect(rebuilt).rejects.toThrow(
      'v0.1.0 is already published without mxdeploy-0.1.0.tgz as built now'
    )
    expect(writes(gh, since)).toEqual([])
  })

  it('releases a prerelease as one, and leaves the major tag alone', async () => {
    const { gh } = stand
    const result = await releaseWith(gh, '1.0.0-rc.1')
    expect(result).toMatchObject({ tag: 'v1.0.0-rc.1', majorTag: undefined })
    expect(gh.repo().releases[0]).toMatchObject({ prerelease: true, draft: false })
    expect(gh.repo().refs.has('refs/tags/v1')).toBe(false)
  })

  it('refuses a version that is not MAJOR.MINOR.PATCH, before any call', async () => {
    const { gh } = stand
    for (const version of ['1.2', 'v1.2.3', '01.2.3', '1.2.3.4', '']) {
      await expect(releaseWith(gh, version)).rejects.toThrow(ReleaseInputError)
    }
    expect(gh.calls).toEqual([])
  })
})

describe('release versions and notes', () => {
  it('parses and orders versions by number, not by text', () => {
    expect(parseVersion('0.10.2')).toEqual({ major: 0, minor: 10, patch: 2, prerelease: undefined })
    expect(parseVersion('2.0.0-rc.1').prerelease).toBe('rc.1')
    expect(compareVersions('0.10.0', '0.9.9')).toBeGreaterThan(0)
    expect(compareVersions('0.1.1', '0.2.0')).toBeLessThan(0)
    expect(compareVersions('1.2.3', '1.2.3')).toBe(0)
  })

  it("takes the version's section of a Keep a Changelog file", () => {
    const text = [
      '# Changelog',
      '',
      '## [Unreleased]',
      '- next',
      '## [0.2.0] - 2026-12-06',
      '### Added',
      '- releases',
      '',
      '## [0.1.0]',
      '- first'
    ].join('\r\n')
    expect(changelogSection(text, '0.2.0')).toBe('### Added\n- releases')
    expect(changelogSection(text, '0.1.0')).toBe('- first')
    expect(changelogSection(text, '0.1.1')).toBeUndefined()
    expect(changelogSection('## 0.2.0.1\n- not it', '0.2.0')).toBeUndefined()
  })
})
