import { createHash, randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { Readable, Transform, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebStream } from 'node:stream/web'
import { RequestError } from '@octokit/request-error'
import { errorMessage } from '../../errors.js'
import type { Logger } from '../../log.js'
import { TransientError, withRetries, type RetryPolicy } from '../../net/retry-policy.js'
import { withProgress, type ProgressTask } from '../../progress/progress.js'
import { CountingBlob } from './counting-blob.js'
import type { Octokit } from '../../github/octokit.js'

export type Release = Awaited<ReturnType<Octokit['rest']['repos']['getRelease']>>['data']
export type Asset = Release['assets'][number]

export interface RepoRef {
  owner: string
  repo: string
}

/** How a download whose connection drops mid-body is tried again (the factory retries requests). */
export interface AssetRetry {
  policy: RetryPolicy
  log: Logger
}

/** True for GitHub's 422 `already_exists` (a second release of a tag, a second asset of a name). */
export function alreadyExists(error: unknown): boolean {
  if (!(error instanceof RequestError) || error.status !== 422) return false
  const data = error.response?.data as { errors?: { code?: string }[] } | undefined
  return (data?.errors ?? []).some((e) => e.code === 'already_exists')
}

/**
 * Uploads one asset to the release's own `upload_url` (GHES and github.com differ in host), so
 * no uploads host is ever assumed. `data` is a Blob: a file-backed one is streamed from disk and
 * can be sent again when the factory retries.
 */
export async function uploadAsset(
  octokit: Octokit,
  release: Release,
  name: string,
  data: Blob,
  contentType: string,
  progress?: ProgressTask
): Promise<Asset> {
  const response = await octokit.request({
    method: 'POST',
    url: release.upload_url,
    name,
    data: progress ? new CountingBlob(data, (sent) => progress.update(sent)) : data,
    headers: { 'content-type': contentType },
    // Node's fetch keeps a copy of a streamed body for following redirects, which holds the
    // whole file in memory (nodejs/undici#4058); an upload is never redirected, so it need not.
    request: { redirect: 'error' }
  })
  return response.data as Asset
}

function hashing(hash: ReturnType<typeof createHash>): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      done(null, chunk)
    }
  })
}

/**
 * One download of an asset's bytes into `sink`: GitHub answers 302 to storage, fetch follows. A
 * connection lost in the body, or a body that ends short, is a TransientError; an error of the
 * sink (a full disk) is not.
 */
async function fetchAsset(
  octokit: Octokit,
  repo: RepoRef,
  asset: Asset,
  open: () => Writable,
  progress?: ProgressTask
): Promise<string> {
  const response = await octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
    ...repo,
    asset_id: asset.id,
    headers: { accept: 'application/octet-stream' },
    // The body as a stream: a package can be larger than the memory a runner has to spare.
    request: { parseSuccessResponseBody: false }
  })
  const body = response.data as unknown as WebStream<Uint8Array> | null
  const hash = createHash('sha256')
  let bytes = 0
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length
      progress?.update(bytes)
      done(null, chunk)
    }
  })
  const source = body ? Readable.fromWeb(body) : Readable.from([])
  // Opened only now, with its listeners: a file that cannot be created must not fail unheard.
  const sink = open()
  // The stream that fails first is where the fault is: pipeline then destroys the others with
  // the same error, so each of them reports it too.
  let lost: unknown
  let first: 'network' | 'sink' | undefined
  source.once('error', (error) => {
    first ??= 'network'
    lost = error
  })
  sink.once('error', () => (first ??= 'sink'))
  try {
    await pipeline(source, count, hashing(hash), sink)
  } catch (error) {
    if (first !== 'network') throw error
    throw new TransientError(
      `the connection was lost after ${bytes} of ${asset.size} bytes (${errorMessage(lost)})`,
      { cause: lost }
    )
  }
  if (bytes !== asset.size) {
    throw new TransientError(`the download ended after ${bytes} of ${asset.size} bytes`)
  }
  return hash.digest('hex')
}

/** Runs one whole download again while its connection keeps dropping, under the policy. */
function retried<T>(retry: AssetRetry, asset: Asset, attempt: () => Promise<T>): Promise<T> {
  return withRetries(
    retry.policy,
    {
      what: `downloading release asset ${asset.name}`,
      advice: 'the connection to GitHub keeps dropping: run the command again later',
      onRetry: (line) => retry.log.info(line)
    },
    attempt
  )
}

/**
 * Downloads an asset to `dest`, streaming, and returns the SHA-256 of the bytes written. A
 * connection lost mid-body is tried again from the start under the retry policy (GitHub's
 * storage redirect is followed anew each time); `dest` appears only when complete.
 */
export async function downloadAsset(
  octokit: Octokit,
  repo: RepoRef,
  asset: Asset,
  dest: string,
  retry: AssetRetry
): Promise<string> {
  const part = `${dest}.${randomBytes(6).toString('hex')}.part`
  return withProgress(retry.log.progress, `downloading ${asset.name}`, asset.size, (progress) =>
    retried(retry, asset, async () => {
      try {
        const sha256 = await fetchAsset(
          octokit,
          repo,
          asset,
          () => createWriteStream(part, { mode: 0o644 }),
          progress
        )
        await rename(part, dest)
        return sha256
      } finally {
        await rm(part, { force: true })
      }
    })
  )
}

/** SHA-256 of an asset's bytes, downloaded and hashed without keeping them. */
async function hashAsset(
  octokit: Octokit,
  repo: RepoRef,
  asset: Asset,
  retry: AssetRetry
): Promise<string> {
  const discard = (): Writable => new Writable({ write: (_chunk, _encoding, done) => done() })
  return retried(retry, asset, () => fetchAsset(octokit, repo, asset, discard))
}

/**
 * Whether an uploaded asset holds exactly these bytes: by GitHub's `digest` when it gives one,
 * else by downloading and hashing the asset (older GHES has no digests).
 */
export async function assetHolds(
  octokit: Octokit,
  repo: RepoRef,
  asset: Asset,
  expected: { sha256: string; size: number },
  retry: AssetRetry
): Promise<boolean> {
  if (asset.state !== 'uploaded' || asset.size !== expected.size) return false
  if (asset.digest) return asset.digest === `sha256:${expected.sha256}`
  return (await hashAsset(octokit, repo, asset, retry)) === expected.sha256
}
