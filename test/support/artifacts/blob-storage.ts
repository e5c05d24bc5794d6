import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

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
const SAS_VERSION = '2025-01-05'

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

/** What went wrong with one request: the status and error code Azure answers with. */
export interface StorageFault {
  status: number
  code: string
  message: string
  /** A breach of the documented contract by the client (fails the test), not a state error. */
  violation: boolean
}

function fault(status: number, code: string, message: string, violation = false): StorageFault {
  return { status, code, message, violation }
}

/** The blobs of the fake storage account, in memory. */
export class BlobStorage {
  private readonly blobs = new Map<string, BlobState>()

  constructor(private readonly key: Buffer) {}

  private signature(permissions: string, start: string, expiry: string, path: string): string {
    return createHmac('sha256', this.key)
      .update(`${permissions}\n${start}\n${expiry}\n${path}`)
      .digest('base64')
  }

  /** A service SAS for one blob: `cw` to upload, `r` to download. */
  signedPath(path: string, permissions: 'cw' | 'r', seconds = 3600): string {
    const start = new Date(Date.now() - 60_000).toISOString().replace(/\.\d+Z$/, 'Z')
    const expiry = new Date(Date.now() + seconds * 1000).toISOString().replace(/\.\d+Z$/, 'Z')
    const query = new URLSearchParams({
      sv: SAS_VERSION,
      st: start,
      se: expiry,
      sr: 'b',
      sp: permissions,
      sig: this.signature(permissions, start, expiry, path)
    })
    return `${path}?${query.toString()}`
  }

  /** Checks the SAS of a request; `needed` is the permission letter the operation requires. */
  private authorize(url: URL, needed: 'r' | 'w'): StorageFault | undefined {
    const q = url.searchParams
    const [sp, st, se, sig] = [q.get('sp'), q.get('st'), q.get('se'), q.get('sig')]
    if (!sp || !st || !se || !sig || q.get('sr') !== 'b' || !q.get('sv')) {
      return fault(
        403,
        'AuthenticationFailed',
        'the request has no complete SAS (sv, st, se, sr=b, sp, sig)',
        true
      )
    }
    const expected = Buffer.from(this.signature(sp, st, se, url.pathname), 'base64')
    const given = Buffer.from(sig, 'base64')
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return fault(403, 'AuthenticationFailed', 'Signature did not match', true)
    }
    if (Date.parse(se) < Date.now()) {
      return fault(
        403,
        'AuthenticationFailed',
        `Signed expiry time [${se}] has to be after the current time`
      )
    }
    if (!sp.includes(needed)) {
      return fault(
        403,
        'AuthorizationPermissionMismatch',
        `the SAS grants "${sp}", the operation needs "${needed}"`,
        true
      )
    }
    return undefined
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
    const problem = this.authorize(url, 'w') ?? this.common(req, true)
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
    const problem = this.authorize(url, 'w') ?? this.common(req, true)
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
    const problem = this.authorize(url, 'r')
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
