import { type AppendFiles } from '../fs/append-line.js';
import { type Logger } from '../log.js';
import { type ActivityLog, type ActivityOutcome, type ActivityQuery, type ActivityRecord, type ActivityStart, type OpenActivity } from './activity-log.js';
export interface JsonlActivityLogOptions {
    /** Where lines that are not records are reported (default: nowhere). */
    log?: Logger;
    /** How the file is opened for appending; tests make the disk fill up with it. */
    files?: AppendFiles;
}
/**
 * The default activity log: one JSON line per finished operation in the state folder. Each
 * record is appended whole with O_APPEND (one write, so concurrent writers never interleave a
 * line) on a line of its own, and fsynced; a record that cannot be written whole fails.
 */
export declare class JsonlActivityLog implements ActivityLog {
    readonly path: string;
    private readonly log;
    private readonly files;
    /** Lines already reported as skipped: the log is read several times per command. */
    private readonly reported;
    constructor(path: string, options?: JsonlActivityLogOptions);
    begin(start: ActivityStart): Promise<OpenActivity>;
    finish(opened: OpenActivity, outcome: ActivityOutcome): Promise<ActivityRecord>;
    list(query: ActivityQuery): Promise<ActivityRecord[]>;
    /** The record on a line, or undefined (reported once) for a line that is not one. */
    private parse;
}
