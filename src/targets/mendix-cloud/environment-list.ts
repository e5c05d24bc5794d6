import { ConfigurationError } from '../../errors.js'
import type { Logger } from '../../log.js'
import { retryPolicy, type RetryPolicy } from '../../net/retry-policy.js'
import type { ApiContext } from './api-context.js'
import type { MendixAuth } from './credentials.js'
import { listEnvironments } from './environments.js'
import { MendixHttp } from './http-client.js'
import { DEFAULT_BACKOFF, realClock } from './poll.js'

/** One environment of an app, as both API versions can tell it. */
export interface EnvironmentSummary {
  /** The Mode (v1) or name (v4): Test, Acceptance, Production, a flexible environment's name. */
  name: string
  id: string
  /** v1: Empty, Stopped, Running; v4: stopped, running, notdeployed. */
  status: string
  production: boolean
  url: string
  modelVersion: string | null
  runtimeVersion: string | null
}

export interface ListRequest {
  auth: MendixAuth
  /** The app's AppId (subdomain); v4 finds the app by it, or takes a project ID as it is. */
  appId: string
  deployApiUrl: string
  portalApiUrl: string
  log: Logger
  /** How API calls are retried (default: the standard policy). */
  retry?: RetryPolicy
}

function client(request: ListRequest): MendixHttp {
  return new MendixHttp(request.auth, { retry: request.retry ?? retryPolicy(), log: request.log })
}

interface V4App {
  id: string
  name: string
  subdomain: string
}

interface V4Environment {
  id: string
  name: string
  state: string
  isProduction: boolean
  url: string
  package?: { modelVersion?: string; runtimeVersion?: string } | null
}

interface Page {
  pagination?: { offset: number; limit: number; size: number }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const PAGE = 100

/** Every item of a paginated v4 list. */
async function allPages<T>(http: MendixHttp, url: string, key: string, what: string): Promise<T[]> {
  const items: T[] = []
  for (let offset = 0; ; offset += PAGE) {
    const separator = url.includes('?') ? '&' : '?'
    const page = await http.json<Page & Record<string, T[] | undefined>>({
      method: 'GET',
      url: `${url}${separator}offset=${offset}&limit=${PAGE}`,
      what
    })
    const found = page[key] ?? []
    items.push(...found)
    if (found.length < PAGE) return items
  }
}

/** Deploy API v4 (a personal access token): the app by its subdomain, then its environments. */
async function listV4(request: ListRequest): Promise<EnvironmentSummary[]> {
  const http = client(request)
  const base = `${request.portalApiUrl}/api/v4/apps`
  let appId = request.appId
  if (!UUID.test(appId)) {
    const apps = await allPages<V4App>(http, base, 'apps', 'listing your Mendix Cloud apps')
    const app = apps.find((a) => a.subdomain === request.appId)
    if (!app) {
      throw new ConfigurationError(
        `none of the ${apps.length} Mendix Cloud apps MENDIX_PAT can see has the subdomain "${request.appId}": check app-id`
      )
    }
    appId = app.id
  }
  const environments = await allPages<V4Environment>(
    http,
    `${base}/${encodeURIComponent(appId)}/environments?expand=package`,
    'environments',
    `listing the environments of app ${request.appId}`
  )
  return environments.map((env) => ({
    name: env.name,
    id: env.id,
    status: env.state,
    production: env.isProduction,
    url: env.url,
    modelVersion: env.package?.modelVersion ?? null,
    runtimeVersion: env.package?.runtimeVersion ?? null
  }))
}

/** Deploy API v1 (an API key). */
async function listV1(request: ListRequest): Promise<EnvironmentSummary[]> {
  const context: ApiContext = {
    http: client(request),
    deployApiUrl: request.deployApiUrl,
    appId: request.appId,
    backoff: DEFAULT_BACKOFF,
    clock: realClock,
    log: request.log
  }
  return (await listEnvironments(context)).map((env) => ({
    name: env.Mode,
    id: env.EnvironmentId,
    status: env.Status,
    production: env.Production,
    url: env.Url,
    modelVersion: env.ModelVersion || null,
    runtimeVersion: env.MendixVersion || null
  }))
}

/** The app's environments with status, model and runtime version: v1 with an API key, v4 with a PAT. */
export function listAppEnvironments(request: ListRequest): Promise<EnvironmentSummary[]> {
  return request.auth.kind === 'pat' ? listV4(request) : listV1(request)
}
