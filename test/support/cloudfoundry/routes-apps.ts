import { checkMetadata, mergeMetadata } from './metadata.js'
import type { FakeApp } from './model.js'
import { presentApp, presentDroplet } from './present.js'
import {
  filter,
  isReply,
  notFound,
  ok,
  paginate,
  unknownFields,
  unprocessable,
  type Call,
  type Reply,
  type Route
} from './routing.js'

/**
 * Orgs, spaces and apps (resources/organizations, spaces, apps), an app's environment variables
 * (validated and merged as app/messages/validators.rb does), routes and current droplet.
 */

const LIST = ['page', 'per_page', 'order_by']

export function findApp(call: Call, guid: string): FakeApp | Reply {
  return call.state.apps.find((a) => a.guid === guid) ?? notFound('App')
}

function listOrgs(call: Call): Reply {
  const names = filter(call, 'names')?.map((n) => n.toLowerCase())
  const orgs = call.state.orgs.filter((o) => !names || names.includes(o.name.toLowerCase()))
  return paginate(
    call,
    orgs,
    (o) => ({ guid: o.guid, name: o.name, suspended: false }),
    call.state.behaviour.pageSize
  )
}

function listSpaces(call: Call): Reply {
  const names = filter(call, 'names')?.map((n) => n.toLowerCase())
  const orgs = filter(call, 'organization_guids')
  const spaces = call.state.spaces.filter(
    (s) => (!names || names.includes(s.name.toLowerCase())) && (!orgs || orgs.includes(s.orgGuid))
  )
  return paginate(
    call,
    spaces,
    (s) => ({
      guid: s.guid,
      name: s.name,
      relationships: { organization: { data: { guid: s.orgGuid } } }
    }),
    call.state.behaviour.pageSize
  )
}

function listApps(call: Call): Reply {
  const names = filter(call, 'names')?.map((n) => n.toLowerCase())
  const spaces = filter(call, 'space_guids')
  const apps = call.state.apps.filter(
    (a) =>
      (!names || names.includes(a.name.toLowerCase())) && (!spaces || spaces.includes(a.spaceGuid))
  )
  return paginate(call, apps, (a) => presentApp(a, call.base), call.state.behaviour.pageSize)
}

function getApp(call: Call, [guid]: string[]): Reply {
  const app = findApp(call, guid!)
  return isReply(app) ? app : ok(presentApp(app, call.base))
}

function patchApp(call: Call, [guid]: string[]): Reply {
  const app = findApp(call, guid!)
  if (isReply(app)) return app
  const refused =
    unknownFields(call.json, ['name', 'lifecycle', 'metadata']) ?? checkMetadata(call.json)
  if (refused) return refused
  const body = call.json as { metadata?: unknown }
  if (body.metadata) app.metadata = mergeMetadata(app.metadata, body.metadata)
  return ok(presentApp(app, call.base))
}

function envLinks(call: Call, app: FakeApp): unknown {
  return {
    self: { href: `${call.base}/v3/apps/${app.guid}/environment_variables` },
    app: { href: `${call.base}/v3/apps/${app.guid}` }
  }
}

function getEnv(call: Call, [guid]: string[]): Reply {
  const app = findApp(call, guid!)
  return isReply(app) ? app : ok({ var: app.env, links: envLinks(call, app) })
}

/** resources/apps/_update_environment_variables: merge, null deletes; app/messages/validators.rb. */
function patchEnv(call: Call, [guid]: string[]): Reply {
  const app = findApp(call, guid!)
  if (isReply(app)) return app
  const refused = unknownFields(call.json, ['var'])
  if (refused) return refused
  const vars = (call.json as { var?: unknown }).var
  if (typeof vars !== 'object' || vars === null || Array.isArray(vars)) {
    return unprocessable('Var must be an object')
  }
  for (const [key, value] of Object.entries(vars)) {
    if (key === '') return unprocessable('Environment variable names must not be empty')
    if (/^(VCAP_|VMC)/i.test(key))
      return unprocessable(`Environment variable names cannot start with VCAP_ or VMC: ${key}`)
    if (/^PORT$/i.test(key)) return unprocessable('PORT is not a valid environment variable name')
    if (value !== null && typeof value !== 'string') {
      return unprocessable(
        `Non-string value in environment variable for key '${key}', value '${JSON.stringify(value)}'`
      )
    }
  }
  for (const [key, value] of Object.entries(vars as Record<string, string | null>)) {
    if (value === null) delete app.env[key]
    else app.env[key] = value
  }
  return ok({ var: app.env, links: envLinks(call, app) })
}

function routesOf(call: Call, [guid]: string[]): Reply {
  const app = findApp(call, guid!)
  if (isReply(app)) return app
  return paginate(call, app.routes, (url) => ({
    guid: `route-${url}`,
    protocol: 'http',
    host: url.split('.')[0],
    path: '',
    url
  }))
}

function currentDroplet(call: Call, [guid]: string[]): Reply {
  const app = findApp(call, guid!)
  if (isReply(app)) return app
  const droplet = call.state.droplets.find((d) => d.guid === app.currentDroplet)
  return droplet ? ok(presentDroplet(droplet, call.base)) : notFound('Droplet')
}

/** resources/apps/_current_droplet: `{ "data": { "guid" } }`; the droplet must be the app's. */
function setCurrentDroplet(call: Call, [guid]: string[]): Reply {
  const app = findApp(call, guid!)
  if (isReply(app)) return app
  const refused = unknownFields(call.json, ['data'])
  if (refused) return refused
  const wanted = (call.json as { data?: { guid?: unknown } }).data?.guid
  const droplet = call.state.droplets.find(
    (d) => d.guid === wanted && d.appGuid === app.guid && d.state === 'STAGED'
  )
  if (!droplet)
    return unprocessable(
      'Unable to assign current droplet. Ensure the droplet exists and belongs to this app.'
    )
  if (call.state.deployments.some((d) => d.appGuid === app.guid && d.value === 'ACTIVE')) {
    return unprocessable(
      'Unable to assign current droplet while the app has a deployment in progress. Wait for the deployment to complete or cancel it.'
    )
  }
  app.currentDroplet = droplet.guid
  return ok({
    data: { guid: droplet.guid },
    links: {
      self: { href: `${call.base}/v3/apps/${app.guid}/relationships/current_droplet` },
      related: { href: `${call.base}/v3/apps/${app.guid}/droplets/current` }
    }
  })
}

export const appRoutes: Route[] = [
  {
    name: 'list-orgs',
    method: 'GET',
    pattern: /^\/v3\/organizations$/,
    auth: 'bearer',
    query: ['names', 'guids', ...LIST],
    handler: listOrgs
  },
  {
    name: 'list-spaces',
    method: 'GET',
    pattern: /^\/v3\/spaces$/,
    auth: 'bearer',
    query: ['names', 'guids', 'organization_guids', ...LIST],
    handler: listSpaces
  },
  {
    name: 'list-apps',
    method: 'GET',
    pattern: /^\/v3\/apps$/,
    auth: 'bearer',
    query: ['names', 'guids', 'space_guids', 'organization_guids', ...LIST],
    handler: listApps
  },
  {
    name: 'get-app',
    method: 'GET',
    pattern: /^\/v3\/apps\/([^/]+)$/,
    auth: 'bearer',
    handler: getApp
  },
  {
    name: 'patch-app',
    method: 'PATCH',
    pattern: /^\/v3\/apps\/([^/]+)$/,
    auth: 'bearer',
    write: true,
    handler: patchApp
  },
  {
    name: 'get-env',
    method: 'GET',
    pattern: /^\/v3\/apps\/([^/]+)\/environment_variables$/,
    auth: 'bearer',
    handler: getEnv
  },
  {
    name: 'patch-env',
    method: 'PATCH',
    pattern: /^\/v3\/apps\/([^/]+)\/environment_variables$/,
    auth: 'bearer',
    write: true,
    handler: patchEnv
  },
  {
    name: 'app-routes',
    method: 'GET',
    pattern: /^\/v3\/apps\/([^/]+)\/routes$/,
    auth: 'bearer',
    query: LIST,
    handler: routesOf
  },
  {
    name: 'current-droplet',
    method: 'GET',
    pattern: /^\/v3\/apps\/([^/]+)\/droplets\/current$/,
    auth: 'bearer',
    handler: currentDroplet
  },
  {
    name: 'set-current-droplet',
    method: 'PATCH',
    pattern: /^\/v3\/apps\/([^/]+)\/relationships\/current_droplet$/,
    auth: 'bearer',
    write: true,
    handler: setCurrentDroplet
  }
]
