import { createHmac, timingSafeEqual } from 'node:crypto'

const SAS_VERSION = '2025-01-05'

/** What went wrong with one request: the status and error code Azure answers with. */
export interface StorageFault {
  status: number
  code: string
  message: string
  /** A breach of the documented contract by the client (fails the test), not a state error. */
  violation: boolean
}

export function fault(
  status: number,
  code: string,
  message: string,
  violation = false
): StorageFault {
  return { status, code, message, violation }
}

/**
 * Service shared access signatures for single blobs, as the artifact service hands them out in
 * its signed URLs: `sv`, `st`, `se`, `sr=b`, `sp` and an HMAC `sig` over them and the path.
 */
export class SharedAccessSignature {
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
  check(url: URL, needed: 'r' | 'w'): StorageFault | undefined {
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
}
