import type { Logger } from '../log.js';
import type { CommitSource, RangeRequest } from './commit-source.js';
import type { LinkContext, StoryPattern } from '../stories/story-patterns.js';
import { type TraceOutcome } from './trace-range.js';
/**
 * Traces a range from the first source that holds it: local git first, then GitHub's compare
 * API when the checkout lacks the history. Each fallback is logged with the reason; when no
 * source holds the range, the outcome's message gives every source's reason.
 */
export declare function traceFromSources(sources: readonly CommitSource[], request: RangeRequest, patterns: readonly StoryPattern[], options?: {
    links?: LinkContext;
    log?: Logger;
}): Promise<TraceOutcome>;
/** Whether `ancestor` is in the history of `descendant`, from the first source that knows. */
export declare function containsFromSources(sources: readonly CommitSource[], ancestor: string, descendant: string): Promise<boolean | undefined>;
