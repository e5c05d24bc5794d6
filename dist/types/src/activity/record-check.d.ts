import type { ActivityRecord } from './activity-log.js';
/**
 * Why a parsed line of the activity log is not a record the readers can use, or undefined when
 * it is one: the fields every reader touches are there with their types.
 */
export declare function recordProblem(value: unknown): string | undefined;
/** A checked record, with the fields old records may lack filled in. */
export declare function asRecord(value: Record<string, unknown>): ActivityRecord;
