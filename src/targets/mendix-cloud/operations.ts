import { OperationError } from '../../errors.js'
import { modePath, v1Url, type ApiContext } from './api-context.js'
import { apiFailure } from './api-errors.js'
import { getEnvironment } from './environments.js'
import { errorFields } from './http-client.js'
import { pollUntil } from './poll.js'

/**
 * Transports an uploaded package to the environment (it runs after the next start). While
 * Mendix Cloud still processes a fresh package it answers 503; that is retried until the time
 * is up. Other errors, APP_IS_RUNNING among them, are thrown as they are.
 */
export async function transportPackage(
  context: ApiContext,
  mode: string,
  packageId: string,
  timeoutMs: number
): Promise<void> {
  await pollUntil({
    what: `transport to ${mode}`,
    timeoutMs,
    backoff: context.backoff,
    clock: context.clock,
    log: context.log,
    check: async () => {
      try {
        await context.http.send({
          method: 'POST',
          url: v1Url(context, `${modePath(mode)}/transport`),
          json: { PackageId: packageId },
          what: `transporting package ${packageId} to ${mode}`,
          right: 'Transport Rights'
        })
        return { done: true, value: undefined }
      } catch (error) {
        if (apiFailure(error)?.status === 503) {
          return { done: false, status: 'the package is still being processed' }
        }
        throw error
      }
    }
  })
}

/** Stops the environment and waits until it no longer runs. */
export async function stopEnvironment(
  context: ApiContext,
  mode: string,
  timeoutMs: number
): Promise<void> {
  const started = context.clock.now()
  await context.http.send({
    method: 'POST',
    url: v1Url(context, `${modePath(mode)}/stop`),
    json: {},
    what: `stopping ${mode}`,
    right: 'Transport Rights',
    timeoutMs
  })
  // The document shows no answer for stop; whether it returns before the app has stopped is not
  // said, so the environment's Status is read until it is no longer Running.
  await pollUntil({
    what: `stopping ${mode}`,
    timeoutMs: Math.max(1, timeoutMs - (context.clock.now() - started)),
    backoff: context.backoff,
    clock: context.clock,
    log: context.log,
    check: async () => {
      const environment = await getEnvironment(context, mode)
      return environment.Status === 'Running'
        ? { done: false, status: 'Running' }
        : { done: true, value: undefined }
    }
  })
}

export interface StartOutcome {
  /** Undefined when the environment was already running. */
  jobId: string | undefined
}

/**
 * Starts the environment with the database synchronized to the model (`AutoSyncDb: true`) and
 * polls the start job until it is Started. Errors of the start job (MISSING_CONSTANT,
 * INSECURE_ADMIN_PASSWORD, …) are thrown with their code.
 */
export async function startEnvironment(
  context: ApiContext,
  mode: string,
  timeoutMs: number
): Promise<StartOutcome> {
  const started = context.clock.now()
  const answer = await context.http.send({
    method: 'POST',
    url: v1Url(context, `${modePath(mode)}/start`),
    json: { AutoSyncDb: true },
    what: `starting ${mode}`,
    right: 'Transport Rights'
  })
  const jobId = (answer.body as { JobId?: unknown } | null)?.JobId
  if (typeof jobId !== 'string' || !jobId) {
    // Documented as a 200 answer: "ALREADY_STARTED: Cannot start app. App is already running."
    if (errorFields(answer.body).code === 'ALREADY_STARTED') return { jobId: undefined }
    throw new OperationError(
      `starting ${mode}: Mendix answered without a JobId (${JSON.stringify(answer.body)})`
    )
  }
  await pollUntil({
    what: `start job ${jobId} of ${mode}`,
    timeoutMs: Math.max(1, timeoutMs - (context.clock.now() - started)),
    backoff: context.backoff,
    clock: context.clock,
    log: context.log,
    check: async () => {
      const status = await context.http.json<{ Status: string }>({
        method: 'GET',
        url: v1Url(context, `${modePath(mode)}/start/${encodeURIComponent(jobId)}`),
        what: `starting ${mode}`
      })
      return status.Status === 'Started'
        ? { done: true, value: undefined }
        : { done: false, status: status.Status }
    }
  })
  return { jobId }
}
