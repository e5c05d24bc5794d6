import type { Logger } from '../log.js';
import { type CommitSource, type RangeHistoryMissing, type RangeRequest } from './commit-source.js';
import { type StoryRef } from '../stories/extract-stories.js';
import type { LinkContext, StoryPattern } from '../stories/story-patterns.js';
import { RangeTable } from './range-table.js';
/** A commit of a traced range: what reports show of it. */
export interface TracedCommit {
    sha: string;
    /** First paragraph of the message (untrusted text: escape it before rendering). */
    subject: string;
    merge: boolean;
    /** IDs of the stories it names, in the order written. */
    stories: readonly string[];
}
/** A story of a traced range and the commits that name it (newest first). */
export interface TracedStory extends StoryRef {
    commits: string[];
}
/** The stories of a commit range. Commits newest first; stories in order of first mention. */
export interface RangeTrace {
    /** The source it was read from ("git", "GitHub compare API"). */
    source: string;
    from: string | null;
    to: string;
    /** No `from`: everything up to `to`, at most `limit` commits. */
    firstDeployment: boolean;
    /** The first-deployment limit cut the history short. */
    truncated: boolean;
    limit: number | null;
    commits: TracedCommit[];
    stories: TracedStory[];
    /**
     * The same commits and stories column by column, when the trace was read with traceRange:
     * for readers of huge ranges (the CLI's --json), which then build no object per commit.
     */
    table?: RangeTable;
}
/** Most commits read for a first deployment when traceability.limit is not set (as the schema says). */
export declare const DEFAULT_TRACE_LIMIT = 1000;
export type TraceOutcome = {
    status: 'complete';
    trace: RangeTrace;
} | RangeHistoryMissing;
/**
 * Reads a range from `source` and collects the stories its commits name. Missing history (a
 * shallow clone) is returned, not thrown, so the caller can try another source.
 */
export declare function traceRange(source: CommitSource, request: RangeRequest, patterns: readonly StoryPattern[], options?: {
    links?: LinkContext;
    log?: Logger;
}): Promise<TraceOutcome>;
/** The commits of a trace that name no story. */
export declare function commitsWithoutStory(trace: RangeTrace): TracedCommit[];
