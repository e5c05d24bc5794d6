export interface CommitInfo {
    commit: string | null;
    branch: string | null;
    /** Committer time of the commit, when it came from git. */
    time: Date | null;
}
/**
 * The commit and branch a build comes from: the Actions variables when they are set (the runner's
 * checkout may be detached), else the git repository around `cwd`, else unknown.
 */
export declare function commitInfo(cwd: string, env: NodeJS.ProcessEnv): Promise<CommitInfo>;
