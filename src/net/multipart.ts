import { randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { Readable } from 'node:stream'

/** A request body streamed from disk, with its exact length so nothing is buffered. */
export interface StreamBody {
  contentType: string
  length: number
  /** A fresh stream of the whole body, so a request can be sent again. */
  open: () => Readable
}

/** A parameter value as RFC 7578 allows it in a quoted Content-Disposition parameter. */
function quoted(name: string): string {
  return name.replace(
    /[\r\n"%]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
  )
}

export interface FilePart {
  field: string
  fileName: string
  path: string
  size: number
  /** Told the bytes of the file sent so far, after each chunk. */
  onBytes?: (sent: number) => void
}

/**
 * A multipart/form-data body (RFC 7578): text fields first, then one file streamed from disk,
 * its length known up front, so the file is never held in memory. A file that changes size
 * while it is sent fails the stream rather than sending other bytes than were counted.
 */
export function multipartBody(fields: Record<string, string>, file: FilePart): StreamBody {
  const boundary = `mxdeploy-${randomBytes(16).toString('hex')}`
  const text = Object.entries(fields)
    .map(
      ([name, value]) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${quoted(name)}"\r\n\r\n${value}\r\n`
    )
    .join('')
  const head = Buffer.from(
    `${text}--${boundary}\r\nContent-Disposition: form-data; name="${quoted(file.field)}"; filename="${quoted(file.fileName)}"\r\nContent-Type: application/octet-stream\r\n\r\n`
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    length: head.length + file.size + tail.length,
    open: () =>
      Readable.from(
        (async function* () {
          yield head
          let sent = 0
          for await (const chunk of createReadStream(file.path, { highWaterMark: 1 << 20 })) {
            sent += (chunk as Buffer).length
            yield chunk as Buffer
            file.onBytes?.(sent)
          }
          if (sent !== file.size) {
            throw new Error(
              `${file.path} changed while it was being uploaded (${sent} bytes, expected ${file.size})`
            )
          }
          yield tail
        })(),
        { objectMode: false }
      )
  }
}
