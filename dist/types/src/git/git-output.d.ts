/**
 * What a git command prints, trimmed; undefined when git fails, is missing or prints nothing.
 * For questions whose answer may be "not a repository" (the current branch, the top folder).
 */
export declare function gitOutput(cwd: string, args: string[]): Promise<string | undefined>;
