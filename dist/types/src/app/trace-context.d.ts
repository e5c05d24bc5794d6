import type { TraceabilityConfig } from '../config/types.js';
import type { GitHubAccess } from '../github/access.js';
import type { Logger } from '../log.js';
import { type LinkContext, type StoryPattern } from '../stories/story-patterns.js';
import type { CommitSource } from '../trace/commit-source.js';
/** What reading stories needs: where commits come from, the patterns, the limit and links. */
export interface TraceContext {
    sources: CommitSource[];
    patterns: StoryPattern[];
    limit: number;
    links: LinkContext;
    log: Logger;
}
/**
 * The one trace context of both faces: commits from the checkout at `dir`, and from GitHub's
 * compare API when `github` has a token and a repository (a shallow clone lacks history);
 * patterns and limit from mxdeploy.yml (`file` names it in messages; none: the defaults).
 */
export declare function traceContext(options: {
    traceability: Partial<TraceabilityConfig>;
    file: string | undefined;
    dir: string;
    github: GitHubAccess;
    log: Logger;
}): Promise<TraceContext>;
