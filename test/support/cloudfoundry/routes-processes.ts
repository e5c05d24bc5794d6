import { iso } from './model.js'
import { processStats, quotaProblem, startApp } from './platform.js'
import { presentApp, presentEvent } from './present.js'
import { findApp } from './routes-apps.js'
import {
  cfError,
  filter,
  isReply,
  notFound,
  ok,
  paginate,
  unprocessable,
  type Call,
  type Reply,
  type Route
} from './routing.js'

/** Start and stop (resources/apps/_start, _stop), process stats, and crash audit events. */

function start(call: Call, [guid]: string[]): Reply {
  const app = findApp(call, guid!)
  if (isReply(app)) return app
  if (!app.currentDroplet) return unprocessable('Assign a droplet before starting this app.')
  if (app.state === 'STOPPED') {
    const problem = quotaProblem(call.state, app, app.web.instances * app.web.memoryMb)
    if (problem) return unprocessable(`memory ${problem}`)
    startApp(call.state, app)
  }
  return ok(presentApp(app, call.base))
}

function stop(call: Call, [guid]: string[]): Reply {
  const app = findApp(call, guid!)
  if (isReply(app)) return app
  app.state = 'STOPPED'
  app.web.running = false
  app.web.reads = 0
  app.updatedAt = iso()
  return ok(presentApp(app, call.base))
}

function webStats(call: Call, [guid]: string[]): Reply {
  const app = findApp(call, guid!)
  if (isReply(app)) return app
  return ok({ resources: processStats(call.state, app, app.web) })
}

function stats(call: Call, [guid]: string[]): Reply {
  for (const app of call.state.apps) {
    if (app.web.guid === guid) return ok({ resources: processStats(call.state, app, app.web) })
    const deployment = call.state.deployments.find((d) => d.newProcess?.guid === guid)
    if (deployment && deployment.appGuid === app.guid) {
      return ok({ resources: processStats(call.state, app, deployment.newProcess!) })
    }
  }
  return notFound('Process')
}

/** resources/audit_events/_list: filters types, target_guids; order_by created_at. */
function auditEvents(call: Call): Reply {
  const types = filter(call, 'types')
  const targets = filter(call, 'target_guids')
  const order = call.query.get('order_by') ?? 'created_at'
  if (!['created_at', '-created_at'].includes(order)) {
    return cfError(
      400,
      'CF-BadQueryParameter',
      10005,
      `The query parameter is invalid: Order by can only be: 'created_at', 'updated_at'`
    )
  }
  const events = call.state.events
    .filter(
      (e) => (!types || types.includes(e.type)) && (!targets || targets.includes(e.target.guid))
    )
    .slice()
  if (order === '-created_at') events.reverse()
  return paginate(call, events, (e) => presentEvent(e, call.base))
}

const LIST = ['page', 'per_page', 'order_by']

export const processRoutes: Route[] = [
  {
    name: 'start',
    method: 'POST',
    pattern: /^\/v3\/apps\/([^/]+)\/actions\/start$/,
    auth: 'bearer',
    write: true,
    handler: start
  },
  {
    name: 'stop',
    method: 'POST',
    pattern: /^\/v3\/apps\/([^/]+)\/actions\/stop$/,
    auth: 'bearer',
    write: true,
    handler: stop
  },
  {
    name: 'web-stats',
    method: 'GET',
    pattern: /^\/v3\/apps\/([^/]+)\/processes\/web\/stats$/,
    auth: 'bearer',
    handler: webStats
  },
  {
    name: 'process-stats',
    method: 'GET',
    pattern: /^\/v3\/processes\/([^/]+)\/stats$/,
    auth: 'bearer',
    handler: stats
  },
  {
    name: 'audit-events',
    method: 'GET',
    pattern: /^\/v3\/audit_events$/,
    auth: 'bearer',
    query: ['types', 'target_guids', 'space_guids', 'organization_guids', ...LIST],
    handler: auditEvents
  }
]
