import type { EarlyUpload, PackageRecord, PackageRepository, PublishRequest, PublishResult, RepositoryLeftover } from './package-repository.js';
/**
 * Every repository behind one gate: an app name or version outside the grammar never reaches an
 * adapter, where it would become a path (`../../x`), a tag or a URL segment. A ConfigurationError
 * before anything is read or written, the same for file, OCI, releases and artifacts.
 */
export declare class CheckedRepository implements PackageRepository {
    private readonly inner;
    readonly cleanLeftovers?: (app: string, options: {
        dryRun: boolean;
    }) => Promise<RepositoryLeftover[]>;
    readonly beginUpload?: (file: string) => EarlyUpload;
    constructor(inner: PackageRepository);
    get uri(): string;
    publish(request: PublishRequest): Promise<PublishResult>;
    list(app: string): Promise<PackageRecord[]>;
    get(app: string, wanted: string): Promise<PackageRecord | undefined>;
    download(app: string, wanted: string, dest: string): Promise<PackageRecord>;
    delete(app: string, wanted: string): Promise<void>;
}
