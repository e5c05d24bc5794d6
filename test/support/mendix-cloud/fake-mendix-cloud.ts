import { randomUUID } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  defaultBehaviour,
  environment,
  type EnvironmentSeed,
  type FakeApp,
  type FakeEnvironment,
  type FakeState,
  type FakeUser,
  type Right
} from './model.js'
import { fail, type Call, type Reply, type Route } from './routing.js'
import { lifecycleRoutes } from './routes-lifecycle.js'
import { v1Routes } from './routes-v1.js'
import { v2Routes } from './routes-v2.js'
import { v4Error, v4Routes } from './routes-v4.js'

const ROUTES: Route[] = [...v1Routes, ...lifecycleRoutes, ...v2Routes, ...v4Routes]

/**
 * A fault in front of a route, as Mendix Cloud's gateway or the network shows it: an error status
 * without a documented error code (429 with `Retry-After`, a bare 503), or a connection dropped
 * before any answer. The call itself is not made.
 */
export type MendixFault =
  { status: 408 | 429 | 500 | 502 | 503 | 504; retryAfter?: string } | { reset: true }

/** One request the fake answered, for the tests to check. */
export interface LoggedRequest {
  route: string | undefined
  method: string
  path: string
  query: string
  headers: IncomingHttpHeaders
  json: unknown
  status: number
}

/**
 * A contract fake of Mendix Cloud's Deploy API v1/v2/v4 and Backups API v2 on 127.0.0.1, built
 * from the published documents: paths, request and response fields, status codes, job states and
 * error codes. Jobs advance per status read, never by time, so tests are exact and quick.
 */
export class FakeMendixCloud {
  readonly state: FakeState = {
    uploads: [],
    apps: [],
    users: [],
    pats: new Set(),
    jobs: new Map(),
    snapshots: new Map(),
    behaviour: defaultBehaviour()
  }
  readonly requests: LoggedRequest[] = []
  /** Replies waiting per route, each for `left` more calls (Infinity: for good). */
  private readonly injected = new Map<string, { reply: Reply; left: number }[]>()

  private constructor(
    private readonly server: Server,
    readonly url: string
  ) {}

  static async start(): Promise<FakeMendixCloud> {
    const holder: { fake?: FakeMendixCloud } = {}
    const server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        holder
          .fake!.handle(req.method ?? 'GET', req.url ?? '/', req.headers, Buffer.concat(chunks))
          .then((reply) => {
            if (reply.reset) {
              req.socket.destroy()
              return
            }
            const body = reply.body === undefined ? '' : JSON.stringify(reply.body)
            res.writeHead(reply.status, {
              ...reply.headers,
              ...(body ? { 'Content-Type': 'application/json' } : {}),
              'Content-Length': Buffer.byteLength(body)
            })
            res.end(body)
          })
          .catch((error: unknown) => {
            res.writeHead(500, { 'Content-Type': 'text/plain' })
            res.end(`fake failed: ${String(error)}`)
          })
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    holder.fake = new FakeMendixCloud(server, `http://127.0.0.1:${port}`)
    return holder.fake
  }

  close(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise((resolve) => this.server.close(() => resolve()))
  }

  /** A Mendix user with an API key; `rights` limits them per Mode (others: all rights). */
  addUser(username: string, apiKey: string, rights: Record<string, Right[]> = {}): FakeUser {
    const user: FakeUser = {
      username,
      apiKey,
      rights: new Map(
        Object.entries(rights).map(([mode, list]) => [mode.toLowerCase(), new Set(list)])
      )
    }
    this.state.users.push(user)
    return user
  }

  addPat(token: string): void {
    this.state.pats.add(token)
  }

  addApp(appId: string, environments: EnvironmentSeed[]): FakeApp {
    const app: FakeApp = {
      AppId: appId,
      ProjectId: randomUUID(),
      Name: appId,
      environments: environments.map((seed) => environment(appId, seed)),
      packages: []
    }
    this.state.apps.push(app)
    return app
  }

  environment(appId: string, mode: string): FakeEnvironment {
    const env = this.state.apps
      .find((a) => a.AppId === appId)
      ?.environments.find((e) => e.Mode === mode)
    if (!env) throw new Error(`no fake environment ${appId}/${mode}`)
    return env
  }

  /** The next `times` calls of a route get this documented error instead of their answer. */
  failNext(route: string, status: number, code: string, message: string, times = 1): void {
    this.inject(route, fail(status, code, message), times)
  }

  private inject(route: string, reply: Reply, times: number): void {
    if (times <= 0) return
    const replies = this.injected.get(route) ?? []
    replies.push({ reply, left: times })
    this.injected.set(route, replies)
  }

  private takeInjected(route: string): Reply | undefined {
    const next = this.injected.get(route)?.[0]
    if (!next) return undefined
    if (--next.left <= 0) this.injected.get(route)!.shift()
    return next.reply
  }

  /** The next `times` calls of a route meet this fault instead of their answer. */
  injectFault(route: string, fault: MendixFault, times = 1): void {
    const reply: Reply =
      'reset' in fault
        ? { status: 0, reset: true }
        : {
            status: fault.status,
            ...(fault.retryAfter ? { headers: { 'Retry-After': fault.retryAfter } } : {})
          }
    this.inject(route, reply, times)
  }

  /** The requests of one route, in order. */
  calls(route: string): LoggedRequest[] {
    return this.requests.filter((r) => r.route === route)
  }

  private authenticate(route: Route, call: Call, path: string): Reply | undefined {
    const headers = call.headers
    if (route.auth === 'pat') {
      const header = headers['authorization']
      if (!header) return v4Error(401, 'Unauthorized', 'Missing or invalid Authorization header')
      const token = /^MxToken (.+)$/.exec(header)?.[1]
      if (!token || !this.state.pats.has(token))
        return v4Error(403, 'Forbidden', 'The token is not accepted')
      return undefined
    }
    const username = headers['mendix-username']
    const apiKey = headers['mendix-apikey']
    const user = this.state.users.find((u) => u.username === username && u.apiKey === apiKey)
    if (!user) return fail(401, 'UNAUTHORIZED', 'Invalid Mendix-Username or Mendix-ApiKey')
    call.user = user
    // "most API calls—with the exception of Upload Package—require that the Content-Type header
    // be set to application/json" (Deploy API v1; the Backups API examples send it too).
    const needsJson = path.startsWith('/api/1/') || route.name === 'create-snapshot'
    if (needsJson && !/^application\/json\b/i.test(headers['content-type'] ?? '')) {
      return fail(415, 'UNSUPPORTED_MEDIA_TYPE', 'Content-Type must be application/json')
    }
    return undefined
  }

  private async handle(
    method: string,
    rawUrl: string,
    headers: IncomingHttpHeaders,
    body: Buffer
  ): Promise<Reply> {
    const url = new URL(rawUrl, this.url)
    const path = decodeURIComponent(url.pathname)
    const isJson = /^application\/json\b/i.test(headers['content-type'] ?? '')
    let json: unknown = null
    if (isJson && body.length > 0) {
      try {
        json = JSON.parse(body.toString('utf8'))
      } catch {
        return this.log(
          undefined,
          method,
          url,
          headers,
          null,
          fail(400, 'INVALID_PARAMETERS', 'body is not JSON')
        )
      }
    }
    const route = ROUTES.find((r) => r.method === method && r.pattern.test(path))
    if (!route) {
      return this.log(
        undefined,
        method,
        url,
        headers,
        json,
        fail(404, 'NOT_FOUND', `no such API call: ${method} ${path}`)
      )
    }
    const params = route.pattern.exec(path)!.slice(1)
    const call: Call = {
      method,
      path,
      query: url.searchParams,
      headers,
      body,
      json,
      user: undefined,
      state: this.state
    }
    const refused = this.authenticate(route, call, path)
    const injected = refused ? undefined : this.takeInjected(route.name)
    const reply = refused ?? injected ?? (await route.handler(call, params))
    return this.log(route.name, method, url, headers, json, reply)
  }

  private log(
    route: string | undefined,
    method: string,
    url: URL,
    headers: IncomingHttpHeaders,
    json: unknown,
    reply: Reply
  ): Reply {
    this.requests.push({
      route,
      method,
      path: url.pathname,
      query: url.search,
      headers,
      json,
      status: reply.status
    })
    return reply
  }
}
