/** One package as the repository keeps it: the facts of its MDA and where it came from. */
export interface PackageRecord {
    app: string;
    /** Four-part model version, such as 1.2.0.15. */
    version: string;
    sha256: string;
    size: number;
    runtimeVersion: string;
    modelVersion: string;
    commit: string | null;
    branch: string | null;
    /** ISO 8601 time of publication. */
    createdAt: string;
    /** Who published it (GITHUB_ACTOR, else the local user). */
    createdBy: string;
    /** Where the package can be fetched: a file path, release asset URL or OCI reference. */
    url: string;
    /** Story IDs of the commits since the previous package. */
    stories: string[];
}
export interface PublishRequest {
    /** The MDA on disk, already verified. */
    file: string;
    /** Its record; the adapter sets `url`. */
    record: Omit<PackageRecord, 'url'>;
    /** The upload `beginUpload` started for this file while it was verified: finished or dropped. */
    early?: EarlyUpload;
}
/**
 * A package's bytes on their way to the repository while the package is still being verified,
 * held where nothing refers to them (an OCI upload session) until `publish` commits them.
 */
export interface EarlyUpload {
    /**
     * Stops the upload and discards what was sent, best effort; nothing was committed. Safe after
     * `publish` finished it (then it does nothing) and more than once.
     */
    cancel(): Promise<void>;
}
export interface PublishResult {
    record: PackageRecord;
    /** False when the same bytes were already published under this version (a safe rerun). */
    created: boolean;
}
/**
 * Mendix's deployment package repository: every package kept immutably by app and version.
 * Adapters: file (default), github-release, oci, artifact.
 */
export interface PackageRepository {
    /** The URI it was selected by, for messages (`file:/…`, `oci://…`). */
    readonly uri: string;
    /**
     * Publishes a package. The same version with the same SHA-256 is success without change; the
     * same version with other bytes is refused with a ConfigurationError. Never overwrites.
     */
    publish(request: PublishRequest): Promise<PublishResult>;
    /**
     * Starts sending a package before it is verified, where the repository can hold the bytes
     * uncommitted (OCI: chunks into an upload session that only a verified publish closes).
     * Adapters that cannot do so don't have it.
     */
    beginUpload?(file: string): EarlyUpload;
    /** Every package of the app, newest first. */
    list(app: string): Promise<PackageRecord[]>;
    /** One package, or undefined. `latest` is the most recently published. */
    get(app: string, version: string): Promise<PackageRecord | undefined>;
    /**
     * Downloads a package to `dest` and checks its SHA-256 before returning; on a mismatch `dest`
     * is removed and the call fails.
     */
    download(app: string, version: string, dest: string): Promise<PackageRecord>;
    /** Removes one package (retention). */
    delete(app: string, version: string): Promise<void>;
    /**
     * What interrupted publishes left behind (a file repository's staging folders), removed unless
     * `dryRun`. Adapters whose storage leaves nothing behind don't have it.
     */
    cleanLeftovers?(app: string, options: {
        dryRun: boolean;
    }): Promise<RepositoryLeftover[]>;
}
/** Something an interrupted publish left in the repository, and why it is taken as abandoned. */
export interface RepositoryLeftover {
    path: string;
    bytes: number;
    why: string;
}
/** Newest first: by publication time, then by version. */
export declare function newestFirst(a: PackageRecord, b: PackageRecord): number;
