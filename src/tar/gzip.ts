import { Transform, type TransformCallback } from 'node:stream'
import * as zlib from 'node:zlib'
import { crc32 } from '../zip/crc32.js'

/**
 * The gzip member header (RFC 1952 §2.3) written for every stream: deflate, no flags, MTIME 0,
 * XFL 0, OS 3 (Unix). zlib would write OS 10 on Windows, so the header is written here and only
 * the deflate data comes from zlib.
 */
const HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03])

/** zlib's default level, written down so the output does not follow a changed default. */
export const GZIP_LEVEL = 6

/**
 * A gzip stream with a fixed header: the same input gives the same bytes with the same zlib.
 * (The deflate data itself is zlib's; another zlib build may choose other matches. The tar
 * inside, and so an image layer's DiffID, does not depend on it.)
 */
export class FixedGzip extends Transform {
  private readonly deflate = zlib.createDeflateRaw({ level: GZIP_LEVEL })
  private crc = 0
  private size = 0

  constructor() {
    super()
    this.push(HEADER)
    this.deflate.on('data', (chunk: Buffer) => this.push(chunk))
    this.deflate.on('error', (error) => this.destroy(error))
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.crc = crc32(chunk, this.crc)
    this.size = (this.size + chunk.length) % 2 ** 32
    this.deflate.write(chunk, () => done())
  }

  override _flush(done: TransformCallback): void {
    this.deflate.once('end', () => {
      const trailer = Buffer.alloc(8)
      trailer.writeUInt32LE(this.crc >>> 0, 0)
      trailer.writeUInt32LE(this.size, 4)
      this.push(trailer)
      done()
    })
    this.deflate.end()
  }
}
