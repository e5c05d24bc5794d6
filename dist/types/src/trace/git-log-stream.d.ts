import type { SourceCommit } from './commit-source.js';
/** What reading the log found: commits read, and the first commit whose parents were cut off. */
export interface LogRead {
    count: number;
    cut: string | undefined;
    /** The SHA of the first commit git printed, if any. */
    first: string | undefined;
}
/**
 * A `git log -z` that starts before its reader is ready: it is spawned while the revisions are
 * still being resolved, because git walks the whole range before it prints its first commit, and
 * that walk is most of the time a trace takes. Its output waits (in the pipe, or here) until
 * `read` is called; `cancel` ends it unread.
 */
export declare class GitLogStream {
    private readonly cannotRun;
    private readonly child;
    private readonly waiting;
    private reader;
    private readonly stderr;
    private startFailure;
    private readonly exited;
    constructor(cwd: string, args: string[], cannotRun: (error: unknown) => Error);
    /** Ends the log unread: the caller found it does not want it. */
    cancel(): void;
    /**
     * Hands each commit to `visit`, at most `max`; a commit in `boundary` (a shallow clone's cut)
     * stops the log there. A visitor's error stops it too and is thrown.
     */
    read(boundary: ReadonlySet<string>, max: number, visit: (commit: SourceCommit) => void): Promise<LogRead>;
}
