import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startRuntime, type RuntimeOutcome } from './buildpack.js'
import {
  emptyState,
  emptyMetadata,
  guid,
  iso,
  newProcess,
  type FakeApp,
  type FakeDroplet,
  type FakeOrg,
  type FakeSpace,
  type FakeState,
  type FakeUser
} from './model.js'
import { startApp } from './platform.js'
import { appRoutes } from './routes-apps.js'
import { buildRoutes } from './routes-builds.js'
import { processRoutes } from './routes-processes.js'
import { authRoutes } from './routes-auth.js'
import { deploymentRoutes } from './routes-deployments.js'
import { logRoutes } from './routes-logs.js'
import { packageRoutes } from './routes-packages.js'
import { faultReply, Interventions, type CfFault } from './faults.js'
import { checkRequest } from './request-checks.js'
import { cfError, type Call, type Reply, type Route } from './routing.js'

export type { CfFault } from './faults.js'

const ROUTES: Route[] = [
  ...authRoutes,
  ...appRoutes,
  ...processRoutes,
  ...packageRoutes,
  ...buildRoutes,
  ...deploymentRoutes,
  ...logRoutes
]

export interface LoggedRequest {
  route: string | undefined
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  json: unknown
  body: Buffer
  status: number
}

/**
 * A stand-in of a Cloud Foundry platform on 127.0.0.1: the API root, UAA's token endpoint,
 * the Cloud Controller v3 endpoints a Mendix deployment uses, and log-cache, written from the
 * published v3 reference and the sources named in each module. It checks every request (token,
 * content type, body fields, query parameters, roles), plays staging with the Mendix buildpack's
 * rules and instances that start or crash as the buildpack's start would, and can fail,
 * throttle and cut connections. States advance per read, never by time.
 */
export class FakeCloudFoundry {
  readonly requests: LoggedRequest[] = []
  private readonly interventions = new Interventions()

  private constructor(
    private readonly server: Server,
    readonly url: string,
    readonly state: FakeState
  ) {}

  static async start(): Promise<FakeCloudFoundry> {
    const holder: { fake?: FakeCloudFoundry } = {}
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
            const body =
              reply.body === undefined
                ? ''
                : typeof reply.body === 'string'
                  ? reply.body
                  : JSON.stringify(reply.body)
            res.writeHead(reply.status, {
              ...(body ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
              ...reply.headers,
              'Content-Length': Buffer.byteLength(body)
            })
            res.end(body)
          })
          .catch((error: unknown) => {
            res.writeHead(500, { 'Content-Type': 'text/plain' })
            res.end(`stand-in failed: ${String(error)}`)
          })
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const state = emptyState(await mkdtemp(join(tmpdir(), 'mxdeploy-cf-bits-')))
    holder.fake = new FakeCloudFoundry(server, `http://127.0.0.1:${port}`, state)
    return holder.fake
  }

  async close(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise((resolve) => this.server.close(resolve))
    await rm(this.state.bitsDir, { recursive: true, force: true })
  }

  addUser(username: string, password: string, spaceDeveloper = true): FakeUser {
    const user = { username, password, spaceDeveloper }
    this.state.users.push(user)
    return user
  }

  addClient(id: string, secret: string): void {
    this.state.clients.push({ id, secret })
  }

  addOrg(name: string, memoryMb?: number): FakeOrg {
    const org = { guid: guid(), name, quota: { memoryMb } }
    this.state.orgs.push(org)
    return org
  }

  addSpace(org: FakeOrg, name: string, memoryMb?: number): FakeSpace {
    const space = { guid: guid(), name, orgGuid: org.guid, quota: { memoryMb } }
    this.state.spaces.push(space)
    return space
  }

  /** An app as `cf create-app NAME -b BUILDPACK` and `cf scale -m` leave it: stopped, no droplet. */
  addApp(
    space: FakeSpace,
    name: string,
    options: {
      memoryMb?: number
      instances?: number
      databaseBound?: boolean
      docker?: boolean
    } = {}
  ): FakeApp {
    const app: FakeApp = {
      guid: guid(),
      name,
      spaceGuid: space.guid,
      state: 'STOPPED',
      lifecycleType: options.docker ? 'docker' : 'buildpack',
      buildpacks: [],
      env: {},
      metadata: emptyMetadata(),
      currentDroplet: undefined,
      databaseBound: options.databaseBound ?? true,
      web: undefined!,
      revisions: [],
      routes: [`${name}.cfapps.example.com`],
      createdAt: iso(),
      updatedAt: iso()
    }
    app.web = newProcess(app, options.instances ?? 1, options.memoryMb ?? 1024)
    this.state.apps.push(app)
    return app
  }

  app(name: string): FakeApp {
    const app = this.state.apps.find((a) => a.name === name)
    if (!app) throw new Error(`no app ${name} in the stand-in`)
    return app
  }

  droplet(id: string | undefined): FakeDroplet | undefined {
    return this.state.droplets.find((d) => d.guid === id)
  }

  /** `cf set-env` / `cf unset-env`: the app's variables change, running instances do not. */
  setEnv(name: string, vars: Record<string, string | null>): void {
    const app = this.app(name)
    for (const [key, value] of Object.entries(vars)) {
      if (value === null) delete app.env[key]
      else app.env[key] = value
    }
  }

  /**
   * Someone switches the app to another droplet behind mxdeploy's back (`cf rollback`, the
   * platform's console): current droplet set and the app restarted on a new revision.
   */
  switchDroplet(name: string, dropletGuid: string): void {
    const app = this.app(name)
    app.currentDroplet = dropletGuid
    startApp(this.state, app)
  }

  /** What the Mendix runtime of the app's web instances starts with, by the buildpack's rules. */
  runtime(name: string): RuntimeOutcome {
    const app = this.app(name)
    const revision = app.web.revision
    if (!revision) throw new Error(`app ${name} has not been started`)
    const droplet = this.droplet(revision.droplet)!
    return startRuntime(revision.env, droplet.model)
  }

  /** Runs `then` once, right after the next answered call of a route (to change the world mid-stage). */
  afterNext(route: string, then: () => void): void {
    this.interventions.after(route, then)
  }

  /** The next answer of a route carries this warning (`X-Cf-Warnings`, CGI-escaped as CC does). */
  warnNext(route: string, text: string): void {
    this.interventions.warn(route, text)
  }

  /** Every token given so far stops being valid (as after its expiry). */
  expireTokens(): void {
    for (const token of this.state.tokens.values()) token.valid = false
  }

  /** The next `times` calls of a route get this v3 error instead of their answer. */
  failNext(
    route: string,
    status: number,
    title: string,
    code: number,
    detail: string,
    times = 1
  ): void {
    this.interventions.inject(route, cfError(status, title, code, detail), times)
  }

  /** The next `times` calls of a route meet this fault instead of their answer. */
  injectFault(route: string, fault: CfFault, times = 1): void {
    this.interventions.inject(route, faultReply(fault), times)
  }

  calls(route: string): LoggedRequest[] {
    return this.requests.filter((r) => r.route === route)
  }

  private async handle(
    method: string,
    rawUrl: string,
    headers: IncomingHttpHeaders,
    body: Buffer
  ): Promise<Reply> {
    const url = new URL(rawUrl, this.url)
    const route = ROUTES.find((r) => r.method === method && r.pattern.test(url.pathname))
    let json: unknown = null
    if (/^application\/json\b/i.test(headers['content-type'] ?? '') && body.length > 0) {
      try {
        json = JSON.parse(body.toString('utf8'))
      } catch {
        return this.log(
          route,
          method,
          url,
          headers,
          body,
          null,
          cfError(
            400,
            'CF-MessageParseError',
            1001,
            'Request invalid due to parse error: invalid request body'
          )
        )
      }
    }
    if (!route) {
      return this.log(
        undefined,
        method,
        url,
        headers,
        body,
        json,
        cfError(404, 'CF-NotFound', 10000, 'Unknown request')
      )
    }
    const call: Call = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers,
      body,
      json,
      user: undefined,
      state: this.state,
      base: this.url
    }
    const refused = checkRequest(route, call)
    const injected = refused ? undefined : this.interventions.take(route.name)
    const params = route.pattern.exec(url.pathname)!.slice(1)
    if (injected?.lose) {
      const made = await route.handler(call, params)
      this.log(route, method, url, headers, body, json, made)
      return injected
    }
    const reply = refused ?? injected ?? (await route.handler(call, params))
    if (!refused && !injected) this.interventions.answered(route.name, reply)
    return this.log(route, method, url, headers, body, json, reply)
  }

  private log(
    route: Route | undefined,
    method: string,
    url: URL,
    headers: IncomingHttpHeaders,
    body: Buffer,
    json: unknown,
    reply: Reply
  ): Reply {
    this.requests.push({
      route: route?.name,
      method,
      path: url.pathname,
      query: url.searchParams,
      headers,
      json,
      body,
      status: reply.status
    })
    return reply
  }
}
