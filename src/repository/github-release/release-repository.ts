import { createHash } from 'node:crypto'
import { openAsBlob } from 'node:fs'
import { rm, stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import { RequestError } from '@octokit/request-error'
import { ConfigurationError, OperationError } from '../../errors.js'
import { silentLogger, type Logger } from '../../log.js'
import { retryPolicy, type RetryPolicy } from '../../net/retry-policy.js'
import { compareVersions, isModelVersion } from '../../mda/version.js'
import { withProgress } from '../../progress/progress.js'
import type {
  PackageRecord,
  PackageRepository,
  PublishRequest,
  PublishResult
} from '../package-repository.js'
import type { Octokit } from '../../github/octokit.js'
import { permissionError } from '../../github/permission-error.js'
import {
  alreadyExists,
  assetHolds,
  downloadAsset,
  uploadAsset,
  type AssetRetry,
  type Release,
  type RepoRef
} from './release-assets.js'
import { recordFromNotes, releaseNotes, releaseTag, type NotesContext } from './release-notes.js'
import { makeDirectory } from '../../fs/make-directory.js'

// The app name as mxdeploy.yml allows it: it is part of tags and asset names.
const APP = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/
const READ = 'contents: read'
const WRITE = 'contents: write'

export interface GitHubReleaseRepositoryOptions {
  octokit: Octokit
  /** `owner/name` of the repository that holds the releases. */
  repository: string
  /** The commit a package whose manifest names none is tagged on (GITHUB_SHA). */
  defaultCommit?: string | undefined
  notes: NotesContext
  log?: Logger
  /** How a download cut off mid-body is tried again (default: the standard policy). */
  retry?: RetryPolicy
}

function assetName(app: string, version: string): string {
  return `${app}_${version}.mda`
}

function checkApp(app: string): void {
  if (!APP.test(app) || app.includes('..')) {
    throw new ConfigurationError(
      `app name "${app}" cannot be part of a release tag (<app>-v<version>): use letters, digits, ".", "_" and "-" (at most 63), starting with a letter or digit`
    )
  }
}

/** The tag of a package, refusing names git or GitHub would not take. */
function tagFor(app: string, version: string): string {
  checkApp(app)
  if (!isModelVersion(version)) {
    throw new ConfigurationError(`"${version}" is not a four-part package version such as 1.2.0.15`)
  }
  return releaseTag(app, version)
}

function notFound(error: unknown): boolean {
  return error instanceof RequestError && error.status === 404
}

/**
 * Packages as GitHub releases, one per package: tag `<app>-v<version>` on the package's commit,
 * assets `<app>_<version>.mda` and its `.sha256`, notes that list the facts and stories and keep
 * the record (so listing never downloads an asset). A release is made as a draft and published
 * only once its assets are complete, which also suits immutable releases; a rerun resumes the
 * draft. A published release is never changed.
 */
export class GitHubReleaseRepository implements PackageRepository {
  readonly uri = 'github-release'
  private readonly octokit: Octokit
  private readonly ref: RepoRef
  private readonly fullName: string
  private readonly log: Logger
  private readonly assetRetry: AssetRetry

  constructor(private readonly options: GitHubReleaseRepositoryOptions) {
    const [owner = '', repo = ''] = options.repository.split('/')
    this.octokit = options.octokit
    this.ref = { owner, repo }
    this.fullName = options.repository
    this.log = options.log ?? silentLogger
    this.assetRetry = { policy: options.retry ?? retryPolicy(), log: this.log }
  }

  /** Runs a GitHub call, a 403 (or an unexpected 404) becoming the permission the job lacks. */
  private async call<T>(permission: string, doing: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work()
    } catch (error) {
      throw permissionError(error, permission, `${doing} in ${this.fullName}`)
    }
  }

  /** The published release of a tag (drafts have no tag yet, so GitHub does not find them). */
  private async byTag(tag: string, permission: string): Promise<Release | undefined> {
    return this.call(permission, `read release ${tag}`, async () => {
      try {
        return (await this.octokit.rest.repos.getReleaseByTag({ ...this.ref, tag })).data
      } catch (error) {
        if (notFound(error)) return undefined
        throw error
      }
    })
  }

  /** A draft of the tag left by an earlier attempt: found by listing, newest first. */
  private async draftByTag(tag: string): Promise<Release | undefined> {
    return this.call(WRITE, 'list releases', async () => {
      const pages = this.octokit.paginate.iterator(this.octokit.rest.repos.listReleases, {
        ...this.ref,
        per_page: 100
      })
      for await (const page of pages) {
        const draft = page.data.find((r) => r.draft && r.tag_name === tag)
        if (draft) return draft
      }
      return undefined
    })
  }

  /** The record a release's notes keep, its URL the asset's; undefined if mxdeploy did not make it. */
  private recordOf(release: Release): PackageRecord | undefined {
    const stored = recordFromNotes(release.body, release.tag_name)
    if (!stored) return undefined
    if (releaseTag(stored.app, stored.version) !== release.tag_name) {
      throw new ConfigurationError(
        `release ${release.tag_name} in ${this.fullName} keeps the record of ${stored.app} ${stored.version}, not of its tag: its notes were edited by hand`
      )
    }
    const asset = release.assets.find((a) => a.name === assetName(stored.app, stored.version))
    return { ...stored, url: asset?.browser_download_url ?? stored.url }
  }

  async publish({ file, record }: PublishRequest): Promise<PublishResult> {
    const tag = tagFor(record.app, record.version)
    const published = await this.byTag(tag, WRITE)
    if (published) return this.alreadyPublished(published, record.sha256)
    const commit = record.commit ?? this.options.defaultCommit
    if (!commit) {
      throw new ConfigurationError(
        `${record.app} ${record.version} names no commit, and a release tags one: build the package in a git checkout (its manifest then records the commit) or set GITHUB_SHA`
      )
    }
    const name = assetName(record.app, record.version)
    const { server = 'https://github.com' } = this.options.notes.links
    const full: PackageRecord = {
      ...record,
      url: `${server}/${this.fullName}/releases/download/${encodeURIComponent(tag)}/${name}`
    }
    const body = releaseNotes(full, this.options.notes)
    let release = await this.draftByTag(tag)
    if (release) this.log.info(`resuming the draft release ${tag} left by an earlier attempt`)
    else {
      const created = await this.createDraft(tag, commit, `${record.app} ${record.version}`, body)
      if (!created.draft) return this.alreadyPublished(created, record.sha256)
      release = created
    }
    await this.uploadAssets(release, file, full)
    const done = await this.call(WRITE, `publish release ${tag}`, async () => {
      try {
        const { data } = await this.octokit.rest.repos.updateRelease({
          ...this.ref,
          release_id: release.id,
          target_commitish: commit,
          name: `${record.app} ${record.version}`,
          body,
          draft: false
        })
        return data
      } catch (error) {
        throw this.badTarget(error, commit) ?? error
      }
    })
    this.log.info(`published release ${tag} on commit ${commit}`)
    return { record: this.recordOf(done) ?? full, created: true }
  }

  /** GitHub's 422 for a target it does not have, as what to do about it. */
  private badTarget(error: unknown, commit: string): ConfigurationError | undefined {
    if (!(error instanceof RequestError) || error.status !== 422) return undefined
    const data = error.response?.data as { errors?: { field?: string }[] } | undefined
    if (!(data?.errors ?? []).some((e) => e.field === 'target_commitish')) return undefined
    return new ConfigurationError(
      `commit ${commit}, which the package was built from, is not in ${this.fullName}: push it, then publish again (the release stays a draft until then)`
    )
  }

  private async createDraft(
    tag: string,
    commit: string,
    name: string,
    body: string
  ): Promise<Release> {
    return this.call(WRITE, `create release ${tag}`, async () => {
      try {
        const { data } = await this.octokit.rest.repos.createRelease({
          ...this.ref,
          tag_name: tag,
          target_commitish: commit,
          name,
          body,
          draft: true
        })
        this.log.info(`created the draft release ${tag}`)
        return data
      } catch (error) {
        // Another publisher made it meanwhile: take what is there.
        if (!alreadyExists(error)) throw this.badTarget(error, commit) ?? error
        const other = (await this.byTag(tag, WRITE)) ?? (await this.draftByTag(tag))
        if (!other) throw error
        return other
      }
    })
  }

  private alreadyPublished(release: Release, sha256: string): PublishResult {
    const tag = release.tag_name
    const stored = this.recordOf(release)
    if (!stored) {
      throw new ConfigurationError(
        `release ${tag} already exists in ${this.fullName} and was not made by mxdeploy (its notes hold no package record): delete it, or build with another version`
      )
    }
    if (stored.sha256 !== sha256) {
      throw new ConfigurationError(
        `${stored.app} ${stored.version} is already published with other content (SHA-256 ${stored.sha256}, this package ${sha256}) as release ${tag} in ${this.fullName}; published packages are never overwritten: build with a new version or build number`
      )
    }
    const name = assetName(stored.app, stored.version)
    if (!release.assets.some((a) => a.name === name)) {
      throw new ConfigurationError(
        `release ${tag} in ${this.fullName} is published but has no asset ${name}: it was removed by hand; delete the release (and its tag) to publish again`
      )
    }
    return { record: stored, created: false }
  }

  /**
   * Uploads what the draft lacks: an asset already there with the same bytes is kept, one with
   * other bytes (an earlier attempt's) is replaced, which is allowed only because it is a draft.
   */
  private async uploadAssets(release: Release, file: string, record: PackageRecord): Promise<void> {
    const name = assetName(record.app, record.version)
    const { size } = await stat(file)
    if (size !== record.size) {
      throw new ConfigurationError(
        `${file} changed while it was being published (${size} bytes, expected ${record.size})`
      )
    }
    const sidecar = `${record.sha256}  ${name}\n`
    const wanted = [
      { name, sha256: record.sha256, size, type: 'application/zip', data: () => openAsBlob(file) },
      {
        name: `${name}.sha256`,
        sha256: createHash('sha256').update(sidecar).digest('hex'),
        size: Buffer.byteLength(sidecar),
        type: 'text/plain',
        data: () => Promise.resolve(new Blob([sidecar]))
      }
    ]
    for (const asset of wanted) {
      const doing = `upload ${asset.name} to release ${release.tag_name}`
      await this.call(WRITE, doing, async () => {
        const present = release.assets.find((a) => a.name === asset.name)
        if (present) {
          if (await assetHolds(this.octokit, this.ref, present, asset, this.assetRetry)) return
          this.log.info(`replacing ${asset.name} of the draft ${release.tag_name}: other bytes`)
          await this.octokit.rest.repos.deleteReleaseAsset({ ...this.ref, asset_id: present.id })
        }
        let uploaded
        try {
          const data = await asset.data()
          // The package shows its progress; its few-byte .sha256 beside it does not need to.
          const reporter = asset.name === name ? this.log.progress : undefined
          uploaded = await withProgress(
            reporter,
            `uploading ${asset.name}`,
            data.size,
            (progress) => uploadAsset(this.octokit, release, asset.name, data, asset.type, progress)
          )
        } catch (error) {
          if (!alreadyExists(error)) throw error
          // The upload took effect but its answer was lost; the retry met the asset it made.
          const { data } = await this.octokit.rest.repos.listReleaseAssets({
            ...this.ref,
            release_id: release.id,
            per_page: 100
          })
          const made = data.find((a) => a.name === asset.name)
          if (made && (await assetHolds(this.octokit, this.ref, made, asset, this.assetRetry)))
            return
          throw new OperationError(
            `${asset.name} was uploaded to the draft ${release.tag_name} by someone else meanwhile: publish again`
          )
        }
        if (uploaded.digest && uploaded.digest !== `sha256:${asset.sha256}`) {
          throw new ConfigurationError(
            `${asset.name} arrived with ${uploaded.digest}, not sha256:${asset.sha256}: ${file} changed while it was uploaded; the release stays a draft`
          )
        }
      })
    }
  }

  /** The app's published releases with their records, newest first. */
  private async entries(app: string): Promise<{ release: Release; record: PackageRecord }[]> {
    checkApp(app)
    const tag = new RegExp(`^${app.replace(/\./g, '\\.')}-v\\d+\\.\\d+\\.\\d+\\.\\d+$`)
    const found: { release: Release; record: PackageRecord }[] = []
    await this.call(READ, 'list releases', async () => {
      const pages = this.octokit.paginate.iterator(this.octokit.rest.repos.listReleases, {
        ...this.ref,
        per_page: 100
      })
      for await (const page of pages) {
        for (const release of page.data) {
          if (release.draft || !tag.test(release.tag_name)) continue
          try {
            const record = this.recordOf(release)
            if (record?.app === app) found.push({ release, record })
          } catch (error) {
            // One release edited by hand must not hide the others.
            this.log.warning(`skipping release ${release.tag_name}: ${(error as Error).message}`)
          }
        }
      }
    })
    return found.sort(
      (a, b) =>
        b.record.createdAt.localeCompare(a.record.createdAt) ||
        compareVersions(b.record.version, a.record.version)
    )
  }

  private async find(
    app: string,
    version: string
  ): Promise<{ release: Release; record: PackageRecord } | undefined> {
    if (version === 'latest') return (await this.entries(app))[0]
    const release = await this.byTag(tagFor(app, version), READ)
    const record = release && this.recordOf(release)
    return release && record ? { release, record } : undefined
  }

  async list(app: string): Promise<PackageRecord[]> {
    return (await this.entries(app)).map((entry) => entry.record)
  }

  async get(app: string, version: string): Promise<PackageRecord | undefined> {
    return (await this.find(app, version))?.record
  }

  async download(app: string, version: string, dest: string): Promise<PackageRecord> {
    const found = await this.find(app, version)
    if (!found) {
      throw new ConfigurationError(
        `${app} ${version} is not published as a release in ${this.fullName} (repository github-release)`
      )
    }
    const { release, record } = found
    const name = assetName(record.app, record.version)
    const asset = release.assets.find((a) => a.name === name)
    if (!asset) {
      throw new ConfigurationError(
        `release ${release.tag_name} in ${this.fullName} has no asset ${name}: it was removed by hand`
      )
    }
    await makeDirectory(dirname(dest))
    await rm(dest, { force: true })
    const sha256 = await this.call(READ, `download ${name}`, () =>
      downloadAsset(this.octokit, this.ref, asset, dest, this.assetRetry)
    )
    if (sha256 !== record.sha256) {
      await rm(dest, { force: true })
      throw new ConfigurationError(
        `${app} ${record.version} in release ${release.tag_name} of ${this.fullName} has SHA-256 ${sha256}, but it was published with ${record.sha256}: the asset was changed; it will not be deployed`
      )
    }
    return record
  }

  async delete(app: string, version: string): Promise<void> {
    const tag = tagFor(app, version)
    const release = (await this.byTag(tag, WRITE)) ?? (await this.draftByTag(tag))
    await this.call(WRITE, `delete release ${tag}`, async () => {
      if (release)
        await this.octokit.rest.repos.deleteRelease({ ...this.ref, release_id: release.id })
      try {
        // GitHub keeps the tag of a deleted release; a pruned package goes completely.
        await this.octokit.rest.git.deleteRef({ ...this.ref, ref: `tags/${tag}` })
      } catch (error) {
        // 422 "Reference does not exist": nothing left to remove.
        if (!(error instanceof RequestError) || ![404, 422].includes(error.status)) throw error
      }
    })
  }
}
