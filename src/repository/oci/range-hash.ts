import { createHash, type Hash } from 'node:crypto'
import { Transform } from 'node:stream'

/**
 * Hashes a file sent in ranges that may be resent (a chunk sent again after a token expired, an
 * upload resumed or started over): bytes before the hashed offset are skipped, so each byte is
 * hashed once, in order.
 */
export class RangeHash {
  private readonly hash: Hash = createHash('sha256')
  private hashed = 0
  private result: string | undefined

  tap(start: number): Transform {
    let position = start
    return new Transform({
      transform: (chunk: Buffer, _encoding, done) => {
        const skip = this.hashed - position
        if (skip < chunk.length) {
          if (skip < 0) {
            done(new Error(`range at ${position} sent before bytes ${this.hashed}..${position}`))
            return
          }
          this.hash.update(skip > 0 ? chunk.subarray(skip) : chunk)
          this.hashed = position + chunk.length
        }
        position += chunk.length
        done(null, chunk)
      }
    })
  }

  /** `sha256:<hex>` of every byte sent; the same answer when asked again. */
  digest(): string {
    this.result ??= `sha256:${this.hash.digest('hex')}`
    return this.result
  }
}
