import { type Logger } from '../../log.js';
import { type RetryPolicy } from '../../net/retry-policy.js';
import type { PackageRecord, PackageRepository, PublishRequest, PublishResult } from '../package-repository.js';
import type { Octokit } from '../../github/octokit.js';
import { type NotesContext } from './release-notes.js';
export interface GitHubReleaseRepositoryOptions {
    octokit: Octokit;
    /** `owner/name` of the repository that holds the releases. */
    repository: string;
    /** The commit a package whose manifest names none is tagged on (GITHUB_SHA). */
    defaultCommit?: string | undefined;
    notes: NotesContext;
    log?: Logger;
    /** How a download cut off mid-body is tried again (default: the standard policy). */
    retry?: RetryPolicy;
}
/**
 * Packages as GitHub releases, one per package: tag `<app>-v<version>` on the package's commit,
 * assets `<app>_<version>.mda` and its `.sha256`, notes that list the facts and stories and keep
 * the record (so listing never downloads an asset). A release is made as a draft and published
 * only once its assets are complete, which also suits immutable releases; a rerun resumes the
 * draft. A published release is never changed.
 */
export declare class GitHubReleaseRepository implements PackageRepository {
    private readonly options;
    readonly uri = "github-release";
    private readonly octokit;
    private readonly ref;
    private readonly fullName;
    private readonly log;
    private readonly assetRetry;
    constructor(options: GitHubReleaseRepositoryOptions);
    /** Runs a GitHub call, a 403 (or an unexpected 404) becoming the permission the job lacks. */
    private call;
    /** The published release of a tag (drafts have no tag yet, so GitHub does not find them). */
    private byTag;
    /** A draft of the tag left by an earlier attempt: found by listing, newest first. */
    private draftByTag;
    /** The record a release's notes keep, its URL the asset's; undefined if mxdeploy did not make it. */
    private recordOf;
    publish({ file, record }: PublishRequest): Promise<PublishResult>;
    /** GitHub's 422 for a target it does not have, as what to do about it. */
    private badTarget;
    private createDraft;
    private alreadyPublished;
    /**
     * Uploads what the draft lacks: an asset already there with the same bytes is kept, one with
     * other bytes (an earlier attempt's) is replaced, which is allowed only because it is a draft.
     */
    private uploadAssets;
    /** The app's published releases with their records, newest first. */
    private entries;
    private find;
    list(app: string): Promise<PackageRecord[]>;
    get(app: string, version: string): Promise<PackageRecord | undefined>;
    download(app: string, version: string, dest: string): Promise<PackageRecord>;
    delete(app: string, version: string): Promise<void>;
}
