import type {
  ActivityLog,
  ActivityOutcome,
  ActivityRecord,
  OpenActivity
} from '../activity/activity-log.js'
import { errorMessage, OperationError } from '../errors.js'
import type { Logger } from '../log.js'

/**
 * Records an operation that changed the environment. A record that cannot be written fails the
 * operation (exit 1) with a message that says what did happen, so a lost record never passes
 * for a success: `fact.done` is what happened ("test now runs hello 1.2.0.1"), `fact.what` names
 * the operation, and `fact.redo` how to get it recorded once the log can take it.
 */
export async function recordDone(
  activity: ActivityLog,
  open: OpenActivity,
  outcome: ActivityOutcome,
  fact: { done: string; what: string; redo?: string }
): Promise<ActivityRecord> {
  try {
    return await activity.finish(open, outcome)
  } catch (error) {
    const redo = fact.redo
      ? `; once the log can be written again, record the ${fact.what} with ${fact.redo}`
      : ''
    throw new OperationError(
      `${fact.done}, but the ${fact.what} is not in the activity log: ${errorMessage(error)}${redo}`
    )
  }
}

/**
 * Records an operation that failed. The operation's own error is what the caller reports, so a
 * record that cannot be written is a warning here rather than a second error hiding the first.
 */
export async function recordFailure(
  activity: ActivityLog,
  open: OpenActivity,
  outcome: ActivityOutcome,
  log: Logger
): Promise<void> {
  try {
    await activity.finish(open, outcome)
  } catch (error) {
    log.warning(`this failure is not in the activity log: ${errorMessage(error)}`)
  }
}
