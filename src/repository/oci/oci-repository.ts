import { rm, stat } from 'node:fs/promises'
import { githubAccess, type GitHubAccess } from '../../github/access.js'
import { basename, dirname } from 'node:path'
import { mapPool } from '../../async-pool.js'
import { ConfigurationError, OperationError } from '../../errors.js'
import { silentLogger, type Logger } from '../../log.js'
import { isModelVersion } from '../../mda/version.js'
import type { RetryPolicy } from '../../net/retry-policy.js'
import { retryPolicyFromEnv } from '../../net/retry-settings.js'
import { withProgress } from '../../progress/progress.js'
import {
  newestFirst,
  type EarlyUpload,
  type PackageRecord,
  type PackageRepository,
  type PublishRequest,
  type PublishResult
} from '../package-repository.js'
import { downloadBlob } from './blob-download.js'
import { blobExists, uploadBytes, uploadFile } from './blob-upload.js'
import { chunkSizeFor } from './chunk-size.js'
import { credentialsFromEnv } from './credentials.js'
import { EarlyBlobUpload } from './early-upload.js'
import {
  EMPTY_CONFIG_BYTES,
  MANIFEST_MEDIA_TYPE,
  buildManifest,
  readManifest,
  type ManifestReading
} from './manifest.js'
import { getManifest, putManifest } from './manifest-io.js'
import { parseOciUri, type OciReference } from './reference.js'
import { RegistryClient, unexpected } from './registry-client.js'
import { DEFAULT_PAGE_SIZE, listTags } from './tags.js'
import { makeDirectory } from '../../fs/make-directory.js'

export interface OciRepositoryOptions {
  env: NodeJS.ProcessEnv
  /** The GitHub token for ghcr.io and the run's repository for source links; default from env. */
  github?: GitHubAccess
  log?: Logger
  /** Bytes per PATCH of a chunked upload (default: 16 MiB, 4 MiB on ghcr.io). */
  chunkSize?: number
  /** Tags asked for per page of the tag list. */
  tagsPageSize?: number
  /** How requests are retried (default: the standard policy, MXDEPLOY_RETRY_SECONDS applied). */
  retry?: RetryPolicy
}

interface Tagged {
  digest: string
  reading: ManifestReading
}

type Package = Extract<ManifestReading, { kind: 'package' }>

const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/

/**
 * Packages in an OCI registry (`oci://HOST/REPO`, GHCR in practice): one artifact per package,
 * tagged with its version, the MDA as its only blob and the record in its annotations.
 */
export class OciRepository implements PackageRepository {
  readonly uri: string
  private readonly ref: OciReference
  private readonly client: RegistryClient
  private readonly log: Logger
  private readonly chunkSize: number
  private readonly pageSize: number
  private readonly source: string | undefined

  constructor(uri: string, options: OciRepositoryOptions) {
    const { env } = options
    this.log = options.log ?? silentLogger
    this.ref = parseOciUri(uri, env)
    this.uri = `oci://${this.ref.host}/${this.ref.repository}`
    this.client = new RegistryClient(
      this.ref,
      credentialsFromEnv(this.ref.host, env, this.log, { github: options.github }),
      env,
      this.log,
      options.retry ?? retryPolicyFromEnv(env)
    )
    this.chunkSize = options.chunkSize ?? chunkSizeFor(this.ref.host, env)
    this.pageSize = options.tagsPageSize ?? DEFAULT_PAGE_SIZE
    const github = options.github ?? githubAccess(env)
    this.source = github.repository ? `${github.serverUrl}/${github.repository}` : undefined
  }

  /** `host/repo:tag@digest`: pullable by tag or, immutably, by digest. */
  private reference(tag: string, digest: string): string {
    return `${this.ref.host}/${this.ref.repository}:${tag}@${digest}`
  }

  private async readTag(tag: string): Promise<Tagged | undefined> {
    const found = await getManifest(this.client, tag)
    if (!found) return undefined
    const { bytes, digest, mediaType } = found
    return { digest, reading: readManifest(bytes, mediaType, (d) => this.reference(tag, d)) }
  }

  private same(tag: string, existing: Tagged, record: Omit<PackageRecord, 'url'>): PublishResult {
    const { reading } = existing
    if (reading.kind !== 'package') {
      throw new ConfigurationError(
        `tag ${tag} of ${this.uri} already holds something that is not an mxdeploy package (${reading.why}); tags are never overwritten: publish ${record.app} to a repository of its own`
      )
    }
    const found = reading.record
    if (found.app !== record.app) {
      throw new ConfigurationError(
        `tag ${tag} of ${this.uri} already holds ${found.app} ${found.version}; tags are never overwritten: publish ${record.app} to a repository of its own`
      )
    }
    if (found.sha256 !== record.sha256) {
      throw new ConfigurationError(
        `${found.app} ${found.version} is already published with other content (SHA-256 ${found.sha256}, this package ${record.sha256}); published packages are never overwritten: build with a new version or build number`
      )
    }
    return { record: found, created: false }
  }

  beginUpload(file: string): EarlyUpload {
    return new EarlyBlobUpload(this.client, file, this.chunkSize, this.log, this.uri)
  }

  async publish({ file, record, early }: PublishRequest): Promise<PublishResult> {
    // One begun for this file by this repository; any other is left to its owner to cancel.
    const begun =
      early instanceof EarlyBlobUpload && early.file === file && !early.cancelled
        ? early
        : undefined
    const tag = record.version
    if (!TAG.test(tag)) {
      throw new ConfigurationError(`version "${tag}" cannot be an OCI tag (${TAG.source})`)
    }
    const existing = await this.readTag(tag)
    if (existing) return this.same(tag, existing, record)
    const { size } = await stat(file)
    if (size !== record.size) {
      throw new ConfigurationError(
        `${file} changed while it was being published (${size} bytes, expected ${record.size}); nothing was published`
      )
    }
    const digest = `sha256:${record.sha256}`
    const manifest = buildManifest(record, this.source)
    try {
      if (await blobExists(this.client, digest)) {
        await begun?.cancel()
      } else if (begun) {
        await begun.finish(digest)
      } else {
        this.log.info(`uploading ${file} (${size} bytes) to ${this.uri}`)
        await withProgress(this.log.progress, `uploading ${basename(file)}`, size, (progress) =>
          uploadFile(this.client, { file, size, digest, chunkSize: this.chunkSize, progress })
        )
      }
      await uploadBytes(this.client, EMPTY_CONFIG_BYTES)
      // Registries have no "create only": look again just before the tag is written.
      const raced = await this.readTag(tag)
      if (raced) return this.same(tag, raced, record)
      await putManifest(this.client, tag, manifest.bytes, MANIFEST_MEDIA_TYPE)
    } catch (error) {
      if (error instanceof OperationError) {
        throw new OperationError(
          `${error.message}; ${record.app} ${tag} was not published (no tag was written): run the publish again`,
          { cause: error }
        )
      }
      throw error
    }
    return { record: { ...record, url: this.reference(tag, manifest.digest) }, created: true }
  }

  private async packages(app: string): Promise<Package[]> {
    const tags = (await listTags(this.client, this.pageSize)).filter(isModelVersion)
    const read = await mapPool(tags, 4, async (tag) => ({ tag, tagged: await this.readTag(tag) }))
    const found: Package[] = []
    for (const { tag, tagged } of read) {
      if (!tagged) continue // deleted while we listed
      if (tagged.reading.kind === 'package') {
        if (tagged.reading.record.app === app) found.push(tagged.reading)
      } else {
        this.log.warning(`${this.uri}: tag ${tag} skipped: ${tagged.reading.why}`)
      }
    }
    return found.sort((a, b) => newestFirst(a.record, b.record))
  }

  async list(app: string): Promise<PackageRecord[]> {
    return (await this.packages(app)).map((p) => p.record)
  }

  private async find(app: string, version: string): Promise<Package | undefined> {
    if (version === 'latest') return (await this.packages(app))[0]
    if (!TAG.test(version)) return undefined
    const tagged = await this.readTag(version)
    if (tagged?.reading.kind !== 'package' || tagged.reading.record.app !== app) return undefined
    return tagged.reading
  }

  async get(app: string, version: string): Promise<PackageRecord | undefined> {
    return (await this.find(app, version))?.record
  }

  async download(app: string, version: string, dest: string): Promise<PackageRecord> {
    const found = await this.find(app, version)
    if (!found) {
      throw new ConfigurationError(`${app} ${version} is not in the package repository ${this.uri}`)
    }
    const { record, layer } = found
    await makeDirectory(dirname(dest))
    await rm(dest, { force: true })
    const got = await withProgress(
      this.log.progress,
      `downloading ${record.app} ${record.version}`,
      record.size,
      (progress) => downloadBlob(this.client, { digest: layer.digest, dest, progress })
    )
    if (got.sha256 !== record.sha256 || got.size !== record.size) {
      await rm(dest, { force: true })
      throw new ConfigurationError(
        `${app} ${record.version} from ${this.uri} arrived with SHA-256 ${got.sha256} (${got.size} bytes), but it was published with ${record.sha256} (${record.size} bytes): the stored package or the transfer was changed; it will not be deployed`
      )
    }
    return record
  }

  async delete(app: string, version: string): Promise<void> {
    if (this.ref.host.toLowerCase() === 'ghcr.io') {
      throw new ConfigurationError(
        `ghcr.io does not delete through the registry API, so mxdeploy cannot remove ${app} ${version} from ${this.uri}: delete the package version in GitHub (Packages → ${this.ref.repository} → Manage versions) or with the REST API (DELETE /orgs/{org}/packages/container/{name}/versions/{id}), or set a retention policy there`
      )
    }
    const tagged = TAG.test(version) ? await this.readTag(version) : undefined
    if (!tagged) return
    const { reading } = tagged
    if (reading.kind !== 'package' || reading.record.app !== app) {
      throw new ConfigurationError(
        `tag ${version} of ${this.uri} is not a package of ${app}; it was not deleted`
      )
    }
    // Deleting the manifest by digest removes its tag; blobs stay for the registry's garbage collection.
    const res = await this.client.request({
      method: 'DELETE',
      path: `manifests/${tagged.digest}`,
      actions: 'delete'
    })
    if (res.status === 202 || res.status === 200 || res.status === 404) {
      await res.discard()
      return
    }
    if (res.status === 405) {
      await res.discard()
      throw new ConfigurationError(
        `registry ${this.ref.host} does not allow deletes, so ${app} ${version} stays in ${this.uri}: enable them (docker-registry: storage.delete.enabled: true)`
      )
    }
    throw await unexpected(this.client, res, `DELETE of manifest ${tagged.digest}`)
  }
}
