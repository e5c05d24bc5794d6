import { type CommitSource, type RangeOutcome, type RangeRequest, type SourceCommit } from './commit-source.js';
import type { Octokit } from '../github/octokit.js';
export interface CompareSourceOptions {
    octokit: Octokit;
    owner: string;
    repo: string;
}
/**
 * Commit ranges read from GitHub's REST API, for a checkout that lacks the history (a shallow
 * clone): `compare/{from}...{to}` page by page, or the commit list of `to` for a first
 * deployment. Commits are visited newest first, as git would list them.
 */
export declare class GitHubCompareSource implements CommitSource {
    private readonly options;
    readonly name = "GitHub's compare API";
    constructor(options: CompareSourceOptions);
    private get fullName();
    read(range: RangeRequest, visit: (commit: SourceCommit) => void): Promise<RangeOutcome>;
    private readCompare;
    private readHistory;
    private resolve;
    /** Which revision GitHub does not know, said as a missing-history outcome. */
    private missing;
    contains(ancestor: string, descendant: string): Promise<boolean | undefined>;
}
