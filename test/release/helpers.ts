import { createHash } from 'node:crypto'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { OctokitOptions } from '../../src/github/octokit.js'
import { releaseNotes, releaseTag } from '../../src/repository/github-release/release-notes.js'
import {
  GitHubReleaseRepository,
  type GitHubReleaseRepositoryOptions
} from '../../src/repository/github-release/release-repository.js'
import type { PackageRecord } from '../../src/repository/package-repository.js'
import { compileStoryPatterns, type StoryPattern } from '../../src/stories/story-patterns.js'
import { clientFor, recordingLogger } from '../github/octokit-client.js'
import { testPolicy } from '../support/retry.js'
import type { GitHubStandIn, ReleaseRecord } from '../support/github/index.js'

export const APP = 'hello'

export interface TestPackage {
  file: string
  bytes: Buffer
  sha256: string
  record: Omit<PackageRecord, 'url'>
}

const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex')

/** The record publish would make for `bytes` as package `version` of the test app. */
export function testRecord(
  version: string,
  bytes: Buffer,
  record: Partial<Omit<PackageRecord, 'url'>> = {}
): Omit<PackageRecord, 'url'> {
  return {
    app: APP,
    version,
    sha256: sha256(bytes),
    size: bytes.length,
    runtimeVersion: '10.24.8.80126',
    modelVersion: version,
    commit: null,
    branch: 'main',
    createdAt: '2026-03-01T10:00:00.000Z',
    createdBy: 'octocat',
    stories: [],
    ...record
  }
}

/** A file standing for an MDA (the adapter moves bytes; it does not read them) and its record. */
export async function testPackage(
  version: string,
  content: string,
  record: Partial<Omit<PackageRecord, 'url'>> = {}
): Promise<TestPackage> {
  const dir = await mkdtemp(join(tmpdir(), 'mxdeploy-release-'))
  const file = join(dir, `${APP}_${version}.mda`)
  const bytes = Buffer.from(content)
  await writeFile(file, bytes)
  return { file, bytes, sha256: sha256(bytes), record: testRecord(version, bytes, record) }
}

/** The adapter on the stand-in, with retry waits in milliseconds and no spacing between writes. */
export function releaseRepository(
  gh: GitHubStandIn,
  options: {
    token?: string
    octokit?: Partial<OctokitOptions>
    patterns?: StoryPattern[]
  } & Partial<Omit<GitHubReleaseRepositoryOptions, 'octokit' | 'notes'>> = {}
) {
  const log = recordingLogger()
  const repository = new GitHubReleaseRepository({
    octokit: clientFor(gh, {
      ...(options.token ? { token: options.token } : {}),
      ...options.octokit
    }),
    repository: options.repository ?? gh.repo().fullName,
    defaultCommit: 'defaultCommit' in options ? options.defaultCommit : gh.env().GITHUB_SHA,
    notes: {
      patterns: options.patterns ?? compileStoryPatterns(undefined),
      links: { server: gh.url, repository: gh.repo().fullName }
    },
    log,
    // Waits on a virtual clock: a test never sleeps for real.
    retry: options.retry ?? testPolicy()
  })
  return { repository, log }
}

/** The API calls made since `from`, as `METHOD /route` strings. */
export function routesSince(gh: GitHubStandIn, from: number): string[] {
  return gh.calls.slice(from).map((call) => call.route)
}

/**
 * A published release of a package put straight into the stand-in's state, as a publish long
 * ago would have left it: for lists longer than a test should publish one by one.
 */
export function seedRelease(gh: GitHubStandIn, record: PackageRecord, mda: Buffer): ReleaseRecord {
  const repo = gh.repo()
  const tag = releaseTag(record.app, record.version)
  const head = gh.env().GITHUB_SHA!
  const release: ReleaseRecord = {
    id: gh.state.nextId(),
    tagName: tag,
    targetCommitish: head,
    name: `${record.app} ${record.version}`,
    body: releaseNotes(record, {
      patterns: compileStoryPatterns(undefined),
      links: { server: gh.url, repository: repo.fullName }
    }),
    draft: false,
    prerelease: false,
    author: 'github-actions[bot]',
    createdAt: record.createdAt.replace(/\.\d{3}Z$/, 'Z'),
    publishedAt: record.createdAt.replace(/\.\d{3}Z$/, 'Z'),
    updatedAt: record.createdAt.replace(/\.\d{3}Z$/, 'Z'),
    assets: [],
    immutable: gh.repo().immutableReleases
  }
  release.assets.push({
    id: gh.state.nextId(),
    releaseId: release.id,
    name: `${record.app}_${record.version}.mda`,
    label: null,
    contentType: 'application/zip',
    bytes: mda,
    uploader: 'github-actions[bot]',
    createdAt: release.createdAt,
    updatedAt: release.createdAt,
    downloadCount: 0
  })
  repo.releases.push(release)
  repo.refs.set(`refs/tags/${tag}`, head)
  return release
}
