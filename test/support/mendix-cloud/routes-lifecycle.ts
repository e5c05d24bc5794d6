import { randomUUID } from 'node:crypto'
import { ENV, resolve, transported } from './routes-v1.js'
import { fail, isReply, ok, refuse, type Call, type Reply, type Route } from './routing.js'

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

/** Deploy API v1 start, start status and stop, with the documented job states and errors. */
export const lifecycleRoutes: Route[] = [
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
  }
]
