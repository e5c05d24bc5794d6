import type { ActivityLog, ActivityRecord } from '../activity/activity-log.js'
import type { EnvironmentConfig, MxdeployConfig } from '../config/types.js'
import { ConfigurationError } from '../errors.js'
import { withLock } from '../fs/file-lock.js'
import type { Logger } from '../log.js'
import type { DeploymentTarget, EnvironmentOperation } from '../targets/deployment-target.js'
import { openTarget } from '../targets/open-target.js'
import type { StagePolicy } from './policy.js'
import { findEnvironment } from '../config/find-environment.js'
import { environmentLock } from './environment-lock.js'
import { runRecorded } from './recorded-operation.js'

const PAST: Record<EnvironmentOperation, string> = {
  start: 'started',
  stop: 'stopped',
  restart: 'restarted'
}

export interface OperateRequest {
  config: MxdeployConfig
  environment: string
  operation: EnvironmentOperation
  activity: ActivityLog
  actor: string
  runUrl: string | null
  stateDir: string
  log: Logger
  /** Target of an environment; default from its configuration. */
  targetFor?: (environment: EnvironmentConfig) => DeploymentTarget
  /** Access control, as for a stage (the promotion order does not apply: no package changes). */
  policies?: StagePolicy[]
}

export interface OperateResult {
  environment: string
  operation: EnvironmentOperation
  record: ActivityRecord
}

/**
 * Starts, stops or restarts an environment through its target, under the environment's lock (so
 * it never interleaves with a stage), after the same access control as a stage (a refusal is
 * recorded too), and records it in the activity log as stage records a deployment: the package it
 * runs, who, when, with which approvals and second factor, and the outcome.
 */
export async function operateEnvironment(request: OperateRequest): Promise<OperateResult> {
  const { config, log, activity, operation } = request
  const environment = findEnvironment(config, request.environment)
  const target = (request.targetFor ?? ((env) => openTarget(env, config)))(environment)
  const operate = target.operate?.bind(target)
  if (!operate) {
    throw new ConfigurationError(
      `environment ${environment.name} deploys to a ${target.type} target, which cannot ${operation} an environment; ${operation} it where it runs`
    )
  }
  const lock = await environmentLock(request.stateDir, environment.name)
  return withLock(
    lock,
    async () => {
      const running = await target.current()
      const { record } = await runRecorded({
        context: {
          config,
          environment,
          package: null,
          operation,
          actor: request.actor,
          activity,
          log
        },
        policies: request.policies ?? [],
        operation,
        package:
          running?.version && running.sha256
            ? { version: running.version, sha256: running.sha256 }
            : null,
        commit: null,
        runUrl: request.runUrl,
        announce: `${operation}: ${environment.name} (${target.type})`,
        work: async () => ({ value: await operate(operation, log) }),
        done: { done: `${environment.name} was ${PAST[operation]}`, what: operation }
      })
      return { environment: environment.name, operation, record }
    },
    { what: `environment ${environment.name}`, timeoutMs: 5_000 }
  )
}
