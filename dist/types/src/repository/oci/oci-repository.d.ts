import { type GitHubAccess } from '../../github/access.js';
import { type Logger } from '../../log.js';
import type { RetryPolicy } from '../../net/retry-policy.js';
import { type EarlyUpload, type PackageRecord, type PackageRepository, type PublishRequest, type PublishResult } from '../package-repository.js';
export interface OciRepositoryOptions {
    env: NodeJS.ProcessEnv;
    /** The GitHub token for ghcr.io and the run's repository for source links; default from env. */
    github?: GitHubAccess;
    log?: Logger;
    /** Bytes per PATCH of a chunked upload (default: 16 MiB, 4 MiB on ghcr.io). */
    chunkSize?: number;
    /** Tags asked for per page of the tag list. */
    tagsPageSize?: number;
    /** How requests are retried (default: the standard policy, MXDEPLOY_RETRY_SECONDS applied). */
    retry?: RetryPolicy;
}
/**
 * Packages in an OCI registry (`oci://HOST/REPO`, GHCR in practice): one artifact per package,
 * tagged with its version, the MDA as its only blob and the record in its annotations.
 */
export declare class OciRepository implements PackageRepository {
    readonly uri: string;
    private readonly ref;
    private readonly client;
    private readonly log;
    private readonly chunkSize;
    private readonly pageSize;
    private readonly source;
    constructor(uri: string, options: OciRepositoryOptions);
    /** `host/repo:tag@digest`: pullable by tag or, immutably, by digest. */
    private reference;
    private readTag;
    private same;
    beginUpload(file: string): EarlyUpload;
    publish({ file, record, early }: PublishRequest): Promise<PublishResult>;
    private packages;
    list(app: string): Promise<PackageRecord[]>;
    private find;
    get(app: string, version: string): Promise<PackageRecord | undefined>;
    download(app: string, version: string, dest: string): Promise<PackageRecord>;
    delete(app: string, version: string): Promise<void>;
}
