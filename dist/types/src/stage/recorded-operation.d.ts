import type { ActivityOutcome, ActivityRecord, ActivityStart, Operation } from '../activity/activity-log.js';
import type { PolicyContext, StagePolicy } from './policy.js';
/** One operation on an environment that changes it, as the activity log keeps it. */
export interface RecordedOperation<T> {
    context: PolicyContext;
    /** Checked in order before anything changes; what they spend (a code) is recorded at once. */
    policies: readonly StagePolicy[];
    operation: Operation;
    package: ActivityStart['package'];
    commit: string | null;
    runUrl: string | null;
    /** Fields of the started record that only the operation knows (stories, settings). */
    extra?: Pick<ActivityStart, 'stories' | 'details'>;
    /** The log line that says what is about to change. */
    announce: string;
    /** Does the change; `outcome` adds target facts and the URL to the finished record. */
    work: () => Promise<{
        value: T;
        outcome?: Pick<ActivityOutcome, 'details' | 'url'>;
    }>;
    /** What happened, for a record that cannot be written (see recordDone). */
    done: {
        done: string;
        what: string;
        redo?: string;
    };
}
/**
 * The one way an operation that changes an environment is run and recorded, for stages and for
 * start/stop/restart alike: every policy, the start record, the policies' confirmations, the
 * work, then the outcome — a failure recorded (a record that cannot be written is a warning
 * beside the failure), a success recorded or the operation fails saying what did happen.
 */
export declare function runRecorded<T>(operation: RecordedOperation<T>): Promise<{
    value: T;
    record: ActivityRecord;
}>;
