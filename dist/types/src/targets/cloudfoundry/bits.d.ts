import type { PackageRecord } from '../../repository/package-repository.js';
import { type CfContext } from './context.js';
import type { CfApp, CfPackage } from './resources.js';
/**
 * Uploads the MDA as the bits of a new package of the app, as `cf push -p app.mda` does: a
 * bits package (the MDA's SHA-256 in its annotations), the upload as multipart/form-data with
 * `resources` "[]" and the file as `bits`, streamed; then waits until the Cloud Controller has
 * processed it (READY). An upload whose answer was lost is sent again; "already uploaded" then
 * means the first one arrived.
 */
export declare function uploadPackage(context: CfContext, app: CfApp, pkg: PackageRecord, mdaPath: string): Promise<CfPackage>;
