import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { ConfigurationError } from '../../src/errors.js'
import { recordFromNotes, releaseNotes } from '../../src/repository/github-release/release-notes.js'
import type { PackageRecord } from '../../src/repository/package-repository.js'
import { clientFor } from '../github/octokit-client.js'
import { useGitHubStandIn } from '../support/github/index.js'
import {
  APP,
  releaseRepository,
  routesSince,
  seedRelease,
  testPackage,
  testRecord
} from './helpers.js'

const ref = { owner: 'octo-org', repo: 'hello' }
const UPLOAD = 'POST /repos/{owner}/{repo}/releases/{release_id}/assets'
const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex')

describe('github-release repository: publish', () => {
  const stand = useGitHubStandIn()

  test('a draft, its two assets through upload_url, then published with the tag on the commit', async () => {
    const { gh } = stand
    const commit = gh.repo().commit('ABC-1 greet the user')
    const pkg = await testPackage('1.2.0.7', 'MDA bytes one', {
      commit,
      stories: ['ABC-1']
    })
    const { repository } = releaseRepository(gh)
    const result = await repository.publish({ file: pkg.file, record: pkg.record })

    expect(result.created).toBe(true)
    expect(routesSince(gh, 0).filter((r) => !r.startsWith('GET'))).toEqual([
      'POST /repos/{owner}/{repo}/releases',
      UPLOAD,
      UPLOAD,
      'PATCH /repos/{owner}/{repo}/releases/{release_id}'
    ])
    const create = gh.calls.find((c) => c.route === 'POST /repos/{owner}/{repo}/releases')!
    expect(create.body).toMatchObject({
      tag_name: 'hello-v1.2.0.7',
      target_commitish: commit,
      draft: true
    })
    // Uploads went to the uploads host the release named, never to the API host.
    for (const call of gh.calls.filter((c) => c.route === UPLOAD)) {
      expect(call.url).toContain('/api/uploads/')
    }
    const [release] = gh.repo().releases
    expect(release).toMatchObject({
      tagName: 'hello-v1.2.0.7',
      draft: false,
      name: 'hello 1.2.0.7'
    })
    expect(gh.repo().refs.get('refs/tags/hello-v1.2.0.7')).toBe(commit)
    const assets = Object.fromEntries(release!.assets.map((a) => [a.name, a]))
    expect(assets['hello_1.2.0.7.mda']?.bytes).toEqual(pkg.bytes)
    expect(assets['hello_1.2.0.7.mda']?.contentType).toBe('application/zip')
    expect(assets['hello_1.2.0.7.mda.sha256']?.bytes.toString()).toBe(
      `${pkg.sha256}  hello_1.2.0.7.mda\n`
    )
    expect(result.record).toEqual({
      ...pkg.record,
      url: `${gh.url}/octo-org/hello/releases/download/hello-v1.2.0.7/hello_1.2.0.7.mda`
    })
    // The notes keep the record, so list and get need no asset.
    expect(recordFromNotes(release!.body, release!.tagName)).toEqual(result.record)
    // The record's URL downloads the package.
    const fetched = await fetch(result.record.url)
    expect(Buffer.from(await fetched.arrayBuffer())).toEqual(pkg.bytes)
  })

  test('a package without a commit of its own is tagged on GITHUB_SHA', async () => {
    const { gh } = stand
    const pkg = await testPackage('1.0.0.1', 'bytes')
    const { repository } = releaseRepository(gh)
    await repository.publish({ file: pkg.file, record: pkg.record })
    expect(gh.repo().refs.get('refs/tags/hello-v1.0.0.1')).toBe(gh.env().GITHUB_SHA)
  })

  test('the same bytes again is success without change: no write at all', async () => {
    const { gh } = stand
    const pkg = await testPackage('1.0.0.1', 'same bytes')
    const { repository } = releaseRepository(gh)
    const first = await repository.publish({ file: pkg.file, record: pkg.record })
    const calls = gh.calls.length
    const again = await repository.publish({
      file: pkg.file,
      record: { ...pkg.record, createdAt: '2026-04-01T00:00:00.000Z', createdBy: 'someone' }
    })
    expect(again).toEqual({ record: first.record, created: false })
    expect(routesSince(gh, calls)).toEqual(['GET /repos/{owner}/{repo}/releases/tags/{tag}'])
  })

  test('other bytes under a published version are refused, and nothing changes', async () => {
    const { gh } = stand
    const first = await testPackage('1.0.0.1', 'first build')
    const other = await testPackage('1.0.0.1', 'another build')
    const { repository } = releaseRepository(gh)
    await repository.publish({ file: first.file, record: first.record })
    const calls = gh.calls.length
    const attempt = repository.publish({ file: other.file, record: other.record })
    await expect(attempt).rejects.toThrow(ConfigurationError)
    await expect(attempt).rejects.toThrow(
      `hello 1.0.0.1 is already published with other content (SHA-256 ${first.sha256}, this package ${other.sha256}) as release hello-v1.0.0.1 in octo-org/hello; published packages are never overwritten: build with a new version or build number`
    )
    expect(routesSince(gh, calls).every((r) => r.startsWith('GET'))).toBe(true)
    expect(gh.repo().releases[0]!.assets[0]!.bytes).toEqual(first.bytes)
  })

  test('resumes a draft: keeps an asset with the right bytes, replaces one with other bytes', async () => {
    const { gh } = stand
    const pkg = await testPackage('2.0.0.3', 'the real package')
    const octokit = clientFor(gh)
    // An earlier attempt: a draft with a stale .mda (a rebuilt package) and a correct .sha256.
    const draft = await octokit.rest.repos.createRelease({
      ...ref,
      tag_name: 'hello-v2.0.0.3',
      draft: true
    })
    for (const [name, data] of [
      ['hello_2.0.0.3.mda', 'an earlier build'],
      ['hello_2.0.0.3.mda.sha256', `${pkg.sha256}  hello_2.0.0.3.mda\n`]
    ] as const) {
      await octokit.request({
        method: 'POST',
        url: draft.data.upload_url,
        name,
        data: Buffer.from(data),
        headers: { 'content-type': 'application/octet-stream' }
      })
    }
    const calls = gh.calls.length
    const { repository, log } = releaseRepository(gh)
    const result = await repository.publish({ file: pkg.file, record: pkg.record })

    expect(result.created).toBe(true)
    expect(routesSince(gh, calls).filter((r) => !r.startsWith('GET'))).toEqual([
      'DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}',
      UPLOAD,
      'PATCH /repos/{owner}/{repo}/releases/{release_id}'
    ])
    expect(gh.repo().releases).toHaveLength(1)
    const [release] = gh.repo().releases
    expect(release!.id).toBe(draft.data.id)
    expect(release!.draft).toBe(false)
    expect(release!.assets.find((a) => a.name === 'hello_2.0.0.3.mda')?.bytes).toEqual(pkg.bytes)
    expect(log.lines).toContain(
      'info: resuming the draft release hello-v2.0.0.3 left by an earlier attempt'
    )
  })

  test('a release of the tag that mxdeploy did not make is refused', async () => {
    const { gh } = stand
    await clientFor(gh).rest.repos.createRelease({ ...ref, tag_name: 'hello-v1.0.0.1', body: 'Hi' })
    const pkg = await testPackage('1.0.0.1', 'bytes')
    const { repository } = releaseRepository(gh)
    await expect(repository.publish({ file: pkg.file, record: pkg.record })).rejects.toThrow(
      'release hello-v1.0.0.1 already exists in octo-org/hello and was not made by mxdeploy (its notes hold no package record): delete it, or build with another version'
    )
  })

  test('a file that changed since it was verified is refused before anything is uploaded', async () => {
    const { gh } = stand
    const pkg = await testPackage('1.0.0.1', 'bytes')
    const { repository } = releaseRepository(gh)
    await expect(
      repository.publish({ file: pkg.file, record: { ...pkg.record, size: 999 } })
    ).rejects.toThrow(`${pkg.file} changed while it was being published (5 bytes, expected 999)`)
    expect(gh.calls.some((c) => c.route === UPLOAD)).toBe(false)
  })

  test.each([
    [
      'an app name a tag cannot hold',
      { app: 'hello world' },
      'app name "hello world" cannot be part of a release tag'
    ],
    [
      'a version that is not four-part',
      { version: '1.2' },
      '"1.2" is not a four-part package version'
    ]
  ])('%s is refused', async (_name, change, message) => {
    const pkg = await testPackage('1.0.0.1', 'bytes', change)
    const { repository } = releaseRepository(stand.gh)
    await expect(repository.publish({ file: pkg.file, record: pkg.record })).rejects.toThrow(
      message
    )
    expect(stand.gh.calls).toEqual([])
  })
})

describe('github-release repository: list, get, download, delete', () => {
  const stand = useGitHubStandIn()

  function record(version: string, createdAt: string, bytes: Buffer): PackageRecord {
    return { ...testRecord(version, bytes, { createdAt }), url: 'https://example.invalid/not-used' }
  }

  test('lists more than 100 releases through the Link pages, newest first, only the app’s', async () => {
    const { gh } = stand
    // Seeded out of order: the list is ordered by publication time, not by GitHub's order.
    const versions = Array.from({ length: 130 }, (_, i) => i + 1).sort(
      (a, b) => ((a * 37) % 131) - ((b * 37) % 131)
    )
    for (const n of versions) {
      const at = new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString()
      seedRelease(
        gh,
        record(`1.0.0.${n}`, at, Buffer.from(`package ${n}`)),
        Buffer.from(`package ${n}`)
      )
    }
    // Not the app's: another app whose name starts alike, and a release mxdeploy did not make.
    const other = {
      ...record('1.0.0.1', '2027-01-01T00:00:00.000Z', Buffer.from('x')),
      app: 'hello-v2'
    }
    seedRelease(gh, other, Buffer.from('x'))
    const octokit = clientFor(gh)
    await octokit.rest.repos.createRelease({ ...ref, tag_name: 'hello-v9.9.9.9', body: 'by hand' })
    await octokit.rest.repos.createRelease({ ...ref, tag_name: 'v3.0.0' })

    const { repository } = releaseRepository(gh)
    const from = gh.calls.length
    const listed = await repository.list(APP)
    expect(listed.map((r) => r.version)).toEqual(
      Array.from({ length: 130 }, (_, i) => `1.0.0.${130 - i}`)
    )
    const pages = gh.calls
      .slice(from)
      .filter((c) => c.route === 'GET /repos/{owner}/{repo}/releases')
    expect(pages).toHaveLength(2)
    expect(listed[0]!.url).toBe(
      `${gh.url}/octo-org/hello/releases/download/hello-v1.0.0.130/hello_1.0.0.130.mda`
    )
    expect((await repository.list('hello-v2')).map((r) => r.app)).toEqual(['hello-v2'])
  })

  test('skips drafts, and a release whose record was edited by hand, with a warning', async () => {
    const { gh } = stand
    const good = Buffer.from('good')
    seedRelease(gh, record('1.0.0.1', '2026-01-01T00:00:00.000Z', good), good)
    const broken = seedRelease(gh, record('1.0.0.2', '2026-01-02T00:00:00.000Z', good), good)
    broken.body = broken.body!.replace(/"sha256":"[0-9a-f]+"/, '"sha256":"nope"')
    const draft = seedRelease(gh, record('1.0.0.3', '2026-01-03T00:00:00.000Z', good), good)
    draft.draft = true
    const { repository, log } = releaseRepository(gh)
    expect((await repository.list(APP)).map((r) => r.version)).toEqual(['1.0.0.1'])
    expect(log.lines).toEqual([
      'warning: skipping release hello-v1.0.0.2: release hello-v1.0.0.2: the package record in its notes has no valid "sha256"'
    ])
  })

  test('get: a version, latest, and undefined for what is not published', async () => {
    const { gh } = stand
    const bytes = Buffer.from('pkg')
    seedRelease(gh, record('1.0.0.1', '2026-01-01T00:00:00.000Z', bytes), bytes)
    seedRelease(gh, record('1.0.0.2', '2026-01-02T00:00:00.000Z', bytes), bytes)
    const { repository } = releaseRepository(gh)
    expect((await repository.get(APP, '1.0.0.1'))?.version).toBe('1.0.0.1')
    expect((await repository.get(APP, 'latest'))?.version).toBe('1.0.0.2')
    expect(await repository.get(APP, '1.0.0.9')).toBeUndefined()
    expect(await repository.get('other', 'latest')).toBeUndefined()
  })

  test('download follows the redirect to storage and checks the SHA-256', async () => {
    const { gh } = stand
    const bytes = Buffer.alloc(300_000, 7)
    seedRelease(gh, record('1.0.0.1', '2026-01-01T00:00:00.000Z', bytes), bytes)
    const { repository } = releaseRepository(gh)
    const dest = join(await mkdtemp(join(tmpdir(), 'mxdeploy-dl-')), 'sub', 'pkg.mda')
    const got = await repository.download(APP, 'latest', dest)
    expect(got.version).toBe('1.0.0.1')
    expect(await readFile(dest)).toEqual(bytes)
    const asset = gh.calls.find(
      (c) => c.route === 'GET /repos/{owner}/{repo}/releases/assets/{asset_id}'
    )
    expect(asset?.status).toBe(302)
    expect(gh.repo().releases[0]!.assets[0]!.downloadCount).toBe(1)
  })

  test('a download whose bytes do not match the record is refused and removed', async () => {
    const { gh } = stand
    const bytes = Buffer.from('published bytes')
    const release = seedRelease(gh, record('1.0.0.1', '2026-01-01T00:00:00.000Z', bytes), bytes)
    release.assets[0]!.bytes = Buffer.from('swapped! bytes')
    const { repository } = releaseRepository(gh)
    const dest = join(await mkdtemp(join(tmpdir(), 'mxdeploy-dl-')), 'pkg.mda')
    const attempt = repository.download(APP, '1.0.0.1', dest)
    await expect(attempt).rejects.toThrow(ConfigurationError)
    await expect(attempt).rejects.toThrow(
      `hello 1.0.0.1 in release hello-v1.0.0.1 of octo-org/hello has SHA-256 ${sha256('swapped! bytes')}, but it was published with ${sha256(bytes)}: the asset was changed; it will not be deployed`
    )
    expect(existsSync(dest)).toBe(false)
  })

  test('download of a version that is not there says so', async () => {
    const { repository } = releaseRepository(stand.gh)
    await expect(repository.download(APP, '1.0.0.1', join(tmpdir(), 'x.mda'))).rejects.toThrow(
      'hello 1.0.0.1 is not published as a release in octo-org/hello (repository github-release)'
    )
  })

  test('delete removes the release and its tag; deleting what is gone is no error', async () => {
    const { gh } = stand
    const bytes = Buffer.from('pkg')
    seedRelease(gh, record('1.0.0.1', '2026-01-01T00:00:00.000Z', bytes), bytes)
    const { repository } = releaseRepository(gh)
    await repository.delete(APP, '1.0.0.1')
    expect(gh.repo().releases).toEqual([])
    expect(gh.repo().refs.has('refs/tags/hello-v1.0.0.1')).toBe(false)
    await repository.delete(APP, '1.0.0.1')
    expect(await repository.list(APP)).toEqual([])
  })
})

describe('release notes', () => {
  const base: PackageRecord = {
    app: 'hello',
    version: '1.2.0.7',
    sha256: 'a'.repeat(64),
    size: 1234567,
    runtimeVersion: '10.24.8.80126',
    modelVersion: '1.2.0.7',
    commit: 'b'.repeat(40),
    branch: 'main',
    createdAt: '2026-03-01T10:00:00.000Z',
    createdBy: 'octocat',
    stories: [],
    url: 'https://github.com/o/r/releases/download/hello-v1.2.0.7/hello_1.2.0.7.mda'
  }
  const context = {
    patterns: [],
    links: { server: 'https://github.com', repository: 'octo-org/hello' }
  }

  test('list the facts, link the commit, and keep the record', async () => {
    const { compileStoryPatterns } = await import('../../src/stories/story-patterns.js')
    const notes = releaseNotes(
      { ...base, stories: ['#12', 'ABC-1', '123'] },
      {
        ...context,
        patterns: compileStoryPatterns([
          { name: 'jira', url: 'https://jira.example.com/browse/{id}' },
          { name: 'github' },
          { name: 'trailer' }
        ])
      }
    )
    expect(notes).toContain('- **SHA-256:** `' + 'a'.repeat(64) + '`')
    expect(notes).toContain('- **Size:** 1,234,567 bytes')
    expect(notes).toContain(
      `- **Commit:** [bbbbbbbbbbbb](https://github.com/octo-org/hello/commit/${'b'.repeat(40)})`
    )
    expect(notes).toContain('### Stories (3)')
    expect(notes).toContain('- [\\#\u200b12](https://github.com/octo-org/hello/issues/12)')
    expect(notes).toContain('- [ABC\\-1](https://jira.example.com/browse/ABC-1)')
    expect(notes).toContain('\n- 123\n')
    expect(recordFromNotes(notes, 'hello-v1.2.0.7')).toEqual({
      ...base,
      stories: ['#12', 'ABC-1', '123']
    })
  })

  test('text from commits cannot format, mention, link or close the record block', () => {
    const hostile = {
      ...base,
      branch: 'evil<img src=x onerror=alert(1)>',
      createdBy: '@octo-org/admins',
      commit: 'not-a-sha --> <script>',
      stories: ['[x](javascript:alert(1))', '--> <b>bold</b>']
    }
    const notes = releaseNotes(hostile, context)
    const visible = notes.slice(0, notes.indexOf('<!-- mxdeploy:package'))
    expect(visible).not.toMatch(/<img|<script|<b>|-->|\]\(javascript/)
    expect(visible).toContain('@\u200bocto\\-org/admins')
    expect(visible).toContain('evil&lt;img src\\=x onerror\\=alert\\(1\\)&gt;')
    // The block is closed exactly once, at its end, and gives the record back unchanged.
    expect(notes.match(/-->/g)).toHaveLength(1)
    expect(recordFromNotes(notes, 'hello-v1.2.0.7')).toEqual(hostile)
  })

  test('shows at most 100 stories but keeps all in the record; stays within GitHub’s 125,000 characters', () => {
    const stories = Array.from({ length: 3000 }, (_, i) => `STORY-${i + 1}`)
    const notes = releaseNotes({ ...base, stories }, context)
    expect(notes).toContain('- STORY\\-100\n- … and 2900 more')
    expect(notes).not.toContain('STORY\\-101')
    expect(recordFromNotes(notes, 'hello-v1.2.0.7')?.stories).toEqual(stories)
    expect(notes.length).toBeLessThan(125_000)
  })

  test('notes edited on github.com (CRLF line ends) still give the record back', () => {
    const notes = releaseNotes({ ...base, branch: 'a\u2028b' }, context)
    expect(recordFromNotes(notes.replace(/\n/g, '\r\n'), 't')).toEqual({
      ...base,
      branch: 'a\u2028b'
    })
  })

  test('a damaged record block is a configuration error', () => {
    expect(() => recordFromNotes('<!-- mxdeploy:package v1\n{"app":\n-->', 't')).toThrow(
      /^release t: the package record in its notes is not JSON/
    )
  })
})
