import { Worker } from 'node:worker_threads'
import { OperationError } from '../errors.js'

// The worker's code is a string run with `eval`: a file of its own would have to be shipped next
// to the ncc bundle and found from both the sources (tests) and dist/, and it needs nothing but
// node:crypto. It hashes the slots it is told about, in the order it is told, and acknowledges each.
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const slots = workerData.map((shared) => new Uint8Array(shared))
let hash = createHash('sha256')
parentPort.on('message', (m) => {
  if (m.kind === 'update') {
    hash.update(slots[m.slot].subarray(0, m.length))
    parentPort.postMessage({ kind: 'hashed', slot: m.slot })
  } else if (m.kind === 'digest') {
    parentPort.postMessage({ kind: 'digest', hex: hash.digest('hex') })
    hash = createHash('sha256')
  } else if (m.kind === 'reset') {
    hash = createHash('sha256')
  }
})
`

type Reply = { kind: 'hashed'; slot: number } | { kind: 'digest'; hex: string }

interface Waiter<T> {
  resolve: (value: T) => void
  reject: (error: Error) => void
}

/**
 * SHA-256 computed on a worker thread, for a caller with other work for this thread meanwhile
 * (verifyPackage checks CRCs while the package is hashed). Bytes go through a few shared buffers
 * ("slots"): fill one, `update` it, and reuse it only after that update settled. Updates are
 * hashed in the order they are made. Registry downloads use HashingFileWriter instead: copying
 * into slots and writing from this thread measured slower there than hashing inline.
 */
export class BackgroundSha256 {
  /** The slots, shared with the worker: whoever holds a slot index may fill its buffer. */
  readonly slots: Buffer[]
  private readonly worker: Worker
  private readonly hashed = new Map<number, Waiter<void>>()
  private readonly digests: Waiter<string>[] = []
  private failure: Error | undefined

  constructor(slotCount: number, slotSize: number) {
    const shared = Array.from({ length: slotCount }, () => new SharedArrayBuffer(slotSize))
    this.slots = shared.map((memory) => Buffer.from(memory))
    this.worker = new Worker(SOURCE, { eval: true, workerData: shared })
    this.worker.on('message', (reply: Reply) => this.answer(reply))
    this.worker.on('error', (error) => this.fail(error))
    this.worker.on('exit', (code) => this.fail(new Error(`it exited with code ${code}`)))
  }

  private answer(reply: Reply): void {
    if (reply.kind === 'hashed') {
      this.hashed.get(reply.slot)?.resolve()
      this.hashed.delete(reply.slot)
    } else {
      this.digests.shift()?.resolve(reply.hex)
    }
  }

  private fail(cause: Error): void {
    this.failure ??= new OperationError(`the SHA-256 worker thread failed: ${cause.message}`, {
      cause
    })
    for (const waiter of [...this.hashed.values(), ...this.digests]) waiter.reject(this.failure)
    this.hashed.clear()
    this.digests.length = 0
  }

  /** Hashes the first `length` bytes of a slot next; settles when the slot may be filled again. */
  update(slot: number, length: number): Promise<void> {
    if (this.failure) return Promise.reject(this.failure)
    if (this.hashed.has(slot)) throw new Error(`slot ${slot} is still being hashed`)
    return new Promise((resolve, reject) => {
      this.hashed.set(slot, { resolve, reject })
      this.worker.postMessage({ kind: 'update', slot, length })
    })
  }

  /** Hex SHA-256 of everything updated so far, after which the hash starts again from nothing. */
  digest(): Promise<string> {
    if (this.failure) return Promise.reject(this.failure)
    return new Promise((resolve, reject) => {
      this.digests.push({ resolve, reject })
      this.worker.postMessage({ kind: 'digest' })
    })
  }

  /** Starts the hash again from nothing (updates made before still count toward the old one). */
  reset(): void {
    this.worker.postMessage({ kind: 'reset' })
  }

  /** Stops the worker; pending updates and digests fail. */
  async close(): Promise<void> {
    this.worker.removeAllListeners('exit')
    this.fail(new Error('it was closed'))
    await this.worker.terminate()
  }
}
