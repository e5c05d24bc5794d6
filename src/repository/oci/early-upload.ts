import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { Logger } from '../../log.js'
import { withProgress } from '../../progress/progress.js'
import type { EarlyUpload } from '../package-repository.js'
import { uploadFile } from './blob-upload.js'
import type { RegistryClient } from './registry-client.js'

/**
 * The package's blob sent while the package is verified: the chunks go into an upload session
 * at once, and the closing PUT (`?digest=`, the step that makes the registry keep a blob) waits
 * for `finish`, which only a publish of the verified package calls. Until then the bytes are an
 * open upload that nothing refers to; `cancel` deletes it (the Docker Registry HTTP API V2's
 * "cancel outstanding upload", which docker-registry and most registries serve; the OCI
 * distribution-spec lists no such endpoint, so it stays best effort, and an upload left open
 * expires on its own). On one GiB this overlaps the 2 s of verification with the upload.
 */
export class EarlyBlobUpload implements EarlyUpload {
  private readonly stop = new AbortController()
  /** Cancelled: `finish` would only report that; publish uploads the file itself. */
  get cancelled(): boolean {
    return this.stop.signal.aborted
  }
  private settle!: { resolve: (digest: string) => void; reject: (reason: unknown) => void }
  private readonly done: Promise<void>

  constructor(
    client: RegistryClient,
    readonly file: string,
    chunkSize: number,
    log: Logger,
    uri: string
  ) {
    const digest = new Promise<string>((resolve, reject) => {
      this.settle = { resolve, reject }
    })
    this.done = this.send(client, digest, chunkSize, log, uri)
    // Its outcome is read by finish; one that nobody finishes is dropped by cancel.
    this.done.catch(() => undefined)
  }

  private async send(
    client: RegistryClient,
    digest: Promise<string>,
    chunkSize: number,
    log: Logger,
    uri: string
  ): Promise<void> {
    const { file } = this
    const info = await stat(file)
    // Anything but a regular file is verification's to refuse, unread (a FIFO would be drained).
    if (!info.isFile()) throw new Error(`${file} is not a regular file`)
    const size = info.size
    log.info(`uploading ${file} (${size} bytes) to ${uri}`)
    await withProgress(log.progress, `uploading ${basename(file)}`, size, (progress) =>
      uploadFile(client, { file, size, digest, chunkSize, progress, signal: this.stop.signal })
    )
  }

  /** Closes the upload as `digest` once every byte is sent and hashed to it; fails as uploadFile. */
  finish(digest: string): Promise<void> {
    this.settle.resolve(digest)
    return this.done
  }

  async cancel(): Promise<void> {
    const reason = new Error(`the upload of ${this.file} was cancelled`)
    this.settle.reject(reason)
    this.stop.abort(reason)
    await this.done.catch(() => undefined)
  }
}
