import { randomUUID } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { ActivityLog, ActivityRecord } from '../activity/activity-log.js'
import type { EnvironmentConfig, MxdeployConfig } from '../config/types.js'
import { ConfigurationError, errorMessage } from '../errors.js'
import { withLock } from '../fs/file-lock.js'
import type { Logger } from '../log.js'
import type { DeploymentTarget, EnvironmentOperation } from '../targets/deployment-target.js'
import { openTarget } from '../targets/open-target.js'
import { findEnvironment } from './stage-service.js'

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
}

export interface OperateResult {
  environment: string
  operation: EnvironmentOperation
  record: ActivityRecord
}

/**
 * Starts, stops or restarts an environment through its target, under the environment's lock (so
 * it never interleaves with a stage), and records it in the activity log as stage records a
 * deployment: the package it runs, who, when, and the outcome.
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
  const lock = join(request.stateDir, 'locks', `${environment.name}.lock`)
  await mkdir(join(request.stateDir, 'locks'), { recursive: true })
  return withLock(
    lock,
    async () => {
      const running = await target.current()
      const started = Date.now()
      const open = await activity.begin({
        id: randomUUID(),
        time: new Date(started).toISOString(),
        app: config.app,
        environment: environment.name,
        operation,
        package:
          running?.version && running.sha256
            ? { version: running.version, sha256: running.sha256 }
            : null,
        actor: request.actor,
        approvers: [],
        mfa: null,
        commit: null,
        runUrl: request.runUrl,
        stories: []
      })
      log.info(`${operation}: ${environment.name} (${target.type})`)
      try {
        await operate(operation, log)
      } catch (error) {
        await activity.finish(open, {
          result: 'failure',
          error: errorMessage(error),
          durationMs: Date.now() - started
        })
        throw error
      }
      const record = await activity.finish(open, {
        result: 'success',
        error: null,
        durationMs: Date.now() - started
      })
      return { environment: environment.name, operation, record }
    },
    { what: `environment ${environment.name}`, timeoutMs: 5_000 }
  )
}
