import type { Logger } from '../../log.js';
import type { GitHubAccess } from '../../github/access.js';
import type { RetryPolicy } from '../../net/retry-policy.js';
import type { StoryPatternConfig } from '../../stories/story-patterns.js';
import { GitHubReleaseRepository } from './release-repository.js';
export interface ReleaseRepositoryContext {
    /** traceability.patterns of mxdeploy.yml, for story links in release notes (default patterns). */
    storyPatterns?: readonly StoryPatternConfig[] | undefined;
    log?: Logger | undefined;
    retry?: RetryPolicy | undefined;
}
/** The `github-release` repository that `github` reaches: its token, repository and API (GHES too). */
export declare function openGitHubReleaseRepository(github: GitHubAccess, context?: ReleaseRepositoryContext): GitHubReleaseRepository;
