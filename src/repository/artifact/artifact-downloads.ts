import { rmSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import type { Artifact } from '@actions/artifact'
import { ConfigurationError, OperationError } from '../../errors.js'
import type { ArtifactLibrary } from './artifact-client.js'

/** Temp folders to remove when the process exits: one exit listener for all of them. */
const folders = new Set<string>()

function removeAtExit(dir: string): void {
  if (folders.size === 0) {
    process.once('exit', () => {
      for (const folder of folders) rmSync(folder, { recursive: true, force: true })
    })
  }
  folders.add(dir)
}

/** Runs the artifact client with the job's environment, turning failures into clear errors. */
export type ClientRunner = <T>(
  doing: string,
  work: (lib: ArtifactLibrary) => Promise<T>
) => Promise<T>

/**
 * Artifact zips, each downloaded once per process into a temp folder (under RUNNER_TEMP on a
 * runner) that is removed when the process exits, and checked against the digest the artifact
 * service recorded when the artifact was finalized.
 */
export class ArtifactDownloads {
  private readonly zips = new Map<number, Promise<string>>()
  private root: Promise<string> | undefined

  constructor(
    private readonly parent: string | undefined,
    private readonly client: ClientRunner
  ) {}

  private folder(): Promise<string> {
    this.root ??= (async () => {
      const dir = await mkdtemp(join(this.parent || tmpdir(), 'mxdeploy-artifacts-'))
      removeAtExit(dir)
      return dir
    })()
    return this.root
  }

  /** A new empty folder, for staging an upload. */
  async scratch(): Promise<string> {
    const dir = join(await this.folder(), `stage-${randomBytes(6).toString('hex')}`)
    await mkdir(dir)
    return dir
  }

  /** The artifact's zip on disk. */
  zip(artifact: Artifact): Promise<string> {
    let zip = this.zips.get(artifact.id)
    if (!zip) {
      zip = this.download(artifact)
      this.zips.set(artifact.id, zip)
      zip.catch(() => this.zips.delete(artifact.id))
    }
    return zip
  }

  /** Drops an artifact's zip (after a delete, or once its package is extracted). */
  async forget(artifact: Artifact): Promise<void> {
    this.zips.delete(artifact.id)
    if (this.root)
      await rm(join(await this.root, String(artifact.id)), { recursive: true, force: true })
  }

  private async download(artifact: Artifact): Promise<string> {
    const dir = join(await this.folder(), String(artifact.id))
    await rm(dir, { recursive: true, force: true })
    await mkdir(dir)
    // skipDecompress: the client's own unzip would write every entry to disk unchecked; the
    // caller reads the zip with mxdeploy's reader, which refuses unsafe archives.
    const { digestMismatch } = await this.client(`downloading artifact ${artifact.name}`, (lib) =>
      new lib.DefaultArtifactClient().downloadArtifact(artifact.id, {
        path: dir,
        skipDecompress: true,
        ...(artifact.digest ? { expectedHash: artifact.digest } : {})
      })
    )
    const files = await readdir(dir)
    if (!digestMismatch && files.length === 1) return join(dir, files[0]!)
    await rm(dir, { recursive: true, force: true })
    throw digestMismatch
      ? new ConfigurationError(
          `artifact ${artifact.name} (id ${artifact.id}) does not match the digest the artifact service recorded at upload (${artifact.digest}): its stored bytes were changed; it will not be deployed`
        )
      : new OperationError(
          `artifact ${artifact.name} downloaded as ${files.length} files, not one zip`
        )
  }
}
