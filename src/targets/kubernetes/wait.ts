import { OperationError } from '../../errors.js'
import type { Logger } from '../../log.js'
import { pollUntil, seconds, type Backoff, type Clock } from '../../net/poll.js'
import { RetriesExhaustedError, TransientError } from '../../net/retry-policy.js'
import { describeStatus, operatorProgress, reportsGeneration } from './app-state.js'
import { describeEvent, type EventWatch } from './events.js'
import type { MendixAppResource } from './mendix-app.js'

/** How long Ready statuses are not believed after a change, when the status has no generation. */
export const DEFAULT_PICKUP_MS = 60_000

/** The operator reported a failure for the applied spec. */
export class OperatorFailedError extends OperationError {
  override name = 'OperatorFailedError'
  constructor(readonly resource: MendixAppResource) {
    super(`the Mendix Operator reports ${describeStatus(resource)}`)
  }
}

export interface WaitOptions {
  /** `MendixApp mendix/hello-production`. */
  what: string
  read: () => Promise<MendixAppResource | undefined>
  events: EventWatch
  /** Whether the apply changed the spec (its generation moved). */
  changed: boolean
  timeoutMs: number
  backoff: Backoff
  clock: Clock
  log: Logger
  pickupMs?: number
}

/**
 * Polls the resource until the operator reports it running (or failed), with the shared bounded,
 * adaptive waits and a progress line per change of status or new event. With observedGeneration
 * in the status, Ready is tied to the applied spec. Without it (the Mendix documents do not
 * mention it) Ready right after a change may still describe the old spec, so it counts only
 * once the statuses have left Ready, or after the pickup time, with a warning.
 */
export async function waitForOperator(options: WaitOptions): Promise<MendixAppResource> {
  const { clock, log } = options
  const started = clock.now()
  const pickupMs = options.pickupMs ?? DEFAULT_PICKUP_MS
  let leftReady = !options.changed
  let last: MendixAppResource | undefined
  return pollUntil({
    what: `waiting for the Mendix Operator (${options.what})`,
    timeoutMs: options.timeoutMs,
    backoff: options.backoff,
    clock,
    log,
    isTransient: (error) =>
      error instanceof TransientError || error instanceof RetriesExhaustedError,
    check: async () => {
      const resource = await options.read()
      if (!resource) {
        throw new OperationError(
          `${options.what} was deleted while mxdeploy waited for the operator${last ? ` (it last reported ${describeStatus(last)})` : ''}`
        )
      }
      last = resource
      for (const event of await options.events.fresh()) log.info(`  event ${describeEvent(event)}`)
      const progress = operatorProgress(resource)
      if (progress.state === 'failed') throw new OperatorFailedError(resource)
      if (!leftReady && !reportsGeneration(resource)) {
        if (progress.state === 'working') {
          leftReady = true
        } else if (clock.now() - started < pickupMs) {
          return {
            done: false,
            status: `waiting for the operator to take up the change (${describeStatus(resource)})`
          }
        } else {
          log.warning(
            `the operator's statuses stayed Ready for ${seconds(pickupMs)} after the change and it reports no status.observedGeneration, so mxdeploy cannot tell whether they describe the new spec; taking them as done`
          )
          return { done: true, value: resource }
        }
      }
      if (progress.state === 'running') return { done: true, value: resource }
      return { done: false, status: progress.summary }
    }
  })
}
