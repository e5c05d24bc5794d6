import { createServer, request, type Server } from 'node:http'

export interface RegistryProxy {
  port: number
  /** Every request that passed, in order. */
  requests: { method: string; path: string; contentRange: string | undefined }[]
  /** Tag list pages served, as `n`/`last` asked for. */
  pages: { n: string | null; last: string | null; count: number }[]
  stop(): Promise<void>
}

/**
 * An HTTP proxy in front of a registry that records requests and, given `tagPage`, serves
 * "Listing Tags" as distribution-spec 1.1 describes, which docker-registry 2.8 does not (it
 * ignores `n` and `last`): tags in lexical order, at most `n` (and at most `tagPage`) after
 * `last`, with `Link: <…>; rel="next"` while more remain. Everything else passes through
 * unchanged, Host header included.
 */
export interface ProxyOptions {
  tagPage?: number
  /**
   * Answers a request itself instead of passing it on (return undefined to pass): as a registry
   * does, it answers at once and reads and drops the body.
   */
  answer?: (
    request: RegistryProxy['requests'][number],
    index: number
  ) => { status: number; headers: Record<string, string> } | undefined
}

export async function startRegistryProxy(
  target: number,
  options: ProxyOptions = {}
): Promise<RegistryProxy> {
  const maxPage = options.tagPage
  const requests: RegistryProxy['requests'] = []
  const pages: RegistryProxy['pages'] = []
  const forward = (
    method: string,
    path: string,
    headers: Record<string, string | string[] | undefined>
  ) => request({ host: '127.0.0.1', port: target, method, path, headers })
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://proxy')
    const range = req.headers['content-range']
    const seen = { method: req.method ?? '', path: url.pathname, contentRange: range }
    requests.push(seen)
    const own = options.answer?.(seen, requests.length - 1)
    if (own) {
      res.writeHead(own.status, { ...own.headers, 'Content-Length': '0' })
      res.end()
      req.resume()
      return
    }
    const tags = /^\/v2\/(.+)\/tags\/list$/.exec(url.pathname)
    if (req.method === 'GET' && tags && maxPage !== undefined) {
      const upstream = forward('GET', url.pathname, req.headers)
      upstream.on('response', (up) => {
        const chunks: Buffer[] = []
        up.on('data', (c: Buffer) => chunks.push(c))
        up.on('end', () => {
          if (up.statusCode !== 200) {
            res.writeHead(up.statusCode ?? 502, up.headers)
            res.end(Buffer.concat(chunks))
            return
          }
          const body = JSON.parse(Buffer.concat(chunks).toString()) as {
            name: string
            tags: string[]
          }
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
      return
    }
    const upstream = forward(req.method ?? 'GET', req.url ?? '/', req.headers)
    upstream.on('response', (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers)
      up.pipe(res)
    })
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
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
