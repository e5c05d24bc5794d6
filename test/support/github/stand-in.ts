import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ApiResponse, Route } from './api-types.js'
import { Tokens, type Permissions, type TokenOptions } from './auth.js'
import { dispatchApi, errorResponse, type Outcome, type RecordedCall } from './dispatch.js'
import { Faults, type FaultRule, type InjectedFault } from './faults.js'
import { serveGraphql } from './graphql.js'
import { allRoutes } from './handlers/index.js'
import { openApiDocument } from './openapi/document.js'
import { OidcIssuer, type OidcContext } from './oidc.js'
import { serveOther } from './other-routes.js'
import type { RepoState } from './state/repo.js'
import { StandInState } from './state/state.js'
import { urlsFor, type Urls } from './urls.js'

export interface StandInOptions {
  /** The repository of the run, seeded with one commit on `main` (default `octo-org/hello`). */
  repository?: string
  /** Check every request and response against GitHub's OpenAPI description (default true). */
  validate?: boolean
  /** The workflow run the job belongs to: feeds `env()`, the OIDC claims and a seeded run. */
  context?: Partial<
    Pick<
      OidcContext,
      'actor' | 'ref' | 'runId' | 'runNumber' | 'eventName' | 'workflowPath' | 'environment'
    >
  >
  /** What the default token (`gh.token`) may do (default everything). */
  permissions?: Permissions | 'all'
  /** Extra operations, or replacements for built-in ones (same `route`), for one test. */
  routes?: Route[]
}

export interface GitHubStandIn {
  /** The origin, `http://127.0.0.1:<port>`. */
  readonly url: string
  readonly urls: Urls
  /** `GITHUB_API_URL`: pass it as the octokit factory's `baseUrl`. */
  readonly apiUrl: string
  /** The default token (permissions from the options; acts as `github-actions[bot]`). */
  readonly token: string
  readonly state: StandInState
  readonly oidc: OidcIssuer
  /** Every API call received, in order. */
  readonly calls: readonly RecordedCall[]
  /** OpenAPI mismatches and stand-in gaps seen so far. */
  readonly violations: readonly string[]
  /** The run's repository (or another seeded one, by `owner/name`). */
  repo(fullName?: string): RepoState
  /** The environment variables the Actions runner would set for the run. */
  env(): Record<string, string>
  /** Registers another token, e.g. one without `deployments: write`. */
  addToken(options?: TokenOptions & { token?: string }): string
  /** Makes matching requests misbehave (see `Fault`). */
  inject(rule: FaultRule): InjectedFault
  clearFaults(): void
  /** Returns the violations and forgets them. */
  takeViolations(): string[]
  /** Throws (failing the test) if any violation was seen; forgets them either way. */
  assertNoViolations(): void
  close(): Promise<void>
}

/** Starts a GitHub stand-in on 127.0.0.1 on a free port. */
export async function startGitHubStandIn(options: StandInOptions = {}): Promise<GitHubStandIn> {
  openApiDocument()
  const state = new StandInState()
  const repository = options.repository ?? 'octo-org/hello'
  const mainRepo = state.addRepo(repository)
  const tokens = new Tokens()
  const token = tokens.add({ permissions: options.permissions ?? 'all' })
  const faults = new Faults()
  const violations: string[] = []
  const calls: RecordedCall[] = []
  const routes = new Map<string, Route>()
  for (const route of [...allRoutes, ...(options.routes ?? [])]) {
    const [method, template] = route.route.split(' ')
    if (!openApiDocument().operation(method ?? '', template ?? '')) {
      throw new Error(`stand-in route '${route.route}' is not in GitHub's OpenAPI description`)
    }
    routes.set(route.route, route)
  }

  let urls = urlsFor('http://127.0.0.1')
  const context = { state, urls }
  const server = createServer((message, response) => {
    handle(message, response).catch((error: unknown) => {
      violations.push(
        `the stand-in failed on ${message.method} ${message.url}: ${String((error as Error)?.stack ?? error)}`
      )
      if (!response.headersSent)
        write(response, errorResponse(500, 'stand-in failure', 'https://docs.github.com/rest'))
      else response.destroy()
    })
  })
  const settings = {
    routes,
    tokens,
    faults,
    context,
    get validate() {
      return options.validate ?? true
    },
    violation: (text: string) => violations.push(text),
    record: (call: RecordedCall) => calls.push(call)
  }

  async function handle(message: IncomingMessage, response: ServerResponse): Promise<void> {
    const bytes = await readBody(message)
    const url = new URL(message.url ?? '/', urls.server)
    let outcome: Outcome
    if (url.pathname.startsWith('/api/v3/')) {
      outcome = await dispatchApi(settings, message, url, 'api', bytes)
    } else if (url.pathname.startsWith('/api/uploads/')) {
      outcome = await dispatchApi(settings, message, url, 'uploads', bytes)
    } else if (url.pathname === '/api/graphql') {
      outcome = serveGraphql({ ...settings, state }, message, url, bytes)
    } else {
      outcome = serveOther(
        { state, urls, oidc, faults, violation: settings.violation },
        message,
        url
      )
    }
    if (outcome.kind === 'reset') {
      message.socket.destroy()
      return
    }
    write(response, outcome.response, outcome.kind === 'respond-then-reset')
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  urls = urlsFor(`http://127.0.0.1:${port}`)
  context.urls = urls
  const head = mainRepo.refs.get(`refs/heads/${mainRepo.defaultBranch}`) as string
  const c = options.context ?? {}
  const actor = state.user(c.actor ?? 'octocat')
  const run = mainRepo.run({
    ...(c.runId ? { id: c.runId } : {}),
    runNumber: c.runNumber ?? 1,
    event: c.eventName ?? 'push',
    actor: actor.login,
    headSha: head,
    ...(c.workflowPath ? { path: c.workflowPath } : {})
  })
  const oidc = new OidcIssuer(urls.server, {
    repository: mainRepo.fullName,
    repositoryId: mainRepo.id,
    repositoryOwnerId: mainRepo.owner.id,
    ref: c.ref ?? `refs/heads/${mainRepo.defaultBranch}`,
    sha: head,
    actor: actor.login,
    actorId: actor.id,
    runId: run.id,
    runNumber: run.runNumber,
    runAttempt: run.runAttempt,
    eventName: run.event,
    workflowPath: run.path,
    environment: c.environment ?? null
  })

  return {
    url: urls.server,
    urls,
    apiUrl: urls.api,
    token,
    state,
    oidc,
    calls,
    violations,
    repo(fullName) {
      if (!fullName) return mainRepo
      const [owner, name] = fullName.split('/')
      return state.findRepo(owner ?? '', name ?? '') ?? state.addRepo(fullName)
    },
    env() {
      const [owner] = mainRepo.fullName.split('/')
      const ref = c.ref ?? `refs/heads/${mainRepo.defaultBranch}`
      return {
        GITHUB_SERVER_URL: urls.server,
        GITHUB_API_URL: urls.api,
        GITHUB_GRAPHQL_URL: `${urls.server}/api/graphql`,
        GITHUB_REPOSITORY: mainRepo.fullName,
        GITHUB_REPOSITORY_OWNER: owner ?? '',
        GITHUB_REPOSITORY_ID: String(mainRepo.id),
        GITHUB_SHA: head,
        GITHUB_REF: ref,
        GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
        GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
        GITHUB_RUN_ID: String(run.id),
        GITHUB_RUN_NUMBER: String(run.runNumber),
        GITHUB_RUN_ATTEMPT: String(run.runAttempt),
        GITHUB_ACTOR: actor.login,
        GITHUB_ACTOR_ID: String(actor.id),
        GITHUB_TRIGGERING_ACTOR: actor.login,
        GITHUB_EVENT_NAME: run.event,
        GITHUB_WORKFLOW_REF: `${mainRepo.fullName}/${run.path}@${ref}`,
        ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken
      }
    },
    addToken: (tokenOptions) => tokens.add(tokenOptions),
    inject: (rule) => faults.add(rule),
    clearFaults: () => faults.clear(),
    takeViolations: () => violations.splice(0, violations.length),
    assertNoViolations() {
      const seen = violations.splice(0, violations.length)
      if (seen.length > 0) {
        throw new Error(
          `the GitHub stand-in saw ${seen.length} violation(s):\n- ${seen.join('\n- ')}`
        )
      }
    },
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve()))
      )
    }
  }
}

function readBody(message: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    message.on('data', (chunk: Buffer) => chunks.push(chunk))
    message.on('end', () => resolve(Buffer.concat(chunks)))
    message.on('error', reject)
  })
}

let requestCounter = 0

/** Writes an answer with GitHub's usual headers; `resetMidBody` cuts it off halfway. */
function write(response: ServerResponse, answer: ApiResponse, resetMidBody = false): void {
  let payload: Buffer = Buffer.alloc(0)
  const headers: Record<string, string> = {
    'x-github-request-id': `C0DE:${(++requestCounter).toString(16).toUpperCase()}`,
    'x-github-api-version-selected': '2022-11-28',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-used': '1',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-resource': 'core'
  }
  if (answer.body !== undefined) {
    payload = Buffer.from(JSON.stringify(answer.body))
    headers['content-type'] = 'application/json; charset=utf-8'
  } else if (answer.bytes) {
    payload = answer.bytes
    headers['content-type'] = answer.contentType ?? 'application/octet-stream'
  }
  Object.assign(headers, answer.headers)
  headers['content-length'] = String(payload.length)
  response.writeHead(answer.status, headers)
  if (!resetMidBody) {
    response.end(payload)
    return
  }
  response.flushHeaders()
  response.write(payload.subarray(0, Math.floor(payload.length / 2)), () => {
    response.socket?.destroy()
  })
}
