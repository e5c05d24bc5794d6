import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ArtifactStore, type StoredArtifact } from './artifact-store.js'
import { ACCOUNT, BlobStorage, CONTAINER, type StorageFault } from './blob-storage.js'
import { mintRuntimeToken, verifyRuntimeToken, type RuntimeScope } from './runtime-token.js'
import {
  decodeMessage,
  isMethod,
  REQUESTS,
  TWIRP_STATUS,
  TwirpError,
  type Method,
  type TwirpCode
} from './twirp-schema.js'

export type { StoredArtifact } from './artifact-store.js'

const SERVICE = 'github.actions.results.api.v1.ArtifactService'

export type Operation = Method | 'PutBlock' | 'PutBlockList' | 'GetBlob'

/** A failure the next matching request meets instead of its normal answer. */
export interface InjectedFault {
  operation: Operation
  /** HTTP status to answer with; omit with `reset` to drop the connection instead. */
  status?: number
  reset?: boolean
  /** How many requests in a row fail (default 1). */
  times?: number
}

export interface FakeRun {
  runId: string
  /** GITHUB_RUN_ID: the public number of the run. */
  number: number
}

function storageOperation(url: URL, method: string | undefined): Operation {
  const comp = url.searchParams.get('comp')
  if (comp === 'block') return 'PutBlock'
  if (comp === 'blocklist') return 'PutBlockList'
  return method === 'GET' ? 'GetBlob' : 'PutBlock'
}

/**
 * A contract fake of the GitHub Actions artifact service v4 (the Twirp `ArtifactService` behind
 * ACTIONS_RESULTS_URL) and of the Azure blob storage its signed URLs point at, on one HTTP server
 * on 127.0.0.1, in memory. Every request is checked against the contract; a breach gets the
 * service's error answer and lands in `violations`, which tests assert empty.
 */
export class FakeArtifactService {
  readonly violations: string[] = []
  /** Every request, in order: operation and the status it got. */
  readonly calls: Array<{ operation: Operation | 'unknown'; status: number }> = []
  private readonly key = randomBytes(32)
  private readonly storage = new BlobStorage(randomBytes(32))
  private readonly store: ArtifactStore
  private readonly faults: InjectedFault[] = []
  private readonly holds: Array<{
    operation: Operation
    reached: () => void
    released: Promise<void>
  }> = []
  private nextRun = 7_000_000_000

  private constructor(
    private readonly server: Server,
    readonly origin: string
  ) {
    this.store = new ArtifactStore(this.storage, origin)
  }

  /** Every artifact the service holds, pending or finalized, of every run. */
  get artifacts(): readonly StoredArtifact[] {
    return this.store.artifacts
  }

  static async start(): Promise<FakeArtifactService> {
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const fake = new FakeArtifactService(server, `http://127.0.0.1:${port}`)
    server.on('request', (req, res) => void fake.route(req, res))
    return fake
  }

  async close(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  /** A new workflow run. */
  newRun(): FakeRun {
    return { runId: randomUUID(), number: this.nextRun++ }
  }

  /**
   * The environment the runner gives an action in a new job of `run`. `token` makes the runtime
   * token expire (`expired`) or be signed by someone else (`forged`).
   */
  jobEnv(run: FakeRun, token: 'valid' | 'expired' | 'forged' = 'valid'): NodeJS.ProcessEnv {
    const scope: RuntimeScope = { runId: run.runId, jobId: randomUUID() }
    const key = token === 'forged' ? randomBytes(32) : this.key
    return {
      ACTIONS_RUNTIME_TOKEN: mintRuntimeToken(key, scope, token === 'expired' ? -60 : 3600),
      // The runner's value has a path; the client keeps only the origin.
      ACTIONS_RESULTS_URL: `${this.origin}/`,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'octo-org/hello',
      GITHUB_RUN_ID: String(run.number),
      GITHUB_ACTOR: 'octocat',
      GITHUB_ACTIONS: 'true'
    }
  }

  /** The next `times` requests of `operation` fail with `status` (or a dropped connection). */
  inject(fault: InjectedFault): void {
    this.faults.push({ times: 1, ...fault })
  }

  /**
   * Changes the stored bytes of a finalized artifact, as someone with access to the storage
   * could. `digest: 'kept'` leaves the digest the service recorded at finalize time.
   */
  tamper(
    run: FakeRun,
    name: string,
    edit: (zip: Buffer) => Buffer,
    digest: 'kept' | 'updated'
  ): void {
    const artifact = this.finalized(run, name)
    const blob = artifact && this.storage.committed(artifact.blobPath)
    if (!artifact || !blob) throw new Error(`no finalized artifact named ${name}`)
    const data = edit(blob.data)
    this.storage.overwrite(artifact.blobPath, data)
    if (digest === 'updated') {
      artifact.digest = `sha256:${createHash('sha256').update(data).digest('hex')}`
      artifact.size = data.length
    }
  }

  /** The committed bytes of an artifact (its zip). */
  blob(run: FakeRun, name: string): Buffer | undefined {
    const artifact = this.finalized(run, name)
    return artifact && this.storage.committed(artifact.blobPath)?.data
  }

  /**
   * Holds the next request of `operation` until `release` is called: `reached` resolves once it
   * arrives. For races between jobs, made deterministic.
   */
  hold(operation: Operation): { reached: Promise<void>; release: () => void } {
    let reached!: () => void
    let release!: () => void
    const arrived = new Promise<void>((resolve) => (reached = resolve))
    const released = new Promise<void>((resolve) => (release = resolve))
    this.holds.push({ operation, reached, released })
    return { reached: arrived, release }
  }

  private finalized(run: FakeRun, name: string): StoredArtifact | undefined {
    return this.store.artifacts.find(
      (a) => a.runId === run.runId && a.name === name && a.state === 'finalized'
    )
  }

  private takeFault(operation: Operation): InjectedFault | undefined {
    const index = this.faults.findIndex((f) => f.operation === operation)
    if (index < 0) return undefined
    const fault = this.faults[index]!
    fault.times = (fault.times ?? 1) - 1
    if (fault.times <= 0) this.faults.splice(index, 1)
    return fault
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks)
    const url = new URL(req.url ?? '/', this.origin)
    const twirp = new RegExp(`^/twirp/${SERVICE.replace(/\./g, '\\.')}/([A-Za-z]+)$`).exec(
      url.pathname
    )
    const isStorage = url.pathname.startsWith(`/${ACCOUNT}/${CONTAINER}/`)
    const operation: Operation | 'unknown' =
      twirp && isMethod(twirp[1]!)
        ? twirp[1]
        : isStorage
          ? storageOperation(url, req.method)
          : 'unknown'
    const held = this.holds.findIndex((h) => h.operation === operation)
    if (held >= 0) {
      const [hold] = this.holds.splice(held, 1)
      hold!.reached()
      await hold!.released
    }
    const fault = operation === 'unknown' ? undefined : this.takeFault(operation)
    if (fault?.reset) {
      this.calls.push({ operation, status: 0 })
      req.socket.destroy()
      return
    }
    if (fault?.status) {
      this.calls.push({ operation, status: fault.status })
      if (isStorage) {
        BlobStorage.writeFault(res, {
          status: fault.status,
          code: 'InternalError',
          message: 'injected failure',
          violation: false
        })
      } else {
        const code =
          (Object.keys(TWIRP_STATUS) as TwirpCode[]).find(
            (c) => TWIRP_STATUS[c] === fault.status
          ) ?? 'internal'
        this.writeTwirp(res, fault.status, { code, msg: `injected ${fault.status}` })
      }
      return
    }
    if (twirp) {
      const status = this.twirp(req, twirp[1]!, body, res)
      this.calls.push({ operation, status })
    } else if (isStorage) {
      const problem = this.storage.handle(req, url, body, res)
      if (problem) this.storageFault(res, `${req.method} ${url.pathname}`, problem)
      this.calls.push({ operation, status: problem?.status ?? res.statusCode })
    } else {
      this.violations.push(
        `${req.method} ${url.pathname}: no such endpoint in the artifact service or its storage`
      )
      this.calls.push({ operation, status: 404 })
      res.writeHead(404).end()
    }
  }

  private storageFault(res: ServerResponse, what: string, problem: StorageFault): void {
    if (problem.violation) this.violations.push(`${what}: ${problem.code}: ${problem.message}`)
    BlobStorage.writeFault(res, problem)
  }

  private writeTwirp(res: ServerResponse, status: number, body: object): void {
    res.writeHead(status, { 'Content-Type': 'application/json' })
    res.end(JSON.stringify(body))
  }

  /** One Twirp call: transport checks, auth, the request message, then the method. */
  private twirp(req: IncomingMessage, method: string, body: Buffer, res: ServerResponse): number {
    try {
      if (req.method !== 'POST') {
        throw new TwirpError(
          'bad_route',
          `unsupported method ${req.method} (only POST is allowed)`,
          true
        )
      }
      const contentType = (req.headers['content-type'] ?? '').split(';')[0]!.trim()
      if (contentType !== 'application/json') {
        throw new TwirpError(
          'bad_route',
          `unexpected Content-Type: "${req.headers['content-type']}" (the JSON client sends application/json)`,
          true
        )
      }
      if (!isMethod(method))
        throw new TwirpError('bad_route', `no handler for path "${method}"`, true)
      const authorization = req.headers.authorization
      const scope = verifyRuntimeToken(this.key, authorization)
      if ('refused' in scope) {
        throw new TwirpError(
          'unauthenticated',
          `invalid runtime token: ${scope.refused}`,
          !authorization
        )
      }
      let json: unknown
      try {
        json = JSON.parse(body.toString('utf8'))
      } catch {
        throw new TwirpError('malformed', 'the json request could not be decoded', true)
      }
      const decoded = decodeMessage(REQUESTS[method], json)
      if ('problem' in decoded)
        throw new TwirpError('malformed', `${method}: ${decoded.problem}`, true)
      const response = this.store.call(method, decoded.fields, scope)
      this.writeTwirp(res, 200, response)
      return 200
    } catch (error) {
      if (!(error instanceof TwirpError)) throw error
      if (error.violation) this.violations.push(`${method}: ${error.code}: ${error.message}`)
      const status = TWIRP_STATUS[error.code]
      this.writeTwirp(res, status, { code: error.code, msg: error.message })
      return status
    }
  }
}
