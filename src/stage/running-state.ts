import { randomUUID } from 'node:crypto'
import type { ActivityLog, ActivityRecord } from '../activity/activity-log.js'
import { deploymentHistory } from '../activity/environment-history.js'
import type { EnvironmentConfig } from '../config/types.js'
import type { Logger } from '../log.js'
import type { PackageRepository } from '../repository/package-repository.js'
import type {
  DeploymentTarget,
  EnvironmentSettings,
  RunningState
} from '../targets/deployment-target.js'

/** What an environment runs, and with which settings, as far as anything can tell. */
export interface Observed {
  running: RunningState | undefined
  /** The settings it runs with; a part is undefined when neither target nor log knows it. */
  settings: Partial<EnvironmentSettings>
}

export interface ObserveRequest {
  app: string
  environment: EnvironmentConfig
  target: DeploymentTarget
  activity: ActivityLog
  repository: PackageRepository
  actor: string
  runUrl: string | null
  log: Logger
}

interface RecordedSettings {
  constants?: Record<string, string>
  scheduledEvents?: Record<string, boolean>
}

function recordedSettings(record: ActivityRecord | undefined): RecordedSettings {
  return (record?.details?.['settings'] as RecordedSettings | undefined) ?? {}
}

/**
 * What runs in an environment: read from the target when it can tell (the log is history, not
 * truth), else the log's last deployment. A package the target runs but the log does not show —
 * a stage killed between its switch and its record, a change made by hand — is recorded first as
 * `reconciled`, so promotion and rollback see what really runs.
 */
export async function observeEnvironment(request: ObserveRequest): Promise<Observed> {
  const { app, environment, target } = request
  const [last] = await deploymentHistory(request.activity, app, environment.name)
  if (!target.knowsWhatRuns) {
    if (!last?.package) return { running: undefined, settings: {} }
    const settings = recordedSettings(last)
    return {
      running: {
        version: last.package.version,
        sha256: last.package.sha256,
        constants: settings.constants,
        scheduledEvents: settings.scheduledEvents
      },
      settings
    }
  }
  const running = await target.current()
  if (!running?.sha256) return { running: undefined, settings: {} }
  const logged = last?.package?.sha256 === running.sha256
  // A package whose start was never confirmed is not running for sure: nothing to reconcile.
  if (!logged && !running.unconfirmed) await reconcile(request, running)
  // Settings the target cannot read back come from the log, when it is the same package.
  const fromLog = logged ? recordedSettings(last) : {}
  return {
    running,
    settings: {
      constants: running.constants ?? fromLog.constants,
      scheduledEvents: running.scheduledEvents ?? fromLog.scheduledEvents
    }
  }
}

async function reconcile(request: ObserveRequest, running: RunningState): Promise<void> {
  const { app, environment, log } = request
  const sha256 = running.sha256!
  const known = running.version ? await request.repository.get(app, running.version) : undefined
  const version = running.version ?? known?.version ?? 'unknown'
  log.warning(
    `${environment.name} runs ${app} ${version} (sha256 ${sha256.slice(0, 12)}), which the activity log does not show: recording it as reconciled before going on`
  )
  const open = await request.activity.begin({
    id: randomUUID(),
    time: new Date().toISOString(),
    app,
    environment: environment.name,
    operation: 'reconciled',
    package: { version, sha256 },
    actor: request.actor,
    approvers: [],
    mfa: null,
    commit: known?.sha256 === sha256 ? known.commit : null,
    runUrl: request.runUrl,
    stories: [],
    details: {
      reason: `the ${request.target.type} target runs this package; no recorded deployment put it there`,
      ...(running.constants || running.scheduledEvents
        ? {
            settings: {
              ...(running.constants ? { constants: running.constants } : {}),
              ...(running.scheduledEvents ? { scheduledEvents: running.scheduledEvents } : {})
            }
          }
        : {})
    }
  })
  await request.activity.finish(open, { result: 'success', error: null, durationMs: 0 })
}

/** Whether the wanted settings differ from what runs, where what runs is known. */
export function settingsDiffer(
  running: Partial<EnvironmentSettings>,
  wanted: EnvironmentSettings
): boolean {
  const differ = (a: Record<string, unknown> | undefined, b: Record<string, unknown>): boolean => {
    if (!a) return false
    const keys = new Set([...Object.keys(a), ...Object.keys(b)])
    for (const key of keys) if (a[key] !== b[key]) return true
    return false
  }
  return (
    differ(running.constants, wanted.constants) ||
    differ(running.scheduledEvents, wanted.scheduledEvents)
  )
}
