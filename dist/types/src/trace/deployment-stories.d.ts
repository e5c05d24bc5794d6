import type { ActivityLog } from '../activity/activity-log.js';
import type { Logger } from '../log.js';
import type { PackageRecord } from '../repository/package-repository.js';
import type { CommitSource } from './commit-source.js';
import type { LinkContext, StoryPattern } from '../stories/story-patterns.js';
import type { RangeTrace } from './trace-range.js';
export interface DeploymentStoriesOptions {
    activity: ActivityLog;
    /** Where commits are read from, in order (local git, then GitHub's compare API). */
    sources: readonly CommitSource[];
    patterns: readonly StoryPattern[];
    /** Most commits read for a first deployment (traceability.limit). */
    limit: number;
    links?: LinkContext;
    log: Logger;
}
/** What one deployment brings to an environment. */
export interface DeploymentTrace {
    /** The commits and stories; null when they could not be read. */
    trace: RangeTrace | null;
    /** Story IDs, for the activity record and the `stories` output. */
    stories: string[];
    /** Why `trace` is null, for people (plain text). */
    note?: string;
}
/**
 * The stories a package brings to an environment: those of the commits reachable from the
 * package's commit and not from the commit of the environment's last successful deployment (from
 * the activity log, never a tag). A first deployment reads the whole history up to the limit.
 * Traceability never blocks a deployment: when the commits cannot be read, a warning says why
 * and the stories the package's build recorded are used.
 */
export declare function traceDeployment(options: DeploymentStoriesOptions, pkg: PackageRecord, environment: string): Promise<DeploymentTrace>;
/**
 * `StageRequest.storiesFor` for the staging engine, keeping what it found so the caller can show
 * the commits in its summary afterwards.
 */
export declare class StageStories {
    private readonly options;
    /** What the last call found; undefined until the engine asks (it doesn't when nothing switches). */
    result: DeploymentTrace | undefined;
    constructor(options: DeploymentStoriesOptions);
    readonly storiesFor: (pkg: PackageRecord, environment: {
        name: string;
    }) => Promise<string[]>;
}
