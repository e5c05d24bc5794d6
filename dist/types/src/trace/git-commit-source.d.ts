import type { CommitSource, RangeOutcome, RangeRequest, SourceCommit } from './commit-source.js';
/** Reads commit ranges from a local git repository, streaming `git log -z` as it runs. */
export declare class GitCommitSource implements CommitSource {
    readonly name = "git";
    readonly dir: string;
    constructor(dir: string);
    /** Full names of revisions (peeled to commits), undefined for those that do not exist. */
    private resolve;
    /** Whether the folder is in a git checkout at all (shallow or not). */
    isRepository(): Promise<boolean>;
    /** The commits whose parents a shallow clone cut off; empty for a full clone. */
    private shallowBoundary;
    private missing;
    read(range: RangeRequest, visit: (commit: SourceCommit) => void): Promise<RangeOutcome>;
    contains(ancestor: string, descendant: string): Promise<boolean | undefined>;
}
