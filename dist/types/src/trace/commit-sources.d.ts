import { type GitHubAccess } from '../github/access.js';
import type { Logger } from '../log.js';
import type { CommitSource } from './commit-source.js';
/**
 * Where commits are read: the git checkout at `dir`, then, when `github` has a repository and a
 * token, GitHub's compare API for what a shallow clone lacks. The GitHub client loads only then.
 */
export declare function commitSources(dir: string, github: GitHubAccess, log: Logger): Promise<CommitSource[]>;
