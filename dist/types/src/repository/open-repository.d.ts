import type { StoryPatternConfig } from '../stories/story-patterns.js';
import { type GitHubAccess } from '../github/access.js';
import type { Logger } from '../log.js';
import type { PackageRepository } from './package-repository.js';
export interface RepositoryContext {
    /** Folder relative `file:` paths are resolved against. */
    cwd: string;
    /** Settings adapters read (MXDEPLOY_OCI_*, MXDEPLOY_RETRY_SECONDS); never a token carrier. */
    env: NodeJS.ProcessEnv;
    /** GitHub token and run context; default: what `env` says (GITHUB_TOKEN, GITHUB_REPOSITORY). */
    github?: GitHubAccess | undefined;
    /** traceability.patterns of mxdeploy.yml: release notes link the package's stories with them. */
    storyPatterns?: readonly StoryPatternConfig[] | undefined;
    /** Where adapters report what they do (resuming a draft, retries). */
    log?: Logger | undefined;
}
/**
 * The repository a URI selects, behind the gate that checks every app name and version: `file:DIR` (default), `github-release`, `oci://HOST/REPO`,
 * `artifact`. Adapters other than file load only when selected.
 */
export declare function openRepository(uri: string, context: RepositoryContext): Promise<PackageRepository>;
