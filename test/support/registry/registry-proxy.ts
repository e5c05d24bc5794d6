import { createServer, request, type IncomingMessage, type Server } from 'node:http'

/** One request that reached the proxy, and what went through for it. */
export interface ProxiedRequest {
  method: string
  path: string
  contentRange: string | undefined
  /** The request's `Range` header (a resumed download). */
  range: string | undefined
  /** Content-Length the client declared. */
  contentLength: number
  /** Body bytes the proxy received from the client. */
  uploaded: number
  /** Body bytes passed on to the registry. */
  forwarded: number
  /** Body bytes of the answer passed back to the client. */
  delivered: number
  /** The status the client was given, once known. */
  status: number | undefined
  /** The fault played on this request, if any. */
  fault: ProxyFault['kind'] | undefined
}

/**
 * A fault the proxy plays on one request, as a network or a registry under load does:
 * - `answer`: answers at once itself (429 with Retry-After, 503, …), reads and drops the body;
 *   the registry never sees the request.
 * - `cut-request`: takes `afterBytes` of the body, passes none on, and drops the connection;
 *   the registry never sees the request.
 * - `cut-forwarded`: passes the request on with only `afterBytes` of its body, then drops both
 *   connections; the registry sees a client that went away mid-body.
 * - `cut-response`: passes the request on, gives back the status, headers and only `afterBytes`
 *   of the answer's body, then closes the connection.
 */
export type ProxyFault =
  | { kind: 'answer'; status: number; headers?: Record<string, string> }
  | { kind: 'cut-request'; afterBytes: number }
  | { kind: 'cut-forwarded'; afterBytes: number }
  | { kind: 'cut-response'; afterBytes: number }

export interface RegistryProxy {
  port: number
  /** Every request that reached the proxy, in order. */
  requests: ProxiedRequest[]
  /** Tag list pages served, as `n`/`last` asked for. */
  pages: { n: string | null; last: string | null; count: number }[]
  stop(): Promise<void>
}

/**
 * An HTTP proxy in front of a registry that records requests and the bytes that pass, plays
 * faults on chosen requests, and, given `tagPage`, serves "Listing Tags" as distribution-spec
 * 1.1 describes, which docker-registry 2.8 does not (it ignores `n` and `last`): tags in lexical
 * order, at most `n` (and at most `tagPage`) after `last`, with `Link: <…>; rel="next"` while
 * more remain. Everything else passes through unchanged, Host header included.
 */
export interface ProxyOptions {
  tagPage?: number
  /**
   * Answers a request itself instead of passing it on (return undefined to pass): as a registry
   * does, it answers at once and reads and drops the body.
   */
  answer?: (
    request: ProxiedRequest,
    index: number
  ) => { status: number; headers: Record<string, string> } | undefined
  /** The fault to play on a request, if any (see `seededFaults` for a reproducible mix). */
  fault?: (request: ProxiedRequest, index: number) => ProxyFault | undefined
}

export async function startRegistryProxy(
  target: number,
  options: ProxyOptions = {}
): Promise<RegistryProxy> {
  const maxPage = options.tagPage
  const requests: ProxiedRequest[] = []
  const pages: RegistryProxy['pages'] = []
  const forward = (
    method: string,
    path: string,
    headers: Record<string, string | string[] | undefined>
  ) => request({ host: '127.0.0.1', port: target, method, path, headers })
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://proxy')
    const seen: ProxiedRequest = {
      method: req.method ?? '',
      path: url.pathname,
      contentRange: req.headers['content-range'],
      range: req.headers.range,
      contentLength: Number(req.headers['content-length'] ?? 0),
      uploaded: 0,
      forwarded: 0,
      delivered: 0,
      status: undefined,
      fault: undefined
    }
    requests.push(seen)
    const index = requests.length - 1
    const own = options.answer?.(seen, index)
    const fault: ProxyFault | undefined = own
      ? { kind: 'answer', ...own }
      : options.fault?.(seen, index)
    seen.fault = fault?.kind
    req.on('data', (chunk: Buffer) => (seen.uploaded += chunk.length))
    if (fault?.kind === 'answer') {
      seen.status = fault.status
      res.writeHead(fault.status, { ...fault.headers, 'Content-Length': '0' })
      res.end()
      req.resume()
      return
    }
    if (fault?.kind === 'cut-request') {
      const cut = (): void => void req.socket.destroy()
      if (seen.uploaded >= fault.afterBytes) cut()
      req.on('data', () => seen.uploaded >= fault.afterBytes && cut())
      req.on('end', cut)
      return
    }
    const tags = /^\/v2\/(.+)\/tags\/list$/.exec(url.pathname)
    if (req.method === 'GET' && tags && maxPage !== undefined) {
      servePage(url, maxPage, forward('GET', url.pathname, req.headers), res, pages)
      return
    }
    const upstream = forward(req.method ?? 'GET', req.url ?? '/', req.headers)
    upstream.on('response', (up: IncomingMessage) => {
      seen.status = up.statusCode
      res.writeHead(up.statusCode ?? 502, up.headers)
      let left = fault?.kind === 'cut-response' ? fault.afterBytes : Infinity
      const pass = (chunk: Buffer): void => {
        const part = chunk.subarray(0, Math.min(chunk.length, left))
        left -= part.length
        seen.delivered += part.length
        if (left > 0) {
          if (!res.write(part)) up.pause()
          return
        }
        // Everything meant to arrive is handed to the socket before it closes.
        res.write(part, () => res.socket?.destroy())
        up.destroy()
      }
      if (left <= 0) pass(Buffer.alloc(0))
      res.on('drain', () => up.resume())
      up.on('data', (chunk: Buffer) => left > 0 && pass(chunk))
      up.on('end', () => left > 0 && res.end())
    })
    upstream.on('error', () => res.destroy())
    let allowed = fault?.kind === 'cut-forwarded' ? fault.afterBytes : Infinity
    req.on('data', (chunk: Buffer) => {
      if (allowed <= 0) return
      const part = chunk.subarray(0, Math.min(chunk.length, allowed))
      allowed -= part.length
      seen.forwarded += part.length
      if (allowed > 0) {
        if (!upstream.write(part)) req.pause()
        return
      }
      upstream.write(part, () => {
        upstream.destroy()
        req.socket.destroy()
      })
    })
    upstream.on('drain', () => req.resume())
    req.on('end', () => allowed > 0 && upstream.end())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('proxy has no port')
  return {
    port: address.port,
    requests,
    pages,
    stop: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}

/** One page of the tag list, cut from docker-registry's whole list as distribution-spec 1.1 says. */
function servePage(
  url: URL,
  maxPage: number,
  upstream: ReturnType<typeof request>,
  res: import('node:http').ServerResponse,
  pages: RegistryProxy['pages']
): void {
  upstream.on('response', (up) => {
    const chunks: Buffer[] = []
    up.on('data', (c: Buffer) => chunks.push(c))
    up.on('end', () => {
      if (up.statusCode !== 200) {
        res.writeHead(up.statusCode ?? 502, up.headers)
        res.end(Buffer.concat(chunks))
        return
      }
      const body = JSON.parse(Buffer.concat(chunks).toString()) as { name: string; tags: string[] }
      const all = [...body.tags].sort()
      const n = url.searchParams.get('n')
      const last = url.searchParams.get('last')
      const size = Math.min(n === null ? Infinity : Number(n), maxPage)
      const after = last === null ? all : all.filter((t) => t > last)
      const page = after.slice(0, size)
      pages.push({ n, last, count: page.length })
      const headers: Record<string, string> = { 'Content-Type': 'application/json' }
      if (after.length > page.length && page.length > 0) {
        const next = new URLSearchParams({ n: String(size), last: page[page.length - 1]! })
        headers['Link'] = `<${url.pathname}?${next.toString()}>; rel="next"`
      }
      res.writeHead(200, headers)
      res.end(JSON.stringify({ name: body.name, tags: page }))
    })
  })
  upstream.on('error', () => res.destroy())
  upstream.end()
}
