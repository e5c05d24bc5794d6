import { randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { Readable } from 'node:stream'
import type { StreamBody } from './http-client.js'

/** A file name as RFC 7578 allows it in a quoted Content-Disposition parameter. */
function quoted(name: string): string {
  return name.replace(
    /[\r\n"%]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
  )
}

/**
 * A multipart/form-data body (RFC 7578) of one file field, streamed from disk with its exact
 * length known up front: the package is never held in memory.
 */
export function multipartFile(
  field: string,
  fileName: string,
  path: string,
  size: number,
  /** Told the file's bytes sent so far; each attempt opens the body again from zero. */
  onSent?: (bytes: number) => void
): StreamBody {
  const boundary = `mxdeploy-${randomBytes(16).toString('hex')}`
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${quoted(field)}"; filename="${quoted(fileName)}"\r\nContent-Type: application/octet-stream\r\n\r\n`
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    length: head.length + size + tail.length,
    open: () =>
      Readable.from(
        (async function* () {
          yield head
          let sent = 0
          for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
            sent += (chunk as Buffer).length
            onSent?.(sent)
            yield chunk as Buffer
          }
          if (sent !== size) {
            throw new Error(
              `${path} changed while it was being uploaded (${sent} bytes, expected ${size})`
            )
          }
          yield tail
        })(),
        { objectMode: false }
      )
  }
}
