import { randomUUID } from 'node:crypto'
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

function resolve(call: Call, appId: string, mode: string): Resolved {
  const app = findApp(call, appId)
  if (isReply(app)) return app
  const env = findEnvironment(app, mode)
  return isReply(env) ? env : { app, env }
}

function transported(app: FakeApp, env: FakeEnvironment): FakePackage | undefined {
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

function start(call: Call, [appId, mode]: string[]): Reply {
  const found = resolve(call, appId!, mode!)
  if (isReply(found)) return found
  const { env } = found
  const refused = refuse(call, env, 'transport')
  if (refused) return refused
  if (env.Status === 'Running') {
    return fail(200, 'ALREADY_STARTED', 'Cannot start app. App is already running.')
  }
  if (!env.packageId) {
    return fail(500, 'NO_MDA_HAS_BEEN_DEPLOYED', 'Cannot start app. There is no MDA deployed.')
  }
  for (const job of call.state.jobs.values()) {
    if (job.kind === 'start' && job.environment === env && job.polls >= 0) {
      return fail(
        500,
        'APP_ALREADY_HAS_A_STARTING_JOB',
        'Cannot start app. There is already a starting job id found.'
      )
    }
  }
  const id = randomUUID()
  const autoSyncDb = (call.json as { AutoSyncDb?: unknown } | null)?.AutoSyncDb === true
  call.state.jobs.set(id, {
    kind: 'start',
    id,
    environment: env,
    polls: call.state.behaviour.startPolls,
    autoSyncDb
  })
  return ok({ JobId: id })
}

const START_ERRORS: Record<string, string> = {
  MISSING_CONSTANT: 'Cannot start app. Missing one or more constant values.',
  INVALID_DB_STRUCTURE:
    'Cannot start app. The database is out-of-sync with the model. Please set AutoSyncDb parameter to true to synchronize the database automatically on startup.',
  INSECURE_ADMIN_PASSWORD:
    "Cannot start app. There is a user with administrator role with password '1'. This is not allowed.",
  DB_SYNC_FAILED: 'Cannot start app. Synchronization of database failed.',
  STARTUP_ACTION_FAILED: 'Cannot start app. Startup action failed.'
}

function startStatus(call: Call, [appId, mode, jobId]: string[]): Reply {
  const found = resolve(call, appId!, mode!)
  if (isReply(found)) return found
  const { app, env } = found
  const job = call.state.jobs.get(jobId!)
  if (!job || job.kind !== 'start' || job.environment !== env) {
    return fail(404, 'NO_SUCH_STARTJOB', 'Job not found.')
  }
  if (job.polls > 0) {
    job.polls--
    return ok({ Status: 'Starting' })
  }
  job.polls = -1
  if (env.Status === 'Running') return ok({ Status: 'Started' })
  const pkg = transported(app, env)!
  const model = pkg.metadata!.modelVersion
  const behaviour = call.state.behaviour
  const code =
    behaviour.startError ??
    (env.adminPassword === '1'
      ? 'INSECURE_ADMIN_PASSWORD'
      : !job.autoSyncDb && env.dbModelVersion !== undefined && env.dbModelVersion !== model
        ? 'INVALID_DB_STRUCTURE'
        : env.constants.some((c) => c.Value === null || c.Value === '')
          ? 'MISSING_CONSTANT'
          : undefined)
  if (code) {
    behaviour.startError = undefined
    return fail(500, code, START_ERRORS[code] ?? `Cannot start app: ${code}`)
  }
  env.Status = 'Running'
  env.dbModelVersion = model
  for (const constant of env.constants) constant.DeployedValue = constant.Value
  for (const event of env.events) event.DeployedValue = event.Value
  return ok({ Status: 'Started' })
}

function stop(call: Call, [appId, mode]: string[]): Reply {
  const found = resolve(call, appId!, mode!)
  if (isReply(found)) return found
  const refused = refuse(call, found.env, 'transport')
  if (refused) return refused
  if (found.env.Status === 'Running') {
    found.env.Status = 'Stopped'
    found.env.stopping = call.state.behaviour.stopPolls
  }
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

const APP = '/api/1/apps/([^/]+)'
const ENV = `${APP}/environments/([^/]+)`

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
    name: 'start',
    method: 'POST',
    pattern: new RegExp(`^${ENV}/start$`),
    auth: 'api-key',
    handler: start
  },
  {
    name: 'start-status',
    method: 'GET',
    pattern: new RegExp(`^${ENV}/start/([^/]+)$`),
    auth: 'api-key',
    handler: startStatus
  },
  {
    name: 'stop',
    method: 'POST',
    pattern: new RegExp(`^${ENV}/stop$`),
    auth: 'api-key',
    handler: stop
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
