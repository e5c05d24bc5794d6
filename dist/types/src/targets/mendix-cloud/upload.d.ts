import type { PackageRecord } from '../../repository/package-repository.js';
import { type ApiContext } from './api-context.js';
import { type V1Package } from './environments.js';
/** Mendix Cloud refuses uploads above 1 GB. */
export declare const MAX_UPLOAD_BYTES: number;
/**
 * The name a package is uploaded under: app, version and full SHA-256, so the environment's
 * package tells which bytes it runs, and a package uploaded once is transported again, not
 * uploaded again, to the next environment of the app.
 */
export declare function packageName(pkg: Pick<PackageRecord, 'app' | 'version' | 'sha256'>): string;
/** The SHA-256 in a package name mxdeploy gave, or undefined for any other name. */
export declare function sha256OfPackageName(name: string): string | undefined;
/** The package with these bytes if it was uploaded before and is ready to transport. */
export declare function findUploaded(context: ApiContext, pkg: PackageRecord): Promise<V1Package | undefined>;
/**
 * Uploads the MDA with Deploy API v2 (multipart, streamed; v1 times out above 300 MB) and waits
 * for the upload job to complete. Returns the new package's ID.
 */
export declare function uploadPackage(context: ApiContext, mdaPath: string, pkg: PackageRecord, timeoutMs: number): Promise<{
    packageId: string;
    jobId: string;
}>;
