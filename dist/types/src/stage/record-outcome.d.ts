import type { ActivityLog, ActivityOutcome, ActivityRecord, OpenActivity } from '../activity/activity-log.js';
import type { Logger } from '../log.js';
/**
 * Records an operation that changed the environment. A record that cannot be written fails the
 * operation (exit 1) with a message that says what did happen, so a lost record never passes
 * for a success: `fact.done` is what happened ("test now runs hello 1.2.0.1"), `fact.what` names
 * the operation, and `fact.redo` how to get it recorded once the log can take it.
 */
export declare function recordDone(activity: ActivityLog, open: OpenActivity, outcome: ActivityOutcome, fact: {
    done: string;
    what: string;
    redo?: string;
}): Promise<ActivityRecord>;
/**
 * Records an operation that failed. The operation's own error is what the caller reports, so a
 * record that cannot be written is a warning here rather than a second error hiding the first.
 */
export declare function recordFailure(activity: ActivityLog, open: OpenActivity, outcome: ActivityOutcome, log: Logger): Promise<void>;
