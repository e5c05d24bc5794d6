import type { ActivityStart, OpenActivity } from '../activity/activity-log.js'
import { errorMessage } from '../errors.js'
import { PolicyRefusal, type PolicyContext, type PolicyFacts, type StagePolicy } from './policy.js'

/**
 * Runs every policy's check in order and merges what they learned. A PolicyRefusal is recorded
 * first (who tried, what, and why; `startOf` builds the record from the facts so far), then
 * rethrown; a record that cannot be written is a warning, so the refusal's reason still shows.
 */
export async function checkPolicies(
  policies: readonly StagePolicy[],
  context: PolicyContext,
  startOf: (facts: PolicyFacts) => ActivityStart
): Promise<PolicyFacts> {
  const facts: PolicyFacts = {}
  try {
    for (const policy of policies) Object.assign(facts, await policy.check(context))
  } catch (error) {
    if (error instanceof PolicyRefusal) {
      await recordRefusal(context, startOf({ ...facts, ...error.facts }), error)
    }
    throw error
  }
  return facts
}

/** Runs the policies' confirmations on a started record; a refusal finishes it as refused. */
export async function confirmPolicies(
  policies: readonly StagePolicy[],
  context: PolicyContext,
  started: OpenActivity
): Promise<void> {
  try {
    for (const policy of policies) await policy.confirm?.(context, started)
  } catch (error) {
    await context.activity.finish(started, {
      result: 'failure',
      error: errorMessage(error),
      durationMs: 0,
      ...(error instanceof PolicyRefusal ? { details: { refused: true } } : {})
    })
    throw error
  }
}

async function recordRefusal(
  context: PolicyContext,
  start: ActivityStart,
  refusal: PolicyRefusal
): Promise<void> {
  try {
    const open = await context.activity.begin({
      ...start,
      details: { ...start.details, refused: true }
    })
    await context.activity.finish(open, {
      result: 'failure',
      error: refusal.message,
      durationMs: 0
    })
  } catch (error) {
    context.log.warning(
      `the refusal could not be recorded in the activity log: ${errorMessage(error)}`
    )
  }
}
