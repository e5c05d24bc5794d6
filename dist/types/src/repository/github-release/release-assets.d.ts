import type { Logger } from '../../log.js';
import { type RetryPolicy } from '../../net/retry-policy.js';
import { type ProgressTask } from '../../progress/progress.js';
import type { Octokit } from '../../github/octokit.js';
export type Release = Awaited<ReturnType<Octokit['rest']['repos']['getRelease']>>['data'];
export type Asset = Release['assets'][number];
export interface RepoRef {
    owner: string;
    repo: string;
}
/** How a download whose connection drops mid-body is tried again (the factory retries requests). */
export interface AssetRetry {
    policy: RetryPolicy;
    log: Logger;
}
/** True for GitHub's 422 `already_exists` (a second release of a tag, a second asset of a name). */
export declare function alreadyExists(error: unknown): boolean;
/**
 * Uploads one asset to the release's own `upload_url` (GHES and github.com differ in host), so
 * no uploads host is ever assumed. `data` is a Blob: a file-backed one is streamed from disk and
 * can be sent again when the factory retries.
 */
export declare function uploadAsset(octokit: Octokit, release: Release, name: string, data: Blob, contentType: string, progress?: ProgressTask): Promise<Asset>;
/**
 * Downloads an asset to `dest`, streaming, and returns the SHA-256 of the bytes written. A
 * connection lost mid-body is tried again from the start under the retry policy (GitHub's
 * storage redirect is followed anew each time); `dest` appears only when complete.
 */
export declare function downloadAsset(octokit: Octokit, repo: RepoRef, asset: Asset, dest: string, retry: AssetRetry): Promise<string>;
/**
 * Whether an uploaded asset holds exactly these bytes: by GitHub's `digest` when it gives one,
 * else by downloading and hashing the asset (older GHES has no digests).
 */
export declare function assetHolds(octokit: Octokit, repo: RepoRef, asset: Asset, expected: {
    sha256: string;
    size: number;
}, retry: AssetRetry): Promise<boolean>;
