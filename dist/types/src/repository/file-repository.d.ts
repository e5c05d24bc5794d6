import { type Logger } from '../log.js';
import { type PackageRecord, type PackageRepository, type PublishRequest, type PublishResult, type RepositoryLeftover } from './package-repository.js';
/**
 * The embedded default repository: a folder with one sub-folder per package
 * (`<app>/<version>/<app>_<version>.mda`, its `.sha256` and `record.json`) and an index per app.
 * A package folder appears by an atomic rename once complete, the index is rewritten atomically
 * under a lock, so two publishers at once never corrupt it. Nothing is ever overwritten.
 */
export declare class FileRepository implements PackageRepository {
    private readonly root;
    readonly uri: string;
    private readonly log;
    /** The repository folder as the user chose it, for messages about a folder that can't be used. */
    private readonly chosen;
    constructor(root: string, options?: {
        log?: Logger;
    });
    private appDir;
    private versionDir;
    private fileName;
    publish({ file, record }: PublishRequest): Promise<PublishResult>;
    private removeLeftovers;
    /**
     * Makes the index list a package whose folder is in place: a publish killed between its rename
     * and the index left it out, and `packages` (which reads the index) would never show it.
     */
    private indexed;
    /** Staging folders that killed publishes left in the app's folder; removed unless `dryRun`. */
    cleanLeftovers(app: string, options: {
        dryRun: boolean;
    }): Promise<RepositoryLeftover[]>;
    private staging;
    private same;
    private readRecord;
    /** Rebuilds the app's index from its package folders (the source of truth). */
    private writeIndex;
    private scan;
    list(app: string): Promise<PackageRecord[]>;
    get(app: string, version: string): Promise<PackageRecord | undefined>;
    download(app: string, version: string, dest: string): Promise<PackageRecord>;
    delete(app: string, version: string): Promise<void>;
}
