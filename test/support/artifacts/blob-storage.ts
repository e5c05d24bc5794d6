import { createHash, randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { fault, SharedAccessSignature, type StorageFault } from './shared-access-signature.js'

export type { StorageFault } from './shared-access-signature.js'

/**
 * The Azure Blob Storage operations @actions/artifact 6 makes on a signed (SAS) URL, as the
 * Blob service REST reference documents them:
 * - upload: `BlockBlobClient.uploadStream` of @azure/storage-blob 12 → Put Block
 *   (`PUT ?comp=block&blockid=…`, one per 8 MiB chunk) then Put Block List
 *   (`PUT ?comp=blocklist`, XML `<BlockList><Latest>id</Latest>…</BlockList>`,
 *   `x-ms-blob-content-type`). It never sends a single Put Blob.
 * - download: a plain `GET` of the signed URL by @actions/http-client (no x-ms-version).
 * URLs are IP style (`/<account>/<container>/<blob>`), as Azurite serves them.
 */
export const ACCOUNT = 'devstoreaccount1'
export const CONTAINER = 'actions-results'

export interface CommittedBlob {
  data: Buffer
  contentType: string
  etag: string
  lastModified: Date
}

interface BlobState {
  uncommitted: Map<string, Buffer>
  committed?: CommittedBlob & { blockIds: string[] }
  /** Decoded length every block ID of this blob must have. */
  idLength?: number
}

/** The blobs of the fake storage account, in memory. */
export class BlobStorage {
  private readonly blobs = new Map<string, BlobState>()

  private readonly sas: SharedAccessSignature

  constructor(key: Buffer) {
    this.sas = new SharedAccessSignature(key)
  }

  /** A service SAS for one blob: `cw` to upload, `r` to download. */
  signedPath(path: string, permissions: 'cw' | 'r', seconds = 3600): string {
    return this.sas.signedPath(path, permissions, seconds)
  }

  committed(path: string): CommittedBlob | undefined {
    return this.blobs.get(path)?.committed
  }

  /** Replaces a committed blob's bytes, as someone with access to the storage account could. */
  overwrite(path: string, data: Buffer): void {
    const blob = this.blobs.get(path)
    if (!blob?.committed) throw new Error(`no committed blob at ${path}`)
    blob.committed = { ...blob.committed, data, etag: `"0x${randomUUID().slice(0, 15)}"` }
  }

  remove(path: string): void {
    this.blobs.delete(path)
  }

  /** Handles one request to the storage endpoint; the body is already read. */
  handle(
    req: IncomingMessage,
    url: URL,
    body: Buffer,
    res: ServerResponse
  ): StorageFault | undefined {
    const comp = url.searchParams.get('comp')
    if (req.method === 'PUT' && comp === 'block') return this.putBlock(req, url, body, res)
    if (req.method === 'PUT' && comp === 'blocklist') return this.putBlockList(req, url, body, res)
    if (req.method === 'GET' && comp === null) return this.getBlob(req, url, res)
    return fault(
      405,
      'UnsupportedHttpVerb',
      `${req.method} ${comp ? `comp=${comp}` : 'blob'} is not an operation @actions/artifact 6 makes`,
      true
    )
  }

  private common(req: IncomingMessage, needVersion: boolean): StorageFault | undefined {
    if (needVersion && !req.headers['x-ms-version']) {
      return fault(400, 'MissingRequiredHeader', 'x-ms-version is required', true)
    }
    return undefined
  }

  private putBlock(
    req: IncomingMessage,
    url: URL,
    body: Buffer,
    res: ServerResponse
  ): StorageFault | undefined {
    const problem = this.sas.check(url, 'w') ?? this.common(req, true)
    if (problem) return problem
    const length = req.headers['content-length']
    if (length === undefined || Number(length) !== body.length) {
      return fault(
        411,
        'MissingContentLengthHeader',
        'Put Block needs a Content-Length that matches the body',
        true
      )
    }
    const blockId = url.searchParams.get('blockid') ?? ''
    const decoded = Buffer.from(blockId, 'base64')
    if (!blockId || decoded.toString('base64') !== blockId || decoded.length > 64) {
      return fault(
        400,
        'InvalidQueryParameterValue',
        `blockid "${blockId}" is not base64 of at most 64 bytes`,
        true
      )
    }
    const md5 = req.headers['content-md5']
    if (typeof md5 === 'string' && createHash('md5').update(body).digest('base64') !== md5) {
      return fault(
        400,
        'Md5Mismatch',
        'the MD5 value specified in the request did not match the MD5 value calculated by the server',
        true
      )
    }
    if (req.headers['x-ms-structured-body'] || req.headers['x-ms-content-crc64']) {
      return fault(
        400,
        'UnsupportedHeader',
        'CRC64 checksums are not used by @actions/artifact 6',
        true
      )
    }
    const path = url.pathname
    const blob = this.blobs.get(path) ?? { uncommitted: new Map<string, Buffer>() }
    if (blob.idLength !== undefined && blob.idLength !== decoded.length) {
      return fault(
        400,
        'InvalidBlobOrBlock',
        'the block IDs of one blob must all have the same length',
        true
      )
    }
    blob.idLength = decoded.length
    blob.uncommitted.set(blockId, body)
    this.blobs.set(path, blob)
    res.writeHead(201, {
      ...this.responseHeaders(),
      'Content-MD5': createHash('md5').update(body).digest('base64'),
      'x-ms-request-server-encrypted': 'true'
    })
    res.end()
    return undefined
  }

  private putBlockList(
    req: IncomingMessage,
    url: URL,
    body: Buffer,
    res: ServerResponse
  ): StorageFault | undefined {
    const problem = this.sas.check(url, 'w') ?? this.common(req, true)
    if (problem) return problem
    const contentType = req.headers['content-type'] ?? ''
    if (!/^(application|text)\/xml\b/.test(contentType)) {
      return fault(
        400,
        'InvalidHeaderValue',
        `Put Block List takes XML, not "${contentType}"`,
        true
      )
    }
    const xml = body.toString('utf8').trim()
    const match = /^(?:<\?xml[^>]*\?>)?\s*<BlockList>([\s\S]*)<\/BlockList>$/.exec(xml)
    if (!match)
      return fault(400, 'InvalidXmlDocument', 'the body is not a <BlockList> document', true)
    const ids: Array<{ kind: string; id: string }> = []
    const rest = match[1]!.replace(
      /<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g,
      (_, kind: string, id: string) => {
        ids.push({ kind, id })
        return ''
      }
    )
    if (rest.trim() !== '')
      return fault(
        400,
        'InvalidXmlDocument',
        `unexpected XML in the block list: ${rest.trim().slice(0, 80)}`,
        true
      )
    const path = url.pathname
    const blob = this.blobs.get(path) ?? { uncommitted: new Map<string, Buffer>() }
    const parts: Buffer[] = []
    for (const { kind, id } of ids) {
      // Re-committing blocks of an already committed blob is not modelled: the client uploads
      // each artifact to a fresh signed URL and lists only the blocks it has just put.
      const data = kind === 'Committed' ? undefined : blob.uncommitted.get(id)
      if (!data) {
        return fault(
          400,
          'InvalidBlockList',
          `The specified block list is invalid: block ${id} (${kind}) was not uploaded`,
          true
        )
      }
      parts.push(data)
    }
    const blobContentType = req.headers['x-ms-blob-content-type']
    const committed = {
      data: Buffer.concat(parts),
      contentType:
        typeof blobContentType === 'string' ? blobContentType : 'application/octet-stream',
      etag: `"0x${randomUUID().replace(/-/g, '').slice(0, 15).toUpperCase()}"`,
      lastModified: new Date(),
      blockIds: ids.map((i) => i.id)
    }
    this.blobs.set(path, { uncommitted: new Map(), committed, idLength: blob.idLength })
    res.writeHead(201, {
      ...this.responseHeaders(),
      ETag: committed.etag,
      'Last-Modified': committed.lastModified.toUTCString(),
      'x-ms-request-server-encrypted': 'true'
    })
    res.end()
    return undefined
  }

  private getBlob(req: IncomingMessage, url: URL, res: ServerResponse): StorageFault | undefined {
    const problem = this.sas.check(url, 'r')
    if (problem) return problem
    const blob = this.blobs.get(url.pathname)?.committed
    if (!blob) return fault(404, 'BlobNotFound', 'The specified blob does not exist.')
    const headers = {
      ...this.responseHeaders(),
      'Content-Type': blob.contentType,
      ETag: blob.etag,
      'Last-Modified': blob.lastModified.toUTCString(),
      'Accept-Ranges': 'bytes',
      'x-ms-blob-type': 'BlockBlob'
    }
    const range = /^bytes=(\d+)-(\d*)$/.exec(
      String(req.headers['x-ms-range'] ?? req.headers.range ?? '')
    )
    if (range) {
      const start = Number(range[1])
      const end = range[2] ? Math.min(Number(range[2]), blob.data.length - 1) : blob.data.length - 1
      if (start >= blob.data.length)
        return fault(
          416,
          'InvalidRange',
          'The range specified is invalid for the current size of the resource.'
        )
      res.writeHead(206, {
        ...headers,
        'Content-Range': `bytes ${start}-${end}/${blob.data.length}`,
        'Content-Length': end - start + 1
      })
      res.end(blob.data.subarray(start, end + 1))
      return undefined
    }
    res.writeHead(200, { ...headers, 'Content-Length': blob.data.length })
    res.end(blob.data)
    return undefined
  }

  private responseHeaders(): Record<string, string> {
    return {
      'x-ms-request-id': randomUUID(),
      'x-ms-version': '2026-10-06',
      Date: new Date().toUTCString()
    }
  }

  /** Writes an error as Azure does: the status, `x-ms-error-code` and an XML body. */
  static writeFault(res: ServerResponse, problem: StorageFault): void {
    const requestId = randomUUID()
    const body =
      `<?xml version="1.0" encoding="utf-8"?><Error><Code>${problem.code}</Code>` +
      `<Message>${problem.message.replace(/[<&>]/g, ' ')}\nRequestId:${requestId}\nTime:${new Date().toISOString()}</Message></Error>`
    res.writeHead(problem.status, {
      'Content-Type': 'application/xml',
      'x-ms-error-code': problem.code,
      'x-ms-request-id': requestId
    })
    res.end(body)
  }
}
