import {
  environmentView,
  packageView,
  type FakeApp,
  type FakeEnvironment,
  type FakePackage
} from './model.js'
import {
  fail,
  findApp,
  hasRight,
  findEnvironment,
  isReply,
  ok,
  refuse,
  type Call,
  type Reply,
  type Route
} from './routing.js'

type Resolved = { app: FakeApp; env: FakeEnvironment } | Reply

/** The app and environment of a v1 path, or the documented 404. */
export function resolve(call: Call, appId: string, mode: string): Resolved {
  const app = findApp(call, appId)
  if (isReply(app)) return app
  const env = findEnvironment(app, mode)
  return isReply(env) ? env : { app, env }
}

export function transported(app: FakeApp, env: FakeEnvironment): FakePackage | undefined {
  return app.packages.find((p) => p.PackageId === env.packageId)
}

/** A transport takes the package's constants and events; values already set are kept. */
function takeSettings(env: FakeEnvironment, pkg: FakePackage): void {
  const metadata = pkg.metadata!
  env.constants = metadata.constants.map((constant) => {
    const known = env.constants.find((c) => c.Name === constant.name)
    return (
      known ?? {
        Name: constant.name,
        DataType: constant.type,
        Value: constant.defaultValue,
        DeployedValue: null
      }
    )
  })
  env.events = metadata.scheduledEvents.map((event) => {
    const known = env.events.find((e) => e.Name === event.name)
    return known ?? { Name: event.name, Value: 'Disabled', DeployedValue: 'Disabled' }
  })
}

function transport(call: Call, [appId, mode]: string[]): Reply {
  const found = resolve(call, appId!, mode!)
  if (isReply(found)) return found
  const { app, env } = found
  const refused = refuse(call, env)
  if (refused) return refused
  if (!hasRight(call.user, env, 'transport')) {
    return fail(403, 'TRANSPORT_NOT_ALLOWED', `No access to transport to environment '${mode}'.`)
  }
  const packageId = (call.json as { PackageId?: unknown } | null)?.PackageId
  if (typeof packageId !== 'string') {
    return fail(
      400,
      'INVALID_PARAMETERS',
      'Not enough parameters given. Please set AppId and Mode parameters.'
    )
  }
  const pkg = app.packages.find((p) => p.PackageId === packageId)
  if (!pkg) return fail(404, 'PACKAGE_NOT_FOUND', 'Package not found.')
  if (pkg.Status !== 'Succeeded' && pkg.Status !== 'Failed') {
    return fail(
      503,
      'SERVICE UNAVAILABLE',
      'Cannot transport - MDA is still being processed, retry later'
    )
  }
  if (pkg.processing > 0) {
    pkg.processing--
    return fail(
      503,
      'SERVICE UNAVAILABLE',
      'Cannot transport - MDA is still being processed, retry later'
    )
  }
  if (pkg.Status === 'Failed' || !pkg.metadata) {
    return fail(
      403,
      'NOT ALLOWED',
      'Cannot transport - MDA processing failed, try uploading again with a valid MDA.'
    )
  }
  if (!env.runtimes.test(pkg.metadata.runtimeVersion)) {
    return fail(
      400,
      'INVALID_RUNTIME_VERSION',
      'This Runtime version is not supported on this environment.'
    )
  }
  if (env.Status === 'Running' && !env.transportWhileRunning) {
    return fail(
      403,
      'APP_IS_RUNNING',
      `The '${env.Mode}' environment of '${app.AppId}' must be stopped to do transport.`
    )
  }
  env.packageId = pkg.PackageId
  takeSettings(env, pkg)
  if (env.Status === 'Empty') env.Status = 'Stopped'
  return ok()
}

function readEnvironment(call: Call, [appId, mode]: string[]): Reply {
  const found = resolve(call, appId!, mode!)
  if (isReply(found)) return found
  const refused = refuse(call, found.env)
  if (refused) return refused
  const view = environmentView(found.app, found.env)
  if (found.env.stopping > 0) found.env.stopping--
  return ok(view)
}

function readSettings(call: Call, [appId, mode]: string[]): Reply {
  const found = resolve(call, appId!, mode!)
  if (isReply(found)) return found
  const refused = refuse(call, found.env)
  if (refused) return refused
  const { env } = found
  return ok({ Constants: env.constants, CustomSettings: [], ScheduledEvents: env.events })
}

function writeSettings(call: Call, [appId, mode]: string[]): Reply {
  const found = resolve(call, appId!, mode!)
  if (isReply(found)) return found
  const { env } = found
  const refused = refuse(call, env, 'transport')
  if (refused) return refused
  const body = call.json as {
    Constants?: { Name: string; Value: string | null }[]
    ScheduledEvents?: { Name: string; Value: string }[]
  }
  for (const item of body?.Constants ?? []) {
    if (!env.constants.some((c) => c.Name === item.Name)) {
      return fail(400, 'CONSTANT_NOT_FOUND', `Constant not found: ${item.Name}`)
    }
  }
  for (const item of body?.ScheduledEvents ?? []) {
    if (!env.events.some((e) => e.Name === item.Name)) {
      return fail(400, 'SCHEDULED_EVENT_NOT_FOUND', `Scheduled Event not found: ${item.Name}`)
    }
    if (item.Value !== 'Enabled' && item.Value !== 'Disabled') {
      return fail(
        500,
        'INVALID_SCHEDULED_EVENT_PARAMETER',
        'Scheduled Event parameter should be Enabled or Disabled.'
      )
    }
  }
  for (const item of body?.Constants ?? []) {
    env.constants.find((c) => c.Name === item.Name)!.Value = item.Value
  }
  for (const item of body?.ScheduledEvents ?? []) {
    env.events.find((e) => e.Name === item.Name)!.Value = item.Value as 'Enabled' | 'Disabled'
  }
  return ok({ Constants: env.constants, CustomSettings: [], ScheduledEvents: env.events })
}

function environmentPackage(call: Call, [appId, mode]: string[]): Reply {
  const found = resolve(call, appId!, mode!)
  if (isReply(found)) return found
  const refused = refuse(call, found.env)
  if (refused) return refused
  const pkg = transported(found.app, found.env)
  return pkg
    ? ok(packageView(pkg))
    : fail(404, 'PACKAGE_NOT_FOUND', 'No package found for this environment')
}

export const APP = '/api/1/apps/([^/]+)'
export const ENV = `${APP}/environments/([^/]+)`

/** Deploy API v1 and the Build API's package list, as documented. */
export const v1Routes: Route[] = [
  {
    name: 'app',
    method: 'GET',
    pattern: new RegExp(`^${APP}$`),
    auth: 'api-key',
    handler: (call, [appId]) => {
      const app = findApp(call, appId!)
      if (isReply(app)) return app
      const { AppId, ProjectId, Name } = app
      return ok({ AppId, ProjectId, Name, Url: `https://${AppId}.mendixcloud.com` })
    }
  },
  {
    name: 'environments',
    method: 'GET',
    pattern: new RegExp(`^${APP}/environments$`),
    auth: 'api-key',
    handler: (call, [appId]) => {
      const app = findApp(call, appId!)
      if (isReply(app)) return app
      return ok(app.environments.map((env) => environmentView(app, env)))
    }
  },
  {
    name: 'packages',
    method: 'GET',
    pattern: new RegExp(`^${APP}/packages$`),
    auth: 'api-key',
    handler: (call, [appId]) => {
      const app = findApp(call, appId!)
      return isReply(app) ? app : ok(app.packages.map(packageView))
    }
  },
  {
    name: 'environment',
    method: 'GET',
    pattern: new RegExp(`^${ENV}$`),
    auth: 'api-key',
    handler: readEnvironment
  },
  {
    name: 'package',
    method: 'GET',
    pattern: new RegExp(`^${ENV}/package$`),
    auth: 'api-key',
    handler: environmentPackage
  },
  {
    name: 'transport',
    method: 'POST',
    pattern: new RegExp(`^${ENV}/transport$`),
    auth: 'api-key',
    handler: transport
  },
  {
    name: 'settings',
    method: 'GET',
    pattern: new RegExp(`^${ENV}/settings$`),
    auth: 'api-key',
    handler: readSettings
  },
  {
    name: 'set-settings',
    method: 'POST',
    pattern: new RegExp(`^${ENV}/settings$`),
    auth: 'api-key',
    handler: writeSettings
  }
]
