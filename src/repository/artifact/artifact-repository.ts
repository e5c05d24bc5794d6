import { randomBytes } from 'node:crypto'
import { rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { Artifact } from '@actions/artifact'
import { mapPool } from '../../async-pool.js'
import { ConfigurationError, OperationError } from '../../errors.js'
import { compareVersions } from '../../mda/version.js'
import type {
  PackageRecord,
  PackageRepository,
  PublishRequest,
  PublishResult
} from '../package-repository.js'
import { extractPackage, readBundle, recordFromPackage, stageBundle } from './artifact-bundle.js'
import {
  artifactFailure,
  requireArtifactRuntime,
  withArtifactClient,
  type ArtifactLibrary,
  type ClientOutput
} from './artifact-client.js'
import { ArtifactDownloads } from './artifact-downloads.js'
import { makeDirectory } from '../../fs/make-directory.js'

const INVALID_NAME = /[":<>|*?\r\n\\/]/
const MODEL_VERSION = /^\d+\.\d+\.\d+\.\d+$/

export interface ArtifactRepositoryOptions {
  /** One fixed artifact (`artifact:NAME`, the `artifact-name` input); default one per package. */
  name?: string | undefined
  env: NodeJS.ProcessEnv
  /** Where the client library's log lines go: `stderr` (default) keeps stdout for `--json`. */
  clientOutput?: ClientOutput
}

/** The artifact a package is published as when no name is given. */
export function packageArtifactName(app: string, version: string): string {
  return `mxdeploy-${app}-${version}`
}

function checkName(name: string, what: string): void {
  if (!name || INVALID_NAME.test(name)) {
    throw new ConfigurationError(
      `${what} ${JSON.stringify(name)} is not a valid artifact name: it must not be empty or contain " : < > | * ? \\ / or line breaks`
    )
  }
}

/**
 * Packages handed from job to job of one workflow run as workflow artifacts (@actions/artifact):
 * each package is one artifact holding the MDA, its `.sha256` and `record.json`. Not a durable
 * repository: only the current run's artifacts are seen, and they last as long as GitHub's
 * artifact retention. The record lives inside the artifact, so reading it downloads the artifact
 * (once per process: downloads are kept in a temp folder that goes when the process exits).
 */
export class ArtifactRepository implements PackageRepository {
  readonly uri: string
  private readonly name: string | undefined
  private readonly env: NodeJS.ProcessEnv
  private readonly output: ClientOutput
  private readonly records = new Map<number, PackageRecord>()
  private readonly downloads: ArtifactDownloads

  constructor(options: ArtifactRepositoryOptions) {
    this.name = options.name
    this.env = options.env
    this.output = options.clientOutput ?? 'stderr'
    this.uri = this.name === undefined ? 'artifact' : `artifact:${this.name}`
    this.downloads = new ArtifactDownloads(this.env['RUNNER_TEMP'], (doing, work) =>
      this.client(doing, work)
    )
  }

  private nameFor(app: string, version: string): string {
    const name = this.name ?? packageArtifactName(app, version)
    checkName(name, 'artifact name')
    return name
  }

  /** Runs the client, turning its failures into messages that say what to do. */
  private client<T>(doing: string, work: (lib: ArtifactLibrary) => Promise<T>): Promise<T> {
    return withArtifactClient(this.env, this.output, async (lib) => {
      try {
        return await work(lib)
      } catch (error) {
        if (error instanceof ConfigurationError || error instanceof OperationError) throw error
        throw artifactFailure(lib, error, doing)
      }
    })
  }

  /** The run's artifacts, the newest of each name (a re-run attempt may upload a name again). */
  private async artifacts(): Promise<Artifact[]> {
    const { artifacts } = await this.client("listing the workflow run's artifacts", (lib) =>
      new lib.DefaultArtifactClient().listArtifacts({ latest: true })
    )
    return artifacts
  }

  private async find(name: string): Promise<Artifact | undefined> {
    // Not getArtifact: on "not found" it prints a warning annotation, and here that is normal.
    return (await this.artifacts()).find((a) => a.name === name)
  }

  /** The artifacts that may hold packages of `app`. */
  private async candidates(app: string): Promise<Artifact[]> {
    const prefix = packageArtifactName(app, '')
    return (await this.artifacts()).filter((a) =>
      this.name !== undefined
        ? a.name === this.name
        : a.name.startsWith(prefix) && MODEL_VERSION.test(a.name.slice(prefix.length))
    )
  }

  /** The workflow run's page, when the environment names it. */
  private runUrl(): string | undefined {
    const server = this.env['GITHUB_SERVER_URL'] || 'https://github.com'
    const [repository, run] = [this.env['GITHUB_REPOSITORY'], this.env['GITHUB_RUN_ID']]
    return repository && run ? `${server}/${repository}/actions/runs/${run}` : undefined
  }

  private artifactUrl(artifact: Pick<Artifact, 'id' | 'name'>): string {
    const run = this.runUrl()
    return run ? `${run}/artifacts/${artifact.id}` : `${this.uri}#${artifact.name}`
  }

  private label(artifact: Artifact): string {
    return `artifact ${artifact.name} (id ${artifact.id})`
  }

  /** The package record an artifact holds: its record.json, else the facts of its MDA. */
  private async recordOf(artifact: Artifact): Promise<PackageRecord> {
    const cached = this.records.get(artifact.id)
    if (cached) return cached
    const zip = await this.downloads.zip(artifact)
    const label = this.label(artifact)
    const bundle = await readBundle(zip, label)
    const record =
      bundle.record ??
      (await recordFromPackage(zip, bundle, label, {
        createdAt: (artifact.createdAt ?? new Date()).toISOString(),
        createdBy: this.env['GITHUB_ACTOR'] || 'unknown',
        url: this.artifactUrl(artifact)
      }))
    if (bundle.sidecar !== undefined && bundle.sidecar !== record.sha256) {
      throw new ConfigurationError(
        `${label}: ${bundle.mda.name}.sha256 says ${bundle.sidecar} but the record says ${record.sha256}; it will not be deployed`
      )
    }
    const full = { ...record, url: this.artifactUrl(artifact) }
    this.records.set(artifact.id, full)
    return full
  }

  /** The artifact holding `version` of `app` (or its latest), with its record. */
  private async lookup(
    app: string,
    version: string
  ): Promise<{ artifact: Artifact; record: PackageRecord } | undefined> {
    let artifact: Artifact | undefined
    if (this.name !== undefined) artifact = await this.find(this.name)
    else if (version === 'latest')
      artifact = (await this.candidates(app)).sort((a, b) => b.id - a.id)[0]
    else artifact = await this.find(this.nameFor(app, version))
    if (!artifact) return undefined
    const record = await this.recordOf(artifact)
    const matches = record.app === app && (version === 'latest' || record.version === version)
    if (matches) return { artifact, record }
    if (this.name !== undefined) return undefined
    throw new ConfigurationError(
      `${this.label(artifact)} holds ${record.app} ${record.version}, not what its name says: it was not uploaded by mxdeploy publish; delete it`
    )
  }

  async publish({ file, record }: PublishRequest): Promise<PublishResult> {
    const name = this.nameFor(record.app, record.version)
    const existing = await this.find(name)
    if (existing) return this.same(await this.recordOf(existing), record)
    const staging = await this.downloads.scratch()
    try {
      // The record inside names the run; the artifact's own URL exists only once it is uploaded.
      const stored: PackageRecord = { ...record, url: this.runUrl() ?? this.uri }
      const files = await stageBundle(staging, file, stored)
      let id: number | undefined
      try {
        // Level 0: an MDA is a zip already; deflating it again costs time and saves nothing.
        ;({ id } = await this.client(`uploading artifact ${name}`, (lib) =>
          new lib.DefaultArtifactClient().uploadArtifact(name, files, staging, {
            compressionLevel: 0
          })
        ))
      } catch (error) {
        // Another job of the run uploaded this name first: it is a rerun unless the bytes differ.
        const winner = /\(409\)/.test(String(error)) ? await this.find(name) : undefined
        if (winner) return this.same(await this.recordOf(winner), record)
        throw error
      }
      if (id === undefined) {
        throw new OperationError(`uploading artifact ${name}: the service returned no artifact ID`)
      }
      const full = { ...stored, url: this.artifactUrl({ id, name }) }
      this.records.set(id, full)
      return { record: full, created: true }
    } finally {
      await rm(staging, { recursive: true, force: true })
    }
  }

  private same(existing: PackageRecord, wanted: Omit<PackageRecord, 'url'>): PublishResult {
    if (existing.app !== wanted.app || existing.version !== wanted.version) {
      throw new ConfigurationError(
        `artifact ${this.name} already holds ${existing.app} ${existing.version}; an artifact name holds one package: publish ${wanted.app} ${wanted.version} under another name, or use the repository "artifact" (one artifact per package)`
      )
    }
    if (existing.sha256 !== wanted.sha256) {
      throw new ConfigurationError(
        `${existing.app} ${existing.version} is already published in this workflow run with other content (SHA-256 ${existing.sha256}, this package ${wanted.sha256}); published packages are never overwritten: build with a new version or build number`
      )
    }
    return { record: existing, created: false }
  }

  async list(app: string): Promise<PackageRecord[]> {
    const records = await mapPool(await this.candidates(app), 2, (a) => this.recordOf(a))
    return records
      .filter((r) => r.app === app)
      .sort(
        (a, b) => b.createdAt.localeCompare(a.createdAt) || compareVersions(b.version, a.version)
      )
  }

  async get(app: string, version: string): Promise<PackageRecord | undefined> {
    return (await this.lookup(app, version))?.record
  }

  /**
   * The package a named artifact (`artifact:NAME`, the `artifact-name` input) holds, whatever its
   * app; undefined when the run has no artifact of that name.
   */
  async held(): Promise<PackageRecord | undefined> {
    if (this.name === undefined) {
      throw new Error('held() reads one named artifact: open the repository with a name')
    }
    const artifact = await this.find(this.name)
    return artifact && this.recordOf(artifact)
  }

  async download(app: string, version: string, dest: string): Promise<PackageRecord> {
    const found = await this.lookup(app, version)
    if (!found) {
      throw new ConfigurationError(
        `${app} ${version} is not among this workflow run's artifacts (${this.uri}): publish it in an earlier job of the same run`
      )
    }
    await makeDirectory(dirname(dest))
    await rm(dest, { force: true })
    const { artifact, record } = found
    const zip = await this.downloads.zip(artifact)
    const label = this.label(artifact)
    const part = `${dest}.${randomBytes(6).toString('hex')}.part`
    try {
      const sha256 = await extractPackage(zip, (await readBundle(zip, label)).mda, part, label)
      if (sha256 !== record.sha256) {
        throw new ConfigurationError(
          `${app} ${record.version} in ${label} has SHA-256 ${sha256}, but it was published with ${record.sha256}: the artifact was changed; it will not be deployed`
        )
      }
      await rename(part, dest)
    } catch (error) {
      await rm(part, { force: true })
      await rm(dest, { force: true })
      throw error
    } finally {
      // The package is out (or refused): its zip need not take disk space any longer.
      await this.downloads.forget(artifact)
    }
    return record
  }

  async delete(app: string, version: string): Promise<void> {
    const found = await this.lookup(app, version)
    if (!found) return
    const { artifact } = found
    await this.client(`deleting artifact ${artifact.name}`, (lib) =>
      new lib.DefaultArtifactClient().deleteArtifact(artifact.name)
    )
    this.records.delete(artifact.id)
    await this.downloads.forget(artifact)
  }
}

/**
 * The artifact repository for this job, from its environment: `name` is `artifact:NAME` or an
 * action's `artifact-name` input. Refuses outside a GitHub Actions job, before loading anything.
 */
export function openArtifactRepository(
  name: string | undefined,
  env: NodeJS.ProcessEnv,
  clientOutput: ClientOutput = 'stderr'
): ArtifactRepository {
  if (name !== undefined) checkName(name, 'repository artifact:')
  requireArtifactRuntime(
    env,
    'the artifact repository hands packages between jobs of one workflow run; elsewhere use file:DIR, github-release or oci://HOST/REPO'
  )
  return new ArtifactRepository({ name, env, clientOutput })
}
